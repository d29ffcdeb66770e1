"""Literal-anchored search: the same matches as ``pattern.finditer``/``search``, found faster.

Python's ``re`` skips ahead quickly only when a pattern starts with one literal or a character set.
Most of the extractor's keyword patterns start with ``\\b`` and then one of many words
(``\\b(?:poll|survey|...)``), or use IGNORECASE, so the engine tries the whole alternation at every
character. Every match of such a pattern starts with one of a few literal words, though. An
:class:`Anchored` pattern reads those words off the parsed pattern, finds where they occur with a
small trie-shaped regex that does skip ahead, and runs the real pattern only there. The matches are
the real pattern's own: a position where no word starts can't start a match.

When the words can't be read off (a pattern starting with an optional part or a character class),
or an IGNORECASE pattern meets one of the few non-ASCII letters that match ASCII ones without
ignoring case (``ſ``, ``K``, ``ı``, ``İ``), it falls back to the plain pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Non-ASCII characters that IGNORECASE matches to ASCII letters (found by trying every code point;
# see tests/extract/test_extract_scan.py). ``İ`` is also the one letter whose lower() is longer.
CASE_TRAPS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ and the Kelvin sign
_MIN_WORD = 1


def literal_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literal words every match of ``pattern`` starts with, or None when there are none."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    words = _starts(list(parsed), ignorecase)
    if not words or any(len(w) < _MIN_WORD for w in words):
        return None
    if ignorecase and not all(w.isascii() for w in words):
        return None
    return frozenset(w.lower() for w in words) if ignorecase else frozenset(words)


def _starts(items: list[tuple[Any, Any]], ignorecase: bool) -> set[str] | None:
    """Literal prefixes of a parsed sequence (zero-width assertions at its head skipped)."""
    prefix: list[str] = []
    for op, av in items:
        if op is sre.AT and not prefix:
            continue  # \b, ^: zero width, the next item starts the match
        if op is sre.LITERAL:
            prefix.append(chr(av))
            continue
        if prefix:
            break
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                return None  # a case switch inside: keep it simple and exact
            return _starts(list(sub), ignorecase)
        if op is sre.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                got = _starts(list(alt), ignorecase)
                if got is None:
                    return None
                out |= got
            return out
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _starts(list(av[2]), ignorecase)
        return None
    return {"".join(prefix)} if prefix else None


def _trie_regex(words: frozenset[str]) -> str:
    """A regex matching where any of ``words`` starts, shaped as a trie so each position costs one
    step and the engine can skip to the words' first characters."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter word already starts here: enough to anchor
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def longest_first(words: Iterable[str]) -> str:
    """An alternation of the literal ``words`` that prefers the longest, as a trie.

    ``a|ab|abc`` sorted longest first makes the engine try every word at every position; the trie
    ``a(?:b(?:c|)|)`` tries one branch per character. It matches the same way: at each node the longer
    continuations come before stopping, so the first word to match (and to satisfy whatever follows
    the alternation) is the longest, as with the sorted list. Words that differ only in case stay
    separate branches, so the result is exact with or without IGNORECASE.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node and alts:
            alts.append("")  # stopping here comes last: longer words first
        if len(alts) <= 1:
            return alts[0] if alts else ""
        return "(?:" + "|".join(alts) + ")"

    return emit(trie)


class Anchored:
    """``pattern`` with ``finditer`` and ``search`` run from its literal start words."""

    __slots__ = ("_anchor", "_lower", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = literal_starts(pattern)
        self._anchor = re.compile(_trie_regex(words)) if words else None
        self._lower = bool(pattern.flags & re.IGNORECASE)

    @property
    def anchored(self) -> bool:
        """Whether the fast path is in use (tests check our patterns keep it)."""
        return self._anchor is not None

    def _haystack(self, s: str) -> str | None:
        if self._anchor is None:
            return None
        if not self._lower:
            return s
        if not s.isascii() and any(ch in CASE_TRAPS for ch in s):
            return None
        return s.lower()

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        hay = self._haystack(s)
        end = len(s) if endpos is None else min(endpos, len(s))
        if hay is None or self._anchor is None:
            yield from self.pattern.finditer(s, pos, end)
            return
        anchor, match = self._anchor.search, self.pattern.match
        while True:
            hit = anchor(hay, pos, end)
            if hit is None:
                return
            at = hit.start()
            m = match(s, at, end)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end()  # no pattern here matches empty: every match starts with a word

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(s, pos, endpos), None)
