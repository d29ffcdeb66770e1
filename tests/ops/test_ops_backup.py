"""`pollwatch backup` while the bot writes, the copy taken before a migration, and `pollwatch version`."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import StorageError
from bot.storage import Storage
from bot.storage.backup import backup_file
from bot.storage.migrations import MIGRATIONS
from tests.polls.poll_support import MOD, at, member
from tests.support import Clock

ROOT = Path(__file__).resolve().parent.parent.parent


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env["POLLWATCH_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=db.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _votes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {row[0] for row in conn.execute("SELECT voter_hash FROM votes")}
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("db_location", ["sqlite"], indirect=True)  # pollwatch backup copies a SQLite file
async def test_backup_while_votes_are_written_keeps_every_committed_vote(
    settings: Settings, clock: Clock, tmp_path: Path
) -> None:
    core = await Pollwatch.open(settings, clock=clock)
    try:
        poll = await core.polls.start(
            MOD, "console", "demo", question="Tea or coffee?", options=["Tea", "Coffee"], now=at(clock)
        )
        stop = asyncio.Event()
        warmed_up = asyncio.Event()
        written = 0

        async def vote_on() -> None:
            nonlocal written
            while not stop.is_set():
                clock.advance(0.01)  # each vote its own cast_at, to order them below
                await core.polls.vote(member(written), poll.id, written % 2, now=at(clock))
                written += 1  # committed: vote() returns after the transaction's COMMIT
                if written >= 200:
                    warmed_up.set()
                await asyncio.sleep(0)

        voter = asyncio.create_task(vote_on())
        await warmed_up.wait()
        committed_before = written
        copy = tmp_path / "copy.db"
        done = await asyncio.to_thread(_cli, settings.db_path, "backup", str(copy))
        committed_during = written
        stop.set()
        await voter
        assert done.returncode == 0, done.stderr
        assert "integrity ok" in done.stdout
        assert committed_during > committed_before  # the votes really went on during the copy

        rows = await core.storage.db.fetchall("SELECT voter_hash, cast_at FROM votes ORDER BY cast_at")
        hashes_in_order = [r["voter_hash"] for r in rows]
        in_copy = _votes(copy)
        # Every vote committed before the backup began is in the copy; the copy is one moment's state,
        # so it holds a prefix of the votes (no vote missing between two it has).
        assert len(in_copy) >= committed_before
        assert set(hashes_in_order[: len(in_copy)]) == in_copy
        assert len(in_copy) <= written
        assert copy.stat().st_mode & 0o077 == 0  # the database holds the voter salt: owner only
        assert [name for name in os.listdir(tmp_path) if "partial" in name] == []
    finally:
        await core.close()


def test_backup_refuses_to_overwrite_and_names_a_missing_database(tmp_path: Path) -> None:
    (tmp_path / "taken.db").write_text("keep me")
    with pytest.raises(StorageError, match="already exists"):
        backup_file(tmp_path / "nothing.db", tmp_path / "taken.db")
    assert (tmp_path / "taken.db").read_text() == "keep me"
    with pytest.raises(StorageError, match="no database"):
        backup_file(tmp_path / "nothing.db", tmp_path / "new.db")
    done = _cli(tmp_path / "nothing.db", "backup", str(tmp_path / "new.db"))
    assert done.returncode == 1 and "no database" in done.stderr


async def test_default_backup_goes_beside_the_database_with_the_time_in_its_name(
    settings: Settings, tmp_path: Path
) -> None:
    storage = await Storage.open(settings.db_path)
    await storage.close()
    done = await asyncio.to_thread(_cli, settings.db_path, "backup")
    assert done.returncode == 0, done.stderr
    copies = [p for p in settings.db_path.parent.glob("pollwatch-*.db")]
    assert len(copies) == 1 and str(copies[0]) in done.stdout


async def test_a_schema_change_first_copies_the_database(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    # A database one migration behind, with data in it.
    conn = sqlite3.connect(db)
    conn.executescript(
        "".join(MIGRATIONS[:-1]) + f"\nPRAGMA user_version = {len(MIGRATIONS) - 1};"
        "INSERT INTO feeds (url, next_check_at, created_at) VALUES ('https://example.org/a.xml', 0, 0);"
    )
    conn.commit()
    conn.close()

    storage = await Storage.open(db)
    assert await storage.db.schema_version() == len(MIGRATIONS)
    await storage.close()
    backup = tmp_path / f"old.db.schema-{len(MIGRATIONS) - 1}.bak"
    assert backup.is_file()
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS) - 1,)
        assert copy.execute("SELECT url FROM feeds").fetchall() == [("https://example.org/a.xml",)]
    finally:
        copy.close()

    # Opening an up-to-date database copies nothing; a new database has nothing to copy.
    storage = await Storage.open(db)
    await storage.close()
    storage = await Storage.open(tmp_path / "new.db")
    await storage.close()
    assert sorted(p.name for p in await asyncio.to_thread(lambda: list(tmp_path.glob("*.bak")))) == [
        backup.name
    ]


async def test_version_names_the_program_and_the_schema_levels(settings: Settings) -> None:
    from bot import __version__

    done = await asyncio.to_thread(_cli, settings.db_path, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"pollwatch {__version__}"
    done = await asyncio.to_thread(_cli, settings.db_path, "version")
    assert f"pollwatch {__version__}" in done.stdout
    assert f"schema level {len(MIGRATIONS)}" in done.stdout
    assert "not created yet" in done.stdout
    storage = await Storage.open(settings.db_path)
    await storage.close()
    done = await asyncio.to_thread(_cli, settings.db_path, "version")
    assert f"schema level {len(MIGRATIONS)} (up to date)" in done.stdout


def test_backup_of_a_postgresql_store_points_to_its_own_tools(pg_server: object, tmp_path: Path) -> None:
    from tests.pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    name, url = pg_server.create_database()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
        env["POLLWATCH_DB"] = url
        done = subprocess.run(
            [sys.executable, "-m", "bot", "backup", str(tmp_path / "copy.db")],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode != 0 and "pg_dump" in done.stderr and "Traceback" not in done.stderr
        assert not (tmp_path / "copy.db").exists()
    finally:
        pg_server.drop_database(name)
