"""A question's last word keeps what the question mark would otherwise swallow."""

from __future__ import annotations

import pytest

from bot.reading.extract.tidy import close_initialism
from bot.reading.extract.weighed import WeighedExtractor


@pytest.mark.parametrize(
    ("question", "closed"),
    [
        ("Is the new tariff a risk to the U.S?", "Is the new tariff a risk to the U.S.?"),
        ("Should the capital move out of D.C?", "Should the capital move out of D.C.?"),
        ("Is the U.S.?", "Is the U.S.?"),  # already closed: unchanged
        ("Do you trust the EU?", "Do you trust the EU?"),  # no dots: not an initialism
        ("Do you approve of the way it is going?", "Do you approve of the way it is going?"),
    ],
)
def test_an_initialism_ending_a_question_keeps_its_full_stop(question: str, closed: str) -> None:
    assert close_initialism(question) == closed


def test_an_extracted_question_ending_in_an_initialism_is_closed() -> None:
    text = (
        "A Brightline survey asked adults whether the new border levy is a danger to the U.S. In all, 58% "
        "said it is a danger and 31% said it is not."
    )
    questions = {f.question for f in WeighedExtractor().extract(text).figures}
    assert questions, "the survey's figures were found"
    assert all(q.endswith(" U.S.?") for q in questions), questions
