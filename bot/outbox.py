"""The delivery dispatcher: sends due outbox rows through their platform's adapter.

Each row is claimed before sending (with this process's identity) and marked sent afterwards (see
``storage.deliveries``). Failures are retried with exponential backoff, or at the time the platform asked for
(``retry_after``); a failed row is never claimed twice in one pass, so nothing waits out a lease. A channel
the platform says is unavailable parks its deliveries, and its admins are told once, through the notices.

At the first pass, claims left by a process that is gone are released at once (see :mod:`bot.process`).
A row whose earlier attempt may have reached the platform (interrupted, or failed after sending) is first
looked up with the adapter's :meth:`~bot.ports.ChatAdapter.find_sent`, and marked sent when found.

Four kinds of message go out:
- immediate digests, one per post, within the channel's hourly cap (overflow is folded into one bundle
  when the cap allows another message, never dropped);
- scheduled digests: at a subscription's time, everything held for it, in one bundle;
- notices to a channel's admins (a feed paused; a channel that can't take messages), each once;
- a closed poll's results, queued by the close itself (and by a moderator's repost).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby

from bot.clock import now_ts, require_datetime, to_datetime
from bot.digest import build_digest
from bot.errors import plain_error
from bot.feeds.schedule import next_run, parse_schedule
from bot.models import Delivery, Digest, DigestBundle, Subscription
from bot.ops.metrics import metrics
from bot.polls.service import PollService
from bot.ports import ChannelUnavailable, ChatAdapter
from bot.process import is_gone, this_process
from bot.storage import Storage
from bot.storage.notices import ADMINS, NOTICE, RESULTS, Notice

log = logging.getLogger(__name__)

HOUR = 3600.0


def retry_at(
    now: float, attempts: int, rng: random.Random, *, base: float = 5.0, cap: float = 3600.0
) -> float:
    """When to retry a delivery that has failed ``attempts`` times (exponential, jittered)."""
    ceiling = min(cap, base * 2 ** max(attempts - 1, 0))
    return now + rng.uniform(ceiling / 2, ceiling)


def delivery_key(delivery_id: int) -> str:
    """How a delivery names itself to the platform (message metadata), to be found again after a crash."""
    return f"d{delivery_id}"


def notice_key(notice_id: int) -> str:
    return f"n{notice_id}"


def unavailable_text(channel: str, reason: str) -> str:
    """The admins' notice about a channel that refuses messages (one wording for every platform)."""
    return (
        f"I can't post in <#{channel}> ({reason}), so its digests are parked, not lost. Invite me back or "
        "give me permission to post there, or remove the channel's feeds."
    )


def retry_hint(exc: Exception) -> float | None:
    """Seconds the platform asked us to wait (a rate limit's ``retry_after``), when it said."""
    value = getattr(exc, "retry_after", None)
    return float(value) if isinstance(value, int | float) and value >= 0 else None


def split_for_cap(count: int, sent_in_window: int, cap: int) -> tuple[int, bool]:
    """How many of ``count`` due posts go out one by one, and whether the rest go as one bundle.

    ``cap`` is messages per hour (0: no cap). With no room left, nothing goes out now (0, False).
    """
    if cap <= 0 or count <= cap - sent_in_window:
        return count, False
    room = cap - sent_in_window
    if room <= 0:
        return 0, False
    return room - 1, True


@dataclass(frozen=True, slots=True)
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    parked: int = 0
    deferred: int = 0
    bundles: int = 0
    notices: int = 0


