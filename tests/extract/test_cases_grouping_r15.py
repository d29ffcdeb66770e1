"""The extractor's grouping on kinds seen in fresh real pages and in the training part's out-of-fold
mistakes, written in our own words for the fifteenth round and never fitted on.

``data/cases_grouping_r15.jsonl`` holds 10 short passages:

- gr15a01-a02: shares after proportions in words ("four in 10 (41%)", "four out of 10 (40%)"): the
  bracket is the poll's own share, not an earlier reading (figures._restated).
- gr15a03: shares in brackets after sums of money ("earning $100,000 or more (48%)"): three subgroups.
- gr15b01-b03: one rating given twice in consecutive sentences (overall and among a party's voters; two
  leaders' good and bad weeks; two officials' approval): two groups each (repeated_answers).
- gr15c01: a party list interrupted by a best-prime-minister question whose options are people: the
  leaders' shares are their own group (right on integ already; a party/person mark in clustering was
  tried and dropped, see docs/extraction.md).
- gr15d01-d03: a party list told over two or three sentences, one party named beside each share: one
  group (party_runs); a party's share among its past voters after the list stays apart.

They are kept out of :func:`corpus.own`, so they stand in for unseen text. First score on integ, before
any change (figures, grouping, population, answer, question): 1.000 0.742 0.543 0.616 0.758.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_grouping_r15.jsonl"


def test_r15_grouping_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=10, labelled=("population", "question"))
    assert all(r["figures"] for r in records)


def test_r15_grouping_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.742 first; 0.963 with the proportion brackets read as this poll's shares and party lists over
    # sentences joined (gr15d01's first share still names its sample in another wording and stays apart).
    assert s.group_f1 >= 0.93
