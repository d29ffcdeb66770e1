"""After clustering: a prose group that gives one rating answer two values in two sentences is two groups.

"22% rate the minister's work as good and 58% as poor. Among her own party's backers it is 41% good
and 44% poor", "48% say A's month went badly and 19% well; 37% say B's went well, 30% badly": the
link model joins the sentences (same measure words, same answers), but one question for one population
in one wave gives each answer once. The answers of a standard rating (approve, favourable, satisfied,
yes, good/bad and the other pairs of ``label_cues.OPPOSITE``) are read reliably enough to say so; other
answers read from prose are not (a hard one-value rule over all answers cost grouping F1, see
``groups.cluster``), so only these split a group.

Named options are read as reliably (twenty-sixth round, gr27): a person's full name written in the figure's
own sentence ("Emmanuel Macron (26%)", then "If another man runs, Emmanuel Macron (28%) ...") or a wording
quoted there ("“housing costs” (12%)", then a second list's "“housing costs” (33%)"). A scenario's first round
told twice, or two lists of reasons sharing an option, were joined as one question; in every labelled set no
group gives one answer two values (one passage's 10 against 10.2 aside).

Table cells and list rows are left alone (the layout's own rules group them), and so is a restatement
(the same value again) or a net beside its parts (their answers differ).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, members_by_cluster, restated
from bot.reading.extract.label_cues import OPPOSITE

# Off: only the standard ratings' answers split a group.
NAMED_OPTIONS = True

# Rating answers that come in pairs, and a few written as a pair's side ("good week"/"bad week" are read
# as their own words; only exact pair names count).
_PAIRED = frozenset(OPPOSITE) | frozenset({"good", "bad", "well", "badly"})


def _rating(f: Labelled) -> str:
    answer = f.answer.strip().lower()
    return answer if answer in _PAIRED else ""


_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*\Z")
_QUOTES = "\"“”‘’'"


def _named(a: Analysis, f: Labelled) -> str:
    """The figure's answer where it is a named option its own sentence writes: a full name (two or more
    words, each capitalised) whose last word the sentence writes ("Nell Ashby" for "Ashby has 50
    percent"), or a quoted wording of two or more words; else ""."""
    answer = f.answer.strip()
    words = answer.split()
    if len(words) < 2 or not a.sentences:
        return ""
    s = a.sentences[f.sentence]
    sentence = a.text[s.start : s.end]
    if all(_NAME_WORD.match(w) for w in words):
        return answer.lower() if re.search(rf"\b{re.escape(words[-1])}\b", sentence) else ""
    at = sentence.find(answer)
    if at < 1:
        return ""
    before, after = sentence[at - 1], sentence[at + len(answer) : at + len(answer) + 1]
    if before in _QUOTES and after and after in _QUOTES:
        return answer.lower()
    return ""


def split_repeats(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each prose cluster cut before a sentence that gives one of its rating answers (or
    named options) a second value (ids renumbered in order of first appearance). Where a named option cut
    a cluster, the parts may then restate other clusters (a match-up told in prose, then in a table), which
    the one joined cluster could not: those restatements are joined again."""
    places = a.layout.places
    owner = list(cluster_ids)
    fresh = max(owner, default=-1) + 1
    named_cut = False
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
            mine = {
                r: figs[i].value
                for i in idx
                if (r := _rating(figs[i]) or (NAMED_OPTIONS and _named(a, figs[i])))
            }
            repeats = [r for r, v in mine.items() if r in seen and abs(seen[r] - v) > 1e-6]
            if repeats:
                named_cut = named_cut or any(r not in _PAIRED for r in repeats)
                part, fresh, seen = fresh, fresh + 1, {}
            for i in idx:
                owner[i] = part
            for r, v in mine.items():
                seen.setdefault(r, v)
    return restated(a, figs, owner) if named_cut else in_order(owner)
