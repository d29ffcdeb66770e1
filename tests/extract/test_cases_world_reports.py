"""The extractor on reports from outside the US that scope a run of figures to one region, never fitted on.

``data/cases_world_reports.jsonl`` holds 11 short passages in our own words (Canada, Britain, Scotland,
Australia): a national result and then the same list for one province, nation or state, the region named
once before the list (in an earlier sentence, or in a line ending with a colon above "Party: NN per cent"
lines) and not beside each figure; a regional poll named by its adjective ("the Scottish poll") beside a
national one; and a national marker ("Across the country", "Nationally") that ends the region's scope.
They are kept out of :func:`corpus.own`, so they stand in for unseen text. First score, on main before
the change they were written for (figures, groups, population, answer, question): 1.000 0.878 0.310 0.929
0.636.

wr09-wr11 (added later, on integ before the change: population 0.571 on the three, 0.643 on all 11) give
a party's result as a row "Party NN%" (Scotland, Britain in a capitals tally, Canada): the party names
an answer, never who was asked (rules._party_row_label). After it: 0.643 on the three, 0.661 on all 11;
wr10 still reads its capitals heading ("... POLL:") as the population.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

WORLD = Path(__file__).parent / "data" / "cases_world_reports.jsonl"


def test_world_report_cases_are_well_formed() -> None:
    records = load(WORLD)
    check_written_cases(records, at_least=11, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_world_report_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(WORLD), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.310 first; 0.690 once a figure left with the passage's default population takes the region an
    # earlier sentence of its paragraph scopes it to (world_scope); 0.667 once a regional poll's default
    # "Australian voters" becomes its region's voters (a labels convention wr05 does not follow).
    # 0.643 on 11 cases before party rows stopped naming populations; 0.661 after.
    assert s.population >= 0.65
    assert s.group_f1 >= 0.90
