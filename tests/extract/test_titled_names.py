"""Answers cut at a title's full stop ("Democratic Sen", "Mr") take the name after it (titled_names).

The passages are written for the project (invented places and people).
"""

from __future__ import annotations

import pytest

from bot.reading.extract import titled_names
from bot.reading.extract.groups import Labelled
from bot.reading.extract.tidy import Tidy
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _figure(index: int, value: float, sentence: int, line: int, answer: str) -> Labelled:
    return Labelled(index, value, sentence, line, answer, "", "", None, None)


@pytest.mark.parametrize(
    ("text", "value", "cut", "name"),
    [
        (
            "Ruiz has 48 percent and 41 percent go to Democratic Sen. Tom Vale.",
            41,
            "Democratic Sen",
            "Tom Vale",
        ),
        ("Ruiz leads 57 - 29 percent over Lt. Gov. Omar Lind;", 29, "over Lt", "Omar Lind"),
        ("The mayor has 49 percent and 42 percent back Mr. Hollis. Later it shifted.", 42, "Mr", "Hollis"),
    ],
)
def test_an_answer_cut_at_a_title_takes_the_name(text: str, value: float, cut: str, name: str) -> None:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    fig = _figure(n.index, n.value, n.sentence, n.line, cut)
    titled_names.apply(a, [fig], Tidy(text).answer)
    assert fig.answer == name


def test_an_answer_not_ending_in_a_title_is_left_alone() -> None:
    text = "Ruiz has 48 percent and 41 percent go to Democratic Sen. Tom Vale."
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == 48)
    fig = _figure(n.index, n.value, n.sentence, n.line, "Ruiz")
    titled_names.apply(a, [fig], Tidy(text).answer)
    assert fig.answer == "Ruiz"
