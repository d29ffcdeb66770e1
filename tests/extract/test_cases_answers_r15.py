"""The extractor's answers on prose the way US releases and reports abroad write it, on passages written
for these tests and never fitted on.

``data/cases_answers_r15.jsonl`` holds: a verb shared with a later subgroup ("... disapprove along with
55% of unaffiliated voters", "... together with 49% of independents"); subgroups listed before the one
answer the sentence writes for all of them ("Independents (66 - 25 percent) and Republicans (54 - 41
percent) say ...") and a matchup split among subgroups; sentences opening on a hedge or a count of people
("Nearly 6-in-10 likely voters (59%)", "Fully 71%", "A third of adults (33%)", "Here, 13% ...");
and parties written by their nicknames ("the Tories", "the Grits", "the PCs") beside their names. Kept out
of :func:`corpus.own`.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_answers_r15.jsonl"


def test_r15_answer_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=12, labelled=("answer", "question", "population"))
    assert all(r["figures"] for r in load(CASES))


def test_r15_answer_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on integ (8fd0c02) before any change: figure F1 1.000, answer 0.548; 0.569 once a
    # party's nickname answers with the party's name (party_nicknames). The shared verb, the subgroup
    # lists and the hedged openings are still missed (see docs/extraction.md, fifteenth round).
    assert s.figure_f1 >= 0.95, s.misses
    assert s.answer >= 0.56
