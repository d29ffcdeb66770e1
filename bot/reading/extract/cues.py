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

from bot.reading.extract.scan import FIND_SPAN, literal_starts, trie_regex

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
        if self.trigger is not None:
            if len(text) >= FIND_SPAN:
                if not any(w in text for w in self.words):
                    return False
            elif self.trigger.search(text) is None:
                return False
        return self.compiled.search(text) is not None


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
