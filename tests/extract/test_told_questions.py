"""Questions told, not asked (bot/reading/extract/told_questions.py): a proposal pointed back to, a statement
read out, a list's lead line; and the leftover clause that must lose to any of them."""

from __future__ import annotations

import pytest

from bot.reading.extract import default_extractor
from bot.reading.extract.labels import wh_question
from bot.reading.extract.told_questions import gerund, leftover


def _questions(text: str) -> set[str]:
    return {f.question for f in default_extractor().extract(text).figures}


@pytest.mark.parametrize(
    ("verb", "ing"),
    [("raise", "raising"), ("cap", "capping"), ("tie", "tying"), ("see", "seeing"), ("open", "opening")],
)
def test_gerund(verb: str, ing: str) -> None:
    assert gerund(verb) == ing


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("Do you favor this?", True),
        ("Do you disagree with it and the rest were unsure?", True),
        ("Are you unsure?", True),
        ("Do you favor the new toll?", False),
        ("Vote choice", False),
    ],
)
def test_leftover(question: str, left: bool) -> None:
    assert leftover(question) is left


def test_a_lead_clause_keeps_you_after_a_preposition() -> None:
    assert wh_question("Which", "issues matter most to them") == "Which issues matter most to you?"
    assert wh_question("What", "the board should fund first") == "What should the board fund first?"


def test_a_proposal_in_the_sentence_before() -> None:
    text = (
        "The parks department wants to sell the old golf course to a developer. Some 35% of residents favor "
        "this, while 52% oppose it, a Lakeview poll found."
    )
    assert _questions(text) == {"Do you favor or oppose selling the old golf course to a developer?"}


def test_a_statement_read_out() -> None:
    text = (
        'Those polled heard the statement "Schools should ban phones during class." In all, 66% agreed with '
        "this view and 27% disagreed with it."
    )
    assert _questions(text) == {"Do you agree or disagree that schools should ban phones during class?"}


def test_a_list_lead_line_is_no_horse_race() -> None:
    text = (
        "Residents were asked which city service needs the most attention:\n- Road repair: 38%\n- Parks: 21%\n"
        "- Trash pickup: 17%\nThe survey reached 500 adults."
    )
    assert _questions(text) == {"Which city service needs the most attention?"}


def test_a_race_list_keeps_its_vote() -> None:
    text = "In the Harlow County sheriff's race, a poll of likely voters shows:\n- Ruth Amadi: 44%\n- Carl Benes: 39%"
    assert all(q.startswith("Vote choice") for q in _questions(text))
