"""Unit cases for pronoun_subjects: who a "he"/"she" opening a pair's clause stands for."""

from __future__ import annotations

from bot.reading.extract.pronoun_subjects import pronoun_subject, subject_of


def _at_pair(text: str) -> str | None:
    return pronoun_subject(text, text.index("51"))


def test_the_subject_of_the_sentence_before() -> None:
    text = (
        "Democratic Sen. Ines Carrow is slightly ahead, a new poll says. She is at 51% to 44% for Ray Moss."
    )
    assert _at_pair(text) == "Ines Carrow"


def test_party_and_place_words_are_no_person() -> None:
    assert subject_of("On the GOP side the party leads in Ohio.") is None
    assert subject_of("In Ohio voters back Gil Varga.") is None
    text = "For the second week the Republican tracking has Abe Lund ahead. He's at 51% to 40% for Kim Roe."
    assert _at_pair(text) is None  # "Abe Lund" is no subject there ("has" follows "tracking")


def test_a_pronoun_sentence_before_hands_the_search_back() -> None:
    text = (
        "Vera Holm leads her party's field. She trails among men. Overall, she is at 51% to 30% for Al Burr."
    )
    assert _at_pair(text) == "Vera Holm"


def test_no_pronoun_or_an_own_subject_reads_nothing() -> None:
    assert _at_pair("Vera Holm leads. Tom Ash is at 51% to 30% for Al Burr.") is None
    assert _at_pair("Vera Holm leads. She says Tom Ash has a 51% to 30% lead over Al Burr.") is None
