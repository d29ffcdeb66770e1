"""What members do on a Slack poll besides clicking an option: say which subgroup describes them, and
withdraw a vote; all through signed requests, asserted on what the Web API stand-in received."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from adapters.runtime import announce_closed_polls
from adapters.slack.server import SlackService
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from bot.polls.models import Poll
from bot.polls.service import SUBGROUP_QUESTION
from tests.slack.conftest import CHANNEL, MEMBER, MODERATOR, SAMPLE_FEED, SignedSlack
from tests.slack.standin import SlackStandin
from tests.slack.test_polls import form_values, start_poll
from tests.support import Clock, FeedServer


def now(clock: Clock) -> datetime:
    return datetime.fromtimestamp(clock.now, UTC)


async def question_with_subgroups(core: Pollwatch, feed_server: FeedServer) -> str:
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=5)
    for question in await core.polls.questions("slack", CHANNEL):
        draft = await core.polls.draft_from_question(OPERATOR, question.id)
        if len(draft.options) >= 2 and len(draft.subgroup_options) >= 3:
            return question.id
    raise AssertionError("the sample feed has no question quoting two subgroups")


def with_subgroups(values: dict[str, Any], answers: list[str]) -> dict[str, Any]:
    values["settings"]["settings"]["selected_options"].append({"value": "subgroups"})
    values["subgroup_options"] = {
        "subgroup_options": {"type": "plain_text_input", "value": "\n".join(answers)}
    }
    return values


async def open_form(signed: SignedSlack, standin: SlackStandin, qid: str) -> dict[str, Any]:
    await signed.command(f"polls start {qid}", MODERATOR)
    [opened] = await standin.wait_for("views.open")
    view: dict[str, Any] = opened.json("view")
    return view


async def posted_poll(standin: SlackStandin, core: Pollwatch) -> tuple[Poll, list[dict[str, Any]]]:
    [post] = await standin.wait_for("chat.postMessage")
    [poll] = await core.polls.polls("slack", CHANNEL)
    return poll, post.json("blocks")


async def test_members_answer_the_subgroup_question_and_results_compare_by_subgroup(
    signed: SignedSlack,
    standin: SlackStandin,
    core: Pollwatch,
    slack: SlackService,
    feed_server: FeedServer,
    clock: Clock,
) -> None:
    qid = await question_with_subgroups(core, feed_server)
    draft = await core.polls.draft_from_question(OPERATOR, qid)
    view = await open_form(signed, standin, qid)

    # The modal offers the self-report question, prefilled from the subgroups the post quotes; unticked.
    fields = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert fields["subgroup_options"]["optional"] is True
    prefilled = fields["subgroup_options"]["element"]["initial_value"].splitlines()
    assert prefilled == list(draft.subgroup_options)
    choices = [o["value"] for o in fields["settings"]["element"]["options"]]
    assert choices == ["live", "subgroups"]
    assert SUBGROUP_QUESTION in json.dumps(view)

    # Ticked with a single answer: a field error, nothing started.
    bad = await signed.submit(MODERATOR, view, with_subgroups(form_values("Q?", ["Yes", "No"]), ["Only me"]))
    assert "2 to 10 answers" in bad.json()["errors"]["subgroup_options"]
    assert await core.polls.polls("slack", CHANNEL) == []

    answers = prefilled
    good = await signed.submit(
        MODERATOR, view, with_subgroups(form_values(draft.question, ["Yes", "No"]), answers)
    )
    assert good.status == 200 and good.text == ""
    poll, blocks = await posted_poll(standin, core)
    assert poll.spec.subgroup_question == SUBGROUP_QUESTION
    assert [o.label for o in poll.spec.subgroup_options] == answers
    # The message carries a menu to answer it, named by the poll, and a withdraw button.
    [more] = [b for b in blocks if b.get("block_id") == f"poll_more:{poll.id}"]
    menu, withdraw = more["elements"]
    assert menu["type"] == "static_select" and menu["action_id"] == f"poll_subgroup:{poll.id}"
    assert [o["text"]["text"] for o in menu["options"]] == answers
    assert [o["value"] for o in menu["options"]] == [f"{poll.id}:{i}" for i in range(len(answers))]
    assert withdraw["action_id"] == f"poll_withdraw:{poll.id}"
    assert SUBGROUP_QUESTION in json.dumps(blocks)
    for _ in range(100):
        if (await core.polls.get(poll.id)).message_ref:
            break
        await asyncio.sleep(0.01)
    standin.calls.clear()

    # Twelve members of the first subgroup: six pick it in the menu first, then click an option (the
    # menu's state rides with the click); six pick it and click without the state (remembered pick).
    big, small = answers[0], answers[1]
    for i in range(12):
        user = f"US{i:02d}"
        await signed.select_subgroup(user, poll.id, 0)
        option = 0 if i < 8 else 1
        if i % 2:
            await signed.click(user, poll.id, option, subgroup=0)
        else:
            await signed.click(user, poll.id, option)
    # Three of the second subgroup: too small to report. One of them clicks again without the menu
    # (its earlier answer is kept), changing the option.
    for i in range(3):
        await signed.click(f"UT{i}", poll.id, 1, subgroup=1)
    await signed.click("UT0", poll.id, 0)
    # A member who never answers the subgroup question still counts in the overall result.
    await signed.click(MEMBER, poll.id, 1)
    confirmations = await standin.wait_for("chat.postEphemeral", 12 + 12 + 3 + 1 + 1)
    texts = [c.params["text"] for c in confirmations]
    noted = next(c for c in confirmations if f"Noted: “{big}”" in c.params["text"])
    # The pick's confirmation offers the options right there (a click on one carries the pick along).
    [buttons] = [b for b in noted.json("blocks") if b["type"] == "actions"]
    assert [e["action_id"] for e in buttons["elements"]] == [f"poll_vote:{poll.id}:{i}" for i in (0, 1)]
    assert any(f"You describe yourself as “{small}”" in t for t in texts)

    standin.calls.clear()
    clock.advance(3601)
    await announce_closed_polls(core, {"slack": slack.adapter})
    [results] = standin.of("chat.postMessage")
    shown = json.dumps(results.json("blocks"), ensure_ascii=False)
    assert f"By answer to “{SUBGROUP_QUESTION}”" in shown
    assert f"{big} (12 votes)" in shown
    assert f"{small}: too few to report (fewer than 10 votes)" in shown

    tally = await core.storage.polls.tally(poll.id)
    assert tally.subgroup_votes[big] == {0: 8, 1: 4}
    assert tally.subgroup_votes[small] == {0: 1, 1: 2}  # UT0's later click kept its subgroup
    final = await core.polls.results(OPERATOR, poll.id, now=now(clock))
    assert final.n == 16
    by_label = {s.label: s for s in final.subgroups}
    assert by_label[big].n == 12 and not by_label[big].too_small
    assert by_label[small].too_small


async def test_a_member_withdraws_a_vote(
    signed: SignedSlack, standin: SlackStandin, core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_poll(
        signed, standin, core, await question_with_subgroups(core, feed_server), options=["Yes", "No"]
    )
    standin.calls.clear()
    await signed.click(MEMBER, poll.id, 0)
    await signed.click("U0OTHER", poll.id, 1)
    await standin.wait_for("chat.postEphemeral", 2)
    answer = await signed.withdraw(MEMBER, poll.id)
    assert answer.status == 200 and answer.text == ""  # acked at once, answered after
    [*_, confirmed] = await standin.wait_for("chat.postEphemeral", 3)
    assert confirmed.params["user"] == MEMBER and confirmed.params["channel"] == CHANNEL
    assert f"Your vote in poll #{poll.id} is withdrawn." == confirmed.params["text"]
    results = await core.polls.results(OPERATOR, poll.id, now=now(clock))
    assert [o.votes for o in results.options] == [0, 1]
    # Twice: nothing left to withdraw, said so.
    await signed.withdraw(MEMBER, poll.id)
    [*_, again] = await standin.wait_for("chat.postEphemeral", 4)
    assert "no vote in poll" in again.params["text"]
    # After the close: told the poll closed, and the vote stays counted.
    await core.polls.close(OPERATOR, poll.id, now=now(clock))
    await signed.withdraw("U0OTHER", poll.id)
    [*_, late] = await standin.wait_for("chat.postEphemeral", 5)
    assert "closed" in late.params["text"]
    results = await core.polls.results(OPERATOR, poll.id, now=now(clock))
    assert [o.votes for o in results.options] == [0, 1]
