"""Questions where a rating meets a vote template, a report's reported verbs, and headline questions
(sixteenth session), never fitted on.

``data/cases_questions_r16.jsonl`` holds short passages written for these tests: a leader's satisfaction
rating told after a two-party split ("X recorded a satisfaction rating of N per cent"), which took a
vote-intention template; partisan approval of a body or an office ("approve of the overall job the Legislature
is doing", "approve of the president's performance"); a report's "asked who they thought had ..." and "how
likely they felt it was ...", turned into "Who do you thought ...?"; and a title's rhetorical question
("...: What Changed?") taken as the poll's question. Kept out of :func:`corpus.own`: the score says whether
question work carries to unseen text.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.label_check import printed_problem, printed_question
from bot.reading.extract.question_templates import rated_late
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_questions_r16.jsonl"


def test_r16_question_cases_are_labelled_spans() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=6, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_r16_question_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    # First scored on integ of the sixteenth session (b2e644e), before any change: figure F1 1.000,
    # question 0.631; 0.690 with the reported verbs mended, headline questions refused and a rating's
    # own question over a vote template (question_measures.measure_over_intention). Open: a rating
    # grouped with a primary vote (r16-b's 44), an approval question worded from the sentence rather
    # than the standard one (r16-a, r16-d), and the headline case, which now prints no question.
    assert s.figure_f1 >= 0.95, s.misses
    assert s.question >= FLOOR


FLOOR = 0.68


def test_reported_verbs_take_their_present_form() -> None:
    asked = printed_question("Who do you thought had done more for the town?")
    assert asked == "Who do you think had done more for the town?"
    asked = printed_question("How likely do you felt it was that the bridge opens on time?")
    assert asked == "How likely do you feel it was that the bridge opens on time?"
    # a question already in its present form is left alone
    assert printed_question("Who do you think will win?") == "Who do you think will win?"


def test_a_question_of_two_words_is_not_printed() -> None:
    assert printed_problem("What Happened?")
    assert printed_question("Why now?") == ""
    assert printed_problem("Do you approve?") is None
    assert printed_problem("Vote choice") is None  # a template, not a printed question


def test_a_rating_read_late_names_the_rated_one_nearest_its_figure() -> None:
    clause = "Premier Jo Hart had a satisfaction rating of 40 per cent, and Opposition Leader Sam Roe recorded a satisfaction rating of "
    assert (
        rated_late({"job"}, [clause])
        == "Are you satisfied or dissatisfied with the way Sam Roe is doing the job?"
    )
    assert rated_late({"job"}, ["Only 20% approve of the overall job the Assembly is doing"]) == (
        "Do you approve or disapprove of the job the Assembly is doing?"
    )
    assert rated_late({"job"}, ["Most voters approve of the governor's handling of the storm"]) == (
        "Do you approve or disapprove of the way the governor is handling the job?"
    )
    assert rated_late({"favour"}, ["Only 20% approve of the overall job the Assembly is doing"]) is None
