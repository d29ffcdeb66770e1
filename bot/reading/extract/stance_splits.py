"""Issue splits told in prose by a stance noun or by "split": "opposition is 55 – 43 percent among
Republicans and 53 – 44 percent among independents", "support runs 61-35 with women", "Democrats split
47 – 49 percent on the measure".

The rankers read each share of such a pair on its own and give it the subgroup, the noun's own option twice
or the words after the pair ("on the measure"). The sides are:

- after a stance noun and its copula ("opposition is", "support was", "approval stands at"): the noun's
  option, then its opposite;
- after "split(s)": the passage's own two options for the measure, as the pair before it in the passage
  answered them, the favourable one first (the way a split is told when no side is named);
- a pair that goes on such a pair's clause ("... and 53 – 44 percent among independent voters") takes the
  same sides.

Runs after grouping, with the other pair readers (so no feature moves), only on a pair
:func:`split_pairs.is_pair` reads as one.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import TOPIC_NOUNS, opposite
from bot.reading.extract.split_pairs import joined_pairs

# Off: such pairs keep the rankers' answers.
STANCE_SPLITS = True

_REACH: Final = 60  # characters read before a pair for its noun or verb
_STANCE: Final = re.compile(
    r"\b(?P<noun>opposition|support|approval|disapproval)[ \t\n]+(?:is|was|stands[ \t]+at|stood[ \t]+at|runs|ran)"
    r"[ \t\n]+(?:(?:at|a)[ \t\n]+)?$",
    re.IGNORECASE,
)
_SPLIT: Final = re.compile(r"\bsplit(?:s|ting)?[ \t\n]+(?:(?:by|at)[ \t\n]+)?$", re.IGNORECASE)
# What joins a pair to the split before it: "... among Republicans and 53 – 44 percent".
_CONTINUES: Final = re.compile(
    r"^[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t\n]*(?:among|with|of|for|on)[^.;:!?\d%]{0,50}?"
    r"(?:,|\band\b|,[ \t]*and\b|\bwhile\b)[ \t\n]*$"
)
# A split whose words after it name its first side ("split 45% to 41% in favor"): left to the other readers.
_SIDE_AFTER: Final = re.compile(
    r"[ \t\n]*(?:in[ \t\n]+favou?r|in[ \t\n]+support|for\b|against\b|opposed\b)", re.IGNORECASE
)
# The favourable side of each two-sided stance, first in a split that names neither.
_FAVOURABLE: Final = frozenset({"support", "favor", "favour", "approve", "agree", "satisfied", "yes"})


def _passage_sides(figs: list[Labelled], before: int) -> tuple[str, str] | None:
    """The two options the last pair before figure ``before`` answered, favourable first."""
    by_num = {f.num_index: f for f in figs}
    for k in range(before - 2, -1, -1):
        f, g = by_num.get(k), by_num.get(k + 1)
        if f is None or g is None:
            continue
        x, y = f.answer.strip().lower(), g.answer.strip().lower()
        if x and opposite(x) == y:
            return (x, y) if x in _FAVOURABLE else (y, x) if y in _FAVOURABLE else None
    return None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a stance or split pair its side (see the module's docstring)."""
    if not a.sentences:
        return
    figs = sorted(figs, key=lambda h: h.num_index)
    last: tuple[int, tuple[str, str]] | None = None  # (end of pair, sides) of the last pair read
    for f, g in joined_pairs(a, figs):
        n, m = a.numbers[f.num_index], a.numbers[g.num_index]
        before = a.text[max(0, n.start - _REACH) : n.start]
        found: tuple[str, str] | None = None
        stance = _STANCE.search(before)
        if stance is not None:
            option = TOPIC_NOUNS[stance.group("noun").lower()]  # the option each of _STANCE's nouns counts
            other = opposite(option)
            found = (option, other) if other else None
        elif _SPLIT.search(before) and _SIDE_AFTER.match(a.text, m.cand.mark_end) is None:
            found = _passage_sides(figs, f.num_index)
        elif last is not None and _CONTINUES.match(a.text[last[0] : n.start]):
            found = last[1]
        if found is None:
            continue
        f.answer, g.answer = found
        last = (m.cand.mark_end, found)
