"""A national race outside the US named by its country (bot.reading.extract.national_races)."""

from __future__ import annotations

from bot.reading.extract.national_races import name_nation, passage_nation


def test_a_foreign_poll_names_its_country_by_its_people_or_its_parties() -> None:
    kenyan = "Most Kenyans polled by Savanna Metrics would back the incumbent; Kenyans vote next August."
    assert passage_nation(kenyan) == "Kenyan"
    irish = "Fine Gael slips to 19pc while Sinn Féin holds at 24pc in the latest poll."
    assert passage_nation(irish) == "Irish"


def test_an_american_passage_names_no_foreign_country() -> None:
    us = "Americans are split on aid to Israel: 44% of U.S. adults back more of it."
    assert passage_nation(us) == ""
    q = "Vote choice in the presidential election"
    assert name_nation(q, us) == q


def test_only_a_national_race_is_renamed() -> None:
    text = "In a runoff, Chileans would pick the challenger: Chile votes in December, and Chileans are tired."
    assert name_nation("Vote choice in the presidential runoff", text) == (
        "Vote choice in the Chilean presidential runoff"
    )
    assert name_nation("Vote choice in the 2026 first round of the presidential election", text) == (
        "Vote choice in the 2026 first round of the Chilean presidential election"
    )
    assert (
        name_nation("Vote choice in the Santiago mayoral race", text)
        == "Vote choice in the Santiago mayoral race"
    )
    assert name_nation("Do you approve of the president?", text) == "Do you approve of the president?"
