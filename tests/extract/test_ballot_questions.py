"""A side of a measure's or referendum's vote asks that vote (ballot_questions.py).

Passages written for these tests, with invented places, measures and figures."""

from __future__ import annotations

from bot.reading.extract import ballot_questions
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_a_named_referendum_for_its_shares() -> None:
    got = _questions(
        "The Harbour Bridge Referendum is close. In all, 46% of voters say they will vote Yes, 38% say they "
        "will vote No and 16% are now undecided."
    )
    assert got[46] == got[38] == got[16] == "How will you vote in the Harbour Bridge referendum?"


def test_what_people_vote_for_or_against() -> None:
    got = _questions(
        "The Velmark Institute asked voters how they would vote for or against the new charter: "
        "41% of voters were still undecided; 37% would vote for it and 18% would vote against it."
    )
    # the measure's vote, whether this step or the rules pass words it
    assert got[41] == got[37] == got[18]
    assert "vote" in got[41] and "the new charter" in got[41]


def test_a_numbered_measure_in_the_clause_but_not_another_stance() -> None:
    got = _questions(
        "Although 63 percent say they favor longer library hours, only 44 percent said they would vote for "
        "Initiative 905."
    )
    assert got[44] == "How will you vote on Initiative 905?"
    assert got.get(63) != "How will you vote on Initiative 905?"


def test_lines_led_by_a_measure() -> None:
    got = _questions("Dunmore Poll, likely voters\nProp 4 - 51% Yes, 40% No\nProp 5 - 38% Yes, 49% No\n")
    assert got[51] == got[40] == "How will you vote on Proposition 4?"
    assert got[38] == got[49] == "How will you vote on Proposition 5?"


def test_a_party_vote_in_a_referendum_passage_is_left_alone() -> None:
    text = (
        "In the Tarnwick referendum campaign the parties are split. Asked how they would vote at a general "
        "election tomorrow, 31% of voters chose the Greens and 27% Labour."
    )
    got = _questions(text)
    assert "referendum" not in got[31]


def test_the_flag_turns_it_off() -> None:
    text = (
        "The Harbour Bridge Referendum is close: 46% of voters say they will vote Yes and 38% will vote No."
    )
    ballot_questions.BALLOT_QUESTIONS = False
    try:
        got = _questions(text)
    finally:
        ballot_questions.BALLOT_QUESTIONS = True
    assert got[46] != "How will you vote in the Harbour Bridge referendum?"


def test_a_measure_supported_asks_support_or_opposition() -> None:
    from bot.reading.extract.ballot_questions import _asked_of

    assert _asked_of("Measure 12", "57 percent of likely voters support Measure 12", False) == (
        "Do you support or oppose Measure 12?"
    )
    assert _asked_of("Measure 12", "44 percent would vote against Measure 12", False) == (
        "How will you vote on Measure 12?"
    )
    assert _asked_of("Measure 12", "Measure 12 - 51% Yes, 40% No", True) == "How will you vote on Measure 12?"
