"""A bare share written in parallel with a percent-marked one of its sentence, the marker left off.

Prose often writes "percent" once and leaves it off the next share of the same construction:

- "41 percent backed Ortiz and 38 for Lee", "with 47 percent going to Ortiz and 30 to Lee", "12 percent
  are under 30; 19 between 30 and 44": after "and", a comma or a semicolon, the bare number is followed
  by a word that follows the marked share (within five words of its marker; not a conjunction, an
  article or a month, which would make "and 23 February" a date);
- "Ortiz draws 41 percent to Lee's 39": the rival's share after "to" and a capitalised name
  in the possessive, closing its clause.

Such a number is a figure (shape 17 ``parallel_share`` of the bare-number rule in
:mod:`bot.reading.extract.figures`). A word of units after it ("points", "seats", "votes", "years") never
makes the parallel: "12 percent of seats and 4 points" is no list of shares.
"""

from __future__ import annotations

import re
from typing import cast

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.vocab import MONTHS

# What opens the parallel item: "and", "while", a comma or a semicolon right before the number.
_JOINED = re.compile(r"(?:\b(?:and|while)|[,;])\s+$", re.IGNORECASE)
# The rival's possessive: "to Lee's ", "to Mayor Ana Ortiz’s " (one to four capitalised words).
_RIVAL = re.compile(r"\bto\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+$")
# A clause that closes right after the rival's share.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$|\s(?:among|in|with|and)\b)")
_WORD = re.compile(r"[^\W\d_]+")
# Units that make a number something other than a share, whatever precedes it.
_UNITS = frozenset(
    {
        "point",
        "points",
        "pts",
        "percentage",
        "seat",
        "seats",
        "vote",
        "votes",
        "year",
        "years",
        "day",
        "days",
        "million",
        "billion",
        "times",
        "people",
        "states",
        "counties",
        "districts",
    }
)
UNITS = _UNITS  # read by change_levels too
# Words too common to make two items parallel, and months (a day of a date: "and 23 February").
_GLUE = frozenset({"and", "or", "but", "nor", "the", "a", "an"})
_MONTH = re.compile(MONTHS, re.IGNORECASE)
# A count of a known whole: "2 of the county's 5 commissioners", "3 of its 11 seats".
_COUNT_OF = frozenset(("of", w) for w in ("the", "its", "their", "them", "those", "these", "his", "her"))
# How far before the number its opener may stand, and how many words after a marker are compared.
_REACH = 64
_AFTER_WORDS = 5


def parallel_share(a: Analysis, n: Num) -> bool:
    """Whether a bare number is a share written like a percent-marked share before it in its sentence."""
    c = n.cand
    if c.marked or c.partner is not None or c.value > 100 or not a.sentences:
        return False
    # the opener first (cheap, and rare in tables): "and", a comma or a semicolon, or "to <Name>'s"
    before = a.text[max(0, n.start - _REACH) : n.start]
    rival = _RIVAL.search(before) is not None
    if not rival and not _JOINED.search(before):
        return False
    marked = _marked_words(a, n.sentence)
    if not any(start < n.start for start, _ in marked):
        return False
    if rival:
        return _CLAUSE_END.match(a.text, c.mark_end) is not None
    nxt = a.after(n, 2)
    if (
        not nxt
        or not _WORD.fullmatch(nxt[0])
        or nxt[0] in _UNITS
        or nxt[0] in _GLUE
        or tuple(nxt) in _COUNT_OF
        or _MONTH.fullmatch(nxt[0])
    ):
        return False
    return any(start < n.start and nxt[0] in words for start, words in marked)


def _marked_words(a: Analysis, sentence: int) -> list[tuple[int, frozenset[str]]]:
    """Each percent-marked number of a sentence: its start and the words right after its marker. Computed
    once per sentence."""
    key = ("parallel_shares", sentence)
    got = a.memo.get(key)
    if got is None:
        got = [
            (m.start, frozenset(a.after(m, _AFTER_WORDS)))
            for m in a.numbers_by_sentence.get(sentence, ())
            if m.cand.marked
        ]
        a.memo[key] = got
    return cast("list[tuple[int, frozenset[str]]]", got)
