"""A sentence that opens on a new topic is not asked the question carried from the sentence before.

Our own text: the first sentence asks about a ferry levy, the second opens on a new topic ("Tolling does
worse still") and gives figures whose question the post never words. The second group must not be
labelled with the levy question; it gets none, and the moderator words it at poll start.
"""

from __future__ import annotations

from bot.reading.extract import extraction_to_json
from bot.reading.extract.weighed import WeighedExtractor

TEXT = (
    "A new Harbour Institute survey asked residents whether they support the ferry levy. "
    "Just 31% of residents back the ferry levy, while 58% oppose it. "
    "Tolling does worse still: 12% of residents would accept it and 77% would not."
)


def _figures() -> dict[float, dict[str, object]]:
    return {f["value"]: f for f in extraction_to_json(WeighedExtractor().extract(TEXT))["figures"]}


def test_the_new_topics_figures_do_not_take_the_earlier_question() -> None:
    figs = _figures()
    assert {31, 58, 12, 77} <= set(figs)
    levy = str(figs[31]["question"]).lower()
    assert "levy" in levy
    for value in (12, 77):
        question = str(figs[value]["question"]).lower()
        assert "levy" not in question, question
        assert figs[value]["group"] != figs[31]["group"]


def test_a_question_built_from_the_new_topics_own_sentence_stays() -> None:
    """ "On X, ..." opens a new topic; a question the sentence writes itself is kept."""
    text = (
        "A new Harbour Institute survey asked residents whether they support the ferry levy. "
        "Just 31% of residents back the ferry levy, while 58% oppose it. "
        "On parking, 39% support the new meters and 52% oppose them."
    )
    figs = {f["value"]: f for f in extraction_to_json(WeighedExtractor().extract(text))["figures"]}
    assert "levy" not in str(figs[39]["question"]).lower()
