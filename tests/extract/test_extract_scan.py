"""Anchored scanning and trie alternations give exactly the plain regex's matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.extract import filters, labels, questions, rules
from bot.reading.extract.scan import CASE_TRAPS, Anchored, literal_starts, longest_first

PATTERNS = [
    re.compile(r"\b(?:poll|polls\s+closed|n\s+size)\b|(?P<exit>\bexit[- ]poll)"),
    re.compile(r"\basked\s+(?P<kind>if|whether)\s+(?P<body>[^,.]+)", re.IGNORECASE),
    re.compile(r"(?:among|for)\s+(?P<x>[A-Z]\w+)"),
    re.compile(r"\b(?:to|too|tone)\b", re.IGNORECASE),
    re.compile(r"(?:ab)+c|abd"),
    filters._SENTENCE_FLAGS_LOWER.pattern,
    rules._AMONG,
    questions._ASKED,
]
PIECES = st.sampled_from(
    [
        "poll",
        "Polls closed",
        " polls  closed",
        "n size",
        "N  Size",
        "exit-poll",
        "EXIT POLL",
        "asked if",
        "Asked whether",
        " among ",
        "For Ohioans",
        "to",
        "Tone",
        "too",
        "abab",
        "c",
        "abd",
        " ",
        ",",
        ".",
        "\u017f",
        "\u212a",
        "\u0130",
        "\u0131",
        "é",
        "“",
        "x",
        "1",
    ]
)


def spans(ms: object) -> list[tuple[tuple[int, int], str | None, tuple[str | None, ...]]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in ms]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 5), st.integers(0, 200))
def test_anchored_finds_what_the_pattern_finds(text: str, pos: int, endpos: int) -> None:
    for pattern in PATTERNS:
        fast = Anchored(pattern)
        assert spans(fast.finditer(text)) == spans(pattern.finditer(text)), pattern.pattern
        assert spans(fast.finditer(text, pos, endpos)) == spans(pattern.finditer(text, pos, endpos))
        got, want = fast.search(text), pattern.search(text)
        assert (got and got.span()) == (want and want.span())


def test_the_extractors_patterns_keep_the_fast_path() -> None:
    """A pattern edited to start with an optional part silently loses the anchors: catch it here."""
    assert filters._SENTENCE_FLAGS_LOWER.anchored


def test_literal_starts_reads_the_words_off_the_pattern() -> None:
    assert literal_starts(re.compile(r"\b(?:poll(?:s|ed)?|survey)\b")) == {"poll", "survey"}
    assert literal_starts(re.compile(r"\bAsked\s+if", re.I)) == {"asked"}
    assert literal_starts(re.compile(r"(?:the\s+)?poll")) is None  # may start with "poll" or "the"
    assert literal_starts(re.compile(r"[A-Z]\w+")) is None
    assert literal_starts(re.compile(r"(?i:poll)|survey")) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "ab", "abc", "b", "Ab", "-", "'", " ", "x"]), max_size=12).map("".join))
def test_longest_first_matches_like_the_sorted_alternation(text: str) -> None:
    words = ["a", "ab", "abc", "b", "a-b", "ab'", "bc"]
    sorted_alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        plain = re.compile(rf"\b(?:{sorted_alt})\b", flags)
        trie = re.compile(rf"\b(?:{longest_first(words)})\b", flags)
        assert spans(trie.finditer(text)) == spans(plain.finditer(text))


def test_population_heads_trie_matches_the_sorted_list() -> None:
    heads = sorted(labels.POP_HEADS, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b", re.IGNORECASE)
    text = (
        " ".join(h.upper() if i % 2 else h for i, h in enumerate(heads)) + " likely-voters adults' gen-zers"
    )
    assert spans(labels._POP_HEAD_RE.finditer(text)) == spans(plain.finditer(text))


@pytest.mark.slow
def test_case_traps_are_all_the_non_ascii_letters_that_match_ascii_ignoring_case() -> None:
    found = {
        chr(cp)
        for cp in range(0x80, 0x110000)
        if re.fullmatch(r"[a-z]", chr(cp), re.IGNORECASE) or len(chr(cp).lower()) != 1
    }
    assert found == CASE_TRAPS
