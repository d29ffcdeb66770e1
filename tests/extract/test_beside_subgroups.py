"""The subgroup "among" names beside a figure (:mod:`beside_subgroups`), on sentences written here."""

from __future__ import annotations

import pytest

from bot.reading.extract.beside_subgroups import beside_subgroup
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _subgroups(text: str) -> list[str]:
    a = EXTRACTOR.analyse(text)
    return [beside_subgroup(a, n) for n in a.numbers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens lead 54-46 among renters.", ["renters", "renters"]),
        (
            "She is ahead 49% to 40% among older voters, and 51% to 42% overall.",
            ["older voters", "older voters", "", ""],
        ),
        ("Backing is 39% among women and 47% among men.", ["women", "men"]),
        ("The plan does best among homeowners (62%).", ["homeowners"]),
        ("Among Labour voters, 70% agree.", ["Labour voters"]),
        # Not people (the words must end in a people word): a field, a place, a time, a topic.
        ("It polls 44% among the rest of the field.", [""]),
        ("Turnout was 61% in Leeds, up from 55% last year.", ["", ""]),
        ("Among the issues, 40% chose the economy.", [""]),
    ],
)
def test_beside_subgroup(text: str, expected: list[str]) -> None:
    assert _subgroups(text) == expected
