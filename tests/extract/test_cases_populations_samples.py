"""The extractor's populations on passages about where a sample is named and whom a regional poll asks, never fitted on.

``data/cases_populations_samples.jsonl`` holds short passages written for these tests in shapes the other
case files lack: a methods line at the end naming the sample more precisely than the lede ("612 likely
Republican primary voters in South Dakota" after "South Dakota voters"); generation lists split by
semicolons ("27% of Gen Z; 33% of millennials"); subgroups carrying race, sex, education and age
modifiers; regional polls in Quebec, Catalonia, Western Australia, Bavaria and Washington State whose
universe is the region's people, not the country's; releases naming only "respondents" or "a sample of N"
(a US release weighted to Census estimates, a GB release weighted to the adult population); Canadian vote
intention "among decided voters"; and crosstab rows ("King County: Yes 61% No 33%"). Labelled by the
shared README's rules before the extractor was run on them, and kept out of :func:`corpus.own` so the
weights never see them: their score says whether the population stage reads unseen text.

First score on main before any change for them (figures, groups, population, answer, question):
1.000 0.900 0.496 0.717 0.533.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_samples.jsonl"


def test_population_sample_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=10, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_population_sample_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.496 when written, on main before any change for them; 0.504 with precise sample lines read
    # whole; 0.551 with generations and education qualifiers; 0.634 with "conducted ... with N" sample
    # lines and a second qualifier; 0.654 with "decided voters" (pop11).
    assert s.population >= 0.64
