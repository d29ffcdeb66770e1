"""An approval battery that names no one asks about the office its passage names (office_approval.py).

The passages are written for these tests: a tracker copied one cell a line under a title that names
only the office, a prose sentence naming an office-holder the templates could not read, and the cases
that must stay empty (a rated body beside the office, two offices in a grid's passage)."""

from __future__ import annotations

import pytest

from bot.reading.extract import office_approval
from bot.reading.extract.approval_wording import labels_wording
from bot.reading.extract.label_check import repaired
from bot.reading.extract.weighed import WeighedExtractor

GRID = """Refreshed Tuesday, April 7, 2026

{title}

Poll date
Approval score
Strong approval
Mild approval
Mild disapproval
Strong disapproval

4/7/2026
-11
22%
21%
12%
42%

4/6/2026
-9
23%
21%
13%
40%
"""


def _questions(text: str) -> set[str]:
    return {f.question for f in WeighedExtractor().extract(text).figures}


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Presidential Job Tracker, by Day", "the president"),
        ("Rolling Gubernatorial Tracker", "the governor"),
    ],
)
def test_a_grid_under_an_office_title_asks_the_office_approval(title: str, office: str) -> None:
    assert _questions(GRID.format(title=title)) == {labels_wording(office_approval.question_for(office))}


def test_a_grid_in_a_passage_naming_two_offices_is_left_for_the_moderator() -> None:
    text = GRID.format(title="Presidential Job Tracker") + "\nThe governor's numbers follow next week.\n"
    assert _questions(text) == {""}


def test_a_sentence_naming_the_office_holder_by_title_gets_the_office() -> None:
    text = (
        "A Harlow College poll of 950 Vermont voters finds Governor Pell losing ground: his approval "
        "slid from 58% to 51% since the spring, while his disapproval rose from 30% to 38%."
    )
    assert labels_wording(office_approval.question_for("the governor")) in _questions(text)


def test_a_sentence_rating_a_body_beside_the_office_is_left_alone() -> None:
    text = (
        "The governor's own standing held steady. Voters judged the state Senate far more harshly than "
        "the governor, with 29 percent approving and 57 percent disapproving."
    )
    assert labels_wording(office_approval.question_for("the governor")) not in _questions(text)


def test_one_office_or_none() -> None:
    assert office_approval.office_named("the Presidential Approval Index") == "the president"
    assert office_approval.office_named("the president and the governor") is None
    assert office_approval.office_named("a poll of voters") is None


def test_title_words_before_an_office_adjective_are_not_a_name() -> None:
    q = "Do you approve or disapprove of the way Weekly Presidential is handling the job?"
    assert (
        repaired(q, always=True)
        == "Do you approve or disapprove of the way the president is handling the job?"
    )
