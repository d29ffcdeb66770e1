"""Signed requests into the real AsyncApp (HTTP mode on loopback): verification, help, feed admin."""

from __future__ import annotations

import time

from adapters.slack.server import SlackService
from bot.core import Pollwatch
from bot.outbox import Outbox
from tests.slack.conftest import ADMIN, CHANNEL, MEMBER, OWNER, SAMPLE_FEED, SignedSlack, sign
from tests.slack.standin import SlackStandin, responses
from tests.support import FeedServer


async def test_bad_signature_is_rejected_and_nothing_runs(signed: SignedSlack, standin: SlackStandin) -> None:
    body = signed.command_body("feeds list", ADMIN)
    answer = await signed.post(body, signature=sign("not-the-secret", str(int(time.time())), body))
    assert answer.status == 401
    assert standin.calls == []


async def test_stale_timestamp_is_rejected(signed: SignedSlack, standin: SlackStandin) -> None:
    answer = await signed.command("feeds list", ADMIN, timestamp=int(time.time()) - 600)
    assert answer.status == 401
    assert standin.calls == []


async def test_help_and_unknown_commands_answer_in_the_ack(
    signed: SignedSlack, standin: SlackStandin
) -> None:
    answer = await signed.command("", MEMBER)
    assert answer.status == 200
    assert "/pollwatch <command>" in answer.message
    answer = await signed.command("frobnicate now", MEMBER)
    assert "I don't know the command `frobnicate`" in answer.message
    answer = await signed.command("polls close soon", MEMBER)
    assert "'soon' is not a poll number" in answer.message
    assert standin.calls == []  # parsing needs no Web API call


async def test_admin_adds_a_feed_and_the_digests_arrive(
    signed: SignedSlack, standin: SlackStandin, feed_server: FeedServer, core: Pollwatch, outbox: Outbox
) -> None:
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    answer = await signed.command(f"feeds add <{url}> backfill 2", ADMIN)
    assert answer.status == 200 and answer.text == ""  # acked at once; the answer follows
    [reply] = await standin.wait_for("response_url")
    assert reply.params["response_type"] == "ephemeral"
    assert "now follows *The Pollwatch Sampler*" in reply.params["text"]
    assert [c.params["user"] for c in standin.of("users.info")] == [ADMIN]
    [(subscription, feed)] = await core.storage.subscriptions.with_feeds("slack", CHANNEL)
    assert feed.url == url and subscription.backfill == 2

    await signed.command("feeds list", OWNER)  # owners are admins too
    [_, listing] = await standin.wait_for("response_url", 2)
    assert "The Pollwatch Sampler" in str(listing.params["blocks"])

    # The two backfilled posts go out through the outbox as Block Kit digests.
    assert (await outbox.dispatch_due()).sent == 2
    posts = standin.of("chat.postMessage")
    assert [p.params["channel"] for p in posts] == [CHANNEL, CHANNEL]
    assert all(p.json("blocks")[0]["text"]["text"].startswith("*<https://example.org/") for p in posts)


async def test_member_is_refused_with_a_clear_message(
    signed: SignedSlack, standin: SlackStandin, feed_server: FeedServer, core: Pollwatch
) -> None:
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    await signed.command(f"feeds add {url}", MEMBER)
    [reply] = await standin.wait_for("response_url")
    assert "only admins can add feeds" in reply.params["text"]
    assert reply.params["response_type"] == "ephemeral"
    assert feed_server.hits == {}
    assert await core.storage.subscriptions.with_feeds("slack", CHANNEL) == []
    await signed.command("polls questions", MEMBER)
    [_, reply] = await standin.wait_for("response_url", 2)
    assert "only moderators can" in reply.params["text"]


async def test_a_user_error_from_the_core_is_shown(signed: SignedSlack, standin: SlackStandin) -> None:
    await signed.command("feeds remove 42", ADMIN)
    [reply] = await standin.wait_for("response_url")
    assert "this channel has no feed '42'" in reply.params["text"]
    assert responses(standin.calls) == [reply.params["text"]]


async def test_roles_are_cached(signed: SignedSlack, standin: SlackStandin, slack: SlackService) -> None:
    for _ in range(3):
        await signed.command("feeds list", ADMIN)
    await standin.wait_for("response_url", 3)
    assert len(standin.of("users.info")) == 1
