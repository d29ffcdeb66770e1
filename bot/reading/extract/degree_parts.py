"""A net and its parts told in one clause, each part a degree word with its share in brackets and the rating
written once after them: "51% view the mayor very (30%) or somewhat (21%) favorably", "40% hold a very (28%) or
somewhat (12%) unfavorable opinion of her", "44% strongly (25%) or somewhat (19%) approve".

Each bracketed share is its degree with the rating ("very favorable", "somewhat unfavorable"); the share
just before the parts, in the same clause, is their net: the rating alone ("favorable"). The rankers read
the words around each share ("view the mayor very", "hold") and no proposal writes the degree and the rating
together, since the rating stands after the other part.

Runs after grouping (as the other answer steps after the rankers do), so no feature moves.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.scan import Anchored

DEGREE_PARTS = True

_DEGREE: Final = r"(?:very|somewhat|strongly|mostly|fairly|not\s+very|definitely|probably|extremely)"
# The rating written after the parts, as an adverb or an adjective, and the option it names.
_RATING: Final[dict[str, str]] = {
    "favorably": "favorable",
    "favourably": "favourable",
    "favorable": "favorable",
    "favourable": "favourable",
    "unfavorably": "unfavorable",
    "unfavourably": "unfavourable",
    "unfavorable": "unfavorable",
    "unfavourable": "unfavourable",
    "positively": "positive",
    "positive": "positive",
    "negatively": "negative",
    "negative": "negative",
    "approve": "approve",
    "disapprove": "disapprove",
    "support": "support",
    "oppose": "oppose",
    "agree": "agree",
    "disagree": "disagree",
    "satisfied": "satisfied",
    "dissatisfied": "dissatisfied",
}
_SHARE: Final = r"\(\s*(?P<v{k}>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s*\)"
_PARTS: Final = Anchored(  # run from its degree words (scan.Anchored: the same matches, found faster)
    re.compile(
        rf"\b(?P<d1>{_DEGREE})\s+{_SHARE.format(k=1)}\s*,?\s+(?:or|and)\s+(?P<d2>{_DEGREE})\s+{_SHARE.format(k=2)}"
        r"\s+(?P<rating>" + "|".join(sorted(_RATING, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
)
_NET_GAP: Final = 80  # characters between the net and the first part, no other number and no clause stop


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each part its degree and rating, and the net before them the rating (see the module docstring)."""
    if "(" not in a.text:
        return
    by_start = {a.numbers[f.num_index].start: f for f in figs}
    ordered = sorted(by_start)
    for m in _PARTS.finditer(a.text):
        rating = _RATING[m.group("rating").lower()]
        for k in (1, 2):
            f = by_start.get(m.start(f"v{k}"))
            if f is not None:
                f.answer = f"{' '.join(m.group(f'd{k}').lower().split())} {rating}"
        net = _net_before(a, ordered, by_start, m.start())
        if net is not None:
            net.answer = rating


def _net_before(a: Analysis, ordered: list[int], by_start: dict[int, Labelled], at: int) -> Labelled | None:
    """The figure just before offset ``at`` in its clause: nothing but words between (no number, no stop)."""
    i = bisect.bisect_left(ordered, at) - 1
    if i < 0:
        return None
    f = by_start[ordered[i]]
    n = a.numbers[f.num_index]
    gap = a.text[n.cand.mark_end : at]
    if len(gap) > _NET_GAP or re.search(r"\d|[.;:!?]\s", gap):
        return None
    return f
