"""The rule-based extractor: candidate numbers -> poll figures -> labels -> groups.

Pipeline (each step in its own module):

1. :mod:`numbers` finds every number and its percent marker / pair partner;
2. :mod:`sentences` splits the text; :mod:`filters` keeps the numbers that are poll percentages;
3. :mod:`labels` reads population and answer around each figure, :mod:`questions` and the
   sentence-level logic below pick the question, :mod:`waves` spots earlier-wave comparisons;
4. :mod:`grouping` groups by (question, population, wave); :mod:`meta` reads pollster/sample/MoE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Extraction
from bot.reading.extract import filters, labels, meta, questions, waves
from bot.reading.extract.grouping import Draft, assign_groups, build
from bot.reading.extract.numbers import Candidate, find_candidates
from bot.reading.extract.sentences import Sentence, split_sentences
from bot.reading.extract.vocab import COUNTRY_UNIVERSE

# Sentences with more candidates than this are number dumps, not prose: skipped to keep time linear.
MAX_CANDIDATES_PER_SENTENCE = 150
MAX_FIGURES = 2000

_AMONG = re.compile(r"\bamong\s+(?P<chunk>[^,;:()]{2,90})", re.IGNORECASE)
_FOR_START = re.compile(r"^\s*(?:And\s+)?(?:For|Among)\s+(?P<chunk>[^,;:()]{2,90}),", re.IGNORECASE)
_CONTINUE = re.compile(
    r"^\s*(?:\(?\s*)(?:fewer|more|only|just|another|meanwhile|still|yet|but|however|by\s+contrast|"
    r"in\s+contrast|similarly|conversely|while|whereas|the\s+rest|the\s+remaining|a\s+further|"
    r"some|others?|and\s+among|among|for)\b|\b(?:though|however|by\s+contrast|the\s+opposite|"
    r"this\s+view|that\s+view|the\s+same|so\s+do|as\s+do|agree|disagree)\b",
    re.IGNORECASE,
)
_SUBGROUP_HEADS = frozenset(
    [
        "republicans",
        "democrats",
        "independents",
        "women",
        "men",
        "liberals",
        "conservatives",
        "moderates",
        "blacks",
        "whites",
        "hispanics",
        "latinos",
        "latinas",
        "asians",
        "evangelicals",
        "catholics",
        "protestants",
        "christians",
        "muslims",
        "jews",
        "millennials",
        "boomers",
        "seniors",
        "parents",
        "mothers",
        "fathers",
        "students",
        "graduates",
        "workers",
        "veterans",
        "supporters",
        "members",
        "tories",
        "leavers",
        "remainers",
        "partisans",
        "base",
        "those",
    ]
)
_MAIN_MODS = re.compile(
    r"\b(?:likely|registered|eligible|primary|general|self-described|self-identified)\b", re.I
)
_LABEL_WORDS = frozenset(
    [
        "approve",
        "disapprove",
        "yes",
        "no",
        "support",
        "oppose",
        "agree",
        "disagree",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
        "right",
        "wrong",
        "direction",
        "track",
        "satisfied",
        "dissatisfied",
        "strongly",
        "somewhat",
        "total",
        "net",
        "don't",
        "dont",
        "unsure",
        "undecided",
        "other",
        "none",
        "neither",
        "both",
    ]
)
_VERB_TOPIC = re.compile(
    r"^(?:support|oppose|favor|approve|disapprove|prefer|want|trust|back|reject|agree|disagree|"
    r"expect|like|dislike|fear|worry)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _SentenceFigs:
    index: int
    sentence: Sentence
    cands: list[int]


class RuleExtractor:
    """Offline, explainable poll-figure extractor. ``extract(text)`` never raises on text input."""

    def extract(self, text: str) -> Extraction:
        if not text:
            return Extraction()
        cands = find_candidates(text)
        mentions = meta.pollster_mentions(text)
        poll_meta = meta.poll_meta(text, mentions)
        if not cands:
            return Extraction(meta=poll_meta)
        sents = split_sentences(text)
        pctx = filters.passage_context(text)
        by_sentence = _assign(cands, sents)
        if not pctx.poll_evidence and _any_strong_figure(text, cands, by_sentence, pctx):
            # A passage with no poll word but "45% of Americans think ..." still reports a poll.
            pctx = filters.PassageContext(poll_evidence=True)
        drafts: list[Draft] = []
        main_candidates: list[tuple[int, str]] = []
        for sf in by_sentence:
            if len(sf.cands) > MAX_CANDIDATES_PER_SENTENCE or len(drafts) >= MAX_FIGURES:
                continue
            drafts.extend(self._sentence_figures(text, cands, sf, pctx, main_candidates))
        if not drafts:
            return Extraction(meta=poll_meta)
        size = meta.sample_size(text)
        sample_pop = _sample_population(text)
        if sample_pop is not None and size is not None:
            main_candidates.append((size[1], sample_pop))
        elif sample_pop is not None:
            main_candidates.append((0, sample_pop))
        main = _main_population(main_candidates) or _universe(text)
        self._label_sentences(text, sents, drafts, main, mentions, poll_meta.pollster)
        assign_groups(drafts)
        figures, groups = build(text, drafts, [(s.start, s.end) for s in sents])
        return Extraction(figures=figures, groups=groups, meta=poll_meta)

    # -- step 2 + labels per figure -------------------------------------------------------------

    def _sentence_figures(
        self,
        text: str,
        cands: list[Candidate],
        sf: _SentenceFigs,
        pctx: filters.PassageContext,
        main_candidates: list[tuple[int, str]],
    ) -> list[Draft]:
        s = sf.sentence
        sentence = text[s.start : s.end]
        sctx = filters.sentence_context(sentence)
        name_items: set[int] = set()
        if pctx.poll_evidence and not (sctx.election or sctx.econ):
            bare = sum(1 for i in sf.cands if not cands[i].marked and cands[i].partner is None)
            if bare >= 2:
                name_items = {a for a, _, _ in filters.name_number_lists(text, s.start, s.end)}
        out: list[Draft] = []
        prev_pop: str | None = None
        for i in sf.cands:
            c = cands[i]
            reason = filters.reject_reason(text, cands, i, s.start, s.end, sctx, pctx)
            if reason == "bare number" and c.start in name_items and c.partner is None:
                reason = None
            right = text[c.mark_end : min(s.end, c.mark_end + filters.WINDOW)]
            if reason is not None:
                if c.marked:
                    pop = labels.of_population(right)
                    if pop is not None and not labels.is_generic(pop) and _is_main_like(pop):
                        main_candidates.append((c.start, pop))
                continue
            left = text[max(s.start, c.start - filters.WINDOW) : c.start]
            d = Draft(value=c.value, start=c.start, end=c.end, sentence=sf.index, headline=s.headline)
            d.when = waves.wave_of(text, cands, i, s.start, s.end)
            pop = self._population(text, c, s, left, right, prev_pop)
            comma = labels.comma_label(left, right)
            if comma is not None and comma[0] == "answer":
                d.answer, d.name_answer = comma[1], True
            if pop is None and comma is not None and comma[0] == "pop":
                pop = comma[1]
            if pop is not None:
                if labels.is_generic(pop):
                    d.population = pop
                else:
                    d.population, d.explicit_pop = pop, True
                    prev_pop = pop
                    if _is_main_like(pop):
                        main_candidates.append((c.start, pop))
            if not d.answer:
                self._answer(text, cands, i, s, left, right, d)
            out.append(d)
        _complete_pair_answers(out)
        return out

    def _population(
        self, text: str, c: Candidate, s: Sentence, left: str, right: str, prev_pop: str | None
    ) -> str | None:
        right_pop = labels.of_population(right)
        if right_pop is not None:
            return right_pop
        paren = labels.paren_population(left, right)
        if paren is not None:
            return paren
        comma = labels.comma_label(left, right)
        if comma is not None:
            return comma[1] if comma[0] == "pop" else None
        sent_left = text[s.start : c.start]
        among = None
        for m in _AMONG.finditer(sent_left):
            among = m
        if among is not None:
            found = labels.population_in(among.group("chunk"), prefer_last=False)
            if found is not None:
                return found[0]
        m = _FOR_START.match(text, s.start, s.end)
        if m is not None and m.end() <= c.start:
            found = labels.population_in(m.group("chunk"), prefer_last=False)
            if found is not None:
                return found[0]
        chunk = labels._left_chunk(left)
        found = labels.population_in(chunk, prefer_last=True)
        if found is not None:
            return found[0]
        if prev_pop is not None:
            return prev_pop
        found = labels.population_in(sent_left, prefer_last=True)
        if found is not None:
            return found[0]
        return None

    def _answer(
        self, text: str, cands: list[Candidate], i: int, s: Sentence, left: str, right: str, d: Draft
    ) -> None:
        c = cands[i]
        partner = cands[c.partner] if c.partner is not None else None
        if partner is not None:
            first = c if c.first else partner
            second = partner if c.first else c
            after = text[second.mark_end : min(s.end, second.mark_end + 80)]
            m = re.match(
                r"[ \t]*\)?[ \t]*(?:in\s+favou?r\s+of|for|backing|supporting)\s+(?P<x>[^,;.()]{2,80})", after
            )
            if m is not None:
                target = labels.trailing_name(m.group("x")) or labels._clean(m.group("x"))
                target = " ".join(target.split()[:6])
                d.answer = target if c is first else "other"
                d.name_answer = True
                return
            fleft = text[max(s.start, first.start - 100) : first.start]
            names = re.findall(
                r"\b(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)", labels._left_chunk(fleft) or fleft
            )
            names = [n for n in names if labels.trailing_name(n) is not None]
            if len(names) >= 2:
                a = labels.trailing_name(names[-2]) or names[-2]
                b = labels.trailing_name(names[-1]) or names[-1]
                d.answer = a if c is first else b
                d.name_answer = True
                return
        name = labels.name_answer(left)
        if name is not None and name.lower() not in _LABEL_WORDS:
            d.answer, d.name_answer = name, True
            return
        if name is not None:
            d.answer = name.lower()
            return
        vp = (
            labels.verb_phrase(right)
            if (partner is None or not c.first)
            else labels.verb_phrase(text[partner.mark_end : min(s.end, partner.mark_end + filters.WINDOW)])
        )
        answer, statement = labels.normalise_answer(vp)
        if answer in ("", "support") or re.match(r"^(?:at|with)\b", left[-6:].strip() or "x") is not None:
            subj = _clause_subject(left)
            if subj is not None and (not answer or answer == "support"):
                d.answer, d.name_answer = subj, True
                return
        d.answer, d.statement = answer, statement

    # -- step 3: questions, populations by inheritance --------------------------------------------

    def _label_sentences(
        self,
        text: str,
        sents: list[Sentence],
        drafts: list[Draft],
        main: str,
        mentions: list[tuple[int, str]],
        main_pollster: str | None,
    ) -> None:
        by_sent: dict[int, list[Draft]] = {}
        for d in drafts:
            by_sent.setdefault(d.sentence, []).append(d)
        q_ids: dict[str, int] = {}
        current: tuple[str, int] | None = None
        current_pops: set[str] = set()
        has_figs = set(by_sent)
        horse_q: str | None = None
        counter = 0

        def new_q(q: str, reuse: bool = False) -> tuple[str, int]:
            nonlocal counter
            if reuse and q in q_ids:
                return q, q_ids[q]
            counter += 1
            q_ids[q] = counter
            return q, counter

        for si in sorted(by_sent):
            figs = by_sent[si]
            s = sents[si]
            sentence = text[s.start : s.end]
            for d in figs:
                if not d.population or (labels.is_generic(d.population) and not d.explicit_pop):
                    d.population = main
                d.pollster = meta.pollster_at(mentions, d.start, s.start, s.end) or main_pollster
            explicit = questions.asked_question(sentence) or questions.quoted_question(sentence)
            if explicit is None and si > 0 and (si - 1) not in has_figs:
                prev = text[sents[si - 1].start : sents[si - 1].end]
                explicit = questions.question_sentence(prev) or questions.quoted_question(prev)
            pops_here = {d.population.lower() for d in figs}
            names = [d for d in figs if d.name_answer]
            horse = bool(names) and explicit is None
            derived = next((labels.yes_no_question(d.statement) for d in figs if d.statement), None) or next(
                (
                    labels._q(f"Do you {d.answer}")
                    for d in figs
                    if _VERB_TOPIC.match(d.answer) and len(d.answer.split()) >= 2
                ),
                None,
            )
            if explicit is not None:
                q = new_q(explicit)
            elif horse:
                horse_q = horse_q or questions.horse_race_question(text)
                q = new_q(horse_q, reuse=True)
            elif current is not None and (
                _CONTINUE.search(sentence)
                or (not (pops_here & current_pops) and derived is None)
                or _FOR_START.match(sentence)
            ):
                q = current
            elif derived is not None:
                q = new_q(derived)
            elif current is not None and not (pops_here & current_pops):
                q = current
            else:
                q = new_q(_fallback_question(sentence))
            if q != current:
                current_pops = set()
            current = q
            current_pops |= pops_here
            for d in figs:
                d.question, d.question_id = q
                if d.statement and q[0] != labels.yes_no_question(d.statement) and explicit is None:
                    # A different statement in the same sentence is a different question.
                    own = labels.yes_no_question(d.statement)
                    d.question, d.question_id = new_q(own, reuse=True)
        _complete_answers(drafts)


def _assign(cands: list[Candidate], sents: list[Sentence]) -> list[_SentenceFigs]:
    """Candidates per sentence (two-pointer walk; both lists are in text order)."""
    out: list[_SentenceFigs] = []
    j = 0
    for si, s in enumerate(sents):
        idx: list[int] = []
        while j < len(cands) and cands[j].start < s.start:
            j += 1
        while j < len(cands) and cands[j].end <= s.end:
            idx.append(j)
            j += 1
        if idx:
            out.append(_SentenceFigs(si, s, idx))
    return out


def _any_strong_figure(
    text: str, cands: list[Candidate], by_sentence: list[_SentenceFigs], pctx: filters.PassageContext
) -> bool:
    for sf in by_sentence:
        if len(sf.cands) > MAX_CANDIDATES_PER_SENTENCE:
            continue
        s = sf.sentence
        sctx = filters.sentence_context(text[s.start : s.end])
        for i in sf.cands:
            if cands[i].marked and filters.reject_reason(text, cands, i, s.start, s.end, sctx, pctx) is None:
                return True
    return False


def _is_main_like(pop: str) -> bool:
    """Whether a population can be the poll's universe (not a crosstab subgroup such as "Democrats")."""
    words = pop.lower().split()
    if not words:
        return False
    head = words[-1]
    if head in _SUBGROUP_HEADS and not _MAIN_MODS.search(pop):
        return False
    if head == "voters" and any(w[0].isupper() for w in pop.split()[:-1]) and not _MAIN_MODS.search(pop):
        return False
    return len(words) <= 6 and not re.search(r"\b(?:who|that|under|over|aged|than)\b", pop)


