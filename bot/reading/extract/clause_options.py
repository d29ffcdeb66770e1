"""Composite options spelled out as clauses: "35% say he has done a good job and deserves another term,
while 40% say his record is poor and it is time for someone new".

Each option is two judgements joined by "and" or "but"; the answer is a short label of both, without the
subject and auxiliary that open each ("he has done", "it is") or the setting that closes it ("in
government", "at the next election"): "good job, deserves another term", "poor job, time for someone
new".

:func:`apply` settles them after the ranker has chosen, and only where two figures of a sentence (or of
neighbouring sentences) both read so: one figure before "think ... and ..." is an ordinary clause with
a second thought, a parallel pair is a question's options. It reads the clause after each figure only.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.vocab import SHARE_SIGN

_REACH = 220  # characters after a figure read for its clause
_SAYS = re.compile(
    SHARE_SIGN + r"(?:[ \t]+of[ \t]+[^,;:%\d()]{1,80}?)?[ \t]+(?:(?:still|also)[ \t]+)?"
    r"(?:think|thinks|thought|say|says|said|believe|believes|believed|feel|feels|felt|agree|agreed)[ \t]+"
    r"(?:that[ \t]+)?(?P<clause>[^,;:.!?\d%()]{6,200}?)(?=[ \t]*(?:[,;:.!?(]|$|\bwhil(?:e|st)|\d))"
)
_JOIN = re.compile(r"[ \t]+(?:and|but)[ \t]+(?:that[ \t]+)?")
# The subject and auxiliary that open a judgement: "the Conservatives have done", "it is still", "he's".
_OPENING = re.compile(
    r"^(?:(?:the|a|an|this|that|his|her|their|its)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?(?:[\w-]+['’]s[ \t]+|"
    r"(?:has|have|had|is|are|was|were|should|would|will|could|must|can|does|do|did)[ \t]+)"
    r"(?:(?:still|also|already|now)[ \t]+)?(?:(?:been|be|done|doing|getting)[ \t]+)?",
    re.IGNORECASE,
)
_TRAILING_JOIN = re.compile(r"[ \t]+(?:and|but|or|while|whilst)[ \t]*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the)[ \t]+", re.IGNORECASE)
# The setting that closes a judgement: "in government", "at the next General Election".
_SETTING = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[\w '’-]+$", re.IGNORECASE)
_MAX_WORDS = 8


def _short(part: str) -> str:
    part = _OPENING.sub("", part.strip(), count=1)
    part = _ARTICLE.sub("", part)
    shorter = _SETTING.sub("", part)
    return shorter if len(shorter.split()) >= 2 else part


def composite(a: Analysis, n_index: int) -> str | None:
    """The two-part label of the clause after the number ``n_index``, or None."""
    n = a.numbers[n_index]
    m = _SAYS.match(a.text[n.cand.mark_end : n.cand.mark_end + _REACH])
    if m is None:
        return None
    clause = _TRAILING_JOIN.sub("", m.group("clause"))
    parts = _JOIN.split(clause, maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = _short(parts[0]), _short(parts[1])
    if not first or not second or len(first.split()) + len(second.split()) > _MAX_WORDS:
        return None
    return f"{first}, {second}"


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give figures whose parallel clauses each join two judgements their two-part labels."""
    labels = {}
    for f in figs:
        got = composite(a, f.num_index)
        if got is not None:
            labels[id(f)] = got
    for f in figs:
        if id(f) not in labels:
            continue
        near = [g for g in figs if g is not f and id(g) in labels and abs(g.sentence - f.sentence) <= 1]
        if near:
            f.answer = labels[id(f)]
