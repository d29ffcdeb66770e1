"""The extractor's grouping on two kinds that recur both in the training part's out-of-fold mistakes and in
fresh real pages from abroad, written in our own words for the eleventh round and never fitted on.

``data/cases_groups_r11.jsonl`` holds 9 short passages:

- gr11a01-a05: one question's options, then in the next sentence another measure or question whose shares
  together with them add up past a whole (a two-party split then first preferences, party shares then a
  "which party is best on housing" question with the same parties as options, a province then the nation,
  a horse race then a ballot measure, a leader's rating then vote intention). Merged, they are a
  precision loss.
- gr11b01-b04: one party list carried over two sentences, the second opening with a party as its subject
  ("The Liberal Democrats are on 13%"), which the labels read as a population: the continuation is
  refused and the list split in two. Split, they are a recall loss.

They are kept out of :func:`corpus.own`, so they stand in for unseen text. First score on main, before any
change (figures, grouping, population, answer, question): 0.966 0.830 0.556 0.916 0.687 (a01-a05 grouping
0.853, b01-b04 0.789).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_groups_r11.jsonl"


def test_r11_group_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=9, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_r11_group_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.830 first; 0.912 once a continuation's population that is one of its own options ("Liberal
    # Democrats", from "The Liberal Democrats are on 13%") gives way to the other part's (b01-b04 1.000).
    # a01 (a two-party split beside first preferences) stays merged: the share limit finds "nets" across
    # a long list (see the report of the eleventh round).
    assert s.group_f1 >= 0.90
