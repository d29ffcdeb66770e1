"""The extractor's grouping on kinds seen in fresh real pages from abroad and in the training part's
out-of-fold mistakes, written in our own words for the thirteenth round and never fitted on.

``data/cases_grouping_r13.jsonl`` holds 10 short passages:

- gr13a01-a04: party lists carried over two sentences whose party names end in a population's word ("the
  New Democrats", "the Liberal Democrats", "the Christian Democrats"): one group each, and in a03 a
  province's own list after the national one (two groups).
- gr13b01-b02: a change written "from 38 percent to 44 percent": the first reading is the earlier wave,
  the second joins this poll's other figures.
- gr13c01-c02: first preferences beside the two-party split, in sentences of their own (two groups).
- gr13d01-d02: a national list then a province's; a list with one earlier reading inside it ("down from
  41 per cent in the last poll, and Labour is on 30 per cent": only the 41 is the last poll's).

They are kept out of :func:`corpus.own`, so they stand in for unseen text. First score on main, before any
change (figures, grouping, population, answer, question): 1.000 0.882 0.430 0.904 0.675.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_grouping_r13.jsonl"


def test_r13_grouping_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=10, labelled=("population", "question"))
    assert all(r["figures"] for r in records)


def test_r13_grouping_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.882 first; 0.917 once an earlier poll named before a new clause (", and Labour is on 30 per cent")
    # no longer makes that clause's figure the earlier poll's (d02). Still wrong: b01-b02 (a "from X to Y"
    # pair puts both readings in the earlier wave; a fix cost 5-fold grouping .003 through the refit) and
    # a02 ("while the Liberal Democrats sit on 11%" read as that figure's population).
    assert s.group_f1 >= 0.9
