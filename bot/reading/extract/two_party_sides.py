"""The two sides of an Australian two-party-preferred pair: every share is Labor's or the Coalition's.

An Australian report writes the two-party vote as a bare pair far more often than with both sides beside
it: "<pollster> puts Labor's lead at 53-47, down from 56-44", "closing a 52-48 lead", "Newspoll: 50-50",
"up from 57-43 to 60-40". The measure itself has only two sides, so the labels give every such pair Labor
and the Coalition (the shared sets' Australian passages, and our own), while the rankers give the second
share of a pair whatever is written near it ("the last", "increase", the pollster's name) or nothing.

The holder of a pair, the side its first share belongs to: a side already read for one share (the other
share takes the other side); a side written after the pair ("52-48 to Labor", "in the Coalition's
favour"); else the first side named in the pair's sentence before it ("Labor's lead at 53-47", "Labor and
the Coalition tied ..., closing a 52-48 lead"); else the side the passage names first.

Only in a passage placed in Australia that names the two-party measure ("two-party", "2PP", "TPP", "after preferences"), only on
a pair that sums to 100 with both shares between 30 and 70, and never where a share already holds an answer
of another kind (a rating's "approve", a referendum's "Yes", another party). A fixed step after grouping,
beside held_leads: no fitted input moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import PARTY_OPTIONS
from bot.reading.extract.split_pairs import joined_pairs

# Off: such pairs keep the answers the earlier steps gave them.
TWO_PARTY_SIDES = True

_COUNTRY: Final = "Australian voters"
_MEASURE: Final = re.compile(r"\btwo[- ]party\b|\b2PP\b|\bTPP\b|\bafter\s+preferences\b", re.IGNORECASE)
# Each side's spellings, the labels' own word first (the passage's first written spelling is used).
_LABOR: Final = ("Labor", "ALP")
_COALITION: Final = ("Coalition", "L-NP", "LNP", "L/NP", "Liberal-National", "Liberal/National", "Lib/Nat")
_SIDE_WORD: Final = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _LABOR + _COALITION) + r")(?![\w/-])"
)
# A side written right after the pair as its holder: "52-48 to Labor", "in the Coalition's favour".
_AFTER_HOLDER: Final = re.compile(
    r"[ \t]*(?:%|per[ \t]?cent|percent)?[ \t]*,?[ \t]*(?:to|for|in[ \t]+favou?r[ \t]+of|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<side>" + "|".join(re.escape(w) for w in _LABOR + _COALITION) + r")\b"
)
# Answers of another kind: a pair that already holds one is no two-party pair.
_OTHER_KIND: Final = frozenset(
    {
        "yes",
        "no",
        "approve",
        "disapprove",
        "satisfied",
        "dissatisfied",
        "support",
        "oppose",
        "favourable",
        "unfavourable",
        "favorable",
        "unfavorable",
        "agree",
        "disagree",
    }
)
_REACH: Final = 200
# A side this near before the pair is its clause's subject or object (see _near_holder).
_NEAR: Final = 40
# A verb or preposition setting the named side against the pair's holder: "leads the Coalition 53 to 47".
_AGAINST: Final = re.compile(
    r"\b(?:leads?|led|leading|ahead\s+of|over|trails?|trailed|trailing|behind|against|versus|vs\.?)"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# An earlier pair of the same chain read past ("Labor's lead up from 57-43 to 60-40").
_CHAIN_PAIR: Final = re.compile(r"\d+(?:\.\d+)?[ \t]*(?:-|–)[ \t]*\d+(?:\.\d+)?")


def _side(name: str) -> int | None:
    """0 for a Labor spelling, 1 for a Coalition one, None for anything else."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    if bare in _LABOR:
        return 0
    if bare in _COALITION:
        return 1
    return None


def _spellings(text: str) -> tuple[str, str]:
    """The passage's own word for each side (its first written spelling; the labels' word if none)."""
    written = {m.group(0) for m in _SIDE_WORD.finditer(text)}
    labor = next((w for w in _LABOR if w in written), _LABOR[0])
    coalition = next((w for w in _COALITION if w in written), _COALITION[0])
    return labor, coalition


def _is_two_party_pair(f: Labelled, g: Labelled) -> bool:
    total = f.value + g.value
    if not (99 <= total <= 101 and 30 <= f.value <= 70 and 30 <= g.value <= 70):
        return False
    for answer in (f.answer.strip(), g.answer.strip()):
        low = answer.lower()
        if low in _OTHER_KIND:
            return False
        if low in PARTY_OPTIONS and _side(answer) is None:
            return False  # another party ("Greens", "One Nation"): a primary vote's shares
    return True


def _near_holder(before: str) -> int | None:
    """The side a clause ending right at the pair names as its subject ("Labor leads", "Labor's lead at",
    "Labor's lead up from 57-43 to"), or as its object ("leads the Coalition", "trails Labor": the pair's
    first share is then the other side's); None where no side is named that near."""
    near = list(_SIDE_WORD.finditer(before[-_NEAR:]))
    if not near:
        return None
    last = near[-1]
    side = _side(last.group(0))
    if side is None:
        return None
    if _AGAINST.search(before[-_NEAR:][: last.start()]):
        return 1 - side
    return side


def _holder(a: Analysis, f: Labelled, g: Labelled) -> int | None:
    """Which side the pair's first share is (0 Labor, 1 Coalition), by the module docstring's order."""
    fs, gs = _side(f.answer), _side(g.answer)
    n, m = a.numbers[f.num_index], a.numbers[g.num_index]
    sent = a.sentences[n.sentence]
    after = _AFTER_HOLDER.match(a.text, m.end, min(len(a.text), m.end + 60))
    if after is not None:
        return _side(after.group("side"))
    before = a.text[max(sent.start, n.start - _REACH) : n.start]
    near = _near_holder(_CHAIN_PAIR.sub(" ", before))
    if near is not None:
        return near
    if fs is not None and gs is not None and fs != gs:
        return None  # both sides read already
    if fs is not None:
        return fs
    if gs is not None:
        return 1 - gs
    named = _SIDE_WORD.search(before)
    if named is not None:
        return _side(named.group(0))
    first = _SIDE_WORD.search(a.text)
    return _side(first.group(0)) if first is not None else 0


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of an Australian two-party pair its side (see the module's docstring)."""
    if a.passage_cues.country_voters != _COUNTRY or _MEASURE.search(a.text) is None:
        return
    spelled = _spellings(a.text)
    for f, g in joined_pairs(a, figs):
        if not _is_two_party_pair(f, g):
            continue
        side = _holder(a, f, g)
        if side is None:
            continue
        f.answer, g.answer = spelled[side], spelled[1 - side]
