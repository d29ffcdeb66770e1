"""The two ends of a range that one share may take, which the labelling rules never count as figures.

A write-up sometimes gives a span for a single share rather than a result: the span over a pollster's
turnout models ("48% to 51% of likely voters back the levy"), a guess ("expected to land around 20 to 24
per cent", "anywhere from a 60% to 25% margin"), or what a side would need ("55%-60% of the rural vote"). The
shared README counts "ranges or summaries across several results" as no figures. Two shapes are read:

- a hedge before the pair: "anywhere from", "around", "roughly", "somewhere between" and then "N to M",
  "N-M" or "N% to M%" (a bare "between N and M" is a cue the model already weighs);
- a pair whose second side is one share "of" a group: "48% to 51% of likely voters", "55%-60% of the
  rural vote". A split of two sides is told "for" or "among" a group and is both figures ("break 27% to
  22% for the incumbent"); the approve/disapprove shape "disapprove 61 - 33 percent of the job" and a
  change "from 14 to 27% of ..." are not ranges.

A fixed rule (like :mod:`gaps`), outside the features.
"""

from __future__ import annotations

import re
from typing import cast

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.numbers import PCT_MARK
from bot.reading.extract.scan import WordStarts, finditer_at, folded

_PCT = f"(?:{PCT_MARK.pattern})"
_NUM = r"\d{1,2}(?:\.\d)?"
_JOIN = r"[ \t]*(?:to|-|–)[ \t]*"
# "anywhere from a 60% to 25%", "around 20 to 24 per cent", "somewhere between 30 and 35"
_HEDGED = re.compile(
    rf"\b(?:anywhere[ \t]+from|around|roughly|somewhere[ \t]+(?:from|between))[ \t]+(?:an?[ \t]+)?"
    rf"(?P<lo>{_NUM}){_PCT}?(?:{_JOIN}|[ \t]+and[ \t]+)(?P<hi>{_NUM}){_PCT}",
    re.IGNORECASE,
)
# Where a hedge can open (read off string searches: see scan.WordStarts)
_HEDGE_STARTS = WordStarts(("anywhere", "around", "roughly", "somewhere"))
# "48% to 51% of likely voters", "55%-60% of the rural vote"
# (The first number is written digit first, its "no digit or point before" checked after that digit, so
# that the engine skips to the text's digits instead of trying the lookbehind at every character: the
# same matches, several times faster.)
_OF_GROUP = re.compile(
    rf"(?P<lo>\d(?<![\d.]\d)\d?(?:\.\d)?){_PCT}{_JOIN}(?P<hi>{_NUM}){_PCT}[ \t]+of[ \t]+(?!the[ \t]+(?:job|way)\b|how\b)",
    re.IGNORECASE,
)
# what rules the second shape out: a verb of rating right before ("disapprove 61 - 33 percent of the job")
# or a change's "from"/"to", or an age band ("aged 18 to 29 to 61% of those")
_NOT_RANGE_BEFORE = re.compile(
    r"(?:\b(?:approve|approves|disapprove|disapproves|from|to|aged|ages|and|by)|[-–/])[ \t]*$", re.IGNORECASE
)


def range_end(a: Analysis, n: Num) -> bool:
    """Whether a number is one end of a range a single share may take (see the module doc)."""
    return n.start in _ends(a)


def _ends(a: Analysis) -> frozenset[int]:
    """The start offsets of every range end in the text, computed once per analysis."""
    key = ("share_ranges", None)
    got = a.memo.get(key)
    if got is None:
        text = a.text
        out: set[int] = set()
        if "%" in text or "cent" in text:
            fold = folded(text)
            hedged = (
                _HEDGED.finditer(text)
                if fold is None
                else finditer_at(_HEDGED, text, _HEDGE_STARTS.starts(fold))
            )
            for m in hedged:
                out.update((m.start("lo"), m.start("hi")))
            for m in _OF_GROUP.finditer(text):
                if not _NOT_RANGE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                    out.update((m.start("lo"), m.start("hi")))
        got = frozenset(out)
        a.memo[key] = got
    return cast("frozenset[int]", got)
