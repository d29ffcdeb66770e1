"""Shortcuts taken for reading speed give exactly what the plain patterns they stand in for give: the
line label's tail read backwards, the region and national scans behind their key gates, the regional
names tried at their first letters."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.reading.extract import layout, regional_polls, world_scope
from bot.reading.extract.memo import text_scope
from bot.reading.extract.scan import finditer_at

# The line label's tail as it was written: tried at every offset, each function word ignoring case.
_PLAIN_TAIL = re.compile(
    r"(?:[\s()\[\]:;,=|–—-]+|\b(?:on|at|with|of|to|is|was|are|were|has|had|have|the|a|an|and|by)\b)+$",
    re.I,
)

LABEL_PIECES = st.sampled_from(
    [
        "on",
        "ON",
        "At",
        "with",
        "of",
        "to",
        "is",
        "were",
        "had",
        "the",
        "a",
        "an",
        "And",
        "by",
        "Greens",
        "then",
        "onto",
        "bye",
        "an_",
        "_",
        "7",
        "(",
        ")",
        "[",
        "]",
        ":",
        ";",
        ",",
        "=",
        "|",
        "-",
        "–",
        "—",
        ".",
        "%",
        "'",
        " ",
        "  ",
        "\t",
        "\n",
        "é",
        "ſ",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(LABEL_PIECES, max_size=12).map("".join))
@example("Support the plan on (")
@example("Greens ON -")
@example("and")
def test_line_label_strips_the_tail_the_pattern_strips(text: str) -> None:
    assert layout._line_label(text) == _PLAIN_TAIL.sub("", " ".join(text.split()))


SCOPE_PIECES = st.sampled_from(
    [
        "In",
        "in",
        "across",
        "among",
        "the",
        "Quebec",
        "Quebecers",
        "Ontario",
        "Scottish",
        "Scots",
        "Welsh",
        "Wales",
        "British Columbia",
        "British",
        "Columbians",
        "Eastern",
        "Southwestern",
        "and",
        "&",
        "voters",
        "poll",
        "subsample",
        "nationally",
        "nation-wide",
        "National Party",
        "national",
        "Canada-wide",
        "UK",
        "GB",
        "rest of the country",
        "Canadians",
        "federal election",
        "Labour",
        "Premier",
        "interest",
        "x",
        "42",
        "(30%)",
        ":",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "-",
        "ı",
        "K",
    ]
)


def _plain_markers(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    out = world_scope._regions(text, lo, hi)
    out.extend((m.start(), "national", "") for m in world_scope._NATIONAL.finditer(text, lo, hi))
    out.sort()
    return out


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SCOPE_PIECES, max_size=30).map(" ".join), st.integers(0, 200), st.integers(0, 200))
@example("Across Canada the picture differs; in Quebec 30%", 0, 48)
@example("The UK-wide poll", 4, 16)
def test_scope_markers_gated_are_the_plain_scans(text: str, lo: int, width: int) -> None:
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    with text_scope():  # the gate reads the text's fold, kept per text
        assert world_scope._markers(text, lo, hi) == _plain_markers(text, lo, hi)
    assert world_scope._markers(text, lo, hi) == _plain_markers(text, lo, hi)


REGION_PIECES = st.sampled_from(
    [
        "Scotland",
        "Scottish",
        "Québec",
        "Quebec",
        "B.C.",
        "Wales",
        "Welsh",
        "Nova Scotia",
        "x",
        ".",
        "-",
        " ",
        "é",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(REGION_PIECES, max_size=20).map("".join))
def test_regional_names_found_at_first_letters_are_finditer(text: str) -> None:
    starts = (m.start() for m in regional_polls._NAME_FIRST.finditer(text))
    fast = [m.span() for m in finditer_at(regional_polls._NAMES, text, starts)]
    assert fast == [m.span() for m in regional_polls._NAMES.finditer(text)]
