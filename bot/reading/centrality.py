"""LexRank: how central each sentence is to a post (Erkan & Radev 2004), over TF-IDF cosine similarity.

A sentence is central when it shares weighted words with many other sentences that are themselves central:
the stationary distribution of a random walk on the sentence-similarity graph (continuous LexRank, with the
usual damping of 0.85). The inverse document frequencies are the post's own (each sentence a document),
which is what the original method does for a single text.

numpy does the matrix work (TF-IDF weights, their cosine matrix, the power iteration): a post has a few
dozen sentences, so it is well under a millisecond. This is small enough not to need a summarization package (sumy needs NLTK data downloads;
the ``lexrank`` package is unmaintained and wants a background corpus).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import numpy as np
import numpy.typing as npt

_Matrix = npt.NDArray[np.float64]

DAMPING = 0.85
_ITERATIONS = 60
_TOLERANCE = 1e-6
# Up to this many sentences one linear solve gives the ranks exactly and fastest; above it LAPACK hands the
# work to BLAS threads, which on a busy machine cost far more than the power iteration.
_SOLVE_MAX = 40


def lexrank(docs: Sequence[Sequence[str]]) -> list[float]:
    """Centrality of each document, scaled so the most central one is 1.0 (all 0.0 when nothing is shared)."""
    n = len(docs)
    if n == 0:
        return []
    sim = _similarity(docs)
    row_sums = sim.sum(axis=1)
    if not row_sums.any():
        return [0.0] * n
    # Row-stochastic transition matrix; a sentence that shares nothing jumps uniformly.
    transition = np.where(row_sums[:, None] > 0, sim / np.where(row_sums > 0, row_sums, 1)[:, None], 1.0 / n)
    if n <= _SOLVE_MAX:
        # The walk's stationary distribution directly: rank = (1 - d)/n + d * rank @ transition.
        rank = np.linalg.solve((np.eye(n) - DAMPING * transition).T, np.full(n, (1 - DAMPING) / n))
        top = float(rank.max())
        return [float(r) / top for r in rank]
    walk = (1 - DAMPING) / n + DAMPING * transition
    rank = np.full(n, 1.0 / n)
    for _ in range(_ITERATIONS):
        nxt = cast(_Matrix, np.einsum("i,ij->j", rank, walk))
        if float(np.abs(nxt - rank).sum()) < _TOLERANCE:
            rank = nxt
            break
        rank = nxt
    top = float(rank.max())
    return [float(r) / top for r in rank]


def _similarity(docs: Sequence[Sequence[str]]) -> _Matrix:
    """TF-IDF cosine between every two documents (0 on the diagonal).

    Sparse until the end: each (document, term) weight once, and only terms that two or more documents share
    go into the product (a term of one document adds to its norm, never to a similarity). ``einsum`` rather
    than ``@``: a multi-threaded BLAS on a busy machine is many times slower on matrices this small.
    """
    n = len(docs)
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, doc in enumerate(docs):
        for term in doc:
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
    sim = np.zeros((n, n))
    if not vocabulary:
        return sim
    size = len(vocabulary)
    pairs, counts = np.unique(np.asarray(rows) * size + np.asarray(cols), return_counts=True)
    row, col = pairs // size, pairs % size
    df = np.bincount(col, minlength=size)
    weight = (1 + np.log(counts)) * (np.log((1 + n) / (1 + df[col])) + 1e-9)
    norms = np.sqrt(np.bincount(row, weights=weight * weight, minlength=n))
    weight = weight / np.where(norms > 0, norms, 1)[row]
    shared = df[col] >= 2
    if not shared.any():
        return sim
    terms, column = np.unique(col[shared], return_inverse=True)
    unit = np.zeros((n, len(terms)))
    unit[row[shared], column] = weight[shared]
    sim = cast(_Matrix, np.einsum("ik,jk->ij", unit, unit))
    np.fill_diagonal(sim, 0.0)
    return sim
