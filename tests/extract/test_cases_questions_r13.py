"""Which-option measures and their standard words (thirteenth session), never fitted on.

``data/cases_questions_r13.jsonl`` holds short passages written for these tests: the most important issue
named as a statement about one option ("a mere 4 per cent pick potholes as their most important issue"), in
other rank words ("their top issue", "the biggest problem"), for subgroups and an earlier wave, and a
preferred prime minister beside a leader's satisfaction rating. Labellers word these measures one way
("What is the most important issue facing the country?", "Who would make the better prime minister?").
Kept out of :func:`corpus.own`: the score says whether question work carries to unseen text.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.question_measures import fuller_question
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_r13.jsonl"


def test_r13_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=10, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_r13_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on main of the thirteenth session, before any change: figure F1 0.979, question 0.593;
    # 0.783 with the measures' standard words (question_measures.standard_wording), the topline's fuller
    # question, satisfaction read for a leader named after a title and the printed check's subject mend.
    assert s.figure_f1 >= 0.95, s.misses
    assert s.question >= FLOOR


FLOOR = 0.75


def test_a_statement_about_one_option_asks_which_option(extractor: Extractor) -> None:
    text = "In the Tamarack poll of voters, a mere 8 percent pick potholes as their most important issue."
    (fig,) = extractor.extract(text).figures
    assert fig.question == "What is the most important issue facing the country?"


def test_a_printed_question_beats_the_template_for_its_measure(extractor: Extractor) -> None:
    text = (
        "In May, 40 percent of respondents named prices as the most important problem. "
        'The Quillfeather poll asked: "What do you think is the most important problem facing the state today?" '
        "Now 31 percent say prices."
    )
    questions = {f.question for f in extractor.extract(text).figures}
    assert questions == {"What is the most important problem facing the state today?"}


def test_a_subgroup_takes_the_toplines_fuller_question() -> None:
    topline = "Are you satisfied or dissatisfied with the way things are going?"
    assert fuller_question("Are you satisfied?", [topline], []) == topline
    # nearest before first, then after; another measure, or a matchup's names, is no donor
    assert fuller_question("Are you satisfied?", ["Are you satisfied with the mayor?", topline], []) == (
        "Are you satisfied with the mayor?"
    )
    assert fuller_question("Is it a top issue?", ["Is it a top issue for your ballot?"], []) is None
    assert (
        fuller_question("Vote choice in the 2028 primary", ["Vote choice in the 2028 primary: A vs. B"], [])
        is None
    )
    assert fuller_question(topline, ["Are you satisfied?"], []) is None


def test_satisfaction_with_a_titled_leader_names_the_leader(extractor: Extractor) -> None:
    text = "In the Saltmarsh poll of 1,200 Australian voters, satisfaction with Ms Pemberton slid to 31 per cent."
    (fig,) = extractor.extract(text).figures
    assert fig.question == "Are you satisfied or dissatisfied with the way Pemberton is doing the job?"
