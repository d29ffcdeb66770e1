"""The feed watcher against a real HTTP server on loopback, over a real SQLite file."""

from __future__ import annotations

import tracemalloc

import pytest
from aiohttp import web

from bot.core import Pollwatch
from bot.errors import BlockedAddress, FeedError
from bot.permissions import OPERATOR
from tests.support import Clock, FeedServer, gzip_bytes, numbered_items, rss, with_settings


async def add(core: Pollwatch, url: str, channel: str = "news", backfill: int | None = None) -> None:
    await core.feeds.add(OPERATOR, "console", channel, url, backfill=backfill)


async def deliveries(core: Pollwatch) -> list[str]:
    titles = []
    for delivery in await core.storage.deliveries.all():
        post = await core.storage.posts.get(delivery.post_id)
        assert post is not None
        titles.append(post.title)
    return titles


async def test_etag_then_304_delivers_nothing_twice_and_parses_nothing(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(3)), etag='"v1"')
    await add(core, url, backfill=3)
    assert await deliveries(core) == ["Post 0", "Post 1", "Post 2"]

    clock.advance(3600)
    outcomes = await core.watcher.check_due()

    assert [o.status for o in outcomes] == ["unchanged"]
    assert feed_server.requests[-1].headers["If-None-Match"] == '"v1"'
    assert len(await core.storage.deliveries.all()) == 3
    assert await core.storage.posts.count() == 3


async def test_new_entry_is_delivered_once_across_checks(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(2)))
    await add(core, url)
    feed_server.set("/feed", rss(numbered_items(3)))
    clock.advance(3600)
    await core.watcher.check_due()
    clock.advance(3600)
    await core.watcher.check_due()
    assert await deliveries(core) == ["Post 1", "Post 2"]


async def test_first_add_of_a_50_entry_feed_delivers_only_the_newest(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(50)))
    await add(core, url)
    assert await deliveries(core) == ["Post 49"]
    assert await core.storage.posts.count() == 1  # the backlog is marked seen, not read

    # The backlog stays seen on later fetches; only a genuinely new entry goes out.
    feed_server.set("/feed", rss(numbered_items(51)))
    clock.advance(3600)
    [outcome] = await core.watcher.check_due()
    assert outcome.new_posts == 1
    assert await deliveries(core) == ["Post 49", "Post 50"]


async def test_second_channel_on_a_known_feed_gets_its_own_backfill(
    core: Pollwatch, feed_server: FeedServer
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(5)))
    await add(core, url, channel="one")
    await add(core, url, channel="two", backfill=2)
    assert sorted(await deliveries(core)) == ["Post 3", "Post 4", "Post 4"]
    # Post 3 was only marked seen when channel one added the feed, so it was fetched again to read it...
    assert feed_server.hits["/feed"] == 2
    # ...but a channel whose backfill the stored posts already cover causes no fetch.
    await add(core, url, channel="three", backfill=1)
    assert feed_server.hits["/feed"] == 2
    assert len(await deliveries(core)) == 4


