"""A bare share written as the level a change led to or came from, the percent sign left off.

Press reports of party polls write the change and then the level, and often leave the unit off the level
once the passage has set it:

- "the Harbour Party, edging up a point to 27", "a fall of four points to 12": a move in points ends at a
  share (the amount names points, or the sentence writes another share with its percent sign: "Ferns sheds
  2 points to 36 per cent, with Oaks down 3 to 17");
- "from 31 percent in 2019 to 26 now", "from 29 then to 35 percent": one end of a "from ... to" change
  carries the sign and the other end is bare.

- "the Reds have 38 per cent, while the Blues sit at 28", "the Greens came in at 12.4":
  a named party or person set at a level by a verb of state, in a sentence (or right after one) that writes
  a share with its sign.

Such a number is a figure (shape 18 ``change_level`` of the bare-number rule in
:mod:`bot.reading.extract.figures`). Never where the moving thing is a lead, gap, margin or majority
("the lead narrowed two points to 6"), nor before a word of units ("up 3 to 45 seats"). The change's own
amount stays out (:mod:`gaps` and the change cues rule it out).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.change_clauses import AMOUNT, MOVE
from bot.reading.extract.parallel_shares import UNITS
from bot.reading.extract.scan import gated

_SIGN = r"[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b)"
# A change named by its noun ("a fall of four points to", "saw its support drop by three points to").
_MOVE_NOUN = r"(?:drop|rise|fall|dip|jump|gain|loss|slide|climb|increase|decrease)(?:[ \t]+of)?"
_HEDGE = r"(?:(?:just|only|about|around|some|a[ \t]+mere)[ \t]+)?"
# "down 1 to ", "rising one point to ", "a fall of four points to ", "down to " (gated: tried only where
# the window writes "to").
_TO_LEVEL = gated(re.compile(rf"\b(?:{MOVE}|{_MOVE_NOUN}){AMOUNT}[ \t]+to[ \t]+{_HEDGE}$", re.IGNORECASE))
# The amount names points or a percentage: the level is a share.
_IN_POINTS = re.compile(rf"\b(?:points?|pts?)\b|{_SIGN}", re.IGNORECASE)
# Words and a year may stand between the two ends of "from ... to" ("from 31 percent in 2019 to 26").
_BETWEEN = r"(?:[^.;:!?\d%\n]|\b(?:19|20)\d\d\b){0,30}?"
_FROM_MARKED_TO = re.compile(
    rf"\bfrom[ \t]+\d{{1,2}}(?:\.\d+)?{_SIGN}{_BETWEEN}\bto[ \t]+{_HEDGE}$", re.IGNORECASE
)
_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)
_TO_MARKED = re.compile(rf"{_BETWEEN}\bto[ \t]+{_HEDGE}\d{{1,2}}(?:\.\d+)?{_SIGN}", re.IGNORECASE)
# The thing that moves is a distance between two shares, not a share.
_DISTANCE = re.compile(
    r"\b(?:lead|leads|margin|gap|advantage|deficit|edge|ahead|behind|spread|net|majority|difference)\b",
    re.IGNORECASE,
)
_REACH = 72
# "... sit at ", "... came in at ", "... remains on ", "... is unchanged at " after a capitalised subject.
_STATE_AT = re.compile(
    r"(?<![.!?\n])[ \t]+[A-Z][\w'’.-]*[ \t]+(?:(?:is|are|was|were|sits?|sat|stands?|stood|remains?|remained|stays?|"
    r"stayed|rests?|held|holds?)[ \t]+(?:(?:now|still|steady|unchanged|firm)[ \t]+)?|(?:came|comes)[ \t]+in[ \t]+)"
    rf"(?:at|on)[ \t]+{_HEDGE}$"
)
# A past vote, a turnout or a result is set at a level the same way.
_RESULT = re.compile(r"\b(?:turnout|result|results|election|elected|won|vote[sd]?)\b", re.IGNORECASE)


def change_level(a: Analysis, n: Num) -> bool:
    """Whether a bare number is the share a change led to or came from (see the module doc)."""
    c = n.cand
    if c.marked or c.value > 100 or (c.partner is not None and c.first):
        return False
    before = a.text[max(0, n.start - _REACH, a.sentences[n.sentence].start if a.sentences else 0) : n.start]
    if "to" not in before and "from" not in before.lower() and " at" not in before and " on" not in before:
        return False  # (cheap first: every shape has "to", "from", "at" or "on" before the number)
    nxt = a.after(n, 1)
    if nxt and nxt[0] in UNITS:
        return False
    m = _STATE_AT.search(before)
    if m is not None:
        if c.partner is not None or not (_marked_in_sentence(a, n) or _marked_in_sentence(a, n, -1)):
            return False
        clause = before[max(0, m.start() - 40) :]
        return _DISTANCE.search(clause) is None and _RESULT.search(clause) is None
    m = _TO_LEVEL.search(before)
    if m is not None:
        if not (_IN_POINTS.search(m.group()) or _marked_in_sentence(a, n)):
            return False
    else:
        m = _FROM_MARKED_TO.search(before)
        if m is None:
            if not _FROM.search(before):
                return False
            if _TO_MARKED.match(a.text, c.mark_end, c.mark_end + 60) is None:
                return False
            m = _FROM.search(before)
            assert m is not None
    clause = before[max(0, m.start() - 40) : m.start()]
    return _DISTANCE.search(clause + m.group()) is None


def _marked_in_sentence(a: Analysis, n: Num, shift: int = 0) -> bool:
    """Whether the number's sentence (or the one ``shift`` sentences away) writes another share with its sign."""
    return any(
        m.cand.marked and m.index != n.index and not m.cand.spelled
        for m in a.numbers_by_sentence.get(n.sentence + shift, ())
    )
