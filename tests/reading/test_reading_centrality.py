"""LexRank centrality: shared words make a sentence central; a sentence that shares nothing is not."""

from __future__ import annotations

from bot.reading.centrality import lexrank


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
