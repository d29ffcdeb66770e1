"""A scorecard's heads copied one cell a line, each closed by its date (result_columns): the result's column
is no figure, and the rows' candidates answer every poll's column. The table is written for these tests."""

from __future__ import annotations

from bot.reading.extract import Extractor

SCORECARD = (
    "How the final polls did: Ohio Senate, 2024\n"
    "\n"
    "OH\n"
    "Senate\n"
    "Actual\n"
    "Result\n"
    "11/5/2024\n"
    "Lakeview\n"
    "Polling\n"
    "11/2/2024\n"
    "River City\n"
    "Research\n"
    "10/30/2024\n"
    "Summit\n"
    "Survey\n"
    "10/25/2024\n"
    "Moreno (R)* 52% 49% 47% 50%\n"
    "Brown (D) 46% 46% 48% 44%\n"
    "Margin 6 3 1 6\n"
)


def test_the_result_column_and_the_margin_row_are_no_figures(extractor: Extractor) -> None:
    got = sorted(f.value for f in extractor.extract(SCORECARD).figures)
    assert got == sorted([49, 47, 50, 46, 48, 44])


def test_each_poll_column_takes_its_rows_candidate(extractor: Extractor) -> None:
    answers = {f.value: f.answer for f in extractor.extract(SCORECARD).figures}
    assert answers[47] == "Moreno"
    assert answers[44] == "Brown"
