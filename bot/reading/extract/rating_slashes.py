"""A rating written as a bare slash pair ("58/30", "(33/55)", "Name (D-XX): 64/22") whose measure the passage
names before the pair's own clause: the first share is the rating's positive side, the second its negative.

Blog posts and state-poll round-ups name a rating once ("her favorability", "job approval ratings:") and then
give it pair after pair with no rating word beside them ("among Democrats she stands at 58/30", "Independents
(33/55) are cooler", a list of governors each followed by "64/22"). :mod:`split_pairs` reads a pair's sides from the
words around it in its sentence, a legend line or a slash header; these pairs have none of those, so the
rankers give them the name or subgroup nearest each number, or nothing.

Here the nearest measure word written before such a pair, within ``_REACH`` characters, decides: an approval
word gives "approve"/"disapprove", a favourability word "favorable"/"unfavorable" (``answer_forms`` spells
it as the passage does). Nothing is changed where that nearest word is another measure's (satisfaction, a
vote or two-party split), where a race is told between it and the pair ("leads", "vs.", "tied", a margin
"+3" on the pair's own line), where the two shares add to more than 100, or where split_pairs has already
given the pair two rating sides.

:func:`apply` runs after grouping (as ``split_pairs`` does), so no feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.split_pairs import joined_pairs, link

# Off: the pairs keep the answers split_pairs and the rankers gave them.
RATING_SLASHES = True

_REACH: Final = 400  # characters read back from a pair for the measure it gives

# The last measure word before a pair: a rating (approval, favourability) or another measure that stops it.
_MEASURE: Final = re.compile(
    r"\b(?:(?P<approve>(?:dis)?approv\w*)|(?P<favour>(?:un)?favou?r(?:abl\w*|ability|-ability)|favs?)"
    r"|(?P<other>satisf\w*|dissatisf\w*|trust\w*|2PP|TPP|two[ -]party|preferred|vote[sd]?|voting|intention"
    r"|support\w*|right[ \t]+direction|wrong[ \t]+track|positive|negative))\b",
    re.IGNORECASE,
)
# A race told between the measure word and the pair: the pair is two candidates' shares.
_RACE: Final = re.compile(
    r"\b(?:vs?\.|versus|leads?|leading|led|trails?|trailing|ahead|tied?|TIE|beats?|race|ballot|match-?up"
    r"|primary|head-to-head)\b",
    re.IGNORECASE,
)
_MARGIN: Final = re.compile(r"[+±][ \t]*\d")
_SIDES: Final = {
    "approve": ("approve", "disapprove"),
    "favour": ("favorable", "unfavorable"),
}
_RATING_ANSWERS: Final = frozenset(
    {
        "approve",
        "disapprove",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
        "positive",
        "negative",
    }
)


def named_rating(a: Analysis, start: int) -> tuple[str, str] | None:
    """The two sides of the rating the passage names last before ``start`` (see the module's docstring)."""
    lo = max(0, start - _REACH)
    window = a.text[lo:start]
    last = next(reversed(list(_MEASURE.finditer(window))), None)
    if last is None or last.lastgroup not in _SIDES:
        return None
    if _RACE.search(window[last.end() :]):
        return None
    line_start = a.text.rfind("\n", 0, start) + 1
    if _MARGIN.search(a.text[max(line_start, lo + last.end()) : start]):
        return None  # "Name (D) +3 (47/44)": a lead's margin on the pair's own line
    return _SIDES[last.lastgroup]


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each bare slash pair of a rating named earlier its two rating sides."""
    if "/" not in a.text:
        return
    for f, g in joined_pairs(a, figs):
        k = f.num_index
        if link(a, k) != "slash":
            continue
        if f.answer.lower() in _RATING_ANSWERS and g.answer.lower() in _RATING_ANSWERS:
            continue
        n, m = a.numbers[k], a.numbers[g.num_index]
        if n.value + m.value > 101:
            continue
        sides = named_rating(a, n.start)
        if sides is not None:
            f.answer, g.answer = sides
