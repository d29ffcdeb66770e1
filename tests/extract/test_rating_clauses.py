"""A rating option told in a clause is the option alone (rating_clauses); a rating pair's sides from a rating
noun heading its clause, and a matchup line with party letters (split_pairs); a rating verb after a share
(rating_nouns). Invented wording."""

from __future__ import annotations

import pytest

from bot.reading.extract import rating_nouns, split_pairs
from bot.reading.extract.rating_clauses import option_of


@pytest.mark.parametrize(
    ("answer", "option"),
    [
        ("hold an unfavorable opinion of her", "unfavorable"),
        ("see the senator Very Favorably", "very favorable"),
        ("very unfavourably", "very unfavourable"),
        ("approve of Governor Ortega", "approve"),
        ("registered voters nationwide approve", "approve"),
        ("disapprove strongly of the plan", "disapprove strongly"),
        ("hold an unfavourable one", "unfavourable"),
    ],
)
def test_clause_cut_to_option(answer: str, option: str) -> None:
    assert option_of(answer) == option


@pytest.mark.parametrize(
    "answer",
    [
        "approve",
        "Total Approve",
        "strongly disapprove",
        "do not approve",
        "approve or disapprove",
        "favorable/unfavorable",
        "don't approve of him",
        "Dana Ortega",
    ],
)
def test_left_whole(answer: str) -> None:
    assert option_of(answer) is None


@pytest.mark.parametrize(
    ("before", "sides"),
    [
        ("Sen. Ann Vale's favorables stand at ", ("favorable", "unfavorable")),
        ("Gov. Tom Rusk has the highest unfavorables of any official, at ", ("unfavorable", "favorable")),
        ("the mayor's job approval stands at ", ("approve", "disapprove")),
        ("the premier's favourability is ", ("favourable", "unfavourable")),
    ],
)
def test_rating_noun_before_pair(before: str, sides: tuple[str, str]) -> None:
    assert split_pairs._noun_before(before) == sides


def test_rating_noun_in_a_race_names_no_sides() -> None:
    assert split_pairs._noun_before("despite her approval, Vale leads Rusk ") is None


def test_matchup_with_party_letters() -> None:
    got = split_pairs._matchup("Dana Ortega (D) over Sen. Lee Marsh (R): +6 (")
    assert got == ("Dana Ortega", "Lee Marsh")
    got = split_pairs._matchup("Oregon – Gov. Bo Kline (R) vs. businessman Tom Rusk (D) – ")
    assert got == ("Bo Kline", "Tom Rusk")


@pytest.mark.parametrize(
    ("after", "option"),
    [
        (" percent approve of the mayor.", "approve"),
        (" per cent say they disapprove.", "disapprove"),
        (" percent (60%) of Republicans disapprove.", "disapprove"),
        ("% of voters saying they approve.", "approve"),
        (" percent do not approve.", None),
        ("% who approve of him back the plan.", None),
        ("% Disapprove: 40%", None),
    ],
)
def test_rating_verb_after_share(after: str, option: str | None) -> None:
    assert rating_nouns._verb_after(after, 0, len(after)) == option


def test_lead_with_its_margin_before_the_pair() -> None:
    assert split_pairs._LEADS_RIVAL.search("leads ex-Rep. Tom Rusk (R-Ore.) by 18 percentage points — ")
    assert split_pairs._LEADS_RIVAL.search("leading Sen. Mina Holt by just four points--")


def test_rating_noun_before_a_change_names_no_sides() -> None:
    assert split_pairs._noun_before("the premier's approval rating has climbed from ") is None
