"""A head-to-head template's sides must be written as people (matchup_sides.py).

The passages are written for these tests."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> set[str]:
    return {f.question for f in WeighedExtractor().extract(text).figures}


def test_countries_rated_for_trust_are_no_matchup() -> None:
    text = (
        "In the 2024 Meridian Survey of 1,500 adults, Russia and China drew trust from only 22% and 18%, "
        "respectively.\n"
    )
    assert not any(" vs. " in q for q in _questions(text))


def test_candidates_named_by_surname_keep_their_matchup() -> None:
    text = "In a head-to-head matchup, Ortega leads Brandt 47% to 41% among 600 likely voters in the Lakeshore Poll.\n"
    assert any(q.endswith("Ortega vs. Brandt") for q in _questions(text))
