"""After clustering: a prose group that gives one rating answer two values in two sentences is two groups.

"22% rate the minister's work as good and 58% as poor. Among her own party's backers it is 41% good
and 44% poor", "48% say A's month went badly and 19% well; 37% say B's went well, 30% badly": the
link model joins the sentences (same measure words, same answers), but one question for one population
in one wave gives each answer once. The answers of a standard rating (approve, favourable, satisfied,
yes, good/bad and the other pairs of ``label_cues.OPPOSITE``) are read reliably enough to say so; other
answers read from prose are not (a hard one-value rule over all answers cost grouping F1, see
``groups.cluster``), so only these split a group.

Table cells and list rows are left alone (the layout's own rules group them), and so is a restatement
(the same value again) or a net beside its parts (their answers differ).
"""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, members_by_cluster
from bot.reading.extract.label_cues import OPPOSITE

# Rating answers that come in pairs, and a few written as a pair's side ("good week"/"bad week" are read
# as their own words; only exact pair names count).
_PAIRED = frozenset(OPPOSITE) | frozenset({"good", "bad", "well", "badly"})


def _rating(f: Labelled) -> str:
    answer = f.answer.strip().lower()
    return answer if answer in _PAIRED else ""


def split_repeats(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each prose cluster cut before a sentence that gives one of its rating answers a
    second value (ids renumbered in order of first appearance)."""
    places = a.layout.places
    owner = list(cluster_ids)
    fresh = max(owner, default=-1) + 1
    for members in members_by_cluster(cluster_ids).values():
        if len({figs[i].sentence for i in members}) < 2:
            continue
        if any(places[figs[i].num_index].col is not None for i in members):
            continue  # a table's cells: the layout groups them
        by_sentence: dict[int, list[int]] = {}
        for i in members:
            by_sentence.setdefault(figs[i].sentence, []).append(i)
        seen: dict[str, float] = {}
        part = owner[members[0]]
        for s in sorted(by_sentence):
            idx = by_sentence[s]
            mine = {r: figs[i].value for i in idx if (r := _rating(figs[i]))}
            if any(r in seen and abs(seen[r] - v) > 1e-6 for r, v in mine.items()):
                part, fresh, seen = fresh, fresh + 1, {}
            for i in idx:
                owner[i] = part
            for r, v in mine.items():
                seen.setdefault(r, v)
    return in_order(owner)
