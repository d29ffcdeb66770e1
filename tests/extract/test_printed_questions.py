"""The question as printed (issue 11: never print garbage), with the conversion flags left as shipped.

The extractor ranks and groups with ``REPAIR_CONVERSIONS`` and ``CHECK_CONVERSIONS`` off (either moved the
refitted grouping), then mends or refuses the chosen question once, as it builds the output
(:func:`label_check.printed_question`). All wordings here are our own.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import label_check
from bot.reading.extract.label_check import printed_question
from bot.reading.extract.weighed import WeighedExtractor


def test_the_ranking_flags_stay_off() -> None:
    assert not label_check.REPAIR_CONVERSIONS
    assert not label_check.CHECK_CONVERSIONS


@pytest.mark.parametrize(
    ("chosen", "printed"),
    [
        ("Do you trusted the ferry board a great deal?", "Do you trust the ferry board a great deal?"),
        ("Are you no reasons to move away?", "Are there no reasons to move away?"),
        ("Who you'd like to see as the next mayor?", "Who would you like to see as the next mayor?"),
        ("Do you support for the library levy?", "Do you support the library levy?"),
        ("Do you support or oppose for the new toll?", "Do you support or oppose the new toll?"),
        ("Should the council definitely?", ""),
        ("Are you unsure?", ""),
        ("Are you very worried?", ""),
        ("Do you support among likely voters?", ""),
        ("Do you think of voters in the Harbour Research poll?", ""),
        ("Do you support who would make a better mayor?", "Who would make a better mayor?"),
        ("Is the harbour on the “wrong track?", "Is the harbour on the wrong track?"),
        ("Which issue worries do you most?", "Which issue worries you most?"),
    ],
)
def test_slips_are_mended_or_refused(chosen: str, printed: str) -> None:
    assert printed_question(chosen) == printed


@pytest.mark.parametrize(
    "question",
    [
        "Do you approve of the way the council is handling housing?",
        "Do you disapprove of the harbour plan?",
        "Do you feel less safe than a year ago?",
        "Do you think the harbour trade grew last year?",
        "Do you agree with the council's decision?",
        "Are you satisfied?",
        "Do you expect your own party to win the seat?",
        "Would you vote for the new constitution or not?",
        "Do you think the island cannot rely on the ferry?",
        "Vote choice in the 2026 mayoral race",
        "Which ferry routes do you use most?",
        "Which party leaders do you trust?",
        "",
    ],
)
def test_sound_questions_print_as_chosen(question: str) -> None:
    assert printed_question(question) == question


def test_a_report_never_prints_an_answer_asked_back() -> None:
    # Ranked, the figure's best question is its answer asked back ("Are you very worried?").
    text = "Only 18% of residents say they are very worried, the Harbour Research poll of 800 found."
    (figure,) = WeighedExtractor().extract(text).figures
    assert figure.question in (None, "")
