"""The ``before`` cues fired from one pass per window are exactly those trying every cue would fire."""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import figures

_GOLDEN = Path(__file__).parent / "data" / "golden" / "long_blog_post.txt"

# Invented windows holding each needing cue's words at the edges of its reach.
_WINDOWS = [
    "a margin of error of plus or minus ",
    "polled 3 in ",
    "one out of ",
    "12,400 votes, ",
    "fielded 3/4 - ",
    "Question ",
    "Wave #",
    "Wave (",
    "Fairview Q",
    "cost $",
    "rate: ",
    "x" * 27 + "(",
    "x" * 29 + "(",
    "(" + "x" * 40,
    "margin of " + "x" * 45,
    "margin of " + "x" * 55,
]


def _every_cue(before: str) -> dict[str, float]:
    n = len(before)
    out: dict[str, float] = {}
    for _cue_id, key, search, _trigger, reach in figures._BEFORE:
        if search(before, n - reach if n > reach else 0) is not None:
            out[key] = 1.0
    return out


def _windows() -> list[str]:
    text = _GOLDEN.read_text()
    return _WINDOWS + [text[max(0, i - 130) : i] for i in range(0, len(text), 7)]


def test_one_pass_fires_what_every_cue_fires() -> None:
    assert figures._NEEDING, "some other cue needs a word"
    for before in _windows():
        fired: dict[str, float] = {}
        figures._fire_before(before, fired)
        assert fired == _every_cue(before), before
