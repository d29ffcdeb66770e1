"""Sentence spans for a plain text: nupunkt's splitter, then line breaks, trimmed.

nupunkt knows abbreviations ("U.S.", "Dr.", "Gov.") but joins lines that have no final punctuation,
such as headlines and flattened table rows; those are split again at line breaks here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nupunkt

from bot.reading.extract.memo import per_text
from bot.reading.extract.scan import finditer_at, word_starts

_LINE = re.compile(r"[^\n]+")
# nupunkt reads "no." as the abbreviation of "number" even at the end of a sentence ("30 percent said
# no. Renters backed ..."); a "no."/"yes." before a capitalised word and not before a digit ends one.
# (Literal first, so the engine skips to "n"/"y"; the word boundary before it is checked by hand.)
_ANSWER_END = re.compile(r"(?:no|No|yes|Yes)\.(?=[ \t]+[A-Z][a-z])")
# Every match of _ANSWER_END opens on one of these: the pattern is tried only where one is written.
_ANSWER_WORDS = ("No.", "Yes.", "no.", "yes.")
# Inputs above this size are split per paragraph so that one pathological "sentence" stays cheap.
_CHUNK = 200_000


@dataclass(frozen=True, slots=True)
class Sentence:
    """A trimmed sentence span; ``headline`` marks a short line without final punctuation."""

    start: int
    end: int
    headline: bool
    paragraph: int


def _raw_spans(text: str) -> list[tuple[int, int]]:
    if len(text) <= _CHUNK:
        return list(nupunkt.sent_spans(text))
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        stop = min(len(text), pos + _CHUNK)
        if stop < len(text):
            nl = text.rfind("\n", pos, stop)
            if nl > pos:
                stop = nl + 1
        piece = text[pos:stop]
        if piece.strip():
            spans.extend((pos + a, pos + b) for a, b in nupunkt.sent_spans(piece))
        pos = stop
    return spans


def _split_after_answers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    cuts = [  # one pass; almost always empty
        m.end()
        for m in finditer_at(_ANSWER_END, text, word_starts(text, _ANSWER_WORDS))
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    k = 0
    for a, b in spans:
        while k < len(cuts) and cuts[k] <= a:
            k += 1
        while k < len(cuts) and cuts[k] < b:
            out.append((a, cuts[k]))
            a = cuts[k]
            k += 1
        out.append((a, b))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Trimmed sentence spans of ``text`` in order, each within one line."""
    return list(_split_sentences(text))


@per_text  # the rules and the weighed extractor's analysis split the same text
def _split_sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    paragraph = 0
    last_end = 0
    for a, b in _split_after_answers(text, _raw_spans(text)):
        for m in _LINE.finditer(text, a, b):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            if out and "\n" in text[last_end:s]:
                paragraph += 1
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            sentence = text[s:e]
            headline = (
                not text[line_start:s].strip()
                and not text[e:line_end].strip()
                and not sentence.endswith((".", "!", '"', "”", ":", ";", ",", ")"))
                and len(sentence.split()) <= 20
            )
            out.append(Sentence(s, e, headline, paragraph))
            last_end = e
    return tuple(out)
