"""An approval group whose passage names the one person rated asks about that person (person_approval.py).

The passages are written for these tests: a tracker under a title naming an office-holder, rows whose label
is the pollster, a lead sentence naming the person above a bare approve/disapprove block, and the cases
that must be left alone (a title naming two people, a question the passage prints)."""

from __future__ import annotations

import pytest

from bot.reading.extract import approval_wording, person_approval
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> set[str]:
    return {f.question for f in WeighedExtractor().extract(text).figures}


def test_a_tracker_under_a_title_naming_the_office_holder_asks_about_that_person() -> None:
    text = (
        "Governor Lio Marant - Job Approval\nPoll\nDate\nApprove\nDisapprove\nSpread\n"
        "5/2 - 5/4\n44%\n49%\n-5%\n4/20 - 4/23\n46%\n47%\n-1%\n"
    )
    assert _questions(text) == {person_approval.question_for("Lio Marant", "governor")}


def test_a_pollster_row_label_gives_way_to_the_titled_person() -> None:
    text = (
        "Premier Ada Kessling - Job Approval\nPollster | Dates | Approve | Disapprove | Net\n"
        "Quarry Research | Jun 3-6 | 41% | 50% | -9\nLakemont College | May 27-30 | 43% | 49% | -6\n"
    )
    assert _questions(text) == {person_approval.question_for("Ada Kessling", "premier")}


def test_a_block_under_an_approval_heading_counts_its_dont_know() -> None:
    text = "Approval of Mayor Oren Vale\n\nApprove 52%\nDisapprove 39%\nNot sure 9%\n"
    assert _questions(text) == {person_approval.question_for("Oren Vale", "mayor")}


def test_a_title_naming_two_people_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the labels' wording step turns the heading template into the "job" form too: off here)
    monkeypatch.setattr(approval_wording, "APPROVAL_WORDING", False)
    for title in ("Approval of Tam Rudd and Ines Calloway", "Tam Rudd and Ines Calloway job approval"):
        questions = _questions(f"{title}\n\nApprove 52%\nDisapprove 39%\n")
        # (the heading template may still name one of them; this step adds no person of its own)
        assert not any(q.startswith("Do you approve or disapprove of the job ") for q in questions), questions


def test_a_printed_question_is_kept() -> None:
    text = (
        "Senator Ula Fenn's approval slipped this spring.\n\n"
        "Do you approve or disapprove of the way the county board is handling road repairs?\n"
        "Approve 33%\nDisapprove 58%\n"
    )
    assert _questions(text) == {
        "Do you approve or disapprove of the way the county board is handling road repairs?"
    }


def test_the_question_names_the_office_only_where_one_is_known() -> None:
    assert person_approval.question_for("Ro Achebe", None) == (
        "Do you approve or disapprove of the job Ro Achebe is doing?"
    )
