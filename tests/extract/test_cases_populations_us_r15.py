"""US populations (fifteenth round): a party primary's figures belong to its primary electorate.

``data/cases_populations_us_r15.jsonl`` holds short passages written for these tests:

- pu01: a national poll's Republican field reported naming nobody near the figures, under a sample line of
  registered voters: "Republican primary voters".
- pu02: a state poll's Democratic field, sampled as "likely voters in Ohio": "Ohio likely Democratic primary
  voters".
- pu03: a release that names its primary electorate once ("likely GOP primary voters") and then reports the
  field naming nobody; a later whole-sample question keeps "registered voters".
- pu04: a general-election matchup beside a party primary: the matchup keeps the whole sample.
- pu05, pu07: age subgroups written "in their 40s", "older than 65", "younger than 30" after the head word.
- pu06: a state poll's caucus field: "Nevada Democratic caucus-goers".

Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on integ before any change (figures, groups, population): 0.958 0.950 0.578; 0.900 once a
party's contest takes its primary voters (:mod:`bot.reading.extract.primary_voters`); 0.952 once an age
decade or "younger/older than N" is read as part of the people (pu05's topline still takes the subgroup
written after it).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_us_r15.jsonl"


def test_r15_us_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=7, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r15_us_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.578 on integ when written; 0.900 with a party contest's primary voters; 0.952 with age phrases.
    assert s.population >= 0.94
