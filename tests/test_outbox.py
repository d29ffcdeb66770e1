"""The delivery outbox: retries, parking, and exactly-once across a restart over the same SQLite file."""

from __future__ import annotations

import asyncio
import io

import pytest

from adapters.console import ConsoleAdapter
from bot.config import Settings
from bot.core import Pollwatch
from bot.models import Delivery, Digest, DigestBundle
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.ports import ChannelUnavailable
from bot.storage import Storage
from tests.support import Clock, FeedServer, numbered_items, rss


class FlakyAdapter:
    """A console adapter whose first ``failures`` sends raise, like a platform having a bad minute."""

    platform = "console"

    def __init__(self, failures: int, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error or RuntimeError("platform unavailable")
        self.out = io.StringIO()
        self._console = ConsoleAdapter(self.out)

    async def send_digest(self, channel: str, digest: Digest, *, delivery_id: int) -> str:
        if self.failures:
            self.failures -= 1
            raise self.error
        return await self._console.send_digest(channel, digest, delivery_id=delivery_id)

    async def tell_admins(self, channel: str, text: str) -> str:
        return await self._console.tell_admins(channel, text)


async def test_due_deliveries_are_sent_once(core: Pollwatch, feed_server: FeedServer, clock: Clock) -> None:
    url = feed_server.set("/feed", rss(numbered_items(2)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=2)
    out = io.StringIO()
    outbox = Outbox(core.storage, {"console": ConsoleAdapter(out)}, clock=clock)

    report = await outbox.dispatch_due()
    again = await outbox.dispatch_due()

    assert report.sent == 2 and again.sent == 0
    text = out.getvalue()
    assert text.index("Post 0") < text.index("Post 1")  # oldest first
    assert {d.status for d in await core.storage.deliveries.all()} == {"sent"}


async def test_failed_send_is_retried_with_backoff(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url)
    adapter = FlakyAdapter(failures=2)
    outbox = Outbox(core.storage, {"console": adapter}, clock=clock)

    assert (await outbox.dispatch_due()).retried == 1
    assert (await outbox.dispatch_due()).sent == 0  # not due yet: backing off
    [delivery] = await core.storage.deliveries.all()
    assert delivery.status == "pending" and delivery.attempts == 1
    assert "platform unavailable" in (delivery.last_error or "")
    for _ in range(2):
        clock.advance(3600)
        await outbox.dispatch_due()
    [delivery] = await core.storage.deliveries.all()
    assert delivery.status == "sent" and delivery.attempts == 3
    assert adapter.out.getvalue().count("Post 0") == 1


async def test_gives_up_after_max_attempts(core: Pollwatch, feed_server: FeedServer, clock: Clock) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url)
    outbox = Outbox(core.storage, {"console": FlakyAdapter(failures=99)}, clock=clock, max_attempts=3)
    for _ in range(5):
        await outbox.dispatch_due()
        clock.advance(7200)
    [delivery] = await core.storage.deliveries.all()
    assert delivery.status == "failed" and delivery.attempts == 3


async def test_unavailable_channel_parks_the_delivery(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url)
    adapter = FlakyAdapter(failures=1, error=ChannelUnavailable("the bot was removed from the channel"))
    outbox = Outbox(core.storage, {"console": adapter}, clock=clock)
    assert (await outbox.dispatch_due()).parked == 1
    clock.advance(86400)
    assert (await outbox.dispatch_due()).sent == 0
    [delivery] = await core.storage.deliveries.all()
    assert delivery.status == "parked"


async def test_an_unavailable_channel_is_told_to_its_admins_once_through_the_outbox(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    """One notice path for every platform: the outbox queues the notice, the adapter only carries it."""
    url = feed_server.set("/feed", rss(numbered_items(2)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=2)
    adapter = FlakyAdapter(failures=99, error=ChannelUnavailable("gone", reason="the channel was deleted"))
    outbox = Outbox(core.storage, {"console": adapter}, clock=clock)
    report = await outbox.dispatch_due()
    assert report.parked == 2 and report.notices == 1
    told = adapter.out.getvalue()
    assert told.count("[admins of #news]") == 1
    assert "<#news>" in told and "the channel was deleted" in told and "parked, not lost" in told
    # Another post later, the channel still refusing: parked, and nobody is told twice.
    feed_server.set("/feed", rss(numbered_items(3)))
    clock.advance(3600)
    await core.watcher.check_due()
    assert (await Outbox(core.storage, {"console": adapter}, clock=clock).dispatch_due()).parked == 1
    assert adapter.out.getvalue().count("[admins of #news]") == 1


class CrashingAdapter(ConsoleAdapter):
    """Sends ``allowed`` digests, then the process is killed in the middle of the next send."""

    def __init__(self, out: io.StringIO, allowed: int) -> None:
        super().__init__(out)
        self.allowed = allowed

    async def send_digest(self, channel: str, digest: Digest, *, delivery_id: int) -> str:
        if not self.allowed:
            raise asyncio.CancelledError  # what a killed task sees
        self.allowed -= 1
        return await super().send_digest(channel, digest, delivery_id=delivery_id)


async def test_restart_sends_an_interrupted_delivery_exactly_once(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(3)), etag='"v1"')
    first = await Pollwatch.open(settings, clock=clock)
    await first.feeds.add(OPERATOR, "console", "news", url, backfill=3)
    out1 = io.StringIO()
    with pytest.raises(asyncio.CancelledError):
        await Outbox(first.storage, {"console": CrashingAdapter(out1, allowed=1)}, clock=clock).dispatch_due()
    await first.close()
    statuses = sorted(d.status for d in await _deliveries(settings))
    assert statuses == ["sending", "sending", "sent"]  # two claimed, never marked sent

    clock.advance(600)  # later than the claim's lease
    second = await Pollwatch.open(settings, clock=clock)
    try:
        out2 = io.StringIO()
        outbox = Outbox(second.storage, {"console": ConsoleAdapter(out2)}, clock=clock)
        await second.watcher.check_due()  # the restarted watcher finds nothing new (304)
        assert (await outbox.dispatch_due()).sent == 2
        assert (await outbox.dispatch_due()).sent == 0
        printed = out1.getvalue() + out2.getvalue()
        for title in ("Post 0", "Post 1", "Post 2"):
            assert printed.count(f"== {title} ==") == 1
        assert await second.storage.posts.count() == 3
    finally:
        await second.close()


async def _deliveries(settings: Settings) -> list[Delivery]:
    storage = await Storage.open(settings.database)
    try:
        return await storage.deliveries.all()
    finally:
        await storage.close()


class SlowBundles(ConsoleAdapter):
    """A console whose bundles take a moment to go out: long enough for another outbox to look meanwhile."""

    async def send_bundle(self, channel: str, bundle: DigestBundle, *, delivery_id: int) -> str:
        await asyncio.sleep(0.2)
        return await super().send_bundle(channel, bundle, delivery_id=delivery_id)


async def test_two_outboxes_seeing_one_digest_due_send_it_once(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    """Two processes' outboxes over one database, both passing the digest time at once: one digest."""
    url = feed_server.set("/feed.xml", rss(numbered_items(3)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=3)
    await core.feeds.set_schedule(OPERATOR, "console", "news", "all", "daily 09:00 UTC +empty")
    clock.advance(2 * 86400)  # past the next 09:00
    outputs = [io.StringIO(), io.StringIO()]
    outboxes = [
        Outbox(core.storage, {"console": SlowBundles(out)}, clock=clock, owner=f"host:{n}:1")
        for n, out in enumerate(outputs)
    ]
    reports = await asyncio.gather(*(o.dispatch_digests() for o in outboxes))
    assert sorted(r.bundles for r in reports) == [0, 1]
    printed = "".join(out.getvalue() for out in outputs)
    assert printed.count("Daily digest") == 1, printed
    assert all(f"Post {i}" in printed for i in range(3)), printed
    # The next pass finds nothing due: the turn moved on to tomorrow.
    assert [(await o.dispatch_digests()).bundles for o in outboxes] == [0, 0]
