"""What the run loop tells the operator about itself: the start-up line, and per cycle the metrics and
one status line when the cycle did anything."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from bot import __version__
from bot.core import Pollwatch
from bot.feeds.watcher import FeedOutcome
from bot.ops.metrics import metrics
from bot.ops.status import cycle_line, startup_line
from bot.outbox import DispatchReport
from bot.ports import ChatAdapter

log = logging.getLogger("pollwatch")


async def log_startup(core: Pollwatch, adapters: Mapping[str, ChatAdapter]) -> None:
    """A sign of life on every start: what the bot watches and when it looks next."""
    feeds, channels = await core.storage.ops.watching()
    log.info(
        startup_line(
            __version__, feeds, channels, list(adapters), await core.storage.feeds.next_due_at(), core.clock()
        ),
        extra={"event": "started", "feeds": feeds, "channels": channels},
    )


async def record_cycle(
    core: Pollwatch, outcomes: list[FeedOutcome], report: DispatchReport, polls_closed: int, seconds: float
) -> None:
    """Count one cycle in the metrics and, when it did anything, say so in one line at INFO."""
    measure = metrics()
    for outcome in outcomes:
        measure.feed_checked(outcome.status, outcome.kind)
    new_posts = sum(o.new_posts for o in outcomes)
    measure.cycles.inc()
    measure.cycle_seconds.observe(seconds)
    measure.last_cycle.set_to_current_time()
    if not (outcomes or report.sent or report.retried or report.failed or report.parked or polls_closed):
        return
    failing = sum(1 for o in outcomes if o.status in ("failed", "paused", "gone"))
    log.info(
        cycle_line(
            checked=len(outcomes),
            new_posts=new_posts,
            failing=failing,
            sent=report.sent,
            retried=report.retried,
            parked=report.parked,
            failed=report.failed,
            polls_closed=polls_closed,
            next_due=await core.storage.feeds.next_due_at(),
            now=core.clock(),
        ),
        extra={
            "event": "cycle",
            "feeds_checked": len(outcomes),
            "new_posts": new_posts,
            "feeds_failing": failing,
            "deliveries_sent": report.sent,
            "seconds": round(seconds, 3),
        },
    )
