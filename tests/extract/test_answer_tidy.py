"""A choice verb, a party's article or the question's subject caught in an answer is not part of the option."""

from __future__ import annotations

import pytest

from bot.reading.extract.tidy import Tidy


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("name the Republicans", "Republicans"),
        ("pick Labour", "Labour"),
        ("the Democrats", "Democrats"),
        ("support", "support"),
        ("favor the plan", "favor the plan"),  # no side named, only a proposal
        ("the Green Party", "the Green Party"),
        ("the state budget is getting worse", "getting worse"),
        ("the country is on the wrong track", "the country is on the wrong track"),
    ],
)
def test_choice_verbs_and_party_articles_go(raw: str, tidied: str) -> None:
    assert Tidy("A poll of voters.").answer(raw) == tidied
