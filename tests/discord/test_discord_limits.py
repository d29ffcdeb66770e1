"""Every limit the bot can reach is met by trimming in our code, never by Discord refusing: the longest
question, options and self-report answers a poll allows, a post quoting 25 populations, the longest feed
title and summary. The stand-in refuses what Discord refuses, and the ``standin`` fixture fails a test
in which any request was refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from adapters.discord.adapter import DiscordAdapter
from adapters.runtime import announce_closed_polls
from bot.config import Settings
from bot.core import Pollwatch
from bot.models import Extraction, Figure, FigureGroup, PollMeta
from bot.permissions import OPERATOR
from bot.polls.models import MAX_LABEL_CHARS, MAX_OPTIONS, MAX_QUESTION_CHARS
from bot.polls.service import NONE_OF_THESE
from bot.ports import ChatAdapter
from tests.discord.conftest import outbox_for, running_bot
from tests.discord.limits import CONTENT_MAX, MODAL_LABEL_MAX
from tests.discord.standin import MOD_ROLE, NEWS, DiscordStandin, member
from tests.discord.test_discord_polls import inputs
from tests.support import Clock, FeedServer, rss

POPULATIONS = 25


def words(prefix: str, length: int) -> str:
    """``prefix`` padded with words to exactly ``length`` characters."""
    text = prefix
    i = 0
    while len(text) < length:
        text += f" word{i}"
        i += 1
    return text[:length]


class WideExtractor:
    """A post quoting one long question for 25 populations, each with 10 long answers."""

    def extract(self, text: str) -> Extraction:
        question = words("Q: should the council", 600)
        answers = tuple(words(f"Answer {a}", 150) for a in range(MAX_OPTIONS))
        groups = tuple(
            FigureGroup(
                f"g{p}",
                question,
                words(f"population {p}", 120),
                words("Pollster", 300),
                "quote",
                tuple(
                    Figure(float(a + 1), 0, 2, f"g{p}", question, answer, words(f"population {p}", 120))
                    for a, answer in enumerate(answers)
                ),
            )
            for p in range(POPULATIONS)
        )
        return Extraction(groups=groups, meta=PollMeta(pollster=words("Pollster", 300), sample_size=1000))


@pytest.fixture
async def wcore(settings: Settings, clock: Clock) -> AsyncIterator[Pollwatch]:
    core = await Pollwatch.open(settings, clock=clock, extractor=WideExtractor())
    yield core
    await core.close()


def serve_long_feed(server: FeedServer) -> str:
    item = {
        "title": words("A post title", 5000),
        "guid": "urn:long",
        "link": "https://example.org/long",
        "pubDate": "Mon, 02 Mar 2026 15:30:00 GMT",
        "description": "<p>" + " ".join(f"Sentence number {i} says something." for i in range(2000)) + "</p>",
    }
    return server.set("/long.xml", rss([item], title=words("A feed title", 5000)))


async def test_the_longest_feed_title_summary_and_25_populations_go_out_trimmed(
    standin: DiscordStandin, wcore: Pollwatch, feed_server: FeedServer
) -> None:
    url = serve_long_feed(feed_server)
    await wcore.feeds.add(OPERATOR, "discord", str(NEWS), url, backfill=1)
    admin = member("ad", roles=())
    admin.permissions |= 1 << 5  # Manage Server
    async with running_bot(wcore, standin) as bot:
        assert (await outbox_for(wcore, bot).dispatch_due()).sent == 1
        # The same post as a digest with a thread under it, and in a daily bundle.
        adapter = DiscordAdapter(bot, threads=True, ready_timeout=5.0)
        from bot.digest import build_digest
        from bot.models import DigestBundle

        post = (await wcore.storage.posts.recent([1], 1))[0]
        digest = build_digest(post, await wcore.storage.feeds.get(post.feed_id))
        await adapter.send_digest(str(NEWS), digest, delivery_id=2)
        when = post.published_at
        title = f"Daily digest: {words('A feed title', 5000)}"
        await adapter.send_bundle(str(NEWS), DigestBundle(title, when, when, (digest,) * 12), delivery_id=3)
        await adapter.send_notice(str(NEWS), words("The feed failed", 5000))
        listed = await standin.slash(admin, "feeds", "list")
        questions = await standin.slash(member("mo", roles=(MOD_ROLE,)), "poll", "questions")
        picked = await standin.autocomplete(member("mo", roles=(MOD_ROLE,)), "poll", "start", "question", "")
        feeds = await standin.autocomplete(admin, "feeds", "remove", "feed", "")
    posted = standin.channel_messages(NEWS)
    assert len(posted) >= 5
    (first, *_rest) = posted
    (embed,) = first["embeds"]
    assert embed["title"].endswith("…") and embed["description"]
    assert embed["fields"][0]["name"].endswith("…")
    assert "more populations" in embed["fields"][0]["value"]
    assert standin.sent("POST", "/threads")  # the thread name was trimmed too
    assert listed.json["data"]["embeds"] and len(questions.json["data"]["content"]) <= CONTENT_MAX
    assert picked.json["data"]["choices"] and feeds.json["data"]["choices"]  # names cut to 100


async def test_a_post_quoting_25_populations_opens_a_poll_form_discord_takes(
    standin: DiscordStandin, wcore: Pollwatch, feed_server: FeedServer
) -> None:
    """Defect: the prefilled answers (10 of 150 characters) and self-report answers (24 populations and
    "None of these") were longer than their inputs' max_length, so Discord refused the form. Now each is
    cut to what a poll takes (10 answers of 80 characters, "None of these" kept) and the poll starts."""
    await wcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_long_feed(feed_server), backfill=1)
    mod = member("mo", roles=(MOD_ROLE,))
    async with running_bot(wcore, standin):
        opened = await standin.slash(mod, "poll", "start", {"question": "p1q1", "subgroups": True})
        assert opened.json["type"] == 9, opened.json
        fields = inputs(opened.json["data"])
        assert all(len(label) <= MODAL_LABEL_MAX for label in fields)
        for field in fields.values():
            assert len(field.get("value") or "") <= int(field.get("max_length") or 4000)
        submitted = await standin.submit_modal(mod, opened.json["data"], {})
        token = f"token-{submitted.path.split('/')[2]}"
        (answer,) = await standin.wait_for(lambda: standin.followups(token))
        poll = await wcore.polls.get(1)
    assert "Poll #1 is open" in answer.json["content"]
    assert len(poll.options) == MAX_OPTIONS and all(len(o.label) <= MAX_LABEL_CHARS for o in poll.options)
    subgroups = [o.label for o in poll.spec.subgroup_options]
    assert len(subgroups) == MAX_OPTIONS and subgroups[-1] == NONE_OF_THESE
    assert subgroups[0].startswith("population 1")  # the headline population is not asked


def poll_values(fields: dict[str, dict[str, Any]]) -> dict[str, str]:
    by_prefix = {label.split()[0].lower(): f["custom_id"] for label, f in fields.items()}
    options = [words(f"Option {i}", MAX_LABEL_CHARS) for i in range(MAX_OPTIONS)]
    groups = [words(f"Group {i}", MAX_LABEL_CHARS) for i in range(MAX_OPTIONS)]
    return {
        by_prefix["question"]: words("Question", MAX_QUESTION_CHARS),
        by_prefix["answers,"]: "\n".join(options),
        by_prefix["optional:"]: "\n".join(groups),
        by_prefix["runs"]: "1h",
    }


async def test_the_longest_poll_goes_out_and_closes_with_its_results(
    standin: DiscordStandin, wcore: Pollwatch, clock: Clock
) -> None:
    """A 300-character question, 10 options and 10 self-report answers of 80 characters each."""
    mod = member("mo", roles=(MOD_ROLE,))
    async with running_bot(wcore, standin) as bot:
        opened = await standin.slash(mod, "poll", "custom", {"subgroups": True, "live": True})
        modal = opened.json["data"]
        before = set(standin.messages)
        await standin.submit_modal(mod, modal, poll_values(inputs(modal)))
        (message,) = await standin.wait_for(
            lambda: [m for mid, m in standin.messages.items() if mid not in before and m["components"]]
        )
        mid = int(message["id"])
        buttons = [c for row in message["components"] for c in row["components"]]  # before the close
        for i in range(40):
            await standin.click(member(f"v{i}"), mid, f"pollwatch:vote:1:{i % MAX_OPTIONS}")
        picked = await standin.select(member("s"), mid, "pollwatch:sub:1", ["9"])
        shown = await standin.slash(member("r"), "poll", "results", {"poll": 1})
        clock.advance(3601)
        adapters: dict[str, ChatAdapter] = {"discord": DiscordAdapter(bot)}
        await announce_closed_polls(wcore, adapters)
    assert len([b for b in buttons if b["custom_id"].startswith("pollwatch:vote")]) == MAX_OPTIONS
    assert picked.json["data"]["components"]
    assert shown.json["data"]["embeds"]
    results = [r for r in standin.posts_to(NEWS) if r.files]
    assert len(results) == 1 and results[0].json["embeds"][0]["title"].endswith("…")
