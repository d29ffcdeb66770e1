"""Which numbers are poll figures, on passages written to test it and never fitted on.

``data/cases_figures_mixed.jsonl`` holds two kinds of short passages (Danish, Peruvian, Indonesian,
Ghanaian, Finnish, Lithuanian, Malaysian, Croatian, Slovak, Romanian, Estonian, Latvian, Uruguayan,
Belgian, Czech, Thai, South Korean, British and US polls, written for these tests):

* prose where poll figures sit beside numbers that are not poll figures: election results, turnout,
  precincts reporting, seat counts and projections, budget shares of GDP, economic data, ranks, ages,
  samples, margins of error, field dates, changes and net ratings;
* tables flattened the ways copy-paste flattens them: every cell on its own line, option labels run
  onto one line before their numbers, labels on one line and numbers on the next, a whole table on
  one line after its header, columns written one after another, bare numbers under a "%" header, a
  trend table with an earlier wave and an election row, two polls beside an election column, a
  ranked list, a topline with its Frequency column, a crosstab by age with a Base row.

They are kept out of :func:`corpus.own` so the weights never see them: their score says whether the
figure stage reads unseen text, not whether it remembers its training.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_figures_mixed.jsonl"
# The eleventh round's set (US-style text, written before its fixes): ballot-measure numbers opening a
# result line ("Measure 14 - 52% Yes"), splits written with a colon inside prose ("a 38:54 rating"), and
# forum pages whose comment scores sit alone on a line between the comments.
ROUND11 = Path(__file__).parent / "data" / "cases_figures_r11.jsonl"


def test_mixed_figure_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=18, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)
    # Half prose beside other numbers (m..), half flattened tables (n..).
    assert sum(1 for r in records if r["id"].startswith("m")) >= 9
    assert sum(1 for r in records if r["id"].startswith("n")) >= 9


def test_round11_figure_cases_are_labelled_spans() -> None:
    records = load(ROUND11)
    check_written_cases(records, at_least=15, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


# (file, figure F1 floor, most false figures allowed)
LEVELS = [
    # First scored on main before any change: figure F1 0.808 (precision 0.988, recall 0.683),
    # grouping 0.942, population 0.415, answer 0.735, question 0.408. 0.910 (recall 0.842) once the
    # flattened tables' layouts were read (stacked change cells, "%" headers, labels run on one line,
    # main-party columns, table decimals). Precision: one false figure at the first score (a 2021
    # election share read as a poll's).
    (CASES, 0.89, 2),
    # Its first 11 passages first scored on main before any change: figure F1 0.653 (grouping 1.000,
    # population 0.887, answer 0.613, question 0.489), 16 false figures (measure numbers read as the first
    # side of a pair, comment scores) and 17 missed (colon splits, a measure's first share); 0.790 once
    # measure numbers and lone bare numbers were ruled out. Four "Name NN" list passages were added with
    # the list fix (main already reads n01-n03; n04's sports points are four false figures on main and
    # here): the 15 read 0.745 on main, 0.840 after. Still wrong: the colon splits inside prose (their
    # pairing cost 3-fold grouping 0.006 and was not kept), a "+/- 4%" margin, n04's points.
    (ROUND11, 0.82, 5),
]


@pytest.mark.parametrize(("path", "floor", "most_false"), LEVELS, ids=lambda v: getattr(v, "name", str(v)))
def test_written_figure_cases_hold_their_level(
    extractor: Extractor, path: Path, floor: float, most_false: int
) -> None:
    s = score(load(path), extractor)
    assert s.figure_f1 >= floor, s.misses
    assert sum(1 for m in s.misses if ": false " in m) <= most_false, s.misses
