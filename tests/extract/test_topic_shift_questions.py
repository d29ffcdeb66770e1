"""A sentence that opens on a new topic is not asked the question carried from the sentence before.

Our own text: the first sentence asks about a ferry levy, the second opens on a new topic ("Tolls do
worse still") and gives figures whose question the post never words. The second group must not be
labelled with the levy question; it gets none, and the moderator words it at poll start.
"""

from __future__ import annotations

from bot.reading.extract import extraction_to_json
from bot.reading.extract.weighed import WeighedExtractor

TEXT = (
    "A new Harbour Institute survey asked residents whether they support the ferry levy. "
    "Just 31% of residents back the ferry levy, while 58% oppose it. "
    "Tolls do worse still: 12% of residents would accept them and 77% would not."
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
