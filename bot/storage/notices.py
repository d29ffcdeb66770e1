"""The outbox of messages that are not digests, so each goes out even across restarts:

- ``notice``: to a channel's admins in the channel (a feed paused after failures, a feed gone);
- ``admins``: to the admins of a channel that can't take messages (sent around the channel, e.g. by DM);
- ``results``: a closed poll's results, queued in the transaction that closes the poll (and again when a
  moderator asks for a repost).

Rows are claimed like deliveries (``sending``, a lease and the claiming process) before the adapter sends
them, and marked ``sent`` with the platform's message reference afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database, Transaction

NOTICE, ADMINS, RESULTS = "notice", "admins", "results"


@dataclass(frozen=True, slots=True)
class Notice:
    id: int
    platform: str
    channel: str
    text: str
    attempts: int
    kind: str = NOTICE
    poll_id: int | None = None
    # An earlier attempt was interrupted or failed: it may have reached the platform.
    maybe_sent: bool = False


async def queue_notice(
    tx: Transaction, platform: str, channel: str, text: str, now: float, *, kind: str = NOTICE
) -> None:
    """Queue a notice inside another store's transaction (so the event and its notice commit together)."""
    await tx.execute(
        "INSERT INTO notices (platform, channel, text, kind, next_attempt_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (platform, channel, text, kind, now, now),
    )


async def queue_results(tx: Transaction, poll_id: int, now: float) -> None:
    """Queue a poll's results where it ran, inside the transaction that closed it (or asks again)."""
    await tx.execute(
        "INSERT INTO notices (platform, channel, text, kind, poll_id, next_attempt_at, created_at) "
        "SELECT platform, channel, '', ?, id, ?, ? FROM polls WHERE id = ?",
        (RESULTS, now, now, poll_id),
    )


class NoticeStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim_due(
        self,
        now: float,
        platforms: tuple[str, ...],
        *,
        lease: float,
        owner: str | None,
        kinds: tuple[str, ...] = (NOTICE, ADMINS, RESULTS),
        limit: int = 50,
    ) -> list[Notice]:
        """Take the due rows of these kinds for these platforms, oldest first, leasing them to ``owner``."""
        if not platforms or not kinds:
            return []
        marks = ",".join("?" * len(platforms))
        kind_marks = ",".join("?" * len(kinds))
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                f"SELECT * FROM notices n WHERE platform IN ({marks}) AND kind IN ({kind_marks}) AND ("
                "(status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND claimed_until <= ?)) "
                "ORDER BY id LIMIT ?" + self._db.dialect.claim("n"),
                (*platforms, *kinds, now, now, limit),
            )
            await tx.executemany(
                "UPDATE notices SET status = 'sending', claimed_until = ?, claimed_by = ? WHERE id = ?",
                [(now + lease, owner, r["id"]) for r in rows],
            )
        return [
            Notice(
                r["id"],
                r["platform"],
                r["channel"],
                r["text"],
                r["attempts"],
                r["kind"],
                r["poll_id"],
                r["status"] == "sending" or r["attempts"] > 0,
            )
            for r in rows
        ]

    async def next_due_at(
        self, platforms: tuple[str, ...], kinds: tuple[str, ...] = (NOTICE, ADMINS, RESULTS)
    ) -> float | None:
        if not platforms or not kinds:
            return None
        marks = ",".join("?" * len(platforms))
        kind_marks = ",".join("?" * len(kinds))
        row = await self._db.fetchone(
            "SELECT MIN(CASE WHEN status = 'pending' THEN next_attempt_at ELSE claimed_until END) FROM notices "
            f"WHERE platform IN ({marks}) AND kind IN ({kind_marks}) AND status IN ('pending', 'sending')",
            (*platforms, *kinds),
        )
        return None if row is None or row[0] is None else float(row[0])

    async def claimers(self) -> list[str]:
        rows = await self._db.fetchall(
            "SELECT DISTINCT claimed_by FROM notices WHERE status = 'sending' AND claimed_by IS NOT NULL"
        )
        return [str(r[0]) for r in rows]

    async def release_claims_of(self, owner: str, now: float) -> int:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE notices SET status = 'pending', claimed_until = NULL, claimed_by = NULL, "
                "attempts = attempts + 1, next_attempt_at = ? WHERE status = 'sending' AND claimed_by = ?",
                (now, owner),
            )
            return tx.rowcount

    async def mark_sent(self, notice_id: int, now: float, message_ref: str | None = None) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE notices SET status = 'sent', sent_at = ?, message_ref = ?, attempts = attempts + 1, "
                "claimed_until = NULL, claimed_by = NULL WHERE id = ?",
                (now, message_ref, notice_id),
            )

    async def mark_failed(self, notice_id: int, next_attempt_at: float | None) -> None:
        """Retry later, or give up (``None``)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE notices SET status = ?, attempts = attempts + 1, claimed_until = NULL, claimed_by = NULL, "
                "next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?",
                ("pending" if next_attempt_at is not None else "failed", next_attempt_at, notice_id),
            )

    async def all(self) -> list[tuple[str, str, str, str]]:
        rows = await self._db.fetchall("SELECT platform, channel, text, status FROM notices ORDER BY id")
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def results_rows(self, poll_id: int) -> list[tuple[str, str | None]]:
        """The results rows of a poll: (status, message reference), oldest first."""
        rows = await self._db.fetchall(
            "SELECT status, message_ref FROM notices WHERE kind = ? AND poll_id = ? ORDER BY id",
            (RESULTS, poll_id),
        )
        return [(str(r[0]), r[1]) for r in rows]

    async def queue(self, platform: str, channel: str, text: str, now: float, *, kind: str = NOTICE) -> None:
        async with self._db.transaction() as tx:
            await queue_notice(tx, platform, channel, text, now, kind=kind)

    async def queue_results(self, poll_id: int, now: float) -> None:
        async with self._db.transaction() as tx:
            await queue_results(tx, poll_id, now)
