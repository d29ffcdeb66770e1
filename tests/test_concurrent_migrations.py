"""Several pollwatch processes starting at once over one database: each opens it, one of them migrates, the
others wait for it and find the schema current. Real processes, released together, on both backends.

A migration applied twice fails outright on either backend (``CREATE TABLE`` and ``ADD COLUMN`` without
``IF NOT EXISTS``), so every process succeeding already says a lot; the children also log each step they apply
(``bot.storage`` at DEBUG), and the steps logged across all of them must be each pending step exactly once.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bot.storage.migrations import MIGRATIONS
from bot.storage.migrations_pg import POSTGRES_MIGRATIONS
from bot.storage.sqlite import split_script
from tests.pg_server import PgServer

PROCESSES = 6

# Imports everything first, says "ready", waits for the go line on stdin, then opens the database: the
# processes are released together, after their (slow, uneven) start-up.
CHILD = """
import asyncio, logging, sys
from bot.storage.db import open_database

logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s %(message)s")
logging.getLogger("bot.storage").setLevel(logging.DEBUG)

async def main() -> None:
    print("ready", flush=True)
    sys.stdin.readline()
    db = await open_database(sys.argv[1])
    try:
        print("version", await db.schema_version(), flush=True)
    finally:
        await db.close()

asyncio.run(main())
"""

STEP = re.compile(r"applied database schema step (\d+)")


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database location with nothing in it yet: a file not yet made, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "pollwatch.db")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name, url = server.create_empty_database()
    yield url
    server.drop_database(name)


def _latest(location: str) -> int:
    return len(POSTGRES_MIGRATIONS if location.startswith("postgresql:") else MIGRATIONS)


def _start_together(location: str, count: int = PROCESSES) -> list[tuple[int, str, str]]:
    """Run ``count`` children over ``location``, released at once; (exit code, stdout, stderr) of each."""
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, location],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    try:
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.communicate(timeout=30)
        for child in children:  # the go line, to all of them back to back
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, err = child.communicate(timeout=60)
            results.append((child.returncode, out, err))
        return results
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


def _check(results: list[tuple[int, str, str]], location: str, pending: range) -> None:
    latest = _latest(location)
    for code, out, err in results:
        assert code == 0, err
        assert f"version {latest}" in out, (out, err)
    applied = Counter(int(n) for _, _, err in results for n in STEP.findall(err))
    assert applied == Counter(pending), "each pending step is applied once, by one of the processes"


def test_processes_starting_at_once_on_a_fresh_database_all_start(fresh: str) -> None:
    results = _start_together(fresh)
    _check(results, fresh, range(1, _latest(fresh) + 1))
    if fresh.startswith("postgresql:"):
        with psycopg.connect(fresh) as conn:
            rows = conn.execute("SELECT version, COUNT(*) FROM pollwatch_schema GROUP BY version").fetchall()
        assert sorted(rows) == [(n, 1) for n in range(1, _latest(fresh) + 1)]


def _at_version(location: str, version: int) -> None:
    """Bring an empty database to an older schema ``version``, as an earlier pollwatch left it."""
    if location.startswith("postgresql:"):
        with psycopg.connect(location) as conn:
            conn.execute(
                "CREATE TABLE pollwatch_schema (version INTEGER NOT NULL, "
                "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            for number, script in enumerate(POSTGRES_MIGRATIONS[:version], start=1):
                conn.execute(script)  # type: ignore[arg-type]
                conn.execute("INSERT INTO pollwatch_schema (version) VALUES (%s)", (number,))
        return
    conn = sqlite3.connect(location, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("INSERT INTO secrets (name, value) VALUES ('kept', 'yes')")
    finally:
        conn.close()


def test_processes_upgrading_an_older_database_at_once_upgrade_it_once(fresh: str) -> None:
    _at_version(fresh, 3)
    results = _start_together(fresh)
    _check(results, fresh, range(4, _latest(fresh) + 1))
    if not fresh.startswith("postgresql:"):
        # One copy taken before the upgrade (by the process that upgraded), with the data as it was.
        copies = sorted(Path(fresh).parent.glob("*.bak"))
        assert [c.name for c in copies] == ["pollwatch.db.schema-3.bak"]
        conn = sqlite3.connect(copies[0])
        try:
            assert conn.execute("PRAGMA user_version").fetchone() == (3,)
            assert conn.execute("SELECT value FROM secrets WHERE name = 'kept'").fetchone() == ("yes",)
        finally:
            conn.close()


def test_a_migration_script_splits_into_whole_statements() -> None:
    script = """
    -- a note; with a semicolon
    CREATE TABLE a (x TEXT DEFAULT 'one;two');
    CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'b;'; END;
    -- the end
    """
    assert [s.split()[:2] for s in split_script(script)] == [["--", "a"], ["CREATE", "TRIGGER"]]
    assert split_script(script)[0].endswith("DEFAULT 'one;two');")
    # The shipped steps: one statement per CREATE or ALTER, whatever their comments hold.
    for script in MIGRATIONS:
        starts = re.findall(r"^\s*(CREATE|ALTER)\b", script, re.MULTILINE)
        assert len(split_script(script)) == len(starts)
    with pytest.raises(ValueError, match="unfinished"):
        split_script("CREATE TABLE b (x TEXT);\nCREATE TABLE c (y TEXT)")


async def test_a_file_locked_past_the_busy_timeout_is_waited_for_not_refused(tmp_path: Path) -> None:
    """Another process holds the file (here: a read transaction in rollback-journal mode) for longer than
    SQLite's own wait: switching to WAL is tried again until the holder lets go, instead of failing the
    start-up with "database is locked" (seen with six processes starting at once on a loaded machine)."""
    import asyncio

    import aiosqlite

    from bot.storage.sqlite import _when_unlocked

    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN")
    holder.execute("SELECT * FROM t").fetchall()  # a shared lock: no one may switch the journal mode
    conn = await aiosqlite.connect(path, isolation_level=None)
    try:
        await conn.execute("PRAGMA busy_timeout=0")  # SQLite's own wait gives up at once
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await conn.execute("PRAGMA journal_mode=WAL")
        asyncio.get_running_loop().call_later(0.3, holder.execute, "COMMIT")
        await _when_unlocked(conn, "PRAGMA journal_mode=WAL", path)
        async with conn.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone()) == ("wal",)
    finally:
        await conn.close()
        holder.close()
