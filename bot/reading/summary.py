"""Extractive summaries for chat: a few whole sentences that carry a post's point.

The scorer is deliberately simple so that a surprising summary can be explained from its parts.
Each candidate sentence gets::

    score = lead + key_terms + bonuses - penalties

- ``lead``: 1 / sqrt(1 + i) for the i-th candidate (news and blog posts front-load their point);
- ``key_terms``: how many of the post's key terms the sentence mentions (title words count
  double, frequent content words once), normalised to 0..1 over the post;
- small bonuses: first sentence of a paragraph, mentions a poll figure;
- penalties: first-person aside ("I spent years in ..."; opinion verbs like "I think" are
  exempt because that is often the thesis), questions, sentences that open by pointing back
  ("That is ...", "But ...", a parenthesis), bare quotations, methodology notes ("margin of
  error", "surveyed 1,412"), lines without a full stop.

Boilerplate ("top of page", "Click here ...", bylines, share/subscribe lines), table rows and
fragments under four words are never candidates. When the extractor found poll figures, the
sentence holding the first one (the headline figure) is always included, with the poll question
right before it when the text asks it there. ``score_sentences`` shows every score and reason. The chosen sentences
are put back in text order and never cut, except when a single sentence alone exceeds
``max_chars``: then it is cut at a word boundary and ends with "…".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.reading.sentences import sentence_spans

ELLIPSIS: Final = "…"
MAX_SENTENCES: Final = 4
LEAD_WEIGHT: Final = 1.0
KEY_TERM_WEIGHT: Final = 0.8
# Sentences beyond the first must score at least this much: a short post should get a short
# summary rather than filler that merely fits.
MIN_EXTRA_SCORE: Final = 0.45

_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_SPACE_RE: Final = re.compile(r"\s+")
_BOILERPLATE_RE: Final = re.compile(
    r"""^(?:top|bottom)\ of\ (?:the\ )?page\b
    | \bclick\ here\b | \b(?:sign\ up|subscribe)\b.*\b(?:newsletter|email|e-mail|updates|posts)\b
    | ^(?:read|continue\ reading|read\ more|more)\b.{0,30}$ | \bshare\ (?:this|on)\b
    | ^(?:posted|written|filed|published)\ (?:by|in|under|on)\b | ^by\ [A-Z][\w.'-]+(?:\ [A-Z][\w.'-]+){0,3}\W*$
    | ^(?:tags?|categories|filed\ under|related|advertisement|photo|image|credit)\s*:
    | ^advertisement$ | \ball\ rights\ reserved\b | ^(?:©|\(c\)|copyright)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "I" only as a word of its own ("R.I." and "World War I." are not first person).
_FIRST_PERSON_RE: Final = re.compile(
    r"(?<![\w.])I(?:['’](?:m|ve|d|ll))?(?![\w.])|\b(?:[Mm]e|[Mm]y|[Mm]ine)\b"
)
_METHOD_RE: Final = re.compile(
    r"\bmargin of (?:sampling )?error\b|\bsurveyed [\d,]+\b|\binterviews? (?:were )?conducted\b"
    r"|\bsample of [\d,]+\b",
    re.I,
)
_OPINION_RE: Final = re.compile(
    r"\bI(?:'d|’d)?\s+(?:think|bet|believe|argue|expect|predict|suspect|guess|doubt|reckon)\b", re.I
)
_ANAPHORIC_RE: Final = re.compile(
    r"^(?:\(|(?:[“\"'‘]\s*)?(?:that(?!\s+said)|this|these|those|it|they|he|she|but|and|so|also|meanwhile|then)\b)",
    re.I,
)
_QUOTES: Final = ("“", '"', "‘", "'")
_QUESTION_RE: Final = re.compile(
    r"^(?:is|are|was|were|do|does|did|should|would|will|can|could|has|have|what|how|which|who|why)\b",
    re.I,
)
_BULLET_RE: Final = re.compile(r"^(?:[*+•-]|\d{1,3}[.)])\s")
_HEADING_MAX_CHARS: Final = 100
_TERMINAL_RE: Final = re.compile(r"[.!?…][\"'”’)\]]*$")

_STOPWORD_TEXT: Final = """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't could couldn't did didn't do does doesn't doing don't down
    during each even ever every few for from further get got had hadn't has hasn't have haven't having he
    her here hers herself him himself his how however i if in into is isn't it it's its itself just least
    less let's like made make many may me might more most much must my myself never new no nor not now of
    off on once one only or other our ours ourselves out over own per rather really said same say says
    she should shouldn't since so some still such than that that's the their theirs them themselves then
    there there's these they they're this those through thus to too two under until up upon us very via
    was wasn't we we're were weren't what when where whether which while who whom whose why will with
    within without won't would wouldn't yet you your yours yourself percent per-cent
"""
_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True, slots=True)
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph_first: bool
    paragraph_last: bool


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """One sentence as the summarizer saw it: for explaining (and tuning) a summary."""

    start: int
    end: int
    text: str
    eligible: bool
    score: float
    reasons: tuple[str, ...]


