"""A lost apostrophe (U+FFFD) in a contraction or possessive is read as one (lost_apostrophes.py).
Invented text."""

from __future__ import annotations

from bot.reading.extract.lost_apostrophes import restore
from bot.reading.extract.weighed import WeighedExtractor


def test_contractions_and_possessives_only() -> None:
    text = "They\ufffdd pick Lane; the poll\ufffds margin; \ufffdquoted\ufffd word"
    got = restore(text)
    assert got == "They\u2019d pick Lane; the poll\u2019s margin; \ufffdquoted\ufffd word"
    assert len(got) == len(text)


def test_no_replacement_character_in_a_label() -> None:
    text = "Voters in Marlow say they\ufffdd back Ida Crane by 48% to 41% over Sam Holt."
    for f in WeighedExtractor().extract(text).figures:
        assert "\ufffd" not in f.question + f.answer + f.population
