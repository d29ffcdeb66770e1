"""After clustering: a block of list rows keeps its own rows, even where clustering lent some of them to a
list further down.

Two bullet lists one after the other ("• Party: N percent, ..." rows for the party vote, then, past a
paragraph, "• Leader: N percent - steady" rows for the preferred prime minister) have the same row shape,
so the link model links the last rows of the first list to the rows of the second as strongly as to their
own list. Average linkage then can hand the first list's last two rows to the second list's cluster, across
the paragraph and the figures between. ``groups.cluster`` joins a list block cut into pieces
(``_join_list_runs``) only where no piece reaches outside the block, so this case stayed cut.

Here the layout decides: a block of list rows (consecutive non-prose lines, one figure after its own label
each; ``groups.list_blocks``) whose rows name different options, add up to a whole at most, share one
wave and no two pollsters or regions, is one group. A cluster holding some of its rows and figures
elsewhere gives the rows back, but only when its other figures are not next to the block (a figure of
another cluster, at least, lies between): a list that goes on right after the block in prose, or a
restatement next to it, is left as clustering made it. Runs after clustering and moves no feature, so the
fitted weights are unchanged.
"""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import (
    WHOLE_SHARES,
    Labelled,
    in_order,
    list_blocks,
    list_option,
    list_sum,
    mark_kinds,
    restating_outside,
)

# Off: the clusters are left as clustering made them.
OWN_ROWS = True


def _one_mark(a: Analysis, figs: list[Labelled], idx: list[int]) -> bool:
    """No two of the rows carry different marks of one kind (two pollsters, two regions)."""
    for mark in mark_kinds(a):
        seen = {m for i in idx if (m := mark(figs[i]))}
        if len(seen) > 1:
            return False
    return True


def own_rows(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each list block's rows in one cluster (see the module docstring); ids renumbered
    in order of first appearance."""
    if not OWN_ROWS:
        return cluster_ids
    ids = list(cluster_ids)
    fresh = max(ids, default=-1) + 1
    for block in list_blocks(a, figs):
        clusters = {ids[i] for i in block}
        if len(clusters) < 2:
            continue
        options = {list_option(a, figs[i]) for i in block}
        if len(options) < len(block) or "" in options:
            continue  # an option listed twice: two lists' rows, not one list's
        if list_sum(figs, block) > WHOLE_SHARES:
            continue
        if len({(figs[i].when or "").lower() for i in block}) > 1 or not _one_mark(a, figs, block):
            continue
        inside = set(block)
        lo, hi = min(block), max(block)
        outside = {c: [j for j, d in enumerate(ids) if d == c and j not in inside] for c in clusters}
        if any(lo - 1 <= j <= hi + 1 for js in outside.values() for j in js):
            continue  # the list goes on beside the block: clustering's reading stands
        if not any(outside.values()):
            continue  # the pieces are the block's own: _join_list_runs weighed them already
        first = ids[block[0]]
        # (the first piece keeps the block where its figures elsewhere only restate the block's rows)
        keeps = not outside[first] or restating_outside(a, figs, outside[first], block)
        target = first if keeps else fresh
        fresh += 1
        for i in block:
            ids[i] = target
    return in_order(ids)
