"""One analysis per text: tokens, sentences, lines and number candidates, found once.

Every stage of the weighed extractor (figure detection, label candidates, grouping) reads this shared
analysis instead of re-slicing the text. Offsets are code points into ``Analysis.text``.

The rule extractor's output (``legacy``) is kept as one more source of evidence: its decisions become
candidates and features that the fitted scorers weigh against the other cues, never the final word.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from bot.models import Extraction, Figure
from bot.reading.extract.meta import pollster_mentions
from bot.reading.extract.numbers import Candidate, find_candidates
from bot.reading.extract.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from bot.reading.extract.passage_cues import PassageCues

_QUESTION = re.compile(
    r"(?<![\w-])(?P<q>(?:Do|Does|Did|Is|Are|Was|Were|Would|Will|Should|Could|Can|Has|Have|How|What|Which|Who|Why|"
    r"When|Where|If|In|Thinking|Overall|Generally|Now)\b[^?\n\"“”]{6,260}\?)\Z"
)
_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Num:
    """One number candidate and where it sits. ``index`` is its place in ``Analysis.numbers``."""

    index: int
    cand: Candidate
    sentence: int
    line: int
    token: int  # index of the number's first token in Analysis.tokens
    legacy: Figure | None = None  # the rule extractor's figure at this span, if it kept one

    @property
    def value(self) -> float:
        return self.cand.value

    @property
    def start(self) -> int:
        return self.cand.start

    @property
    def end(self) -> int:
        return self.cand.end


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    lines: list[Span]
    numbers: list[Num]
    legacy: Extraction
    _token_starts: list[int] = field(default_factory=list, repr=False)
    # Per-text memo for stages' derived facts, keyed by (stage name, key).
    memo: dict[tuple[str, object], object] = field(default_factory=dict, repr=False)

    # --- positions -------------------------------------------------------------------------------

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset`` (len(tokens) when none)."""
        i = bisect.bisect_right(self._token_starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def before(self, num: Num, n: int, *, same_sentence: bool = True) -> list[str]:
        """Up to ``n`` lower-cased tokens before the number (nearest last)."""
        lo = 0
        if same_sentence:
            lo = self.token_at(self.sentences[num.sentence].start) if self.sentences else 0
        first = max(lo, num.token - n)
        return [t.lower for t in self.tokens[first : num.token]]

    def after(self, num: Num, n: int, *, same_sentence: bool = True) -> list[str]:
        """Up to ``n`` lower-cased tokens after the number and its percent marker (nearest first)."""
        i = self.token_at(num.cand.mark_end)
        hi = len(self.tokens)
        if same_sentence and self.sentences:
            hi = self.token_at(self.sentences[num.sentence].end)
        return [t.lower for t in self.tokens[i : min(hi, i + n)]]

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def line_text(self, i: int) -> str:
        s = self.lines[i]
        return self.text[s.start : s.end]

    @cached_property
    def numbers_by_line(self) -> dict[int, list[Num]]:
        out: dict[int, list[Num]] = {}
        for n in self.numbers:
            out.setdefault(n.line, []).append(n)
        return out

    @cached_property
    def numbers_by_sentence(self) -> dict[int, list[Num]]:
        out: dict[int, list[Num]] = {}
        for n in self.numbers:
            out.setdefault(n.sentence, []).append(n)
        return out

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def questions(self) -> list[tuple[int, str]]:
        """Every question the passage writes out ("Do you approve ...?"), with its start offset (stage 2)."""
        out: list[tuple[int, str]] = []
        for k, mark in enumerate(re.finditer(r"\?", self.text)):
            if k >= 2000:
                break
            lo = max(0, mark.start() - 262)
            m = _QUESTION.search(self.text, lo, mark.end())
            if m is not None and (not out or out[-1][0] != m.start("q")):
                out.append((m.start("q"), m.group("q")))
        return out

    @cached_property
    def pollster_mentions(self) -> list[tuple[int, str]]:
        """(offset, name) of every pollster named in the text."""
        return pollster_mentions(self.text)

    @cached_property
    def passage_cues(self) -> PassageCues:
        """Passage-wide facts stage 2's label proposals share (universe, country, race, ...)."""
        from bot.reading.extract.passage_cues import passage_cues

        return passage_cues(self.text)

    @cached_property
    def legacy_common(self) -> dict[str, str]:
        """The rule extractor's most frequent population and question in the passage (stage 2)."""
        out: dict[str, str] = {}
        for kind in ("population", "question"):
            counts = Counter(getattr(f, kind) for f in self.legacy.figures if getattr(f, kind))
            if counts:
                out[kind] = counts.most_common(1)[0][0]
        return out


def _lines(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in re.finditer(r"\n", text):
        out.append(Span(start, m.start()))
        start = m.end()
    out.append(Span(start, len(text)))
    return out


def _index_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def analyse(text: str, legacy: Extraction, *, max_numbers: int = 20_000) -> Analysis:
    """Tokenise once and place every number candidate in its sentence, line and token."""
    tokens = [Token(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]
    sentences = split_sentences(text)
    lines = _lines(text)
    sent_starts = [s.start for s in sentences]
    line_starts = [s.start for s in lines]
    token_starts = [t.start for t in tokens]
    by_span = {(f.start, f.end): f for f in legacy.figures}
    numbers: list[Num] = []
    for i, c in enumerate(find_candidates(text, limit=max_numbers)):
        tok = bisect.bisect_left(token_starts, c.start)
        numbers.append(
            Num(
                index=i,
                cand=c,
                sentence=_index_of(sent_starts, c.start) if sentences else 0,
                line=_index_of(line_starts, c.start),
                token=min(tok, max(0, len(tokens) - 1)),
                legacy=by_span.get((c.start, c.end)),
            )
        )
    return Analysis(text, tokens, sentences, lines, numbers, legacy, token_starts)
