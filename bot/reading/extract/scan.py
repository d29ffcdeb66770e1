"""Faster scans that give exactly the matches of a slower pattern.

Python's ``re`` skips ahead quickly only when a pattern starts with one literal or a character set
(case-sensitive). A pattern that starts with ``\\b``, a lookaround or an optional part, or uses
IGNORECASE, is tried in full at every character. Two ways around it, both exact because
``pattern.match(text, pos)`` at a position is the match ``search``/``finditer`` find there (``\\b`` and
lookbehinds still see the characters before ``pos``):

- :class:`Anchored` reads the literal words every match starts with off the parsed pattern, finds
  where they occur with a small trie-shaped regex that does skip ahead, and runs the pattern only
  there (keyword patterns over sentences and windows);
- :func:`finditer_at` / :func:`search_at` take the candidate positions from the caller, found by a
  hand-made literal-first finder or string operations (whole-text passes whose patterns start with an
  optional part, where the words can't be read off).

IGNORECASE patterns are anchored over the lower-cased text, which is exact except for the few
non-ASCII letters that match ASCII ones ignoring case without lowering to them (or that change the
length when lowered): texts containing one fall back to the plain pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from bot.reading.extract.memo import per_text

# Non-ASCII characters that IGNORECASE matches to ASCII letters (found by trying every code point;
# see tests/extract/test_extract_scan.py). ``İ`` is also the one letter whose lower() is longer.
CASE_TRAPS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ and the Kelvin sign


def literal_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literal words every match of ``pattern`` starts with, or None when there are none."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    words = _starts(list(parsed), ignorecase)
    if not words:
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
        if op in (sre.ASSERT, sre.ASSERT_NOT) and not prefix:
            continue  # a lookaround at the head is zero width too: it only narrows where a match starts
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


def opens_on_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` opens on ``\\b`` (read off every branch, through groups)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return False
    return _opens_on_boundary(list(parsed))


def _opens_on_boundary(items: list[tuple[Any, Any]]) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return bool(av is sre.AT_BOUNDARY)
    if op is sre.SUBPATTERN:
        return _opens_on_boundary(list(av[3]))
    if op is sre.BRANCH:
        return all(_opens_on_boundary(list(alt)) for alt in av[1])
    return False


def trie_regex(words: frozenset[str]) -> str:
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


# Start words up to this many are found by str.find (see Anchored); more by the trie regex, whose one
# pass beats a find per word.
FIND_WORDS = 8
# ... over a span of at least this many characters (a whole text or its head): on a sentence the one
# regex call costs less than the finds' setup.
FIND_SPAN = 2000


class Anchored:
    """``pattern`` with ``finditer`` and ``search`` run from its literal start words."""

    __slots__ = ("_anchor", "_lower", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = literal_starts(pattern)
        self._anchor = re.compile(trie_regex(words)) if words else None
        self._lower = bool(pattern.flags & re.IGNORECASE)
        # In a long span a few start words are found by string search, each word's next occurrence kept
        # until passed: the trie regex tries every character (Python's engine has no multi-word skip),
        # one str.find per word skips ahead in C, several times faster on a whole text with few hits.
        self._words = tuple(sorted(words)) if words and len(words) <= FIND_WORDS else None

    @property
    def anchored(self) -> bool:
        """Whether the fast path is in use (tests check our patterns keep it)."""
        return self._anchor is not None

    def _haystack(self, s: str) -> str | None:
        if self._anchor is None:
            return None
        if not self._lower:
            return s
        return folded(s)  # once per text for all the patterns searching it

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        hay = self._haystack(s)
        end = len(s) if endpos is None else min(endpos, len(s))
        if hay is None or self._anchor is None:
            yield from self.pattern.finditer(s, pos, end)
            return
        if self._words is not None and end - pos >= FIND_SPAN:
            yield from self._finditer_words(s, hay, self._words, pos, end)
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

    def _finditer_words(
        self, s: str, hay: str, words: tuple[str, ...], pos: int, end: int
    ) -> Iterator[re.Match[str]]:
        """``finditer`` tried where one of ``words`` occurs in ``hay``: the first offset at or after
        ``pos`` where a word fits before ``end``, as the trie regex anchor finds it."""
        find, match = hay.find, self.pattern.match
        nxt = [find(w, pos, end) for w in words]  # each word's first occurrence at or after pos (-1: none)
        while True:
            at = -1
            for x in nxt:
                if x >= 0 and (at < 0 or x < at):
                    at = x
            if at < 0:
                return
            m = match(s, at, end)
            if m is None:
                pos = at + 1
            else:
                yield m
                pos = m.end()  # no pattern here matches empty: every match starts with a word
            for k, x in enumerate(nxt):
                if 0 <= x < pos:
                    nxt[k] = find(words[k], pos, end)

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return _anchored_search(self, s, pos, endpos)


@per_text  # the figures of a sentence search its context for the same cues, once per text and pattern
def _anchored_search(rx: Anchored, s: str, pos: int, endpos: int | None) -> re.Match[str] | None:
    return next(rx.finditer(s, pos, endpos), None)


class StartWords:
    """Which of several named patterns could match inside a text or any window of it.

    A pattern whose literal start words (:func:`literal_starts`) are all absent from a text cannot
    match in it, nor in any part of it: the figures of one sentence search windows of that sentence,
    so one look at the sentence tells which searches are worth running for all of them. Exact: a
    pattern without start words, or a text lower-casing can't fold (see :func:`folded`), is always
    possible."""

    __slots__ = ("_names", "_words")

    def __init__(self, patterns: dict[str, re.Pattern[str] | Anchored]) -> None:
        self._names = frozenset(patterns)
        self._words: list[tuple[str, frozenset[str] | None, bool]] = []
        for name, p in patterns.items():
            rx = p if isinstance(p, re.Pattern) else p.pattern
            self._words.append((name, literal_starts(rx), bool(rx.flags & re.IGNORECASE)))

    def possible(self, text: str) -> frozenset[str]:
        low = _fold(text)
        if low is None:
            return self._names
        return frozenset(
            name
            for name, words, ignorecase in self._words
            if words is None or any(w in (low if ignorecase else text) for w in words)
        )


class NeededWords:
    """Which of several named case-insensitive patterns could match inside a text or any window of it,
    each given with lower-case literal words one of which every match of it contains (kept as data beside
    the patterns, for patterns whose start words :func:`literal_starts` can't read: an optional prefix, a
    lookbehind). As :class:`StartWords`: one look at a sentence tells which searches are worth running for
    every window of it. Exact where lower-casing folds the text (see :func:`folded`); elsewhere every
    pattern is possible."""

    __slots__ = ("_names", "_words")

    def __init__(self, words: dict[str, frozenset[str]]) -> None:
        self._names = frozenset(words)
        self._words = tuple(words.items())

    def possible(self, text: str) -> frozenset[str]:
        low = _fold(text)
        if low is None:
            return self._names
        return frozenset(name for name, words in self._words if any(w in low for w in words))


def _fold(text: str) -> str | None:
    """``text.lower()``, or None when it can't stand in for IGNORECASE matching (see :func:`folded`)."""
    low = text.lower()
    return low if fold_valid(text, low) else None


