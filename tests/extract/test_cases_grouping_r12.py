"""The extractor's grouping on two kinds seen in fresh real pages from abroad (and the second in the training
part's out-of-fold mistakes), written in our own words for the twelfth round and never fitted on.

``data/cases_grouping_r12.jsonl`` holds 9 short passages:

- gr12a01-a04: a comparison legend before the figures ("compared with the previous poll, the figures
  are: Party A 31 per cent (up two points) ..."): each figure carries its own change, so it is this poll's
  reading; reading the first one as the earlier poll's split it off (a04 also gives one figure for last
  month's poll alone, a group of its own).
- gr12b01-b05: a change of standard measure from one sentence to the next (first preferences then the
  two-party split, a satisfaction rating then the best prime minister, party vote then preferred prime
  minister, favourability then vote intention), and one vote list carried over two sentences (b05, one group).

They are kept out of :func:`corpus.own`, so they stand in for unseen text. First score on main, before any
change (figures, grouping, population, answer, question): 1.000 0.783 0.656 0.938 0.577 (a01-a04 grouping
0.667, b01-b05 0.909).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_grouping_r12.jsonl"


def test_r12_grouping_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=9, labelled=("population", "question"))
    assert all(r["figures"] for r in records)


def test_r12_grouping_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.783 first; 0.962 once a figure given with its own change ("36 per cent (up one point)") is no longer
    # read as the earlier poll the comparison legend before it names (a01-a04 1.000). b04 (a favourability
    # score, then vote intention) stays merged: the link cue for two measures is outweighed there.
    assert s.group_f1 >= 0.95
