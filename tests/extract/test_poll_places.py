"""The place a poll was taken in (:func:`poll_places`) scopes the figures after it; a headline verb is
no population.

Moved from the old test_cases_populations_r15.py; the written set cases_populations_r15.jsonl is in
data/written_sets.toml.
"""

from __future__ import annotations

from bot.reading.extract.label_check import usable
from bot.reading.extract.poll_places import poll_places
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _places(text: str) -> list[tuple[str, str]]:
    a = EXTRACTOR.analyse(text)
    return [(text[lo:hi], voters) for lo, hi, voters, _ in poll_places(a)]


def test_a_poll_taken_in_a_region_scopes_what_follows() -> None:
    text = "A state poll for Tasmania has Labor on 31%. The Liberals are on 38%."
    ((span, voters),) = _places(text)
    assert voters == "Tasmanian voters" and span.endswith("38%.")


def test_a_breakdown_is_no_poll_of_its_region() -> None:
    # A national poll that finds a party ahead in a region has not been taken there.
    assert _places("The national poll has Labor ahead in Queensland, 52-48, and behind in Tasmania.") == []
    # Nor is a poll of two regions at once one region's.
    assert _places("A poll in Manitoba and Saskatchewan puts the NDP on 40%.") == []


def test_a_national_marker_ends_the_poll_place() -> None:
    text = "A poll of voters in Alberta has the UCP on 52%. Nationally, the Conservatives are on 40%."
    ((span, voters),) = _places(text)
    assert voters == "Alberta voters" and "40%" not in span


def test_a_headline_verb_is_no_population() -> None:
    # A title-case release headline writes its opinion verb after the figure: what people think, not who.
    assert not usable("population", "Think Politicians")
    assert not usable("population", "Believe Political Elite")
    assert usable("population", "Supporters of the levy")
    assert usable("population", "Backbench MPs")
