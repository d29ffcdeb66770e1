"""Feed text can't ping anyone or disguise a link. Every message kind is fed hostile text, from the feed
(titles, summary) and from the extraction (question, answers, populations, pollster), and the stand-in's
records are read as Discord would render them: nothing live.

"Live" is judged here on its own, not with the project's escaper: a ping needs Discord to parse a mention
in the content under the message's ``allowed_mentions`` (the stand-in computes that as Discord does); a
mention pill or masked link needs its raw syntax in text Discord renders as markdown (content, embed
titles, descriptions and fields), with an unescaped ``[``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from adapters.discord.adapter import DiscordAdapter
from bot.config import Settings
from bot.core import Pollwatch
from bot.digest import build_digest
from bot.models import DigestBundle, Extraction, Figure, FigureGroup, PollMeta
from bot.permissions import OPERATOR
from tests.discord.conftest import running_bot
from tests.discord.standin import MOD_ROLE, NEWS, DiscordStandin, member
from tests.discord.test_discord_polls import inputs
from tests.support import Clock, FeedServer, rss

HOSTILE = "@everyone @here <@&1> <!channel> <!everyone> <@U1> [x](http://e) <http://e|x>"
REAL_IDS = "<@&123456789012345678> <@!234567890123456789> <@345678901234567890> [y](https://evil.example/a)"
EVIL = f"{HOSTILE} {REAL_IDS}"
SHORT = "@everyone <@&123456789012345678> [z](http://e)"  # fits an answer (≤ 55 for native polls)

_PING = re.compile(r"@(everyone|here)\b|<@[!&]?\d+>")
_LINK = re.compile(r"(\\*)\[[^\]\n]*\]\(\s*<?[a-zA-Z][a-zA-Z+.-]*://")


def live(text: str) -> list[str]:
    found = [m.group(0) for m in _PING.finditer(text)]
    found += [m.group(0) for m in _LINK.finditer(text) if len(m.group(1)) % 2 == 0]
    return found


def rendered(payload: dict[str, Any]) -> list[str]:
    """The texts Discord renders as markdown in a message payload (author names and footers are plain)."""
    texts = [payload.get("content") or ""]
    for embed in payload.get("embeds") or []:
        texts += [embed.get("title") or "", embed.get("description") or ""]
        texts += [f.get(k) or "" for f in embed.get("fields") or [] for k in ("name", "value")]
    return texts


def assert_nothing_live(standin: DiscordStandin, min_messages: int = 1) -> None:
    bodies = [r for r in standin.requests if r.method in ("POST", "PATCH") and isinstance(r.json, dict)]
    bodies = [
        b for b in bodies if "/messages" in b.path or b.path.startswith(("/webhooks/", "/interactions/"))
    ]
    payloads = [b.json.get("data", b.json) if b.path.startswith("/interactions/") else b.json for b in bodies]
    payloads = [p for p in payloads if p.get("content") or p.get("embeds")]
    assert len(payloads) >= min_messages
    for payload in payloads:
        for text in rendered(payload):
            assert not live(text), (live(text), text)
    assert standin.pings, "the stand-in recorded no message"
    for mid, pings in standin.pings.items():
        assert pings == {"mention_everyone": False, "mention_roles": [], "mentions": []}, mid
        if standin.messages[mid]["content"]:  # a deferred answer's placeholder has nothing to mention
            assert standin.allowed_mentions[mid] == {"parse": []}, standin.messages[mid]


def test_the_checker_sees_what_discord_would_render() -> None:
    assert live(HOSTILE) == ["@everyone", "@here", "<@&1>", "[x](http://"]
    assert live("@\u200beveryone \\[x](http://e) <@\u200b&1>") == []


def _figures(population: str, answers: tuple[str, str]) -> tuple[Figure, ...]:
    return tuple(
        Figure(v, 0, 2, population, EVIL, a, population, EVIL)
        for v, a in zip((55.0, 30.0), answers, strict=True)
    )


class HostileExtractor:
    """Finds a question, answers, populations and a pollster made of hostile text."""

    def extract(self, text: str) -> Extraction:
        answers = (f"Yes {SHORT}", f"No {SHORT}")
        groups = tuple(
            FigureGroup(pop, EVIL, pop, EVIL, "quote", _figures(pop, answers))
            for pop in (f"voters {EVIL}", f"members {SHORT}")
        )
        return Extraction(groups=groups, meta=PollMeta(pollster=EVIL, sample_size=1000))


def serve_hostile_feed(server: FeedServer) -> str:
    item = {
        "title": f"Post {EVIL}",
        "guid": "urn:evil",
        "link": "https://example.org/evil",
        "pubDate": "Mon, 02 Mar 2026 15:30:00 GMT",
        "description": f"<p>A poll. {EVIL} More words {EVIL}.</p>",
    }
    return server.set("/evil.xml", rss([item], title=f"Feed {EVIL}"))


@pytest.fixture
async def hcore(settings: Settings, clock: Clock) -> AsyncIterator[Pollwatch]:
    """The core with the hostile extractor, over a real SQLite file."""
    core = await Pollwatch.open(settings, clock=clock, extractor=HostileExtractor())
    yield core
    await core.close()


async def test_digests_bundles_and_notices_carry_nothing_live(
    standin: DiscordStandin, hcore: Pollwatch, feed_server: FeedServer
) -> None:
    await hcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_hostile_feed(feed_server), backfill=1)
    async with running_bot(hcore, standin) as bot:
        adapter = DiscordAdapter(bot, ready_timeout=5.0)
        post = (await hcore.storage.posts.recent([1], 1))[0]
        digest = build_digest(post, await hcore.storage.feeds.get(post.feed_id))
        assert EVIL in (digest.title or "") and digest.groups  # the hostile text reached the digest
        await adapter.send_digest(str(NEWS), digest, delivery_id=1)
        when = datetime(2026, 3, 3, tzinfo=UTC)
        await adapter.send_bundle(
            str(NEWS), DigestBundle(f"Daily digest: {EVIL}", when, when, (digest,)), delivery_id=2
        )
        await adapter.send_bundle(
            str(NEWS), DigestBundle(f"Weekly digest: {EVIL}", when, when, ()), delivery_id=3
        )
        # The pause notice, as the feed watcher words it, with the feed's title and error in it.
        await adapter.send_notice(
            str(NEWS), f"The feed Feed {EVIL} failed 10 times in a row (last error: {EVIL}). It is paused."
        )
    posted = standin.channel_messages(NEWS)
    assert len(posted) == 4
    assert posted[0]["embeds"][0]["title"].startswith("Post @\u200beveryone")  # the digest
    assert posted[1]["content"].startswith("**Daily digest: @\u200beveryone")  # the bundle's header
    assert posted[2]["content"].startswith("**Weekly digest: @\u200beveryone")  # "nothing new"
    assert posted[3]["content"].startswith("The feed Feed @\u200beveryone")  # the pause notice
    assert_nothing_live(standin, min_messages=4)


async def test_polls_results_native_polls_and_summaries_carry_nothing_live(
    standin: DiscordStandin, hcore: Pollwatch, feed_server: FeedServer
) -> None:
    await hcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_hostile_feed(feed_server), backfill=1)
    mod = member("mo", roles=(MOD_ROLE,))
    page = (
        f"<html><head><title>Page {EVIL}</title></head><body><p>{EVIL} says a poll. {EVIL}.</p></body></html>"
    )
    url = feed_server.set("/page", page, headers={"Content-Type": "text/html; charset=utf-8"})
    async with running_bot(hcore, standin):
        # The button poll, from the hostile question (the modal is prefilled with it), with subgroups.
        opened = await standin.slash(mod, "poll", "start", {"question": "p1q1", "subgroups": True})
        assert opened.json["type"] == 9, opened.json
        before = set(standin.messages)
        await standin.submit_modal(mod, opened.json["data"], {})
        (message,) = await standin.wait_for(
            lambda: [m for mid, m in standin.messages.items() if mid not in before and m["components"]]
        )
        for i in range(3):
            await standin.click(member(f"v{i}"), int(message["id"]), f"pollwatch:vote:1:{i % 2}")
        await standin.slash(mod, "poll", "questions")
        closing = await standin.slash(mod, "poll", "close", {"poll": 1})
        await standin.wait_for(lambda: standin.followups(f"token-{closing.path.split('/')[2]}"))
        await standin.slash(member("reader"), "poll", "results", {"poll": 1})
        # A native poll: its text names the populations it is compared with.
        native = await standin.slash(mod, "poll", "start", {"question": "p1q1", "native": True})
        fields = inputs(native.json["data"])
        answers = next(f for label, f in fields.items() if label.startswith("Answers"))
        done = await standin.submit_modal(mod, native.json["data"], {answers["custom_id"]: "Yes\nNo"})
        await standin.wait_for(lambda: standin.followups(f"token-{done.path.split('/')[2]}"))
        # The summary of a page.
        summary = await standin.slash(member("bob"), "summary", {"url": url})
        token = f"token-{summary.path.split('/')[2]}"
        await standin.wait_for(lambda: len(standin.followups(token)) == 2)
        await asyncio.sleep(0.05)
    texts = str([m.get("content") for m in standin.messages.values()]) + str(
        [m.get("embeds") for m in standin.messages.values()]
    )
    assert "everyone" in texts and "evil.example" in texts  # the hostile text is shown, made inert
    assert [m for m in standin.messages.values() if "poll" in m]  # the native poll went out
    contents = [m["content"] for m in standin.messages.values()]
    titles = [e.get("title", "") for m in standin.messages.values() for e in m["embeds"]]
    # Each kind was posted, with the hostile text in it, made inert.
    assert any("compared with voters @\u200beveryone" in c for c in contents)  # the native poll's text
    assert any(t.startswith("Reader poll #1: @\u200beveryone") for t in titles)  # the poll message
    assert any(t.startswith("Results of poll #1: @\u200beveryone") for t in titles)  # the results
    assert any(t.startswith("Page @\u200beveryone") for t in titles)  # the summary reply
    assert_nothing_live(standin, min_messages=8)


def test_every_masked_link_on_a_line_is_escaped() -> None:
    """discord.py's escape_markdown escapes only the first of several masked links on a line (its pattern
    is greedy): the second one would still render as a disguised link."""
    import discord

    from adapters.discord.text import escape

    two = "[a](http://one.example) and [b](http://two.example)"
    assert live(discord.utils.escape_markdown(two)) == ["[b](http://"]  # why escape() does more
    assert live(escape(two)) == []
    assert live(escape("\\[c](http://three.example)")) == []  # an escaped bracket stays escaped
    assert escape("a_b http://x.example/a_b") == "a\\_b http://x.example/a_b"  # links are left readable
