"""A question whose object only points back takes the question named just before it."""

from __future__ import annotations

import pytest

from bot.reading.extract import default_extractor
from bot.reading.extract.anaphoric_questions import points_back


def test_a_crosstab_sentence_asks_the_question_its_topline_named() -> None:
    text = (
        "By 58 to 37 percent, adults in the Eastfield Research poll support building a light rail line "
        "from the airport to downtown. Sixty-four percent of renters support the plan, compared with "
        "51 percent of homeowners."
    )
    figures = {f.value: f.question for f in default_extractor().extract(text).figures}
    assert "light rail" in figures[58]
    assert figures[64] == figures[58]
    assert figures[51] == figures[58]


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Do you support the increase?", "support"),
        ("Do you favor it?", "favor"),
        ("Would you approve of the plan?", "approve"),
        ("Do you support raising the minimum wage?", None),
        ("Do you approve of the way Congress is handling its job?", None),
    ],
)
def test_points_back(question: str, verb: str | None) -> None:
    assert points_back(question) == verb
