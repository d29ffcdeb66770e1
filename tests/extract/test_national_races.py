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


def test_a_nation_poll_gives_its_own_voters_never_another_country_s() -> None:
    from bot.reading.extract.passage_cues import passage_cues

    brazil = (
        "The former Brazilian president keeps 46% of voting intentions; the Democratic Labor Party "
        "candidate has 6%, and the Brazilian challenger 38%."
    )
    assert passage_cues(brazil).country_voters == "Brazilian voters"
    france = (
        "In an Elabe survey, Le Pen has 32% of voting intentions in the first round and Bardella's rival 21%."
    )
    assert passage_cues(france).country_voters == "French voters"
    australia = (
        "Labor leads the Coalition 52-48 on the two-party vote in Newspoll; Labor's primary vote is 33%."
    )
    assert passage_cues(australia).country_voters == "Australian voters"


def test_a_nations_people_outside_the_country_table() -> None:
    from bot.reading.extract.national_races import NATION_PEOPLE, nation_people

    assert NATION_PEOPLE["Kenyan"] == "Kenyans"
    assert NATION_PEOPLE["Japanese"] == "Japanese voters"
    assert nation_people("Kenya Kwanza leads in Kenya; the One Kenya Coalition trails.")[0] == "Kenyans"
    assert nation_people("A poll of New Mexico voters in New Mexico.") == ("", 0)
