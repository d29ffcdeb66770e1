"""Run-together option headers, banner headings and numbers of row labels (run_headers, layout)."""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor
from bot.reading.extract.memo import text_scope
from bot.reading.extract.run_headers import split_header
from bot.reading.extract.weighed import WeighedExtractor


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Approve Disapprove Unsure", ["Approve", "Disapprove", "Unsure"]),
        (
            "A great deal Quite a lot Not very much None at all",
            ["A great deal", "Quite a lot", "Not very much", "None at all"],
        ),
        ("Every day Once a week Less often Never", ["Every day", "Once a week", "Less often", "Never"]),
        (
            "Labour Conservative Reform UK Lib Dem Green",
            ["Labour", "Conservative", "Reform UK", "Lib Dem", "Green"],
        ),
        ("Agree Neither agree nor disagree Disagree", ["Agree", "Neither agree nor disagree", "Disagree"]),
    ],
)
def test_a_header_splits_into_its_options(line: str, cells: list[str]) -> None:
    assert split_header(line, len(cells)) == cells


def test_a_header_of_too_few_capitals_does_not_split() -> None:
    assert split_header("results for all of the people we asked", 3) is None


_TABLE = """Riverside Insight poll of 1,240 Ontario adults
Would you say the province is better off or worse off than a year ago?
Better off About the same Worse off Sample size
gender
Women 21 40 39 612
Men 26 38 36 628
age group
18 to 34 19 37 44 301
35-54 23 39 38 455
65+ 27 42 31 389
"""


def test_a_crosstab_under_a_run_together_header_reads_its_axes(extractor: Extractor) -> None:
    figures = extractor.extract(_TABLE).figures
    got = {(f.value, f.answer.lower(), f.population.lower()) for f in figures}
    assert (21, "better off", "women") in got
    assert (44, "worse off", "aged 18 to 34") in got
    assert (31, "worse off", "aged 65+") in got
    # the cells only: no age band, count or sample size is a figure
    assert sorted(f.value for f in figures) == sorted(
        [21, 40, 39, 26, 38, 36, 19, 37, 44, 23, 39, 38, 27, 42, 31]
    )
    assert len({f.group for f in figures}) == 5


def test_numbers_of_a_row_label_are_marked() -> None:
    with text_scope():
        a = WeighedExtractor().analyse(_TABLE)
        marked = {n.value for n in a.numbers if a.layout.places[n.index].label_num}
        counts = {n.value for n in a.numbers if a.layout.places[n.index].col_count}
    assert {18, 34, 35, 54, 65} <= marked
    assert {612, 628, 301, 455, 389} <= counts
