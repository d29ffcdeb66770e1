"""Populations abroad where a passage names no people for its figures: whose default it is.

``data/cases_populations_r14.jsonl`` holds short passages written for these tests (fourteenth round):

- pr01: a regional poll (Scotland) whose figures name nobody, beside subgroups written "... voters": the
  region's voters, not the country's ("Britons").
- pr02: a Canadian pollster's poll about the British monarchy, which writes "Britons" as well as
  "Canadians": the pollster's country decides the universe.
- pr03: a provincial poll whose sample line names its people ("amongst 1,540 Quebecers").
- pr04: an Australian report that writes "voters" bare for one question: the vote figures, whose clauses
  name nobody, still take the country's voters.
- pr05: a survey that calls its whole sample "respondents" again and again.
- pr06: an Irish poll naming its sample "the electorate".
- pr07: "of the public" for the whole sample.
- pr08: a party list holding a party whose name ends in a people word ("Progressive Democrats").

Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on main before any change (figures, groups, population): 1.000 0.969 0.465 (pr01 0.000 and
pr02 0.000: "Britons"; pr04 0.762: a bare "voters"; pr06 0.333; pr08 0.000).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_r14.jsonl"


def test_r14_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=8, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r14_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.465 on main when written; 0.739 once a regional poll's voters and the pollster's people are read.
    assert s.population >= 0.73
