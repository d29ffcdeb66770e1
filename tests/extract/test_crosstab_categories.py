"""A crosstab block's category before its first subgroup (:mod:`crosstab_categories`) and heads broken over
two lines of a banner (:mod:`banner_tops`), on invented tables."""

from __future__ import annotations

from bot.reading.extract.banner_tops import categorise, merge
from bot.reading.extract.crosstab_categories import category_heads, split_category
from bot.reading.extract.weighed import WeighedExtractor


def test_a_category_opening_a_row_is_taken_off() -> None:
    assert split_category("Party ID Democrat") == ("Party ID", "Democrat")
    assert split_category("Gender Women") == ("Gender", "Women")
    assert split_category("Household Income Less than $40,000") == ("Household Income", "Less than $40,000")
    assert split_category("Age 18 to 29") == ("Age", "18 to 29")


def test_a_label_with_no_category_stays_whole() -> None:
    assert split_category("Republican") == ("", "Republican")
    assert split_category("Region") == ("", "Region")
    assert split_category("Party leaders") == ("", "Party leaders")  # no subgroup written with a capital


def test_a_line_of_categories_is_read_head_by_head() -> None:
    line = "Age Party Income Political View Gender Union HH Region"
    assert category_heads(line) == [
        "Age",
        "Party",
        "Income",
        "Political View",
        "Gender",
        "Union HH",
        "Region",
    ]
    assert category_heads("Party leaders met today") == []


def test_broken_heads_get_their_tops_back() -> None:
    heads = ["Total", "Dem", "Rep", "Other", "M", "F", "White", "/Black", "<$40K", "$90K", "$90K+"]
    got = merge("Ind/ Afr Amer $40K-", heads)
    assert got[3] == "Ind/Other" and got[7] == "Afr Amer/Black" and got[9] == "$40K-$90K"
    assert merge("Q5. Do you approve?", heads) == heads
    assert merge("Ind/ Afr Amer $40K-", ["Total", "Dem", "Rep"]) == ["Total", "Dem", "Rep"]  # a top unplaced


def test_an_open_band_broken_before_its_plus_gets_its_amount_back() -> None:
    heads = ["Total", "Dem", "Rep", "Other", "White", "/Black", "<$40K", "$90K", "+"]
    got = merge("Ind/ Afr Amer $40K- $90K", heads)
    assert got[3] == "Ind/Other" and got[5] == "Afr Amer/Black"
    assert got[6:] == ["<$40K", "$40K-$90K", "$90K+"]
    assert merge("Ind/ $90K", ["Total", "Dem", "Other", "<$40K", "$90K"]) == [
        "Total",
        "Dem",
        "Other",
        "<$40K",
        "$90K",
    ]


def test_a_banner_with_a_bare_plus_is_read_once_its_top_is_back() -> None:
    banner = "Total Dem Rep Other M F White /Black <$40K $90K +"
    rows = "Approve 41% 70% 12% 38% 39% 43% 35% 72% 47% 40% 33%\nDisapprove 52% 24% 83% 55% 55% 49% 58% 20% 45% 54% 61%\n"
    text = f"Q1. Do you approve of the mayor?\nParty Gender Ethnicity Income\nInd/ Afr Amer $40K- $90K\n{banner}\n{rows}"
    pops = [
        f.population
        for f in WeighedExtractor().extract(text).figures
        if (f.answer or "").lower() == "approve"
    ]
    assert pops[1:4] == ["Democrats", "Republicans", "independents/Other"]
    assert pops[-2:] == ["income $40K-$90K", "income $90K+"]
    headless = text.replace("Ind/ Afr Amer $40K- $90K\n", "")
    assert not any(
        p and "+" in p for p in (f.population for f in WeighedExtractor().extract(headless).figures)
    )


def test_yes_no_and_other_heads_are_named_by_their_category() -> None:
    heads = ["Total", "Dem", "Rep", "Lib", "Cons", "Yes", "No", "Cath", "Prot", "Other", "Yes", "No"]
    got = categorise("Party Ideology Union HH Religion Gun Owner", heads)
    assert got[5:7] == ["union households", "non-union households"]
    assert got[9] == "Other religion"
    assert got[10:] == ["gun owners", "non-gun owners"]


def test_rows_under_a_run_together_header_read_their_block_category() -> None:
    text = (
        "Glenmoor Likely Voters\n"
        "If the election for governor in Vermont were held today, who would you vote for?\n"
        "Ines Parke, the Democratic candidate Tom Aldane, the Republican candidate Undecided\n"
        "Row % Row % Row %\n"
        "Glenmoor Likely Voters 48% 44% 8%\n"
        "Gender Men 41% 52% 7%\n"
        "Women 55% 36% 9%\n"
        "Age Under 45 50% 41% 9%\n"
        "45 or older 46% 47% <1%\n"
    )
    figs = WeighedExtractor().extract(text).figures
    by_value = {(f.value, f.population): f for f in figs}
    men = by_value[(41.0, "Men")]
    assert men.answer == "Ines Parke"
    assert men.question.startswith("Vote choice in the Vermont")
    assert by_value[(41.0, "Under 45")].answer == "Tom Aldane"
    assert all(f.value != 1 for f in figs)  # "<1%" is a bound, no figure
