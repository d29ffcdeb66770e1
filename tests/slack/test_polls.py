"""Reader polls on Slack, end to end through signed requests: the modal, votes, acks, restarts, the close."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from adapters.runtime import announce_closed_polls
from adapters.slack.server import SlackService
from bot.config import Settings
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from bot.polls.models import Poll
from tests.pg_server import both_backends
from tests.slack.conftest import ADMIN, CHANNEL, MEMBER, MODERATOR, SAMPLE_FEED, SignedSlack
from tests.slack.standin import SlackStandin
from tests.support import Clock, FeedServer


def now(clock: Clock) -> datetime:
    return datetime.fromtimestamp(clock.now, UTC)


async def first_question(core: Pollwatch, feed_server: FeedServer) -> str:
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=5)
    for question in await core.polls.questions("slack", CHANNEL):
        if len((await core.polls.draft_from_question(OPERATOR, question.id)).options) >= 2:
            return question.id
    raise AssertionError("the sample feed has no question with two answers")


def form_values(
    question: str, options: list[str], duration: str = "1h", live: bool = False
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "question": {"question": {"type": "plain_text_input", "value": question}},
        "options": {"options": {"type": "plain_text_input", "value": "\n".join(options)}},
        "duration": {"duration": {"type": "plain_text_input", "value": duration}},
        "settings": {
            "settings": {"type": "checkboxes", "selected_options": [{"value": "live"}] if live else []}
        },
    }
    return values


async def start_poll(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, qid: str, *, options: list[str] | None = None
) -> Poll:
    await signed.command(f"polls start {qid}", MODERATOR)
    [opened] = await standin.wait_for("views.open")
    view = opened.json("view")
    values = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    question = values["question"]["initial_value"]
    prefilled = values["options"]["initial_value"].splitlines()
    answer = await signed.submit(MODERATOR, view, form_values(question, options or prefilled))
    assert answer.status == 200 and answer.text == ""
    posts = await standin.wait_for("chat.postMessage")
    assert posts[-1].params["channel"] == CHANNEL
    [poll] = await core.polls.polls("slack", CHANNEL)
    for _ in range(100):  # the message ref is saved right after the post
        poll = await core.polls.get(poll.id)
        if poll.message_ref:
            break
        await asyncio.sleep(0.01)
    return poll


async def test_moderator_opens_a_prefilled_modal_and_starts_a_poll(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    qid = await first_question(core, feed_server)
    draft = await core.polls.draft_from_question(OPERATOR, qid)
    answer = await signed.command(f"polls start {qid}", MODERATOR)
    assert answer.status == 200 and answer.text == ""
    [opened] = await standin.wait_for("views.open")
    assert opened.params["trigger_id"].endswith(".trigger")
    view = opened.json("view")
    fields = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert fields["question"]["initial_value"] == draft.question
    assert fields["options"]["initial_value"].splitlines() == list(draft.options)
    assert fields["duration"]["initial_value"] == "1d"

    # Bad input comes back as field errors, and nothing is started.
    bad = await signed.submit(MODERATOR, view, form_values("", ["Only one"], duration="soon"))
    assert bad.status == 200
    errors = bad.json()
    assert errors["response_action"] == "errors"
    assert set(errors["errors"]) == {"question", "options", "duration"}
    assert "2 to 10 options" in errors["errors"]["options"]
    too_long = await signed.submit(MODERATOR, view, form_values("Q?", ["Yes", "x" * 80]))
    assert "at most 75 characters" in too_long.json()["errors"]["options"]
    assert await core.polls.polls("slack", CHANNEL) == []

    good = await signed.submit(MODERATOR, view, form_values(draft.question, list(draft.options)))
    assert good.status == 200 and good.text == ""
    [post] = await standin.wait_for("chat.postMessage")
    blocks = post.json("blocks")
    [poll] = await core.polls.polls("slack", CHANNEL)
    [actions] = [b for b in blocks if b.get("block_id") == f"poll:{poll.id}"]
    assert [e["action_id"] for e in actions["elements"]] == [
        f"poll_vote:{poll.id}:{i}" for i in range(len(draft.options))
    ]
    assert [e["value"] for e in actions["elements"]] == [f"{poll.id}:{i}" for i in range(len(draft.options))]
    assert [e["text"]["text"] for e in actions["elements"]] == list(draft.options)
    assert "hidden until it closes" in json.dumps(blocks)
    assert poll.spec.references  # compared with the published figures at the close

    # Same question again while it runs: the core's refusal lands on the question field.
    again = await signed.submit(MODERATOR, view, form_values(draft.question, list(draft.options)))
    assert "still open" in again.json()["errors"]["question"]


async def test_members_cannot_start_polls(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    qid = await first_question(core, feed_server)
    await signed.command(f"polls start {qid}", MEMBER)
    [reply] = await standin.wait_for("response_url")
    assert "only moderators can start polls" in reply.params["text"]
    assert standin.of("views.open") == []


async def test_clicks_vote_change_and_repeat(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["Yes", "No", "Not sure"]
    )
    standin.calls.clear()
    for option in (0, 0, 1):
        answer = await signed.click(MEMBER, poll.id, option)
        assert answer.status == 200
    confirmations = await standin.wait_for("chat.postEphemeral", 3)
    texts = [c.params["text"] for c in confirmations]
    assert all(c.params["user"] == MEMBER and c.params["channel"] == CHANNEL for c in confirmations)
    assert "recorded" in texts[0] and "nothing changed" in texts[1] and "is now “No”" in texts[2]
    results = await core.polls.results(OPERATOR, poll.id, now=now(clock))
    assert [o.votes for o in results.options] == [0, 1, 0]
    assert standin.of("users.info") == []  # voting needs no role lookup


@both_backends
async def test_two_hundred_members_are_counted_exactly(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["Yes", "No", "Not sure"]
    )
    standin.calls.clear()
    users = [f"U{i:04d}" for i in range(200)]
    first = [signed.click(u, poll.id, i % 3) for i, u in enumerate(users)]
    answers = await asyncio.gather(*first)
    # Every 4th member clicks the same button again; every 5th changes to "No".
    # The repeats land before the changes: one member's two clicks racing each other have no defined winner.
    # A click is acked before its vote is stored, so each round waits for the last one's confirmations.
    await standin.wait_for("chat.postEphemeral", len(answers), within=20)
    answers += await asyncio.gather(
        *[signed.click(u, poll.id, i % 3) for i, u in enumerate(users) if i % 4 == 0]
    )
    await standin.wait_for("chat.postEphemeral", len(answers), within=20)
    answers += await asyncio.gather(*[signed.click(u, poll.id, 1) for i, u in enumerate(users) if i % 5 == 0])
    assert {a.status for a in answers} == {200}
    await standin.wait_for("chat.postEphemeral", len(answers), within=20)
    expected = {0: 0, 1: 0, 2: 0}
    for i in range(200):
        expected[1 if i % 5 == 0 else i % 3] += 1
    results = await core.polls.results(OPERATOR, poll.id, now=now(clock))
    assert {o.index: o.votes for o in results.options} == expected
    assert results.n == 200


async def test_a_slow_handler_still_acks_within_three_seconds(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["Yes", "No"]
    )
    standin.slow("chat.postEphemeral", 3.5)
    answer = await signed.click(MEMBER, poll.id, 0)
    assert answer.status == 200
    assert answer.seconds < 1.0  # acked long before the confirmation could be sent
    await standin.wait_for("chat.postEphemeral", within=6)
    # A slash command whose work is slow (a feed that takes 3.5 s to answer) acks at once too.
    feed_server.set("/slow.xml", SAMPLE_FEED.read_bytes(), delay=3.5)
    answer = await signed.command(f"feeds add {feed_server.url('/slow.xml')}", ADMIN)
    assert answer.status == 200 and answer.seconds < 1.0
    await standin.wait_for("response_url", within=10)


@both_backends
async def test_clicks_on_an_old_poll_count_after_a_restart(
    signed: SignedSlack,
    standin: SlackStandin,
    core: Pollwatch,
    slack: SlackService,
    slack_settings: Settings,
    feed_server: FeedServer,
    clock: Clock,
) -> None:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["Yes", "No"]
    )
    await signed.click(MEMBER, poll.id, 0)
    await standin.wait_for("chat.postEphemeral")
    await slack.stop()
    await core.close()

    core2 = await Pollwatch.open(slack_settings, clock=clock)
    service = SlackService(core2, slack_settings)
    await service.start()
    try:
        signed2 = SignedSlack(f"http://127.0.0.1:{service.port}/slack/events", standin)
        await signed2.click(MODERATOR, poll.id, 1)
        await signed2.click(MEMBER, poll.id, 1)  # the member's earlier vote is remembered: a change
        confirmations = await standin.wait_for("chat.postEphemeral", 3)
        assert (
            "is now “No”" in confirmations[-1].params["text"]
            or "is now “No”" in confirmations[-2].params["text"]
        )
        results = await core2.polls.results(OPERATOR, poll.id, now=now(clock))
        assert [o.votes for o in results.options] == [0, 2]
    finally:
        await service.stop()
        await core2.close()


@both_backends
async def test_the_poll_closes_on_time_with_an_update_results_and_chart(
    signed: SignedSlack,
    standin: SlackStandin,
    core: Pollwatch,
    slack: SlackService,
    feed_server: FeedServer,
    clock: Clock,
) -> None:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["Yes", "No"]
    )
    channel, ts = (poll.message_ref or "").split(":", 1)
    for i in range(5):
        await signed.click(f"UV{i}", poll.id, i % 2)
    await standin.wait_for("chat.postEphemeral", 5)
    standin.calls.clear()

    await announce_closed_polls(core, {"slack": slack.adapter})  # not due yet
    assert standin.calls == []
    clock.advance(3601)
    await announce_closed_polls(core, {"slack": slack.adapter})

    [update] = standin.of("chat.update")
    assert (update.params["channel"], update.params["ts"]) == (channel, ts)
    updated = json.dumps(update.json("blocks"))
    assert "Closed at" in updated and "poll_vote" not in updated  # no more buttons
    [results] = standin.of("chat.postMessage")
    assert results.params["thread_ts"] == ts
    assert "Results of reader poll" in json.dumps(results.json("blocks"))
    assert "```" in json.dumps(results.json("blocks"))  # the comparison table
    methods = standin.methods()
    assert (
        methods.index("files.getUploadURLExternal")
        < methods.index("upload")
        < methods.index("files.completeUploadExternal")
    )
    [complete] = standin.of("files.completeUploadExternal")
    assert complete.params["channel_id"] == CHANNEL and complete.params["thread_ts"] == ts
    [upload] = standin.uploads.values()
    assert upload.startswith(b"\x89PNG")
    # Announced once: the next turn finds nothing to close.
    await announce_closed_polls(core, {"slack": slack.adapter})
    assert len(standin.of("chat.update")) == 1
    # A vote after the close is told so.
    await signed.click(MEMBER, poll.id, 0)
    [late] = await standin.wait_for("chat.postEphemeral")
    assert "closed" in late.params["text"]


async def test_moderator_closes_early_and_exports(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer
) -> None:
    poll = await start_poll(
        signed, standin, core, await first_question(core, feed_server), options=["Yes", "No"]
    )
    await signed.click(MEMBER, poll.id, 0)
    await standin.wait_for("chat.postEphemeral")
    await signed.command(f"polls close {poll.id}", MEMBER)
    [refused] = await standin.wait_for("response_url")
    assert "only moderators can close polls" in refused.params["text"]
    await signed.command(f"polls close {poll.id}", MODERATOR)
    [_, closed] = await standin.wait_for("response_url", 2)
    assert "is closed" in closed.params["text"]
    await standin.wait_for("files.completeUploadExternal")
    assert len(standin.of("chat.update")) == 1
    await signed.command(f"polls export {poll.id} csv", MODERATOR)
    [*_, exported] = await standin.wait_for("response_url", 3)
    assert "direct messages" in exported.params["text"]
    [*_, upload] = standin.uploads.values()
    assert b"Yes" in upload


async def test_live_results_refresh_the_message_once_per_burst(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, slack: SlackService, feed_server: FeedServer
) -> None:
    slack.voting.delay = 0.3
    qid = await first_question(core, feed_server)
    await signed.command(f"polls start {qid}", MODERATOR)
    [opened] = await standin.wait_for("views.open")
    view = opened.json("view")
    await signed.submit(MODERATOR, view, form_values("Live?", ["Yes", "No"], live=True))
    [post] = await standin.wait_for("chat.postMessage")
    assert "shown live" in json.dumps(post.json("blocks"))
    [poll] = await core.polls.polls("slack", CHANNEL)
    for _ in range(100):
        if (await core.polls.get(poll.id)).message_ref:
            break
        await asyncio.sleep(0.01)
    await asyncio.gather(*(signed.click(f"UL{i}", poll.id, i % 2) for i in range(6)))
    [update] = await standin.wait_for("chat.update", within=3)
    await asyncio.sleep(0.5)
    assert len(standin.of("chat.update")) == 1
    shown = json.dumps(update.json("blocks"))
    assert "Yes: *50%* (3)" in shown and "6 votes" in shown and "poll_vote" in shown
