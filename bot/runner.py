"""The run loop: one cycle of the duties this process holds, then sleep until the next is due.

The duties, each runnable on its own (see :mod:`bot.roles` for which role runs which):
- :meth:`Runner.check_feeds` (watcher): fetch the due feeds, read and store their new posts, queue their
  outbox rows; with the outbox role too, each feed's posts go out as soon as that feed is stored;
- :meth:`Runner.close_polls` (outbox): close the polls past their deadline (each exactly once, whichever
  process sees it first); each close queues its results in the outbox in the same transaction;
- :meth:`Runner.send_digests` (outbox): the scheduled digests that are due;
- :meth:`Runner.deliver` (outbox): everything due in the outbox, through the platforms' adapters.

The loop knows nothing about any platform: it is handed the adapters (possibly none: a watcher needs none)
and the roles. Several processes may run it over one PostgreSQL database; the database coordinates them
(leases on feeds, claims on outbox rows).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields

from bot.clock import require_datetime
from bot.core import Pollwatch
from bot.errors import StorageError
from bot.feeds.watcher import FeedOutcome
from bot.ops.cycle import log_startup, record_cycle
from bot.ops.metrics import metrics
from bot.outbox import DispatchReport, Outbox
from bot.ports import ChatAdapter
from bot.roles import Roles

log = logging.getLogger("pollwatch")

IDLE_WAKE = 30.0  # seconds between loop turns when nothing is due sooner
SHARED_WAKE = 5.0  # ... for an outbox whose rows other processes (a separate watcher) create
MIN_WAKE = 0.05


@dataclass(frozen=True, slots=True)
class Cycle:
    """What one cycle did."""

    outcomes: list[FeedOutcome] = field(default_factory=list)
    report: DispatchReport = field(default_factory=DispatchReport)
    polls_closed: int = 0


def add_reports(reports: list[DispatchReport]) -> DispatchReport:
    return DispatchReport(
        **{f.name: sum(getattr(r, f.name) for r in reports) for f in fields(DispatchReport)}
    )


class Runner:
    def __init__(self, core: Pollwatch, adapters: Mapping[str, ChatAdapter], roles: Roles) -> None:
        settings = core.settings
        self.core = core
        self.roles = roles
        self.adapters = dict(adapters)
        self.outbox: Outbox | None = (
            Outbox(
                core.storage,
                self.adapters,
                max_attempts=settings.delivery_max_attempts,
                max_per_hour=settings.max_posts_per_hour,
                rng=core.rng,
                clock=core.clock,
                polls=core.polls,
            )
            if roles.outbox
            else None
        )

    @property
    def loops(self) -> bool:
        """Whether this process has any timed duty (a chat-only process just answers its platform)."""
        return self.roles.watcher or self.roles.outbox

    # --- the duties ----------------------------------------------------------------------------------

    async def close_polls(self) -> int:
        """Close every poll past its deadline; returns how many this call closed."""
        return len(await self.core.polls.close_due(require_datetime(self.core.clock())))

    async def send_digests(self) -> DispatchReport:
        assert self.outbox is not None, "sending digests is the outbox role's duty"
        return await self.outbox.dispatch_digests()

    async def deliver(self) -> DispatchReport:
        assert self.outbox is not None, "delivering is the outbox role's duty"
        return await self.outbox.dispatch_due()

    async def check_feeds(self) -> tuple[list[FeedOutcome], DispatchReport]:
        """Check the due feeds. With the outbox role too, deliver each feed's new posts as soon as they are
        stored: a feed that is slow to serve or to read holds up only itself, never the other feeds'
        digests. Returns the feeds' outcomes and what the delivery passes did together."""
        outbox = self.outbox
        if outbox is None:
            return await self.core.watcher.check_due(), DispatchReport()
        stored = asyncio.Event()
        reports: list[DispatchReport] = []
        checking = asyncio.create_task(self.core.watcher.check_due(on_stored=stored.set))
        try:
            while not checking.done():
                waiting = asyncio.create_task(stored.wait())
                await asyncio.wait({checking, waiting}, return_when=asyncio.FIRST_COMPLETED)
                waiting.cancel()
                if stored.is_set():
                    stored.clear()
                    reports.append(await outbox.dispatch_due())
        finally:
            if not checking.done():
                checking.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await checking
        return checking.result(), add_reports(reports)

    async def cycle(self) -> Cycle:
        """One turn of every duty this process holds, in order: close polls (their results join the
        outbox), check feeds (delivering as each is stored), then deliver whatever else is due."""
        closed = await self.close_polls() if self.roles.outbox else 0
        outcomes: list[FeedOutcome] = []
        reports: list[DispatchReport] = []
        if self.roles.watcher:
            outcomes, report = await self.check_feeds()
            reports.append(report)
        if self.roles.outbox:
            reports.append(await self.deliver())
        return Cycle(outcomes, add_reports(reports), closed)

    async def next_wake(self) -> float:
        """Seconds until the next duty of this process is due (at most the idle wake)."""
        now = self.core.clock()
        idle = IDLE_WAKE if self.roles.watcher or not self.roles.outbox else SHARED_WAKE
        candidates = [now + idle]
        if self.roles.watcher:
            candidates.append(await self.core.storage.feeds.next_due_at() or now + idle)
        if self.outbox is not None:
            for due in (await self.outbox.next_due_at(), await self.core.polls.next_deadline_ts()):
                if due is not None:
                    candidates.append(due)
        return min(max(min(candidates) - now, MIN_WAKE), idle)

    # --- the loop ------------------------------------------------------------------------------------

    async def start(self) -> None:
        """What every start does: the schema level in the metrics and the start-up line."""
        metrics().set_schema(await self.core.schema_version())
        await log_startup(self.core, self.adapters)
        log.info("roles: %s", self.roles, extra={"event": "roles", "roles": str(self.roles)})

    async def run(
        self,
        stop: asyncio.Event,
        wake: asyncio.Event,
        *,
        once: bool = False,
        after_first: Callable[[], None] | None = None,
    ) -> None:
        """Cycle until ``stop`` is set (or once). ``wake`` cuts a sleep short (a command created work);
        ``after_first`` runs once, after the first cycle."""
        settings = self.core.settings
        first = True
        while True:
            if self.loops:
                started = time.perf_counter()
                try:
                    done = await self.cycle()
                    await record_cycle(
                        self.core,
                        done.outcomes,
                        done.report,
                        done.polls_closed,
                        time.perf_counter() - started,
                    )
                except StorageError as exc:
                    # A full disk or a database turned read-only mid-run: say so in one line and try again
                    # later; nothing was half-saved (each write is one transaction).
                    log.error("%s; pollwatch will try again in %g s", exc, settings.storage_retry)
                    if once:
                        raise
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), settings.storage_retry)
                    if stop.is_set():
                        return
                    continue
            if once or stop.is_set():
                return
            if first and after_first is not None:
                after_first()
            first = False
            await self._sleep(stop, wake)
            if stop.is_set():
                return

    async def _sleep(self, stop: asyncio.Event, wake: asyncio.Event) -> None:
        delay = await self.next_wake() if self.loops else IDLE_WAKE
        wake.clear()
        waits = {asyncio.create_task(stop.wait()), asyncio.create_task(wake.wait())}
        _done, pending = await asyncio.wait(waits, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()


async def announce_closed_polls(core: Pollwatch, adapters: Mapping[str, ChatAdapter]) -> int:
    """Close every poll past its deadline (also those that ended while the bot was down) and post the
    results where each poll ran; returns how many closed. Each close queues its results in the outbox (in the
    same transaction), so they go out, and are retried, like a digest; the run loop's own outbox pass does
    the same."""
    closed = await core.polls.close_due(require_datetime(core.clock()))
    await Outbox(core.storage, adapters, polls=core.polls, clock=core.clock).dispatch_notices()
    return len(closed)
