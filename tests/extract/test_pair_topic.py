"""The sides of a rating a topic noun names, offered to the shares of a bare pair.

Sentences are written for these tests (invented people). The proposals are checked directly: they do not
depend on the fitted weights.
"""

from __future__ import annotations

from bot.reading.extract import choices, pair_topic
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

RATED = "Governor Ned Pike's job approval rating stands at 55%/38% this month."


def _num(text: str, value: float) -> tuple[Analysis, Num]:
    a = EXTRACTOR.analyse(text)
    return a, next(m for m in a.numbers if m.value == value)


def test_a_bare_pair_under_a_rating_noun_takes_its_two_sides() -> None:
    a, n = _num(RATED, 55)
    assert pair_topic.rating_side(a, n) == (
        "approve",
        "pair_topic",
        {"topic_where=same": 1.0, "topic_side=0": 1.0},
    )
    a, n = _num(RATED, 38)
    got = pair_topic.rating_side(a, n)
    assert got is not None and got[0] == "disapprove"


def test_the_rating_noun_may_stand_in_the_sentence_before() -> None:
    text = "Voters were asked about the favorability of Mayor Ada Quill. She stands at 47-41 in the new poll."
    a, n = _num(text, 41)
    assert pair_topic.rating_side(a, n) == (
        "unfavorable",
        "pair_topic",
        {"topic_where=prev": 1.0, "topic_side=1": 1.0},
    )


def test_a_share_outside_a_pair_takes_no_rating_side() -> None:
    a, n = _num("Governor Ned Pike's job approval rating stands at 55% this month.", 55)
    assert pair_topic.rating_side(a, n) is None


def test_a_pair_with_no_rating_noun_takes_none() -> None:
    a, n = _num("Mara Alder leads Tom Brook 51 to 44 percent among likely voters.", 51)
    assert pair_topic.rating_side(a, n) is None


def test_the_proposal_reaches_the_answer_ranker() -> None:
    a, n = _num(RATED, 38)
    got = {c.text: c.features for c in choices.candidates(a, n, "answer")}
    assert got["disapprove"].get("src=pair_topic") == 1.0
