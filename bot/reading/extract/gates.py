"""Cheap necessary conditions in front of costly window regexes.

Many filter and label patterns are anchored at the end of the left window ("... up 6" needs the
window to end in "up"), or need a keyword somewhere ("margin of error" needs "error"). A ``Guarded``
pattern checks that condition with plain string operations first and only runs the regex when the
condition holds, so its result is always the regex's own.

The guards here are written by hand, one per pattern. :class:`bot.reading.extract.scan.Gated` is the
automatic kind: it reads the words a keyword pattern needs off the parsed pattern. A pattern whose guard
is its window's last word, or a condition no needed word expresses, stays ``Guarded``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

_LETTERS = frozenset(string.ascii_letters)
_LETTERS_APOS = frozenset(string.ascii_letters + "'")


# One-entry memos: the filters ask a dozen gates about the same window string in a row, so the last
# answer is the one asked for again. Each memo is one tuple, replaced whole (safe across threads).
_last_tail: tuple[str, frozenset[str], str] = ("", _LETTERS, "")
_last_lower: tuple[str, str] = ("", "")


def tail_word(s: str, letters: frozenset[str] = _LETTERS) -> str:
    """The run of ASCII letters ending ``s`` (trailing whitespace ignored), lower-cased."""
    global _last_tail
    last = _last_tail
    if last[0] is s and last[1] is letters:
        return last[2]
    t = s.rstrip()
    i = len(t)
    while i and t[i - 1] in letters:
        i -= 1
    word = t[i:].lower()
    _last_tail = (s, letters, word)
    return word


def lowered(s: str) -> str:
    """``s.lower()``, remembered for the last string asked about."""
    global _last_lower
    last = _last_lower
    if last[0] is s:
        return last[1]
    low = s.lower()
    _last_lower = (s, low)
    return low


class Guarded:
    """A compiled pattern behind a cheap test that must hold whenever the pattern can match."""

    __slots__ = ("gate", "pattern")

    def __init__(self, pattern: re.Pattern[str], gate: Callable[[str], bool]) -> None:
        self.pattern = pattern
        self.gate = gate

    def search(self, s: str) -> re.Match[str] | None:
        return self.pattern.search(s) if self.gate(s) else None


def ends_with_word(*words: str) -> Callable[[str], bool]:
    """Gate of an end-anchored pattern whose last word is one of ``words``."""
    ws = frozenset(w.lower() for w in words)
    return lambda s: tail_word(s) in ws


def contains_any(*keys: str) -> Callable[[str], bool]:
    """Gate of a case-insensitive pattern that needs one of ``keys`` (lower case) in the text."""

    # One C-level scan for all keys (a literal alternation the engine skips through by first
    # character) instead of a Python loop of ``in`` tests.
    find = re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))).search

    def gate(s: str) -> bool:
        return find(lowered(s)) is not None

    return gate


def ends_with_label(words: frozenset[str]) -> Callable[[str], bool]:
    """Gate of ``\\b([A-Za-z']+)\\s*:?\\s*$`` when only a group in ``words`` is of interest."""
    ends = tuple(words)

    def gate(s: str) -> bool:
        t = s.rstrip()
        if t.endswith(":"):
            t = t[:-1]
        return tail_word(t, _LETTERS_APOS).endswith(ends)

    return gate


def ends_with_open_paren(s: str) -> bool:
    return s.rstrip().endswith(("(", "["))
