"""Feeds, their HTTP state, and the leases that let several processes share the checking.

A process takes the feeds that are due with :meth:`FeedStore.lease_due`: each is leased to it (``leased_by``,
``lease_until``) so no other process fetches it meanwhile. Storing the outcome releases the lease; a process
that dies holding leases loses them when they expire, and the feeds are due again for whoever asks next.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.clock import require_datetime, to_datetime
from bot.models import Feed
from bot.storage.db import Database, Row
from bot.storage.notices import queue_notice

# Set with every stored outcome: the feed is free for the next process whose turn it is.
RELEASE = "leased_by = NULL, lease_until = NULL"


def holder_is(leased: bool) -> str:
    """Who may store a feed's outcome: with ``leased``, only the lease's holder (a fetch whose lease passed
    to another process is dropped); without (an admin's first read, no lease taken), also nobody."""
    return "leased_by = ?" if leased else "(leased_by IS NULL OR leased_by = ?)"


def feed_from_row(row: Row) -> Feed:
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
    def __init__(self, db: Database, owner: str) -> None:
        self._db = db
        self._owner = owner

    async def add(self, url: str, now: float, *, full_text: str = "auto") -> tuple[Feed, bool]:
        """The feed for ``url``, created if new; the flag says whether it was created."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO feeds (url, next_check_at, created_at, full_text) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
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

    async def lease_due(
        self, now: float, limit: int, lease: float, *, exclude: Collection[int] = ()
    ) -> list[Feed]:
        """Take up to ``limit`` active, subscribed feeds whose check has come and that no live lease holds,
        most overdue first, leasing them to this process for ``lease`` seconds. Feeds in ``exclude`` (checked
        already in this pass) are left alone."""
        skip = f"AND f.id NOT IN ({','.join('?' * len(exclude))}) " if exclude else ""
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                "SELECT * FROM feeds f WHERE f.status = 'active' AND f.next_check_at <= ? "
                f"AND (f.lease_until IS NULL OR f.lease_until <= ?) {skip}"
                "AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id) "
                "ORDER BY f.next_check_at, f.id LIMIT ?" + self._db.dialect.claim("f"),
                (now, now, *exclude, limit),
            )
            await tx.executemany(
                "UPDATE feeds SET leased_by = ?, lease_until = ? WHERE id = ?",
                [(self._owner, now + lease, row["id"]) for row in rows],
            )
        return [feed_from_row(r) for r in rows]

    async def lease_holders(self, now: float) -> list[str]:
        """The processes holding a live feed lease."""
        rows = await self._db.fetchall(
            "SELECT DISTINCT leased_by FROM feeds WHERE leased_by IS NOT NULL AND lease_until > ?", (now,)
        )
        return [str(r[0]) for r in rows]

    async def release_leases_of(self, owner: str) -> int:
        """Hand back the leases of a process that is gone: its feeds are due again at once (their checks
        never finished, so nothing of them was stored)."""
        return await self._db.execute(f"UPDATE feeds SET {RELEASE} WHERE leased_by = ?", (owner,))

    async def next_due_at(self) -> float | None:
        """When the next feed is due (a leased one: when its lease runs out, if that is later)."""
        row = await self._db.fetchone(
            "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_check_at THEN lease_until "
            "ELSE next_check_at END) FROM feeds WHERE status = 'active' "
            "AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = feeds.id)"
        )
        return None if row is None or row[0] is None else float(row[0])

    async def record_not_modified(
        self, feed_id: int, now: float, next_check_at: float, *, leased: bool = False
    ) -> None:
        await self._db.execute(
            "UPDATE feeds SET last_checked_at = ?, last_success_at = ?, failures = 0, last_error = NULL, "
            f"next_check_at = ?, {RELEASE} WHERE id = ? AND {holder_is(leased)}",
            (now, now, next_check_at, feed_id, self._owner),
        )

    async def record_failure(
        self,
        feed_id: int,
        now: float,
        error: str,
        next_check_at: float,
        *,
        status: str = "active",
        leased: bool = False,
    ) -> int:
        """Count one more consecutive failure; returns the new count (unchanged when, with ``leased``, the
        lease passed to another process meanwhile)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE feeds SET last_checked_at = ?, failures = failures + 1, last_error = ?, "
                f"next_check_at = ?, status = ?, {RELEASE} WHERE id = ? AND {holder_is(leased)}",
                (now, error, next_check_at, status, feed_id, self._owner),
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
                f"UPDATE feeds SET status = ?, last_error = ?, last_checked_at = ?, {RELEASE} "
                "WHERE id = ? AND status = 'active'",
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
                f"UPDATE feeds SET status = 'active', failures = 0, next_check_at = ?, {RELEASE} WHERE id = ?",
                (now, feed_id),
            )

    async def set_full_text(self, feed_id: int, mode: str) -> None:
        async with self._db.transaction() as tx:
            await tx.execute("UPDATE feeds SET full_text = ? WHERE id = ?", (mode, feed_id))
