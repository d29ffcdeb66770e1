"""Approval of a leader's handling of one issue asks about that issue (issue_approval.py).

Passages written for these tests, with invented people and figures."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_how_a_named_leader_is_handling_an_issue() -> None:
    got = _questions(
        "In the survey, 36% of adults said they approve of how President Nel Harrow is handling tariffs."
    )
    assert got == {36: "Do you approve or disapprove of the way Nel Harrow is handling tariffs?"}


def test_her_handling_of_an_issue_names_the_leader_before() -> None:
    text = (
        "Governor Ada Brill's ratings held steady in the spring survey. "
        "On her handling of school funding, 41% approve and 50% disapprove."
    )
    got = _questions(text)
    assert (
        got[41] == got[50] == "Do you approve or disapprove of the way Ada Brill is handling school funding?"
    )


def test_a_tracker_block_titled_with_an_issue() -> None:
    text = (
        "Harrow Job Approval\n\nAsked of 900 Adults\nApprove 45%\nDisapprove 49%\n\n"
        "Harrow Job Approval - Economy\n\nAsked of 900 Adults\nApprove 40%\nDisapprove 54%\n"
    )
    got = _questions(text)
    assert got[40] == got[54] == "Do you approve or disapprove of the way Harrow is handling the economy?"
    assert "economy" not in got[45]


def test_the_overall_job_is_no_issue() -> None:
    got = _questions(
        "Asked about her handling of her job, 52% of voters approve and 40% disapprove of Ada Brill."
    )
    assert not any("handling her job" in q or "handling her" in q for q in got.values()), got