def _main_population(cands: list[tuple[int, str]]) -> str | None:
    if not cands:
        return None
    return min(cands, key=lambda x: x[0])[1]


_SAMPLE_POP = re.compile(
    r"\b(?:poll(?:ed|ing)?|survey(?:ed)?|interview(?:ed|s)?|sample|questioned)\s+(?:of\s+|with\s+)?"
    r"(?:among\s+)?(?:a\s+)?(?:random\s+|representative\s+|national\s+)*(?:sample\s+of\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?P<pop>[^,;:.()]{3,80})",
    re.IGNORECASE,
)
_SURVEY_AMONG = re.compile(
    r"\b(?:poll|survey|sample)\s+(?:\w+\s+){0,3}?(?:among|of)\s+(?P<pop>[^,;:.()\d]{3,60})", re.IGNORECASE
)


def _sample_population(text: str) -> str | None:
    """The universe in a sample description: "poll 2,000 self-described Republicans"."""
    for rx in (_SAMPLE_POP, _SURVEY_AMONG):
        m = rx.search(text)
        if m is not None:
            found = labels.population_in(m.group("pop"), prefer_last=False)
            if found is not None and found[1] < 30:
                return found[0]
    return None


def _universe(text: str) -> str:
    """A population from the passage's country when it names none: "Americans", "Britons", ..."""
    for word in ("Americans", "Britons", "Canadians", "Australians"):
        if re.search(rf"\b{word}\b", text):
            return word
    if re.search(r"\bvoters\b", text):
        return "voters"
    for rx, name in COUNTRY_UNIVERSE:
        if rx.search(text):
            return name
    return "respondents"


