"""Poll results go out through the outbox: queued by the close itself, retried like a digest, posted once
even when the process dies right after the close, and posted again when a moderator asks."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from adapters.slack.server import SlackService
from bot.config import Settings
from bot.core import Pollwatch
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.polls.models import Poll
from tests.pg_server import both_backends
from tests.slack.conftest import CHANNEL, MODERATOR, SignedSlack
from tests.slack.standin import SlackStandin
from tests.support import Clock


def results_posts(standin: SlackStandin) -> list[str]:
    return [
        m.ts
        for m in standin.posted(CHANNEL)
        if m.metadata and m.metadata.get("event_type") == "pollwatch_results"
    ]


async def open_poll(core: Pollwatch, service: SlackService, clock: Clock) -> Poll:
    poll = await core.polls.start(
        OPERATOR,
        "slack",
        CHANNEL,
        now=datetime.fromtimestamp(clock(), UTC),
        question="Should the city build the tram?",
        options=["Yes", "No"],
        duration=timedelta(hours=1),
    )
    ref = await service.adapter.post_poll(poll)
    await core.polls.set_message_ref(poll.id, ref)
    return await core.polls.get(poll.id)


@both_backends
async def test_results_survive_a_crash_right_after_the_close(
    core: Pollwatch, standin: SlackStandin, slack_settings: Settings, clock: Clock
) -> None:
    service = SlackService(core, slack_settings)
    await service.start()
    poll = await open_poll(core, service, clock)
    clock.advance(3601)
    # The timer closes the poll; the process dies before any adapter sends the results.
    [closed] = await core.polls.close_due(datetime.fromtimestamp(clock(), UTC))
    assert closed.closed_now
    await service.stop()
    await core.close()
    assert results_posts(standin) == []

    core2 = await Pollwatch.open(slack_settings, clock=clock)
    service2 = SlackService(core2, slack_settings)
    await service2.start()
    try:
        outbox = Outbox(core2.storage, {"slack": service2.adapter}, clock=clock, polls=core2.polls)
        assert (await outbox.dispatch_due()).notices == 1
        assert len(results_posts(standin)) == 1
        # In the poll's thread, and the poll message shows it closed.
        [results] = [m for m in standin.posted(CHANNEL) if m.ts == results_posts(standin)[0]]
        assert results.thread_ts == (poll.message_ref or "").split(":", 1)[1]
        assert "Closed at" in json.dumps(standin.posted(CHANNEL)[0].blocks)
        # Once: later turns send nothing more.
        await outbox.dispatch_due()
        clock.advance(3600)
        await outbox.dispatch_due()
        assert len(results_posts(standin)) == 1
    finally:
        await service2.stop()
        await core2.close()


async def test_a_moderators_close_whose_results_fail_is_retried_like_a_digest(
    core: Pollwatch, slack: SlackService, signed: SignedSlack, standin: SlackStandin, clock: Clock
) -> None:
    poll = await open_poll(core, slack, clock)
    standin.fail("chat.postMessage", "internal_error")
    await signed.command(f"polls close {poll.id}", MODERATOR)
    [reply] = await standin.wait_for("response_url")
    assert "is closed" in str(reply.params["text"])
    assert results_posts(standin) == []  # the send failed: the row waits for its retry
    [(status, _)] = await core.storage.notices.results_rows(poll.id)
    assert status == "pending"
    outbox = Outbox(core.storage, {"slack": slack.adapter}, clock=clock, polls=core.polls)
    clock.advance(3600)
    assert (await outbox.dispatch_due()).notices == 1
    assert len(results_posts(standin)) == 1


async def test_a_moderator_reposts_the_results(
    core: Pollwatch, slack: SlackService, signed: SignedSlack, standin: SlackStandin, clock: Clock
) -> None:
    poll = await open_poll(core, slack, clock)
    await signed.command(f"polls repost {poll.id}", MODERATOR)
    [refused] = await standin.wait_for("response_url")
    assert "still open" in str(refused.params["text"])
    await signed.command(f"polls close {poll.id}", MODERATOR)
    await standin.wait_for("response_url", 2)
    assert len(results_posts(standin)) == 1
    await signed.command(f"polls repost {poll.id}", MODERATOR)
    [*_, done] = await standin.wait_for("response_url", 3)
    assert "again" in str(done.params["text"])
    assert len(results_posts(standin)) == 2
    assert [s for s, _ in await core.storage.notices.results_rows(poll.id)] == ["sent", "sent"]


@both_backends
async def test_results_that_reached_the_thread_before_a_crash_are_not_posted_twice(
    core: Pollwatch, slack: SlackService, standin: SlackStandin, clock: Clock
) -> None:
    poll = await open_poll(core, slack, clock)
    clock.advance(3601)
    await core.polls.close_due(datetime.fromtimestamp(clock(), UTC))
    outbox = Outbox(core.storage, {"slack": slack.adapter}, clock=clock, polls=core.polls)
    standin.hang("chat.postMessage")  # Slack takes the results; the process dies before the answer
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(outbox.dispatch_due(), 3)
    assert len(results_posts(standin)) == 1
    [(status, _)] = await core.storage.notices.results_rows(poll.id)
    assert status == "sending"

    clock.advance(121)  # the claim's lease runs out; the next pass looks in the poll's thread first
    assert (await outbox.dispatch_due()).notices == 1
    assert [c.params["ts"] for c in standin.of("conversations.replies")] == [
        (poll.message_ref or "").split(":", 1)[1]
    ]
    assert len(results_posts(standin)) == 1
    [(status, ref)] = await core.storage.notices.results_rows(poll.id)
    assert status == "sent" and ref == f"{CHANNEL}:{results_posts(standin)[0]}"
