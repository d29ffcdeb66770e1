"""Leads whose rival is named after the pair ("N - M percent over Vale") or before a bracketed pair.

The passages are written for the project (invented places and people); the sides are read without fitted
weights.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import lead_pairs
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _sides(text: str, first: float) -> tuple[str, str] | None:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == first)
    return lead_pairs.over_sides(a, n.index, n.index + 1)


@pytest.mark.parametrize(
    ("text", "first", "sides"),
    [
        (
            "Backed by most women, Democratic Lt. Gov. Ana Ruiz has a 55 - 37 percent likely-voter "
            "lead over Republican Tom Vale in the Norland governor's race.",
            55,
            ("Ana Ruiz", "Tom Vale"),
        ),
        ("Last spring it was a 44 - 40 percent Ruiz lead over Vale.", 44, ("Ruiz", "Vale")),
        (
            "Ruiz beats each rival:\n  • 51 - 38 percent over Attorney General Lee Park;\n"
            "  • 57 - 29 percent over Lt. Gov. Omar Lind;",
            57,
            ("Ruiz", "Omar Lind"),
        ),
        (
            "Nelda Cho keeps a slim advantage over Republican Sam Hart (52% to 47%).",
            52,
            ("Nelda Cho", "Sam Hart"),
        ),
    ],
)
def test_the_rival_after_over_takes_the_second_share(text: str, first: float, sides: tuple[str, str]) -> None:
    assert _sides(text, first) == sides


def test_over_a_time_names_no_rival() -> None:
    assert _sides("Ruiz posts a 48 - 40 percent lead over the last month in the Keswick poll.", 48) is None


@pytest.mark.parametrize(
    ("text", "first", "sides"),
    [
        # a comma stands for "by" before the pair
        (
            "In the race for mayor, Ivo Marsh leads Dana Fell, 51% to 40%.",
            51,
            ("Ivo Marsh", "Dana Fell"),
        ),
        # a pronoun's lead in hard-wrapped prose: the subject is in the sentence before, over a line break
        (
            "After a slow start, Lena Ortiz is now\nfirmly ahead. She leads Tom Vale,\n47% to 38%, in the new poll.",
            47,
            ("Lena Ortiz", "Tom Vale"),
        ),
    ],
)
def test_a_lead_with_a_comma_before_its_pair(text: str, first: float, sides: tuple[str, str]) -> None:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == first)
    assert lead_pairs.sides(a, n.index, n.index + 1) == sides
