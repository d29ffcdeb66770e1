"""LexRank centrality: shared words make a sentence central; a sentence that shares nothing is not."""

from __future__ import annotations

import random

import numpy as np

from bot.reading.centrality import DAMPING, lexrank


def test_the_sentence_sharing_most_with_the_others_is_most_central() -> None:
    docs = [
        ["budget", "vote", "council"],
        ["budget", "council", "library"],
        ["weather", "sunny"],
        ["budget", "vote", "library", "council"],
    ]
    ranks = lexrank(docs)
    assert max(ranks) == 1.0 and ranks.index(1.0) == 3
    assert ranks[2] == min(ranks) and ranks[2] < 0.3


def test_nothing_shared_or_nothing_at_all() -> None:
    assert lexrank([]) == []
    assert lexrank([["a"], ["b"]]) == [0.0, 0.0]
    assert lexrank([[], []]) == [0.0, 0.0]


def _dense_lexrank(docs: list[list[str]]) -> list[float]:
    """The textbook formulation with the full similarity and walk matrices, to check the sparse one."""
    n = len(docs)
    vocabulary = sorted({t for d in docs for t in d})
    counts = np.array([[d.count(t) for t in vocabulary] for d in docs], dtype=float)
    df = (counts > 0).sum(axis=0)
    tf = np.where(counts > 0, 1 + np.log(np.maximum(counts, 1)), 0.0)
    weights = tf * (np.log((1 + n) / (1 + df)) + 1e-9)
    norms = np.linalg.norm(weights, axis=1)
    unit = weights / np.where(norms > 0, norms, 1)[:, None]
    sim = unit @ unit.T
    np.fill_diagonal(sim, 0.0)
    sums = sim.sum(axis=1)
    if not sums.any():
        return [0.0] * n
    walk = (1 - DAMPING) / n + DAMPING * np.where(
        sums[:, None] > 0, sim / np.where(sums > 0, sums, 1)[:, None], 1.0 / n
    )
    rank = np.full(n, 1.0 / n)
    for _ in range(500):
        rank = rank @ walk
    return [float(r) / float(rank.max()) for r in rank]


def test_the_sparse_walk_gives_the_dense_walks_ranks() -> None:
    rng = random.Random(7)
    for _ in range(50):
        docs = [
            [f"w{rng.randint(0, 12)}" for _ in range(rng.randint(1, 6))] for _ in range(rng.randint(2, 25))
        ]
        for got, want in zip(lexrank(docs), _dense_lexrank(docs), strict=True):
            assert abs(got - want) < 1e-4


def test_thousands_of_identical_sentences_are_equally_central() -> None:
    ranks = lexrank([["economy", "approve", "52"]] * 3000 + [["weather"]])
    assert len(ranks) == 3001
    assert min(ranks[:3000]) > 0.999
    assert 0.1 < ranks[3000] < 0.2  # what the random jump alone gives it: 1 - DAMPING
