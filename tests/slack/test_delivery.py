"""Digests through the core's outbox into the Slack stand-in: blocks, parking, rate limits."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from adapters.slack import blocks as bk
from adapters.slack.adapter import SlackAdapter
from adapters.slack.server import SlackService
from bot.config import Settings
from bot.core import Pollwatch
from bot.models import Digest, DigestBundle, Figure, FigureGroup, PollMeta
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.storage.notices import queue_notice
from tests.pg_server import both_backends
from tests.slack.conftest import ADMIN, CHANNEL, SAMPLE_FEED
from tests.slack.standin import SlackStandin
from tests.support import Clock, FeedServer, rss, with_settings


async def subscribe(core: Pollwatch, feed_server: FeedServer, backfill: int = 2) -> None:
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=backfill)


@both_backends
async def test_digests_arrive_as_blocks_and_are_not_sent_twice(
    core: Pollwatch, slack: SlackService, outbox: Outbox, standin: SlackStandin, feed_server: FeedServer
) -> None:
    await subscribe(core, feed_server, backfill=5)
    report = await outbox.dispatch_due()
    assert report.sent == 5
    posts = standin.of("chat.postMessage")
    assert len(posts) == 5
    blocks = posts[0].json("blocks")
    assert posts[0].params["channel"] == CHANNEL
    assert blocks[0]["type"] == "section" and blocks[0]["text"]["text"].startswith("*<https://example.org/")
    assert blocks[1]["type"] == "context"
    assert "The Pollwatch Sampler" in blocks[1]["elements"][0]["text"]
    everything = json.dumps([p.json("blocks") for p in posts])
    assert "Pollster:" in everything and "%*" in everything  # the figures table and its pollster
    assert all(len(p.json("blocks")) <= bk.MAX_BLOCKS for p in posts)
    assert posts[0].json("metadata")["event_payload"]["delivery_id"] > 0
    # The reference kept for threads and edits is channel:ts.
    refs = {d.message_ref for d in await core.storage.deliveries.all()}
    assert all(r and r.startswith(f"{CHANNEL}:1800000000.") for r in refs)
    # Delivered is delivered: the next turn sends nothing.
    assert (await outbox.dispatch_due()).sent == 0
    assert len(standin.of("chat.postMessage")) == 5


async def test_not_in_channel_parks_and_tells_the_admins_once(
    core: Pollwatch, standin: SlackStandin, feed_server: FeedServer, slack_settings: Settings, clock: Clock
) -> None:
    service = SlackService(core, with_settings(slack_settings, slack_admin_ids=(ADMIN,)))
    await service.start()
    try:
        outbox = Outbox(core.storage, {"slack": service.adapter}, clock=clock)
        await subscribe(core, feed_server)
        standin.closed_channels[CHANNEL] = "not_in_channel"
        report = await outbox.dispatch_due()
        assert report.parked == 2 and report.sent == 0
        statuses = [d.status for d in await core.storage.deliveries.all()]
        assert statuses == ["parked", "parked"]
        # Two failed posts to the channel, one DM to the configured admin.
        dms = [c for c in standin.of("chat.postMessage") if c.params["channel"] == ADMIN]
        assert len(dms) == 1 and f"<#{CHANNEL}>" in dms[0].params["text"]
    finally:
        await service.stop()


async def test_rate_limit_is_waited_out_and_the_message_posted_once(
    core: Pollwatch, slack: SlackService, outbox: Outbox, standin: SlackStandin, feed_server: FeedServer
) -> None:
    await subscribe(core, feed_server, backfill=1)
    standin.rate_limit("chat.postMessage", retry_after=1)
    report = await outbox.dispatch_due()
    assert report.sent == 1 and report.retried == 0
    posts = standin.of("chat.postMessage")
    assert len(posts) == 2  # the 429, then the one that landed
    assert posts[1].at - posts[0].at >= 0.95  # Retry-After: 1 was honoured
    [delivery] = await core.storage.deliveries.all()
    assert delivery.status == "sent"


async def test_a_long_rate_limit_is_left_to_the_outbox_retry(
    core: Pollwatch, slack: SlackService, outbox: Outbox, standin: SlackStandin, feed_server: FeedServer
) -> None:
    await subscribe(core, feed_server, backfill=1)
    standin.rate_limit("chat.postMessage", retry_after=3600)
    report = await outbox.dispatch_due()
    assert report.retried == 1 and report.sent == 0
    [delivery] = await core.storage.deliveries.all()
    assert delivery.status == "pending" and "rate limited" in (delivery.last_error or "")


def _digest(post_id: int, questions: int = 1) -> Digest:
    groups = tuple(
        FigureGroup(
            id=f"g{q}",
            question=f"Question {q} " + "x" * 200,
            population="registered voters",
            pollster="YouGov",
            quote="",
            figures=(
                Figure(60, 0, 2, f"g{q}", f"Question {q}", "Yes", "registered voters"),
                Figure(30, 0, 2, f"g{q}", f"Question {q}", "No", "registered voters"),
            ),
        )
        for q in range(questions)
    )
    return Digest(
        post_id=post_id,
        title="T" * 400,
        link="https://example.org/p",
        feed_title="Feed",
        published_at=datetime(2026, 3, 2, tzinfo=UTC),
        summary="word " * 1000,
        groups=groups,
        meta=PollMeta(pollster="YouGov", sample_size=1500),
    )


def test_digest_blocks_are_trimmed_within_slack_limits() -> None:
    blocks = bk.digest_blocks(_digest(1, questions=40))
    assert len(blocks) <= bk.DIGEST_BLOCKS
    for block in blocks:
        text = block.get("text", {}).get("text", "")
        assert len(text) <= bk.MAX_SECTION
    assert any("more questions" in json.dumps(b) for b in blocks)
    assert blocks[2]["text"]["text"].endswith("…")  # the summary, cut on a word


def test_a_big_bundle_is_split_never_dropped() -> None:
    bundle = DigestBundle(
        "Daily digest: Feed", None, datetime(2026, 3, 2, tzinfo=UTC), tuple(_digest(i, 5) for i in range(20))
    )
    messages = bk.bundle_messages(bundle)
    assert len(messages) > 1
    assert all(len(m) <= bk.MAX_BLOCKS for m in messages)
    titles = [b for m in messages for b in m if b["type"] == "divider"]
    assert len(titles) == 20


async def test_bundle_continuations_go_in_the_thread(slack: SlackService, standin: SlackStandin) -> None:
    adapter: SlackAdapter = slack.adapter
    bundle = DigestBundle(
        "Daily digest: Feed", None, datetime(2026, 3, 2, tzinfo=UTC), tuple(_digest(i, 5) for i in range(20))
    )
    ref = await adapter.send_bundle(CHANNEL, bundle, delivery_id=1)
    posts = standin.of("chat.postMessage")
    assert len(posts) > 1
    assert "thread_ts" not in posts[0].params
    assert {p.params["thread_ts"] for p in posts[1:]} == {ref.split(":", 1)[1]}


async def add_feed(core: Pollwatch, feed_server: FeedServer, name: str) -> None:
    """Another feed in the channel: one new post, one new delivery."""
    items = [{"title": f"{name} post", "guid": f"{name}-1", "link": f"https://example.org/{name}/1"}]
    url = feed_server.set(f"/{name}.xml", rss(items, title=name))
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=1)


def admin_dms(standin: SlackStandin) -> list[str]:
    return [str(c.params["text"]) for c in standin.of("chat.postMessage") if c.params["channel"] == ADMIN]


@both_backends
async def test_the_admins_are_told_once_across_restarts_and_again_after_the_channel_worked(
    core: Pollwatch, standin: SlackStandin, feed_server: FeedServer, slack_settings: Settings, clock: Clock
) -> None:
    settings = with_settings(slack_settings, slack_admin_ids=(ADMIN,))
    service = SlackService(core, settings)
    await service.start()
    await subscribe(core, feed_server)
    standin.closed_channels[CHANNEL] = "not_in_channel"
    report = await Outbox(core.storage, {"slack": service.adapter}, clock=clock).dispatch_due()
    assert report.parked == 2
    assert len(admin_dms(standin)) == 1 and "not_in_channel" in admin_dms(standin)[0]
    await service.stop()
    await core.close()

    # A new process: the channel still refuses, a new post is parked, and the admins are not told again.
    core2 = await Pollwatch.open(settings, clock=clock)
    service2 = SlackService(core2, settings)
    await service2.start()
    try:
        outbox = Outbox(core2.storage, {"slack": service2.adapter}, clock=clock)
        await add_feed(core2, feed_server, "second")
        assert (await outbox.dispatch_due()).parked == 1
        assert len(admin_dms(standin)) == 1

        # Invited: the next post goes out (the parked ones stay parked, nothing is posted twice).
        del standin.closed_channels[CHANNEL]
        await add_feed(core2, feed_server, "third")
        report = await outbox.dispatch_due()
        assert (report.sent, report.parked) == (1, 0)
        # Removed again later: that is news, and the admins hear it once more.
        standin.closed_channels[CHANNEL] = "channel_not_found"
        await add_feed(core2, feed_server, "fourth")
        await add_feed(core2, feed_server, "fifth")
        assert (await outbox.dispatch_due()).parked == 2
        dms = admin_dms(standin)
        assert len(dms) == 2 and "channel_not_found" in dms[1]
        statuses = [d.status for d in await core2.storage.deliveries.all()]
        assert statuses == ["parked"] * 3 + ["sent"] + ["parked"] * 2
    finally:
        await service2.stop()
        await core2.close()


async def test_a_notice_for_a_parked_channel_goes_to_the_admins(
    core: Pollwatch, standin: SlackStandin, slack_settings: Settings, clock: Clock
) -> None:
    service = SlackService(core, with_settings(slack_settings, slack_admin_ids=(ADMIN,)))
    await service.start()
    try:
        async with core.storage.db.transaction() as tx:
            await queue_notice(tx, "slack", CHANNEL, "Feed “Sampler” paused after 5 failures.", clock())
        standin.closed_channels[CHANNEL] = "not_in_channel"
        outbox = Outbox(core.storage, {"slack": service.adapter}, clock=clock)
        await outbox.dispatch_due()
        [dm] = admin_dms(standin)
        assert f"<#{CHANNEL}>" in dm and "paused after 5 failures" in dm
        # Sent once: the notice is not retried into the channel, nor forwarded again.
        await outbox.dispatch_due()
        assert len(admin_dms(standin)) == 1
        assert [n[3] for n in await core.storage.notices.all()] == ["failed"]
    finally:
        await service.stop()


async def test_ephemeral_answers_in_a_private_channel_do_not_alarm_the_admins(
    core: Pollwatch, standin: SlackStandin, slack_settings: Settings
) -> None:
    service = SlackService(core, with_settings(slack_settings, slack_admin_ids=(ADMIN,)))
    await service.start()
    try:
        standin.closed_channels["GPRIVATE"] = "channel_not_found"
        for _ in range(3):
            await service.adapter.ephemeral("GPRIVATE", "U0MEMBER", "Your vote is recorded.")
        # Each answer went to the member's DM instead; no admin heard of it.
        to_member = [c for c in standin.of("chat.postMessage") if c.params["channel"] == "U0MEMBER"]
        assert len(to_member) == 3 and admin_dms(standin) == []
    finally:
        await service.stop()


async def test_an_ephemeral_answer_to_someone_outside_the_channel_goes_to_their_dm(
    slack: SlackService, standin: SlackStandin
) -> None:
    # Slack shows an ephemeral message only to a member of the channel (e.g. a click from a shared thread).
    standin.members[CHANNEL] = {ADMIN}
    await slack.adapter.ephemeral(CHANNEL, "U0MEMBER", "Your vote is recorded.")
    [refused] = standin.of("chat.postEphemeral")
    assert refused.params["user"] == "U0MEMBER"
    [dm] = standin.of("chat.postMessage")
    assert dm.params["channel"] == "U0MEMBER" and dm.params["text"] == "Your vote is recorded."