def summarize(
    text: str,
    *,
    max_chars: int = 400,
    figure_offsets: Sequence[int] = (),
    title: str = "",
) -> str:
    """A few whole sentences of ``text`` (at most ``max_chars``) that carry the post's point.

    ``figure_offsets`` are the character starts of the poll figures found in ``text``; the
    sentence holding the first one is always part of the summary, with the poll question just
    before it when the text asks it in the same paragraph. ``title`` (optional) lends its words
    to the key terms.
    """
    if max_chars <= 0:
        return ""
    all_sentences, scored = _score_all(text, figure_offsets, title)
    candidates = [s for s in all_sentences if scored[s.index].eligible]
    if not candidates:
        return ""
    ranked = sorted(candidates, key=lambda s: (-scored[s.index].score, s.index))

    chosen: list[_Sentence] = []
    for sentence in _must_include(all_sentences, figure_offsets):
        if not chosen or _joined_length([*chosen, sentence]) <= max_chars:
            chosen.append(sentence)
    for sentence in ranked:
        if len(chosen) >= MAX_SENTENCES:
            break
        if sentence in chosen:
            continue
        if chosen and scored[sentence.index].score < MIN_EXTRA_SCORE:
            break
        if _joined_length([*chosen, sentence]) <= max_chars:
            chosen.append(sentence)
    if not chosen or _joined_length(chosen) > max_chars:
        # Not even one whole sentence fits: cut the most important one.
        return _cut(_clean(chosen[0].text if chosen else ranked[0].text), max_chars)
    return " ".join(_clean(s.text) for s in sorted(chosen, key=lambda s: s.index))


def score_sentences(
    text: str, *, figure_offsets: Sequence[int] = (), title: str = ""
) -> list[ScoredSentence]:
    """Every sentence of ``text`` with the score and the reasons ``summarize`` would give it."""
    _, scored = _score_all(text, figure_offsets, title)
    return [scored[i] for i in sorted(scored)]


def lead_n(text: str, n: int = 3, max_chars: int = 400) -> str:
    """The lead-n baseline: the first ``n`` sentences as they come, within ``max_chars``.

    No filtering at all (a "top of page" line counts as a sentence), which is what makes it
    the honest baseline for ``summarize``.
    """
    parts: list[str] = []
    for start, end in sentence_spans(text)[: max(n, 0)]:
        sentence = _clean(text[start:end])
        if len(" ".join([*parts, sentence])) > max_chars:
            break
        parts.append(sentence)
    if not parts:
        spans = sentence_spans(text)
        return _cut(_clean(text[spans[0][0] : spans[0][1]]), max_chars) if spans and n > 0 else ""
    return " ".join(parts)


# --- scoring ------------------------------------------------------------------------------------


def _score_all(
    text: str, figure_offsets: Sequence[int], title: str
) -> tuple[list[_Sentence], dict[int, ScoredSentence]]:
    all_sentences = _split(text)
    figure_indexes = {s.index for s in _sentences_at(all_sentences, figure_offsets)}
    headline = _must_include(all_sentences, figure_offsets)
    scored: dict[int, ScoredSentence] = {}
    candidates: list[_Sentence] = []
    for s in all_sentences:
        why_not = _ineligible_because(s)
        if why_not and s not in headline:
            scored[s.index] = ScoredSentence(s.start, s.end, s.text, False, 0.0, (why_not,))
        else:
            candidates.append(s)
    weights = _term_weights(candidates, title)
    raw_key = {s.index: _key_term_score(s.text, weights) for s in candidates}
    top_key = max(raw_key.values(), default=0.0) or 1.0
    for rank, s in enumerate(candidates):
        parts = [
            ("lead", LEAD_WEIGHT / (1 + 0.5 * rank)),
            ("key terms", KEY_TERM_WEIGHT * raw_key[s.index] / top_key),
        ]
        if s.paragraph_first:
            parts.append(("opens a paragraph", 0.15))
        if s.index in figure_indexes:
            parts.append(("poll figure", 0.3))
        if _FIRST_PERSON_RE.search(s.text) and not _OPINION_RE.search(s.text):
            parts.append(("first-person aside", -0.4))
        if s.text.rstrip("\"'”’)").endswith("?"):
            parts.append(("question", -0.4))
        if _ANAPHORIC_RE.match(s.text):
            parts.append(("points back", -0.25))
        if _METHOD_RE.search(s.text):
            parts.append(("method note", -0.3))
        if s.text.startswith(_QUOTES):
            parts.append(("bare quotation", -0.2))
        if not _TERMINAL_RE.search(s.text):
            parts.append(("no full stop", -0.5))
        score = round(sum(v for _, v in parts), 4)
        reasons = tuple(f"{name} {v:+.2f}" for name, v in parts)
        scored[s.index] = ScoredSentence(s.start, s.end, s.text, True, score, reasons)
    return all_sentences, scored


