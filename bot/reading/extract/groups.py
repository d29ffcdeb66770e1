"""Stage 3: which figures answer one question for one population in one wave.

Every pair of nearby figures is described by layout and label cues, and the fitted ``link`` model gives
the probability that the two share a group. Groups are then formed by average-link clustering: two
clusters merge while the mean link probability between them is at least one half, and never when they
would hold two figures with the same non-empty answer (one group gives each answer once).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.learn import Model, model

# Figures further apart than this (in figures) are never linked: keeps the pass linear on dumps.
WINDOW = 40
THRESHOLD = 0.5


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


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _bucket(name: str, n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return f"{name}<={e}"
    return f"{name}>{edges[-1]}"


def pair_features(a: Analysis, x: Labelled, y: Labelled, between: int) -> dict[str, float]:
    f: dict[str, float] = {}
    same_sentence = x.sentence == y.sentence
    same_line = x.line == y.line
    f["same_sentence"] = 1.0 if same_sentence else 0.0
    f["same_line"] = 1.0 if same_line else 0.0
    f[_bucket("line_gap", abs(y.line - x.line), (0, 1, 2, 4, 8))] = 1.0
    f[_bucket("sent_gap", abs(y.sentence - x.sentence), (0, 1, 2, 4))] = 1.0
    f[_bucket("between", between, (0, 1, 2, 4, 8))] = 1.0
    nx = a.numbers[x.num_index]
    if nx.cand.partner == y.num_index:
        f["pair_partners"] = 1.0
    if x.legacy_group is not None and y.legacy_group is not None:
        f["legacy_same" if x.legacy_group == y.legacy_group else "legacy_diff"] = 1.0
    ax, ay = _norm(x.answer), _norm(y.answer)
    if ax and ay:
        f["answer_same" if ax == ay else "answer_diff"] = 1.0
    else:
        f["answer_missing"] = 1.0
    px, py = _norm(x.population), _norm(y.population)
    f["pop_same" if px == py else "pop_diff"] = 1.0
    qx, qy = _norm(x.question), _norm(y.question)
    f["q_same" if qx == qy and qx else "q_diff"] = 1.0
    if (x.when is None) != (y.when is None):
        f["when_one"] = 1.0
    elif x.when and y.when:
        f["when_same" if x.when == y.when else "when_diff"] = 1.0
    total = x.value + y.value
    if total > 100.5:
        f["sum_over_100"] = 1.0
    return f


def cluster(a: Analysis, figs: list[Labelled], m: Model | None = None) -> list[int]:
    """A cluster id for each figure (ids in order of first appearance)."""
    m = m or model("link")
    n = len(figs)
    prob: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(i + 1, min(n, i + 1 + WINDOW)):
            prob[(i, j)] = m.prob(pair_features(a, figs[i], figs[j], j - i - 1))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    answers: dict[int, set[str]] = {
        i: ({_norm(f.answer)} if f.answer.strip() else set()) for i, f in enumerate(figs)
    }
    while True:
        best: tuple[float, int, int] | None = None
        ids = sorted(members)
        for ai, ca in enumerate(ids):
            for cb in ids[ai + 1 :]:
                if answers[ca] & answers[cb]:
                    continue
                total, count = 0.0, 0
                for i in members[ca]:
                    for j in members[cb]:
                        key = (i, j) if i < j else (j, i)
                        total += prob.get(key, 0.0)
                        count += 1
                avg = total / count
                if avg >= THRESHOLD and (best is None or avg > best[0]):
                    best = (avg, ca, cb)
        if best is None:
            break
        _, ca, cb = best
        members[ca].extend(members.pop(cb))
        answers[ca] |= answers.pop(cb)
    owner = {i: c for c, ms in members.items() for i in ms}
    order: dict[int, int] = {}
    out: list[int] = []
    for i in range(n):
        c = owner[i]
        if c not in order:
            order[c] = len(order)
        out.append(order[c])
    return out
