"""Populations in shapes that recur in fresh real text and in the training passages' mistakes, never fitted on.

``data/cases_populations_real.jsonl`` holds short passages written for these tests, one set per kind of
population loss that recurred both in the out-of-fold mistakes on the training part and in real pages read
for this round (prose news, blogs and releases, US and abroad): a state named in the figure's own sentence
beside a sample with no place ("In Oregon, a poll of 650 likely voters found 54 percent" -> "Oregon likely
voters"), with a state before a title that names a person, not the place polled; a state's heading or
sentence over figures the passage's first state would otherwise take ("PENNSYLVANIA: Price 47%"). Labelled by the shared
README's rules before the extractor was run on them, and kept out of :data:`corpus.OWN_FILES` so the
weights never see them.

First score on main before any change for them (figures, groups, population, answer, question), state
samples (pr01-pr05): 1.000 1.000 0.848 0.818 0.701; with the states carried too far (pr01-pr08):
1.000 0.960 0.833 0.850 0.679.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_real.jsonl"


def test_real_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=8, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_real_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # pr01-pr05: 0.848 when written, on main; 1.000 with a state named in the figure's sentence given to its
    # sample. pr01-pr08: 0.833 on main; 0.990 with a heading's or sentence's state over the passage's.
    assert s.population >= 0.96
