"""The delivery dispatcher: sends due outbox rows through their platform's adapter.

Each row is claimed before sending and marked sent afterwards (see ``storage.deliveries``). Failures are
retried with exponential backoff; a channel the platform says is unavailable parks its deliveries.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.clock import now_ts
from bot.digest import build_digest
from bot.models import Delivery
from bot.ports import ChannelUnavailable, ChatAdapter
from bot.storage import Storage

log = logging.getLogger(__name__)


def retry_at(
    now: float, attempts: int, rng: random.Random, *, base: float = 5.0, cap: float = 3600.0
) -> float:
    """When to retry a delivery that has failed ``attempts`` times (exponential, jittered)."""
    ceiling = min(cap, base * 2 ** max(attempts - 1, 0))
    return now + rng.uniform(ceiling / 2, ceiling)


@dataclass(frozen=True, slots=True)
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    parked: int = 0


class Outbox:
    def __init__(
        self,
        storage: Storage,
        adapters: Mapping[str, ChatAdapter],
        *,
        max_attempts: int = 8,
        lease: float = 120.0,
        batch: int = 50,
        rng: random.Random | None = None,
        clock: Callable[[], float] = now_ts,
    ) -> None:
        self._storage = storage
        self._adapters = dict(adapters)
        self._max_attempts = max_attempts
        self._lease = lease
        self._batch = batch
        self._rng = rng or random.Random()
        self._clock = clock

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(self._adapters)

    async def dispatch_due(self) -> DispatchReport:
        """Send everything that is due now, batch after batch."""
        sent = retried = failed = parked = 0
        while True:
            claimed = await self._storage.deliveries.claim_due(
                self._clock(), self._batch, self._lease, self.platforms
            )
            if not claimed:
                return DispatchReport(sent, retried, failed, parked)
            for delivery in claimed:
                outcome = await self._send(delivery)
                sent += outcome == "sent"
                retried += outcome == "retry"
                failed += outcome == "failed"
                parked += outcome == "parked"

    async def _send(self, delivery: Delivery) -> str:
        adapter = self._adapters[delivery.platform]
        post = await self._storage.posts.get(delivery.post_id)
        if post is None:  # the feed was removed meanwhile; the cascade will drop the row
            await self._storage.deliveries.mark_failed_attempt(delivery.id, "post no longer exists", None)
            return "failed"
        feed = await self._storage.feeds.get(post.feed_id)
        try:
            ref = await adapter.send_digest(
                delivery.channel, build_digest(post, feed), delivery_id=delivery.id
            )
        except ChannelUnavailable as exc:
            log.warning(
                "channel %s:%s unavailable, parking delivery %d: %s",
                delivery.platform,
                delivery.channel,
                delivery.id,
                exc,
            )
            await self._storage.deliveries.mark_failed_attempt(delivery.id, str(exc), None, parked=True)
            return "parked"
        except Exception as exc:
            attempts = delivery.attempts + 1
            error = f"{type(exc).__name__}: {exc}"
            if attempts >= self._max_attempts:
                log.error("giving up on delivery %d after %d attempts: %s", delivery.id, attempts, error)
                await self._storage.deliveries.mark_failed_attempt(delivery.id, error, None)
                return "failed"
            log.warning("delivery %d failed (attempt %d), will retry: %s", delivery.id, attempts, error)
            next_at = retry_at(self._clock(), attempts, self._rng)
            await self._storage.deliveries.mark_failed_attempt(delivery.id, error, next_at)
            return "retry"
        await self._storage.deliveries.mark_sent(delivery.id, ref, self._clock())
        return "sent"
