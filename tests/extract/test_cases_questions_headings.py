"""The extractor's questions on toplines whose headings name them, written for these tests, never fitted on.

``data/cases_questions_headings.jsonl`` holds ten passages (Wales, British Columbia, Victoria, Colorado,
the US as a whole, New Zealand, Pennsylvania, Alberta, Quebec, Great Britain) where no question is
quoted beside the figures: a heading ending in a colon ("Senedd voting intention:"), a title-case or
upper-case heading with no colon ("Best Premier", "FAVORABILITY RATINGS"), a numbered question ("Q8a."),
party identification and leader satisfaction told in prose, and options that are two-part clauses.
Labelled by the README's rules before they were run. They are kept out of :func:`corpus.own` so the
weights never see them: their score says whether heading-named questions carry to unseen releases.
First score on main (figures, groups, population, answer, question): 1.000 0.885 0.868 0.919 0.627.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_headings.jsonl"


def test_heading_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=10, labelled=("question", "answer", "population"))
    assert all(r["figures"] for r in records)


def test_heading_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.98, s.misses
    # First scored at grp 0.885, q 0.627; 0.964 / 0.715 (q11) once a block heading names its list's vote;
    # 0.931 / 0.756 once a satisfaction heading names its leader (qh06's satisfaction figures now carry the
    # leader's question, and the link model joins them to the preferred-PM list above: grouping to fix);
    # 0.900 / 0.726 once every branch of the ninth round was merged and refitted (the merged refit moved the
    # questions of some figures; not yet examined).
    assert s.group_f1 >= 0.89
    assert s.question >= 0.72
