"""Printed questions in their present form, questions too short to print, and a rating read late in its
clause (label_check, question_templates.rated_late; sixteenth session)."""

from __future__ import annotations

from bot.reading.extract.label_check import printed_problem, printed_question
from bot.reading.extract.question_templates import rated_late


def test_reported_verbs_take_their_present_form() -> None:
    asked = printed_question("Who do you thought had done more for the town?")
    assert asked == "Who do you think had done more for the town?"
    asked = printed_question("How likely do you felt it was that the bridge opens on time?")
    assert asked == "How likely do you feel it was that the bridge opens on time?"
    # a question already in its present form is left alone
    assert printed_question("Who do you think will win?") == "Who do you think will win?"


def test_a_question_of_two_words_is_not_printed() -> None:
    assert printed_problem("What Happened?")
    assert printed_question("Why now?") == ""
    assert printed_problem("Do you approve?") is None
    assert printed_problem("Vote choice") is None  # a template, not a printed question


def test_a_rating_read_late_names_the_rated_one_nearest_its_figure() -> None:
    clause = "Premier Jo Hart had a satisfaction rating of 40 per cent, and Opposition Leader Sam Roe recorded a satisfaction rating of "
    assert (
        rated_late({"job"}, [clause])
        == "Are you satisfied or dissatisfied with the way Sam Roe is doing the job?"
    )
    assert rated_late({"job"}, ["Only 20% approve of the overall job the Assembly is doing"]) == (
        "Do you approve or disapprove of the job the Assembly is doing?"
    )
    assert rated_late({"job"}, ["Most voters approve of the governor's handling of the storm"]) == (
        "Do you approve or disapprove of the way the governor is handling the job?"
    )
    assert rated_late({"favour"}, ["Only 20% approve of the overall job the Assembly is doing"]) is None
