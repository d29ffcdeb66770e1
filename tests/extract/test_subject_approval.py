"""An approval share whose person is told around it asks about that person (subject_approval.py).

The passages are written for these tests: the rating's object, a run of clauses each with its own subject, a
pronoun for the titled name of the sentence before, and the step switched off."""

from __future__ import annotations

import pytest

from bot.reading.extract import subject_approval
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> list[str]:
    return [f.question for f in WeighedExtractor().extract(text).figures]


_OBJECT = (
    "Some 54% of the Norvian public \u201capproves\u201d the performance of President Alma Ridel, a Coastline "
    "Research survey of 800 adults finds. Only 38% said they \u201cdisapprove\u201d of her management.\n"
)


def test_the_rating_s_object_is_the_person_asked_about() -> None:
    assert set(_questions(_OBJECT)) == {
        "Do you approve or disapprove of the job Alma Ridel is doing as president?"
    }


def test_each_clause_s_subject_is_its_own_person() -> None:
    text = (
        "The new Harbor Poll of 700 voters is grim for the chamber's leaders. Speaker Jon Vasko is at a 28/55 "
        "approval rating, Senate leader Mira Tull is at 24/50, while Congress overall is at 15/72.\n"
    )
    qs = _questions(text)
    assert qs[:2] == ["Do you approve or disapprove of the job Jon Vasko is doing?"] * 2
    assert qs[2:4] == ["Do you approve or disapprove of the job Mira Tull is doing?"] * 2
    assert qs[4:] == ["Do you approve or disapprove of the job Congress is doing?"] * 2


def test_a_pronoun_stands_for_the_titled_name_before() -> None:
    text = (
        "The Lakeland Poll of 600 registered voters was taken last week. Few are warm toward outgoing Mayor "
        "Ines Cardo. She has a 33% approval rating, with 58% of voters disapproving of her.\n"
    )
    assert set(_questions(text)) == {"Do you approve or disapprove of the job Ines Cardo is doing as mayor?"}


def test_off_the_object_gives_no_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subject_approval, "SUBJECT_APPROVAL", False)
    assert not any("Alma Ridel" in q for q in _questions(_OBJECT))
