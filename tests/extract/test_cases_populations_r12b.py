"""A regional poll's national figures, a shape that recurs in fresh real text and in the training passages'
mistakes, never fitted on.

``data/cases_populations_r12b.jsonl`` holds short passages written for these tests (twelfth round, second
pass): a poll of one province or US state that also reports the country's figures after a national marker
("Across Canada, though, ...", "Nationally Smith is at 27%", "Canada-wide, 29% ...", "leads nationally
with 44%"). The figures after the marker are the country's people ("Canadians", "Canadian voters") or, for
a US state's poll, "voters nationally"; those after the region is named again (pn04: "even stronger in
Iowa") are the region's again.

pn06-pn09: an age band written with "among" right beside its figure, after it ("29% among 18 to 34", "21 per
cent among those 65+") or before it ("among 35 to 54 (47%)"), two bands in one sentence: each figure is its
own band's, not the passage's people nor the neighbouring figure's band.
Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on main before any change (figures, groups, population): pn01-pn05 1.000 1.000 0.606 (every
national figure given the region's voters); all nine 1.000 0.968 0.511 (pn06-pn09: the age bands after
their figures lost to the country's people or to the other band). On the branch: 1.000 0.968 0.946 (pn03's
Iowa figures read "Iowa Smith": the candidate's name taken into the population, left alone).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_r12b.jsonl"


def test_r12b_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=9, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r12b_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.511 on main when written; 0.946 once a national marker in a regional poll gives the country's people
    # and an age band beside its figure is that figure's.
    assert s.population >= 0.9
