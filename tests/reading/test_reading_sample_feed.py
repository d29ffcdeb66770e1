"""The bundled sample feed and its expected figures: parseable, and consistent with html_to_text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import feedparser
import pytest

from bot.reading.html_text import html_to_text
from bot.reading.summary import lead_n, summarize

DATA = Path(__file__).resolve().parents[2] / "data"
FEED = DATA / "sample_feed.xml"
EXPECTED = DATA / "sample_feed.expected.json"


def _number_re(number_text: str) -> re.Pattern[str]:
    """``number_text`` as a whole number: "5" must not match inside "45", "2.5" or "5,000"."""
    return re.compile(r"(?<![\w.,])" + re.escape(number_text) + r"(?![\w]|[.,]\d)")


def figure_offsets(text: str, figures: list[dict[str, Any]]) -> list[int]:
    """Offsets of the expected figures, found in order (figures are listed in text order)."""
    offsets, pos = [], 0
    for figure in figures:
        match = _number_re(figure["number_text"]).search(text, pos)
        assert match, f"{figure['number_text']!r} (answer {figure['answer']!r}) not found after offset {pos}"
        offsets.append(match.start())
        pos = match.end()
    return offsets


@pytest.fixture(scope="module")
def feed() -> Any:
    return feedparser.parse(FEED.read_bytes())


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, Any]]:
    return {post["guid"]: post for post in json.loads(EXPECTED.read_text(encoding="utf-8"))}


def _text(entry: Any) -> str:
    return html_to_text(entry.content[0].value)


def test_feed_parses_cleanly_with_unique_guids(feed: Any) -> None:
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert len(feed.entries) >= 5
    guids = [entry.id for entry in feed.entries]
    assert len(set(guids)) == len(guids)
    for entry in feed.entries:
        assert entry.title and entry.link.startswith("https://example.org/")
        assert entry.published_parsed.tm_year == 2026
        assert "<p>" in entry.content[0].value


def test_every_entry_has_an_expected_record_and_vice_versa(feed: Any, expected: dict[str, Any]) -> None:
    assert {entry.id for entry in feed.entries} == set(expected)


def test_expected_figures_and_non_figures_occur_in_the_post_text(feed: Any, expected: dict[str, Any]) -> None:
    for entry in feed.entries:
        text = _text(entry)
        record = expected[entry.id]
        offsets = figure_offsets(text, record["figures"])
        for figure, start in zip(record["figures"], offsets, strict=True):
            assert text[start : start + len(figure["number_text"])] == figure["number_text"]
            assert figure["value"] == _value_of(figure["number_text"])
            assert figure["population"] and figure["answer"] and figure["question"]
        for number_text in record["not_figures"]:
            assert _number_re(number_text).search(text), f"{entry.id}: {number_text!r} not in text"


def test_poll_posts_and_plain_posts_are_both_present(expected: dict[str, Any]) -> None:
    with_figures = [p for p in expected.values() if p["figures"]]
    without = [p for p in expected.values() if not p["figures"]]
    assert len(with_figures) >= 3 and len(without) >= 2
    assert all(p["not_figures"] for p in expected.values())


def test_summaries_of_poll_posts_carry_the_headline_figure(feed: Any, expected: dict[str, Any]) -> None:
    for entry in feed.entries:
        figures = expected[entry.id]["figures"]
        if not figures:
            continue
        text = _text(entry)
        offsets = figure_offsets(text, figures)
        summary = summarize(text, figure_offsets=offsets, title=entry.title)
        assert len(summary) <= 400
        headline = text[offsets[0] : offsets[0] + 40]
        assert headline in summary, (entry.id, summary)


def test_summary_of_the_blog_post_skips_the_personal_preamble_lead_3_does_not(
    feed: Any, expected: dict[str, Any]
) -> None:
    entry = next(e for e in feed.entries if e.id == "example.org:2026:taliban-threat-poll")
    text = _text(entry)
    offsets = figure_offsets(text, expected[entry.id]["figures"])
    assert lead_n(text).startswith("I've been writing about Afghanistan")
    summary = summarize(text, figure_offsets=offsets, title=entry.title)
    assert "I've been writing" not in summary
    assert "60% of registered voters" in summary


_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
]
_UNITS += ["sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORDS = {w: i for i, w in enumerate(_UNITS)} | {w: 10 * i for i, w in enumerate(_TENS) if w != "_"}


def _value_of(number_text: str) -> float:
    if number_text[0].isdigit():
        return float(number_text.replace(",", ""))
    return float(sum(_WORDS[w] for w in number_text.lower().split("-")))
