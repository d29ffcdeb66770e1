"""Which numbers are poll figures: one rule per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor


def values(extractor: Extractor, text: str) -> list[float]:
    return [f.value for f in extractor.extract(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Gallup poll finds 44% of adults approve.", [44.0]),
        ("In the poll, the margin of error is 3.5% and 51% approve.", [51.0]),
        ("The survey has a 95 percent confidence level; 40 percent of voters agree.", [40.0]),
        ("The poll shows her support up 6% since May, with 45% backing her now.", [45.0]),
        ("In the poll no rival tops 5 percent, and more than 40 per cent are undecided.", []),
        ("Poll: between 20% and 30% of voters could switch.", []),
        ("The poll also asked about a 10 percent tariff; 38% of voters back it.", [38.0]),
        ("Exit polls show 54 percent of women backed the governor.", [54.0]),
        ("With 90 percent of precincts reporting, Diaz led 52% to 48%.", []),
        ("The poll came out after 52% of people voted to leave in 2016.", []),
        ("A poll of 2,000 voters: Research 2000 found 33% say yes.", [33.0]),
        ("In the poll, 120% of the target was met and 45% of voters agree.", [45.0]),
        ("Poll: Smith 48, Jones 43.", [48.0, 43.0]),
        ("The poll has Labor ahead 53-47 on two-party preferred.", [53.0, 47.0]),
        ("The poll sampled voters aged 18-34 and 45% of them agree.", [45.0]),
        ("Survey: Republicans (67 - 29 percent) say they are satisfied.", [67.0, 29.0]),
    ],
)
def test_figure_rules(extractor: Extractor, text: str, expected: list[float]) -> None:
    assert values(extractor, text) == expected


def test_passage_without_poll_needs_an_opinion_verb(extractor: Extractor) -> None:
    assert values(extractor, "Health data: 11 percent of adults smoked in 2021.") == []
    assert values(extractor, "New figures show 61% of Democrats think the party is on track.") == [61.0]


def test_economic_sentences_are_rejected(extractor: Extractor) -> None:
    text = "Unemployment rose to 4.4 percent and inflation eased to 3 % in June."
    assert values(extractor, text) == []
