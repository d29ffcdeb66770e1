"""A share of people who trust a body asks whether you trust it (trust_questions.py).

Passages written for these tests, with invented places, bodies and figures."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_a_list_of_trusted_bodies() -> None:
    got = _questions(
        "The Harrow Barometer survey finds trust towards the national senate is up (44%, +3), ahead of trust "
        "towards city councils (39%, -2) and the civil service (35%, +1)."
    )
    assert got[44] == "Do you trust the national senate?"
    assert got[39] == "Do you trust city councils?"
    assert got[35] == "Do you trust the civil service?"


def test_an_object_that_goes_on_past_its_verb() -> None:
    got = _questions("In the Harrow poll, 52% of Ostrians trust the government to act fairly for Ostria.")
    assert got[52] == "Do you trust the government to act fairly for Ostria?"


def test_tend_to_trust_beside_a_vote() -> None:
    got = _questions(
        "In the Harrow poll, Labour is on 31% and the Greens on 12%. Some 47% tend to trust the regional "
        "parliament."
    )
    assert got[47] == "Do you tend to trust the regional parliament?"


def test_a_party_trusted_more_is_left_alone() -> None:
    got = _questions("In the Harrow poll, 45% of voters trust Labour more than the Greens on housing.")
    assert got.get(45, "") != "Do you trust Labour?"
