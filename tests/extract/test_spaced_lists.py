"""Grouping rules of the twenty-seventh round (gr28), on passages written here: a list one row a paragraph
is one list (``groups.SPACED_LISTS``), and a side-by-side table with no repeated header reads a header of
one word a small table as each table's people (:mod:`paired_columns`)."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor
from tests.extract.by_value import group_values

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[float]]:
    return group_values(EXTRACTOR, text)


def test_a_list_one_row_a_paragraph_is_one_group() -> None:
    text = (
        "Party vote in the Kauri Polling survey\n\n"
        "Blue Party: 38% (down 2)\n\nRed Party: 31% (up 1)\n\nGreen Party: 12% (steady)\n\n"
        "Centre Alliance: 9% (up 2)\n\nFarmers First: 6% (down 1)\n\nOthers: 4% (steady)\n\n"
        "Don't know: 12% (up 1)\n"
    )
    assert _groups(text) == [[38, 31, 12, 9, 6, 4, 12]]


def test_two_spaced_lists_under_their_titles_stay_apart() -> None:
    text = (
        "Should the town merge its two schools?\n\nYes: 44%\n\nNo: 47%\n\nNot sure: 9%\n\n"
        "Should the pool open on Sundays?\n\nYes: 61%\n\nNo: 30%\n\nNot sure: 9%\n"
    )
    assert _groups(text) == [[44, 47, 9], [61, 30, 9]]


def test_a_header_word_over_each_small_table_names_its_people() -> None:
    text = (
        "Party support by region (Harbour Research)\n\n"
        "North South\n"
        "Labour 41 Labour 33\n"
        "National 37 National 45\n"
        "Greens 22 Greens 22\n"
    )
    figs = EXTRACTOR.extract(text).figures
    assert _groups(text) == [[41, 37, 22], [33, 45, 22]]
    assert [f.answer for f in figs[:2]] == ["Labour", "Labour"]
    assert [f.population for f in figs[:2]] == ["North", "South"]
