"""What operations need to see in the database: the work waiting (for ``/metrics`` and ``/readyz``),
whether the database answers, and a consistent copy of it (``pollwatch backup``)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import StorageError
from bot.storage.backup import backup_file
from bot.storage.db import Database
from bot.storage.sqlite import SqliteDatabase

POSTGRES_BACKUP = (
    "pollwatch backup copies a SQLite file; a PostgreSQL store is backed up with PostgreSQL's own tools "
    "(pg_dump, or the server's continuous archiving)"
)
CHECK_TIMEOUT = 5.0  # seconds the readiness check waits for the database


@dataclass(frozen=True, slots=True)
class OpsSnapshot:
    """Counts by platform of the outbox's rows that are not sent, and a few totals."""

    backlog: dict[str, int] = field(default_factory=dict)  # pending or being sent
    oldest_due_age: dict[str, float] = field(default_factory=dict)  # seconds past due of the oldest pending
    held: dict[str, int] = field(default_factory=dict)
    parked: dict[str, int] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)
    notices_pending: int = 0
    polls_open: int = 0
    feeds: dict[str, int] = field(default_factory=dict)  # by status
    feeds_failing: int = 0


class OpsStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def snapshot(self, now: float) -> OpsSnapshot:
        rows = await self._db.fetchall(
            "SELECT s.platform AS platform, d.status AS status, COUNT(*) AS n, "
            "MIN(CASE WHEN d.status = 'pending' AND d.next_attempt_at <= ? THEN d.next_attempt_at END) AS oldest "
            "FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            "WHERE d.status IN ('pending', 'sending', 'held', 'parked', 'failed') "
            "GROUP BY s.platform, d.status",
            (now,),
        )
        backlog: dict[str, int] = {}
        held: dict[str, int] = {}
        parked: dict[str, int] = {}
        failed: dict[str, int] = {}
        oldest: dict[str, float] = {}
        by_status = {"pending": backlog, "sending": backlog, "held": held, "parked": parked, "failed": failed}
        for row in rows:
            platform = row["platform"]
            counts = by_status[row["status"]]
            counts[platform] = counts.get(platform, 0) + int(row["n"])
            if row["oldest"] is not None:
                oldest[platform] = max(oldest.get(platform, 0.0), max(now - float(row["oldest"]), 0.0))
        notices = await self._db.fetchone("SELECT COUNT(*) FROM notices WHERE status = 'pending'")
        polls = await self._db.fetchone("SELECT COUNT(*) FROM polls WHERE status = 'open'")
        feeds = {
            row["status"]: int(row["n"])
            for row in await self._db.fetchall("SELECT status, COUNT(*) AS n FROM feeds GROUP BY status")
        }
        failing = await self._db.fetchone(
            "SELECT COUNT(*) FROM feeds WHERE status = 'active' AND failures > 0"
        )
        return OpsSnapshot(
            backlog=backlog,
            oldest_due_age=oldest,
            held=held,
            parked=parked,
            failed=failed,
            notices_pending=int(notices[0]) if notices else 0,
            polls_open=int(polls[0]) if polls else 0,
            feeds=feeds,
            feeds_failing=int(failing[0]) if failing else 0,
        )

    async def watching(self) -> tuple[int, int]:
        """(active feeds with a subscriber, channels that follow one)."""
        row = await self._db.fetchone(
            "SELECT COUNT(DISTINCT s.feed_id), COUNT(DISTINCT s.platform || ':' || s.channel) "
            "FROM subscriptions s JOIN feeds f ON f.id = s.feed_id WHERE f.status = 'active'"
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def oldest_due_age(self, now: float, platforms: tuple[str, ...]) -> float:
        """Seconds the oldest due, unsent delivery for ``platforms`` has waited past its time (0: none)."""
        if not platforms:
            return 0.0
        marks = ",".join("?" * len(platforms))
        row = await self._db.fetchone(
            "SELECT MIN(d.next_attempt_at) FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            f"WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND s.platform IN ({marks})",
            (now, *platforms),
        )
        return max(now - float(row[0]), 0.0) if row and row[0] is not None else 0.0

    async def check(self) -> str | None:
        """None when the database answers, else why not, in words.

        Two questions: does the bot's own connection answer, and may the process still read and write the
        file (a connection that is already open keeps working after the file's permissions change or the
        file is deleted, until the next restart fails)."""
        try:
            async with asyncio.timeout(CHECK_TIMEOUT):
                await self._db.fetchone("SELECT 1")
                if isinstance(self._db, SqliteDatabase):
                    await asyncio.to_thread(_file_usable, self._db.path)
        except TimeoutError:
            return f"the database did not answer within {CHECK_TIMEOUT:g} s"
        except (StorageError, sqlite3.Error, OSError) as exc:
            return f"the database does not answer: {exc}"
        return None

    async def backup(self, target: Path) -> Path:
        """A consistent copy of the whole database at ``target`` (see :func:`backup_file`)."""
        if not isinstance(self._db, SqliteDatabase):
            raise StorageError(POSTGRES_BACKUP)
        return await asyncio.to_thread(backup_file, self._db.path, target)


def _file_usable(path: Path) -> None:
    """The database file is still there and this process may read and write it.

    Asked of the file system, not by opening the file: closing any descriptor of a file drops every POSIX
    lock this process holds on it, SQLite's included, and a second SQLite connection in this process would
    reuse a descriptor SQLite keeps open rather than open the file again."""
    if not path.exists():
        raise StorageError(f"{path} is gone")
    if not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(f"{path} cannot be read and written by this process (permissions)")
