"""Words of the economy used for something else: a poll's deficit, a party's name.

The sentence cue ``s_econ`` ("deficit", "profit", "budget" ...) says a sentence talks about the economy,
where its numbers are rates, not poll shares. Two uses of those words say nothing of the kind:

- a poll deficit, written as a pair or in points right before the word: "his 45-37 deficit as preferred
  prime minister", "a 6-point deficit" (a budget deficit is money or a share of output, never a pair or
  points);
- a party whose name holds the word: "People Before Profit".

:func:`economic` tells whether a sentence uses one of the words for the economy. A sentence whose every
economic word is one of these uses does not fire the cue (see ``figures._Context.sentence``).
"""

from __future__ import annotations

import re

from bot.reading.extract.label_cues import LIST_PARTY_NAMES, PARTY_OPTIONS

_POLL_DEFICIT = re.compile(
    r"\d{1,2}(?:\.\d)?[ \t]*(?:[-–/:][ \t]*\d{1,2}(?:\.\d)?[ \t]+|-[ \t]*points?[ \t]+|[ \t]+points?[ \t]+)"
    r"deficit\b"
)


def _names(econ: re.Pattern[str]) -> re.Pattern[str] | None:
    """The party names (lower case) that hold one of the economy's words, as one pattern."""
    names = sorted(
        (n for n in LIST_PARTY_NAMES | PARTY_OPTIONS if econ.search(n.lower())), key=len, reverse=True
    )
    return re.compile("|".join(re.escape(n.lower()) for n in names)) if names else None


_NAMES: dict[str, re.Pattern[str] | None] = {}


def economic(lower: str, econ: re.Pattern[str]) -> bool:
    """Whether a lower-cased sentence uses one of ``econ``'s words for the economy (not a poll deficit,
    not a party's name)."""
    if econ.pattern not in _NAMES:
        _NAMES[econ.pattern] = _names(econ)
    names = _NAMES[econ.pattern]
    spans = [m.span() for m in names.finditer(lower)] if names is not None else []
    spans += [m.span() for m in _POLL_DEFICIT.finditer(lower)]
    return any(not any(s <= m.start() and m.end() <= e for s, e in spans) for m in econ.finditer(lower))
