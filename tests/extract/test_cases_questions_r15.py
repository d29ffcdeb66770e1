"""Questions on US party ratings, earlier waves and state or office headings (fifteenth session), never
fitted on.

``data/cases_questions_r15.jsonl`` holds short passages written for these tests: US party favourability
with partisan subgroups, which took the parliamentary "Voting intention" template from the party names
beside the figures; earlier readings compared with the current one ("47% today vs. 55% in January"), which
took another wording than the reading they are compared with; and pages reporting several states' or
offices' races under a heading each ("Montana", "Iowa: ...", "Governor"), where the later race kept the
first one's state or office. Kept out of :func:`corpus.own`: the score says whether question work carries
to unseen text.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.race_scope import office_race, scoped_race, section_state
from bot.reading.extract.scoring import load, score
from bot.reading.extract.weighed import WeighedExtractor
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_r15.jsonl"


def test_r15_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=7, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_r15_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on integ of the fifteenth session, before any change: figure F1 1.000, question 0.684;
    # 0.863 on the helper's branch with the US-party rule (no "Voting intention" template, not merged: it
    # cost the second sealed set) and state and office headings (race_scope.section_state, office_race);
    # 0.908 after the round's merge without the US-party rule, and two cases reworded by the copy check.
    # The two earlier-wave cases (r15-c, r15-d) stay open: a rule giving an earlier reading its current
    # reading's question cost the second sealed set and was dropped.
    assert s.figure_f1 >= 0.95, s.misses
    assert s.question >= FLOOR


FLOOR = 0.85


def test_a_state_heading_scopes_the_races_below_it() -> None:
    text = "Two contests.\n\nMontana\nHoyt leads Brill 48 percent to 44 percent.\n\nNevada\nSolis has 46 percent."
    a = WeighedExtractor().analyse(text)
    by_value = {n.value: n for n in a.numbers}
    assert section_state(a, by_value[48.0]) == "Montana"
    assert section_state(a, by_value[46.0]) == "Nevada"
    asked = "Vote choice in the Montana Senate race"
    assert scoped_race(asked, ["Solis has 46 percent."], "Nevada") == "Vote choice in the Nevada Senate race"
    # a section state fills a question naming none; a state named only in passing does not
    assert scoped_race("Vote choice in the Senate race", ["Solis has 46 percent."], "Nevada") == (
        "Vote choice in the Nevada Senate race"
    )
    assert scoped_race("Vote choice in the Senate race", ["Solis, raised in Nevada, has 46 percent."]) is None


def test_a_dateline_in_capitals_heads_no_section() -> None:
    a = WeighedExtractor().analyse("WASHINGTON -- A new poll finds 44 percent approve.")
    assert section_state(a, a.numbers[0]) == ""


def test_an_office_heading_names_its_race() -> None:
    assert office_race("Governor") == "the governor's race"
    assert office_race("U.S. Senate") == "the U.S. Senate race"
    assert office_race("Best Premier") == ""
    asked = "Vote choice in the Oregon Senate race"
    assert (
        scoped_race(asked, ["the governor's race Tess Varga 44"])
        == "Vote choice in the Oregon governor's race"
    )
