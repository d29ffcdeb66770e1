"""A trend table's best and worst readings dated by their waves (dated_readings.py, gaps.date_part).

"HIGHEST EVER 61 (3/14) 70 (9/30/08)": each value is a figure of the wave in its brackets (one group per
date); the month/day numbers inside the brackets are never figures, and a value credited to several waves
("5 (2/11, 6/15)") is a summary across polls, not a figure. Texts written for these tests; the pollster,
state and figures are invented.
"""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

_TEXT = (
    "A Brookvale College poll of registered Westland voters finds 46% say the state is on the right track.\n\n"
    "Is Westland on the right track, or is it headed in the wrong direction?\n\n"
    "DATE RIGHT TRACK WRONG DIRECTION DON'T KNOW October 2026 46 41 13 July 2026 44 43 13 "
    "March 2026 45 42 13 HIGHEST EVER 61 (3/14) 70 (9/30/08) 27 (2/09) LOWEST EVER 19 (9/30/08) "
    "27 (2/09) 6 (5/11, 8/12, 1/15)\n"
)


def test_dated_values_are_figures_and_their_dates_are_not() -> None:
    out = WeighedExtractor().extract(_TEXT)
    tail = _TEXT.index("HIGHEST EVER")
    got = [(f.value, _TEXT[f.start : f.end]) for f in out.figures if f.start > tail]
    assert [v for v, _ in got] == [61, 70, 27, 19, 27]
    assert all(f.when is not None for f in out.figures if f.start > tail)


def test_one_group_per_wave_date() -> None:
    out = WeighedExtractor().extract(_TEXT)
    tail = _TEXT.index("HIGHEST EVER")
    groups = {(f.when, f.group) for f in out.figures if f.start > tail}
    assert len({g for _, g in groups}) == len({w for w, _ in groups}) == 3
