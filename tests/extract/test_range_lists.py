"""A list of ranges written low to high is no list of poll shares (figures.FigureContext.range_lists).

A seat projection or forecast prints one range a line ("Party: 41-55"); the labelling rules count no
range as a figure. Two shares of one question are written either way round and never add up past a
whole, so a run of ascending pairs of which one adds up past a whole is a list of ranges; head-to-heads
and two-party splits stay figures. Texts written for these tests; the figures are invented.
"""

from __future__ import annotations

from bot.reading.extract import Extractor

PROJECTION = """Seat projection from the Northgate Polling model, released with its latest survey:
Liberals: 41-55 seats
Conservatives: 120-138
Bloc: 30-38
NDP: 12-19
Greens: 1-3
The survey itself put the Conservatives on 39% and the Liberals on 31%."""

MATCHUPS = """Head-to-head matchups among likely voters in the new Granite State poll:
Baker vs Lowe: 44-46
Baker vs Ortiz: 43-45
Harmon vs Lowe: 41-47"""

SPLITS = """Two-party preferred by state in the latest Harbourside poll (Coalition first):
NSW: 48-52
Victoria: 46-54
Queensland: 49-51"""


def _values(extractor: Extractor, text: str) -> list[float]:
    return [f.value for f in extractor.extract(text).figures]


def test_a_projections_ranges_are_not_figures(extractor: Extractor) -> None:
    assert _values(extractor, PROJECTION) == [39.0, 31.0]


def test_head_to_heads_and_two_party_splits_stay_figures(extractor: Extractor) -> None:
    assert _values(extractor, MATCHUPS) == [44.0, 46.0, 43.0, 45.0, 41.0, 47.0]
    assert _values(extractor, SPLITS) == [48.0, 52.0, 46.0, 54.0, 49.0, 51.0]


def test_ascending_favourability_pairs_stay_figures(extractor: Extractor) -> None:
    text = (
        "The new Lakeshore poll has Marsh at 40-51, Delgado at 38-42 and Okafor at 39-45 among adults, "
        "with each of them viewed more unfavourably than favourably."
    )
    assert _values(extractor, text) == [40.0, 51.0, 38.0, 42.0, 39.0, 45.0]
