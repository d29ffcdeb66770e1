"""Stage 3: which figures answer one question for one population in one wave.

Every pair of nearby figures is described by layout and label cues, and the fitted ``link`` model gives
the probability that the two share a group. Groups are then formed by average-link clustering: two
clusters merge while the mean link probability between them is at least one half, and never when they
would hold two figures with the same non-empty answer (one group gives each answer once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.learn import Model, load_meta, model

# Figures further apart than this (in figures) are never linked: keeps the pass linear on dumps.
WINDOW = 40
THRESHOLD = 0.3


@dataclass(slots=True)
class Labelled:
    """A detected figure with its chosen labels (what grouping reads)."""

    num_index: int
    value: float
    sentence: int
    line: int
    answer: str
    population: str
    question: str
    when: str | None
    legacy_group: str | None


_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "that",
        "this",
        "with",
        "as",
        "by",
        "at",
        "from",
        "who",
    ]
)


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _bucket(name: str, n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return f"{name}<={e}"
    return f"{name}>{edges[-1]}"


_COMPLEMENTS = (
    ("approve", "disapprove"),
    ("favorable", "unfavorable"),
    ("favourable", "unfavourable"),
    ("support", "oppose"),
    ("agree", "disagree"),
    ("yes", "no"),
    ("right", "wrong"),
    ("satisfied", "dissatisfied"),
    ("positive", "negative"),
    ("likely", "unlikely"),
    ("better", "worse"),
)
_UNSURE = ("not sure", "unsure", "don't know", "dont know", "undecided", "no opinion", "refused", "neither")


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP}


def _overlap(x: str, y: str) -> float:
    a, b = _words(x), _words(y)
    if not a or not b:
        return -1.0
    return len(a & b) / len(a | b)


def _answer_relation(x: str, y: str) -> str:
    ax, ay = _norm(x), _norm(y)
    if not ax or not ay:
        return "answer_missing" if not (ax or ay) else "answer_one_missing"
    if ax == ay:
        return "answer_same"
    for p, q in _COMPLEMENTS:
        if (p in ax and q in ay) or (q in ax and p in ay):
            return "answer_complement"
    if any(u in ax for u in _UNSURE) or any(u in ay for u in _UNSURE):
        return "answer_unsure"
    if x[:1].isupper() and y[:1].isupper():
        return "answer_names"
    return "answer_diff"


_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}\s*[-–/]\s*\d{1,2}\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _row_label_kind(a: Analysis, line: int, first_number_start: int) -> str:
    """What a table row's leading cell looks like: a date or pollster (a poll per row) or words (an answer)."""
    label = a.text[a.lines[line].start : first_number_start]
    if _MONTH.search(label):
        return "label_date"
    if not label.strip(" |:-–—.\t*•"):
        return "label_none"
    return "label_words"


