"""An answer that points back at the options its question offered ("the former", "the latter")."""

from __future__ import annotations

from bot.reading.extract.pointed_answers import _options
from tests.extract.by_value import answers_by_value


def test_the_former_and_the_latter_name_the_options_of_a_whether_question() -> None:
    text = (
        "Lakeshore Polling asked residents whether the council should widen the ring road or build a tram "
        "line: 46% chose the former and 39% the latter."
    )
    got = answers_by_value(text)
    assert got[46] == "widen the ring road"
    assert got[39] == "build a tram line"


def test_the_options_of_whether_and_between() -> None:
    assert _options("Asked whether they would rather rent or buy") == ("rent", "buy")
    assert _options("Given a choice between Ana Ruiz and Tom Birch as mayor") == ("Ana Ruiz", "Tom Birch")
    assert _options("Asked about the plan") is None
