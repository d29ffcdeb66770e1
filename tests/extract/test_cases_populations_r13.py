"""Populations in four shapes that recur in fresh real reports from abroad and in the training passages'
mistakes, never fitted on.

``data/cases_populations_r13.jsonl`` holds short passages written for these tests (thirteenth round):

- pp01-pp03: how far a region reaches. A region written right after its figure as an aside to the
  national one ("7% of the national vote, or 29% in Quebec") labels that figure alone; a region that
  opens a bullet ("- In vote-rich Ontario, the Liberals (40%) ...") is who answered in that bullet, over a
  sample named in an earlier national sentence; a national marker ends a region's reach.
- pp04-pp05: an exclusion ("Once undecided voters are excluded", "Excluding undecided voters, ...") names
  who was not counted: the figures keep the release's universe ("Irish voters").
- pp06: language groups are people ("Among francophones", "64% of non-francophones"). Not fixed: read as
  population head words they cost 5-fold cross-validated population .001 and grouping .001 after the
  refit, so the passage keeps its 0.500.
- pp07: a subgroup given as part of a total ("61% ... (including 45% of Conservative voters)") is that
  figure's population, not the passage's.

Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on main before any change (figures, groups, population): 1.000 0.788 0.751 (pp01 0.778: the
aside's region read by the rules pass for a later figure; pp04 0.550 and pp05 0.400: "Once undecided
voters", "Excluding undecided voters"; pp06 0.500: the language groups are no people; pp07 0.800). On the
branch 0.865: pp04 and pp05 1.000; pp02 and pp03 score on main as on the branch (the shapes the fresh pages
broke on were a longer sample phrase and the rules pass's guess, which these short passages do not
provoke), and pp01's last figure keeps the rules pass's region.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_r13.jsonl"


def test_r13_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=7, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r13_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.751 on main when written; 0.865 once an exclusion is no population.
    assert s.population >= 0.85
