"""Crosstabs copied as plain text: runs of header cells, one-line tables, two titled tables in a row.

Moved from the old test_cases_crosstabs.py; the written set cases_crosstabs.jsonl is in
data/written_sets.toml.
"""

from __future__ import annotations

from bot.reading.extract import Extractor, extraction_to_json
from bot.reading.extract.population_candidates import rejected


def test_a_run_of_header_cells_is_no_population() -> None:
    assert rejected("Ind Men Women") and rejected("Men Women 18-34") and rejected("Total Dem Rep")
    assert not rejected("white women") and not rejected("Black men") and not rejected("men")


def test_a_one_line_table_reads_its_header_cells(extractor: Extractor) -> None:
    text = "Transit levy Total Dem Rep Ind Support 51 77 24 49 Oppose 40 15 70 41 Unsure 9 8 6 10"
    figures = extraction_to_json(extractor.extract(text))["figures"]
    by_value = {f["value"]: f for f in figures}
    assert by_value[77]["population"] == "Democrats" and by_value[24]["population"] == "Republicans"
    assert by_value[77]["group"] == by_value[15]["group"] != by_value[24]["group"]


def test_two_titled_tables_in_a_row_are_two_tables(extractor: Extractor) -> None:
    text = (
        "Library hours\nTotal Men Women\nExtend 58 55 61\nKeep 37 40 34\nUnsure 5 5 5\n\n"
        "Park fees\nTotal Men Women\nRaise 22 25 19\nKeep 71 68 74\nUnsure 7 7 7"
    )
    figures = extraction_to_json(extractor.extract(text))["figures"]
    by_value = {f["value"]: f for f in figures}
    assert by_value[55]["group"] == by_value[40]["group"] != by_value[25]["group"]
