"""The delivery outbox: one row per post x subscription, sent at most once.

A row is claimed (status ``sending`` with a lease and the claiming process's identity) before the adapter
sends it and marked ``sent`` with the platform's message reference afterwards. A process that dies in between
leaves its claim behind: released at once by the next process on the same host that sees the claimer is gone
(:meth:`DeliveryStore.release_claims_of`), else taken again when the lease expires, so a delivery interrupted
mid-send still goes out. Claims skip rows another process's claim transaction holds (``SKIP LOCKED`` on
PostgreSQL), so processes sharing the outbox never take the same row.
"""

from __future__ import annotations

from bot.clock import require_datetime
from bot.models import Delivery
from bot.storage.db import Database, Row


def delivery_from_row(row: Row) -> Delivery:
    return Delivery(
        id=row["id"],
        post_id=row["post_id"],
        subscription_id=row["subscription_id"],
        platform=row["platform"],
        channel=row["channel"],
        status=row["status"],
        attempts=row["attempts"],
        next_attempt_at=require_datetime(row["next_attempt_at"]),
        last_error=row["last_error"],
        message_ref=row["message_ref"],
    )


_SELECT = (
    "SELECT d.*, s.platform AS platform, s.channel AS channel FROM deliveries d "
    "JOIN subscriptions s ON s.id = d.subscription_id "
)


