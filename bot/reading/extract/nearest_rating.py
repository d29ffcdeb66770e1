"""Which kind of rating a share's own words give: the rating word nearest it in its sentence.

A favourability sentence inside a horse-race story is a favourability, and a trust figure beside a
party list is a trust figure: the kind of question a share answers is read from the cue word nearest it
(within reach, in its sentence), not from the passage's main topic. Used by :mod:`prose_favour` and
:mod:`trust_questions`.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.scan import Anchored, gated

# Rating words by kind. "voters" is a population, not a vote cue.
_KINDS: Final = (
    (
        "favour",
        gated(
            re.compile(
                r"\b(?:un)?favou?rab(?:le|les|ly|ility|ilities)\b|\b(?:positive|negative)\s+(?:impression|view|opinion)s?\b"
                r"|\bimpressions?\b|\bdislikes?\b"
                r"|\b(?:viewed|views?|see(?:s|ing)?|saw)\s+(?:\w+\s+){0,2}?(?:positively|negatively)\b",
                re.IGNORECASE,
            )
        ),
    ),
    ("trust", gated(re.compile(r"\b(?:dis|mis)?trust(?:s|ed|ing)?\b", re.IGNORECASE))),
    (
        "other",
        re.compile(
            r"\b(?:dis)?approv\w*|\bjob\b|\bperformance\b|\bsatisf\w*|\bdissatisf\w*|\bvot(?:e|es|ing)\b"
            r"|\bballot\b|\bleads?\b|\bsupport\w*|\bdirection\b|\btrack\b|\bpreferred\b",
            re.IGNORECASE,
        ),
    ),
)
# How far (characters) the rating word may sit from the share.
REACH: Final = 90


def sentence_bounds(a: Analysis, num: Num) -> tuple[int, int, int]:
    """The share's sentence bounds and the start of the sentence before it."""
    if not a.sentences:
        return 0, len(a.text), 0
    s = a.sentences[num.sentence]
    before = a.sentences[num.sentence - 1].start if num.sentence > 0 else s.start
    return s.start, max(num.end, s.end), before


# Where a sentence turns to another clause ("..., and NN% ...", "..., while NN% ...", "; NN% ...").
_CLAUSE_BREAK: Final = re.compile(r",\s+(?:and|while|but|whereas|compared)\b|;|\s+while\s+")


def clause_kind(a: Analysis, num: Num, lo: int, hi: int) -> str | None:
    """The kind of rating the share's clause gives: its own nearest rating word, else (a clause naming
    none, "..., and Ruiz's is NN/MM") the nearest in the clauses before it, never one after it ("...,
    while impressions of <another> ..." belongs to its own clause)."""
    c_lo, c_hi = clause_bounds(a, num, lo, hi)
    kind = nearest_kind(a, num, c_lo, c_hi)
    return kind if kind is not None or c_lo <= lo else nearest_kind(a, num, lo, c_lo, reach=2 * REACH)


def clause_bounds(a: Analysis, num: Num, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the share's clause in its sentence (``lo``, ``hi``)."""
    start, end = lo, hi
    for m in _CLAUSE_BREAK.finditer(a.text, lo, hi):
        if m.end() <= num.start:
            start = m.start()
        elif m.start() >= num.end:
            end = m.start()
            break
    return start, end


def nearest_kind(a: Analysis, num: Num, lo: int, hi: int, reach: int = REACH) -> str | None:
    """The kind ("favour", "trust", "other") of the rating word nearest the share in ``a.text[lo:hi]``,
    or None where none is within ``reach`` characters."""
    best: tuple[int, str] | None = None
    for kind, rx in _KINDS:
        for m in rx.finditer(a.text, lo, hi):
            d = max(num.start - m.end() if m.end() <= num.start else m.start() - num.end, 0)
            if best is None or d < best[0]:
                best = (d, kind)
    return best[1] if best is not None and best[0] <= reach else None


def nearest_match(
    a: Analysis, num: Num, rx: re.Pattern[str] | Anchored, lo: int, hi: int
) -> re.Match[str] | None:
    """The match of ``rx`` in ``a.text[lo:hi]`` nearest the share (the first of two as near), or None."""
    matches, ends = _matches(a, rx, lo, hi)
    # Matches come in text order, their ends too: the distance falls up to the last match ending at or
    # before the share and grows again after it, so the nearest (the first of two as near) lies between
    # the first match ending where that last one ends and the first match ending after the share start.
    k = bisect.bisect_right(ends, num.start)
    first = bisect.bisect_left(ends, ends[k - 1]) if k else 0
    best: tuple[int, re.Match[str]] | None = None
    for m in matches[first : k + 1]:
        d = max(num.start - m.end() if m.end() <= num.start else m.start() - num.end, 0)
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best is not None else None


def _matches(
    a: Analysis, rx: re.Pattern[str] | Anchored, lo: int, hi: int
) -> tuple[tuple[re.Match[str], ...], tuple[int, ...]]:
    """Every match of ``rx`` in ``a.text[lo:hi]`` and their ends, found once per analysis: the figures of
    one line or sentence ask for the same span (a post that is one long line asked for the whole text per
    figure)."""
    key = ("nearest_rating_matches", (rx, lo, hi))
    got = a.memo.get(key)
    if isinstance(got, tuple):
        return got
    found = tuple(rx.finditer(a.text, lo, hi))
    out = (found, tuple(m.end() for m in found))
    a.memo[key] = out
    return out
