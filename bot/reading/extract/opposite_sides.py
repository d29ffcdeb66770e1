"""After clustering: the two sides of one rating told side by side are one group.

"Some 38 per cent told us they are satisfied with the council, while 55 per cent are dissatisfied", "The
plan has 61 percent support. Another 33 percent oppose it": each figure's own clause names
one side of one scale (approve/disapprove, satisfied/dissatisfied, favourable/unfavourable,
support/oppose, agree/disagree), and the two sides of a scale given next to each other answer one
question for one population. The link model mostly joins them, but the answer ranker reads such sides
badly ("dissatisfied" for both, a leader's name), and the second side is then left alone or lent to a
neighbouring rating (the mayor's own approval in the next sentence).

The side is read from the text, not from the chosen answer: the nearest side word in the figure's own
sentence after it up to the next figure, else before it back to the figure before or the start of its
clause (a clause naming both sides, "approve or disapprove", names none). Two consecutive figures join when their sides are the two
sides of one scale, they lie in one sentence or two consecutive ones of one paragraph, share one wave,
neither is a table cell or list row, their clauses name no two different populations, and the joined
group would not name one side twice. The second figure's cluster joins whole when it lies in those
sentences; otherwise the second figure alone moves (its cluster's other figures answer something else).
Runs after clustering and moves no feature, so the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, in_rows
from bot.reading.extract.population_candidates import clause_population

# Off: the clusters are left as clustering made them.
JOIN_SIDES = True

# Each scale: its name, the words of its first side, the words of its second side.
SCALES: Final = (
    ("approve", r"approv(?:e|es|ed|ing|al)", r"disapprov(?:e|es|ed|ing|al)"),
    ("satisfied", r"satisf(?:ied|action)", r"(?:dis|un)satisf(?:ied|action)"),
    ("favourable", r"favou?rabl[ey]", r"unfavou?rabl[ey]"),
    ("support", r"support(?:s|ed|ing)?", r"oppos(?:e|es|ed|ing)"),
    ("agree", r"agree(?:s|d)?", r"disagree(?:s|d)?"),
)
_SIDES: Final = tuple(
    (name, re.compile(rf"\b{pos}\b", re.IGNORECASE), re.compile(rf"\b{neg}\b", re.IGNORECASE))
    for name, pos, neg in SCALES
)
# The end of a sentence or line inside a clause window.
_BREAK: Final = re.compile(r"[.!?](?=\s)|\n")
# Where a clause before a figure begins: "... oppose it, and 6 percent" names no side for the 6.
_CLAUSE: Final = re.compile(r"[,;:(]|\b(?:and|but|while|whereas)\b")
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")
_WORD: Final = re.compile(r"[a-z]+")


# Any side's word at all: most clauses hold none, and one search says so before the scales' ten.
_ANY_SIDE: Final = re.compile(r"\b(?:dis|un)?(?:approv|satisf|favou?rabl|support|oppos|agree)", re.IGNORECASE)


def _sides_in(text: str) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    if not _ANY_SIDE.search(text):
        return found
    for name, pos, neg in _SIDES:
        if neg.search(text):
            found.add((name, 1))
        if pos.search(text):
            found.add((name, 0))
    return found


def side_of(a: Analysis, figs: list[Labelled], i: int) -> tuple[str, int] | None:
    """The side of a scale figure ``i``'s own clause names (see the module docstring), or None."""
    n = a.numbers[figs[i].num_index]
    lo = a.numbers[figs[i - 1].num_index].cand.mark_end if i > 0 else 0
    hi = a.numbers[figs[i + 1].num_index].start if i + 1 < len(figs) else len(a.text)
    after = a.text[n.cand.mark_end : max(hi, n.cand.mark_end)]
    cut = _BREAK.search(after)
    after = after[: cut.start()] if cut else after
    before = a.text[min(lo, n.start) : n.start]
    stops = list(_BREAK.finditer(before)) + list(_CLAUSE.finditer(before.rstrip(" (")))
    before = before[max(m.end() for m in stops) :] if stops else before
    for window in (after, before):
        sides = _sides_in(window)
        if len(sides) == 1:
            return next(iter(sides))
        if sides:
            return None
    return None


def _people(own: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in _WORD.findall(own.lower()))


def _two_populations(a: Analysis, x: Labelled, y: Labelled) -> bool:
    """Both clauses name whom they count, in words that share nothing ("independents" / "Democrats")."""
    px = _people(clause_population(a, a.numbers[x.num_index]))
    py = _people(clause_population(a, a.numbers[y.num_index]))
    return bool(px) and bool(py) and not px & py


def join_sides(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each pair of opposite sides told side by side in one cluster (see the module
    docstring); ids renumbered in order of first appearance."""
    if not JOIN_SIDES or len(figs) < 2:
        return cluster_ids
    ids = list(cluster_ids)
    places = a.layout.places
    known: dict[int, tuple[str, int] | None] = {}

    def side(j: int) -> tuple[str, int] | None:  # read only for the figures a join is weighed for
        if j not in known:
            known[j] = side_of(a, figs, j)
        return known[j]

    for i in range(len(figs) - 1):
        x, y = figs[i], figs[i + 1]
        if (
            ids[i] == ids[i + 1]
            or abs(y.sentence - x.sentence) > 1
            or (x.when or "").lower() != (y.when or "").lower()
        ):
            continue
        sx, sy = side(i), side(i + 1)
        if sx is None or sy is None or sx[0] != sy[0] or sx[1] == sy[1]:
            continue
        nx, ny = a.numbers[x.num_index], a.numbers[y.num_index]
        if _BLANK_LINE.search(a.text, nx.cand.mark_end, ny.start) is not None:
            continue  # another paragraph
        if any(places[f.num_index].col is not None or in_rows(a, f) for f in (x, y)):
            continue  # table cells and list rows: the layout groups them
        if _two_populations(a, x, y):
            continue
        target, source = ids[i], ids[i + 1]
        moving = [j for j, c in enumerate(ids) if c == source]
        if any(figs[j].sentence not in (x.sentence, y.sentence) for j in moving):
            moving = [i + 1]  # its cluster reaches further: only the side itself moves
        group = [j for j, c in enumerate(ids) if c == target] + moving
        told: dict[tuple[str, int], float] = {}
        clash = False
        for j in group:
            s = side(j)
            if s is not None:
                if s in told and abs(told[s] - figs[j].value) > 1e-6:
                    clash = True
                told.setdefault(s, figs[j].value)
        if clash:
            continue  # one side twice with two values: two waves or two populations
        for j in moving:
            ids[j] = target
    return in_order(ids)
