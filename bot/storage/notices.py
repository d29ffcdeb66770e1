"""Notices to a channel's admins (a feed paused after failures, a feed gone): an outbox, so each is
sent once even across restarts."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database, Transaction


@dataclass(frozen=True, slots=True)
class Notice:
    id: int
    platform: str
    channel: str
    text: str
    attempts: int


async def queue_notice(tx: Transaction, platform: str, channel: str, text: str, now: float) -> None:
    """Queue a notice inside another store's transaction (so the event and its notice commit together)."""
    await tx.execute(
        "INSERT INTO notices (platform, channel, text, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)",
        (platform, channel, text, now, now),
    )


class NoticeStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def due(self, now: float, platforms: tuple[str, ...], limit: int = 50) -> list[Notice]:
        if not platforms:
            return []
        marks = ",".join("?" * len(platforms))
        rows = await self._db.fetchall(
            f"SELECT * FROM notices WHERE status = 'pending' AND next_attempt_at <= ? AND platform IN ({marks}) "
            "ORDER BY id LIMIT ?",
            (now, *platforms, limit),
        )
        return [Notice(r["id"], r["platform"], r["channel"], r["text"], r["attempts"]) for r in rows]

    async def mark_sent(self, notice_id: int, now: float) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE notices SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                (now, notice_id),
            )

    async def mark_failed(self, notice_id: int, next_attempt_at: float | None) -> None:
        """Retry later, or give up (``None``)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE notices SET status = ?, attempts = attempts + 1, "
                "next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?",
                ("pending" if next_attempt_at is not None else "failed", next_attempt_at, notice_id),
            )

    async def all(self) -> list[tuple[str, str, str, str]]:
        rows = await self._db.fetchall("SELECT platform, channel, text, status FROM notices ORDER BY id")
        return [(r[0], r[1], r[2], r[3]) for r in rows]
