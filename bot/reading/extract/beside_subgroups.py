"""A subgroup written with "among" right beside its figure: that figure's population.

Reports give a subgroup's share with "among" next to the figure: after it ("46% among men"), after a
pair the figure opens or closes ("Labor leads 55-45 among men": both figures are men's), or just before
it ("among women (58%)", "Among renters, 61%"). The figure's own words name who answered, so a fixed
rule after the rankers gives that subgroup over a region an earlier sentence scoped, the passage's
default, or a label the figure's group shares (:func:`weighed.own_population` keeps it when the group is
harmonised). Age bands are :func:`population_candidates.adjacent_age_band`'s; here the subgroup must end
in a word that names people (``vocab.POP_HEADS``, ``label_cues.SUBGROUP_WORDS``).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_cues import SUBGROUP_WORDS
from bot.reading.extract.scan import gated
from bot.reading.extract.vocab import POP_HEADS

_SHARE = r"[ \t]*(?:%|per[ \t]*cent\b|percent\b)?"
# The rest of a pair the figure opens: "55-45", "45% to 43%", "52 to 48 per cent".
_PAIR_TAIL = re.compile(_SHARE + r"[ \t]*(?:-|–|to)[ \t]*\d{1,2}(?:\.\d)?(?![\d.]\d)")
# "among" and up to four words, then where the subgroup's words stop.
_AMONG_AFTER = re.compile(
    _SHARE + r"[ \t]+among[ \t]+(?:all[ \t]+)?(?P<who>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,3})"
)
_AMONG_BEFORE = gated(
    re.compile(
        r"\bamong[ \t]+(?:all[ \t]+)?(?P<who>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,3})[ \t]*(?:\(|,)[ \t]*$",
        re.IGNORECASE,
    )
)
# Words that end a subgroup's name when they follow it ("among men and 54-46 among women", "among
# voters in Ontario", "among women than men").
SUBGROUP_STOPS = frozenset(
    {
        "and",
        "or",
        "but",
        "while",
        "whereas",
        "than",
        "in",
        "on",
        "at",
        "from",
        "with",
        "who",
        "which",
        "that",
        "for",
        "to",
        "of",
        "as",
        "by",
        "the",
        "a",
        "is",
        "are",
        "was",
        "were",
        "this",
        "last",
        "since",
    }
)
_WINDOW = 60


def _people(words: str) -> str:
    """The subgroup's words up to the first word that ends it, if the last names people ("young voters",
    "Labor voters", "men"); else ""."""
    kept: list[str] = []
    for w in words.split():
        if w.lower() in SUBGROUP_STOPS:
            break
        kept.append(w)
    if not kept:
        return ""
    last = kept[-1].lower().rstrip("'’")
    if last not in POP_HEADS and last not in SUBGROUP_WORDS:
        return ""
    return " ".join(kept)


def beside_subgroup(a: Analysis, n: Num) -> str:
    """The subgroup "among" names right beside the figure, or after the pair it opens; "" when none."""
    at = n.cand.mark_end
    tail = _PAIR_TAIL.match(a.text, at)
    for start in (at, tail.end()) if tail is not None else (at,):
        m = _AMONG_AFTER.match(a.text, start)
        if m is not None:
            return _people(m.group("who"))
    m = _AMONG_BEFORE.search(a.text, max(0, n.start - _WINDOW), n.start)
    if m is not None:
        # A subgroup that opens a clause ("Among men, 46% ...") only; the words must end at the bracket.
        who = m.group("who")
        people = _people(who)
        return people if people == " ".join(who.split()) else ""
    return ""
