"""The extractor's answers in lists of groups and in spelled-out clauses, on passages never fitted on.

``data/cases_answers_lists.jsonl`` holds short passages (US wire and local news, US blog posts, UK and
Australian reports, a Canadian-style margin in a US race) whose answers take shapes the other answer sets
lack: one answer shared by a list of groups after a verb whose subject is the answer ("Marsh drew 44
percent of evangelical voters, 39 percent of voters over 65 ..."; "Labour is now the choice of 38% of
under-35s, ..."), the same with the answer named after the groups ("suburban women (52%) and
college-educated men (47%) are still with Patel"), composite options spelled out as clauses ("think the
network is run well and needs no major change, whilst ... run badly and should be taken back into public
ownership"), "disagree that ... and N% agree", "leads B by a margin of N% to M%", and party
identification with leaners ("Republicans or lean toward the GOP"). Kept out of :func:`corpus.own`: the
score says whether the answer stage reads unseen text.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_answers_lists.jsonl"


def test_list_answer_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=12, labelled=("answer", "population"))
    assert all(r["figures"] for r in load(CASES))


def test_list_answer_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # First scored at 0.397 on main (8c66eaa) before any answer change (figF1 1.000, group .857,
    # population .856, question .340); 0.621 once a list of groups' shares takes the option its verb's
    # subject or object names (group_lists: "Marsh drew 44 percent of ...", "(52%) ... are still with Patel");
    # 0.743 with party identification ("Republican", "Democrat or lean Democratic": party_id); 0.767 with
    # "leads Republican businessman Carl Brenner by a margin of 51% to 43%" (lead_pairs); 0.824 with parallel
    # clauses of two judgements read as two-part options ("good job, deserves another term": clause_options).
    assert s.answer >= 0.80
