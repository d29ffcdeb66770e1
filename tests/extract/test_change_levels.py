"""A bare share written as the level a change led to or came from (change_levels.py, shape 18 of the
bare-number rule), and the "N-N deficit" pair with its economic word (econ_words.py). Texts written for
these tests; the names and figures are invented.
"""

from __future__ import annotations

import re

import pytest

from bot.reading.extract import Extractor
from bot.reading.extract.econ_words import economic


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "The Kestrel poll has the Alder Party on 32 per cent, with the Birch Party edging up a point to 27 and "
            "the Cedar Party down four points to 12.",
            [32, 27, 12],
            [],
        ),
        (
            "In the Ostby survey the Reds shed 2 points to 36 per cent, with the Blues down 3 to 17.",
            [36, 17],
            [2, 3],
        ),
        (
            "Mayor Dorn's approval in the Pell poll went from 41 percent in 2022 to 47 now, and approval of the "
            "council from 29 then to 35 percent.",
            [41, 47, 29, 35],
            [],
        ),
        (
            "The Tarn poll has Labor on 38 per cent. Labor's lead narrowed two points to 6, and in the projection "
            "the Greens gain 3 to 11 seats. The jobless rate fell 0.2 points to 4.1 per cent.",
            [38],
            [6, 11, 4.1],
        ),
        (
            "The Reds have 38 per cent in the Curlew poll, while the Blues sit at 28. "
            "Labor's lead is at 6, and turnout at the election was 61 per cent with Labour at 40.",
            [38, 28],
            [6, 40],
        ),
    ],
)
def test_levels_after_a_change(
    extractor: Extractor, text: str, kept: list[float], dropped: list[float]
) -> None:
    got = {f.value for f in extractor.extract(text).figures}
    assert set(kept) <= got
    assert not set(dropped) & got


def test_a_deficit_pair_is_two_shares(extractor: Extractor) -> None:
    text = "In the Halden Poll, Tam Rowe has turned a 41-36 lead as preferred premier into a 37-42 deficit."
    got = {f.value for f in extractor.extract(text).figures}
    assert {37, 42} <= got


_ECON = re.compile(r"\b(?:deficit|profit|budget)\b")


def test_economic_words_in_a_party_name_or_a_poll_deficit() -> None:
    assert not economic("people before profit gains one to 3 per cent", _ECON)
    assert not economic("a 37-42 deficit as preferred premier", _ECON)
    assert not economic("a 6-point deficit behind the premier", _ECON)
    assert economic("the budget deficit is 3.1 per cent of output", _ECON)
    assert economic("company profit fell 4 per cent", _ECON)
