"""The label checker: fragments never reach the output (issue 11, item 3).

Unit cases for the checker itself, a property test over poll-ish random text, and a run of the weighed
extractor over every shared corpus (read from ../shared, never copied) that must print no fragment.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reading.extract import corpus
from bot.reading.extract.label_check import (
    answer_problem,
    asked_directly,
    finish_at_initials,
    population_problem,
    printed_problem,
    printed_question,
    question_problem,
    tidy_question,
)
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


@pytest.mark.parametrize(
    "question",
    [
        "What about: Currently, only of residents think so, while have?",  # the old fallback's fragment
        "Do you think the council should spend more on?",  # ends in a preposition
        "Do you you support the levy?",  # doubled word
        "Residents who back the new bridge",  # not a question at all
        "the ferry timetable should change?",  # opens like no poll question
        "Do you support the new quay levy. Mooring fees poll better?",  # two sentences run together
        "What do the latest polls tell us?",  # the writer's heading about the polls
        "How do the numbers look for the harbour party?",
    ],
)
def test_fragment_questions_are_refused(question: str) -> None:
    assert question_problem(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Do you approve or disapprove of the way the harbour board is handling its job?",
        "If a provincial election were held tomorrow, which party would you support?",
        "How worried are you about flooding in your neighbourhood?",
        "Vote choice in the 2031 Lakeside mayoral race",
        "Westminster voting intention",
        "Do you approve of the way Gov. Alvarez is handling the drought?",  # a title's full stop
        "Is the U.S. Senate doing its job?",
        "How much do you trust the polls you see in the news?",  # about polls, but put to the respondent
        "",
    ],
)
def test_usable_questions_pass(question: str) -> None:
    assert question_problem(question) is None


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Are residents against?", "question ends in a preposition"),  # "against" never ends a question
        ("Do you side with the mayor or vote along?", "question ends in a preposition"),
        ("Do you back the plan or stand between?", "question ends in a preposition"),
        ("Do you support?", "opinion verb without an object"),  # supported: what?
        ("Do you favour or oppose?", "opinion verb without an object"),
        ("Would most tenants strongly support or not?", "opinion verb without an object"),
        ("Do you support or oppose allowing?", "opinion verb without an object"),  # allowing what?
        ("Do you favor requiring?", "opinion verb without an object"),
        ("Should one be held before the harvest?", "unexplained pronoun subject"),  # one what?
        ("Should it be legal in every county?", "unexplained pronoun subject"),  # what should?
        ("Would it make no real difference?", "unexplained pronoun subject"),
    ],
)
def test_questions_missing_a_part_are_refused(question: str, why: str) -> None:
    assert question_problem(question) == why


@pytest.mark.parametrize(
    "question",
    [
        "Which candidate do you support?",  # the interrogative is the verb's object
        "Who would you prefer as harbour master?",
        "Which way do you lean toward?",  # a wh-question may strand its preposition's object up front
        "Do you support or oppose the ferry levy?",
        "Do you favour or oppose banning cars from the old town?",
        "Do you support recycling?",  # a gerund that is itself the thing supported
        "Do you want the mayor to step down?",  # a phrasal verb's particle ends it
        "Do you want him back?",
        "Should dogs be allowed on the beach in summer but not after?",
        "Is it right to close the library on Sundays?",  # "it" stands for the clause that follows
        "Is it true that the bridge will close?",
        "Is its influence growing?",
        "Should there be a second ferry?",
    ],
)
def test_questions_with_all_their_parts_pass(question: str) -> None:
    assert question_problem(question) is None


@pytest.mark.parametrize(
    "answer",
    [
        "compared with Alvarez's",  # a clause fragment, not an option
        "and Greens",
        "the ferry should run on Sundays and every public holiday too",  # over 8 words
        "approve of",  # ends in a preposition
        "each",
        "45% of the vote",  # holds a figure
    ],
)
def test_fragment_answers_are_refused(answer: str) -> None:
    assert answer_problem(answer) is not None


@pytest.mark.parametrize(
    "answer", ["approve", "wrong track", "Maria Alvarez", "definitely vote against", "don't know", "more", ""]
)
def test_option_answers_pass(answer: str) -> None:
    assert answer_problem(answer) is None


def test_populations_are_short_noun_phrases() -> None:
    assert population_problem("likely voters in Lakeside County") is None
    assert population_problem("---") is not None
    assert population_problem("and independents") is not None


def test_item_numbers_and_asked_openings_are_tidied() -> None:
    assert tidy_question("4. Should the ferry run on Sundays?") == "Should the ferry run on Sundays?"
    assert tidy_question('Asked "Should the ferry run on Sundays?') == "Should the ferry run on Sundays?"


def test_a_question_put_through_the_respondents_opinion_is_asked_directly() -> None:
    assert asked_directly("Do you think the harbour bridge should be tolled?") == (
        "Should the harbour bridge be tolled?"
    )
    assert asked_directly(
        "Now, overall, would you say that local schools are improving or getting worse?"
    ) == ("Are local schools improving or getting worse?")
    assert asked_directly("Thinking about next year, what do you think is the biggest risk to your job?") == (
        "What is the biggest risk to your job?"
    )
    # A condition is part of the question, and a question with no opinion frame is left as written.
    conditional = "If the vote were held today, do you think the levy would pass?"
    assert asked_directly(conditional) == conditional
    assert asked_directly("Do you approve of the new ferry timetable?") == (
        "Do you approve of the new ferry timetable?"
    )
    assert asked_directly("What do you think about the ferry timetable?") == (
        "What do you think about the ferry timetable?"
    )


PIECES = st.sampled_from(
    [
        "45%",
        " 52 percent",
        " of voters",
        " say",
        " approve",
        " and",
        " compared with Alvarez's",
        " Labour on",
        " 33%",
        " What about",
        " Do you support the levy?",
        " among renters,",
        " ...... ",
        "\n",
        " to ",
        " (",
        ")",
        " Right direction",
        " the the",
        " for",
        " yes",
        ", ",
        ". ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join))
def test_the_weighed_extractor_prints_no_fragment(text: str) -> None:
    for f in EXTRACTOR.extract(text).figures:
        assert printed_problem(f.question) is None, f.question
        assert answer_problem(f.answer) is None, f.answer
        assert population_problem(f.population) is None, f.population


def _shared_checker() -> ModuleType | None:
    path = corpus.shared_dir() / "check_labels.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_check_labels", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("shared_check_labels", mod)
    spec.loader.exec_module(mod)
    return mod


def test_no_fragment_over_every_shared_corpus() -> None:
    """The corpora's own checker (check_labels.why_bad) finds nothing in the weighed extractor's output."""
    checker = _shared_checker()
    passages = [p for c in corpus.SHARED_SETS for p in corpus.shared(c)]
    if checker is None or not passages:
        pytest.skip("shared corpora not available")
    bad: list[str] = []
    figures = 0
    for p in passages:
        for f in EXTRACTOR.extract(p.text).figures:
            figures += 1
            why = checker.why_bad(f.question, f.answer)
            if why is None:
                why = (
                    printed_problem(f.question)
                    or answer_problem(f.answer)
                    or population_problem(f.population)
                )
            if why is not None:
                bad.append(f"{p.id}: {why}: {f.question!r} / {f.answer!r} / {f.population!r}")
    assert figures > 500
    assert bad == []


def test_an_answer_is_not_the_clause_that_reports_its_share() -> None:
    """A clause cut before its number ("The Greens are down" 4%) names the option but is not its label;
    the name alone, and options that merely end in such a word, stay usable."""
    for clause in (
        "The Greens are down",
        "The Alliance has slipped",
        "the Unity Party reaches",
        "Labour stands",
    ):
        assert answer_problem(clause) == "answer is the clause that reports the share", clause
    for label in ("Greens", "Alliance", "up", "stayed the same", "Labour-led"):
        assert answer_problem(label) is None, label


@pytest.mark.parametrize(
    ("question", "why"),
    [
        # A full stop after an initialism ends a sentence; the capital after it opens a second one.
        ("Do you trust the NDP. Which party leads?", "two sentences in one question"),
        ("Would you vote for the BQ. Federal?", "two sentences in one question"),
        # A question cut where a report's abbreviation (a title, a country's initials) went on.
        ("Do you approve of the way Sen.?", "question cut off at an abbreviation"),
        ("Should the harbour board follow the U.K.?", None),  # a country closing a question is whole
        ("Do you trust U.K.?", "question cut off at an abbreviation"),  # initials as an adjective, noun lost
        # An auxiliary with no verb after its subject (a report's adjective where the verb should be).
        ("Do you current council tenants?", "auxiliary with no verb after its subject"),
        ("Do you likely voters in Eastport?", "auxiliary with no verb after its subject"),
        ("Do you currently rent your home?", None),  # an adverb before the verb is a question's own
        # A possessive pronoun pointing back at no one the question names.
        ("Are you favourable toward their party?", "possessive pronoun with nothing it points back to"),
        ("Do you think his budget goes far enough?", "possessive pronoun with nothing it points back to"),
        ("Do you approve of the way Mayor Okafor is handling his job?", None),
        ("Should parents be able to choose their children's school?", None),
        ("Do you think the ferry company should cut their fares?", None),
        ("Do you trust her?", None),
        ("Was rent their main worry?", None),  # asked about the people polled, with no "you" in it
        ("Are you satisfied or dissatisfied with her handling of the ferry strike?", None),  # a rating: left
        # A share where the rated thing should stand, and an attribution where the clause should.
        ("Do you approve or disapprove of 41 percent?", "a share where what was asked should stand"),
        ("Are you satisfied with 52%?", "a share where what was asked should stand"),
        ("Should the harbour levy rise to 3 percent?", None),  # a rate asked about is the question's own
        ("Would you back a sales tax of 1.5 percent?", None),
        (
            "Do you think for Harbourview Research?",
            "an opinion verb followed by an attribution, not a clause",
        ),
        ("Do you think about the ferry often?", None),
        # A matchup whose second side names the first candidate again.
        ("Vote choice: Republican Dana Moor vs. Dana Moor", "a matchup naming one candidate on both sides"),
        ("Vote choice: Dana Moor vs. Eli Moor", None),  # two people of one family name
        ("Vote choice in the 2030 Fenwick governor's race: Dana Moor vs. Eli Grant", None),
        # A modal with a statement's finite verb left after its subject.
        ("May Mrs Okafor had what it takes to lead?", "a modal followed by a finite verb, not a base form"),
        ("Would the harbour levy was fair?", "a modal followed by a finite verb, not a base form"),
        ("Should those who were fined be repaid?", None),  # a relative clause of the subject's own
        ("Would Okafor be a better mayor than Grant?", None),
        # The report's own spread or tally inside the question; a measure's own figures stand.
        (
            "Do you approve of the council and its +4 approval spread (45/41)?",
            "the report's own figures, a spread or a tally, inside the question",
        ),
        (
            "Does the 3% margin of error mean the race is tied?",
            "the report's own figures, a spread or a tally, inside the question",
        ),
        ("Do you favor raising the Fenwick fuel tax from 4 to 6 cents a gallon?", None),
        ("Should a recall need the votes of over 40% of voters?", None),
        ("Do you favor keeping the 24/7 ferry service?", None),
    ],
)
def test_broken_questions_from_fresh_pages_are_never_printed(question: str, why: str | None) -> None:
    assert printed_problem(question) == why
    assert printed_question(question) == ("" if why else question)


def test_a_question_that_runs_two_sentences_together_is_never_printed() -> None:
    text = "Only 40% of islanders back the new quay tax. Mooring fees poll better: 52% support them."
    questions = [f.question for f in EXTRACTOR.extract(text).figures]
    assert questions, "the figures were found"
    assert not any(question_problem(q) for q in questions), questions


def test_a_question_cut_at_dotted_initials_is_finished_from_its_sentence() -> None:
    text = "Asked about the race, 44% would back the Green nominee for the U.K. Parliament seat in Eastmoor this May."
    q = "Would you back the Green nominee for the U.K.?"
    assert finish_at_initials(q, text) == (
        "Would you back the Green nominee for the U.K. Parliament seat in Eastmoor this May?"
    )
    whole = "Is trust in courts falling across the U.K.?"
    assert (
        finish_at_initials(whole, "Is trust in courts falling across the U.K.? The poll asked 900 adults.")
        == whole
    )
    assert finish_at_initials(whole, "Trust is falling across the U.K. The poll asked 900 adults.") == whole
