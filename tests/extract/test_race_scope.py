"""The race a group's own sentences name (:mod:`race_scope`): another party's primary, a general election,
another state, a matchup outside a party's field, state and office headings.

Moved from the old test_cases_questions_r14.py and test_cases_questions_r15.py; their written sets are in
data/written_sets.toml.
"""

from __future__ import annotations

from bot.reading.extract.race_scope import (
    answer_names,
    matchup_across_parties,
    office_race,
    party_fields,
    scoped_race,
    section_state,
)
from bot.reading.extract.weighed import WeighedExtractor


def test_another_partys_primary_takes_its_own_name() -> None:
    asked = "Vote choice in the 2026 Ohio Republican primary for governor"
    own = ["In the Democrat primary, Owen Farris leads Celia Marsh 41 percent to 17 percent."]
    assert scoped_race(asked, own) == "Vote choice in the 2026 Ohio Democratic primary for governor"
    side = ["On the Democratic side, Tomas Reyes has 26 percent."]
    assert scoped_race(asked, side) == "Vote choice in the 2026 Ohio Democratic primary for governor"


def test_a_general_election_is_no_partys_primary() -> None:
    asked = "Vote choice in the 2026 Nevada Republican U.S. Senate primary"
    own = [
        "In a general election contest against Democrat Priya Sethi, Abernathy trails 43 percent to 47 percent."
    ]
    assert scoped_race(asked, own) == "Vote choice in the 2026 Nevada U.S. Senate general election"
    # a head-to-head alone may be inside the primary
    assert scoped_race(asked, ["In a head-to-head matchup, Abernathy leads Tillman 48 to 40."]) is None


def test_a_poll_in_another_state_names_its_state() -> None:
    asked = "Vote choice in the Oregon governor's race"
    assert scoped_race(asked, ["A new survey in Idaho finds Carla Dunn leading Hal Pryor, 51% to 36%."]) == (
        "Vote choice in the Idaho governor's race"
    )
    # a candidate's state is no poll's
    assert scoped_race(asked, ["Former Idaho Gov. Hal Pryor trails with 36%."]) is None


def test_members_that_name_two_contests_keep_the_question() -> None:
    asked = "Vote choice in the 2026 Ohio Republican primary for governor"
    own = [
        "Hartwick leads the Republican primary with 34 percent.",
        "Farris leads the Democratic primary with 41 percent.",
    ]
    assert scoped_race(asked, own) is None


def test_a_matchup_against_a_name_outside_the_partys_field_is_a_general_election() -> None:
    asked = "Vote choice in the 2028 Republican presidential primary"
    groups = [
        (asked, ["Alma Voss", "Curt Banner", "Nell Ibarra", "undecided", "Alma Voss; Ray Okafor (44% each)"])
    ]
    fields = party_fields(groups)
    assert fields == {"Republican": {"voss", "banner", "ibarra"}}  # a tie's names are no field's
    pair = answer_names("Ray Okafor") | answer_names("County Sheriff Curt Banner")
    assert (
        matchup_across_parties(asked, pair, fields) == "Vote choice in the 2028 presidential general election"
    )
    # two of the field's own candidates: still the primary
    assert matchup_across_parties(asked, {"voss", "banner"}, fields) is None
    # a larger list is a field of its own, not a matchup
    assert matchup_across_parties(asked, {"voss", "banner", "ibarra", "okafor"}, fields) is None
    assert answer_names("undecided") == set()


def test_a_state_heading_scopes_the_races_below_it() -> None:
    text = "Two contests.\n\nMontana\nHoyt leads Brill 48 percent to 44 percent.\n\nNevada\nSolis has 46 percent."
    a = WeighedExtractor().analyse(text)
    by_value = {n.value: n for n in a.numbers}
    assert section_state(a, by_value[48.0]) == "Montana"
    assert section_state(a, by_value[46.0]) == "Nevada"
    asked = "Vote choice in the Montana Senate race"
    assert scoped_race(asked, ["Solis has 46 percent."], "Nevada") == "Vote choice in the Nevada Senate race"
    # a section state fills a question naming none; a state named only in passing does not
    assert scoped_race("Vote choice in the Senate race", ["Solis has 46 percent."], "Nevada") == (
        "Vote choice in the Nevada Senate race"
    )
    assert scoped_race("Vote choice in the Senate race", ["Solis, raised in Nevada, has 46 percent."]) is None


def test_a_dateline_in_capitals_heads_no_section() -> None:
    a = WeighedExtractor().analyse("WASHINGTON -- A new poll finds 44 percent approve.")
    assert section_state(a, a.numbers[0]) == ""


def test_an_office_heading_names_its_race() -> None:
    assert office_race("Governor") == "the governor's race"
    assert office_race("U.S. Senate") == "the U.S. Senate race"
    assert office_race("Best Premier") == ""
    asked = "Vote choice in the Oregon Senate race"
    assert (
        scoped_race(asked, ["the governor's race Tess Varga 44"])
        == "Vote choice in the Oregon governor's race"
    )
