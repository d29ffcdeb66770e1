"""A named person's approval rating written in prose asks about that person (prose_approval.py).

Passages written for these tests, with invented people, places and figures."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_a_subject_with_a_rating_after_its_verb() -> None:
    got = _questions("Gov. Pia Landry had a 39 percent approval rating and a 52 percent disapproval rating.")
    assert got == {
        39: "Do you approve or disapprove of the job Pia Landry is doing as governor?",
        52: "Do you approve or disapprove of the job Pia Landry is doing as governor?",
    }


def test_a_pair_before_the_rating_and_an_apposition() -> None:
    got = _questions("The Ridgeway poll finds Sen. Cal Dorsey (R-XX) with a 44% to 41% approval rating.")
    assert set(got.values()) == {"Do you approve or disapprove of the job Cal Dorsey is doing as senator?"}
    got = _questions(
        "Dorsey, the ranking member, received an approval rating of 47 percent in the Ridgeway poll."
    )
    assert set(got.values()) == {"Do you approve or disapprove of the job Dorsey is doing?"}


def test_the_job_named_after_a_reported_split() -> None:
    got = _questions(
        "Voters disapprove 57 - 36 percent of the job Governor Pia Landry is doing, the poll finds."
    )
    assert set(got.values()) == {"Do you approve or disapprove of the job Pia Landry is doing as governor?"}


def test_a_vote_share_is_left_alone() -> None:
    got = _questions("Sen. Cal Dorsey leads Ana Brill 49% to 42% in the Senate race, with 9% undecided.")
    assert not any("approve" in q for q in got.values()), got
