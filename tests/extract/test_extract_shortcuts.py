"""Speed shortcuts of the label proposals find exactly what the plain searches they replace find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import Extraction
from bot.reading.extract import population_candidates
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