_CAPSEQ = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|du|de|van))*")


def _clause_subject(left: str) -> str | None:
    """First name in the clause before a figure: "Gingrich has leapfrogged Cain ... with 19%"."""
    chunk = re.split(r"[;,]|\bwhile\b|\bbut\b|\bwhereas\b", left)[-1]
    for m in _CAPSEQ.finditer(chunk):
        name = labels.trailing_name(m.group(0))
        if name is not None and name.lower() not in _LABEL_WORDS:
            return name
    return None


def _complete_pair_answers(figs: list[Draft]) -> None:
    """Bare opposite verbs take the object of their sibling: "support negotiations ... are opposed"."""
    objects = {}
    for d in figs:
        parts = d.answer.split(maxsplit=1)
        if len(parts) == 2 and parts[0] in ("support", "oppose", "favor", "approve", "disapprove"):
            objects[parts[0]] = parts[1]
    if not objects:
        return
    obj = next(iter(objects.values()))
    for d in figs:
        if d.answer in ("support", "oppose", "favor", "approve", "disapprove"):
            d.answer = f"{d.answer} {obj}"


def _complete_answers(drafts: list[Draft]) -> None:
    by_q: dict[int, list[Draft]] = {}
    for d in drafts:
        by_q.setdefault(d.question_id, []).append(d)
    for figs in by_q.values():
        _complete_pair_answers(figs)


def _fallback_question(sentence: str) -> str:
    """A last-resort question: the sentence's words without its numbers, shortened."""
    s = re.sub(r"\(?\b\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent)\)?", "", sentence)
    s = re.sub(r"\s+", " ", s).strip(" ,.;:")
    words = s.split()[:14]
    return labels._q("What about: " + " ".join(words)) if words else "What did respondents say?"
