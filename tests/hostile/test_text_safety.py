"""Issue 14, defect 4: control and bidi characters from third parties never reach a terminal or a channel."""

from __future__ import annotations

import io

import pytest

from adapters.console import SafeText
from bot.feeds.parse import parse_feed
from bot.text_safety import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Clear\x1b[2J screen", "Clear[2J screen"),
        ("title\x1b]0;owned\x07", "title]0;owned"),
        ("csi\x9b31m red", "csi31m red"),
        ("evil\u202etxt.exe", "eviltxt.exe"),
        ("\u2066isolated\u2069 \u202aembedded\u202c", "isolated embedded"),
        ("lines\nand\ttabs stay", "lines\nand\ttabs stay"),
        ("\u05e9\u05dc\u05d5\u05dd and Arabic \u0645\u0631\u062d\u0628\u0627 stay", None),
    ],
)
def test_clean_text(raw: str, clean: str | None) -> None:
    assert clean_text(raw) == (raw if clean is None else clean)


def test_feed_titles_and_entries_are_clean_before_they_are_stored() -> None:
    body = (
        '<rss version="2.0"><channel><title>Feed \u202eevil</title><item><title>Post \x1b[31mred</title>'
        "<guid>g</guid><description>&lt;p&gt;Body \u2067text&lt;/p&gt;</description></item></channel></rss>"
    ).encode()
    parsed = parse_feed(body)
    assert parsed.title == "Feed evil"
    assert parsed.entries[0].title == "Post [31mred"
    assert "\u2067" not in parsed.entries[0].content_html


def test_the_console_drops_what_was_stored_before() -> None:
    out = io.StringIO()
    SafeText(out).write("old title \x1b[2J\u202e\n")
    assert out.getvalue() == "old title [2J\n"
