"""Which feeds go to which chat channels."""

from __future__ import annotations

import json

from bot.clock import require_datetime, to_datetime
from bot.models import Feed, Subscription
from bot.storage.db import Database, Row
from bot.storage.feeds import feed_from_row


def subscription_from_row(row: Row) -> Subscription:
    return Subscription(
        id=row["id"],
        feed_id=row["feed_id"],
        platform=row["platform"],
        channel=row["channel"],
        created_at=require_datetime(row["created_at"]),
        schedule=row["schedule"],
        backfill=row["backfill"],
        include=tuple(json.loads(row["include_terms"])),
        exclude=tuple(json.loads(row["exclude_terms"])),
        only_polls=bool(row["only_polls"]),
        next_digest_at=to_datetime(row["next_digest_at"]),
        last_digest_at=to_datetime(row["last_digest_at"]),
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
                "INSERT INTO subscriptions (feed_id, platform, channel, backfill, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
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
                        "INSERT INTO deliveries (post_id, subscription_id, next_attempt_at, "
                        "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [(r["id"], subscription.id, now, now) for r in existing],
                    )
                    await tx.execute("UPDATE subscriptions SET primed = 1 WHERE id = ?", (subscription.id,))
        return subscription, created

    async def with_feeds(
        self, platform: str | None = None, channel: str | None = None
    ) -> list[tuple[Subscription, Feed]]:
        """Subscriptions (optionally of one platform / channel) with their feeds, oldest first."""
        rows = await self._db.fetchall(
            "SELECT * FROM subscriptions WHERE (CAST(? AS TEXT) IS NULL OR platform = ?) "
            "AND (CAST(? AS TEXT) IS NULL OR channel = ?) "
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

    async def set_filter(
        self, subscription_id: int, include: tuple[str, ...], exclude: tuple[str, ...], only_polls: bool
    ) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE subscriptions SET include_terms = ?, exclude_terms = ?, only_polls = ? WHERE id = ?",
                (json.dumps(list(include)), json.dumps(list(exclude)), int(only_polls), subscription_id),
            )

    async def set_schedule(self, subscription_id: int, schedule: str, next_digest_at: float | None) -> None:
        """Change how a subscription is delivered. Going back to immediate releases held posts at once."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE subscriptions SET schedule = ?, next_digest_at = ? WHERE id = ?",
                (schedule, next_digest_at, subscription_id),
            )
            if next_digest_at is None:
                await tx.execute(
                    "UPDATE deliveries SET status = 'pending' WHERE subscription_id = ? AND status = 'held'",
                    (subscription_id,),
                )
            else:  # now scheduled: what was queued to go out at once (a backfill) waits for the digest
                await tx.execute(
                    "UPDATE deliveries SET status = 'held' WHERE subscription_id = ? AND status = 'pending'",
                    (subscription_id,),
                )

    async def due_digests(self, now: float, platforms: tuple[str, ...]) -> list[Subscription]:
        """Scheduled subscriptions whose digest time has come."""
        if not platforms:
            return []
        marks = ",".join("?" * len(platforms))
        rows = await self._db.fetchall(
            f"SELECT * FROM subscriptions WHERE next_digest_at IS NOT NULL AND next_digest_at <= ? "
            f"AND platform IN ({marks}) ORDER BY next_digest_at",
            (now, *platforms),
        )
        return [subscription_from_row(r) for r in rows]

    async def next_digest_at(self, platforms: tuple[str, ...]) -> float | None:
        if not platforms:
            return None
        marks = ",".join("?" * len(platforms))
        row = await self._db.fetchone(
            f"SELECT MIN(next_digest_at) FROM subscriptions WHERE platform IN ({marks})", platforms
        )
        return None if row is None or row[0] is None else float(row[0])

    async def take_digest_turn(self, subscription_id: int, now: float, next_at: float) -> bool:
        """Claim a due digest for the caller by moving its time on to ``next_at``, only while it is still
        due at ``now``: of several processes that see it due, exactly one gets True."""
        changed = await self._db.execute(
            "UPDATE subscriptions SET next_digest_at = ? "
            "WHERE id = ? AND next_digest_at IS NOT NULL AND next_digest_at <= ?",
            (next_at, subscription_id, now),
        )
        return changed == 1

    async def digest_sent(self, subscription_id: int, sent_at: float | None, next_at: float) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE subscriptions SET last_digest_at = COALESCE(?, last_digest_at), next_digest_at = ? "
                "WHERE id = ? AND next_digest_at IS NOT NULL",
                (sent_at, next_at, subscription_id),
            )

    async def count_in_channel(self, platform: str, channel: str) -> int:
        row = await self._db.fetchone(
            "SELECT COUNT(*) FROM subscriptions WHERE platform = ? AND channel = ?", (platform, channel)
        )
        return int(row[0]) if row else 0
