"""A post not in English: its digest says so, in every place a digest is shown (console text, Discord embed,
Slack blocks), and shows each figure with the post's own words instead of labels read by English rules."""

from __future__ import annotations

from datetime import UTC, datetime

import adapters.discord  # noqa: F401  (imports discord.py without its audioop warning)
from adapters.discord.embeds import TOTAL_MAX, digest_embed
from adapters.slack import blocks as bk
from bot.digest import build_digest
from bot.models import Digest, Post
from bot.reading.extract import default_extractor
from bot.render import UNWORDED_QUESTION, digest_to_text, figure_lines

# The project's own passage (invented figures).
GERMAN = (
    "Die Regierung verliert weiter an Zustimmung: Nur noch 31 Prozent der Befragten sind mit ihrer Arbeit "
    "zufrieden, wie eine neue Umfrage zeigt. Im Vormonat waren es noch 36 Prozent."
)
ENGLISH = "A new poll of 800 adults finds 52% approve of the governor while 41% disapprove."


def _digest(text: str) -> Digest:
    post = Post(
        id=7,
        feed_id=1,
        entry_key="k",
        title="Umfrage: Regierung verliert",
        link="https://example.org/umfrage",
        published_at=datetime(2026, 12, 7, tzinfo=UTC),
        text=text,
        summary=text[:120],
        extraction=default_extractor().extract(text),
        fetched_at=datetime(2026, 12, 7, tzinfo=UTC),
    )
    return build_digest(post, None)


def test_the_digest_says_the_post_is_in_german_and_shows_its_words() -> None:
    digest = _digest(GERMAN)
    assert digest.language == "de"
    text = digest_to_text(digest)
    assert "This post is in German" in text and "did not read these poll figures in full" in text
    assert "31%" in text and "36%" in text
    assert "“Die Regierung verliert weiter an Zustimmung: Nur noch 31 Prozent" in text
    assert UNWORDED_QUESTION not in text
    assert "respondents" not in text and "Do you" not in text
    # a figure with no answer is shown as its value alone, not after an empty label
    rows = [line for line in figure_lines(digest.groups, language="de") if "%" in line and "Q" not in line]
    assert rows and all(line.strip().startswith("Published: ") for line in rows)


def test_discord_and_slack_say_it_too() -> None:
    digest = _digest(GERMAN)
    embed = digest_embed(digest)
    assert len(embed) <= TOTAL_MAX
    note = next(f for f in embed.fields if f.name == "Not in English: German")
    assert "This post is in German" in (note.value or "")
    assert any("31 Prozent" in (f.name or "") for f in embed.fields)
    blocks = bk.digest_blocks(digest)
    contexts = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"]]
    assert any("This post is in German" in t for t in contexts)
    assert any("31 Prozent" in b["text"]["text"] for b in blocks if b["type"] == "section")


def test_an_english_digest_has_no_language_note() -> None:
    digest = _digest(ENGLISH)
    assert digest.language == "en"
    assert "This post is in" not in digest_to_text(digest)
    assert all(not (f.name or "").startswith("Not in English") for f in digest_embed(digest).fields)
    assert not any("This post is in" in str(b) for b in bk.digest_blocks(digest))
