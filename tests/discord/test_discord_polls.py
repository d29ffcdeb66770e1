"""Reader polls through the real client: a modal prefilled from the extracted question, vote buttons
(DynamicItem) that survive a restart, and results with the chart when the poll closes."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any

from adapters.discord.adapter import DiscordAdapter
from adapters.runtime import announce_closed_polls
from bot.config import Settings
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from bot.ports import ChatAdapter
from tests.discord.conftest import BotFactory
from tests.discord.standin import (
    MANAGE_MESSAGES,
    MEMBER_PERMISSIONS,
    MOD_ROLE,
    NEWS,
    DiscordStandin,
    Member,
    member,
)
from tests.discord.support import ANSWERS, QUESTION, FixedExtractor, serve_taliban_feed
from tests.pg_server import both_backends
from tests.support import Clock, FeedServer

EPHEMERAL = 64


def inputs(modal: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The modal's text inputs by label."""
    found = {}
    for row in modal["components"]:
        for item in [row["component"]] if row["type"] == 18 else row["components"]:
            label = item.get("label") or row.get("label")
            found[label] = item
    return found


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


async def start_poll(standin: DiscordStandin, moderator: Member, **edits: str) -> dict[str, Any]:
    """Run /poll start on p1q1, submit the modal (with ``edits`` by label prefix); return the poll message."""
    opened = await standin.slash(moderator, "poll", "start", {"question": "p1q1"})
    assert opened.json["type"] == 9, opened.json  # a modal
    modal = opened.json["data"]
    fields = inputs(modal)
    values = {}
    for prefix, value in edits.items():
        label = next(label for label in fields if label.lower().startswith(prefix))
        values[fields[label]["custom_id"]] = value
    before = set(standin.messages)
    submitted = await standin.submit_modal(moderator, modal, values)
    assert submitted.json["type"] == 5
    posted = await standin.wait_for(
        lambda: [m for mid, m in standin.messages.items() if mid not in before and m["components"]]
    )
    return posted[0]