def fold_valid(text: str, low: str) -> bool:
    """Whether ``low`` (``text.lower()``) can stand in for IGNORECASE matching of ASCII words (see
    :func:`folded`)."""
    return len(low) == len(text) and (text.isascii() or not any(trap in text for trap in CASE_TRAPS))


@per_text  # several whole-text passes of one extraction share it
def folded(text: str) -> str | None:
    """``text.lower()`` when it can stand in for IGNORECASE matching of ASCII words, else None.

    That is: lower-casing keeps every offset, and every character that matches an ASCII letter
    case-insensitively becomes that letter. Then an IGNORECASE match of an ASCII literal at an offset
    of ``text`` is an exact case-sensitive occurrence of the lower-cased literal at that offset of the
    result, so ``key in folded(text)`` is a necessary condition for a match needing ``key``.
    """
    return _fold(text)


def finditer_word(
    pattern: re.Pattern[str], text: str, fold: str | None, word: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose every match starts with the literal
    ``word`` (lower case; the pattern ignores case) and is never empty, tried only where ``fold`` (the
    text folded, see :func:`folded`) holds ``word``: a window around a figure is found with one string
    search instead of trying the pattern at each of its characters. ``fold`` None: the plain search."""
    if fold is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    find, match = fold.find, pattern.match
    while (at := find(word, pos, endpos)) >= 0:
        m = match(text, at, endpos)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()


def finder_starts(finder: re.Pattern[str], text: str, pos: int = 0) -> Iterator[int]:
    """Every offset (from ``pos`` on, ascending) at which ``finder`` matches ``text``, overlaps included."""
    while (f := finder.search(text, pos)) is not None:
        yield f.start()
        pos = f.start() + 1


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` given ``starts``: ascending offsets including every offset where
    ``pattern.match(text, offset)`` succeeds. ``pattern`` must never match the empty string.

    ``finditer`` returns the match at the smallest offset at or after the end of the previous match;
    trying the candidate offsets in order and skipping those inside the previous match does the same.
    """
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def search_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> re.Match[str] | None:
    """``pattern.search(text)`` given ``starts`` as for :func:`finditer_at`."""
    for s in starts:
        m = pattern.match(text, s)
        if m is not None:
            return m
    return None


_RUN = re.compile(r"[a-z]+")
# Every byte but a lower-case ASCII letter made a space (a non-ASCII character is first encoded as "?").
_RUN_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@per_text  # the whole-text scans of one extraction share it
def folded_runs(fold: str) -> frozenset[str]:
    """The runs of ASCII letters in a folded text (see :func:`folded`): ``_RUN.findall``, read off a
    translated copy split on its spaces (a few C passes instead of a regex match object per word)."""
    return frozenset(fold.encode("ascii", "replace").translate(_RUN_BYTES).decode("ascii").split())


class WordStarts:
    """Where a whole-text pattern that ignores case can match, read off string searches. The pattern's
    every match must open on one of ``words`` (lower-case ASCII, each opening on a letter) with no
    letter or digit just before it (``\\b``) and, where the word ends on a letter, none just after it
    (``\\b``); the caller adds the starts of any other kind of match.

    Such a word, matched in the folded text (see :func:`folded`), starts a run of ASCII letters there,
    and that run is the word's own first run: it ends where the word goes on with a space, hyphen or
    apostrophe, or at the boundary after the word. So only the words whose first run the text holds
    are searched for, one ``str.find`` each: Python's engine has no multi-word skip, and a pattern
    opening on ``\\b``, a lookahead or IGNORECASE is tried at every character of the text, several
    times the cost of one pass collecting the text's runs and a few string searches."""

    __slots__ = ("_by_run", "_runs")

    def __init__(self, words: Iterable[str]) -> None:
        by_run: dict[str, list[str]] = {}
        for w in words:
            m = _RUN.match(w)
            if m is None or not w.isascii() or w != w.lower():
                raise ValueError(f"not a lower-case ASCII word opening on a letter: {w!r}")
            by_run.setdefault(m.group(), []).append(w)
        # Within one run's words, those another starts are found by the shorter one's searches.
        self._by_run = {run: prefix_free(group) for run, group in by_run.items()}
        self._runs = frozenset(by_run)

    def starts(self, fold: str, more: Iterable[int] = ()) -> list[int]:
        """Ascending offsets, each once, holding every start of a match in the text ``fold`` folds."""
        by_run = self._by_run
        words = [w for run in self._runs & folded_runs(fold) for w in by_run[run]]
        return word_starts(fold, words, more)


def ascii_head(name: str) -> str:
    """``name`` lower-cased, up to its first non-ASCII character ("RTÉ" -> "rt", "Québec" -> "qu"): a start
    word :class:`WordStarts` can search for where the name is written."""
    low = name.lower()
    for i, ch in enumerate(low):
        if not ch.isascii():
            return low[:i]
    return low


def prefix_free(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those another of them starts (each of their occurrences is one of the
    shorter word's), sorted: the fewest string searches that find every occurrence of every word."""
    out: list[str] = []
    for w in sorted(set(words)):  # a word's prefixes sort before it
        if not any(w.startswith(p) for p in out):
            out.append(w)
    return tuple(out)


def word_starts(fold: str, words: Iterable[str], more: Iterable[int] = ()) -> list[int]:
    """Every offset where one of ``words`` occurs in ``fold`` (overlapping occurrences too), with the
    offsets ``more``, ascending and each once: candidate starts for :func:`finditer_at`.

    One ``str.find`` per word skips through the text in C; a whole-text pass of a pattern that opens on
    ``\\b``, a lookahead or IGNORECASE (which Python's engine cannot skip ahead on) tries every character,
    several times slower on a post with few hits."""
    found = set(more)
    find = fold.find
    for w in words:
        at = find(w)
        while at >= 0:
            found.add(at)
            at = find(w, at + 1)
    return sorted(found)


def needed_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """Literal words one of which every match of ``pattern`` contains, and whether they are to be looked
    for in the folded text (see :func:`folded`; lower-case ASCII words then), read off the parsed pattern;
    None when it needs none that can be read. Exact: a part of a sequence that must match (a run of
    literals, a group, a repeat of at least once) gives its words; an alternation the union of its
    alternatives' words (none when one alternative needs none); lookarounds and classes give none."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    if pattern.flags & (re.LOCALE | re.ASCII):
        return None
    fold = bool(pattern.flags & re.IGNORECASE) or _switches_case(list(parsed))
    words = _needed(list(parsed), fold)
    return (frozenset(words), fold) if words else None


def _switches_case(items: list[tuple[Any, Any]]) -> bool:
    """Whether a group inside turns IGNORECASE on."""
    for op, av in items:
        if op is sre.SUBPATTERN and av[1] & re.IGNORECASE:
            return True
        inner: list[Any] = []
        if op is sre.SUBPATTERN:
            inner = [av[3]]
        elif op is sre.BRANCH:
            inner = list(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = [av[2]]
        elif op is sre.ATOMIC_GROUP:
            inner = [av]
        if any(_switches_case(list(sub)) for sub in inner):
            return True
    return False


def _needed(items: list[tuple[Any, Any]], fold: bool) -> set[str] | None:
    """The best set of words one of which every match of the sequence ``items`` contains."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and (not fold or av < 128):
            run.append(chr(av).lower() if fold else chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        got: set[str] | None = None
        if op is sre.SUBPATTERN:
            got = _needed(list(av[3]), fold)
        elif op is sre.ATOMIC_GROUP:
            got = _needed(list(av), fold)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _needed(list(av[2]), fold)
        elif op is sre.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                each = _needed(list(alt), fold)
                if each is None:
                    union = set()
                    break
                union |= each
            got = union or None
        if got:
            options.append(got)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    # The rarest-looking set: the longest shortest word, then the fewest words.
    return max(options, key=lambda ws: (min(len(w) for w in ws), -len(ws)))


class Gated:
    """``pattern``, tried only where the text holds one of its needed words (:func:`needed_words`).

    Most searches of a keyword pattern over a sentence or a window find nothing, and Python's engine tries
    a pattern that opens on ``\\b``, a lookaround or IGNORECASE at every character before saying so; a few
    ``str.find`` calls (over the text folded, for a pattern that ignores case) say it sooner. Exact: a
    match's every character lies between ``pos`` and ``endpos``, so where no needed word is written there
    the pattern cannot match; a text that folding can't stand in for (see :func:`folded`) is always tried.
    Behaves as the compiled pattern for the calls the extractor makes (``pattern``, ``flags``,
    ``groupindex`` read through)."""

    __slots__ = ("_cache", "_fold", "_words", "compiled", "flags", "groupindex", "groups", "pattern")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        need = needed_words(compiled)
        if need is None:
            raise ValueError(f"no needed words to gate on: {compiled.pattern!r}")
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self._words = tuple(sorted(need[0]))
        self._fold = need[1]
        # The last text folded and its fold (None where it can't stand in), set as one tuple so a
        # thread reading beside another never pairs one text with another's fold.
        self._cache: tuple[str, str | None] = ("", "")

    def possible(self, s: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether a needed word is written in ``s[pos:endpos]`` (or the text can't be folded)."""
        hay: str | None = s
        if self._fold:
            cache = self._cache
            if cache[0] is s:
                hay = cache[1]
            else:
                hay = folded(s)  # once per text for all the gates asked about it
                self._cache = (s, hay)
            if hay is None:
                return True
        assert hay is not None
        # (plain loops, not any() over a generator: a gate is asked some 700 times a blog post, most
        # often of one word)
        if pos <= 0 and endpos is None:
            for w in self._words:  # noqa: SIM110 (see above)
                if w in hay:
                    return True
            return False
        pos = max(pos, 0)
        end = len(s) if endpos is None else endpos
        find = hay.find
        for w in self._words:  # noqa: SIM110 (see above)
            if find(w, pos, end) >= 0:
                return True
        return False

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self.possible(s, pos, endpos):
            return None
        return self.compiled.search(s, pos) if endpos is None else self.compiled.search(s, pos, endpos)

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self.possible(s, pos, endpos):
            return None
        return self.compiled.match(s, pos) if endpos is None else self.compiled.match(s, pos, endpos)

    def fullmatch(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self.possible(s, pos, endpos):
            return None
        return self.compiled.fullmatch(s, pos) if endpos is None else self.compiled.fullmatch(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if not self.possible(s, pos, endpos):
            return iter(())
        return self.compiled.finditer(s, pos) if endpos is None else self.compiled.finditer(s, pos, endpos)

    def findall(self, s: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        if not self.possible(s, pos, endpos):
            return []
        return self.compiled.findall(s, pos) if endpos is None else self.compiled.findall(s, pos, endpos)

    def sub(self, repl: Any, s: str, count: int = 0) -> str:
        if not self.possible(s):
            return s
        return self.compiled.sub(repl, s, count)

    def split(self, s: str, maxsplit: int = 0) -> list[Any]:
        if not self.possible(s):
            return [s]
        return self.compiled.split(s, maxsplit)


def gated(compiled: re.Pattern[str]) -> Gated:
    """``compiled`` as a :class:`Gated` pattern."""
    return Gated(compiled)
