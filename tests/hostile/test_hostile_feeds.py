"""Issue 14: no single feed can stall, crash or fool pollwatch. Each case runs under a memory limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.hostile.limits import run_limited

pytestmark = pytest.mark.slow


def _on(db_location: str | Path, **settings: Any) -> dict[str, Any]:
    """The cycle's settings over the test's backend: its own SQLite file, or this PostgreSQL database."""
    return {**settings, "db_url": db_location} if isinstance(db_location, str) else settings


def _block(listing: str, path: str) -> str:
    """The two `feeds list` lines of the feed served at ``path``."""
    lines = listing.splitlines()
    for i, line in enumerate(lines):
        if line.rstrip().endswith(path):
            return "\n".join(lines[i : i + 2])
    raise AssertionError(f"{path} not in:\n{listing}")


def test_entity_expansion_fails_the_feed_clearly_and_the_others_deliver(db_location: str | Path) -> None:
    kinds = ["entity_comment", "entity_bracket", "entity_late", "entity_utf16"]
    result = run_limited("cycle", kinds, _on(db_location))
    assert result["healthy_delivered"], result["out"][-2000:]
    for path in ("/entity_comment", "/entity_bracket", "/entity_late", "/entity_utf16"):
        health = _block(result["list"], path)
        assert "defines its own XML entities" in health, health
    assert "AAAAAAAAAA" not in result["out"]  # nothing expanded reached a channel


def test_a_huge_entry_is_cut_with_a_note_and_does_not_hold_up_the_others(db_location: str | Path) -> None:
    result = run_limited("cycle", ["huge_entry"], _on(db_location))
    assert result["healthy_delivered"], result["out"][-2000:]
    assert "Huge entry" in result["out"]
    assert "Only the first 200 KB of this entry were read" in result["out"]


def test_a_slow_feed_does_not_hold_up_the_other_feeds_digests() -> None:
    result = run_limited("cycle", [], None, True)
    # The slow feed's server answers only after the healthy digests were seen on the console.
    assert result["delivered_while_held"], result["out"][-2000:]


def test_a_parse_over_its_time_limit_is_stopped_and_the_feed_says_why() -> None:
    # The tags feed takes about 2 s of feedparser time on a quiet core (more under load): a limit of 1 s
    # leaves a margin either way (a 2 s limit let a quiet machine finish it in time).
    result = run_limited("cycle", ["many_tags"], {"parse_time_limit": 1})
    assert result["healthy_delivered"]
    health = _block(result["list"], "/many_tags")
    assert "the feed took more than 1 s to read" in health, health


def test_a_parse_over_its_memory_limit_is_stopped_and_the_feed_says_why() -> None:
    result = run_limited("cycle", ["huge_entry"], {"parse_memory_mb": 60, "parse_time_limit": 60})
    assert result["healthy_delivered"]
    health = _block(result["list"], "/huge_entry")
    assert "the feed needed more than 60 MB of memory to read" in health, health


def test_control_and_bidi_characters_never_reach_the_console(db_location: str | Path) -> None:
    result = run_limited("cycle", ["titles"], _on(db_location))
    shown = result["out"] + result["list"]
    assert "Clear[2J screen" in shown  # the text stays, the escape goes
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\u202c"):
        assert bad not in shown, repr(bad)


def test_a_feed_with_tens_of_thousands_of_entries_is_read_up_to_the_cap() -> None:
    result = run_limited("parsed", "many_entries")
    assert result["entries"] == 1000
    assert "only the first 1000 were read" in result["warning"]


def test_a_feed_queued_behind_a_runaway_parse_is_read_not_blamed() -> None:
    result = run_limited("queued_behind_a_slow_parse")
    assert result["healthy"] == ["Post 2", "Post 1", "Post 0"]
    assert "took more than 1 s to read" in result["slow"]
