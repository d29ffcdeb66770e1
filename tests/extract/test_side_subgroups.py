"""Two subgroups of one sentence are two groups (:mod:`side_subgroups`), on sentences written here."""

from __future__ import annotations

import pytest

from bot.reading.extract.side_subgroups import differ, own_subgroup
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _own(text: str) -> list[str]:
    """Each share's own subgroup (numbers written with a percent after them only: no ages)."""
    a = EXTRACTOR.analyse(text)
    return [
        own_subgroup(a, n) for n in a.numbers if text[n.end : n.end + 8].lstrip().startswith(("%", "percent"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Only 9 percent of Green voters would switch, while 14 percent of Labour voters might.",
            ["Green voters", "Labour voters"],
        ),
        (
            "It leads among men (41%), 18-29 year olds (22%) and renters (30%).",
            ["men", "18-29 year olds", "renters"],
        ),
        ("It is ahead among those aged 35-to-54 (38%).", ["those aged 35-to-54"]),
        # A party's share in brackets, or a party's name ending in a people word, is an option, not people.
        ("The Harbour Party is second (31%), behind the Tories (35%).", ["", ""]),
        ("The New Democrats (18%) trail.", [""]),
        # A list row names no subgroup here.
        ("Results:\nHarbour - 35%\nFrontier - 30%\nGreens - 9%\n", ["", "", ""]),
    ],
)
def test_own_subgroup(text: str, expected: list[str]) -> None:
    assert _own(text) == expected


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("Greens voters", "Labour voters", True),
        ("men", "women", True),
        ("Republican voters", "Republicans", False),
        ("likely voters", "voters", False),
        ("moderate Republicans", "Republicans", False),
        ("respondents", "homeowners", False),
        ("", "women", False),
    ],
)
def test_differ(x: str, y: str, expected: bool) -> None:
    assert differ(x, y) is expected


def _groups(text: str) -> list[list[int]]:
    ex = EXTRACTOR.extract(text)
    return [[int(f.value) for f in g.figures] for g in ex.groups]


def test_two_subgroups_of_one_sentence_are_two_groups() -> None:
    text = (
        "The Kestrel Poll found 48 percent of voters in Fenmore back the levy and 45 percent oppose it. "
        "Just 11 percent of Republicans back it, while 79 percent of Democrats do.\n"
    )
    groups = _groups(text)
    assert [11] in groups and [79] in groups
    assert [48, 45] in groups
