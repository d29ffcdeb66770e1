"""Stage 2: answer, population and question for each detected figure, chosen among candidates.

Each cue that can name a label proposes a :class:`Choice` (its text, the rule or layout that produced
it, and features describing it). The fitted ``answer``, ``population`` and ``question`` models score
every candidate; the best one above the stage's floor wins, else the label is left empty so that a
moderator writes it. The winning candidate's source is kept as the label's provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.answer_candidates import answer_proposals
from bot.reading.extract.answer_context import date_like
from bot.reading.extract.label_check import tidy_question, usable
from bot.reading.extract.label_cues import FUNCTION_WORDS, VERBISH, is_option
from bot.reading.extract.learn import Model, model
from bot.reading.extract.population_candidates import population_proposals, rejected, tidy_population
from bot.reading.extract.question_templates import question_proposals

KINDS = ("answer", "population", "question")


@dataclass(frozen=True, slots=True)
class Choice:
    kind: str
    text: str
    source: str  # the rule or cue that proposed it, e.g. "legacy", "row_label", "among"
    features: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Chosen:
    text: str
    source: str
    score: float
    why: list[tuple[str, float]]
    # Every candidate as (text, source, score), best first: what a group-level constraint falls back on.
    ranked: tuple[tuple[str, str, float], ...] = ()


_LEN_KEYS = tuple(f"len={k}" for k in range(10))


def _base(kind: str, text: str, source: str, extra: dict[str, float] | None = None) -> Choice:
    f = {"src=" + source: 1.0, _LEN_KEYS[min(len(text.split()), 9)]: 1.0}
    if not text:
        f["empty"] = 1.0
    if extra:
        f.update(extra)
    return Choice(kind, text, source, f)


def candidates(a: Analysis, n: Num, kind: str) -> list[Choice]:
    """Every proposal for one label of one figure (an empty proposal is always among them)."""
    out: list[Choice] = [_base(kind, "", "none")]
    if n.legacy is not None:
        legacy_text = getattr(n.legacy, kind)
        if kind == "population":
            legacy_text = tidy_population(legacy_text)  # "1996 Registered Voters", "women 53"
        out.append(_base(kind, legacy_text, "legacy"))
    else:
        window = a.numbers[max(0, n.index - 20) : n.index + 21]
        near = [m.legacy for m in window if m.legacy is not None and m.sentence == n.sentence]
        if near and kind != "answer":
            out.append(_base(kind, getattr(near[0], kind), "legacy_sentence"))
        if kind != "answer":
            common = a.legacy_common.get(kind)
            if common:
                out.append(_base(kind, common, "legacy_passage"))
    if kind == "answer":
        legacy_answer = n.legacy.answer if n.legacy is not None else ""
        if legacy_answer:
            out[-1].features.update(_legacy_answer_features(legacy_answer))
        for text, source, extra in answer_proposals(a, n):
            out.append(_base(kind, text, source, extra))
    if kind == "population":
        for text, source, extra in population_proposals(a, n):
            out.append(_base(kind, text, source, extra))
    if kind == "question":
        for text, source, extra in question_proposals(a, n):
            out.append(_base(kind, text, source, extra))
        out = [_base(kind, tidy_question(c.text), c.source, c.features) if c.text else c for c in out]
    kept: dict[str, Choice] = {}
    for i, c in enumerate(out):
        if i and (not c.text or not usable(kind, c.text)):
            continue
        if kind == "population" and rejected(c.text):
            continue  # an answer option or "those results" names nobody
        key = c.text.lower()
        first = kept.get(key)
        if first is None:
            kept[key] = c
            continue
        # Several cues proposing one text is evidence for it: the first proposer keeps the text and
        # the others' features are added to it (so "src=legacy" and "src=of_after" may both be set).
        for k, v in c.features.items():
            first.features.setdefault(k, v)
        first.features["sources"] = first.features.get("sources", 1.0) + 1.0
    result = list(kept.values())
    if kind == "answer":
        for c in result:
            where = _where_written(a, n, c.text) if c.text else None
            if where is not None:
                c.features[where] = 1.0
            if c.text and _comparative(a, n, c.text):
                c.features["comparative"] = 1.0
    ctx = _context(n, kind, result)
    if n.cand.partner is not None:
        # "disapprove 81 - 14 percent": the second of a pair answers the other side.
        ctx.append("ctx:pair_first" if n.cand.first else "ctx:pair_second")
    for c in result:
        for k in ctx:
            c.features[_ctx_key(k, c.source)] = 1.0
    return result


_CTX_KEYS: dict[tuple[str, str], str] = {}


def _ctx_key(ctx: str, source: str) -> str:
    """ "ctx:...&src=..." (built once per pair: every candidate of every figure sets a few)."""
    key = _CTX_KEYS.get((ctx, source))
    if key is None:
        key = _CTX_KEYS[(ctx, source)] = f"{ctx}&src={source}"
    return key


def _context(n: Num, kind: str, cands: list[Choice]) -> list[str]:
    """Facts about the figure's other proposals, crossed with each candidate's source: lets the ranker
    learn, e.g., that a row label beats the rule extractor's answer when that answer is a clause."""
    legacy = getattr(n.legacy, kind) if n.legacy is not None else ""
    out: list[str] = []
    if not legacy:
        out.append("ctx:legacy_empty")
    elif kind == "answer" and (len(legacy.split()) > 3 or any(w.lower() in VERBISH for w in legacy.split())):
        out.append("ctx:legacy_clause")
    elif kind == "population" and legacy.lower() in _GENERIC_POPULATIONS:
        out.append("ctx:legacy_generic")
    elif kind == "question" and not legacy.endswith("?"):
        out.append("ctx:legacy_heading")
    if not any(c.source == "legacy" for c in cands) and legacy:
        out.append("ctx:legacy_refused")
    return out


