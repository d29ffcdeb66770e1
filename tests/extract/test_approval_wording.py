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


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_a_leaders_satisfaction_is_asked_in_the_standard_form() -> None:
    text = (
        "The Hartwell poll found 37 per cent of voters were satisfied with Mr Dunmore's performance, "
        "compared with 51 per cent who were dissatisfied."
    )
    assert set(_questions(text).values()) == {
        "Are you satisfied or dissatisfied with the way Dunmore is doing his job?"
    }


def test_satisfaction_with_the_government_runs_the_country() -> None:
    text = (
        "The Hartwell poll of 1,050 voters, taken last week, also asked about the Government: 22 per cent "
        "are satisfied with the Government and 70 per cent are dissatisfied."
    )
    assert set(_questions(text).values()) == {
        "Are you satisfied or dissatisfied with the way the government is running the country?"
    }
