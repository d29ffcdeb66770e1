"""Numbers whose written shape says they are no share of respondents: a fraction and a clock time.

Both are written with two numbers and a sign between them, as splits are ("49/41", "43:51"), so the
candidate finder pairs them and the figure model can take them for a split of two shares:

- a **fraction** of people, "2/5 say the state is off track", "3/5 of residents", "3/4 back it": a slash
  between two small whole numbers, the first below the second, the second a common denominator (2, 3,
  4, 5 or 10), no percent sign, and a word after it. The labelling rules count fractions ("two-thirds",
  "1-in-4") as no figures. A block of "Name 4/7" rows (a lesser-known name's favourable/unfavourable
  split) is left to the model: there the slash joins two shares;
- a **clock time**, "10:15 a.m.", "7:45 PM EDT", "at 7:15 pm local time": an hour, a colon and two digits
  of minutes, then a meridiem or a time zone. A release time in a poll's header sits among the poll's
  words, where the model weighs a bare number like a share; a 2PP split "47:53" has no meridiem.

Fixed rules (like :mod:`gaps`), outside the features: the training passages hold too few of either for
the fit to learn them, and neither shape is ever a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from bot.reading.extract.analysis import Analysis, Num

# "2/5 Say", "3/5 of voters" (a word after the fraction; not a date's "3/4/2024", not "1/3%")
_FRACTION = re.compile(
    r"(?<![\w./])(?P<a>\d)/(?P<b>10|[2-5])(?![\w/%.]|\.\d|[ \t]*(?:%|per ?cent|percent))[ \t]+[A-Za-z]"
)
# "10:15 a.m.", "7:45 PM EDT", "7:15 pm", "10:00 ET", "8:45 local time"
_CLOCK = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?![\w:])[ \t]*"
    r"(?:[ap]\.?[ \t]?m\b\.?|(?:[ecmp][sd]?t|gmt|bst|utc|cet|cest|aest|aedt)\b|local[ \t]+time\b|o['’]clock\b)",
    re.IGNORECASE,
)


def fraction(a: Analysis, n: Num) -> bool:
    """Whether a number is a side of a fraction of people written with a slash ("2/5 say")."""
    return n.start in _starts(a)[0] and a.layout.places[n.index].block < 2


def clock_time(a: Analysis, n: Num) -> bool:
    """Whether a number is the hour or the minutes of a clock time ("10:15 a.m.", "7:45 PM EDT")."""
    return n.start in _starts(a)[1]


def _starts(a: Analysis) -> tuple[frozenset[int], frozenset[int]]:
    """The start offsets of the fractions' and the clock times' numbers, found once per analysis."""
    key = ("number_shapes", None)
    got = a.memo.get(key)
    if got is None:
        text = a.text
        fractions: set[int] = set()
        for m in _at_marks(_FRACTION, text, "/", (1,)):
            if int(m.group("a")) < int(m.group("b")):
                fractions.update((m.start("a"), m.start("b")))
        clocks: set[int] = set()
        for m in _at_marks(_CLOCK, text, ":", (2, 1)):
            if int(m.group("h")) <= 24:
                clocks.update((m.start("h"), m.start("m")))
        got = (frozenset(fractions), frozenset(clocks))
        a.memo[key] = got
    return cast("tuple[frozenset[int], frozenset[int]]", got)


def _at_marks(
    pattern: re.Pattern[str], text: str, mark: str, backs: tuple[int, ...]
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that put ``mark`` one or two characters after their start (``backs``, longest
    first), found from each ``mark`` by string search: the same matches as ``pattern.finditer``, whose
    lookbehind opening is otherwise tried at every character of the text."""
    at = text.find(mark)
    while at >= 0:
        for back in backs:
            if at - back >= 0:
                m = pattern.match(text, at - back)
                if m is not None:
                    yield m
                    break
        at = text.find(mark, at + 1)
