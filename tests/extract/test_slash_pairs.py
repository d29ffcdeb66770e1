"""Slashed pairs are one group each (:mod:`dash_pairs`), on passages written here with invented places,
people and figures."""

from __future__ import annotations

import pytest

from bot.reading.extract import dash_pairs
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

_TWO_OFFICES = (
    "Voters in Harth are cool on their county executives: the -6 approval spread (40/46) for executives "
    "is much like what they give their state senators (38/44.) Among Democrats 41% approve.\n"
)
_GOVERNORS = (
    "Job ratings of governors in the new Ferro poll:\n"
    "Ostra, Dana Pell (R): 71%/15%\n"
    "Lune, Aldo Brand (D): 66%/20%\n"
)


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def test_a_bracketed_pair_is_one_group() -> None:
    assert _groups(_TWO_OFFICES)[:2] == [[40, 46], [38, 44]]


def test_listed_pairs_are_a_group_each() -> None:
    assert _groups(_GOVERNORS) == [[71, 15], [66, 20]]


def test_the_flag_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dash_pairs, "SLASH_PAIRS", False)
    assert _groups(_TWO_OFFICES)[:2] != [[40, 46], [38, 44]]
