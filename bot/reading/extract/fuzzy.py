"""Closest known word to a misspelling, as ``difflib.get_close_matches(..., n=1)`` finds it.

``get_close_matches`` first drops every candidate whose ``real_quick_ratio`` (2·min(len)/sum of lens,
a bound on the real ratio) is under the cutoff, but it pays for a ``SequenceMatcher`` step per
candidate to learn that. The bound depends only on the two lengths, so the candidates that can pass
are known per word length: filtering them once per length gives the same answer (ties are broken by
the words themselves, not their order) at a fraction of the cost.
"""

from __future__ import annotations

import difflib
import functools


@functools.lru_cache(maxsize=512)
def _within_length_bound(words: tuple[str, ...], length: int, cutoff: float) -> list[str]:
    return [w for w in words if _length_ratio(length, len(w)) >= cutoff]


def _length_ratio(a: int, b: int) -> float:
    """``SequenceMatcher.real_quick_ratio`` from the lengths alone (1.0 for two empty strings)."""
    return 2.0 * min(a, b) / (a + b) if a + b else 1.0


def close_match(word: str, words: tuple[str, ...], cutoff: float) -> str | None:
    """The word of ``words`` closest to ``word`` with a similarity ratio of at least ``cutoff``."""
    best = difflib.get_close_matches(word, _within_length_bound(words, len(word), cutoff), n=1, cutoff=cutoff)
    return best[0] if best else None
