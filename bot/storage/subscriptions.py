"""Which feeds go to which chat channels."""

from __future__ import annotations

import sqlite3

from bot.clock import require_datetime
from bot.models import Feed, Subscription
from bot.storage.db import Database
from bot.storage.feeds import feed_from_row


def subscription_from_row(row: sqlite3.Row) -> Subscription:
    return Subscription(
        id=row["id"],
        feed_id=row["feed_id"],
        platform=row["platform"],
        channel=row["channel"],
        created_at=require_datetime(row["created_at"]),
        schedule=row["schedule"],
        backfill=row["backfill"],
    )


class SubscriptionStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self, feed_id: int, platform: str, channel: str, *, backfill: int, now: float
    ) -> tuple[Subscription, bool]:
        """Subscribe a channel to a feed. If the feed already has posts, the newest ``backfill`` of
        them are queued for the channel at once; otherwise the first fetch does it (see planning)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT OR IGNORE INTO subscriptions (feed_id, platform, channel, backfill, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (feed_id, platform, channel, backfill, now),
            )
            created = tx.rowcount == 1
            row = await tx.fetchone(
                "SELECT * FROM subscriptions WHERE feed_id = ? AND platform = ? AND channel = ?",
                (feed_id, platform, channel),
            )
            assert row is not None
            subscription = subscription_from_row(row)
            if created:
                existing = await tx.fetchall(
                    "SELECT id FROM posts WHERE feed_id = ? "
                    "ORDER BY COALESCE(published_at, fetched_at) DESC, id DESC LIMIT ?",
                    (feed_id, backfill),
                )
                if existing or await tx.fetchone("SELECT 1 FROM entries WHERE feed_id = ?", (feed_id,)):
                    # The feed has been read before: backfill now and treat the rest as seen.
                    await tx.executemany(
                        "INSERT OR IGNORE INTO deliveries (post_id, subscription_id, next_attempt_at, "
                        "created_at) VALUES (?, ?, ?, ?)",
                        [(r["id"], subscription.id, now, now) for r in existing],
                    )
                    await tx.execute("UPDATE subscriptions SET primed = 1 WHERE id = ?", (subscription.id,))
        return subscription, created

    async def with_feeds(
        self, platform: str | None = None, channel: str | None = None
    ) -> list[tuple[Subscription, Feed]]:
        """Subscriptions (optionally of one platform / channel) with their feeds, oldest first."""
        rows = await self._db.fetchall(
            "SELECT * FROM subscriptions WHERE (? IS NULL OR platform = ?) AND (? IS NULL OR channel = ?) "
            "ORDER BY id",
            (platform, platform, channel, channel),
        )
        subscriptions = [subscription_from_row(r) for r in rows]
        feed_ids = sorted({s.feed_id for s in subscriptions})
        marks = ",".join("?" * len(feed_ids))
        feed_rows = (
            await self._db.fetchall(f"SELECT * FROM feeds WHERE id IN ({marks})", tuple(feed_ids))
            if feed_ids
            else []
        )
        feeds = {row["id"]: feed_from_row(row) for row in feed_rows}
        return [(s, feeds[s.feed_id]) for s in subscriptions if s.feed_id in feeds]

    async def for_feed(self, feed_id: int) -> list[Subscription]:
        rows = await self._db.fetchall(
            "SELECT * FROM subscriptions WHERE feed_id = ? ORDER BY id", (feed_id,)
        )
        return [subscription_from_row(r) for r in rows]

    async def count(self, platform: str | None = None) -> int:
        if platform is None:
            row = await self._db.fetchone("SELECT COUNT(*) FROM subscriptions")
        else:
            row = await self._db.fetchone(
                "SELECT COUNT(*) FROM subscriptions WHERE platform = ?", (platform,)
            )
        return int(row[0]) if row else 0

    async def get(self, subscription_id: int) -> Subscription | None:
        row = await self._db.fetchone("SELECT * FROM subscriptions WHERE id = ?", (subscription_id,))
        return subscription_from_row(row) if row else None

    async def remove(self, subscription_id: int) -> bool:
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM subscriptions WHERE id = ?", (subscription_id,))
            return tx.rowcount == 1