async def test_a_moderator_starts_a_poll_from_the_extracted_question(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    async with make_bot():
        opened = await standin.slash(mod, "poll", "start", {"question": "p1q1"})
        fields = inputs(opened.json["data"])
        assert fields["Question"]["value"] == QUESTION
        prefilled = next(v["value"] for k, v in fields.items() if k.startswith("Answers"))
        assert prefilled.splitlines() == [*ANSWERS, "Not sure"]

        message = await start_poll(standin, mod, runs="90m")
        # The handler stores the message reference just after the message arrives: wait for it before the
        # client closes (otherwise the test races the handler).
        for _ in range(100):
            if (await dcore.polls.get(1)).message_ref:
                break
            await asyncio.sleep(0.02)
    assert message["channel_id"] == str(NEWS)
    (embed,) = message["embeds"]
    assert QUESTION in embed["title"] and "registered voters" in json.dumps(embed)
    ids = [b["custom_id"] for b in buttons(message)]
    assert ids == ["pollwatch:vote:1:0", "pollwatch:vote:1:1", "pollwatch:vote:1:2", "pollwatch:withdraw:1"]
    poll = await dcore.polls.get(1)
    assert poll.message_ref == f"{NEWS}:{message['id']}"
    assert poll.spec.closes_at - poll.created_at == timedelta(minutes=90)
    assert {r.population for r in poll.spec.references} == {"registered voters", "2020 Trump voters"}


async def test_members_cannot_start_polls(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch
) -> None:
    async with make_bot():
        refused = await standin.slash(member("bob"), "poll", "start", {"question": "p1q1"})
    assert refused.json["data"]["flags"] & EPHEMERAL
    assert "Manage Messages" in refused.json["data"]["content"]


@both_backends
async def test_200_members_vote_and_the_tally_is_exact_even_after_a_restart(
    make_bot: BotFactory,
    standin: DiscordStandin,
    dcore: Pollwatch,
    feed_server: FeedServer,
    settings: Settings,
    clock: Clock,
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", permissions=MEMBER_PERMISSIONS | MANAGE_MESSAGES)
    voters = [member(f"m{i}") for i in range(200)]
    async with make_bot():
        message = await start_poll(standin, mod)
        mid = int(message["id"])
        # A burst this size may queue the votes' writes past the bot's answer budget on a loaded machine;
        # the bot then defers and answers with a follow-up: what the member sees is either.
        clicks = await asyncio.gather(
            *(standin.click(v, mid, f"pollwatch:vote:1:{i % 3}", within=15) for i, v in enumerate(voters))
        )
        first = await asyncio.gather(*(standin.seen(c) for c in clicks))
        twice = await standin.seen(
            await standin.click(voters[0], mid, "pollwatch:vote:1:0")
        )  # the same again
        moved = await asyncio.gather(
            *(standin.click(v, mid, "pollwatch:vote:1:1", within=15) for v in voters[:30:3])
        )
        changed = await asyncio.gather(*(standin.seen(c) for c in moved))
    assert all(c.json["data"]["flags"] & EPHEMERAL for c in clicks)
    assert all(seen["flags"] & EPHEMERAL for seen in first)
    assert "is recorded" in first[0]["content"]
    assert "nothing changed" in twice["content"]
    assert all("is now “No, not a threat”" in seen["content"] for seen in changed)

    # A restart: a new process (core and client) over the same database; the old message's buttons work.
    await dcore.close()
    core2 = await Pollwatch.open(settings, clock=clock, extractor=FixedExtractor())
    try:
        async with make_bot(core2):
            late = await standin.click(member("late"), mid, "pollwatch:vote:1:2")
        assert "is recorded" in late.json["data"]["content"]
        tally = await core2.storage.polls.tally(1)
    finally:
        await core2.close()
    # 200 voters over 3 options (67/67/66), 10 of option 0 moved to option 1, then one late vote for 2.
    assert tally.votes == {0: 57, 1: 77, 2: 67}
    assert tally.n == 201


async def test_a_slow_vote_is_answered_by_a_follow_up_and_still_counts(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    """A vote whose write takes longer than the answer budget (a busy database) is deferred within Discord's
    3 seconds, its answer comes as a follow-up, and the vote is kept. The stand-in refuses a first answer
    after 3 seconds, so without the defer this click would fail."""
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", permissions=MEMBER_PERMISSIONS | MANAGE_MESSAGES)
    real_vote = dcore.polls.vote

    async def slow_vote(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(3.5)  # longer than Discord lets a first answer wait
        return await real_vote(*args, **kwargs)

    async with make_bot():
        message = await start_poll(standin, mod)
        dcore.polls.vote = slow_vote  # type: ignore[method-assign]
        click = await standin.click(member("slow"), int(message["id"]), "pollwatch:vote:1:0")
        assert click.json["type"] == 5 and click.json["data"]["flags"] & EPHEMERAL  # deferred, privately
        seen = await standin.seen(click)
    assert "is recorded" in seen["content"] and seen["flags"] & EPHEMERAL
    tally = await dcore.storage.polls.tally(1)
    assert tally.votes == {0: 1} and tally.n == 1


@both_backends
async def test_the_poll_closes_on_time_and_the_results_carry_the_chart(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    async with make_bot() as bot:
        message = await start_poll(standin, mod, runs="1h")
        mid = int(message["id"])
        await asyncio.gather(
            *(
                standin.click(member(f"v{i}"), mid, f"pollwatch:vote:1:{0 if i < 12 else 1}")
                for i in range(40)
            )
        )
        clock.advance(3601)
        # Past the deadline, before the scheduler's turn: the button is still there, the vote is refused.
        too_late = await standin.click(member("v99"), mid, "pollwatch:vote:1:0")
        adapters: dict[str, ChatAdapter] = {"discord": DiscordAdapter(bot)}
        await announce_closed_polls(dcore, adapters)
    edits = standin.sent("PATCH", f"/channels/{NEWS}/messages/{mid}")
    assert len(edits) == 1
    assert edits[0].json["components"] == []  # buttons removed
    assert "Closed" in edits[0].json["embeds"][0]["description"]
    results = [r for r in standin.posts_to(NEWS) if r.files]
    assert len(results) == 1
    (result,) = results
    (_field, filename, content) = result.files[0]
    assert filename == "poll-1.png" and content.startswith(b"\x89PNG")
    (embed,) = result.json["embeds"]
    assert embed["image"]["url"] == "attachment://poll-1.png"
    assert "40 votes" in embed["description"] and "registered voters" in embed["description"]
    assert any("registered voters" in f["value"] for f in embed["fields"] if f["name"] == "Comparison")
    assert "closed" in too_late.json["data"]["content"]


async def test_a_moderator_closes_a_poll_early_and_members_see_results_after(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    reader = member("rita")
    async with make_bot():
        message = await start_poll(standin, mod)
        await standin.click(reader, int(message["id"]), "pollwatch:vote:1:1")
        hidden = await standin.slash(reader, "poll", "results", {"poll": 1})
        closing = await standin.slash(mod, "poll", "close", {"poll": 1})
        token = f"token-{closing.path.split('/')[2]}"
        (done,) = await standin.wait_for(lambda: standin.followups(token))
        shown = await standin.slash(reader, "poll", "results", {"poll": 1})
    assert hidden.json["data"]["flags"] & EPHEMERAL and "hidden" in hidden.json["data"]["content"].lower()
    assert "closed; its results are posted" in done.json["content"]
    assert [r for r in standin.posts_to(NEWS) if r.files]
    (embed,) = shown.json["data"]["embeds"]
    assert "1 vote" in embed["description"]


async def test_question_autocomplete_offers_the_recent_posts_questions(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    async with make_bot():
        answer = await standin.autocomplete(
            member("mo", roles=(MOD_ROLE,)), "poll", "start", "question", "tali"
        )
    assert answer.json["type"] == 8
    (choice,) = answer.json["data"]["choices"]
    assert choice["value"] == "p1q1" and QUESTION in choice["name"]
