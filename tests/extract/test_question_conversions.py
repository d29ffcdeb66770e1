"""Questions built by turning a report's statement into a question (issue 11: never print garbage).

A slip a rule can mend is mended (:func:`label_check.repaired`, run by ``tidy_question``); what is left
broken is refused, so the extractor prints a real question or nothing. Both are written but switched off in
the extractor (``REPAIR_CONVERSIONS``, ``CHECK_CONVERSIONS``, ``CHECK_PARTY_VOTE_RACES``: each moved the
refitted grouping on one fold split); these tests switch them on. All wordings here are our own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.reading.extract import label_check
from bot.reading.extract.label_check import question_problem, tidy_question


@pytest.fixture(autouse=True)
def _conversion_rules_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for flag in ("REPAIR_CONVERSIONS", "CHECK_CONVERSIONS", "CHECK_PARTY_VOTE_RACES"):
        monkeypatch.setattr(label_check, flag, True)
    tidy_question.cache_clear()
    label_check.usable.cache_clear()
    yield
    tidy_question.cache_clear()
    label_check.usable.cache_clear()


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("Do you trusted the harbour board a great deal?", "Do you trust the harbour board a great deal?"),
        ("Do you wanted the mayor to resign?", "Do you want the mayor to resign?"),
        ("Do you opposed the new toll?", "Do you oppose the new toll?"),
        ("Are you think the ferry fares are too high?", "Do you think the ferry fares are too high?"),
        ("Are you felt the council listens?", "Do you feel the council listens?"),
        ("Are you no reasons to move away?", "Are there no reasons to move away?"),
        ("Who you'd like to see as the next mayor?", "Who would you like to see as the next mayor?"),
        ("Who they think will win the seat?", "Who do they think will win the seat?"),
        ("Do you support for the library levy?", "Do you support the library levy?"),
        ("Do you support who would run the port better?", "Who would run the port better?"),
        ('Do you think the plan is "too costly?', "Do you think the plan is too costly?"),
        ("Do you think raising the dog licence fee?", "Do you support raising the dog licence fee?"),
        (
            "Do you view of Mayor Lena Ortiz or her unfavorably?",
            "Do you have a favorable or unfavorable opinion of Mayor Lena Ortiz?",
        ),
    ],
)
def test_a_slip_in_turning_a_statement_into_a_question_is_mended(broken: str, mended: str) -> None:
    assert tidy_question(broken) == mended
    assert question_problem(mended) is None


@pytest.mark.parametrize(
    "question",
    [
        "Should the assembly definitely?",  # the verb was cut after its adverb
        "Are you very satisfied?",  # an answer option asked back: satisfied with what?
        "Are you unsure?",
        "Do you support among likely voters?",  # who answered, in the object's place
        "Vote choice in the Labour vote",  # a party's share read as a race
        "Vote choice in the 2019 Green vote",
    ],
)
def test_what_cannot_be_mended_is_refused(question: str) -> None:
    assert question_problem(tidy_question(question)) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Do you think of the mayor as a reformer?",
        "Do you need a second car?",
        "Do you think the council won?",
        "Are you satisfied or dissatisfied with the way the council is run?",
        "Would you be willing to pay more for rail?",
        "Vote choice in the 2016 Republican presidential primary",
        "Vote choice in the Republican vote",  # a US party's vote is renamed its primary after grouping
        "Who would you like to see as the next mayor?",
    ],
)
def test_sound_questions_are_left_alone(question: str) -> None:
    assert tidy_question(question) == question
    assert question_problem(question) is None
