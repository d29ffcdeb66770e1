"""The shared reader of reason sentences (:mod:`reason_cues`), on written sentences: the side a rating's
reasons are for, what a reason is for, and the openings that go on with the reasons of the sentence before,
as reason_questions and reason_people each read them."""

from __future__ import annotations

from bot.reading.extract import reason_cues
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _sentence(a: Analysis, words: str) -> int:
    """The index of the sentence that holds ``words``."""
    at = a.text.index(words)
    (i,) = [i for i, s in enumerate(a.sentences) if s.start <= at < s.end]
    return i


def test_the_side_of_a_rating_the_reasons_are_for() -> None:
    text = "Among factors behind negative ratings, rising rents came first."
    assert reason_cues.evaluation_side(text) == (text.index("factors"), "negative")
    assert reason_cues.evaluation_side("Positive Assessment reasons: trade 31%.") == (0, "positive")
    assert reason_cues.evaluation_side("Ratings of the mayor improved to 48%.") is None


def test_what_a_reason_is_for() -> None:
    text = "Her main reason for disapproval, said 22%, was the budget."
    assert reason_cues.reason_for(text) == (text.index("reason"), "disapproval")
    got = reason_cues.reason_for("The reasons given for backing Lindqvist were many.")
    assert got is not None and got[1] == "backing Lindqvist"
    assert (
        reason_cues.reason_for("Factors for growth include exports.") is None
    )  # "factors" is no reason here


def test_the_side_asked_is_read_once_per_sentence() -> None:
    text = (
        "The Hanmi weekly tracker puts approval at 39% and disapproval at 55%. "
        "The grounds most often cited for their disapproval were prices (17%) and housing (11%). "
        "Negative evaluation factors also included scandals (6%)."
    )
    a = EXTRACTOR.analyse(text)
    first, second, third = (_sentence(a, w) for w in ("The Hanmi", "The grounds", "Negative evaluation"))
    assert reason_cues.asked_side(a, first) == ""
    assert reason_cues.asked_side(a, second) == "disapproval"
    assert reason_cues.asked_side(a, third) == "Negative"
    assert a.memo[("reason_cues.asked_side", second)] == "disapproval"


def test_openings_that_go_on_with_the_reasons_before() -> None:
    text = (
        "Of those who back the Cabinet, 31% said its leader is trustworthy. "
        "Next came 18% who said it has experience. "
        "Another 9% cited its policies. "
        "these were followed by 4% naming nothing."
    )
    a = EXTRACTOR.analyse(text)
    opening, nxt, another, lower = (
        _sentence(a, w) for w in ("Of those", "Next came", "Another", "these were")
    )
    # Both readers take the shared core ("Next came").
    assert reason_cues.goes_on(a, nxt) and reason_cues.continues(a, nxt)
    # "Another" is reason_questions' own addition; reason_people does not read it.
    assert reason_cues.goes_on(a, another) and not reason_cues.continues(a, another)
    # Neither reads "these were followed by" in lower case (reason_questions reads capitals only, and
    # "these" is not in the core).
    assert not reason_cues.goes_on(a, lower) and not reason_cues.continues(a, lower)
    assert not reason_cues.goes_on(a, opening) and not reason_cues.continues(a, opening)


def test_reason_people_reads_the_core_in_any_case_and_the_first_sentence_goes_on_from_nothing() -> None:
    a = EXTRACTOR.analyse("Next came taxes at 14%. this was followed by crime at 8%.")
    later = _sentence(a, "this was")
    assert reason_cues.continues(a, later) and not reason_cues.goes_on(a, later)
    assert not reason_cues.continues(a, 0)
