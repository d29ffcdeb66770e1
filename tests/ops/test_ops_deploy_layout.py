"""The worked layout's units (deploy/pollwatch-{watcher,outbox}.service, pollwatch-discord@.service,
pollwatch-slack@.service): systemd accepts them, and each one's command line is one `pollwatch run` accepts
with the roles it claims."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser
from bot.config import load_settings
from bot.roles import resolve_roles

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy"
# unit file -> (an instance name as `systemd-escape` writes it, what %i/%I stand for, the roles it runs)
UNITS = {
    "pollwatch-watcher.service": (None, None, {"watcher"}),
    "pollwatch-outbox.service": (None, None, {"outbox"}),
    "pollwatch-discord@.service": ("0\\x2d3-8", "0-3/8", {"discord"}),
    "pollwatch-slack@.service": ("3001", "3001", {"slack"}),
}


def _service(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / name).read_text())
    return parser["Service"]


@pytest.mark.parametrize("name", sorted(UNITS))
def test_each_unit_runs_a_command_line_pollwatch_accepts(name: str) -> None:
    _, value, roles = UNITS[name]
    service = _service(name)
    assert service["User"] == "pollwatch" and service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "2"  # a refused role or shard is not retried forever
    command = shlex.split(service["ExecStart"].replace("%I", value or "").replace("%i", value or ""))
    assert command[0] == "/opt/pollwatch/.venv/bin/pollwatch"
    args = build_parser().parse_args(command[1:])
    settings = load_settings(
        {"DISCORD_TOKEN": "t", "SLACK_BOT_TOKEN": "xoxb-t", "SLACK_SIGNING_SECRET": "s"}, None
    )
    resolved = resolve_roles(settings, args.only, args.shards)
    assert resolved.names == roles
    if "slack" in roles:  # the worker's port is its instance name, and the endpoint shares it
        environment = dict(pair.split("=", 1) for pair in shlex.split(service["Environment"]))
        assert environment["POLLWATCH_SLACK_PORT"] == "%i"
        assert environment["POLLWATCH_HTTP_ADDR"].endswith(":%i")


def test_systemd_accepts_every_layout_unit_without_a_warning(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here")
    program = Path(sys.executable).parent / "pollwatch"
    paths = []
    for name, (instance, _, _) in UNITS.items():
        text = (DEPLOY / name).read_text().replace("/opt/pollwatch/.venv/bin/pollwatch", str(program))
        unit = tmp_path / (name.replace("@.", f"@{instance}.") if instance else name)
        unit.write_text(text)
        paths.append(str(unit))
    done = subprocess.run([analyze, "verify", *paths], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr


def test_the_discord_instance_name_unescapes_to_the_shards() -> None:
    escape = shutil.which("systemd-escape")
    if escape is None:
        pytest.skip("systemd-escape is not installed here")
    instance, value, _ = UNITS["pollwatch-discord@.service"]
    done = subprocess.run([escape, "-u", str(instance)], capture_output=True, text=True, timeout=30)
    assert done.stdout.strip() == value
    assert subprocess.run([escape, str(value)], capture_output=True, text=True).stdout.strip() == instance
