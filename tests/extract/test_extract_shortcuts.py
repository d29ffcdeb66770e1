"""Speed shortcuts of the label proposals find exactly what the plain searches they replace find."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.models import Extraction
from bot.reading.extract import figures, labels, meta, population_candidates, race_templates, scan
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.passage_cues import US_STATES

_PIECES = [
    "West Virginia",
    "virginia",
    "Kansas",
    "ARKANSAS",
    "New York",
    "new  york",
    "Washington",
    "Ohio",
    "Texas2",
    "Maine_",
    "x",
    "5",
    "_",
    " ",
    ", ",
    "-",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), min_size=1, max_size=6),
)
def test_state_before_reads_the_window_search_off_one_scan(text: str, windows: list[tuple[int, int]]) -> None:
    plain = re.compile(r"\b(" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    assert [m.span() for m in population_candidates._STATE_ANY.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
    a = Analysis(text, [], [], [], Extraction())
    for x, y in windows:
        start, end = sorted((min(x, len(text)), min(y, len(text))))
        hits = list(plain.finditer(text, start, end))
        want = (hits[-1].start(), hits[-1].group(1)) if hits else None
        assert population_candidates._last_state_in(a, start, end) == want


_WORDS = [
    "voters",
    "Voters",
    "those",
    "THOSE",
    "Ohioans",
    "New York",
    "ers",
    "likely",
    "men",
    "women",
    "x",
    "7",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_WORDS, " ", ", ", ".", "-", "'s"]), max_size=20).map("".join),
    st.lists(st.tuples(st.integers(0, 150), st.integers(0, 150)), min_size=1, max_size=6),
)
def test_a_span_said_to_name_nobody_names_nobody(text: str, windows: list[tuple[int, int]]) -> None:
    heads = labels.pop_head_spans(text)
    assert heads == tuple(m.span() for m in labels.POP_HEAD_RE.finditer(text))
    for x, y in windows:
        start, end = sorted((min(x, len(text)), min(y, len(text))))
        if labels.names_no_population(text, heads, start, end):
            assert labels.population_in(text[start:end], prefer_last=False) is None


_ORG_PIECES = ["a ", "A ", "the ", "The ", "by ", "from ", "to ", "new ", "Latest ", "Saguaro ", "U.S. "]
_ORG_PIECES += ["Research ", "University", "Polling ", "poll", "surveys", "online ", "x", "Q", ". ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ORG_PIECES), max_size=16).map("".join))
def test_unknown_pollster_lookahead_changes_no_match(text: str) -> None:
    pattern = meta._GENERIC_POLLSTER.pattern
    lead = "(?=[A-Zabflnt])(?:"
    assert pattern.startswith(lead) and pattern.endswith(")")
    plain = re.compile(pattern[len(lead) : -1])
    got = [(m.span(), m.groupdict()) for m in meta._GENERIC_POLLSTER.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


_POPULATION_PIECES = [
    *_WORDS,
    "Americans'",
    "americans",
    "Conservatives",
    "self-identified",
    "registered",
    "Democrats",
    "Ohioans’",
    "those polled",
    " who rent",
    " aged 18-34",
    "ſ",
    " ",
    ", ",
    ".",
    "-",
    "'s",
    "'",
]


@settings(max_examples=400, deadline=None)
@example("Americans'x voters", [(0, 10)], False)  # a head word ending on an apostrophe at the window's end
@example("said those polled", [(5, 17), (0, 9)], True)
@given(
    st.lists(st.sampled_from(_POPULATION_PIECES), max_size=24).map("".join),
    st.lists(st.tuples(st.integers(0, 250), st.integers(0, 250)), min_size=1, max_size=8),
    st.booleans(),
)
def test_a_span_read_off_the_text_scans_names_what_the_window_names(
    text: str, windows: list[tuple[int, int]], prefer_last: bool
) -> None:
    heads, those = labels.pop_head_spans(text), labels.those_spans(text)
    for x, y in windows:
        start, end = sorted((min(x, len(text)), min(y, len(text))))
        want = labels.population_in(text[start:end], prefer_last)
        assert labels.population_in_span(text, start, end, prefer_last, heads, those) == want


_RACE_PIECES = ["voted for Ruiz in 2016", " in ", "2020", "1996", "Texas", " Republican", " primary", " race"]
_RACE_PIECES += [
    " Senate",
    " general election",
    " runoff",
    " caucuses",
    " contest",
    "7",
    " 42",
    ", ",
    ". ",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RACE_PIECES), max_size=16).map("".join))
def test_race_shortcuts_skip_only_texts_without_a_match(text: str) -> None:
    """A text without a year has nothing to blank out; one without a contest word names no race phrase."""
    masked = text
    for rx in (race_templates._PAST_VOTE, race_templates._PAST_VOTERS, race_templates._PAST_YEAR_CLAUSE):
        for m in rx.finditer(text):
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    assert race_templates.mask_past(text) == masked
    phrase_rx, _ = race_templates._patterns("Texas|Ohio")
    if not any(k in text for k in race_templates._CONTEST_KEYS):
        assert phrase_rx.search(text) is None


_AMONG_PIECES = [
    "among",
    "Among",
    "AMONG",
    "amongst",
    "xamong",
    " women",
    " 18-34",
    " the",
    "ſ",
    "İ",
    " ",
    ".",
    "\n",
]


@settings(max_examples=300, deadline=None)
@example("İ among women", [(0, 13)])  # lower-casing İ lengthens the text: the plain search must serve
@given(
    st.lists(st.sampled_from(_AMONG_PIECES), max_size=20).map("".join),
    st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), min_size=1, max_size=6),
)
def test_a_word_first_window_search_finds_what_the_pattern_finds(
    text: str, windows: list[tuple[int, int]]
) -> None:
    a = Analysis(text, [], [], [], Extraction())
    for rx in (population_candidates._AMONG, population_candidates._AMONG_LOOSE):
        for x, y in windows:
            lo, hi = sorted((min(x, len(text)), min(y, len(text))))
            want = [(m.span(), m.groups()) for m in rx.finditer(text, lo, hi)]
            got = scan.finditer_word(rx, text, a.folded, "among", lo, hi)
            assert [(m.span(), m.groups()) for m in got] == want


_EARLIER_PIECES = [
    "the previous ",
    "last week's ",
    "January ",
    "Poll",
    "SURVEY",
    "waves",
    "reading",
    "x",
    ", ",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EARLIER_PIECES), max_size=12).map("".join))
def test_an_earlier_poll_clause_names_one_of_the_words_it_is_gated_on(text: str) -> None:
    m = figures._EARLIER_POLL.search(text)
    if m is not None:
        assert any(w in m.group().lower() for w in figures._EARLIER_KEYS)
