"""A figure that only says no to its neighbour answers the negation of the neighbour's answer."""

from __future__ import annotations

import pytest

from bot.reading.extract.elliptic_answers import negated
from tests.extract.by_value import answers_by_value


def test_a_dissent_verb_takes_the_negation_of_the_neighbours_option() -> None:
    text = (
        "The Northfield Institute poll asked adults about the new pipeline. Among retirees, 71% called it "
        "a risk and just 9% disagreed."
    )
    assert answers_by_value(text)[9] == "not a risk"


def test_an_elliptic_would_not_takes_the_negated_verb_phrase() -> None:
    text = "In the Northfield Institute poll, 12% of adults would ban it and 80% would not."
    got = answers_by_value(text)
    assert got[12] == "would ban it"
    assert got[80] == "would not ban it"


@pytest.mark.parametrize(
    ("answer", "between", "want"),
    [
        ("yes, a threat", "", "no, not a threat"),
        ("approve", "", "disapprove"),
        ("would allow it", "", "would not allow it"),
        ("threat", "% called it a threat and ", "not a threat"),
        ("safe", "", "not safe"),
    ],
)
def test_negated(answer: str, between: str, want: str) -> None:
    assert negated(answer, between) == want


def test_a_plain_dissent_after_a_degree_of_agreement_stays_plain() -> None:
    text = (
        "In the Harbourside Research poll of teachers, 31% fully agreed that the new curriculum is "
        "workable, 35% partly agreed and 27% disagreed."
    )
    assert answers_by_value(text)[27] == "disagree"
