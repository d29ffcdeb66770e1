"""The extractor's answers where one verb phrase or one option serves a whole list, on passages written for
these tests and never fitted on.

``data/cases_answers_r16.jsonl`` holds: subgroups listed with a pair each in brackets before the one verb
phrase they share ("Women (55 - 33 percent) and renters (...) would rather ..., while men (...) would
rather ..."), answered with the overall figures' options or a yes-or-no question's sides; a subgroup, an
opinion verb, then the pair ("independents approve 49 - 42 percent", "Independents, who oppose the recall
52% to 37%"); a list of subgroups with one share each and one verb phrase ("Majorities of renters (72%),
independents (64%) and even homeowners (55%) think ..."); an option named once before a list of subgroups
or places ("The Liberals lead among most age groups: voters 18 to 34 (41%), 35 to 54 (37%) ...", a
nickname or a surname naming it); and two controls, a list of the options themselves and a list whose head
names two options. Kept out of :func:`corpus.own`.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_answers_r16.jsonl"


def test_r16_answer_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=12, labelled=("answer", "question", "population"))
    assert all(r["figures"] for r in load(CASES))


def test_r16_answer_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on integ (b2e644e) before any change: figure F1 0.976, answer 0.651; 0.934 once the
    # lists' shared verb phrase and head option are read (subgroup_pairs). Still missed: a subgroup that
    # breaks for one side with the other side unnamed (v14), the topline's wording "would rather ..." kept
    # whole (v01), and the ranker's own misreadings of an options list (v12, v13).
    assert s.figure_f1 >= 0.95, s.misses
    assert s.answer >= 0.92
