"""Rules as data: named patterns that become features of the fitted stages.

A :class:`Cue` is one row of a rule table: an id, the stage it informs, where it looks (the words just
before a number, just after it, its sentence, its line, the whole passage, or a candidate label's own
text) and a regular expression. A cue never decides anything by itself: when it matches, the feature
``cue:<id>`` is set, and the stage's fitted weight for that feature is its effect. Adding a cue and
refitting (``python -m bot.reading.extract.fit``) lets the data say how much it matters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from bot.reading.extract.scan import FIND_SPAN, literal_starts, longest_first, opens_on_boundary, trie_regex

Where = Literal["before", "after", "sentence", "line", "passage", "label"]


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    stage: str
    where: Where
    pattern: str
    flags: int = re.IGNORECASE
    note: str = ""
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Where any literal word every match starts with occurs (scan.literal_starts, as a small trie regex
    # the engine skips ahead on): a text without one cannot match, found in one cheap pass. None for
    # patterns without such words and for IGNORECASE ones.
    trigger: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # The same words, for a long text (the passage's head): a substring test per word runs in C over
    # the text without the engine's per-character steps, several times faster than the trie there.
    words: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = re.compile(self.pattern, self.flags)
        object.__setattr__(self, "compiled", compiled)
        words = None if compiled.flags & re.IGNORECASE else literal_starts(compiled)
        object.__setattr__(self, "trigger", re.compile(trie_regex(words)) if words else None)
        object.__setattr__(self, "words", tuple(sorted(words)) if words else ())

    def search(self, text: str) -> bool:
        if self.trigger is None:
            return self.compiled.search(text) is not None
        # Every match opens on a start word: the pattern is searched for from the first one written (each
        # later word looked for only before the first found so far).
        if len(text) >= FIND_SPAN:
            first, find = -1, text.find
            for w in self.words:
                at = find(w) if first < 0 else find(w, 0, first + len(w) - 1)
                if at >= 0:
                    first = at
            if first < 0:
                return False
        else:
            m = self.trigger.search(text)
            if m is None:
                return False
            first = m.start()
        return self.compiled.search(text, first) is not None


def table(stage: str, cues: Iterable[Cue]) -> dict[Where, list[Cue]]:
    """The cues of one stage, by where they look."""
    out: dict[Where, list[Cue]] = {}
    for c in cues:
        if c.stage == stage:
            out.setdefault(c.where, []).append(c)
    return out


def fire(cues: Iterable[Cue], text: str, into: dict[str, float], prefix: str = "cue:") -> None:
    """Set ``prefix + id`` to 1 for every cue that matches ``text``."""
    for c in cues:
        if c.search(text):
            into[prefix + c.id] = 1.0


_WORD_CHAR = re.compile(r"\w")


class WordGate:
    """Fires a list of cues on a text as :func:`fire` does, trying only the cues that can match there.

    A cue whose every match opens on ``\\b`` and then one of its literal start words (case-sensitive,
    each opening on a word character) can only match where one of those words is written at a word
    start. One pass over the text finds those word starts, with the longest start word of any cue
    written at each (``longest_first``), whose prefixes are all the start words written there; the
    cues with a start word it begins with are tried, the others are not: exactly the cues whose own
    trigger would have found a word a match can open on. Every other cue is tried as before. Features
    are set in the cues' order (a feature dict's order is the order its weights are summed in)."""

    __slots__ = ("_cues", "_cues_of", "_keys", "_other", "_starts", "_word")

    def __init__(self, cues: Iterable[Cue], prefix: str = "cue:") -> None:
        self._cues = tuple(cues)
        self._keys = tuple(prefix + c.id for c in self._cues)
        word: dict[int, frozenset[str]] = {}
        for i, c in enumerate(self._cues):
            rx = c.compiled
            words = literal_starts(rx) if not rx.flags & (re.IGNORECASE | re.ASCII) else None
            if words and all(_WORD_CHAR.match(w) for w in words) and opens_on_boundary(rx):
                word[i] = words
        self._word = frozenset(word)
        starts = sorted({w for ws in word.values() for w in ws})
        self._starts = re.compile(r"\b(?=(" + longest_first(starts) + "))") if starts else None
        self._cues_of = {
            w: tuple(i for i, ws in word.items() if any(w.startswith(x) for x in ws)) for w in starts
        }
        self._other = frozenset(i for i in range(len(self._cues)) if i not in word)

    def fire(self, text: str, into: dict[str, float]) -> None:
        # A word cue's matches open only at the word starts the pass found for it, so it is matched there
        # alone (``match`` at each, ascending), not searched for at every character of the text.
        at: dict[int, list[int]] = {}
        if self._starts is not None:
            cues_of = self._cues_of
            for m in self._starts.finditer(text):
                p = m.start()
                for i in cues_of[m.group(1)]:
                    got = at.get(i)
                    if got is None:
                        at[i] = [p]
                    else:
                        got.append(p)
        cues, keys = self._cues, self._keys
        for i in sorted(self._other.union(at)):
            c = cues[i]
            starts = at.get(i)
            if starts is None:
                hit = c.search(text)
            else:
                match = c.compiled.match
                hit = any(match(text, p) is not None for p in starts)
            if hit:
                into[keys[i]] = 1.0
