"""Fast whole-text scans that give exactly the matches of a slower pattern.

Python's ``re`` skips ahead quickly only when a pattern starts with a literal or a character set
(case-sensitive). A pattern that starts with ``\\b``, a lookaround or an optional part is tried in full
at every character of the text. These helpers run such a pattern only at *candidate* positions: a
superset of the positions where it can match, found by a cheap literal-first pattern or by string
operations. Because ``pattern.match(text, pos)`` at a position is exactly the match ``search`` and
``finditer`` find there (``\\b`` and lookbehinds still see the characters before ``pos``), the results
are the pattern's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.reading.extract.memo import per_text

# Characters that match an ASCII letter under IGNORECASE but that ``str.lower()`` does not turn into
# that letter: dotless "ı" matches "i", long "ſ" matches "s" ("İ" changes the length, so it is caught by
# the length check; the Kelvin sign lowers to "k").
_FOLD_ODD = ("ı", "ſ")


@per_text  # several whole-text passes of one extraction share it
def folded(text: str) -> str | None:
    """``text.lower()`` when it can stand in for IGNORECASE matching of ASCII words, else None.

    That is: lower-casing keeps every offset, and every character that matches an ASCII letter
    case-insensitively becomes that letter. Then an IGNORECASE match of an ASCII literal at an offset
    of ``text`` is an exact case-sensitive occurrence of the lower-cased literal at that offset of the
    result, so ``key in folded(text)`` is a necessary condition for a match needing ``key``.
    """
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLD_ODD):
        return None
    return low


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
