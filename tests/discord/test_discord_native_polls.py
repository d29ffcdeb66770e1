"""Native Discord polls (``/poll start … native:True``): sent as Discord's own poll, stored in the core with
its reference numbers, and, once Discord ends and finalises it, its voters are recorded as votes so the
results carry the same comparison and chart as a button poll."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from adapters.discord import native
from adapters.discord.native import CHOICE_TEXT, GRACE, finish_native_polls
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.discord.conftest import BotFactory
from tests.discord.standin import MOD_ROLE, NEWS, DiscordStandin, Member, member
from tests.discord.support import ANSWERS, QUESTION, serve_taliban_feed
from tests.discord.test_discord_polls import EPHEMERAL, inputs
from tests.support import Clock, FeedServer


async def submit_native(
    standin: DiscordStandin, mod: Member, **edits: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """/poll start p1q1 native:True, submitted with ``edits``: the modal's fields and the messages posted."""
    opened = await standin.slash(mod, "poll", "start", {"question": "p1q1", "native": True})
    assert opened.json["type"] == 9, opened.json
    modal = opened.json["data"]
    fields = inputs(modal)
    values = {}
    for prefix, value in edits.items():
        label = next(label for label in fields if label.lower().startswith(prefix))
        values[fields[label]["custom_id"]] = value
    before = set(standin.messages)
    submitted = await standin.submit_modal(mod, modal, values)
    token = f"token-{submitted.path.split('/')[2]}"
    if submitted.json["type"] == 5:  # deferred: wait for the follow-up
        await standin.wait_for(lambda: standin.followups(token))
    posted = [m for mid, m in standin.messages.items() if mid not in before and "poll" in m]
    return {"fields": fields, "callback": submitted.json, "followups": standin.followups(token)}, posted


async def test_the_native_choice_says_what_it_trades_away() -> None:
    assert (
        "whole hours" in CHOICE_TEXT and "results visible" in CHOICE_TEXT and "voters public" in CHOICE_TEXT
    )
    assert len(CHOICE_TEXT) <= 100  # an option's description


async def test_a_native_poll_is_sent_and_its_final_votes_feed_the_comparison(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    async with make_bot() as bot:
        form, posted = await submit_native(standin, mod, runs="2h")
        assert next(k for k in form["fields"] if k.startswith("Runs for")).startswith(
            "Runs for, in whole hours"
        )
        (message,) = posted
        mid = int(message["id"])
        sent = next(r for r in standin.posts_to(NEWS) if r.json.get("poll"))
        assert sent.json["poll"]["duration"] == 2 and sent.json["poll"]["allow_multiselect"] is False
        assert sent.json["poll"]["question"]["text"] == QUESTION
        assert [a["poll_media"]["text"] for a in sent.json["poll"]["answers"]] == [*ANSWERS, "Not sure"]
        assert "voters are public" in message["content"] and "registered voters" in message["content"]
        assert message["components"] == []

        poll = await dcore.polls.get(1)
        assert poll.message_ref == f"{NEWS}:{mid}:native"
        assert poll.spec.closes_at - poll.created_at == timedelta(hours=2) + GRACE
        assert {r.population for r in poll.spec.references} == {"registered voters", "2020 Trump voters"}

        # 40 members vote on Discord (12 yes, 25 no, 3 not sure); one changes, one takes the vote back.
        voters = [member(f"v{i}") for i in range(41)]
        for i, who in enumerate(voters[:40]):
            standin.poll_vote(who, mid, 1 if i < 12 else 2 if i < 37 else 3)
        standin.poll_vote(voters[13], mid, 1)  # changed from "no" to "yes"
        standin.poll_vote(voters[40], mid, 2)
        standin.poll_vote(voters[40], mid, None)  # withdrawn

        # Discord's end has passed but its counts are not final yet: nothing is recorded or closed.
        clock.advance(2 * 3600 + 1)
        assert await finish_native_polls(bot) == []
        assert (await dcore.storage.polls.tally(1)).n == 0
        assert (await dcore.polls.get(1)).is_open

        standin.finalise_poll(mid)
        (closed,) = await finish_native_polls(bot)
        assert await finish_native_polls(bot) == []  # once
    assert closed.results.n == 40
    tally = await dcore.storage.polls.tally(1)
    assert tally.votes == {0: 13, 1: 24, 2: 3}
    # The poll message can't be edited (Discord's rule): the results go out beside it, with the chart.
    assert not standin.sent("PATCH", f"/channels/{NEWS}/messages/{mid}")
    (result,) = [r for r in standin.posts_to(NEWS) if r.files]
    (_field, filename, content) = result.files[0]
    assert filename == "poll-1.png" and content.startswith(b"\x89PNG")
    (embed,) = result.json["embeds"]
    assert "40 votes" in embed["description"] and "registered voters" in embed["description"]
    assert any("registered voters" in f["value"] for f in embed["fields"] if f["name"] == "Comparison")


async def test_a_moderator_closes_a_native_poll_early(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    async with make_bot():
        _form, (message,) = await submit_native(standin, mod, runs="24h")
        mid = int(message["id"])
        for i in range(5):
            standin.poll_vote(member(f"e{i}"), mid, 1 + i % 2)
        closing = await standin.slash(mod, "poll", "close", {"poll": 1})
        token = f"token-{closing.path.split('/')[2]}"
        (done,) = await standin.wait_for(lambda: standin.followups(token))
    assert "closed; its results are posted" in done.json["content"]
    assert standin.sent("POST", f"/channels/{NEWS}/polls/{mid}/expire")  # ended on Discord too
    assert (await dcore.storage.polls.tally(1)).votes == {0: 3, 1: 2}
    assert [r for r in standin.posts_to(NEWS) if r.files]


async def test_native_polls_refuse_what_discord_cannot_take(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    async with make_bot():
        minutes, none = await submit_native(standin, mod, runs="90m")
        long_answer = "Yes, and a far greater threat than anything since the end of the Cold War"
        too_long, none2 = await submit_native(standin, mod, answers=f"{long_answer}\nNo")
        both = await standin.slash(
            mod, "poll", "start", {"question": "p1q1", "native": True, "subgroups": True}
        )
    assert none == [] and none2 == []
    for refused in (minutes, too_long):
        reply = refused["callback"]["data"]
        assert reply["flags"] & EPHEMERAL
    assert "whole hours" in minutes["callback"]["data"]["content"]
    assert "at most 55 characters" in too_long["callback"]["data"]["content"]
    assert "self-report" in both.json["data"]["content"]
    assert await dcore.polls.polls("discord", str(NEWS)) == []  # nothing was stored


async def test_the_bot_finishes_a_native_poll_on_its_own_once_discord_finalises_it(
    make_bot: BotFactory,
    standin: DiscordStandin,
    dcore: Pollwatch,
    feed_server: FeedServer,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(native, "CHECK_SECONDS", 0.05)
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    reader = member("rita")
    async with make_bot():
        _form, (message,) = await submit_native(standin, mod, runs="1h")
        mid = int(message["id"])
        standin.poll_vote(reader, mid, 2)
        running = await standin.slash(reader, "poll", "results", {"poll": 1})
        clock.advance(3601)
        standin.finalise_poll(mid)
        (result,) = await standin.wait_for(lambda: [r for r in standin.posts_to(NEWS) if r.files])
    assert "running counts are on the poll itself" in running.json["data"]["content"]
    assert "1 vote" in result.json["embeds"][0]["description"]
    assert not (await dcore.polls.get(1)).is_open
