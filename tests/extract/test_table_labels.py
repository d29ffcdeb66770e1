"""A table's cells take their answer and population from the table's axes (table_labels), either way round.

The texts are written for these tests: a crosstab with options down the side, the same turned round, a
crosstab flattened onto one line under a banner written before its question, a banner written with single
spaces whose cells have several words, a trend table (dates are waves, not people) and a battery (names
down the side are items, not people).
"""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor
from bot.reading.extract.table_labels import OPTION, PARTY, SUBGROUP, TOTAL, label_kind
from tests.extract.by_value import labels_by_value


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Total", TOTAL),
        ("All likely voters", TOTAL),
        ("Total approve", OPTION),
        ("Dem", SUBGROUP),
        ("Women", SUBGROUP),
        ("18-29", SUBGROUP),
        ("Under $50K", SUBGROUP),
        ("College grad", SUBGROUP),
        ("Remain 2016", SUBGROUP),
        ("Midwest", SUBGROUP),
        ("Don't know", OPTION),
        ("Satisfied (%)", OPTION),
        ("Reform", PARTY),
    ],
)
def test_axis_label_kinds(label: str, kind: str) -> None:
    assert label_kind(label) == kind


def test_options_down_the_side_subgroups_across(extractor: Extractor) -> None:
    text = (
        "Tamarack Research poll of 840 Vermont adults, May 2027\n"
        "Should the state build more housing near transit?\n"
        "              Total    Men    Women    18-34    35+\n"
        "Yes              61     57       65       72     56\n"
        "No               30     35       26       21     34\n"
        "Not sure          9      8        9        7     10\n"
    )
    got = labels_by_value(extractor, text)
    assert got[57] == ("men", "yes")
    assert got[26] == ("women", "no")
    assert got[72][0] == "aged 18-34"


def test_subgroups_down_the_side_options_across(extractor: Extractor) -> None:
    text = (
        "Osprey Polling, 1,010 Maine registered voters\n"
        "Do you approve or disapprove of the Legislature?\n"
        "Group | Approve | Disapprove | Unsure\n"
        "All voters | 38 | 52 | 10\n"
        "Democrats | 55 | 36 | 9\n"
        "Republicans | 19 | 73 | 8\n"
        "Independents | 36 | 50 | 14\n"
    )
    got = labels_by_value(extractor, text)
    assert got[55] == ("democrats", "approve")
    assert got[73] == ("republicans", "disapprove")
    assert got[14] == ("independents", "unsure")


def test_a_flattened_crosstab_reads_its_banner_past_the_question(extractor: Extractor) -> None:
    text = (
        "Cedar Poll of 700 Iowa adults. Total Dem Rep Ind Q1. Do you support a ban on phones in schools? "
        "Support 64 71 58 62 Oppose 29 22 35 31 Not sure 7 7 7 7"
    )
    got = labels_by_value(extractor, text)
    assert got[71] == ("democrats", "support")
    assert got[35] == ("republicans", "oppose")


def test_a_banner_of_single_spaces_with_cells_of_several_words(extractor: Extractor) -> None:
    text = (
        "Lakeland Poll of 900 Florida adults\n"
        "Should the state raise the minimum wage?\n"
        "Total Men Women Under 45 45 and over College grad No degree\n"
        "Yes 62 58 66 70 57 64 61\n"
        "No 31 35 27 24 36 30 32\n"
        "Not sure 7 7 7 6 7 6 7\n"
    )
    got = labels_by_value(extractor, text)
    assert got[70] == ("under 45", "yes")
    # an open band named as an age, as the labels write bands ("aged 65 and older"; twenty-sixth round)
    assert got[36] == ("aged 45 and over", "no")
    assert got[64][0] == "college grad"


def test_dates_and_battery_items_name_no_population(extractor: Extractor) -> None:
    trend = (
        "Governor approval, Lakeview Poll of Ohio adults\n"
        "Date | Approve | Disapprove | Unsure\n"
        "Oct 2026 | 47 | 44 | 9\n"
        "Jul 2026 | 45 | 46 | 9\n"
    )
    battery = (
        "Favorability, Lakeview Poll of Ohio adults\n"
        "                 Favorable   Unfavorable   No opinion\n"
        "Sherrod Brown        46          41            13\n"
        "Bernie Moreno        39          44            17\n"
    )
    for text in (trend, battery):
        for f in extractor.extract(text).figures:
            assert "Oct" not in f.population and "Brown" not in f.population, f
    got = labels_by_value(extractor, battery)
    assert got[44][1] == "unfavorable"


def test_a_year_and_month_row_is_a_date_not_a_past_vote() -> None:
    from bot.reading.extract.table_labels import DATE, label_kind

    assert label_kind("2024 Mar 8-10") == DATE
    assert label_kind("2019 Oct") == DATE
    assert label_kind("2019 Conservative") != DATE
