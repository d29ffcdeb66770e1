"""Printed questions that are one answer option asked back, a writer's question, or a race heading built from
who answered (twenty-third round; label_check's _OPTION_ASKED_BACK, _PARTICIPLE_ALONE, _WRITERS_QUESTION and
the race heading's mend). All wordings here are our own."""

from __future__ import annotations

import pytest

from bot.reading.extract.label_check import printed_question


@pytest.mark.parametrize(
    "chosen",
    [
        "Are you now undecided?",
        "Were you still undecided?",
        "Are you dissatisfied?",
        "Are you rural Catholics?",
        "Do you strongly approve?",
        "Will you vote No?",
        "Would you vote 'yes'?",
        "Have you made?",
        "Why are they so gloomy?",
        "Why is the mayor leading?",
        "What is it that lets the harbour party win so often?",
        "What does this show?",
        "Does that leave them fourth?",
        "Where do the townsfolk stand?",
        "Are you slightly higher?",
        "Should 50 - that the mayor resign?",
    ],
)
def test_refused(chosen: str) -> None:
    assert printed_question(chosen) == ""


@pytest.mark.parametrize(
    "chosen",
    [
        "Are you satisfied?",
        "Are you better off than four years ago?",
        "Why do you approve of the council?",
        "Have you decided how to vote in the referendum?",
        "Is this town headed in the right direction or on the wrong track?",
        "Do you approve or disapprove of the job the mayor is doing?",
        "How will you vote on Measure 12?",
    ],
)
def test_kept(chosen: str) -> None:
    assert printed_question(chosen) == chosen


@pytest.mark.parametrize(
    ("chosen", "printed"),
    [
        ("Vote choice in the Likely Republican primary", "Vote choice in the Republican primary"),
        (
            "Vote choice in the 2030 Registered Democratic primary",
            "Vote choice in the 2030 Democratic primary",
        ),
        ("Vote choice in the Republican in this race", "Vote choice"),
        ("Are you somewhat enthusiastic?", "How enthusiastic are you?"),
        ("Are you fairly hopeful?", "How hopeful are you?"),
        ("Are you very worried?", ""),
        ("Is with There any sign of a recovery?", "Is there any sign of a recovery?"),
        ("Are you conservatives?", "Do you identify as liberal, moderate or conservative?"),
        ("Are you Republicans?", "Do you identify as a Democrat, a Republican or an independent?"),
        (
            "Vote choice in the Carver County Republican primary",
            "Vote choice in the Carver County Republican primary",
        ),
    ],
)
def test_race_heading_and_degree_mended(chosen: str, printed: str) -> None:
    assert printed_question(chosen) == printed


def test_an_option_asked_back_borrows_its_ratings_question() -> None:
    from bot.reading.extract.build import _borrow_ratings

    rated = "Do you approve or disapprove of the job Ann Ruiz is doing?"
    printed = {"Do you somewhat approve?": "", rated: rated, "Are you now undecided?": ""}
    _borrow_ratings(printed)
    assert printed["Do you somewhat approve?"] == rated
    assert printed["Are you now undecided?"] == ""
    two = {"Do you somewhat approve?": "", rated: rated, "Do you approve or disapprove of the council?": "x"}
    two["Do you approve or disapprove of the council?"] = "Do you approve or disapprove of the council?"
    _borrow_ratings(two)
    assert two["Do you somewhat approve?"] == ""  # two ratings of that kind: none is borrowed


def test_rating_asked_back() -> None:
    from bot.reading.extract.label_check import rating_asked_back

    assert rating_asked_back("Do you somewhat approve?") == "approve or disapprove"
    assert rating_asked_back("Are you dissatisfied?") == "satisfied or dissatisfied"
    assert rating_asked_back("Are you now undecided?") is None
    assert rating_asked_back("Are you satisfied?") is None
