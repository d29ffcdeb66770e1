"""LexRank: how central each sentence is to a post (Erkan & Radev 2004), over TF-IDF cosine similarity.

A sentence is central when it shares weighted words with many other sentences that are themselves central:
the stationary distribution of a random walk on the sentence-similarity graph (continuous LexRank, with the
usual damping of 0.85). The inverse document frequencies are the post's own (each sentence a document),
which is what the original method does for a single text.

numpy does the matrix work (TF-IDF rows, their cosine matrix, the power iteration): a post has a few
dozen sentences, so it is well under a millisecond. This is small enough not to need a summarization package (sumy needs NLTK data downloads;
the ``lexrank`` package is unmaintained and wants a background corpus).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

DAMPING = 0.85
_ITERATIONS = 60
_TOLERANCE = 1e-6


def lexrank(docs: Sequence[Sequence[str]]) -> list[float]:
    """Centrality of each document, scaled so the most central one is 1.0 (all 0.0 when nothing is shared)."""
    n = len(docs)
    if n == 0:
        return []
    vocabulary: dict[str, int] = {}
    for doc in docs:
        for term in doc:
            vocabulary.setdefault(term, len(vocabulary))
    if not vocabulary:
        return [0.0] * n
    counts = np.zeros((n, len(vocabulary)))
    for i, doc in enumerate(docs):
        for term in doc:
            counts[i, vocabulary[term]] += 1
    df = (counts > 0).sum(axis=0)
    tf = np.where(counts > 0, 1 + np.log(np.maximum(counts, 1)), 0.0)
    weights = tf * (np.log((1 + n) / (1 + df)) + 1e-9)
    norms = np.linalg.norm(weights, axis=1)
    unit = weights / np.where(norms > 0, norms, 1)[:, None]
    sim = unit @ unit.T
    np.fill_diagonal(sim, 0.0)
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