def _where_written(a: Analysis, n: Num, text: str) -> str | None:
    """Whether ``text`` is written next to this figure in its sentence, or only beyond another figure.

    An option written right next to another figure ("Caldwell at 44%") is that figure's answer: a cue
    against giving it to this one. None when the text is not in the sentence."""
    if not a.sentences:
        return None
    sent = a.sentences[n.sentence]
    nums = a.numbers_by_sentence.get(n.sentence, [])
    low = a.lower
    key = text.lower()
    at = low.find(key, sent.start, sent.end)
    if at < 0:
        return None
    if len(nums) < 2:
        return "written_here"
    while at >= 0:
        lo, hi = (at + len(key), n.start) if at < n.start else (n.end, at)
        if not any(lo <= m.start < hi for m in nums if m is not n):
            return "written_here"
        at = low.find(key, at + 1, sent.end)
    return "written_past_another_figure"


_COMPARATIVE = re.compile(r"\b(?:more|less|most|least|as|far|much)\s+$", re.IGNORECASE)


def _comparative(a: Analysis, n: Num, text: str) -> bool:
    """The text is the head of a comparison in the figure's sentence ("more likely than non-parents"),
    which says how two groups differ, not which answer they gave."""
    if not a.sentences:
        return False
    sent = a.sentences[n.sentence]
    at = a.lower.find(text.lower(), sent.start, sent.end)
    return at > 0 and _COMPARATIVE.search(a.text, max(sent.start, at - 12), at) is not None


_GENERIC_POPULATIONS = frozenset(
    {"respondents", "voters", "adults", "americans", "britons", "canadians", "public"}
)


def _legacy_answer_features(text: str) -> dict[str, float]:
    words = text.split()
    f: dict[str, float] = {}
    if is_option(text):
        f["option"] = 1.0
        f["option&src=legacy"] = 1.0
    if any(w.lower() in VERBISH for w in words):
        f["verbish"] = 1.0
        f["verbish&src=legacy"] = 1.0
    if date_like(text):
        f["date_like"] = 1.0
    if words and all(w[:1].isupper() for w in words):
        f["capitalised"] = 1.0
        f["cap&src=legacy"] = 1.0
    if words and words[0].lower() in FUNCTION_WORDS:
        f["function_first"] = 1.0
    return f


def choose(a: Analysis, n: Num, kind: str, m: Model | None = None) -> Chosen:
    m = m or model(kind)
    scored = [(m.margin(c.features), i, c) for i, c in enumerate(candidates(a, n, kind))]
    scored.sort(key=lambda t: (-t[0], t[1]))
    score, _, best = scored[0]
    ranked = tuple((c.text, c.source, s) for s, _, c in scored)
    return Chosen(best.text, best.source, score, m.explain(best.features), ranked)
