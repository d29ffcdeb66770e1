"""After clustering: a change written "from 40% to 45%" is two waves' readings, not one.

The rule extractor gives both numbers of a pair one wave, which is right for a split ("down from a 46-45
rating") and wrong for a change: in "approval dropped from 44% to 38% and disapproval rose from 40% to
45%" the 38 and the 45 are the current poll's, the 44 and the 40 the earlier one's. Clustering keeps
those waves, so the link model alone decides how the four pair up, and it pairs them by answer (44 with
45). This post-step runs on the clusters only; it moves no feature, so the fitted models are unchanged.
In each sentence, the new readings of its changes (each with no time of its own after it) form one group,
and the earlier readings left without a group of their own are joined into one.
"""

from __future__ import annotations

from bot.reading.extract import waves
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

# Off: the clusters are left as clustering made them.
SPLIT_CHANGES = True


def _changes(a: Analysis, figs: list[Labelled]) -> list[tuple[int, int, int]]:
    """(sentence, earlier figure, new figure) for each change pair whose new reading took the earlier
    reading's wave and names no time of its own."""
    at = {f.num_index: i for i, f in enumerate(figs)}
    out = []
    for i, f in enumerate(figs):
        c = a.numbers[f.num_index].cand
        if not c.first or c.partner is None or c.partner not in at:
            continue
        j = at[c.partner]
        second = figs[j]
        if not f.when or second.when != f.when or second.sentence != f.sentence:
            continue
        cand = a.numbers[second.num_index].cand
        if not waves.from_to_change(a.text, c, cand):
            continue
        end = a.sentences[f.sentence].end if a.sentences else len(a.text)
        if waves.names_time_after(a.text, cand.mark_end, end):
            continue
        out.append((f.sentence, i, j))
    return out


def split_changes(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each sentence's change pairs regrouped by wave (see the module docstring); the
    new readings lose the earlier wave."""
    if not SPLIT_CHANGES:
        return cluster_ids
    found = _changes(a, figs)
    if not found:
        return cluster_ids
    ids = list(cluster_ids)
    fresh = max(ids, default=-1) + 1
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for s, i, j in found:
        by_sentence.setdefault(s, []).append((i, j))
    for pairs in by_sentence.values():
        news = [j for _, j in pairs]
        olds = [i for i, _ in pairs]
        for j in news:
            ids[j] = fresh
            figs[j].when = None
        fresh += 1
        # An earlier reading left alone in its cluster (its partner moved out) joins the sentence's other
        # earlier readings of its wave that are alone too ("dropped from 44% a month ago to 38% ... and
        # rose from 40% to 45%", once 40 has the month's wave); one sharing a cluster with others keeps it.
        sentence = figs[olds[0]].sentence
        waves_of = {figs[i].when for i in olds}
        size = {c: ids.count(c) for c in set(ids)}
        alone = [
            i
            for i, f in enumerate(figs)
            if f.sentence == sentence and f.when in waves_of and size[ids[i]] == 1 and i not in news
        ]
        if len(alone) > 1:
            for i in alone:
                ids[i] = fresh
            fresh += 1
    return ids