async def test_changed_id_with_same_content_is_not_reposted(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    items = numbered_items(2)
    url = feed_server.set("/feed", rss(items))
    await add(core, url, backfill=2)
    items[0] = {**items[0], "guid": "urn:test:renamed"}
    feed_server.set("/feed", rss(items))
    clock.advance(3600)
    await core.watcher.check_due()
    assert await core.storage.posts.count() == 2
    assert len(await deliveries(core)) == 2


async def test_entries_without_guid_are_keyed_by_link(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    items = [{k: v for k, v in item.items() if k != "guid"} for item in numbered_items(2)]
    url = feed_server.set("/feed", rss(items))
    await add(core, url, backfill=2)
    clock.advance(3600)
    feed_server.set("/feed", rss(items))
    await core.watcher.check_due()
    assert await core.storage.posts.count() == 2


async def test_server_error_backs_off_and_other_feeds_are_unaffected(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    good = feed_server.set("/good", rss(numbered_items(1)))
    bad = feed_server.set("/bad", rss(numbered_items(1, start=None)))
    await add(core, good)
    await add(core, bad, channel="other")
    feed_server.set("/bad", "oops", status=500)
    feed_server.set("/good", rss(numbered_items(2)))
    clock.advance(3600)

    outcomes = {o.url: o for o in await core.watcher.check_due()}

    assert outcomes[good].status == "new" and outcomes[good].new_posts == 1
    assert outcomes[bad].status == "failed"
    feed = await core.storage.feeds.get_by_url(bad)
    assert feed is not None
    assert feed.failures == 1
    assert "500" in (feed.last_error or "")
    assert feed.next_check_at.timestamp() >= clock.now + core.settings.min_check_interval

    # A second failure waits longer (exponential), still visible on the feed.
    clock.now = feed.next_check_at.timestamp() + 1
    await core.watcher.check_due()
    again = await core.storage.feeds.get_by_url(bad)
    assert again is not None and again.failures == 2


async def test_slow_server_times_out(settings, clock: Clock, feed_server: FeedServer) -> None:  # type: ignore[no-untyped-def]
    core = await Pollwatch.open(with_settings(settings, fetch_timeout=0.5), clock=clock)
    try:
        url = feed_server.set("/feed", rss(numbered_items(1)))
        await add(core, url)
        feed_server.set("/feed", rss(numbered_items(2)), delay=3.0)
        clock.advance(3600)
        [outcome] = await core.watcher.check_due()
        assert outcome.status == "failed"
        assert "longer than 0.5 s" in (outcome.error or "")
    finally:
        await core.close()


async def test_oversized_feed_is_refused(settings, clock: Clock, feed_server: FeedServer) -> None:  # type: ignore[no-untyped-def]
    core = await Pollwatch.open(with_settings(settings, max_feed_bytes=64 * 1024), clock=clock)
    try:
        url = feed_server.set("/feed", rss(numbered_items(2000)))
        with pytest.raises(FeedError, match="larger than the 64 KB"):
            await add(core, url)
        assert await core.storage.feeds.all() == []
    finally:
        await core.close()


async def test_gzip_bomb_is_refused_with_bounded_memory(
    settings, clock: Clock, feed_server: FeedServer
) -> None:  # type: ignore[no-untyped-def]
    core = await Pollwatch.open(with_settings(settings, max_feed_bytes=1024 * 1024), clock=clock)
    bomb = gzip_bytes(b"<rss>" + b" " * (200 * 1024 * 1024))  # ~200 KB on the wire, 200 MB inflated
    url = feed_server.set("/feed", bomb, headers={"Content-Encoding": "gzip"})
    try:
        tracemalloc.start()
        with pytest.raises(FeedError, match="larger than the 1024 KB"):
            await add(core, url)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < 32 * 1024 * 1024
    finally:
        await core.close()


async def test_gzipped_feed_is_read(core: Pollwatch, feed_server: FeedServer) -> None:
    url = feed_server.set(
        "/feed", gzip_bytes(rss(numbered_items(2)).encode()), headers={"Content-Encoding": "gzip"}
    )
    await add(core, url, backfill=2)
    assert await core.storage.posts.count() == 2


async def test_malformed_xml_still_yields_its_entries(core: Pollwatch, feed_server: FeedServer) -> None:
    broken = rss(numbered_items(2)).replace("<title>Post 1</title>", "<title>Post 1 & friends</title>")
    url = feed_server.set("/feed", broken)
    added = await core.feeds.add(OPERATOR, "console", "news", url, backfill=2)
    assert added.warning  # feedparser's complaint is kept, the entries are not lost
    assert await core.storage.posts.count() == 2


async def test_garbage_is_not_a_feed(core: Pollwatch, feed_server: FeedServer) -> None:
    url = feed_server.set("/feed", "this is { not xml <<<", headers={"Content-Type": "text/plain"})
    with pytest.raises(FeedError, match="did not return an RSS or Atom feed"):
        await add(core, url)


async def test_html_page_gets_a_clear_error(core: Pollwatch, feed_server: FeedServer) -> None:
    page = "<!DOCTYPE html><html><head><title>Blog</title></head><body><p>Hello</p></body></html>"
    url = feed_server.set("/", page, headers={"Content-Type": "text/html; charset=utf-8"})
    with pytest.raises(FeedError, match="web page that links to no feed"):
        await add(core, url)


async def test_redirect_chain_is_followed_and_only_permanent_moves_update_the_url(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    feed_server.set("/a", status=302, headers={"Location": "/b"})
    feed_server.set("/b", status=301, headers={"Location": "/c"})
    feed_server.set("/c", rss(numbered_items(1)))
    await add(core, feed_server.url("/a"))
    assert [f.url for f in await core.storage.feeds.all()] == [feed_server.url("/a")]

    feed_server.set("/old", status=301, headers={"Location": "/new"})
    feed_server.set("/new", rss(numbered_items(1), title="Moved"))
    await add(core, feed_server.url("/old"), channel="two")
    urls = [f.url for f in await core.storage.feeds.all()]
    assert feed_server.url("/new") in urls and feed_server.url("/old") not in urls


async def test_redirect_loop_is_an_error(core: Pollwatch, feed_server: FeedServer) -> None:
    feed_server.set("/loop", status=302, headers={"Location": "/loop"})
    with pytest.raises(FeedError, match="too many redirects"):
        await add(core, feed_server.url("/loop"))


async def test_gone_feed_is_no_longer_checked(core: Pollwatch, feed_server: FeedServer, clock: Clock) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await add(core, url)
    feed_server.set("/feed", "gone", status=410)
    clock.advance(3600)
    [outcome] = await core.watcher.check_due()
    assert outcome.status == "gone"
    hits = feed_server.hits["/feed"]
    clock.advance(86400 * 3)
    assert await core.watcher.check_due() == []
    assert feed_server.hits["/feed"] == hits
    feed = await core.storage.feeds.get_by_url(url)
    assert feed is not None and feed.status == "gone"


async def test_retry_after_is_honoured(core: Pollwatch, feed_server: FeedServer, clock: Clock) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await add(core, url)
    feed_server.set("/feed", "busy", status=503, headers={"Retry-After": "7200"})
    clock.advance(3600)
    await core.watcher.check_due()
    feed = await core.storage.feeds.get_by_url(url)
    assert feed is not None
    assert feed.next_check_at.timestamp() >= clock.now + 7200


async def test_loopback_feed_refused_unless_allowed(settings, clock: Clock, feed_server: FeedServer) -> None:  # type: ignore[no-untyped-def]
    core = await Pollwatch.open(with_settings(settings, allow_private_feeds=False), clock=clock)
    try:
        url = feed_server.set("/feed", rss(numbered_items(1)))
        with pytest.raises(BlockedAddress, match="private or local network"):
            await add(core, url)
        with pytest.raises(BlockedAddress, match="local name"):
            await add(core, f"http://localhost:{feed_server.port}/feed")
        assert feed_server.hits.get("/feed") is None  # nothing was sent
    finally:
        await core.close()


async def test_conditional_headers_and_user_agent_are_sent(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    async def with_last_modified(request: web.Request) -> web.Response:
        if request.headers.get("If-Modified-Since") == "Mon, 02 Feb 2026 10:00:00 GMT":
            return web.Response(status=304)
        return web.Response(
            body=rss(numbered_items(1)).encode(),
            headers={"Last-Modified": "Mon, 02 Feb 2026 10:00:00 GMT", "Content-Type": "application/rss+xml"},
        )

    url = feed_server.set("/feed", handler=with_last_modified)
    await add(core, url)
    clock.advance(3600)
    [outcome] = await core.watcher.check_due()
    assert outcome.status == "unchanged"
    assert feed_server.requests[-1].headers["User-Agent"].startswith("pollwatch/")


async def test_redirect_into_the_private_network_is_refused(
    settings, clock: Clock, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """127.0.0.1 plays a public server here; its redirect to another private address must not be followed."""
    import ipaddress

    import bot.fetch.addresses as addresses

    real_is_public = addresses.is_public
    monkeypatch.setattr(
        addresses, "is_public", lambda a: a == ipaddress.ip_address("127.0.0.1") or real_is_public(a)
    )
    core = await Pollwatch.open(with_settings(settings, allow_private_feeds=False), clock=clock)
    try:
        feed_server.set("/ok", rss(numbered_items(1)))
        await add(core, feed_server.url("/ok"))  # the "public" server is fine
        feed_server.set("/hop", status=302, headers={"Location": "http://10.0.0.5/feed"})
        with pytest.raises(BlockedAddress, match="private or local network"):
            await add(core, feed_server.url("/hop"), channel="two")
        feed_server.set("/hop2", status=301, headers={"Location": "http://localhost:8080/feed"})
        with pytest.raises(BlockedAddress, match="local name"):
            await add(core, feed_server.url("/hop2"), channel="three")
    finally:
        await core.close()
