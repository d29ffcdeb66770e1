"""A stance on a proposal the sentence names is the question of the stance's figures (issue_topics.py).

The passages are written for these tests, with invented places and figures: a proposal backed "by N%",
"support for X with N percent support", "N% would oppose X", "Most favor X, N percent to M percent", and
the cases that must stay as they are (an object that only points back, a group that has a question)."""

from __future__ import annotations

import pytest

from bot.reading.extract import issue_topics
from bot.reading.extract.label_check import usable
from bot.reading.extract.weighed import WeighedExtractor


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "A tram link to the airport was backed by 61% of residents, with 30% opposed.",
            "Do you support or oppose a tram link to the airport?",
        ),
        (
            "The Orrin survey found wide support for a ban on leaf blowers with 57 percent support.",
            "Do you support or oppose a ban on leaf blowers?",
        ),
        (
            "Only 24% of adults would oppose closing the old quarry road, while 70% would not.",
            "Do you support or oppose closing the old quarry road?",
        ),
        (
            "Most favor a second bridge over the Tamsin, 58 percent to 35 percent.",
            "Do you favor or oppose a second bridge over the Tamsin?",
        ),
    ],
)
def test_a_stance_clause_names_its_proposal(sentence: str, question: str) -> None:
    found = issue_topics.proposals(sentence)
    assert [q for _, q in found][:1] == [question]
    assert usable("question", question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Among voters 52 percent are behind that proposal, and 41 percent oppose it.",
        "Some 48% support it and 45% oppose it.",
        "There was 59 percent support and 36 percent opposed.",
    ],
)
def test_an_object_that_points_back_or_is_a_share_names_nothing(sentence: str) -> None:
    assert issue_topics.proposals(sentence) == []


def test_figures_with_no_question_take_the_proposal() -> None:
    text = (
        "The Vellmoor Herald poll asked 700 residents about two plans. A night bus service was backed by "
        "62% of residents, with 29% opposed. Closing the Elm Street car park was supported by 34%, "
        "and 55% were against it."
    )
    figs = WeighedExtractor().extract(text).figures
    by_value = {f.value: f.question for f in figs}
    assert by_value[62] == "Do you support or oppose a night bus service?"
    assert by_value[34] == "Do you support or oppose closing the Elm Street car park?"


def test_a_group_with_its_own_question_keeps_it() -> None:
    text = (
        'Asked "Should the town build a new library?", 56% of voters said yes and 38% said no. '
        "A new library was backed by 56% of voters."
    )
    figs = WeighedExtractor().extract(text).figures
    assert all(f.question != "Do you support or oppose a new library?" for f in figs if f.value == 38)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The survey finds 54 percent of adults say they believe that the harbour tunnel is overdue.",
            "Is the harbour tunnel overdue?",
        ),
        (
            "In all, 38% of residents think the council should sell the old depot, while 49% do not.",
            "Should the council sell the old depot?",
        ),
    ],
)
def test_a_reported_view_is_a_yes_or_no_question(sentence: str, question: str) -> None:
    assert [q for _, q in issue_topics.views(sentence)][:1] == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        "In all, 44% of people thought they were, and 40% did not.",
        "Some 31% say it, and 60% say nothing.",
    ],
)
def test_a_view_whose_subject_points_back_is_no_question(sentence: str) -> None:
    assert issue_topics.views(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Respondents favoring a repeal of the toll by a tally of 54 to 38 percent outnumbered its defenders.",
            "Do you favor or oppose a repeal of the toll?",
        ),
        ("Men oppose the curfew 49 – 44 percent, women less so.", "Do you support or oppose the curfew?"),
        (
            "Voters support 58 – 35 percent allowing food trucks to park downtown, while men are split.",
            "Do you support or oppose allowing food trucks to park downtown?",
        ),
        (
            "Residents back a repeal by a margin of 9 points (51 to 42 percent) in the new poll.",
            "Do you support or oppose a repeal?",
        ),
    ],
)
def test_a_stance_told_as_a_score_names_its_proposal(sentence: str, question: str) -> None:
    assert [q for _, q in issue_topics.tally_proposals(sentence)] == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters favor the Democrat 47 - 41 percent over the incumbent.",
        "Women support these sales 50 – 46 percent.",
        "Voters back Ann Lee 52 - 40 percent.",
        "Dellmont backs the concept 90 to 8 percent.",
        "Renters back it, and support runs just as strong among owners, 88 to 9 percent.",
    ],
)
def test_a_score_for_a_candidate_or_a_pointer_names_no_proposal(sentence: str) -> None:
    assert issue_topics.tally_proposals(sentence) == []


def test_a_bare_vote_choice_gives_way_to_the_proposal_a_score_names() -> None:
    text = (
        "The Harwick Institute asked Dellmont voters about the county bridge toll. Respondents favoring a "
        "repeal of the toll by a tally of 54 to 38 percent outnumbered its defenders."
    )
    figs = WeighedExtractor().extract(text).figures
    assert {f.question for f in figs} == {"Do you favor or oppose a repeal of the toll?"}
