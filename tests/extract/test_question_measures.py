"""Which-option measures take their standard wording; a printed question and the topline's fuller one win.

Moved from the old test_cases_questions_r13.py; the written set cases_questions_r13.jsonl is in
data/written_sets.toml.
"""

from __future__ import annotations

from bot.reading.extract import Extractor
from bot.reading.extract.question_measures import fuller_question


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
    # (approval_wording: "his"/"her" as the labels write it, from the title before the surname)
    assert fig.question == "Are you satisfied or dissatisfied with the way Pemberton is doing her job?"