def _must_include(sentences: Sequence[_Sentence], figure_offsets: Sequence[int]) -> list[_Sentence]:
    """The headline-figure sentence, preceded by the poll question when the text asks it just before."""
    hits = _sentences_at(sentences, figure_offsets[:1])
    if not hits or _BOILERPLATE_RE.search(hits[0].text):
        return []
    headline = hits[0]
    if headline.index > 0 and not headline.paragraph_first:
        previous = sentences[headline.index - 1]
        if _QUESTION_RE.match(previous.text) or previous.text.rstrip("\"'”’)").endswith("?"):
            return [headline, previous]
    return [headline]


def _term_weights(candidates: Sequence[_Sentence], title: str) -> dict[str, float]:
    """Content words used at least twice in the post weigh 1; title words weigh 2 more."""
    counts = Counter(w for s in candidates for w in _content_words(s.text))
    weights = {w: 1.0 for w, c in counts.items() if c >= 2}
    for w in _content_words(title):
        weights[w] = weights.get(w, 0.0) + 2.0
    return weights


def _key_term_score(sentence: str, weights: dict[str, float]) -> float:
    words = _content_words(sentence)
    if not words:
        return 0.0
    # Distinct terms, dampened by length so that long sentences do not win on size alone.
    return sum(weights.get(w, 0.0) for w in set(words)) / math.sqrt(len(words))


def _content_words(text: str) -> list[str]:
    words = []
    for raw in _WORD_RE.findall(text):
        w = raw.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) >= 3 and w not in _STOPWORDS:
            words.append(w)
    return words


# --- sentences ----------------------------------------------------------------------------------


def _split(text: str) -> list[_Sentence]:
    spans = sentence_spans(text)
    result: list[_Sentence] = []
    for i, (start, end) in enumerate(spans):
        before = text[spans[i - 1][1] : start] if i else "\n\n"
        after = text[end : spans[i + 1][0]] if i + 1 < len(spans) else "\n\n"
        result.append(_Sentence(i, start, end, text[start:end], "\n\n" in before, "\n\n" in after))
    return result


def _ineligible_because(sentence: _Sentence) -> str | None:
    """Why a sentence is never summary material, or None when it may be."""
    text = sentence.text
    if _BOILERPLATE_RE.search(text):
        return "boilerplate"
    if " | " in text:
        return "table row"
    if _BULLET_RE.match(text):
        return "list item"
    if (
        sentence.paragraph_first
        and sentence.paragraph_last
        and not text.endswith(".")
        and len(text) < _HEADING_MAX_CHARS
    ):
        return "heading"  # a title line such as "Coming Soon: A Taliban, Pentagon Alliance?"
    if len(_WORD_RE.findall(text)) < 4:
        return "fragment"
    return None


def _sentences_at(sentences: Sequence[_Sentence], offsets: Sequence[int]) -> list[_Sentence]:
    """The sentences holding the given offsets, in the offsets' order, without repeats."""
    found: list[_Sentence] = []
    for offset in offsets:
        hit = next((s for s in sentences if offset < s.end), None)  # first sentence ending after it
        if hit is not None and hit not in found:
            found.append(hit)
    return found


def _joined_length(chosen: Sequence[_Sentence]) -> int:
    return len(" ".join(_clean(s.text) for s in chosen))


def _clean(sentence: str) -> str:
    return _SPACE_RE.sub(" ", sentence).strip()


def _cut(sentence: str, max_chars: int) -> str:
    """Cut at the last word boundary that leaves room for the ellipsis."""
    if len(sentence) <= max_chars:
        return sentence
    if max_chars <= len(ELLIPSIS):
        return ELLIPSIS[:max_chars]
    room = max_chars - len(ELLIPSIS)
    head = sentence[: room + 1]
    cut = head.rfind(" ")
    head = head[:cut] if cut > 0 else sentence[:room]
    return head.rstrip(" ,;:–—-") + ELLIPSIS
