"""A breakdown's figure told by where it stands repeats its sentence's answer (compared_answers), and an
answer told by where ("in <Place>", "followed by <Place>") names who answered, not an option (answer_who)."""

from __future__ import annotations

import pytest

from bot.reading.extract.answer_who import names_who
from tests.extract.by_value import answers_by_value


def test_a_share_compared_in_another_country_takes_the_first_shares_answer() -> None:
    text = (
        "The Corrib Institute's winter survey asked about the health service. Overall, 58% of respondents "
        "said it was getting worse, compared with 49 percent in Portugal."
    )
    got = answers_by_value(text)
    assert got[49] == got[58]
    assert "Portugal" not in got[49]


def test_a_followed_by_list_of_places_repeats_the_heads_answer() -> None:
    text = (
        "Support for the coastal wind farm differs by county, the Kestrel Research poll found. Support was "
        "highest in Donegal (66 percent), followed by Mayo (59 percent), Galway (54 percent) and Kerry "
        "(47 percent)."
    )
    got = answers_by_value(text)
    assert {got[59].lower(), got[54].lower(), got[47].lower()} == {got[66].lower()}
    assert got[66].lower() == "support"


def test_a_party_list_after_followed_by_keeps_each_partys_name() -> None:
    text = "The Westbury poll for the general election: Labour leads on 41%, followed by the Greens on 17%."
    assert answers_by_value(text)[17] == "Greens"


def test_options_of_their_own_after_compared_with_stand() -> None:
    text = "In the Lakeview poll, 55% of residents approve of the plan, compared with 38% who disapprove."
    assert answers_by_value(text)[38] == "disapprove"


@pytest.mark.parametrize(
    "answer",
    [
        "in Estonia",
        "followed by the Visayas",
        "was from the South-East",
        "highest among Class ABC",
        "in both",
    ],
)
def test_an_answer_told_by_where_names_who(answer: str) -> None:
    assert names_who(answer, "")


@pytest.mark.parametrize("answer", ["in favour", "among other things", "Estonia", "approve"])
def test_other_answers_are_not_told_by_where(answer: str) -> None:
    assert not names_who(answer, "")
