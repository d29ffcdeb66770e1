"""One analysis per text: tokens, sentences, lines and number candidates, found once.

Every stage of the weighed extractor (figure detection, label candidates, grouping) reads this shared
analysis instead of re-slicing the text. Offsets are code points into ``Analysis.text``.

The rule extractor's output (``legacy``) is kept as one more source of evidence: its decisions become
candidates and features that the fitted scorers weigh against the other cues, never the final word.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import accumulate, islice
from operator import itemgetter
from typing import TYPE_CHECKING, Concatenate, NamedTuple, ParamSpec, TypeVar, cast

from bot.models import Extraction, Figure
from bot.reading.extract.meta import generic_pollster_mentions, pollster_mentions
from bot.reading.extract.numbers import Candidate, find_candidates, with_extra_candidates
from bot.reading.extract.scan import fold_valid
from bot.reading.extract.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from bot.reading.extract.figures import FigureContext
    from bot.reading.extract.layout import Layout
    from bot.reading.extract.passage_cues import PassageCues

_QUESTION = re.compile(
    r"(?<![\w-])(?P<q>(?:Do|Does|Did|Is|Are|Was|Were|Would|Will|Should|Could|Can|Has|Have|How|What|Which|Who|Why|"
    r"When|Where|If|In|Thinking|Overall|Generally|Now)\b[^?\n\"“”]{6,260}\?)\Z"
)
# A printed question led in by a clause of its own ("Based on what you saw of the debate, who do you think
# won?", "5. For you personally, which of these ...?", "Since last month, has the rate ...?"): the clause
# starts a line (after a question number or a bullet) or a table cell, never inside prose, and the question
# proper starts after its comma in lower case. A lead-in
# of a few words ("Looking back", "In general") sets no topic and is left out; a longer one is kept.
QUESTION_LEAD_INS = True
# A topline's follow-up prompt, led by a bracketed interviewer instruction on its own line ("[If undecided]
# Which party are you leaning towards?", "[ASK IF APPROVE] Is that strongly or somewhat?"): asked of some
# respondents only, never the question a table's shares answer, so not a question the passage writes.
_FOLLOW_UP_PROMPT = re.compile(r"[ \t*_>#]*\[[^\]\n]{1,80}\]")
_LED_QUESTION = re.compile(
    r"(?m)(?:^|(?<=\|))[^\S\n]*(?:(?:Q\.?\s*)?\d{1,3}[a-z]?[.):]\s+|[•*-]\s+)?"
    r"(?P<lead>[A-Z][^?\n\"“”.;:,]{2,110}?),\s+"
    r"(?P<q>(?:who|whom|what|which|how|do|does|did|is|are|was|were|would|will|should|could|can|has|have)\s"
    r"[^?\n\"“”]{4,220}\?)\Z"
)
_SHORT_LEAD_WORDS = 3
_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
WINDOW_CHARS = 240


def _led_question(m: re.Match[str]) -> str:
    """A question with its lead-in clause (see _LED_QUESTION): kept where it names a topic, else dropped."""
    lead, q = m.group("lead").strip(), m.group("q")
    if len(lead.split()) <= _SHORT_LEAD_WORDS:
        return q[:1].upper() + q[1:]
    return f"{lead}, {q}"


# A question line led in by a clause of any length (a table's printed question, where no prose follows).
_LONG_LEAD = re.compile(
    r"(?P<lead>[A-Z][^?\n\"“”.;:,]{2,200}?),\s+"
    r"(?P<q>(?:who|whom|what|which|how|do|does|did|is|are|was|were|would|will|should|could|can|has|have)\s"
    r"[^?\n\"“”]{4,220}\?)"
)


def question_proper(line: str) -> str | None:
    """The question proper of a printed question led in by a clause of its own ("Taking everything you have
    read about the candidates into account, which one would you trust with the city budget?" -> "Which one
    would you trust with the city budget?"), or None where the line is no such question."""
    m = _LONG_LEAD.fullmatch(line.strip())
    if m is None:
        return None
    q = m.group("q")
    return q[:1].upper() + q[1:]


class Token(NamedTuple):
    """One word or punctuation mark (a tuple: a long text has thousands, built in one pass)."""

    start: int
    end: int
    text: str
    lower: str


# Token((start, end, text, lower)) without NamedTuple._make's checks (a long text has thousands).
_new_token = cast("Callable[[tuple[int, int, str, str]], Token]", partial(tuple.__new__, Token))


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
    legacy: Figure | None = None  # the rule extractor's figure at this span, if it kept one
    owner: Analysis | None = field(default=None, repr=False, compare=False)
    _token: int = field(default=-1, repr=False, compare=False)
    # The candidate's value and span copied once (read ~100,000 times on a dense post: a slot is cheaper
    # than a property). A candidate is never changed once placed in an analysis.
    value: float = field(init=False, repr=False, compare=False)
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        c = self.cand
        self.value, self.start, self.end = c.value, c.start, c.end

    @property
    def token(self) -> int:
        """Index of the number's first token in ``Analysis.tokens`` (tokens are built on first use)."""
        got = self._token
        if got >= 0:  # asked tens of times per figure by the answer proposals
            return got
        if self.owner is not None:
            self._token = min(self.owner.token_at(self.cand.start), max(0, len(self.owner.tokens) - 1))
        return max(self._token, 0)


@dataclass
class Analysis:
    text: str
    sentences: list[Sentence]
    lines: list[Span]
    numbers: list[Num]
    legacy: Extraction
    # Per-text memo for stages' derived facts, keyed by (stage name, key).
    memo: dict[tuple[str, object], object] = field(default_factory=dict, repr=False)

    def release(self) -> None:
        """Break the analysis' reference cycles once an extraction is done with it: its numbers point back
        at it (``Num.owner``), and so do facts cached on it (the figure context). Reference counting then
        frees it and everything its memo holds as soon as the extraction returns; left to the cyclic
        collector, the collection that followed an extraction (over every object it had made) took ~1 ms
        of a blog post. The analysis is spent: nothing may read it afterwards."""
        for n in self.numbers:
            n.owner = None
        vars(self).clear()

    # --- positions -------------------------------------------------------------------------------
    # Words around a number are read from a bounded window, so the cost is per number, never per
    # character of a long text (a 1 MB run of "%" has a million tokens and no number).

    def after(self, num: Num, n: int, *, same_sentence: bool = True) -> list[str]:
        """Up to ``n`` lower-cased tokens after the number and its percent marker (nearest first)."""
        start = num.cand.mark_end
        hi = min(len(self.text), start + WINDOW_CHARS)
        if same_sentence and self.sentences:
            hi = min(hi, max(start, self.sentences[num.sentence].end))
        # Only the first n tokens are read (the window may hold dozens).
        return [m.group().lower() for m in islice(_TOKEN.finditer(self.text, start, hi), n)]

    @cached_property
    def tokens(self) -> list[Token]:
        """Every token of the text, built on first use (a text whose numbers are all dropped early, such
        as a megabyte of punctuation, never pays for it)."""
        # Split on the tokens: [gap, token, gap, token, ..., gap]; offsets are the running lengths.
        pieces = _TOKEN_SPLIT.split(self.text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        words = pieces[1::2]
        starts, ends = offsets[1:-1:2], offsets[2::2]
        return list(map(_new_token, zip(starts, ends, words, map(str.lower, words), strict=True)))

    @cached_property
    def _token_starts(self) -> list[int]:
        return list(map(itemgetter(0), self.tokens))

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset`` (len(tokens) when none)."""
        i = bisect.bisect_right(self._token_starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def line_text(self, i: int) -> str:
        s = self.lines[i]
        return self.text[s.start : s.end]

    def blank_between(self, after: int, before: int) -> bool:
        """Whether every line strictly between lines ``after`` and ``before`` is blank (true when none is)."""
        return all(not self.line_text(j).strip() for j in range(after + 1, before))

    def occurrences(self, key: str, lo: int, hi: int) -> tuple[int, ...]:
        """Where the lower-cased ``key`` starts in ``lower[lo:hi]``, every occurrence (overlapping ones
        too), found once per analysis: the figures of a sentence are offered mostly the same label texts,
        and each asks where they are written."""
        memo_key = ("occurrences", (key, lo, hi))
        got = self.memo.get(memo_key)
        if isinstance(got, tuple):
            return got
        low = self.lower
        out = []
        at = low.find(key, lo, hi)
        while at >= 0:
            out.append(at)
            at = low.find(key, at + 1, hi)
        found = tuple(out)
        self.memo[memo_key] = found
        return found

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
    def folded(self) -> str | None:
        """``lower`` where it can stand in for IGNORECASE matching of ASCII words, else None (see
        :func:`scan.folded`): window searches for a literal word read it (see :func:`scan.finditer_word`)."""
        return self.lower if fold_valid(self.text, self.lower) else None

    @cached_property
    def questions(self) -> list[tuple[int, str]]:
        """Every question the passage writes out ("Do you approve ...?"), with its start offset (stage 2)."""
        out: list[tuple[int, str]] = []
        for k, mark in enumerate(re.finditer(r"\?", self.text)):
            if k >= 2000:
                break
            line_start = self.text.rfind("\n", 0, mark.start()) + 1
            if _FOLLOW_UP_PROMPT.match(self.text, line_start, mark.start()):
                continue
            lo = max(0, mark.start() - 262)
            m = _QUESTION.search(self.text, lo, mark.end())
            if m is not None and (not out or out[-1][0] != m.start("q")):
                out.append((m.start("q"), m.group("q")))
            elif m is None and QUESTION_LEAD_INS:
                led = _LED_QUESTION.search(self.text, lo, mark.end())
                if led is not None and (not out or out[-1][0] != led.start("lead")):
                    out.append((led.start("lead"), _led_question(led)))
        return out

    @cached_property
    def pollster_mentions(self) -> list[tuple[int, str]]:
        """(offset, name) of every pollster named in the text: known names, then any organisation the
        text presents as a poll's author ("a Saguaro Research survey"). A short form of a longer name
        ("Saguaro" after "Saguaro Research") is read as the longer one."""
        known = pollster_mentions(self.text)
        spans = [(pos, pos + len(name)) for pos, name in known]
        found = list(known)
        for pos, name in generic_pollster_mentions(self.text):
            if not any(s < pos + len(name) and pos < e for s, e in spans):
                found.append((pos, name))
        found.sort()
        names = sorted({n for _, n in found}, key=len, reverse=True)
        return [
            (pos, next((n for n in names if n != name and n.startswith(name + " ")), name))
            for pos, name in found
        ]

    def pollster_of(self, num: Num) -> str | None:
        """The poll a figure belongs to: a pollster named in its own sentence (the nearest), else the one
        named last before it, else the first one named after it."""
        mentions, starts = self.pollster_mentions, self._pollster_starts
        if self.sentences:
            s = self.sentences[num.sentence]
            lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
            inside = [(abs(pos - num.start), name) for pos, name in mentions[lo:hi]]
            if inside:
                return min(inside)[1]
        k = bisect.bisect_left(starts, num.start)  # the first named at or after the figure
        if k == len(mentions):
            return mentions[-1][1] if mentions else None
        return (mentions[k - 1][1] if k > 0 else None) or mentions[k][1]

    @cached_property
    def _pollster_starts(self) -> list[int]:
        return [pos for pos, _ in self.pollster_mentions]

    @cached_property
    def layout(self) -> Layout:
        """Where each number sits in its line, table row and block (computed once; see layout.py)."""
        from bot.reading.extract.layout import layout

        return layout(self)

    @cached_property
    def figure_context(self) -> FigureContext:
        """The figure stage's once-per-text cues (sentence, line and passage; see figures.py)."""
        from bot.reading.extract.figures import FigureContext

        return FigureContext(self)

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


P = ParamSpec("P")
_MISSING = object()
R = TypeVar("R")


def per_number(fn: Callable[Concatenate[Analysis, Num, P], R]) -> Callable[Concatenate[Analysis, Num, P], R]:
    """Memoise a pure fact about one number of an analysis (in ``Analysis.memo``): several label
    proposals ask the same of a figure and of its neighbours. The result must not be modified."""
    # One dict per function in the analysis' memo, keyed by the number's index alone where the call has
    # no other arguments (most do not): the wrapper runs tens of thousands of times on a dense post.
    stage = ("per_number:" + fn.__qualname__, None)

    @functools.wraps(fn)
    def wrapper(a: Analysis, n: Num, /, *args: P.args, **kwargs: P.kwargs) -> R:
        # (no typing.cast here: a call at run time, twice per call of a wrapper asked hundreds of times a post)
        seen: dict[object, R] | None = a.memo.get(stage)  # type: ignore[assignment]
        if seen is None:
            seen = a.memo[stage] = {}
        key: object = (
            (n.index, args, tuple(kwargs.items())) if kwargs else (n.index, args) if args else n.index
        )
        got = seen.get(key, _MISSING)
        if got is _MISSING:
            got = seen[key] = fn(a, n, *args, **kwargs)
        return got  # type: ignore[return-value]

    return wrapper


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


# A real post quotes a few hundred numbers at most; past this the rest of a number dump is not read,
# so a hostile or broken text costs a bounded amount of work.
MAX_NUMBERS = 2000


def analyse(
    text: str,
    legacy: Extraction,
    *,
    max_numbers: int = MAX_NUMBERS,
    candidates: list[Candidate] | None = None,
) -> Analysis:
    """Split once and place every number candidate in its sentence and line."""
    sentences = split_sentences(text)
    lines = _lines(text)
    sent_starts = [s.start for s in sentences]
    line_starts = [s.start for s in lines]
    by_span = {(f.start, f.end): f for f in legacy.figures}
    found = candidates[:max_numbers] if candidates is not None else find_candidates(text, limit=max_numbers)
    numbers = [
        Num(
            index=i,
            cand=c,
            sentence=_index_of(sent_starts, c.start) if sentences else 0,
            line=_index_of(line_starts, c.start),
            legacy=by_span.get((c.start, c.end)),
        )
        for i, c in enumerate(with_extra_candidates(text, found, max_numbers))
    ]
    a = Analysis(text, sentences, lines, numbers, legacy)
    for n in numbers:
        n.owner = a
    return a
