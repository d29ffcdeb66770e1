"""Feed and extracted text never pings anyone on Slack: every message kind escapes it (``&``, ``<``, ``>``)
in the top-level ``text`` (which drives notifications) as well as in the blocks."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from adapters.slack.server import SlackService
from bot.core import Pollwatch
from bot.models import DigestBundle
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.storage.notices import queue_notice
from tests.slack.conftest import CHANNEL, MEMBER, SignedSlack
from tests.slack.standin import Call, SlackStandin
from tests.support import Clock, FeedServer, rss

NASTY = "@everyone @here <@&1> <!channel> <!everyone> <@U1> [x](http://e) <http://e|x>"
# What Slack would turn into a ping or a disguised link if it reached a message unescaped.
LIVE = ("<!channel>", "<!everyone>", "<!here>", "<@U1>", "<@&1>", "<http://e|x>", "<http://e")


def strings(value: Any) -> list[str]:
    """Every text Slack parses for mentions and links (plain_text objects show their text as it is)."""
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return [value]
        return strings(decoded) if isinstance(decoded, list | dict) else [value]
    if isinstance(value, dict):
        if value.get("type") == "plain_text":
            return []
        return [
            s for k, v in value.items() if k not in ("value", "action_id", "block_id") for s in strings(v)
        ]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def assert_nothing_live(call: Call) -> None:
    texts = strings({k: call.params.get(k) for k in ("text", "blocks")})
    assert texts, call
    assert any("&lt;!channel&gt;" in t or "&lt;@U1&gt;" in t for t in texts), texts  # the words are there
    for text in texts:
        for token in LIVE:
            assert token not in text, (call.method, token, text)


def nasty_feed(feed_server: FeedServer) -> str:
    items = [
        {
            "title": f"Post {NASTY}",
            "guid": "urn:nasty:1",
            "link": "https://example.org/nasty",
            "description": f"<p>{NASTY} says 60% of voters. {NASTY}</p>",
        }
    ]
    return feed_server.set("/nasty.xml", rss(items, title=f"Feed {NASTY}"))


async def test_a_digest_escapes_feed_text_everywhere(
    core: Pollwatch, slack: SlackService, outbox: Outbox, standin: SlackStandin, feed_server: FeedServer
) -> None:
    await core.feeds.add(OPERATOR, "slack", CHANNEL, nasty_feed(feed_server), backfill=1)
    await outbox.dispatch_due()
    [post] = standin.of("chat.postMessage")
    assert_nothing_live(post)


async def test_a_bundle_escapes_feed_text_everywhere(
    core: Pollwatch, slack: SlackService, outbox: Outbox, standin: SlackStandin, feed_server: FeedServer
) -> None:
    await core.feeds.add(OPERATOR, "slack", CHANNEL, nasty_feed(feed_server), backfill=1)
    [delivery] = await core.storage.deliveries.all()
    post = await core.storage.posts.get(delivery.post_id)
    assert post is not None
    from bot.digest import build_digest

    digest = build_digest(post, await core.storage.feeds.get(post.feed_id))
    bundle = DigestBundle(f"Daily digest: Feed {NASTY}", None, datetime(2026, 3, 2, tzinfo=UTC), (digest,))
    await slack.adapter.send_bundle(CHANNEL, bundle, delivery_id=delivery.id)
    [sent] = standin.of("chat.postMessage")
    assert_nothing_live(sent)


async def test_a_notice_escapes_the_feed_title(
    core: Pollwatch, slack: SlackService, outbox: Outbox, standin: SlackStandin, clock: Clock
) -> None:
    async with core.storage.db.transaction() as tx:
        await queue_notice(tx, "slack", CHANNEL, f"Feed “{NASTY}” paused after 5 failures.", clock())
    await outbox.dispatch_due()
    [notice] = standin.of("chat.postMessage")
    assert_nothing_live(notice)


async def test_poll_messages_results_and_vote_answers_escape_the_question_and_options(
    core: Pollwatch, slack: SlackService, signed: SignedSlack, standin: SlackStandin, clock: Clock
) -> None:
    now = datetime.fromtimestamp(clock(), UTC)
    poll = await core.polls.start(
        OPERATOR,
        "slack",
        CHANNEL,
        now=now,
        question=NASTY,
        options=["<!channel> yes", "<@U1> no [x](http://e)"],
        duration=timedelta(hours=1),
        hide_results=False,
    )
    ref = await slack.adapter.post_poll(poll)
    await core.polls.set_message_ref(poll.id, ref)
    [message] = standin.of("chat.postMessage")
    assert_nothing_live(message)

    await signed.click(MEMBER, poll.id, 0)
    [answer] = await standin.wait_for("chat.postEphemeral")
    assert "<!channel>" not in str(answer.params["text"]) and "&lt;!channel&gt;" in str(answer.params["text"])

    clock.advance(3601)
    await core.polls.close_due(datetime.fromtimestamp(clock(), UTC))
    outbox = Outbox(core.storage, {"slack": slack.adapter}, clock=clock, polls=core.polls)
    await outbox.dispatch_due()
    [update] = standin.of("chat.update")
    assert_nothing_live(update)
    [_, results] = standin.of("chat.postMessage")
    assert_nothing_live(results)


async def test_the_summary_reply_escapes_the_page(
    signed: SignedSlack, standin: SlackStandin, feed_server: FeedServer
) -> None:
    body = "".join(f"<p>Paragraph {i}: {NASTY} and a poll finds 60% agree with it.</p>" for i in range(4))
    page = f"<html><head><title>{NASTY}</title></head><body><article><h1>{NASTY}</h1>{body}</article></body></html>"
    url = feed_server.set("/page", page, headers={"Content-Type": "text/html; charset=utf-8"})
    await signed.command(f"summary <{url}>", MEMBER)
    [reply] = await standin.wait_for("response_url", within=10)
    assert_nothing_live(reply)
