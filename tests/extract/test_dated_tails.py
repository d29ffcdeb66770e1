"""Earlier readings dated right after their figures (:mod:`dated_tails`), on passages written here with
invented places, people and figures."""

from __future__ import annotations

import time

import pytest

from bot.reading.extract import dated_tails
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def _whens(text: str) -> list[str | None]:
    return [f.when for g in EXTRACTOR.extract(text).groups for f in g.figures]


def test_a_trend_in_prose_is_one_wave_a_share() -> None:
    text = (
        "A Quarry Hill survey of Lisden voters finds 33% back the toll in the current poll; 38% did so "
        "in May 2029; 45% in April 2028.\n"
    )
    assert _groups(text) == [[33], [38], [45]]
    assert _whens(text) == [None, "May 2029", "April 2028"]


def test_a_changes_run_of_years() -> None:
    text = (
        "The Tamsin exit poll finds 61 percent of voters unhappy with the state's roads. That is up from "
        "52 percent in 2026, 40 percent in 2022 and 44 percent in 2018.\n"
    )
    assert _whens(text) == [None, "2026", "2022", "2018"]


def test_a_pointed_back_reading() -> None:
    text = "Some 47 percent of Orrin adults now rent their homes, the Vale poll finds. It was 39 percent in 2024.\n"
    assert _groups(text) == [[47], [39]]


@pytest.mark.parametrize(
    "text",
    [
        # the year is the people's: how they voted
        "In the Ostrander poll, 56% of those who voted Yes in 2027 would do so again, and 18% of those who "
        "voted No in 2027 would switch.\n",
        # the only poll dated by its month, no current reading before it
        "The mayor's approval stood at 44% in June 2030, the Brill poll of 600 adults finds, with 47% "
        "disapproving.\n",
    ],
)
def test_a_year_that_dates_no_earlier_wave(text: str) -> None:
    assert all(w is None for w in _whens(text))


def test_the_flag_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "A Quarry Hill survey of Lisden voters finds 33% back the toll in the current poll; 38% did so "
        "in May 2029; 45% in April 2028.\n"
    )
    monkeypatch.setattr(dated_tails, "DATED_TAILS", False)
    assert "May 2029" not in _whens(text)


@pytest.mark.parametrize("pad", [" ", "\t", " \t"])
def test_tail_pattern_stays_linear_on_long_runs_of_spaces(pad: str) -> None:
    """A figure followed by a long run of spaces and no date: the pattern once split the run three ways
    (cubic: 3,000 spaces took minutes); it must now fail at once, and still read a date after a short run."""
    text = "Only 36" + pad * 3000 + "x back it."
    start = time.perf_counter()
    assert dated_tails._TAIL.match(text, len("Only 36"), len(text)) is None
    assert time.perf_counter() - start < 0.5
    dated = "Only 36%" + pad * 3 + "did so in March 2019."
    m = dated_tails._TAIL.match(dated, len("Only 36"), len(dated))
    assert m is not None and m.group("t") == "March 2019" and m.group("words").split() == ["did", "so"]
