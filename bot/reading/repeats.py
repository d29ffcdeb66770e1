"""Repeated sentences taken out of a post's text before it is read.

A post that says the same sentence hundreds of times (spam, a broken template, a hostile feed: 200 KB of
one sentence) would otherwise give one poll figure per copy and make every later stage pay for each copy.
A sentence is kept the first ``KEEP`` times it appears, and a short one for as long as its copies come to
at most ``BUDGET`` characters (a table cell "|" or a row "Asked of 1000 adults" that every table of a poll
write-up repeats); later copies are dropped, wherever they are. Posts that repeat nothing come back unchanged, the very same string.

Sentences here are cheap pieces: a line, cut after ".", "!" or "?" followed by a space. Compared with
their whitespace collapsed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

KEEP: Final = 8
BUDGET: Final = 400
# Pieces and what separates them (kept, so the text's lines and paragraphs stay as they were).
_SPLIT_RE: Final = re.compile(r"((?<=[.!?])[^\S\n]+|\n)")
_BLANK_LINES_RE: Final = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*){2,}")


@dataclass(frozen=True, slots=True)
class Trimmed:
    text: str
    dropped: int  # sentences left out


def drop_repeats(text: str) -> Trimmed:
    """``text`` without the copies of a sentence beyond those it may keep."""
    parts = _SPLIT_RE.split(text)
    seen: Counter[str] = Counter()
    out: list[str] = []
    dropped = 0
    skip_separator = False
    for i, part in enumerate(parts):
        if i % 2:  # a separator
            if part == "\n" or not skip_separator:
                out.append(part)
            skip_separator = False
            continue
        key = " ".join(part.split())
        if not key:
            out.append(part)
            continue
        seen[key] += 1
        if seen[key] > max(KEEP, BUDGET // len(key)):
            dropped += 1
            skip_separator = True
            continue
        out.append(part)
    if not dropped:
        return Trimmed(text, 0)
    return Trimmed(_BLANK_LINES_RE.sub("\n\n", "".join(out)).strip(), dropped)


def repeats_note(dropped: int) -> str:
    """The note a summary carries when many copies were left out (a handful is a pull quote, not news)."""
    if dropped < NOTE_FROM:
        return ""
    return f"[{dropped:,} repeated sentences of this entry were left out.]"


NOTE_FROM: Final = 10
