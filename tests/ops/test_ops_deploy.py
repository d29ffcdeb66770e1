"""deploy/pollwatch.service: a unit systemd accepts without a warning, for a non-root user, restarting on
failure, with the environment file."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
UNIT = ROOT / "deploy" / "pollwatch.service"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text())
    return parser


def test_the_unit_runs_as_its_own_user_and_restarts_on_failure() -> None:
    service = _unit()["Service"]
    assert service["User"] not in ("", "root", "0")
    assert service["Restart"] == "on-failure"
    assert service["EnvironmentFile"].startswith("/etc/pollwatch/")
    assert service["ExecStart"].endswith("pollwatch run")
    assert "RestartPreventExitStatus" in service  # a configuration error (exit 2) is not retried forever


def test_systemd_accepts_the_unit_without_a_warning(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here")
    # verify also checks that ExecStart's program exists: point it at this checkout's pollwatch.
    program = Path(sys.executable).parent / "pollwatch"
    text = UNIT.read_text().replace("/opt/pollwatch/.venv/bin/pollwatch", str(program))
    unit = tmp_path / "pollwatch.service"
    unit.write_text(text)
    done = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr  # unknown keys and bad values are only warnings


def test_a_misspelt_unit_would_fail_this_check(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here")
    unit = tmp_path / "pollwatch.service"
    unit.write_text("[Service]\nExecStart=/bin/true\nRestart=sometimes\n")
    done = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert "restart specifier" in done.stderr
