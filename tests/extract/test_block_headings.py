"""Topline block headings name the question of the list under them, and broken templates are refused.

Written for these tests: a release that asks one question, then lists party shares under headings that
name other votes ("Westminster voting intention:", "Primary Vote"); the party figures answer their
heading's vote, not the question asked above it.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor
from bot.reading.extract.label_check import question_problem
from bot.reading.extract.question_templates import both_clauses, heading_intention


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("Westminster voting intention", "Westminster voting intention"),
        (
            "Scottish Parliament regional list ballot",
            "Scottish Parliament regional list ballot voting intention",
        ),
        ("Primary Vote", "Primary voting intention"),
        ("PROVINCIAL VOTE INTENTION (decided voters)", "Provincial voting intention"),
        ("Headline voting intention (excluding don't knows)", None),
        ("Best Premier", None),
        ("Satisfaction ratings", None),
    ],
)
def test_a_vote_heading_names_its_voting_intention(heading: str, question: str | None) -> None:
    assert heading_intention(heading) == question


def test_party_lists_answer_their_heading_not_the_question_above(extractor: Extractor) -> None:
    text = (
        "Norland Research poll of 1,020 Welsh adults\n"
        "Should Wales be an independent country?\n"
        "Yes 34%\n"
        "No 55%\n"
        "Westminster voting intention:\n"
        "Labour 27%\n"
        "Reform UK 26%\n"
        "Plaid Cymru 22%\n"
        "Senedd regional list ballot:\n"
        "Plaid Cymru 30%\n"
        "Reform UK 25%\n"
        "Labour 21%\n"
    )
    by_value = {f.value: f.question for f in extractor.extract(text).figures}
    assert by_value[27] == by_value[26] == by_value[22] == "Westminster voting intention"
    assert by_value[30] == by_value[25] == by_value[21] == "Senedd regional list ballot voting intention"


@pytest.mark.parametrize(
    "question",
    [
        "Are you or lean Republican?",
        "Are or lean Democratic?",
        "Do you have a favorable or unfavorable opinion of Favorability?",
        "Are you satisfied or dissatisfied with the way Satisfaction is doing the job?",
    ],
)
def test_a_template_that_lost_its_slot_is_refused(question: str) -> None:
    assert question_problem(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Are you or your spouse a member of a union?",
        "Do you or does anyone in your household own a gun?",
        "Do you have a favorable or unfavorable opinion of Josh Shapiro?",
        "Are you satisfied or dissatisfied with the performance of the government?",
    ],
)
def test_a_second_subject_or_a_named_person_stays_usable(question: str) -> None:
    assert question_problem(question) is None


def test_two_courses_told_as_should_clauses_make_one_question() -> None:
    context = (
        "Asked to choose, 52% said the council should repair the old bridge, while 31% said it should "
        "build a new crossing downstream. The rest had no view."
    )
    assert (
        both_clauses("Should the council repair the old bridge?", context)
        == "Should the council repair the old bridge, or build a new crossing downstream?"
    )
    other = "58% say taxes should rise and 20% say spending should fall."
    assert both_clauses("Should taxes rise?", other) == "Should taxes rise?"
