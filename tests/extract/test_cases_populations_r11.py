"""Populations abroad in shapes that recur in fresh real text and in the training passages' mistakes, never
fitted on.

``data/cases_populations_r11.jsonl`` holds short passages written for these tests (eleventh round), one set
per kind of population loss that recurred both in the out-of-fold mistakes on the training part's passages
from abroad and in real pages from abroad read for the round:

- pa01-pa04: a country's default where the passage never writes the country's name, only its parties,
  pollsters and leaders (an Irish Red C poll read as Australian through "Coalition partners", a 1News
  Verian poll read as British through "Labour"): "Irish voters", "New Zealand voters".
- pa05-pa08: a party's own voters written as a possessive ("Labour's 2024 general election voters"), a
  pronoun ("lost 14% of their 2024 voters to ...", "holds 63% of its 2024 voters") or a past-vote clause
  with no year ("those who backed Reform UK at the last election"): "2024 Labour voters".
- pa09-pa10: a release that calls its sample "electors" (Roy Morgan's word in Australia and New Zealand):
  "Australian electors".

Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on main before any change for them (figures, groups, population, answer, question): all
0.982 0.952 0.361 0.817 0.467; population pa01-pa04 0.250, pa05-pa08 0.449, pa09-pa10 0.583. On the
branch: population 0.907 (pa01-pa08 1.000; pa09-pa10 still 0.583: the sample's bare "electors" outranks
the country's electors where the passage names no other people).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_r11.jsonl"


def test_r11_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=8, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r11_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.361 on main when written, 0.907 with the country's words counted and a party's voters read.
    assert s.population >= 0.89
