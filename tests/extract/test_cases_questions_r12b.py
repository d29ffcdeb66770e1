"""Two-party-preferred splits beside primary votes (twelfth session, second round), never fitted on.

``data/cases_questions_r12b.jsonl`` holds short Australian passages written for these tests: a
two-party-preferred split ("2PP", "TPP", "after preferences") alone or after a primary vote, where the
passage's level name ("Federal voting intention") must not take the split's question.
Kept out of :func:`corpus.own`: the score says whether question work carries to unseen text.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_r12b.jsonl"


def test_r12b_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=5, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_r12b_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on main of the twelfth session, before any change: figure F1 1.000, question 0.680;
    # 0.818 after the two-party and primary measures (measure_words) reached the group mend.
    assert s.figure_f1 >= 0.95, s.misses
    assert s.question >= FLOOR


FLOOR = 0.78
