"""The optional self-report question ("Which of these describes you?") on Discord: offered by
``/poll start … subgroups:True`` from the populations the post quotes, answered with a select on the poll
message, and compared subgroup by subgroup in the results."""

from __future__ import annotations

import asyncio
from typing import Any

from adapters.discord.adapter import DiscordAdapter
from adapters.runtime import announce_closed_polls
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from bot.polls.service import NONE_OF_THESE, SUBGROUP_QUESTION
from bot.ports import ChatAdapter
from tests.discord.conftest import BotFactory
from tests.discord.standin import MOD_ROLE, NEWS, DiscordStandin, member
from tests.discord.support import serve_taliban_feed
from tests.discord.test_discord_polls import EPHEMERAL, inputs
from tests.support import Clock, FeedServer


def components(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


async def open_subgroup_poll(standin: DiscordStandin, **edits: str) -> dict[str, Any]:
    mod = member("mo", roles=(MOD_ROLE,))
    opened = await standin.slash(mod, "poll", "start", {"question": "p1q1", "subgroups": True})
    assert opened.json["type"] == 9, opened.json
    modal = opened.json["data"]
    fields = inputs(modal)
    values = {}
    for prefix, value in edits.items():
        label = next(label for label in fields if label.lower().startswith(prefix))
        values[fields[label]["custom_id"]] = value
    before = set(standin.messages)
    await standin.submit_modal(mod, modal, values)
    (posted,) = await standin.wait_for(
        lambda: [m for mid, m in standin.messages.items() if mid not in before and m["components"]]
    )
    return posted


async def test_the_modal_offers_the_subgroups_the_post_quotes_only_when_asked(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    async with make_bot():
        plain = await standin.slash(mod, "poll", "start", {"question": "p1q1"})
        asked = await standin.slash(mod, "poll", "start", {"question": "p1q1", "subgroups": True})
    assert not any(label.startswith("Optional") for label in inputs(plain.json["data"]))
    fields = inputs(asked.json["data"])
    sub = next(v for k, v in fields.items() if k.startswith("Optional: which of these describes you"))
    assert sub["value"].splitlines() == ["2020 Trump voters", NONE_OF_THESE]
    assert sub["required"] is False


async def test_members_answer_the_subgroup_and_the_results_compare_subgroup_by_subgroup(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    async with make_bot() as bot:
        message = await open_subgroup_poll(standin, runs="1h")
        mid = int(message["id"])
        items = components(message)
        assert [c["custom_id"] for c in items] == [
            "pollwatch:vote:1:0",
            "pollwatch:vote:1:1",
            "pollwatch:vote:1:2",
            "pollwatch:withdraw:1",
            "pollwatch:sub:1",
        ]
        select = items[-1]
        assert select["type"] == 3 and select["placeholder"] == SUBGROUP_QUESTION
        assert [o["label"] for o in select["options"]] == ["2020 Trump voters", NONE_OF_THESE]
        assert SUBGROUP_QUESTION in str(message["embeds"][0])

        # 12 members say they are 2020 Trump voters (10 of them call it a threat), 3 say "none of these":
        # each picks in the select, gets a private row of answer buttons carrying it, and clicks one.
        people = {name: member(name) for name in [*(f"t{i}" for i in range(12)), "n0", "n1", "n2"]}

        async def answer(name: str, sub: int, option: int) -> str:
            who = people[name]
            picked = await standin.select(who, mid, "pollwatch:sub:1", [str(sub)])
            data = picked.json["data"]
            assert data["flags"] & EPHEMERAL and "click your answer" in data["content"]
            reply = _reply(standin, picked)
            ids = [c["custom_id"] for c in components(reply)]
            assert ids == [f"pollwatch:vote:1:{i}:s{sub}" for i in range(3)]
            clicked = await standin.click(who, int(reply["id"]), f"pollwatch:vote:1:{option}:s{sub}")
            return str(clicked.json["data"]["content"])

        said = await asyncio.gather(
            *(answer(f"t{i}", 0, 0 if i < 10 else 1) for i in range(12)),
            *(answer(f"n{i}", 1, 1) for i in range(3)),
        )
        assert "is recorded" in said[0] and "“2020 Trump voters”" in said[0]
        # A plain vote afterwards changes the answer and keeps the self-report; 20 members skip the question.
        changed = await standin.click(people["t0"], mid, "pollwatch:vote:1:1")
        assert "is now" in changed.json["data"]["content"]
        await asyncio.gather(*(standin.click(member(f"p{i}"), mid, "pollwatch:vote:1:1") for i in range(20)))

        tally = await dcore.storage.polls.tally(1)
        assert tally.n == 35
        assert tally.subgroup_votes == {"2020 Trump voters": {0: 9, 1: 3}, NONE_OF_THESE: {1: 3}}

        clock.advance(3601)
        adapters: dict[str, ChatAdapter] = {"discord": DiscordAdapter(bot)}
        await announce_closed_polls(dcore, adapters)
    (result,) = [r for r in standin.posts_to(NEWS) if r.files]
    (embed,) = result.json["embeds"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    by_sub = fields[f"By answer to “{SUBGROUP_QUESTION}”"]
    assert "2020 Trump voters (12 votes): Yes, a threat 75% (9) · No, not a threat 25% (3)" in by_sub
    assert f"{NONE_OF_THESE}: too small to report (fewer than 10 votes)" in by_sub
    assert "%" not in by_sub.split(NONE_OF_THESE)[1]
    # The subgroup is compared with the published figures for its population.
    assert "2020 Trump voters" in fields["Comparison"]


def _reply(standin: DiscordStandin, callback: Any) -> dict[str, Any]:
    """The message the stand-in made of an interaction's callback (an ephemeral reply here)."""
    interaction_id = callback.path.split("/")[2]
    (message,) = [m for m in standin.messages.values() if m.get("interaction_id") == interaction_id]
    return message


async def test_an_emptied_subgroup_field_starts_the_poll_without_the_question(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    async with make_bot():
        message = await open_subgroup_poll(standin, optional="")
    assert "pollwatch:sub:1" not in [c["custom_id"] for c in components(message)]
    assert (await dcore.polls.get(1)).spec.subgroup_question is None


async def test_a_moderator_edits_the_subgroup_answers(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    async with make_bot():
        message = await open_subgroup_poll(standin, optional="2020 Trump voters\n2020 Biden voters\nNeither")
        (select,) = [c for c in components(message) if c["custom_id"] == "pollwatch:sub:1"]
        # A forged option number is refused privately; nothing is recorded.
        forged = await standin.select(member("x"), int(message["id"]), "pollwatch:sub:1", ["7"])
    assert [o["label"] for o in select["options"]] == ["2020 Trump voters", "2020 Biden voters", "Neither"]
    spec = (await dcore.polls.get(1)).spec
    assert dict(spec.subgroup_populations) == {"2020 Trump voters": "2020 Trump voters"}
    assert forged.json["data"]["flags"] & EPHEMERAL and "no such answer" in forged.json["data"]["content"]
    assert (await dcore.storage.polls.tally(1)).n == 0
