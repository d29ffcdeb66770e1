"""A US House district's race named where a group's sentence names the district (passages written for these
tests, invented names and figures)."""

from __future__ import annotations

from bot.reading.extract.district_races import _district, ordinal_of
from tests.extract.by_value import questions_by_value as _questions


def test_ordinals_in_words_and_digits() -> None:
    assert [ordinal_of(x) for x in ("third", "Third", "9th", "2", "11", "22", "first")] == [
        "3rd",
        "3rd",
        "9th",
        "2nd",
        "11th",
        "22nd",
        "1st",
    ]


def test_district_phrases() -> None:
    text = "In Ohio's 9th district, Birch leads 47 percent to 44 percent."
    assert _district(text, len(text)) == ("Ohio", "9th")
    text = "In Kansas' third congressional district, Colter leads."
    assert _district(text, len(text)) == ("Kansas", "3rd")
    text = "A poll of likely OH-9 voters finds Birch ahead."
    assert _district(text, len(text)) == ("Ohio", "9th")
    text = "In District 2, Pike has 52%."
    assert _district(text, len(text)) == ("", "2nd")


def test_a_district_after_the_figure_is_a_subgroup() -> None:
    # "leads 55-40 in the 2nd district": a part of a statewide poll, not the race.
    text = "Statewide, Marsh leads Vries 48-44, and 55-40 in the 2nd district."
    assert _district(text, text.index("48")) is None


def test_a_roundup_of_districts() -> None:
    text = (
        "Quarry Street Research polled three House districts this month.\n\n"
        "In Ohio's 9th district, Democrat Lena Birch leads Republican Ward Kessel 47 percent to 44 percent "
        "among likely voters.\n\n"
        "In Kansas' third congressional district, Republican Amy Colter is ahead of Dan Reyes, 50 percent "
        "to 41 percent."
    )
    got = _questions(text)
    assert got[47].startswith("Vote choice in the Ohio 9th congressional district race")
    assert got[50].startswith("Vote choice in the Kansas 3rd congressional district race")


def test_a_numbered_district_takes_the_state_named_before() -> None:
    text = (
        "The Millbrook poll covered the Iowa governor's race and two House contests. In District 2, "
        "Republican Joan Pike has 52% to 43% for Democrat Sam Oduya among likely voters."
    )
    assert _questions(text)[52].startswith("Vote choice in the Iowa 2nd congressional district race")


def test_a_presidential_contests_districts_are_its_subgroups() -> None:
    text = (
        "The Granite poll of the Republican presidential primary has Vance Ruiz ahead statewide. In the 1st "
        "district, Ruiz has 40% to 31% for Ada Klee."
    )
    assert "congressional district" not in _questions(text)[40]
