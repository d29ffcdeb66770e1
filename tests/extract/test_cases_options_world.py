"""The extractor's answers on passages whose options take the shapes of reporting around the world, never fitted on.

``data/cases_options_world.jsonl`` holds short passages (Britain, Austria, Australia, Ireland, Quebec,
New Hampshire, the Philippines, Norway, Canada, New Zealand, Denmark, Iceland, California, Kenya,
Indonesia, Turkey, South Korea, the US, Italy, Argentina, Scotland, Chile; written for these tests) whose
answers take shapes the other written sets lack: parties by nickname or abbreviation ("the Tories", "the
PQ", "the Coalition", "Fine Gael") or behind their leader's name ("Carney's Liberals"), "X leads Y 48-44"
and "X trails Y 46-54", adjectives ("optimistic", "dissatisfied"), bare scale points ("very", "not at
all"), the parts of a net approval (the net itself is no figure), "a majority backed", "don't know" and
"would not vote", policy options written as clauses ("raising taxes on the rich"), a ranked issue list,
shares in brackets after names, yes/no given only after "Asked whether ...". They are kept out of
:func:`corpus.own` so the weights never see them: their score says whether the answer stage proposes the
right option on text it has never seen.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_options_world.jsonl"


def test_world_option_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=18, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in load(CASES))


def test_world_option_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.90, s.misses
    # First scored on main before any answer change (29ac58e): figF1 0.919, answer 0.831 on the 62
    # matched figures (population 0.658, question 0.539); 0.868 once a party written behind its leader's
    # name is printed as the party ("Carney's Liberals" -> "Liberals"); 0.851 with "unsure" kept as
    # written (a refit moved one answer the other way); 0.838 once the ninth round's figure cues find "ranked
    # the biggest problem by 46%" as a figure, whose answer the answer stage then gets wrong (a pollster's
    # name): a figure found with a wrong answer, where before it was not found at all. Eleventh round
    # (populations abroad): 0.823. w04's Irish poll no longer reads its figures' population as
    # "Independents" (population 0.679 -> 0.727 on this set), and its last figure ("Independents and
    # smaller parties take a combined 22 per cent") then keeps the rules pass's answer "Fine Gael" where
    # it had "Independents": one answer of 62.
    assert s.answer >= 0.82
