"""Rows of a pollster's detailed table run onto one line (:mod:`flat_slots`): empty cells ("-") keep their
columns, a row's counts printed after its percentages are no row of options, and the columns group the
figures; on invented tables."""

from __future__ import annotations

from collections import defaultdict

from bot.reading.extract.weighed import WeighedExtractor, prepared

_TABLE = (
    "Q2. If a provincial election were held today, which party would you support? "
    "Region Age Gender Vote Total Harbourside Kettleford Rest of NL 18-34 35-54 55+ Male Female PRP Greens Undecided "
    "Base: All respondents 1010 340 320 350 280 370 360 495 515 390 210 120 "
    "Prairie Renewal Party 38% 35% 41% 39% 30% 37% 45% 42% 34% 95% - - 384 117 135 132 87 135 160 206 177 366 0 0 "
    "Norland Greens 21% 24% 19% 20% 31% 22% 13% 17% 25% - 97% - 212 80 63 69 90 80 46 83 130 0 199 0 "
    "Heritage Alliance 9% 8% 11% 8% 6% 9% 11% 10% 8% - - -"
)


def _figures(text: str) -> list[tuple[float, str, str, str]]:
    got = WeighedExtractor().extract(text)
    return [(f.value, f.answer, f.population, f.group) for f in got.figures]


def test_empty_cells_keep_their_columns() -> None:
    figs = _figures(_TABLE)
    by_value = {(v, a): p for v, a, p, _ in figs}
    assert by_value[(95.0, "Prairie Renewal Party")] == "PRP voters"
    assert by_value[(97.0, "Norland Greens")] == "Greens voters"  # the column after one empty cell
    assert by_value[(39.0, "Prairie Renewal Party")] == "Rest of NL"


def test_counts_after_a_row_are_no_figures() -> None:
    values = [v for v, _, _, _ in _figures(_TABLE)]
    assert 384.0 not in values and 117.0 not in values and 80.0 not in values
    assert len(values) == 9 * 3 + 2


def test_each_column_is_one_group() -> None:
    groups: dict[str, set[str]] = defaultdict(set)
    for _, answer, population, group in _figures(_TABLE):
        groups[group].add(population)
        assert answer in ("Prairie Renewal Party", "Norland Greens", "Heritage Alliance")
    assert len(groups) == 11
    assert all(len(pops) == 1 for pops in groups.values())


def test_a_band_is_no_empty_cell() -> None:
    text = (
        "Voters of 18-34 back the Union 57-40% and those of 35-54 favour it 52-44%, while the Bloc is ahead "
        "with voters past 55, 53-43%, and 4% remain unsure."
    )
    a = WeighedExtractor().analyse(prepared(text))
    assert not any(a.layout.places[n.index].flat_row for n in a.numbers)  # no table: pairs and bands


def test_a_dashed_pair_is_no_row() -> None:
    text = (
        "Voters give the mayor a 41 - 50 percent job rating, down from 46 - 45 percent in May, in a poll of "
        "1,200 voters taken in 2030 and 2031."
    )
    a = WeighedExtractor().analyse(prepared(text))
    assert not any(a.layout.places[n.index].flat_row for n in a.numbers)
