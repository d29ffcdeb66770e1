"""Feed URLs stored before canonical URLs are rewritten when pollwatch opens the database, and feeds that
meet under one URL become one: subscriptions and seen entries kept, nothing delivered twice. Over both
backends, with a real feed server and the console outbox."""

from __future__ import annotations

import io

from adapters.console import ConsoleAdapter
from bot.config import Settings
from bot.core import Pollwatch
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.storage import Storage
from tests.support import Clock, FeedServer, numbered_items, rss


async def _send(core: Pollwatch, clock: Clock) -> str:
    out = io.StringIO()
    await Outbox(core.storage, {"console": ConsoleAdapter(out)}, clock=clock).dispatch_due()
    return out.getvalue()


async def _send_a_new_post(core: Pollwatch, clock: Clock, feed_server: FeedServer) -> str:
    """An hour on, the feed has a third post: the watcher checks it and the outbox sends what is due."""
    feed_server.set("/feed", rss(numbered_items(3)))
    clock.advance(3600)
    await core.watcher.check_due()
    return await _send(core, clock)


async def test_old_spellings_are_rewritten_and_duplicates_merged_without_a_second_delivery(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(2)))
    shouting = url.replace("http://", "HTTP://").replace("/feed", ":80/../feed").replace(":80/../", "/")
    assert shouting != url and shouting.lower() == url
    # An older pollwatch stored the two spellings as two feeds; channel a has both, b only the old one.
    storage = await Storage.open(settings.database)
    try:
        ids = []
        for spelling in (shouting, url, "HTTP://Example.test/feed/", "http://example.test/feed"):
            feed, _ = await storage.feeds.add(spelling, clock())
            ids.append(feed.id)
        for feed_id, channel in ((ids[0], "a"), (ids[0], "b"), (ids[1], "a")):
            await storage.subscriptions.add(feed_id, "console", channel, backfill=2, now=clock())
    finally:
        await storage.close()
    # A core opened on a copy of the old state without the rewrite would check both feeds; do what the
    # old code did: check them and send, so channel a has every post twice, once per spelling.
    core = await Pollwatch.open(settings, clock=clock)
    try:
        feeds = {feed.url: feed for feed in await core.storage.feeds.all()}
        # "HTTP://Example.test/feed/" and "http://example.test/feed" are one feed (a trailing slash makes no
        # other feed); the one already spelled canonically is kept.
        assert set(feeds) == {url, "http://example.test/feed"}
        assert feeds["http://example.test/feed"].id == ids[3]
        assert feeds[url].id == ids[1]  # the feed already spelled canonically is the one kept
        subscriptions = await core.storage.subscriptions.with_feeds("console", "a")
        assert [feed.url for _, feed in subscriptions] == [url]
        assert [feed.url for _, feed in await core.storage.subscriptions.with_feeds("console", "b")] == [url]
        await core.watcher.check_due()
        first = await _send(core, clock)
        assert first.count("Post 0") == 2 and first.count("Post 1") == 2  # once in a, once in b
        second = await _send_a_new_post(core, clock, feed_server)
        assert second.count("Post 2") == 2 and "Post 0" not in second and "Post 1" not in second
    finally:
        await core.close()


async def test_a_post_both_spellings_stored_goes_to_each_channel_once(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    """The duplicates were both checked before the upgrade: each had its own copy of every post and a
    delivery of it to channel a (one sent, one still pending). After the merge a has it once, the entries
    seen under either spelling stay seen, and the next check delivers only what is new."""
    url = feed_server.set("/feed", rss(numbered_items(2)))
    shouting = url.replace("http://", "HTTP://")
    core = await Pollwatch.open(settings, clock=clock)
    try:
        for spelling in (shouting, url):
            feed, _ = await core.storage.feeds.add(spelling, clock())
            await core.storage.subscriptions.add(feed.id, "console", "a", backfill=2, now=clock())
        await core.watcher.check_due()
        deliveries = await core.storage.deliveries.all()
        assert len(deliveries) == 4  # two posts, each stored under both spellings
        sent = await _send(core, clock)
        assert sent.count("Post 0") == 2  # the old code's duplicate, sent before the upgrade
    finally:
        await core.close()
    reopened = await Pollwatch.open(settings, clock=clock)
    try:
        assert [f.url for f in await reopened.storage.feeds.all()] == [url]
        deliveries = await reopened.storage.deliveries.all()
        assert len(deliveries) == 2 and {d.status for d in deliveries} == {"sent"}
        assert await reopened.storage.posts.count() == 2
        later = await _send_a_new_post(reopened, clock, feed_server)
        assert later.count("Post 2") == 1 and "Post 0" not in later and "Post 1" not in later
    finally:
        await reopened.close()
    again = await Pollwatch.open(settings, clock=clock)  # a second start finds nothing to do
    await again.close()


async def test_a_trailing_slash_does_not_make_a_second_feed(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    """Adding "/feed/" where "/feed" is known subscribes to the known feed, under the spelling first added."""
    url = feed_server.set("/feed", rss(numbered_items(2)))
    feed_server.set("/feed/", rss(numbered_items(2)))
    core = await Pollwatch.open(settings, clock=clock)
    try:
        first = await core.feeds.add(OPERATOR, "console", "a", url)
        second = await core.feeds.add(OPERATOR, "console", "b", url + "/")
        assert second.feed.id == first.feed.id and second.feed.url == url
        assert [f.url for f in await core.storage.feeds.all()] == [url]
        again = await core.feeds.add(OPERATOR, "console", "a", url.replace("http://", "HTTP://") + "/")
        assert again.feed.id == first.feed.id
    finally:
        await core.close()
