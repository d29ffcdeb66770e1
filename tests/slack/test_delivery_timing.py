"""No stranded deliveries: after a burst of 429s every digest goes out close to its retry time, and the
claims of a process that is gone are released at once instead of waiting out their lease."""

from __future__ import annotations

import os
import socket

from adapters.slack.server import SlackService
from bot.core import Pollwatch
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.process import _start_time, this_process
from tests.slack.conftest import CHANNEL
from tests.slack.standin import SlackStandin
from tests.support import Clock, FeedServer, numbered_items, rss


class Ticking(Clock):
    """Time passes while the outbox works: every reading of the clock moves it on by ``step`` seconds."""

    def __init__(self, start: float, step: float) -> None:
        super().__init__(start)
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


async def test_after_a_429_burst_every_digest_goes_out_at_its_retry_time(
    core: Pollwatch, slack: SlackService, standin: SlackStandin, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed.xml", rss(numbered_items(5)))
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=5)
    # Slack asks for more than the adapter waits in place: each refusal goes back to the outbox.
    standin.rate_limit("chat.postMessage", retry_after=40, times=5)
    ticking = Ticking(clock(), step=1.0)
    outbox = Outbox(core.storage, {"slack": slack.adapter}, clock=ticking, batch=1)

    report = await outbox.dispatch_due()
    assert report.retried == 5 and report.sent == 0
    after_burst = await core.storage.deliveries.all()
    # Nothing is left claimed by the pass that failed it.
    assert {d.status for d in after_burst} == {"pending"}
    retry_times = {d.id: d.next_attempt_at.timestamp() for d in after_burst}

    for _ in range(20):  # the run loop: sleep until the next due time, then dispatch
        due = await outbox.next_due_at()
        if due is None:
            break
        ticking.now = max(ticking.now, due)
        await outbox.dispatch_due()
    rows = await core.storage.db.fetchall("SELECT id, status, sent_at FROM deliveries ORDER BY id")
    assert {r["status"] for r in rows} == {"sent"}
    for row in rows:
        late = row["sent_at"] - retry_times[row["id"]]
        assert -0.001 <= late < 10, (row["id"], late)
        # ... and never before Slack's Retry-After had passed.
    assert min(retry_times.values()) - clock() >= 40
    assert len(standin.posted(CHANNEL)) == 5


def dead_process() -> str:
    """The identity of a process that no longer runs on this host (a pid above Linux's highest pid_max)."""
    return f"{socket.gethostname()}:{2**23 + 7}:12345"


async def test_claims_of_a_process_that_is_gone_are_released_at_once(
    core: Pollwatch, slack: SlackService, standin: SlackStandin, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed.xml", rss(numbered_items(3)))
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=3)
    deliveries = core.storage.deliveries
    parent = os.getppid()
    alive = f"{socket.gethostname()}:{parent}:{_start_time(parent)}"
    # Three processes claimed one delivery each: one died, one still runs here, one runs on another host.
    for owner in (dead_process(), alive, "another-host:4242:99"):
        [claimed] = await deliveries.claim_due(clock(), 1, 120.0, ("slack",), owner=owner)
        assert claimed.status == "pending"
    assert this_process() not in await deliveries.claimers()

    report = await Outbox(core.storage, {"slack": slack.adapter}, clock=clock).dispatch_due()
    assert report.sent == 1  # the dead process's claim, at once
    statuses = [d.status for d in await deliveries.all()]
    assert statuses == ["sent", "sending", "sending"]
    # The others wait out their lease (they may still be sending), then go out.
    clock.advance(121)
    assert (await Outbox(core.storage, {"slack": slack.adapter}, clock=clock).dispatch_due()).sent == 2
    assert len(standin.posted(CHANNEL)) == 3
