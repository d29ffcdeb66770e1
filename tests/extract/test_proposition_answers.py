"""A lone yes/no proposition restated as a figure's answer is its question's "yes" (or "no")."""

from __future__ import annotations

from bot.reading.extract.proposition_answers import _clause, _same_proposition
from tests.extract.by_value import answers_by_value


def test_a_restated_proposition_and_its_negation_answer_yes_and_no() -> None:
    text = (
        "In a Norfolk Research poll, 44 per cent of residents say the county should scrap its toll bridge "
        "charge, while 39 per cent say it should not."
    )
    got = answers_by_value(text)
    assert got[44] == "yes"
    assert got[39] == "no"


def test_a_pair_before_that_clause_is_yes_then_no() -> None:
    got = answers_by_value(
        "Maine voters say 61 - 33 percent that Governor Alma Ruiz deserves a second term, a Pine Tree poll finds."
    )
    assert got[61] == "yes"
    assert got[33] == "no"


def test_clauses_are_a_subject_and_its_verb() -> None:
    assert _clause("think Trump should be impeached") == "Trump should be impeached"
    assert _clause("there should not") == "there should not"
    assert _clause("would still oppose a second vote") is None  # a verb phrase: the report's own option
    assert _clause("should have a refugee program") is None
    assert _clause("time to have a new president") is None  # an infinitive
    assert _clause("approve") is None


def test_one_proposition_either_way_round_but_not_a_rival() -> None:
    assert _same_proposition("the speed limit should be raised", "it should not be raised")
    assert _same_proposition("Christie deserves reelection this year", "Christie deserves reelection")
    assert not _same_proposition("Congress should continue its inquiry", "lawmakers should end their probe")
