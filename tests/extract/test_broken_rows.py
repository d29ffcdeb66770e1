"""A banner table whose banner and rows a PDF's text dump broke over lines (broken_rows.rejoin).

The tables below are invented for these tests.
"""

from __future__ import annotations

from bot.reading.extract import Extractor
from bot.reading.extract.broken_rows import rejoin

_BROKEN = (
    "Q1. Do you approve or disapprove of the job Governor Ruiz is doing?\n"
    "Party\n"
    "Ind/\n"
    "Total Dem Rep Other M\n"
    "F\n"
    "Approve\n"
    "51% 78% 19% 44% 47% 55%\n"
    "Disapprove\n"
    "40% 15% 72% 45%\n"
    "44% 37%\n"
    "Don't know/No opinion\n"
    "9%\n7%\n9%\n11%\n9%\n8%\n"
)


def test_banner_and_rows_are_joined_one_for_one() -> None:
    out = rejoin(_BROKEN)
    assert len(out) == len(_BROKEN)
    lines = out.split("\n")
    assert "Total Dem Rep Other M F" in lines
    assert "Approve 51% 78% 19% 44% 47% 55%" in lines
    assert "Disapprove 40% 15% 72% 45% 44% 37%" in lines
    assert "Don't know/No opinion 9% 7% 9% 11% 9% 8%" in lines
    assert "Party" in lines and "Ind/" in lines  # the category and tops lines stay as they are


def test_a_row_that_runs_short_leaves_the_table_alone() -> None:
    text = (
        "Total Men Women 18-34 55+\nYes\n52% 49% 55% 61% 47%\nNo\n38% 42% 34%\nNot sure\n10% 9% 11% 8% 12%\n"
    )
    assert rejoin(text) == text


def test_heads_one_a_line_and_tabbed_grids_are_left_to_the_layout() -> None:
    stacked = "Total\nDem\nRep\nApprove\n47%\n86%\n12%\nDisapprove\n46%\n9%\n83%\n"
    tabbed = "\tTotal\tDem\tRep\nApprove\n\t47\t86\t12\nDisapprove\n\t46\t9\t83\n"
    assert rejoin(stacked) == stacked
    assert rejoin(tabbed) == tabbed


def test_the_broken_table_is_read_by_its_columns(extractor: Extractor) -> None:
    figures = extractor.extract("Lakeview College poll of 700 registered voters\n" + _BROKEN).figures
    by_value = {(f.value, f.answer.lower()): f.population for f in figures}
    assert by_value[(78, "approve")] == "Democrats"
    assert by_value[(72, "disapprove")] == "Republicans"
    assert by_value[(37, "disapprove")] == "women"
