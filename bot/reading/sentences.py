"""Sentence boundaries for clean post text (the output of ``html_to_text``).

nupunkt does the real work; this module adds what a post's layout tells us and punkt cannot see:

- a blank line (paragraph break) always ends a sentence, so a headline without a full stop does
  not run into the next paragraph;
- a single newline ends a sentence too (``<br>``, list items, table rows), unless the next line
  starts with a lower-case letter, which is how a hard-wrapped sentence continues, or the line ends in a
  word no sentence or title line ends in ("... found 56 percent of" / "... with" + "36 percent opposed.");
- "U.S."-style initialisms are never split, and a sentence is not broken after "U.S." when the
  text carries on in lower case ("the U.S. should negotiate");
- "They met. Dr. Smith said" is split before the title, which punkt misses, and so is "from last
  month. Net satisfaction ...": a full stop after a lower-case word (not an abbreviation) followed by a
  capitalised word ends a sentence;
- a sentence is never broken after a title ("Reps. Paul Broun") nor before a closing bracket or a comma
  ("Sen. Ann Doe (D-Ore.), who is seeking ...", a quoted question followed by '", 65 percent said'), nor
  after a question or exclamation mark the text carries on from in lower case ("Is he fit? then they asked").

Spans are ``(start, end)`` offsets into the text given, trimmed of surrounding whitespace.
"""

from __future__ import annotations

import re
from typing import Final

import nupunkt

Span = tuple[int, int]

# A line break that starts a new block: a blank line, or a newline before anything but lower case.
_BLOCK_BREAK_RE: Final = re.compile(r"\n[^\S\n]*\n\s*|\n(?![^\S\n]*[a-z])\s*")
_TITLE_SPLIT_RE: Final = re.compile(
    r"(?<=[a-z]{2}[.!?])\s+(?=(?:Dr|Mr|Mrs|Ms|Mx|Prof|Pres|Sen|Rep|Gov|Gen|Lt|Col|Capt|Rev)\.\s+[A-Z])"
)
_ENDS_WITH_INITIAL_RE: Final = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.)+$")  # "U.", "U.S.", "R.I."
_STARTS_WITH_INITIAL_RE: Final = re.compile(r"^[A-Z]\.")
_CONTINUES_RE: Final = re.compile(r"^[a-z0-9$%(,;:]")
# What can never open a sentence: a closing bracket or a comma/semicolon left over from a split, also after the
# closing quotation mark of a quoted question ('When asked "... do you favor it?", 65 percent ...').
_CANNOT_OPEN_RE: Final = re.compile(r"^[\"”’']?[)\],;]")
# A question or an exclamation that the sentence carries on after, in lower case: "Do you think X is unfit? then
# they asked the same voters ...", "Why? because ...".
_ASKS_ON_RE: Final = re.compile(r"[?!][\"”’')\]]*$")
_LOWER_OPENING_RE: Final = re.compile(r"^[\"“‘']?[a-z]")
# Capitalised as written ("Rep. Tom Cotton"); "vs." and "approx." in lower case.
_TITLE_ABBREVIATION_TEXT: Final = (
    "Mr Mrs Ms Mx Dr Prof Pres Sen Sens Rep Reps Gov Govs Gen Lt Col Capt Sgt Rev St Supt Atty Sec Amb Adm Cmdr "
    "Maj Cpl Pvt Hon Fr vs approx"
)
_TITLE_ABBREVIATIONS: Final = frozenset(_TITLE_ABBREVIATION_TEXT.split())
_ENDS_WITH_TITLE_RE: Final = re.compile(r"(?:^|[\s(])([A-Za-z]+)\.$")
# "... from last month. Net satisfaction": a lower-case word, a stop, then a capitalised word.
# Also after a short word that ends sentences ("The headlines say so. A new survey ...", 'voted "no." Most ...':
# nupunkt reads a lower-case "no." as the abbreviation of number).
_MISSED_STOP_RE: Final = re.compile(
    r"(?:(?<=[a-z]{3}[.!?])|(?<=[\s\"“‘'](?:so|go|do|up|in|on|me|us|it|is|be|to|no)[.!?]))([\"”’')\]]*)\s+(?=[\"“‘]?[A-Z](?:[a-z]|\s+[a-z]))"
)
# Words a line cannot end on when its sentence is complete: the sentence carries on on the next line.
_CONTINUING_WORD_TEXT: Final = """a an the of with to and or but nor from into onto than whose nearly almost per were was
    are been being would could should their its our your my between among whether because"""