_PIVOT = re.compile(
    r"\b(?:among|while|whereas|compared|but|versus|vs|up from|down from|from|last|previous|earlier|than)\b",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[a-z][a-z'’-]{3,}")
_TOPIC_STOP = frozenset(
    [
        "percent",
        "poll",
        "survey",
        "voters",
        "said",
        "says",
        "that",
        "with",
        "this",
        "they",
        "their",
        "were",
        "have",
        "from",
        "would",
        "which",
        "about",
        "more",
        "than",
        "those",
        "other",
        "while",
        "among",
        "cent",
    ]
)


def _topic_words(a: Analysis, i: int) -> frozenset[str]:
    got = a.memo.get(("topic", i))
    if isinstance(got, frozenset):
        return got
    words = frozenset(w for w in _CONTENT.findall(a.sentence_text(i).lower()) if w not in _TOPIC_STOP)
    a.memo[("topic", i)] = words
    return words


def _topic_overlap(a: Analysis, i: int, j: int) -> float:
    x, y = _topic_words(a, i), _topic_words(a, j)
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _pollster_before(a: Analysis, offset: int) -> str | None:
    """The pollster named last before ``offset`` in the same paragraph, if any."""
    best = None
    for pos, name in a.pollster_mentions:
        if pos >= offset:
            break
        best = name.lower()
    return best


def pair_features(a: Analysis, x: Labelled, y: Labelled, between: int) -> dict[str, float]:
    f: dict[str, float] = {}
    same_sentence = x.sentence == y.sentence
    same_line = x.line == y.line
    f["same_sentence"] = 1.0 if same_sentence else 0.0
    f["same_line"] = 1.0 if same_line else 0.0
    f[_bucket("line_gap", abs(y.line - x.line), (0, 1, 2, 4, 8, 16))] = 1.0
    f[_bucket("sent_gap", abs(y.sentence - x.sentence), (0, 1, 2, 4, 8))] = 1.0
    f[_bucket("between", between, (0, 1, 2, 4, 8))] = 1.0
    nx = a.numbers[x.num_index]
    if nx.cand.partner == y.num_index:
        f["pair_partners"] = 1.0
    if x.legacy_group is not None and y.legacy_group is not None:
        f["legacy_same" if x.legacy_group == y.legacy_group else "legacy_diff"] = 1.0
    else:
        f["legacy_missing"] = 1.0
    rel = _answer_relation(x.answer, y.answer)
    f[rel] = 1.0
    same_value = abs(x.value - y.value) < 1e-6
    if rel == "answer_same":
        f["repeat" if same_value else "answer_same_other_value"] = 1.0
    elif same_value:
        f["value_same"] = 1.0
    px, py = _norm(x.population), _norm(y.population)
    if px and py:
        f["pop_same" if px == py else "pop_diff"] = 1.0
        if px != py:
            f[_bucket("pop_overlap10x", int(10 * max(0.0, _overlap(px, py))), (0, 3, 6))] = 1.0
    else:
        f["pop_missing"] = 1.0
    qx, qy = _norm(x.question), _norm(y.question)
    if qx and qy:
        f["q_same" if qx == qy else "q_diff"] = 1.0
        if qx != qy:
            f[_bucket("q_overlap10x", int(10 * max(0.0, _overlap(qx, qy))), (0, 2, 4, 6, 8))] = 1.0
    else:
        f["q_missing"] = 1.0
    if (x.when is None) != (y.when is None):
        f["when_one"] = 1.0
    elif x.when and y.when:
        f["when_same" if x.when == y.when else "when_diff"] = 1.0
    if x.value + y.value > 100.5 and not same_value:
        f["sum_over_100"] = 1.0
    if same_line and not same_sentence:
        f["line_not_sentence"] = 1.0
    lx, ly = a.numbers_by_line.get(x.line, []), a.numbers_by_line.get(y.line, [])
    if len(lx) >= 2 and len(ly) >= 2 and not same_line:
        # Two table rows: the same column is usually the same population or wave.
        cx = [m.index for m in lx].index(x.num_index)
        cy = [m.index for m in ly].index(y.num_index)
        f["rows_same_col" if cx == cy else "rows_diff_col"] = 1.0
    if same_line and len(lx) >= 3:
        f["row_" + _row_label_kind(a, x.line, lx[0].start)] = 1.0
    sx, sy = a.sentences[x.sentence], a.sentences[y.sentence]
    if sx.paragraph == sy.paragraph:
        f["same_paragraph"] = 1.0
    if not same_sentence:
        f[_bucket("topic10x", int(10 * _topic_overlap(a, x.sentence, y.sentence)), (0, 1, 2, 4))] = 1.0
    else:
        gap = a.text[nx.cand.mark_end : a.numbers[y.num_index].start]
        if _PIVOT.search(gap):
            f["pivot_between"] = 1.0
        if ";" in gap:
            f["semicolon_between"] = 1.0
    px_, py_ = _pollster_before(a, nx.start), _pollster_before(a, a.numbers[y.num_index].start)
    if px_ and py_ and px_ != py_:
        f["pollster_diff"] = 1.0
    if len(lx) == 1 and len(ly) == 1 and not same_line and abs(y.line - x.line) <= 2:
        f["list_lines"] = 1.0
    return f


def link_probs(a: Analysis, figs: list[Labelled], m: Model | None = None) -> dict[tuple[int, int], float]:
    """The link model's probability for every pair of figures at most WINDOW apart."""
    m = m or model("link")
    n = len(figs)
    return {
        (i, j): m.prob(pair_features(a, figs[i], figs[j], j - i - 1))
        for i in range(n)
        for j in range(i + 1, min(n, i + 1 + WINDOW))
    }


def cluster(
    a: Analysis,
    figs: list[Labelled],
    m: Model | None = None,
    *,
    threshold: float | None = None,
    probs: dict[tuple[int, int], float] | None = None,
) -> list[int]:
    """A cluster id for each figure (ids in order of first appearance).

    Average linkage over the sparse link probabilities (pairs further apart than WINDOW count as 0):
    the best pair of clusters merges while its mean link is at least the threshold and the merge
    would not give one answer two different values.
    """
    if threshold is None:
        threshold = link_threshold()
    n = len(figs)
    prob = probs if probs is not None else link_probs(a, figs, m)
    size = dict.fromkeys(range(n), 1)
    sums: dict[tuple[int, int], float] = {k: v for k, v in prob.items() if v > 0.0}
    answers: dict[int, dict[str, float]] = {
        i: ({_norm(f.answer): f.value} if f.answer.strip() else {}) for i, f in enumerate(figs)
    }
    owner = list(range(n))
    blocked: set[tuple[int, int]] = set()
    while True:
        best: tuple[float, int, int] | None = None
        for (ca, cb), total in sums.items():
            if (ca, cb) in blocked:
                continue
            avg = total / (size[ca] * size[cb])
            if avg >= threshold and (
                best is None or avg > best[0] or (avg == best[0] and (ca, cb) < best[1:])
            ):
                best = (avg, ca, cb)
        if best is None:
            break
        _, ca, cb = best
        if any(abs(answers[cb].get(k, v) - v) > 1e-6 for k, v in answers[ca].items()):
            blocked.add((ca, cb))
            continue
        # Merge cb into ca: its links move over and add up.
        for key in [k for k in sums if cb in k]:
            total = sums.pop(key)
            other = key[0] if key[1] == cb else key[1]
            if other == ca:
                continue
            new = (min(ca, other), max(ca, other))
            sums[new] = sums.get(new, 0.0) + total
        blocked = {k for k in blocked if ca not in k and cb not in k}
        size[ca] += size.pop(cb)
        answers[ca].update(answers.pop(cb))
        owner = [ca if o == cb else o for o in owner]
    order: dict[int, int] = {}
    out: list[int] = []
    for i in range(n):
        c = owner[i]
        if c not in order:
            order[c] = len(order)
        out.append(order[c])
    return out


def link_threshold() -> float:
    """The clustering threshold chosen by the fit (best grouping F1 on the training part)."""
    value = load_meta().get("link_threshold", THRESHOLD)
    return float(value) if isinstance(value, (int, float)) else THRESHOLD
