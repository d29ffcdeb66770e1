"""The question an "asked ... whether/if/who" clause puts, whoever the text says was asked."""

from __future__ import annotations

import pytest

from bot.reading.extract.questions import asked_question


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The poll asked Tasmanians who voted Labor in March whether the stadium should be built.",
            "Should the stadium be built?",
        ),
        (
            "Pollsters asked 1,200 Britons if the railways should be nationalised.",
            "Should the railways be nationalised?",
        ),
        ("When asked whether Australians would back a treaty, 44% said yes.", "Would you back a treaty?"),
        (
            "Asked whom they would prefer as chancellor, 31% named the finance minister.",
            "Who would you prefer as chancellor?",
        ),
        (
            "When asked if the city should reopen the old bridge, 40% said yes.",
            "Should the city reopen the old bridge?",
        ),
        (
            "Voters were asked who would win if the vote were held today.",
            "Who would win if the vote were held today?",
        ),
    ],
)
def test_asked_clause_reads_the_question(sentence: str, question: str) -> None:
    assert asked_question(sentence) == question


def test_a_party_asked_about_is_not_the_respondent() -> None:
    assert asked_question("When asked whether Republicans would win the House, 40% said yes.") == (
        "Would Republicans win the House?"
    )
