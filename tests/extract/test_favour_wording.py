"""A favourability group's question in the words its options use (favour_wording.py). Invented names."""

from __future__ import annotations

from bot.reading.extract.favour_wording import worded
from bot.reading.extract.weighed import WeighedExtractor


def test_a_scale_of_feelings_asks_about_feelings() -> None:
    q = "Do you have a favorable or unfavorable opinion of Nel Harrow?"
    sides = ["Very Positive", "Somewhat Positive", "Somewhat Negative", "Very Negative"]
    assert worded(q, sides) == "Do you have positive or negative feelings about Nel Harrow?"
    assert worded(
        "Do you have a favorable or unfavorable opinion of Unity Party?", ["Positive", "Negative"]
    ) == ("Do you have positive or negative feelings about the Unity Party?")


def test_a_favorable_split_asks_the_favourable_question() -> None:
    q = "Do you have positive or negative feelings about Nel Harrow?"
    assert (
        worded(q, ["favorable", "unfavorable"])
        == "Do you have a favorable or unfavorable opinion of Nel Harrow?"
    )


def test_mixed_or_single_options_are_left_alone() -> None:
    q = "Do you have a favorable or unfavorable opinion of Nel Harrow?"
    assert worded(q, ["Positive"]) == q
    assert worded(q, ["Positive", "unfavorable"]) == q


def test_a_tracker_block_of_feelings() -> None:
    text = (
        "Nel Harrow Favorable Rating\n\nAsked of 800 Adults\nVery Positive 21%\nSomewhat Positive 18%\n"
        "Neutral 15%\nSomewhat Negative 16%\nVery Negative 27%\nNot sure 3%\n"
    )
    questions = {f.question for f in WeighedExtractor().extract(text).figures}
    assert questions == {"Do you have positive or negative feelings about Nel Harrow?"}
