"""After clustering: a leader's or government's rating is no member of a party list's group.

A party's vote share answers "which party would you vote for"; a satisfaction, approval or preferred
prime minister figure answers a rating question. Stories that give both in one run of prose ("the
opposition leader's satisfaction stood at 35 per cent ... support for the minor parties held at 28 per
cent") lead the link model to join them, since they share the wave, the people and often the chosen
question. Both kinds are read from each figure's own words, not from its labels: a rating figure's
window (its sentence, back to the number before and on to the number after) names a rating
(satisfaction, approval and their opposites, a preferred or better prime minister or premier); a vote
share's window names a party (`party_runs.party_named`) and no rating. A cluster holding both kinds
gives its rating figures a cluster of their own; figures of neither kind stay. Table cells and list rows
are left alone (the layout groups them, and a crosstab's party columns name parties beside a rating).
Runs after clustering and moves no feature, so the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, in_rows, members_by_cluster
from bot.reading.extract.party_runs import party_named
from bot.reading.extract.scan import gated

# Off: the clusters are left as clustering made them.
SPLIT_RATINGS = True

# Words that make a figure a rating of a leader, a government or an office-holder.
_RATING: Final = gated(
    re.compile(
        r"\b(?:dis|un)?satisf(?:ied|action)\b|\b(?:dis)?approv(?:e|es|ed|ing|al)\b"
        r"|\b(?:preferred|better)\s+(?:prime\s+minister|pm|premier|first\s+minister)\b",
        re.IGNORECASE,
    )
)
# The same words for the steps that read ratings elsewhere (rated_people).
RATING_WORDS: Final = _RATING
# Words that make a party named in a window a person's party ("the Green leader was steady at 33%"): the
# figure rates the person, so it is no vote share even with the rating word in another sentence.
_OFFICE: Final = re.compile(
    r"\b(?:leader|minister|premier|taoiseach|t[aá]naiste|president|chancellor|pm|mp|senator|governor)s?\b",
    re.IGNORECASE,
)


def _window(a: Analysis, figs: list[Labelled], i: int) -> tuple[int, int]:
    """Figure ``i``'s own stretch of text: its sentence, from the figure before to the figure after (a
    change's number between, "dropped 4 points to 23", does not cut it)."""
    num = a.numbers[figs[i].num_index]
    s = a.sentences[num.sentence]
    lo = max(s.start, a.numbers[figs[i - 1].num_index].end if i > 0 else 0)
    hi = min(s.end, a.numbers[figs[i + 1].num_index].start if i + 1 < len(figs) else len(a.text))
    return min(lo, num.start), max(hi, num.end)


def _kind(a: Analysis, figs: list[Labelled], i: int) -> str | None:
    """ "rating", "vote" or None (neither, or a table cell or list row)."""
    f = figs[i]
    if a.layout.places[f.num_index].col is not None or in_rows(a, f):
        return None
    lo, hi = _window(a, figs, i)
    if _RATING.search(a.text, lo, hi):
        return "rating"
    if party_named(a, f.num_index) is not None and not _OFFICE.search(a.text, lo, hi):
        return "vote"
    return None


def kinds(a: Analysis, figs: list[Labelled]) -> list[str | None]:
    """Each figure's kind (see :func:`_kind`). It depends on the text and the figures' order only, so the
    two passes of one extraction share it."""
    return [_kind(a, figs, i) for i in range(len(figs))]


def split_ratings(
    a: Analysis, figs: list[Labelled], cluster_ids: list[int], figure_kinds: list[str | None] | None = None
) -> list[int]:
    """Cluster ids with each cluster's rating figures split from its party shares (see the module
    docstring); ids renumbered in order of first appearance. ``figure_kinds``: :func:`kinds`, if read."""
    if not SPLIT_RATINGS or len(figs) < 2:
        return cluster_ids
    ids = list(cluster_ids)
    kind = figure_kinds if figure_kinds is not None else kinds(a, figs)
    fresh = max(ids) + 1
    for _, members in sorted(members_by_cluster(ids).items()):
        ratings = [j for j in members if kind[j] == "rating"]
        if ratings and any(kind[j] == "vote" for j in members):
            for j in ratings:
                ids[j] = fresh
            fresh += 1
    return in_order(ids)
