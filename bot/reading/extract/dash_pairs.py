"""After clustering: two shares written as a dashed or slashed pair ("oppose 47 - 40 percent", "(39/47)")
are one group.

Some releases write a rating's two sides as a pair, the word of the first side before it: "residents
oppose the stadium plan 47 - 40 percent, after backing it by a 44 - 42 percent margin in the spring".
Where two such pairs (this poll's and an earlier one's) share a sentence and the earlier one names its
date only after it, both come out in one wave, and the link model, which weighs answers, may pair each
side with the other pair's side (47 with 42, 40 with 44). The same happens to a pair beside two shares
written out ("up from a 39 - 52 percent split in June to 45 percent in favour and 47 percent against").

The layout decides here: the two figures of a pair written with a dash between them (at most a percent
sign or word before it; a sign right before an unspaced dash marks a change instead) in one sentence, adding up to a whole at most, are one group. In the
training labels every such pair is (33 pairs). Where clustering split a pair, the pair becomes a group of
its own, and the figures of its sentence that this leaves alone in their clusters (the other pair, or
two shares written out) join one group, as ``change_pairs`` does for a change's readings. Runs after
clustering and moves no feature, so the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order

# Off: the clusters are left as clustering made them.
DASH_PAIRS = True

# Between the two figures of a dashed pair: "47 - 40", "47-40", "47% - 40%", "47 percent – 40". A percent
# sign right before an unspaced dash is a share and its change ("UKIP 15%-1"), no pair.
_DASH: Final = re.compile(
    r"(?:[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]+[-–—][ \t]+|[ \t]*(?:percent|per[ \t]?cent)?[ \t]*[-–—][ \t]*)$",
    re.IGNORECASE,
)
# A slashed pair is one group too: "(39/47)", "45%/47%", "57% /23%", a rating's two sides. In every open
# label set and the training part each such pair is one group (97 pairs); clustering split 11 of them, in
# four open probes (two sides read as one answer, or a list of governors' pairs grouped by side).
SLASH_PAIRS = True
_SLASH: Final = re.compile(r"[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]*/[ \t]*$", re.IGNORECASE)
# A pair's two sides add up to a whole at most (rounding allowed).
_WHOLE: Final = 101.0


def _pairs(a: Analysis, figs: list[Labelled]) -> list[tuple[int, bool]]:
    """The first figure's index of each dashed or slashed pair (see the module docstring), and whether
    it is slashed."""
    out: list[tuple[int, bool]] = []
    i = 0
    while i < len(figs) - 1:
        x, y = figs[i], figs[i + 1]
        nx, ny = a.numbers[x.num_index], a.numbers[y.num_index]
        gap = a.text[nx.end : ny.start]
        # (the patterns only on a short gap: on a long run of spaces they backtrack quadratically)
        near = x.sentence == y.sentence and len(gap) <= 12 and x.value + y.value <= _WHOLE
        slashed = near and SLASH_PAIRS and _SLASH.match(gap) is not None
        if near and (slashed or _DASH.match(gap) is not None):
            out.append((i, slashed))
            i += 2
        else:
            i += 1
    return out


def join_pairs(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each dashed pair in one group (see the module docstring); ids renumbered in order
    of first appearance."""
    if not DASH_PAIRS:
        return cluster_ids
    ids = list(cluster_ids)
    fresh = max(ids, default=-1) + 1
    pairs = _pairs(a, figs)
    for i, _ in pairs:
        if ids[i] == ids[i + 1]:
            continue
        left = {ids[i], ids[i + 1]}
        ids[i] = ids[i + 1] = fresh
        fresh += 1
        # Figures of the sentence that the split pair leaves alone in their clusters join one group.
        size = {c: ids.count(c) for c in left}
        alone = [
            j
            for j, f in enumerate(figs)
            if ids[j] in left and size[ids[j]] == 1 and f.sentence == figs[i].sentence
        ]
        if len(alone) > 1 and len({(figs[j].when or "").lower() for j in alone}) == 1:
            for j in alone:
                ids[j] = fresh
            fresh += 1
    if SLASH_PAIRS:
        _part_slashed(figs, ids, [i for i, slashed in pairs if slashed], fresh)
    return in_order(ids)


def _part_slashed(figs: list[Labelled], ids: list[int], firsts: list[int], fresh: int) -> None:
    """Give each slashed pair after the first of its cluster a group of its own, where the cluster holds
    two or more with different values ("Ryan is at 25/51, McConnell at 14/61"): one group gives each side
    once, and no label set ever holds two such pairs in one group (103 groups); a pair restated with its
    own values stays."""
    seen: dict[int, tuple[float, float]] = {}
    for i in firsts:
        c = ids[i]
        if c != ids[i + 1]:
            continue
        values = (figs[i].value, figs[i + 1].value)
        if c not in seen:
            seen[c] = values
        elif seen[c] != values:
            ids[i] = ids[i + 1] = fresh
            fresh += 1