class Outbox:
    def __init__(
        self,
        storage: Storage,
        adapters: Mapping[str, ChatAdapter],
        *,
        max_attempts: int = 8,
        max_per_hour: int = 0,
        lease: float = 120.0,
        batch: int = 50,
        rng: random.Random | None = None,
        clock: Callable[[], float] = now_ts,
        polls: PollService | None = None,
        owner: str | None = None,
    ) -> None:
        """``polls`` builds the results of closed polls (without it, results rows wait for an outbox that
        has it); ``owner`` names this process in its claims (default: :func:`bot.process.this_process`)."""
        self._storage = storage
        self._adapters = dict(adapters)
        self._max_attempts = max_attempts
        self._max_per_hour = max_per_hour
        self._lease = lease
        self._batch = batch
        self._rng = rng or random.Random()
        self._clock = clock
        self._counts: dict[str, int] = {}
        self._polls = polls
        self._owner = owner or this_process()
        self._recovered = False
        self._tried: set[int] = set()

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(self._adapters)

    async def next_due_at(self) -> float | None:
        candidates = [
            await self._storage.deliveries.next_due_at(self.platforms),
            await self._storage.subscriptions.next_digest_at(self.platforms),
            await self._storage.notices.next_due_at(self.platforms, self._notice_kinds),
        ]
        found = [c for c in candidates if c is not None]
        return min(found) if found else None

    async def dispatch_due(self) -> DispatchReport:
        """Send everything that is due now: scheduled digests, immediate posts, notices."""
        self._counts = dict.fromkeys(
            ("sent", "retry", "failed", "parked", "deferred", "bundles", "notices"), 0
        )
        await self.release_abandoned()
        await self._dispatch_digests()
        # A row that failed in this pass is not claimed again by it (where it would sit in its lease until
        # that ran out): it stays pending and goes out in a later pass, at its retry time.
        self._tried = set()
        while True:
            claimed = await self._storage.deliveries.claim_due(
                self._clock(),
                self._batch,
                self._lease,
                self.platforms,
                owner=self._owner,
                exclude=tuple(self._tried),
            )
            if not claimed:
                break
            claimed.sort(key=lambda d: (d.platform, d.channel, d.next_attempt_at, d.id))
            for (platform, channel), group in groupby(claimed, key=lambda d: (d.platform, d.channel)):
                await self._send_channel(platform, channel, list(group))
        await self._dispatch_notices()
        c = self._counts
        return DispatchReport(
            c["sent"], c["retry"], c["failed"], c["parked"], c["deferred"], c["bundles"], c["notices"]
        )

    async def dispatch_digests(self) -> DispatchReport:
        """Send only the scheduled digests that are due (each once, whichever process sends it)."""
        self._counts = dict.fromkeys(
            ("sent", "retry", "failed", "parked", "deferred", "bundles", "notices"), 0
        )
        await self.release_abandoned()
        await self._dispatch_digests()
        c = self._counts
        return DispatchReport(
            c["sent"], c["retry"], c["failed"], c["parked"], c["deferred"], c["bundles"], c["notices"]
        )

    @property
    def _notice_kinds(self) -> tuple[str, ...]:
        """Results need the poll service to be built; an outbox without it leaves them to one that has it."""
        return (NOTICE, ADMINS, RESULTS) if self._polls is not None else (NOTICE, ADMINS)

    async def release_abandoned(self) -> None:
        """Once per outbox: release the claims of processes that are gone (a crash, a kill)."""
        if self._recovered:
            return
        self._recovered = True
        now = self._clock()
        for store in (self._storage.deliveries, self._storage.notices):
            for owner in await store.claimers():
                if is_gone(owner):
                    released = await store.release_claims_of(owner, now)
                    log.info("released %d claims left by %s, which is gone", released, owner)

    async def dispatch_notices(self) -> int:
        """Send the due notices and results now (e.g. right after a moderator closed a poll)."""
        self._counts = dict.fromkeys(
            ("sent", "retry", "failed", "parked", "deferred", "bundles", "notices"), 0
        )
        await self.release_abandoned()
        await self._dispatch_notices()
        return self._counts["notices"]

    async def _found(self, platform: str, channel: str, key: str, thread: str | None = None) -> str | None:
        """The message an earlier, interrupted attempt left in the channel, if the adapter can tell."""
        try:
            return await self._adapters[platform].find_sent(channel, key, thread)
        except Exception as exc:  # can't tell: send (at least once rather than never)
            log.warning("could not look for %s in %s:%s: %s", key, platform, channel, plain_error(exc))
            return None

    # --- immediate posts, within the hourly cap ------------------------------------------------

    async def _send_channel(self, platform: str, channel: str, due: list[Delivery]) -> None:
        now = self._clock()
        window = (
            await self._storage.deliveries.messages_since(platform, channel, now - HOUR)
            if self._max_per_hour
            else []
        )
        singles, bundle_rest = split_for_cap(len(due), len(window), self._max_per_hour)
        for delivery in due[:singles]:
            await self._send_one(delivery)
        rest = due[singles:]
        if not rest:
            return
        if bundle_rest:
            title = (
                f"{len(rest)} more posts (this channel gets at most {self._max_per_hour} messages an hour)"
            )
            await self._send_bundle(platform, channel, rest, title, since=None)
            return
        reopens = (window[0] + HOUR) if window else now + HOUR
        await self._storage.deliveries.set_status([d.id for d in rest], "pending", next_attempt_at=reopens)
        self._counts["deferred"] += len(rest)
        metrics().delivered(platform, "deferred", len(rest))

    async def _digest(self, delivery: Delivery) -> Digest | None:
        post = await self._storage.posts.get(delivery.post_id)
        if post is None:
            return None
        return build_digest(post, await self._storage.feeds.get(post.feed_id))

    async def _send_one(self, delivery: Delivery) -> None:
        digest = await self._digest(delivery)
        if digest is None:  # the feed was removed meanwhile; the cascade drops the row
            await self._storage.deliveries.mark_failed_attempt(delivery.id, "post no longer exists", None)
            self._counts["failed"] += 1
            metrics().delivered(delivery.platform, "failed")
            return
        adapter = self._adapters[delivery.platform]
        if delivery.status == "sending" or delivery.attempts > 0:
            found = await self._found(delivery.platform, delivery.channel, delivery_key(delivery.id))
            if found is not None:
                log.info("delivery %d had reached %s before; marked sent", delivery.id, delivery.channel)
                await self._storage.deliveries.mark_sent(delivery.id, found, self._clock())
                self._counts["sent"] += 1
                return
        try:
            ref = await adapter.send_digest(delivery.channel, digest, delivery_id=delivery.id)
        except Exception as exc:
            await self._failed([delivery], exc)
            return
        await self._storage.deliveries.mark_sent(delivery.id, ref, self._clock())
        self._counts["sent"] += 1
        metrics().delivered(delivery.platform, "sent")

    async def _failed(self, deliveries: Sequence[Delivery], exc: Exception) -> None:
        """Record a failed send of one message carrying ``deliveries``."""
        first = deliveries[0]
        if isinstance(exc, ChannelUnavailable):
            log.warning(
                "channel %s:%s unavailable, parking: %s",
                first.platform,
                first.channel,
                exc,
                extra={"platform": first.platform, "channel": first.channel, "delivery_id": first.id},
            )
            # The first parking since the channel last took a message: its admins hear of it, once.
            if not await self._storage.deliveries.parked_since_last_sent(first.platform, first.channel):
                await self._storage.notices.queue(
                    first.platform,
                    first.channel,
                    unavailable_text(first.channel, exc.reason),
                    self._clock(),
                    kind=ADMINS,
                )
            for delivery in deliveries:
                await self._storage.deliveries.mark_failed_attempt(delivery.id, str(exc), None, parked=True)
            self._counts["parked"] += len(deliveries)
            metrics().delivered(first.platform, "parked", len(deliveries))
            return
        attempts = first.attempts + 1
        error = plain_error(exc)
        give_up = attempts >= self._max_attempts
        context = {"platform": first.platform, "channel": first.channel, "delivery_id": first.id}
        if give_up:
            log.error(
                "giving up on delivery %d after %d attempts: %s", first.id, attempts, error, extra=context
            )
        else:
            log.warning(
                "delivery %d failed (attempt %d), will retry: %s", first.id, attempts, error, extra=context
            )
        hint = retry_hint(exc)
        now = self._clock()
        next_at = (
            None if give_up else (now + hint if hint is not None else retry_at(now, attempts, self._rng))
        )
        for delivery in deliveries:
            await self._storage.deliveries.mark_failed_attempt(delivery.id, error, next_at)
        self._counts["failed" if give_up else "retry"] += len(deliveries)
        metrics().delivered(first.platform, "failed" if give_up else "retried", len(deliveries))

    # --- bundles ---------------------------------------------------------------------------------

    async def _send_bundle(
        self, platform: str, channel: str, deliveries: Sequence[Delivery], title: str, *, since: float | None
    ) -> bool:
        digests = [d for d in [await self._digest(x) for x in deliveries] if d is not None]
        digests.sort(key=lambda d: (d.published_at is not None, d.published_at, d.post_id), reverse=True)
        bundle = DigestBundle(
            title,
            to_datetime(since),
            require_datetime(self._clock()),
            tuple(digests),
            delivery_ids=tuple(d.id for d in deliveries),
        )
        try:
            ref = await self._adapters[platform].send_bundle(channel, bundle, delivery_id=deliveries[0].id)
        except Exception as exc:
            await self._failed(deliveries, exc)
            return False
        await self._storage.deliveries.mark_many_sent([d.id for d in deliveries], ref, self._clock())
        self._counts["sent"] += len(deliveries)
        self._counts["bundles"] += 1
        metrics().delivered(platform, "sent", len(deliveries))
        return True

    async def _dispatch_digests(self) -> None:
        for subscription in await self._storage.subscriptions.due_digests(self._clock(), self.platforms):
            await self._scheduled_digest(subscription)

    async def _scheduled_digest(self, subscription: Subscription) -> None:
        now = self._clock()
        schedule = parse_schedule(subscription.schedule)
        following = next_run(schedule, require_datetime(now))
        if following is None:  # switched back to immediate meanwhile
            return
        # This turn is ours alone (another outbox that saw it due gets False). A crash after this leaves the
        # held posts for the next digest: late, never lost, never twice.
        if not await self._storage.subscriptions.take_digest_turn(
            subscription.id, now, following.timestamp()
        ):
            return
        held = await self._storage.deliveries.claim_held(subscription.id, now, self._lease, owner=self._owner)
        since = subscription.last_digest_at.timestamp() if subscription.last_digest_at else None
        feed = await self._storage.feeds.get(subscription.feed_id)
        title = (
            f"{'Daily' if schedule.kind == 'daily' else 'Weekly'} digest: {feed.title if feed else 'feed'}"
        )
        if held:
            # If this fails, the rows go back to pending with a retry time and go out one by one later.
            await self._send_bundle(subscription.platform, subscription.channel, held, title, since=since)
        elif schedule.announce_empty:
            bundle = DigestBundle(title, to_datetime(since), require_datetime(now), ())
            try:
                await self._adapters[subscription.platform].send_bundle(
                    subscription.channel, bundle, delivery_id=0
                )
            except Exception as exc:
                log.warning(
                    "could not post the empty digest to %s: %s", subscription.channel, plain_error(exc)
                )
        await self._storage.subscriptions.digest_sent(subscription.id, now, following.timestamp())

    # --- notices -----------------------------------------------------------------------------------

    async def _dispatch_notices(self) -> None:
        for notice in await self._storage.notices.claim_due(
            self._clock(), self.platforms, lease=self._lease, owner=self._owner, kinds=self._notice_kinds
        ):
            try:
                ref = await self._send_notice(notice)
            except ChannelUnavailable:
                await self._storage.notices.mark_failed(notice.id, None)
                continue
            except Exception as exc:
                attempts = notice.attempts + 1
                log.warning(
                    "%s %d to %s failed (attempt %d): %s",
                    notice.kind,
                    notice.id,
                    notice.channel,
                    attempts,
                    plain_error(exc),
                )
                hint = retry_hint(exc)
                now = self._clock()
                next_at = (
                    None
                    if attempts >= self._max_attempts
                    else (now + hint if hint is not None else retry_at(now, attempts, self._rng))
                )
                await self._storage.notices.mark_failed(notice.id, next_at)
                continue
            await self._storage.notices.mark_sent(notice.id, self._clock(), ref)
            self._counts["notices"] += 1

    async def _send_notice(self, notice: Notice) -> str:
        adapter = self._adapters[notice.platform]
        key = notice_key(notice.id)
        if notice.kind == ADMINS:  # sent around the channel (e.g. by DM): nothing to look up there
            return await adapter.tell_admins(notice.channel, notice.text)
        if notice.kind == RESULTS:
            assert self._polls is not None and notice.poll_id is not None
            closed = await self._polls.closed(notice.poll_id)
            # Results go in the poll message's thread, where platforms that thread them look for them.
            thread = closed.poll.message_ref
            if notice.maybe_sent and (
                found := await self._found(notice.platform, notice.channel, key, thread)
            ):
                return found
            return await adapter.send_results(notice.channel, closed, key=key)
        if notice.maybe_sent and (found := await self._found(notice.platform, notice.channel, key)):
            return found
        return await adapter.send_notice(notice.channel, notice.text, key=key)


async def send_queued_now(
    storage: Storage, adapter: ChatAdapter, polls: PollService, clock: Callable[[], float] = now_ts
) -> int:
    """Send one platform's due notices and results at once (a moderator's close or repost), through the
    outbox like the run loop would: claimed, retried, never twice."""
    return await Outbox(storage, {adapter.platform: adapter}, polls=polls, clock=clock).dispatch_notices()
