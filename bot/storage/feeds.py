"""Feeds and their HTTP state."""

from __future__ import annotations

import sqlite3

from bot.clock import require_datetime, to_datetime
from bot.models import Feed
from bot.storage.db import Database
from bot.storage.notices import queue_notice


def feed_from_row(row: sqlite3.Row) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        next_check_at=require_datetime(row["next_check_at"]),
        last_checked_at=to_datetime(row["last_checked_at"]),
        last_success_at=to_datetime(row["last_success_at"]),
        failures=row["failures"],
        last_error=row["last_error"],
        status=row["status"],
        full_text=row["full_text"],
    )


class FeedStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, url: str, now: float, *, full_text: str = "auto") -> tuple[Feed, bool]:
        """The feed for ``url``, created if new; the flag says whether it was created."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT OR IGNORE INTO feeds (url, next_check_at, created_at, full_text) VALUES (?, ?, ?, ?)",
                (url, now, now, full_text),
            )
            created = tx.rowcount == 1
            row = await tx.fetchone("SELECT * FROM feeds WHERE url = ?", (url,))
        assert row is not None
        return feed_from_row(row), created

    async def get(self, feed_id: int) -> Feed | None:
        row = await self._db.fetchone("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        return feed_from_row(row) if row else None

    async def get_by_url(self, url: str) -> Feed | None:
        row = await self._db.fetchone("SELECT * FROM feeds WHERE url = ?", (url,))
        return feed_from_row(row) if row else None

    async def all(self) -> list[Feed]:
        return [feed_from_row(r) for r in await self._db.fetchall("SELECT * FROM feeds ORDER BY id")]

    async def due(self, now: float, limit: int) -> list[Feed]:
        """Active feeds whose next check has come, most overdue first."""
        rows = await self._db.fetchall(
            "SELECT * FROM feeds WHERE status = 'active' AND next_check_at <= ? "
            "AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = feeds.id) "
            "ORDER BY next_check_at LIMIT ?",
            (now, limit),
        )
        return [feed_from_row(r) for r in rows]

    async def next_due_at(self) -> float | None:
        row = await self._db.fetchone(
            "SELECT MIN(next_check_at) FROM feeds WHERE status = 'active' "
            "AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = feeds.id)"
        )
        return None if row is None or row[0] is None else float(row[0])

    async def record_not_modified(self, feed_id: int, now: float, next_check_at: float) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE feeds SET last_checked_at = ?, last_success_at = ?, failures = 0, last_error = NULL, "
                "next_check_at = ? WHERE id = ?",
                (now, now, next_check_at, feed_id),
            )

    async def record_failure(
        self, feed_id: int, now: float, error: str, next_check_at: float, *, status: str = "active"
    ) -> int:
        """Count one more consecutive failure; returns the new count."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE feeds SET last_checked_at = ?, failures = failures + 1, last_error = ?, "
                "next_check_at = ?, status = ? WHERE id = ?",
                (now, error, next_check_at, status, feed_id),
            )
            row = await tx.fetchone("SELECT failures FROM feeds WHERE id = ?", (feed_id,))
        return int(row[0]) if row else 0

    async def move(self, feed_id: int, new_url: str) -> bool:
        """Follow a permanent redirect: store the new URL unless another feed already has it."""
        async with self._db.transaction() as tx:
            taken = await tx.fetchone("SELECT id FROM feeds WHERE url = ? AND id != ?", (new_url, feed_id))
            if taken:
                return False
            await tx.execute("UPDATE feeds SET url = ? WHERE id = ?", (new_url, feed_id))
        return True

    async def remove_if_unused(self, feed_id: int) -> bool:
        """Delete a feed nobody subscribes to any more (its posts go with it)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "DELETE FROM feeds WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM subscriptions WHERE feed_id = ?)",
                (feed_id, feed_id),
            )
            return tx.rowcount == 1

    async def pause(self, feed_id: int, status: str, error: str, notice: str, now: float) -> bool:
        """Stop checking a feed ("paused" after repeated failures, "gone" after a 410) and queue one notice
        per subscribed channel. Returns False when it was already stopped (no second notice)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE feeds SET status = ?, last_error = ?, last_checked_at = ? WHERE id = ? AND status = 'active'",
                (status, error, now, feed_id),
            )
            if tx.rowcount != 1:
                return False
            for row in await tx.fetchall(
                "SELECT DISTINCT platform, channel FROM subscriptions WHERE feed_id = ?", (feed_id,)
            ):
                await queue_notice(tx, row["platform"], row["channel"], notice, now)
        return True

    async def resume(self, feed_id: int, now: float) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE feeds SET status = 'active', failures = 0, next_check_at = ? WHERE id = ?",
                (now, feed_id),
            )

    async def set_full_text(self, feed_id: int, mode: str) -> None:
        async with self._db.transaction() as tx:
            await tx.execute("UPDATE feeds SET full_text = ? WHERE id = ?", (mode, feed_id))
