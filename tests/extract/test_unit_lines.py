"""Crosstabs that print their unit once, as a line of percent signs (unit_lines): a bare row under it is a
row of shares even alone, the banner's and the title's bare numbers are heads, and a banner of one word a
column names the row's people. The tables are written for these tests."""

from __future__ import annotations

from bot.reading.extract import Extractor

LONE_ROW = (
    "Tidewater Research: detailed tables\n"
    "Base: all adults in Britain (1,500)\n"
    "Total Con Lab LD Green Men Women\n"
    "Weighted Sample 1500 410 380 120 90 730 770\n"
    "% % % % % % %\n"
    "\n"
    "14-15 21-22\n"
    "May May\n"
    "Q3. Should the toll bridge charge be lifted?\n"
    "Yes, lift it 51 53 47 100 0 58 49 56 50\n"
)


def test_a_lone_row_under_a_unit_line_is_read_whole(extractor: Extractor) -> None:
    got = [f.value for f in extractor.extract(LONE_ROW).figures]
    assert got == [51, 53, 47, 100, 0, 58, 49, 56, 50]  # the wave's dates and the sample row are no figures


def test_the_banner_names_the_columns_people(extractor: Extractor) -> None:
    figs = extractor.extract(LONE_ROW).figures
    by_value = {f.value: f for f in figs}
    assert by_value[56].population.lower() == "men"
    assert by_value[100].answer.lower().startswith("yes")


def test_a_row_as_wide_without_a_unit_line_is_left_to_the_model(extractor: Extractor) -> None:
    text = LONE_ROW.replace("% % % % % % %\n", "")
    assert 100 not in [f.value for f in extractor.extract(text).figures]
