"""Questions on statements, races and standard measures (eleventh session), never fitted on.

``data/cases_questions_r11.jsonl`` holds short passages written for these tests: a race named only in parts
("the race for the 2028 Republican nomination", "Oregon's open governor's race", "the Democratic side of
the 2028 contest"), statements a labeller asks as questions without turning them into broken ones ("31%
trusted the minister a great deal", "said the Senate should definitely ratify it", "no circumstances in
which they would accept ..."), and standard measures (approval of a premier, favourability, right direction,
the most important issue). Kept out of :func:`corpus.own`: the score says whether question work carries to
unseen text.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_r11.jsonl"


def test_r11_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=12, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_r11_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on main of the eleventh session, before any change: figure F1 0.885, question 0.605.
    assert s.figure_f1 >= 0.88, s.misses
    assert s.question >= FLOOR


FLOOR = 0.60
