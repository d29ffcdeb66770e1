"""The extractor on written tables in layouts and countries the other table sets lack, never fitted on.

``data/cases_tables_world.jsonl`` holds 18 passages (312 figures, 1 negative), written before any change
to how a table cell is labelled: crosstabs turned round (subgroups as rows, options as columns) with an
n column, a pipe table of Canadian regions by party, a tab-separated UK crosstab by 2024 vote under a
bold question, Australian states with an n= row under the header, German Länder as rows, three stacked
toplines under bold questions, a tab-separated tracker with fieldwork dates as rows, a US crosstab with
race and education columns and an (n=) row, income columns whose labels hold numbers ("Under $50K"),
past-vote columns in a pipe table without outer pipes, New Zealand and Irish party-support columns,
Canadian provinces with a Total row, Indian age bands as rows, past-vote columns carrying years
("Remain 2016"), a favourability battery with one person a row, and a seat projection that holds no
poll figure. Every figure carries population, answer and question by the shared README's rules.
First scored on unchanged main (e79c1d9): figure F1 0.921, grouping 0.993, population 0.350, answer
0.799, question 0.617. With labels read off the table's axes (table_labels): 0.921, 1.000, 0.835, 0.979,
0.623.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_tables_world.jsonl"


def test_world_table_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=18, negatives=1, labelled=("answer", "population", "question"))


def test_world_table_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.91, s.misses
    assert s.group_f1 >= 0.98
    assert s.population >= 0.82
    assert s.answer >= 0.96
    assert s.question >= 0.61
    for r in load(CASES):
        if not r["figures"]:
            assert extractor.extract(str(r["text"])).figures == (), r["id"]
