"""Process roles: `pollwatch run --only …` and `--shards`, checked as the command line sees them, and real
processes splitting the work (a watcher that stores and sends nothing, an outbox that delivers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import ConfigError
from bot.roles import ROLES, Roles, Shards, parse_roles, parse_shards, resolve_roles

SAMPLE_TITLES = ["Voters are scared of the Taliban", "Harborview University Poll", "The county budget"]


def test_roles_parse_alone_in_lists_and_as_all() -> None:
    assert parse_roles("watcher") == {"watcher"}
    assert parse_roles(" Outbox , discord") == {"outbox", "discord"}
    assert parse_roles("all") == set(ROLES)
    assert str(Roles()) == "all"
    assert str(Roles(frozenset({"slack", "watcher"}))) == "watcher,slack"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "names no role"),
        ("watcher,", "names no role"),
        ("web", "unknown role 'web'"),
        ("all,watcher", "name it alone"),
    ],
)
def test_bad_roles_are_refused_in_one_line(text: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says) as caught:
        parse_roles(text)
    assert "\n" not in str(caught.value)


def test_shards_parse_ranges_lists_and_single_ids() -> None:
    assert parse_shards("0-3/8") == Shards((0, 1, 2, 3), 8)
    assert parse_shards("5/8") == Shards((5,), 8)
    assert parse_shards("0,2, 4-5/8") == Shards((0, 2, 4, 5), 8)
    assert str(parse_shards("0-2,5/8")) == "0-2,5/8"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("0-3", "is not IDS/COUNT"),
        ("4-9/8", "shard 8 does not exist in 8 shards"),
        ("3-1/8", "runs backwards"),
        ("0/0", "must be 1 to"),
        ("a/8", "is not IDS/COUNT"),
    ],
)
def test_bad_shards_are_refused_in_one_line(text: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        parse_shards(text)


def test_a_shard_holds_the_guilds_discord_routes_to_it() -> None:
    guild = 1_000_000_000_000_000_100
    shard = (guild >> 22) % 8
    assert Shards((shard,), 8).holds(guild)
    assert not Shards(tuple(i for i in range(8) if i != shard), 8).holds(guild)


def test_roles_must_match_the_configuration() -> None:
    bare = Settings(db_path=Path("unused.db"))
    with pytest.raises(ConfigError, match="--only discord: Discord is not configured"):
        resolve_roles(bare, "discord")
    with pytest.raises(ConfigError, match="--only slack: Slack is not configured"):
        resolve_roles(bare, "watcher,slack")
    with pytest.raises(ConfigError, match="only a process with the discord role"):
        resolve_roles(Settings(db_path=Path("unused.db"), discord_token="t"), "outbox", "0/2")
    with pytest.raises(ConfigError, match="Discord is not configured"):
        resolve_roles(bare, None, "0/2")
    assert resolve_roles(Settings(db_path=Path("unused.db"), discord_token="t"), "discord", "1/2") == Roles(
        frozenset({"discord"}), Shards((1,), 2)
    )
    # `all` on a bare install is the embedded default: every duty, the console as the chat.
    assert resolve_roles(bare, None, None).everything


def _env(tmp_path: Path, db: str | Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update({"POLLWATCH_DB": str(db), "POLLWATCH_LOG_LEVEL": "INFO"})
    return env


def _run(tmp_path: Path, db: str | Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", *args],
        cwd=tmp_path,
        env=_env(tmp_path, db),
        capture_output=True,
        text=True,
        timeout=90,
    )


@pytest.mark.slow
def test_a_watcher_stores_and_sends_nothing_then_an_outbox_delivers_once(
    tmp_path: Path, db_location: str | Path
) -> None:
    watched = _run(tmp_path, db_location, "--only", "watcher")
    assert watched.returncode == 0, watched.stderr
    assert not any(t in watched.stdout for t in SAMPLE_TITLES), watched.stdout  # stored, not sent
    assert "roles: watcher" in watched.stderr
    assert "watching the demo feed" in watched.stderr

    delivered = _run(tmp_path, db_location, "--only", "outbox")
    assert delivered.returncode == 0, delivered.stderr
    assert all(t in delivered.stdout for t in SAMPLE_TITLES), delivered.stdout
    assert "roles: outbox" in delivered.stderr

    again = _run(tmp_path, db_location, "--only", "watcher,outbox")
    assert again.returncode == 0, again.stderr
    assert not any(t in again.stdout for t in SAMPLE_TITLES), again.stdout  # each post went out once


def test_a_bad_role_stops_the_command_line_with_exit_2(tmp_path: Path) -> None:
    done = _run(tmp_path, tmp_path / "x.db", "--only", "watcher,chat")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "pollwatch: configuration error: --only: unknown role 'chat' (use watcher, outbox, discord, slack or all)"
    ]
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened


async def test_doctor_names_the_backend_its_migration_level_and_the_roles(settings: Settings) -> None:
    import argparse
    import asyncio
    import io

    from bot.cli import cmd_doctor
    from bot.core import Pollwatch

    await (await Pollwatch.open(settings)).close()
    out = io.StringIO()
    asked = argparse.Namespace(only="watcher,outbox", shards=None)
    code = await asyncio.to_thread(cmd_doctor, asked, settings, out)
    text = out.getvalue()
    assert code == 0, text
    (database,) = [line for line in text.splitlines() if line.startswith("database: ")]
    backend = "postgresql" if settings.db_url else "sqlite"
    assert database.lower().startswith(f"database: {backend} ") and ", schema " in database, database
    level, _, latest = database.split(", schema ")[1].split()[:3]
    assert level == latest  # just migrated
    assert "\nroles: watcher,outbox\n  watcher: fetches the due feeds" in text
    assert ("note: on SQLite" in text) == (settings.db_url is None)

    refused = io.StringIO()
    asked = argparse.Namespace(only="discord", shards=None)
    assert await asyncio.to_thread(cmd_doctor, asked, settings, refused) == 2
    assert (
        refused.getvalue()
        .rstrip()
        .endswith("roles: cannot run this way: --only discord: Discord is not configured (set DISCORD_TOKEN)")
    )
