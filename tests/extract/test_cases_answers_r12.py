"""The extractor's answers where a sentence or row offers its options as a list, on passages written for
these tests and never fitted on.

``data/cases_answers_r12.jsonl`` holds short passages (Canada, the US, New Zealand, Scotland, Germany,
Ireland, Wales, Australia, a Latin American capital) whose figures take their options from a list: a
coordinated list of names closed by "respectively" ("the Conservatives and the NDP ... 31% and 17%
respectively"), dotted-leader rows with the label before each figure, "Party N%" lists, "N% for X"
lists, a bracketed "(34% Labour, 31% Plaid Cymru)" and a change of one party's vote followed by another
party's. Kept out of :func:`corpus.own`: the score says whether the answer stage reads unseen lists.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_answers_r12.jsonl"


def test_list_answer_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=10, labelled=("answer",))
    assert all(r["figures"] for r in load(CASES))


def test_list_answer_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # First scored at 0.588 on main before any change; 0.900 once the figures before "respectively" take
    # the sentence's list of names in order (respective_lists).
    assert s.answer >= 0.89
