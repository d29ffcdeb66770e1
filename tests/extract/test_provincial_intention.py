"""A province's party list where the passage's level is only its country's default (passages written for
these tests, invented names and figures)."""

from __future__ import annotations

from tests.extract.by_value import questions_by_value as _questions


def test_a_provinces_party_acronyms_ask_its_intention() -> None:
    text = (
        "Premier Lafleur's government slips again in Quebec. The latest Belcourt survey has the CAQ at 30%, "
        "the PQ at 27%, QS at 15% and the PLQ at 14%."
    )
    got = _questions(text)
    assert got[30] == got[27] == "Quebec provincial voting intention"


def test_a_federal_word_keeps_the_federal_intention() -> None:
    text = (
        "In the federal race, the Liberals lead in Quebec with 33%, ahead of the Bloc at 29% and the "
        "Conservatives at 21%, a new Harbourline poll of Quebec voters finds."
    )
    assert "provincial" not in _questions(text)[33]
