"""LexRank: how central each sentence is to a post (Erkan & Radev 2004), over TF-IDF cosine similarity.

A sentence is central when it shares weighted words with many other sentences that are themselves central:
the stationary distribution of a random walk on the sentence-similarity graph (continuous LexRank, with the
usual damping of 0.85). The inverse document frequencies are the post's own (each sentence a document),
which is what the original method does for a single text.

numpy does the work on the sparse TF-IDF rows (their non-zero entries only): the similarity matrix is never
built, so a post of 3,000 sentences costs a few MB instead of the three 3,000 x 3,000 matrices (over 200 MB)
a dense version held. A post of a few dozen sentences is well under a millisecond. This is small enough not
to need a summarization package (sumy needs NLTK data downloads; the ``lexrank`` package is unmaintained and
wants a background corpus).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

DAMPING = 0.85
_ITERATIONS = 60
_TOLERANCE = 1e-6


def lexrank(docs: Sequence[Sequence[str]]) -> list[float]:
    """Centrality of each document, scaled so the most central one is 1.0 (all 0.0 when nothing is shared)."""
    n = len(docs)
    if n == 0:
        return []
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[int] = []
    for i, doc in enumerate(docs):
        for term_id, count in Counter(vocabulary.setdefault(term, len(vocabulary)) for term in doc).items():
            rows.append(i)
            cols.append(term_id)
            counts.append(count)
    if not vocabulary:
        return [0.0] * n
    terms = len(vocabulary)
    # The unit-length TF-IDF rows as (row, column, value) triples.
    row, col = np.array(rows, dtype=np.intp), np.array(cols, dtype=np.intp)
    df = np.bincount(col, minlength=terms)
    weight = (1 + np.log(np.array(counts, dtype=float))) * (np.log((1 + n) / (1 + df[col])) + 1e-9)
    norms = np.sqrt(np.bincount(row, weights=weight * weight, minlength=n))
    value = weight / norms[row]

    def similarity_times(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """``x @ sim`` for the cosine matrix ``sim`` with a zero diagonal: each entry's own share is left
        out term by term, so a sentence that shares nothing gets exactly 0."""
        through = np.bincount(col, weights=x[row] * value, minlength=terms)
        spread: npt.NDArray[np.float64] = np.bincount(
            row, weights=value * (through[col] - x[row] * value), minlength=n
        ).astype(np.float64, copy=False)
        return spread

    row_sums = similarity_times(np.ones(n))  # sim is symmetric: its column sums are its row sums
    shares = row_sums > 0
    if not shares.any():
        return [0.0] * n
    # The walk of the dense formulation, rank @ ((1 - d) / n + d * transition), where the transition
    # matrix is sim over its row sums and a sentence that shares nothing jumps uniformly.
    safe_sums = np.where(shares, row_sums, 1.0)
    rank = np.full(n, 1.0 / n)
    for _ in range(_ITERATIONS):
        spread = similarity_times(np.where(shares, rank / safe_sums, 0.0))
        nxt = (1 - DAMPING) / n * rank.sum() + DAMPING * (spread + rank[~shares].sum() / n)
        if float(np.abs(nxt - rank).sum()) < _TOLERANCE:
            rank = nxt
            break
        rank = nxt
    top = float(rank.max())
    return [float(r) / top for r in rank]
