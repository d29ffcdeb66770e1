"""LexRank: how central each sentence is to a post (Erkan & Radev 2004), over TF-IDF cosine similarity.

A sentence is central when it shares weighted words with many other sentences that are themselves central:
the stationary distribution of a random walk on the sentence-similarity graph (continuous LexRank, with the
usual damping of 0.85). The inverse document frequencies are the post's own (each sentence a document),
which is what the original method does for a single text.

numpy does the matrix work: a post has a few dozen sentences, so a power iteration is well under a
millisecond. This is small enough not to need a summarization package (sumy needs NLTK data downloads;
the ``lexrank`` package is unmaintained and wants a background corpus).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

DAMPING = 0.85
_ITERATIONS = 60
_TOLERANCE = 1e-6


def tfidf_vectors(docs: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """One sparse TF-IDF vector per document (a list of terms), unit length; empty documents stay empty."""
    df = Counter(term for doc in docs for term in set(doc))
    n = len(docs)
    vectors = []
    for doc in docs:
        counts = Counter(doc)
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t])) + 1e-9 for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        vectors.append({t: v / norm for t, v in vec.items()} if norm else {})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit vectors from ``tfidf_vectors``."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def lexrank(docs: Sequence[Sequence[str]]) -> list[float]:
    """Centrality of each document, scaled so the most central one is 1.0 (all 0.0 when nothing is shared)."""
    n = len(docs)
    if n == 0:
        return []
    vectors = tfidf_vectors(docs)
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = cosine(vectors[i], vectors[j])
    row_sums = sim.sum(axis=1)
    if not row_sums.any():
        return [0.0] * n
    # Row-stochastic transition matrix; a sentence that shares nothing jumps uniformly.
    transition = np.where(row_sums[:, None] > 0, sim / np.where(row_sums > 0, row_sums, 1)[:, None], 1.0 / n)
    walk = (1 - DAMPING) / n + DAMPING * transition
    rank = np.full(n, 1.0 / n)
    for _ in range(_ITERATIONS):
        nxt = rank @ walk
        if float(np.abs(nxt - rank).sum()) < _TOLERANCE:
            rank = nxt
            break
        rank = nxt
    top = float(rank.max())
    return [float(r) / top for r in rank]
