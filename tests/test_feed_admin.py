"""Feed administration against real loopback servers: autodiscovery, OPML, filters, schedules, full text,
feed health and the hourly cap."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.console import ConsoleAdapter
from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import FeedError, InvalidInput
from bot.feed_admin import FeedChoice
from bot.feeds.opml import parse_opml
from bot.models import Actor, Role
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from tests.support import Clock, FeedServer, numbered_items, rss, with_settings

OPML_DIR = Path(__file__).parent / "data" / "opml"
MEMBER = Actor("console", "u1", "member", frozenset({Role.MEMBER}))

POLL_POST = (
    "<p>A new Harborview poll of 900 registered voters finds that 52% approve of the transit levy "
    "while 41% oppose it.</p>"
)
PLAIN_POST = "<p>The council met on Tuesday and approved a $4 million budget for road repairs in 2027.</p>"


def page_linking(*feeds: tuple[str, str]) -> str:
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" title="{t}" href="{h}">' for t, h in feeds
    )
    return f"<!DOCTYPE html><html><head><title>Blog</title>{links}</head><body><p>Hello</p></body></html>"


async def open_core(settings: Settings, clock: Clock, **changes: object) -> Pollwatch:
    return await Pollwatch.open(with_settings(settings, **changes), clock=clock)


# --- autodiscovery -------------------------------------------------------------------------------


async def test_a_site_page_leads_to_its_only_feed(core: Pollwatch, feed_server: FeedServer) -> None:
    feed_server.set(
        "/blog/", page_linking(("Posts", "/blog/feed.xml")), headers={"Content-Type": "text/html"}
    )
    feed_server.set("/blog/feed.xml", rss(numbered_items(2)))
    added = await core.feeds.add(OPERATOR, "console", "news", feed_server.url("/blog/"))
    assert added.feed.url == feed_server.url("/blog/feed.xml")
    assert added.discovered_from == feed_server.url("/blog/")


async def test_a_page_with_two_feeds_asks_which(core: Pollwatch, feed_server: FeedServer) -> None:
    page = page_linking(("Posts", "/posts.xml"), ("Comments", "/comments.xml"))
    feed_server.set("/", page, headers={"Content-Type": "text/html"})
    with pytest.raises(FeedChoice) as raised:
        await core.feeds.add(OPERATOR, "console", "news", feed_server.url("/"))
    assert [c.url for c in raised.value.choices] == [
        feed_server.url("/posts.xml"),
        feed_server.url("/comments.xml"),
    ]
    assert "Comments" in str(raised.value)
    assert await core.storage.feeds.all() == []


async def test_a_page_without_links_is_tried_at_the_usual_paths(
    core: Pollwatch, feed_server: FeedServer
) -> None:
    feed_server.set("/", page_linking(), headers={"Content-Type": "text/html"})
    feed_server.set("/rss", rss(numbered_items(1)))
    added = await core.feeds.add(OPERATOR, "console", "news", feed_server.url("/"))
    assert added.feed.url == feed_server.url("/rss")


async def test_a_page_with_no_feed_anywhere_says_so(core: Pollwatch, feed_server: FeedServer) -> None:
    feed_server.set("/", page_linking(), headers={"Content-Type": "text/html"})
    with pytest.raises(FeedError, match="links to no feed"):
        await core.feeds.add(OPERATOR, "console", "news", feed_server.url("/"))


async def test_discovered_private_feed_is_still_refused(settings: Settings, clock: Clock) -> None:
    core = await open_core(settings, clock, allow_private_feeds=False)
    try:
        with pytest.raises(FeedError):
            await core.feeds.add(OPERATOR, "console", "news", "http://127.0.0.1:9/")
    finally:
        await core.close()


# --- OPML ----------------------------------------------------------------------------------------


def opml(name: str, base: str) -> bytes:
    return (OPML_DIR / name).read_text().replace("{base}", base).encode()


async def test_opml_import_adds_feeds_without_posting_anything_old(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    base = feed_server.url("")
    for path in ("/feeds/poll-desk.xml", "/feeds/crosstabs.xml", "/feeds/capitol.xml"):
        feed_server.set(path, rss(numbered_items(5)))
    report = await core.feeds.import_opml(OPERATOR, "console", "news", opml("feedly-style.opml", base))
    assert len(report.added) == 3 and report.already == ()
    assert [url for url, _ in report.failed] == ["ftp://example.org/not-a-feed"]
    assert "3 added, 0 already present, 1 failed" in report.summary()

    await core.watcher.check_due()
    assert await core.storage.deliveries.all() == []  # nothing old is posted

    again = await core.feeds.import_opml(OPERATOR, "console", "news", opml("desktop-reader.opml", base))
    assert again.already == (f"{base}/feeds/poll-desk.xml",)
    assert again.added == (f"{base}/feeds/statehouse.xml",)

    feed_server.set("/feeds/poll-desk.xml", rss(numbered_items(6)))
    clock.advance(3600)
    await core.watcher.check_due()
    assert len(await core.storage.deliveries.all()) == 1  # only the genuinely new post


async def test_opml_export_round_trips(core: Pollwatch, feed_server: FeedServer) -> None:
    urls = [feed_server.set(f"/f{i}.xml", rss(numbered_items(1), title=f"Feed {i}")) for i in range(3)]
    for url in urls:
        await core.feeds.add(OPERATOR, "console", "news", url)
    exported = await core.feeds.export_opml(OPERATOR, "console", "news")
    assert [f.url for f in parse_opml(exported.encode())] == urls
    assert "Feed 1" in exported
    everything = await core.feeds.export_opml(OPERATOR)
    assert [f.category for f in parse_opml(everything.encode())] == ["console:news"] * 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ((OPML_DIR / "entity-expansion.opml").read_bytes(), "DOCTYPE"),
        ((OPML_DIR / "malformed.opml").read_bytes(), "not well-formed"),
        (b"<opml>" + b"<outline text='x'>" * 200 + b"</outline>" * 200 + b"</opml>", "deeper than"),
        (
            b"<opml><body>" + b"<outline xmlUrl='https://example.org/f'/>" * 3000 + b"</body></opml>",
            "more than 2000",
        ),
        (b"<opml>" + b" " * (2 * 1024 * 1024) + b"</opml>", "larger than"),
        (b"<rss version='2.0'/>", "not OPML"),
        (b"", "empty"),
    ],
)
async def test_hostile_or_broken_opml_is_refused(core: Pollwatch, data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        await core.feeds.import_opml(OPERATOR, "console", "news", data)
    assert await core.storage.feeds.all() == []


async def test_members_cannot_administer_feeds(core: Pollwatch, feed_server: FeedServer) -> None:
    from bot.errors import PermissionDenied

    with pytest.raises(PermissionDenied, match="only admins"):
        await core.feeds.add(MEMBER, "console", "news", feed_server.url("/feed"))
    with pytest.raises(PermissionDenied):
        await core.feeds.import_opml(MEMBER, "console", "news", b"<opml/>")
    assert feed_server.hits == {}


# --- filters -------------------------------------------------------------------------------------


async def test_filters_choose_which_posts_a_channel_gets(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "polls-only", url, backfill=0)
    await core.feeds.add(OPERATOR, "console", "transit", url, backfill=0)
    await core.feeds.add(OPERATOR, "console", "no-budget", url, backfill=0)
    await core.feeds.set_filter(OPERATOR, "console", "polls-only", url, only_polls=True)
    await core.feeds.set_filter(OPERATOR, "console", "transit", url, include=["Transit levy"])
    await core.feeds.set_filter(OPERATOR, "console", "no-budget", url, exclude=["budget, road repairs"])

    items = numbered_items(3)
    items[0]["description"] = POLL_POST
    items[1]["description"] = PLAIN_POST
    feed_server.set("/feed", rss(items))
    clock.advance(3600)
    await core.watcher.check_due()

    got: dict[str, list[str]] = {}
    for delivery in await core.storage.deliveries.all():
        post = await core.storage.posts.get(delivery.post_id)
        assert post is not None
        got.setdefault(delivery.channel, []).append(post.title)
    assert got == {"polls-only": ["Post 2"], "transit": ["Post 2"], "no-budget": ["Post 2"]}


async def test_filter_terms_are_checked(core: Pollwatch, feed_server: FeedServer) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url)
    with pytest.raises(InvalidInput, match="at most 80"):
        await core.feeds.set_filter(OPERATOR, "console", "news", url, include=["x" * 81])
    result = await core.feeds.set_filter(OPERATOR, "console", "news", "1", include=["Poll,  Survey", "poll"])
    assert result.include == ("Poll", "Survey")
    assert "mentioning" in result.describe()


# --- schedules -----------------------------------------------------------------------------------


async def test_scheduled_digest_bundles_the_period_newest_first(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    clock.now = datetime(2026, 3, 2, 7, 0, tzinfo=UTC).timestamp()
    url = feed_server.set("/feed", rss(numbered_items(1), title="Poll Desk"))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=0)
    schedule = await core.feeds.set_schedule(OPERATOR, "console", "news", "all", "daily 09:00 UTC +empty")
    assert schedule.canonical() == "daily 09:00 UTC +empty"
    out = io.StringIO()
    outbox = Outbox(core.storage, {"console": ConsoleAdapter(out)}, clock=clock)

    feed_server.set("/feed", rss(numbered_items(4), title="Poll Desk"))
    clock.advance(1800)
    await core.watcher.check_due()
    assert (await outbox.dispatch_due()).sent == 0  # held until 09:00
    assert {d.status for d in await core.storage.deliveries.all()} == {"held"}

    clock.now = datetime(2026, 3, 2, 9, 0, 1, tzinfo=UTC).timestamp()
    report = await outbox.dispatch_due()
    assert report.bundles == 1 and report.sent == 3
    text = out.getvalue()
    assert "Daily digest: Poll Desk — 3 new posts" in text
    assert text.index("Post 3") < text.index("Post 2") < text.index("Post 1")

    clock.now = datetime(2026, 3, 3, 9, 0, 1, tzinfo=UTC).timestamp()
    await outbox.dispatch_due()
    assert "Nothing new since 2026-03-02 09:00 UTC" in out.getvalue()
    [subscription] = await core.storage.subscriptions.for_feed(1)
    assert subscription.next_digest_at == datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


async def test_digest_now_and_back_to_immediate(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=0)
    await core.feeds.set_schedule(OPERATOR, "console", "news", url, "weekly mon 08:00 Europe/Paris")
    feed_server.set("/feed", rss(numbered_items(2)))
    clock.advance(3600)
    await core.watcher.check_due()
    outbox = Outbox(core.storage, {"console": ConsoleAdapter(io.StringIO())}, clock=clock)
    assert (await outbox.dispatch_due()).sent == 0
    assert await core.feeds.digest_now(OPERATOR, "console", "news") == 1
    assert (await outbox.dispatch_due()).bundles == 1

    feed_server.set("/feed", rss(numbered_items(3)))
    clock.advance(3600)
    await core.watcher.check_due()
    await core.feeds.set_schedule(OPERATOR, "console", "news", "1", "immediate")
    assert (await outbox.dispatch_due()).sent == 1


async def test_bad_schedules_say_what_is_wrong(core: Pollwatch, feed_server: FeedServer) -> None:
    url = feed_server.set("/feed", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url)
    for text, message in [
        ("daily 25:00", "not a time of day"),
        ("weekly someday 08:00", "not a day of the week"),
        ("daily 08:00 Mars/Olympus", "not a time zone"),
        ("hourly", "not a schedule"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            await core.feeds.set_schedule(OPERATOR, "console", "news", url, text)


# --- full text ----------------------------------------------------------------------------------

ARTICLE = (
    "<html><head><title>Transit poll</title></head><body><nav>Home | Archive | About</nav><article>"
    "<h1>Voters split on the transit levy</h1>"
    "<p>The Harborview University poll of 900 registered voters, taken last week, asked whether the county "
    "should raise the sales tax to pay for buses.</p>"
    "<p>A majority (56%) said yes, while 38% said no and the rest were unsure.</p>"
    "<p>Support was strongest among voters under 35, the pollsters said in their release.</p>"
    "</article><footer>All rights reserved</footer></body></html>"
)


async def test_teaser_entries_are_read_from_the_linked_page(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    core = await open_core(settings, clock, full_text="auto")
    try:
        article = feed_server.set("/article", ARTICLE, headers={"Content-Type": "text/html"})
        url = feed_server.set(
            "/feed",
            rss(
                [{"title": "Transit poll", "guid": "t1", "link": article, "description": "Voters split on …"}]
            ),
        )
        await core.feeds.add(OPERATOR, "console", "news", url)
        [delivery] = await core.storage.deliveries.all()
        post = await core.storage.posts.get(delivery.post_id)
        assert post is not None
        assert "A majority (56%) said yes" in post.text
        assert [f.value for f in post.extraction.figures] == [56, 38]
        assert "56%" in post.summary
    finally:
        await core.close()


async def test_a_linked_page_that_times_out_keeps_the_feed_text(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    core = await open_core(settings, clock, full_text="auto", fetch_timeout=0.5)
    try:
        article = feed_server.set("/slow-article", ARTICLE, headers={"Content-Type": "text/html"}, delay=2.0)
        url = feed_server.set(
            "/feed",
            rss([{"title": "Teaser", "guid": "t1", "link": article, "description": "Short teaser …"}]),
        )
        await core.feeds.add(OPERATOR, "console", "news", url)
        [delivery] = await core.storage.deliveries.all()
        post = await core.storage.posts.get(delivery.post_id)
        assert post is not None and post.text == "Short teaser …"
    finally:
        await core.close()


# --- health --------------------------------------------------------------------------------------


async def test_failing_feed_is_paused_with_one_notice_then_resumed(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    core = await open_core(settings, clock, pause_after_failures=3)
    try:
        url = feed_server.set("/feed", rss(numbered_items(1), title="Poll Desk"))
        await core.feeds.add(OPERATOR, "console", "news", url)
        await core.feeds.add(OPERATOR, "console", "other", url)
        feed_server.set("/feed", "down", status=500)
        for _ in range(6):
            clock.advance(86400)
            await core.watcher.check_due()
        feed = await core.storage.feeds.get_by_url(url)
        assert feed is not None and feed.status == "paused" and feed.failures == 3
        assert feed_server.hits["/feed"] == 1 + 3  # the add, then three failures; paused feeds aren't checked
        notices = await core.storage.notices.all()
        assert sorted(n[1] for n in notices) == ["news", "other"]  # one per channel, once
        assert "failed 3 times in a row" in notices[0][2] and "500" in notices[0][2]

        out = io.StringIO()
        outbox = Outbox(core.storage, {"console": ConsoleAdapter(out)}, clock=clock)
        assert (await outbox.dispatch_due()).notices == 2
        assert (await outbox.dispatch_due()).notices == 0

        feed_server.set("/feed", rss(numbered_items(2), title="Poll Desk"))
        resumed = await core.feeds.resume(OPERATOR, "console", "news", url)
        assert resumed.status == "active"
        [outcome] = await core.watcher.check_due()
        assert outcome.status == "new"
        assert len(await core.storage.notices.all()) == 2  # recovery makes no noise
    finally:
        await core.close()


async def test_a_channel_has_a_feed_cap(settings: Settings, clock: Clock, feed_server: FeedServer) -> None:
    core = await open_core(settings, clock, max_feeds_per_channel=1)
    try:
        await core.feeds.add(OPERATOR, "console", "news", feed_server.set("/a", rss(numbered_items(1))))
        with pytest.raises(InvalidInput, match="already follows 1 feeds"):
            await core.feeds.add(OPERATOR, "console", "news", feed_server.set("/b", rss(numbered_items(1))))
        await core.feeds.add(OPERATOR, "console", "elsewhere", feed_server.url("/b"))
    finally:
        await core.close()


async def test_hourly_cap_folds_the_overflow_into_one_bundle(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/feed", rss(numbered_items(5)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=5)
    out = io.StringIO()
    outbox = Outbox(core.storage, {"console": ConsoleAdapter(out)}, clock=clock, max_per_hour=2)
    report = await outbox.dispatch_due()
    assert report.sent == 5 and report.bundles == 1  # one post alone, four folded into one message
    assert "4 more posts" in out.getvalue()

    feed_server.set("/feed", rss(numbered_items(6)))
    clock.advance(1200)  # the feed is due again (15-minute interval), still within the hour
    await core.watcher.check_due()
    report = await outbox.dispatch_due()
    assert report.sent == 0 and report.deferred == 1  # the channel had its two messages this hour
    assert (await outbox.dispatch_due()).sent == 0
    clock.advance(2400)  # the hour since the first message is over
    assert (await outbox.dispatch_due()).sent == 1


async def test_any_link_can_be_summarised_with_its_poll_figures(
    core: Pollwatch, feed_server: FeedServer
) -> None:
    page = feed_server.set("/story", ARTICLE, headers={"Content-Type": "text/html; charset=utf-8"})
    digest = await core.summarize_url(page)
    assert digest.title == "Transit poll"
    assert "56%" in digest.summary
    assert [f.value for g in digest.groups for f in g.figures] == [56, 38]
    with pytest.raises(InvalidInput, match="local files"):
        await core.summarize_url("file:///etc/passwd")
    feed_server.set("/empty", "", headers={"Content-Type": "text/html"})
    with pytest.raises(FeedError, match="empty page"):
        await core.summarize_url(feed_server.url("/empty"))
