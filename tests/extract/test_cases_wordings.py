"""The extractor's questions on passages written to test how poll questions are worded in reports.

``data/cases_wordings.jsonl`` holds 24 passages (80 figures) in shapes, outlets and countries the other
written sets lack: Irish, New Zealand, Indian, South African, Japanese, EU-wide and Northern Irish
polls; US state and city polls; issue polls on abortion, guns, climate, tariffs and artificial
intelligence; approval of a president, premier, governor and mayor; right direction / wrong track; the
most important issue; question wordings quoted in full and in part; "asked whether ...", "when asked
if ...", "said they ..." clauses. Written and labelled by the shared README's rules before they were
run, and never fitted on: the score says whether the question stage reads unseen wordings.
First score, on main before any question change (figures, groups, population, answer, question):
0.994 0.835 0.952 0.749 0.593; 0.994 0.887 0.952 0.749 0.751 after the qnew branch's question changes
(both sides where the text gives them, pronouns named, offices, the most important issue, more
countries' vote intention).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

WORDINGS = Path(__file__).parent / "data" / "cases_wordings.jsonl"


def test_wording_cases_are_well_formed() -> None:
    records = load(WORDINGS)
    check_written_cases(records, at_least=24, labelled=("question", "answer", "population"))
    assert all(r["figures"] for r in records)


def test_wording_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(WORDINGS), extractor)
    assert s.figure_f1 >= 0.98, s.misses
    assert s.group_f1 >= 0.85
    assert s.question >= 0.73