_CONTINUING_WORDS: Final = frozenset(_CONTINUING_WORD_TEXT.split())
_LAST_WORD_RE: Final = re.compile(r"(?<![\w'’-])([a-z]+)[^\S\n]*$")
_LOWER_ABBREVIATION_TEXT: Final = "approx etc incl excl est dept govt corp misc cf viz"
_LOWER_ABBREVIATIONS: Final = frozenset(_LOWER_ABBREVIATION_TEXT.split())


def sentence_spans(text: str) -> list[Span]:
    """Character spans of the sentences in ``text``, in order, without surrounding whitespace."""
    spans: list[Span] = []
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        block_spans: list[Span] = []
        for start, end in nupunkt.sent_spans(block):
            for s, e in _split_before_titles(block, start, end):
                for s2, e2 in _split_missed_stops(block, s, e):
                    trimmed = _trim(block, s2, e2)
                    if trimmed is not None:
                        block_spans.append(trimmed)
        spans.extend((block_start + s, block_start + e) for s, e in _merge_initialisms(block, block_spans))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see ``sentence_spans``)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def _blocks(text: str) -> list[Span]:
    """Split at paragraph and line breaks that always end a sentence."""
    blocks: list[Span] = []
    pos = 0
    for m in _BLOCK_BREAK_RE.finditer(text):
        if "\n" not in m[0][1:] and _continued(text, m.start()):
            continue  # a hard-wrapped line that stops mid-sentence ("... 56 percent of" / "... with")
        if m.start() > pos:
            blocks.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        blocks.append((pos, len(text)))
    return blocks


def _continued(text: str, end: int) -> bool:
    """The line ending at ``end`` stops on a word that needs more after it: a preposition, an article, a
    conjunction or an auxiliary, in lower case."""
    m = _LAST_WORD_RE.search(text, max(0, end - 16), end)
    return m is not None and m[1] in _CONTINUING_WORDS


def _split_before_titles(block: str, start: int, end: int) -> list[Span]:
    parts: list[Span] = []
    pos = start
    for m in _TITLE_SPLIT_RE.finditer(block, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return parts


def _split_missed_stops(block: str, start: int, end: int) -> list[Span]:
    parts: list[Span] = []
    pos = start
    for m in _MISSED_STOP_RE.finditer(block, start, end):
        word = re.search(r"([a-z]+)[.!?]$", block[pos : m.start()])
        if word and word.group(1) in _LOWER_ABBREVIATIONS:
            continue
        parts.append((pos, m.start() + len(m.group(1))))
        pos = m.end()
    parts.append((pos, end))
    return parts


def _trim(block: str, start: int, end: int) -> Span | None:
    while start < end and block[start].isspace():
        start += 1
    while end > start and block[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _merge_initialisms(block: str, spans: list[Span]) -> list[Span]:
    """Re-join sentences that punkt split after an initialism ("U.S."), a title ("Reps.") or before a ")"."""
    merged: list[Span] = []
    for span in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            left, right = block[prev_start:prev_end], block[span[0] : span[1]]
            title = _ENDS_WITH_TITLE_RE.search(left)
            if (
                _CANNOT_OPEN_RE.match(right)
                or (_ASKS_ON_RE.search(left) and _LOWER_OPENING_RE.match(right))
                or (title is not None and title.group(1) in _TITLE_ABBREVIATIONS)
                or (
                    _ENDS_WITH_INITIAL_RE.search(left)
                    and (_STARTS_WITH_INITIAL_RE.match(right) or _CONTINUES_RE.match(right))
                )
            ):
                merged[-1] = (prev_start, span[1])
                continue
        merged.append(span)
    return merged
