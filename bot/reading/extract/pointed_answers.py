"""Answers a figure names by pointing back at the options its question offered: "Asked whether the bank
should cut rates or hold them, 44% chose the former and 38% the latter".

The figure's own words are only "the former" or "the latter" (or "the first", "the second"); the options
are the two sides of "whether A or B" or "between A and B" earlier in its sentence or in the sentence
before. The pointer becomes the option's words, without the subject and modal that open a "whether"
clause ("the bank should cut rates" -> "cut rates"). Nothing else is touched, and nothing is read unless
some figure's answer is such a pointer.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

_POINTERS = {"the former": 0, "former": 0, "the first": 0, "the latter": 1, "latter": 1, "the second": 1}
_MAX_WORDS = 8

# The two options a question offers, in the order written.
_WHETHER = re.compile(r"\b(?:whether|if)\s+(?P<a>[^,;:?.]+?)\s+or\s+(?P<b>[^,;:?.]+?)\s*(?=[,;:?.]|$)", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>[^,;:?.]+?)\s+and\s+(?P<b>[^,;:?.]+?)\s*(?=[,;:?.]|$)", re.I)
# The subject and modal opening a "whether" clause: "the Reserve Bank should", "they would".
_CLAUSE_HEAD = re.compile(
    r"^(?:[\w'’-]+\s+){1,6}?(?:should|would|will|could|can|must|is|are|was|were|has|have|had)\s+(?:be\s+|rather\s+)?",
    re.I,
)
# What follows the second option of "between A and B" and is not part of it: "... as prime minister".
_BETWEEN_TAIL = re.compile(r"\s+(?:as|for|to|in|on)\s+.*$", re.I)


def _options(text: str) -> tuple[str, str] | None:
    """The last "whether A or B" / "between A and B" offered in the text, each side in its own words."""
    found: tuple[str, str] | None = None
    for pattern in (_WHETHER, _BETWEEN):
        for m in pattern.finditer(text):
            first, second = m.group("a"), m.group("b")
            if pattern is _WHETHER:
                first = _CLAUSE_HEAD.sub("", first)
            else:
                second = _BETWEEN_TAIL.sub("", second)
            if 0 < len(first.split()) <= _MAX_WORDS and 0 < len(second.split()) <= _MAX_WORDS:
                found = (first.strip(), second.strip())
    return found


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each pointing figure the option it points at."""
    pointing = [f for f in figs if f.answer.lower() in _POINTERS]
    if not pointing or not a.sentences:
        return
    for f in pointing:
        n = a.numbers[f.num_index]
        sentence = a.sentences[f.sentence]
        before = a.text[sentence.start : n.start]
        options = _options(before)
        if options is None and f.sentence > 0:
            options = _options(a.sentence_text(f.sentence - 1))
        if options is not None:
            f.answer = options[_POINTERS[f.answer.lower()]]