class DeliveryStore:
    def __init__(self, db: Database, owner: str) -> None:
        self._db = db
        self._owner = owner

    async def claim_due(
        self,
        now: float,
        limit: int,
        lease: float,
        platforms: tuple[str, ...],
        *,
        owner: str | None = None,
        exclude: tuple[int, ...] = (),
    ) -> list[Delivery]:
        """Take up to ``limit`` due deliveries for these platforms, oldest first, leasing them for ``lease`` s
        to ``owner`` (default: this store's process). Rows in ``exclude`` (those this pass already tried) are left alone, unclaimed.

        The returned rows show the status they had before this claim: ``sending`` means an earlier attempt
        was interrupted and may have reached the platform."""
        if not platforms:
            return []
        marks = ",".join("?" * len(platforms))
        skip = f"AND d.id NOT IN ({','.join('?' * len(exclude))}) " if exclude else ""
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                _SELECT + f"WHERE s.platform IN ({marks}) {skip}AND ("
                "(d.status = 'pending' AND d.next_attempt_at <= ?) "
                "OR (d.status = 'sending' AND d.claimed_until <= ?)) ORDER BY d.next_attempt_at, d.id LIMIT ?"
                + self._db.dialect.claim("d"),
                (*platforms, *exclude, now, now, limit),
            )
            await tx.executemany(
                "UPDATE deliveries SET status = 'sending', claimed_until = ?, claimed_by = ? WHERE id = ?",
                [(now + lease, owner or self._owner, row["id"]) for row in rows],
            )
        return [delivery_from_row(r) for r in rows]

    async def claimers(self) -> list[str]:
        """The processes holding claims now."""
        rows = await self._db.fetchall(
            "SELECT DISTINCT claimed_by FROM deliveries WHERE status = 'sending' AND claimed_by IS NOT NULL"
        )
        return [str(r[0]) for r in rows]

    async def release_claims_of(self, owner: str, now: float) -> int:
        """Hand back the claims of a process that is gone: due now, counted as an interrupted attempt (the
        message may have gone out before the process died)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE deliveries SET status = 'pending', claimed_until = NULL, claimed_by = NULL, "
                "attempts = attempts + 1, last_error = 'interrupted: the process sending it stopped', "
                "next_attempt_at = ? WHERE status = 'sending' AND claimed_by = ?",
                (now, owner),
            )
            return tx.rowcount

    async def mark_sent(self, delivery_id: int, message_ref: str, now: float) -> None:
        await self._db.execute(
            "UPDATE deliveries SET status = 'sent', message_ref = ?, sent_at = ?, claimed_until = NULL, claimed_by = NULL, "
            "attempts = attempts + 1, last_error = NULL WHERE id = ?",
            (message_ref, now, delivery_id),
        )

    async def mark_failed_attempt(
        self, delivery_id: int, error: str, next_attempt_at: float | None, *, parked: bool = False
    ) -> None:
        """Record a failed send: retry at ``next_attempt_at``, or give up (``None``), or park it."""
        status = "parked" if parked else ("pending" if next_attempt_at is not None else "failed")
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ?, "
                "next_attempt_at = COALESCE(?, next_attempt_at), claimed_until = NULL, claimed_by = NULL WHERE id = ?",
                (status, error, next_attempt_at, delivery_id),
            )

    async def get(self, delivery_id: int) -> Delivery | None:
        row = await self._db.fetchone(_SELECT + "WHERE d.id = ?", (delivery_id,))
        return delivery_from_row(row) if row else None

    async def all(self) -> list[Delivery]:
        return [delivery_from_row(r) for r in await self._db.fetchall(_SELECT + "ORDER BY d.id")]

    async def counts(self) -> dict[str, int]:
        rows = await self._db.fetchall("SELECT status, COUNT(*) FROM deliveries GROUP BY status")
        return {r[0]: int(r[1]) for r in rows}

    async def next_due_at(self, platforms: tuple[str, ...]) -> float | None:
        if not platforms:
            return None
        marks = ",".join("?" * len(platforms))
        row = await self._db.fetchone(
            "SELECT MIN(CASE WHEN d.status = 'pending' THEN d.next_attempt_at ELSE d.claimed_until END) "
            "FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            f"WHERE s.platform IN ({marks}) AND d.status IN ('pending', 'sending')",
            platforms,
        )
        return None if row is None or row[0] is None else float(row[0])

    async def claim_held(
        self, subscription_id: int, now: float, lease: float, *, owner: str | None = None
    ) -> list[Delivery]:
        """Take every post waiting for a subscription's scheduled digest."""
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                # A bundle interrupted by a crash leaves its rows 'sending'; claim_due picks those up once
                # their lease expires and sends them one by one, so they are late but never lost.
                _SELECT
                + "WHERE d.subscription_id = ? AND d.status = 'held' ORDER BY d.id"
                + self._db.dialect.claim("d"),
                (subscription_id,),
            )
            await tx.executemany(
                "UPDATE deliveries SET status = 'sending', claimed_until = ?, claimed_by = ? WHERE id = ?",
                [(now + lease, owner or self._owner, row["id"]) for row in rows],
            )
        return [delivery_from_row(r) for r in rows]

    async def mark_many_sent(self, delivery_ids: list[int], message_ref: str, now: float) -> None:
        async with self._db.transaction() as tx:
            await tx.executemany(
                "UPDATE deliveries SET status = 'sent', message_ref = ?, sent_at = ?, claimed_until = NULL, claimed_by = NULL, "
                "attempts = attempts + 1, last_error = NULL WHERE id = ?",
                [(message_ref, now, delivery_id) for delivery_id in delivery_ids],
            )

    async def set_status(
        self,
        delivery_ids: list[int],
        status: str,
        *,
        error: str | None = None,
        next_attempt_at: float | None = None,
    ) -> None:
        """Move claimed deliveries back (to 'held' or 'pending'), optionally counting a failed attempt."""
        async with self._db.transaction() as tx:
            await tx.executemany(
                "UPDATE deliveries SET status = ?, claimed_until = NULL, claimed_by = NULL, "
                "last_error = COALESCE(?, last_error), "
                "attempts = attempts + CASE WHEN CAST(? AS TEXT) IS NULL THEN 0 ELSE 1 END, "
                "next_attempt_at = COALESCE(?, next_attempt_at) "
                "WHERE id = ?",
                [(status, error, error, next_attempt_at, delivery_id) for delivery_id in delivery_ids],
            )

    async def messages_since(self, platform: str, channel: str, since: float) -> list[float]:
        """Send times of the messages a channel received since ``since`` (a bundle counts once)."""
        rows = await self._db.fetchall(
            "SELECT MIN(d.sent_at) FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            "WHERE s.platform = ? AND s.channel = ? AND d.status = 'sent' AND d.sent_at > ? "
            "GROUP BY d.message_ref ORDER BY 1",
            (platform, channel, since),
        )
        return [float(r[0]) for r in rows]

    async def parked_since_last_sent(self, platform: str, channel: str) -> bool:
        """Whether the channel already has a parked delivery newer than the last one it took.

        Adapters ask this when a channel refuses a message, before the outbox parks it: ``False`` means this
        is the first parking since the channel last worked, so its admins should be told (once, even across
        restarts). Deliveries are ordered by id, which follows the posts' arrival.
        """
        row = await self._db.fetchone(
            "SELECT 1 FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            "WHERE s.platform = ? AND s.channel = ? AND d.status = 'parked' AND d.id > COALESCE(("
            "SELECT MAX(d2.id) FROM deliveries d2 JOIN subscriptions s2 ON s2.id = d2.subscription_id "
            "WHERE s2.platform = ? AND s2.channel = ? AND d2.status = 'sent'), 0) LIMIT 1",
            (platform, channel, platform, channel),
        )
        return row is not None

    async def unsent_of(self, subscription_id: int) -> list[tuple[int, int]]:
        """(delivery id, post id) of a subscription's deliveries that have not gone out (pending or held)."""
        rows = await self._db.fetchall(
            "SELECT id, post_id FROM deliveries WHERE subscription_id = ? AND status IN ('pending', 'held') "
            "ORDER BY id",
            (subscription_id,),
        )
        return [(int(r["id"]), int(r["post_id"])) for r in rows]

    async def drop_unsent(self, delivery_ids: list[int]) -> None:
        """Forget deliveries that have not gone out (a filter change turned their post away)."""
        async with self._db.transaction() as tx:
            await tx.executemany(
                "DELETE FROM deliveries WHERE id = ? AND status IN ('pending', 'held')",
                [(delivery_id,) for delivery_id in delivery_ids],
            )
