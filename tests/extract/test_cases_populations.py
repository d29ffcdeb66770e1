"""The extractor's populations on passages written for them (tests/extract/data/cases_populations.jsonl).

Fourteen short passages in the ways releases and reports name who was asked, US and not: a sample
stated once ("a survey of 1,100 likely voters in Ohio") that covers every figure not tied to a
subgroup; "among X" and "X (84%)" crosstab mentions that scope only their own clause; a country's poll
whose people are the default ("Canadians", "Britons", "Germans"); a region's poll ("voters in
Scotland"); age bands written as people ("16 to 24-year-olds", "over-65s"); a method note after the
figures. Labelled by the shared README's rules before the extractor was run on them, never fitted on.
First score (figures, groups, population, answer, question): 1.000 0.800 0.764 0.662 0.324."""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations.jsonl"


def test_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=12, labelled=("population",))
    assert all(r["figures"] for r in records)


def test_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.764 when written (the first 14 passages); 0.767 with the five whole-sample passages since the
    # whole-sample proposal ("6% of the whole sample" no longer takes the sentence before's subgroup).
    assert s.population >= 0.75
