"""Populations abroad in two shapes that recur in fresh real text and in the training passages' mistakes,
never fitted on.

``data/cases_populations_r12.jsonl`` holds short passages written for these tests (twelfth round):

- pr01-pr05: a region that opens its clause, a comma, then the clause's first figure and more after it
  ("In Alberta, 61% would back ... against 17% for the NDP and 12% for ..."), the shape Canadian and
  Australian releases use for their regional bullets: the region is who answered for every figure of the
  clause, not only the first, and the national figures before it keep the country's people.
- pr06-pr09: a report from Britain or Ireland that writes "voters" only inside subgroups' names ("Among
  2024 Conservative voters", "Labour's 2024 voters", "young voters", "Younger voters"): its toplines are the
  release's universe ("Britons", "Irish voters"), not a bare "voters"; pr09 names Britons itself.

Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on main before any change (figures, groups, population): 1.000 0.893 0.524 (pr01 0.400, pr04
0.000, pr05 0.400: the region read as the first figure's own label, the clause's later figures given the
country's people; pr06 0.250, pr07 0.214, pr08 0.667: "voters"). On the branch: 1.000 1.000 0.978 (pr03's
state written "Queensland voters" where the label is the bare state: world_scope names an Australian
state's voters by the default's kind).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_r12.jsonl"


def test_r12_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=9, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r12_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.524 on main when written; 0.978 once a region opening its clause scopes the whole clause and a
    # bare "voters" abroad is the release's universe.
    assert s.population >= 0.95
