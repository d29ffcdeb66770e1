"""Earlier waves told by an opening time, a comparison or a dated record (:mod:`opening_times`), on
passages written here with invented places, people and figures."""

from __future__ import annotations

import pytest

from bot.reading.extract import opening_times
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def _whens(text: str) -> list[str | None]:
    return [f.when for g in EXTRACTOR.extract(text).groups for f in g.figures]


def test_last_months_reading_is_its_own_wave() -> None:
    text = (
        "Last month, Mayor Quell had a 38 percent approval rating among Brannock voters. The new Tiller "
        "College poll puts her at 42 percent.\n"
    )
    assert _groups(text) == [[38], [42]]
    assert _whens(text) == ["Last month", None]


def test_a_comparison_with_another_survey() -> None:
    text = (
        "Councillor Amsel leads Ito Brand 51 - 40 percent, a Gorse University poll released today finds. "
        "This compares with an August 2 survey showing Amsel with 47 percent to Brand's 45 percent.\n"
    )
    assert _groups(text) == [[51, 40], [47, 45]]


def test_two_record_readings_are_two_waves() -> None:
    text = (
        "A new Pellam Institute survey finds 27% of Ostrans satisfied with the economy. The highest "
        "reading was 58% in June 2006 and the lowest was 9% in March 2012.\n"
    )
    assert _groups(text) == [[27], [58], [9]]


def test_an_opening_time_of_the_only_poll_is_left_alone() -> None:
    # Nothing else is told as the current poll: "Last week" dates the passage's own poll.
    text = (
        "Last week, the Ferro Group found 44 percent of Dunlin adults back the levy and 41 percent "
        "oppose it. Among renters, 53 percent back it.\n"
    )
    assert _whens(text) == [None, None, None]


def test_a_year_no_earlier_than_every_other_is_no_earlier_wave() -> None:
    text = (
        "In 2031, 36 per cent of Harth voters backed the Lune Party in the latest Gannet poll, with "
        "the Reed Party on 33 per cent.\n"
    )
    assert _whens(text) == [None, None]


def test_off_leaves_the_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Last month, Mayor Quell had a 38 percent approval rating among Brannock voters. The new Tiller "
        "College poll puts her at 42 percent.\n"
    )
    monkeypatch.setattr(opening_times, "OPENING_TIMES", False)
    assert _whens(text) == [None, None]
