"""refused_fallback: a refused no-view share or writer's question prints its neighbours' one question."""

from __future__ import annotations

from bot.reading.extract.groups import Labelled
from bot.reading.extract.refused_fallback import neighbours_question

VOTE = "Vote choice in the Dalmore mayoral race"


def _fig(i: int, sentence: int, answer: str, question: str, line: int = 0) -> Labelled:
    return Labelled(i, 10.0 + i, sentence, line, answer, "likely voters", question, None, None)


def _plain(i: int) -> str:
    return ""


def test_an_undecided_share_takes_the_question_of_the_sentence_beside_it() -> None:
    figs = [
        _fig(0, 0, "Irene Voss", VOTE),
        _fig(1, 0, "Colm Barry", VOTE),
        _fig(2, 1, "still undecided", "Q"),
    ]
    assert neighbours_question(figs, [VOTE, VOTE, ""], _plain) == [VOTE, VOTE, VOTE]


def test_none_where_the_neighbours_print_two_questions() -> None:
    figs = [_fig(0, 0, "approve", "A"), _fig(1, 0, "favorable", "B"), _fig(2, 0, "unsure", "Q")]
    assert neighbours_question(figs, ["A?", "B?", ""], _plain) == ["A?", "B?", ""]


def test_the_same_sentence_comes_before_the_line() -> None:
    figs = [_fig(0, 0, "Yes", "A"), _fig(1, 1, "No", "B"), _fig(2, 1, "undecided", "Q")]
    assert neighbours_question(figs, ["A?", "B?", ""], _plain)[2] == "B?"


def test_a_writers_question_takes_its_neighbours_but_not_inside_it() -> None:
    why = "Why are they so fond of him?"
    figs = [_fig(0, 0, "favorable", "F"), _fig(1, 1, "favorable", why), _fig(2, 2, "wrong track", why)]
    asks = {0: "He is liked by 58%.", 1: "Among Democrats it is 71%.", 2: "Why is he liked when 61% say so?"}
    assert neighbours_question(figs, ["F?", "", ""], asks.__getitem__) == ["F?", "F?", ""]


def test_another_refused_option_is_left_empty() -> None:
    figs = [_fig(0, 0, "Yes", "A"), _fig(1, 0, "opposed", "Are you opposed?")]
    assert neighbours_question(figs, ["A?", ""], _plain) == ["A?", ""]
