"""A share of people who trust a body asks whether you trust it.

Reports give trust figures in prose: "NN% tend to trust the <Union>", a list of bodies after "trust
towards" with a share each in parentheses ("... the senate (NN%) and the civil service (MM%)"), "NN% of
<people> trust the government to act for them". The rankers have no trust template, so such
figures took the passage's vote question (a two-party or voting-intention template) or none.

Here, last among the question steps, a figure whose nearest rating word in its sentence is "trust"
(:func:`nearest_rating.nearest_kind`) and whose question is empty or a vote template takes "Do you trust
<object>?" ("Do you tend to trust ...?" where the passage says "tend to trust"); the object is the noun
phrase after the trust word, or the one written just before the figure's parenthesis in a list of trusted
bodies. A party trusted more on an issue ("trust <party> more on <issue>") is another question, left alone.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.nearest_rating import clause_bounds, nearest_kind, sentence_bounds
from bot.reading.extract.question_templates import is_party

TRUST_QUESTIONS = True

_VOTE: Final = re.compile(r"\b(?:vote|voting|elections?|ballot|intention|two-party)\b", re.IGNORECASE)
_TRUST: Final = re.compile(r"\b(?:tend\s+to\s+)?trust(?:s|ed)?(?:\s+(?:in|towards?))?\s+", re.IGNORECASE)
# The object: a few words up to a clause's end, a parenthesis, a number or a verb of change.
_OBJECT: Final = re.compile(
    r"(?P<obj>(?:the\s+|their\s+|your\s+)?[\w'’-]+(?:\s+(?!(?:is|are|was|were|has|have|had|more|than|and|but|"
    r"which|who|at|in|on|since|from|compared)\b)[\w'’-]+){0,6}?)"
    r"(?=\s*(?:[,.;:()–—-]|$|\s(?:is|are|was|were|has|have|had|more|than|and|but|which|who|at|since|from)\b))"
)
# "... and the national government (NN%": a body named just before the figure's parenthesis.
_LISTED: Final = re.compile(r"(?:\band|,|\btowards?)\s+(?P<obj>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*\($")
# An object that goes on past a verb ("the government to act for <country>"): read to the clause's end.
_OPEN_END: Final = re.compile(r"\b(?:what|which|who|how|to|for|of|with|do)$", re.IGNORECASE)
_TO_CLAUSE_END: Final = re.compile(r"[^,.;:()]{1,70}")


def _object(a: Analysis, num: Num) -> tuple[str, bool] | None:
    """What the figure's sentence says people trust, and whether it says "tend to trust"."""
    lo, hi, _ = sentence_bounds(a, num)
    if nearest_kind(a, num, lo, hi) != "trust":
        return None
    found = [m for m in _TRUST.finditer(a.text, lo, hi)]
    if not found:
        return None
    listed = _LISTED.search(a.text, max(lo, num.start - 60), num.start)
    c_lo, c_hi = clause_bounds(a, num, lo, hi)
    own = [m for m in found if c_lo <= m.start() < c_hi] or found
    before = [m for m in own if m.start() < num.start]
    trust = before[-1] if before else own[0]
    if listed is not None and listed.start() > trust.end():
        obj = listed.group("obj")
    else:
        m = _OBJECT.match(a.text, trust.end(), hi)
        if m is None:
            return None
        obj = m.group("obj")
        if _OPEN_END.search(obj):
            whole = _TO_CLAUSE_END.match(a.text, trust.end(), hi)
            obj = whole.group() if whole is not None else obj
    obj = obj.strip()
    words = obj.split()
    if not words or any(ch.isdigit() for ch in obj) or is_party(obj) or len(words) > 12:
        return None
    return obj, "tend to" in trust.group().lower()


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each trust figure with no question (or a vote template) the trust question of its body."""
    if "rust" not in a.text:
        return
    for f in figs:
        if f.question and not _VOTE.search(f.question):
            continue
        got = _object(a, a.numbers[f.num_index])
        if got is None:
            continue
        obj, tend = got
        f.question = f"Do you {'tend to ' if tend else ''}trust {obj}?"
