"""The approval template printed in the labels' order (approval_wording.py). Names and figures invented."""

from __future__ import annotations

from bot.reading.extract.approval_wording import labels_wording
from bot.reading.extract.weighed import WeighedExtractor


def test_the_template_is_turned_round_with_its_office_in_lower_case() -> None:
    assert labels_wording(
        "Do you approve or disapprove of the way Ines Varro is handling the job as Governor?"
    ) == ("Do you approve or disapprove of the job Ines Varro is doing as governor?")
    assert labels_wording("Do you approve or disapprove of the way Congress is handling the job?") == (
        "Do you approve or disapprove of the job Congress is doing?"
    )


def test_a_tracker_titles_rating_words_leave_the_name() -> None:
    assert labels_wording(
        "Do you approve or disapprove of the way Varro Job Approval is handling the job?"
    ) == ("Do you approve or disapprove of the job Varro is doing?")


def test_other_questions_are_unchanged() -> None:
    for q in (
        "Do you approve or disapprove of the way Ines Varro is handling his job as president?",
        "Do you approve or disapprove of the way the county board is handling road repairs?",
        "Do you have a favorable or unfavorable opinion of Ines Varro?",
    ):
        assert labels_wording(q) == q


def test_a_printed_template_wording_is_kept() -> None:
    text = (
        "Do you approve or disapprove of the way Ines Varro is handling the job?\n"
        "Approve 48%\nDisapprove 44%\nNot sure 8%\n"
    )
    questions = {f.question for f in WeighedExtractor().extract(text).figures}
    assert questions == {"Do you approve or disapprove of the way Ines Varro is handling the job?"}
