"""The extractor's questions where a report moves from one standard measure to the next, never fitted on.

``data/cases_questions_real.jsonl`` holds short passages (UK, Australian, Canadian and US reports, written
for these tests) that give a vote-intention or race line and then, without a question between them, a
leader's approval or satisfaction, a favourability rating, a better-prime-minister question or the most
important issue. Each figure asks the measure its own sentence names, not the line before's. Kept out of
:func:`corpus.own`: the score says whether question choice carries to unseen reports.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_real.jsonl"


def test_real_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=10, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_real_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # First scored at 0.669 on main of the tenth session, before any question change; 0.758 once each
    # question candidate is described by whether the measure it asks is the one its sentence names.
    assert s.question >= 0.75
