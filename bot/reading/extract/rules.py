"""The rule-based extractor: candidate numbers -> poll figures -> labels -> groups.

Pipeline (each step in its own module):

1. :mod:`numbers` finds every number and its percent marker / pair partner;
2. :mod:`sentences` splits the text; :mod:`filters` keeps the numbers that are poll percentages;
3. :mod:`labels` reads population and answer around each figure (the per-figure steps are
   :class:`RuleExtractor`'s own, below); :mod:`populations` names the poll's universe from the
   whole text; :mod:`questions` finds a question the text asks, :mod:`inference` infers one where
   it asks none, and the sentence-level logic below picks which governs each sentence;
   :mod:`answers` completes answers across a question's figures; :mod:`waves` spots earlier-wave
   comparisons;
4. :mod:`grouping` groups by (question, population, wave); :mod:`meta` reads pollster/sample/MoE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Extraction
from bot.reading.extract import (
    answers,
    filters,
    inference,
    labels,
    meta,
    populations,
    questions,
    tables,
    waves,
)
from bot.reading.extract.gates import Guarded, contains_any, ends_with_label, ends_with_word
from bot.reading.extract.grouping import Draft, assign_groups, build, pop_key
from bot.reading.extract.label_cues import PARTY_OPTIONS, PARTY_PEOPLE
from bot.reading.extract.memo import text_scope
from bot.reading.extract.numbers import Candidate, find_candidates
from bot.reading.extract.sentences import Sentence, split_sentences
from bot.reading.extract.vocab import CAPSEQ, LABEL_WORDS

# Sentences with more candidates than this are number dumps, not prose: skipped to keep time linear.
MAX_CANDIDATES_PER_SENTENCE = 150
MAX_FIGURES = 2000

_AMONG = re.compile(r"\bamong\s+(?P<chunk>[^,;:()]{2,90})", re.IGNORECASE)
_FOR_START = re.compile(r"^\s*(?:And\s+)?(?:For|Among)\s+(?P<chunk>[^,;:()]{2,90}),", re.IGNORECASE)


_PAIR_RATING = re.compile(
    r"[ \t]*(?:percent|per\s?cent|%)?[ \t]*(?:(?:job[ \t]+)?(?P<k>approval|favou?rability)[ \t]+)?rating\b",
    re.IGNORECASE,
)
_BY_END = re.compile(r"\bby\s*$", re.IGNORECASE)
_BY_PAIR_COMMA = re.compile(r"[ \t]*(?:percent|per\s?cent|%)?[ \t]*,\s*(?P<rest>.*)", re.IGNORECASE)
_AMONG_AFTER = re.compile(
    r"[ \t]*(?:percent|per\s?cent|%)?[ \t]*,?[ \t]*among[ \t]+(?P<chunk>[^,;:.()]{2,80})", re.IGNORECASE
)
_OPTION_SHARES = re.compile(
    r"(?:\b[A-Z][\w.'’-]*\s+){1,4}(?:at|on)\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)"
)
_OPTION_BEFORE = Guarded(re.compile(r"(?:\b[A-Z][\w.'’-]*\s+){1,4}(?:at|on)\s*$"), ends_with_word("at", "on"))
_LEADER_BEFORE_PAIR = re.compile(
    r"\b(?:\w+ly\s+)?(?:ahead|leads?|leading|in\s+front|on\s+top|up)\b[^.;:]{0,24}$", re.IGNORECASE
)
_STANCE_BEFORE_PAIR = re.compile(
    r"\b(?P<v>back(?:ed|s)?|support(?:ed|s)?|favou?r(?:ed|s)?|approve[ds]?|oppose[ds]?|reject(?:ed|s)?)\b"
    r"(?:\s+(?!(?:over|versus|vs|against)\b)[\w'’-]+){0,4}\s*(?:,\s*)?(?:by\s+(?:a\s+)?)?$",
    re.IGNORECASE,
)
_POSSESSIVE_SHARE = Guarded(
    re.compile(
        r"(?<![\w'’])(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*?)['’]s?\s+"
        r"(?:share(?:\s+of\s+the\s+(?:vote|poll))?|vote\s+share|(?:primary\s+)?vote|tally|standing|"
        r"(?:[\w-]+\s+)?lead)\b"
        r"[^%.;()]{0,40}$"
    ),
    contains_any("share", "tally", "standing", "vote", "lead"),
)
_HORSE_LEFT = Guarded(
    re.compile(
        r"\b(?:with|at|had|has|have|holds|held|wins|won|leads|led|carries|carried|drew|draws|took|takes|gets|got|received|garnered|earned|polled|polls|"
        r"stands\s+at|sits\s+at|came\s+in\s+at|finished\s+with|scored)\s*$",
        re.IGNORECASE,
    ),
    ends_with_word(
        *[
            "with",
            "at",
            "had",
            "has",
            "have",
            "holds",
            "held",
            "wins",
            "won",
            "leads",
            "led",
            "carries",
            "carried",
            "drew",
            "draws",
            "took",
            "takes",
            "gets",
            "got",
            "received",
            "garnered",
            "earned",
            "polled",
            "polls",
            "scored",
        ]
    ),
)
_WHERE = re.compile(
    r"[ \t]*\)?[ \t]*in\s+(?:the\s+)?(?P<p>(?:\d+(?:st|nd|rd|th)\s+)(?:congressional\s+)?district|"
    r"(?:Northeast|Northwest|Southeast|Southwest|Midwest|South|West|East|North|Scotland|Wales|London|"
    r"Quebec|Ontario|Alberta|British Columbia)\b)"
)
_NS_LEFT = Guarded(
    re.compile(
        r"\b(not\s+sure|don['’]t\s+know|undecided|no\s+opinion|unsure|refused)\s*:?\s*(?:\d[\d,]*\s+)?$",
        re.IGNORECASE,
    ),
    contains_any("sure", "know", "undecided", "opinion", "refused"),
)
_MORE_LIKELY = re.compile(
    r"\b(?:more|less)\s+likely\b.*?\bto\s+(?P<vp>[^.,;:]{3,80}(?=[\s.,;:]|$))", re.IGNORECASE
)  # the lookahead ends the phrase at a word's end, not 80 characters into one
_RATING_LEFT = Guarded(
    re.compile(
        r"\b(approval|disapproval|favou?rability|unfavou?rability|(?:dis)?satisfaction|"
        r"(?:un)?favou?rable(?=\s+(?:number|rating|score)))\b"
        r"(?:\s+(?:rating|number|score)s?)?"
        r"(?:\s+(?:of|for|among)(?:\s+[\w'’.-]+){1,5}?)?(?:\s+(?:has|have|had))?"
        r"(?:\s+(?:stands|stood|is|was|at|of|to|rose|risen|fell|fallen|slipped|climbed|sits|remains|hit|hits|dropped|slid|"
        r"edged|up|down|climbs|rises|falls|slips|jumps|reaches|reached|grows|grew|sinks|sank|improved|"
        r"improves|worsened|worsens|went|gone|moved|"
        # the move's size read past ("Her disapproval rating fell 4 points, to 33 percent")
        r"\d+(?:\.\d+)?\s+(?:percentage\s+)?points?,?))*\s*$",
        re.IGNORECASE,
    ),
    contains_any("approval", "rability", "rable", "satisfaction"),
)
_SUPPORT_FOR_LEFT = Guarded(
    re.compile(
        r"\b(?P<w>[Ss]upport|[Oo]pposition)\s+(?:for|to)\s+(?P<x>[^,;:.()%]{3,80}?)\s+(?:stands|stood|is|was|sits|sat|"
        r"hit|hits|reached|reaches|rose|rises|fell|falls|climbed|climbs|dropped|remains|remained|comes\s+in)"
        r"(?:\s+(?:at|to|near|around|about|roughly|just))*\s*$"
    ),
    contains_any("support", "opposition"),
)
_VIEWED_BY = Guarded(
    re.compile(r"\b((?:un)?favou?rably)\s+by\s*$", re.IGNORECASE), contains_any("favorably", "favourably")
)
# A rating told in the passive before its figure: "<Name> approved of by 52 per cent", "backed by 41%".
_PASSIVE_BY = Guarded(
    re.compile(
        r"\b(?P<v>(?:dis)?approved\s+of|supported|backed|opposed)\s+by\s+(?:(?:just|only|some|nearly|almost|"
        r"about|around|roughly)\s+)?$",
        re.IGNORECASE,
    ),
    contains_any("approved", "supported", "backed", "opposed"),
)
_PASSIVE_ANSWER = {
    "approved of": "approve",
    "disapproved of": "disapprove",
    "supported": "support",
    "backed": "support",
    "opposed": "oppose",
}
_OTHER_SIDE = {
    "favorable": "unfavorable",
    "favourable": "unfavourable",
    "approve": "disapprove",
    "satisfied": "dissatisfied",
}
_COMPARED_VP = re.compile(
    r"^(?:are|were|is|was|remain|remained)?\s*(?:far\s+|much\s+|somewhat\s+|slightly\s+|significantly\s+)?"
    r"(?:more|less)\s+\w+\s+than\b",
    re.IGNORECASE,
)
_RATING_ANSWER = {
    "satisfaction": "satisfied",
    "dissatisfaction": "dissatisfied",
    "favorable": "favorable",
    "unfavorable": "unfavorable",
    "favourable": "favourable",
    "unfavourable": "unfavourable",
    "approval": "approve",
    "disapproval": "disapprove",
    "favorability": "favorable",
    "favourability": "favourable",
    "unfavorability": "unfavorable",
    "unfavourability": "unfavourable",
}
_LABEL_LEFT = re.compile(r"(?:\b(?:strongly|somewhat|total|net)\s+)?\b([A-Za-z']+)\s*:?\s*$", re.IGNORECASE)
_LABEL_GATE = ends_with_label(LABEL_WORDS)  # _LABEL_LEFT only counts when its word is a label word
_PAIR_FOR = re.compile(
    r"[ \t]*\)?[ \t]*(?:in\s+favou?r\s+of|for|backing|supporting)\s+(?P<x>[^,;.()]{2,80})", re.IGNORECASE
)


_MARGIN_REST = re.compile(r"[ \t]*(?:percent\s+|per\s?cent\s+|%\s*)?(?:margin|split),?\s*(?P<rest>.*)", re.I)
_IN_THE_POLL = re.compile(r"^\s*(?:in|from)\s+(?:the|a|this)\s+[^,;]{0,40}?\b(?:poll|survey)\b", re.I)


_THOSE_ELLIPSIS = re.compile(
    r"^those\s+(?:aged\s+|under\s+|over\s+|\d|who\s+(?:do|did|does|are|were|have|had)(?:\s+not|n['’]t)\b)",
    re.I,
)


@dataclass(slots=True)
class _SentenceFigs:
    index: int
    sentence: Sentence
    cands: list[int]


# What may stand between a row's label and its figure: "SNP 44%", "Labour: 31", "Greens - 6".
_ROW_LABEL_GAP = re.compile(r"[ \t]*[:–-]?[ \t]*(?:\d|$)")


def _party_row_label(chunk: str, found: tuple[str, int, int]) -> bool:
    """Whether the population found in ``chunk`` is a party's name that labels a figure of its own
    ("Liberal Democrats 6%", "CONSERVATIVES 24%", read as "CONSERVATIVES 24"): the party is an answer
    option, not who was asked. The partisan people words ("Democrats 82%" in a crosstab) stay
    populations."""
    text, _, end = found
    m = _ROW_LABEL_GAP.search(text)
    name = text[: m.start()] if m is not None and m.group().strip() else text
    low = name.lower()
    if low not in PARTY_OPTIONS or low in PARTY_PEOPLE:
        return False
    return name != text or _ROW_LABEL_GAP.match(chunk, end) is not None


class RuleExtractor:
    """Offline, explainable poll-figure extractor. ``extract(text)`` never raises on text input."""

    def extract(self, text: str, candidates: list[Candidate] | None = None) -> Extraction:
        """The rules' reading of ``text``; ``candidates`` may pass in its numbers when already found."""
        if not text:
            return Extraction()
        with text_scope():
            return self._extract(text, find_candidates(text) if candidates is None else candidates)

    def _extract(self, text: str, cands: list[Candidate]) -> Extraction:
        mentions = meta.pollster_mentions(text)
        poll_meta = meta.poll_meta(text, mentions)
        if not cands:
            return Extraction(meta=poll_meta)
        sents = split_sentences(text)
        pctx = filters.passage_context(text, has_pollster=bool(mentions))
        by_sentence = _assign(cands, sents)
        cells = tables.table_cells(text)
        if not pctx.poll_evidence and _any_strong_figure(text, cands, by_sentence, pctx, mentions):
            # A passage with no poll word but "45% of Americans think ..." still reports a poll.
            pctx = filters.PassageContext(poll_evidence=True)
        drafts: list[Draft] = []
        main_candidates: list[tuple[int, str]] = []
        seen: dict[tuple[object, ...], tuple[list[Draft], list[tuple[int, str]]]] = {}
        for sf in by_sentence:
            if len(sf.cands) > MAX_CANDIDATES_PER_SENTENCE or len(drafts) >= MAX_FIGURES:
                continue
            drafts.extend(
                self._sentence_figures_once(text, cands, sf, pctx, main_candidates, mentions, cells, seen)
            )
        if not drafts:
            return Extraction(meta=poll_meta)
        sample_pop = populations.sample_population(text)
        if sample_pop is not None:
            # The sample description ("Opinium surveyed 2,050 UK adults") says who was polled; it wins
            # over a population the figures mention first ("22 per cent of voters approve").
            main_candidates.append((-1, sample_pop))
        main_candidates.extend(populations.ratio_populations(text))
        main = populations.demonym_adults(
            populations.main_population(main_candidates) or populations.universe(text), text
        )
        for d in drafts:
            if d.population.lower() == "adults":
                # "64% of adults" in a poll of Ohioans names the same universe: "adult Ohioans".
                d.population = populations.demonym_adults(d.population, text)
        populations.fuller_mentions(drafts, main)
        self._label_sentences(text, sents, drafts, main, mentions, poll_meta.pollster)
        answers.full_names(text, drafts)
        for d in drafts:
            d.population = labels.tidy_population(d.population)
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
        mentions: list[tuple[int, str]],
        cells: dict[int, tables.TableCell],
    ) -> list[Draft]:
        s = sf.sentence
        sentence = text[s.start : s.end]
        if cells and pctx.poll_evidence and any(cands[i].start in cells for i in sf.cands):
            return _table_figures(cands, sf, cells)
        if all(not cands[i].marked and cands[i].partner is None for i in sf.cands) and len(sf.cands) < 2:
            return []  # a lone bare number (a year, a count) is never a figure
        sctx = filters.sentence_context(sentence, _named_in(mentions, s))
        name_items: dict[int, str] = {}
        name_of: dict[int, str] = {}
        if pctx.poll_evidence and not (sctx.election or sctx.econ):
            bare = sum(1 for i in sf.cands if not cands[i].marked and cands[i].partner is None)
            if bare >= 2:
                name_items = {a: n for a, _, n in filters.name_number_lists(text, s.start, s.end)}
        out: list[Draft] = []
        prev_pop: str | None = None
        for i in sf.cands:
            c = cands[i]
            reason = filters.reject_reason(text, cands, i, s.start, s.end, sctx, pctx)
            if reason == "bare number" and c.start in name_items and c.partner is None:
                reason = None
                name_of[c.start] = name_items[c.start]
            right = text[c.mark_end : min(s.end, c.mark_end + filters.WINDOW)]
            if reason is not None:
                if c.marked:
                    pop = labels.of_population(right)
                    if pop is not None and not labels.is_generic(pop) and populations.is_main_like(pop):
                        main_candidates.append((c.start, pop))
                continue
            left = text[max(s.start, c.start - filters.WINDOW) : c.start]
            d = Draft(value=c.value, start=c.start, end=c.end, sentence=sf.index, headline=s.headline)
            d.when = waves.wave_of(text, cands, i, s.start, s.end)
            trail = right
            if c.partner is not None and c.first:
                later = cands[c.partner]
                trail = text[later.mark_end : min(s.end, later.mark_end + filters.WINDOW)]
            pop = self._population(text, c, s, left, right, prev_pop, trail)
            comma = labels.comma_label(left, right)
            if comma is not None and comma[0] == "answer":
                d.answer, d.name_answer = comma[1], True
            if pop is None and comma is not None and comma[0] == "pop":
                pop = comma[1]
            if pop is not None and prev_pop is not None and _THOSE_ELLIPSIS.match(pop):
                head = labels.head_noun(prev_pop)
                if head is not None:
                    pop = f"{head} {pop[len('those ') :]}"  # "those 65 and older" -> "Americans 65 and older"
            if pop is not None:
                if labels.is_generic(pop):
                    d.population = pop
                else:
                    d.population, d.explicit_pop = pop, True
                    prev_pop = pop
                    if populations.is_main_like(pop):
                        main_candidates.append((c.start, pop))
            if not d.answer and c.start in name_of:
                named = labels.trailing_name(name_of[c.start])
                if named is not None:
                    d.answer, d.name_answer = named, True  # "Harmon 48, Delgado 44": a list item's name
            if not d.answer:
                self._answer(text, cands, i, s, left, right, d)
            out.append(d)
        answers.repeat_pair_answers(out, cands, sf.cands)
        if out and not any(d.answer for d in out):
            m = _MORE_LIKELY.search(sentence)
            if m is not None:
                vp = _without_dangling_end(m.group("vp"))
                answer, statement = labels.normalise_answer(vp)
                for d in out:
                    d.answer, d.statement, d.vp = answer, statement, vp
        prev: Draft | None = None
        for d in out:
            if (d.when and prev is not None and (not d.answer or d.answer == prev.answer)) or (
                d.when and prev is not None and not d.vp
            ):
                d.answer, d.name_answer = prev.answer, prev.name_answer
                if not prev.when and prev.population != d.population:
                    # "71% support banning students ..., up from 68% last fall": the earlier wave asked
                    # the same people, not the "students" of the answer's words.
                    d.population, d.explicit_pop = prev.population, prev.explicit_pop
            prev = d
        answers.complete_pair_answers(out)
        return out

    def _sentence_figures_once(
        self,
        text: str,
        cands: list[Candidate],
        sf: _SentenceFigs,
        pctx: filters.PassageContext,
        main_candidates: list[tuple[int, str]],
        mentions: list[tuple[int, str]],
        cells: dict[int, tables.TableCell],
        seen: dict[tuple[object, ...], tuple[list[Draft], list[tuple[int, str]]]],
    ) -> list[Draft]:
        """``_sentence_figures``, computed once per distinct sentence of this text.

        Step 2 and the per-figure labels read only the sentence itself (every window is clipped to
        it), its numbers, the character before it (anchors and lookbehinds), whether a pollster is
        named in it and the passage's poll evidence; a repeated sentence with the same of all of
        these gets copies of the first one's drafts, shifted to its offsets. Sentences with table
        cells or a number paired across the sentence boundary are always computed.
        """
        s = sf.sentence
        base = s.start
        first = sf.cands[0]
        desc: list[tuple[object, ...]] = []
        for i in sf.cands:
            c = cands[i]
            if c.partner is not None and not (first <= c.partner <= sf.cands[-1]):
                return self._sentence_figures(text, cands, sf, pctx, main_candidates, mentions, cells)
            if c.start in cells:
                return self._sentence_figures(text, cands, sf, pctx, main_candidates, mentions, cells)
            partner = None if c.partner is None else c.partner - first
            desc.append(
                (
                    c.value,
                    c.start - base,
                    c.end - base,
                    c.mark_end - base,
                    c.marked,
                    c.spelled,
                    c.first,
                    partner,
                )
            )
        key = (
            text[s.start : s.end],
            text[max(0, s.start - 1) : s.start],
            s.headline,
            pctx.poll_evidence,
            _named_in(mentions, s),
            tuple(desc),
        )
        got = seen.get(key)
        if got is None:
            local: list[tuple[int, str]] = []
            out = self._sentence_figures(text, cands, sf, pctx, local, mentions, cells)
            got = ([d.moved(-base, d.sentence) for d in out], [(pos - base, pop) for pos, pop in local])
            seen[key] = got
            main_candidates.extend(local)
            return out
        main_candidates.extend((pos + base, pop) for pos, pop in got[1])
        return [d.moved(base, sf.index) for d in got[0]]

    def _population(
        self,
        text: str,
        c: Candidate,
        s: Sentence,
        left: str,
        right: str,
        prev_pop: str | None,
        trail: str = "",
    ) -> str | None:
        right_pop = labels.of_population(right)
        if right_pop is not None:
            if re.match(r"[ \t]*\)?[ \t]*of\s+(?:the\s+)?(?:\d{1,3}(?:,\d{3})+|\d{2,})\s", right):
                return "respondents"  # "4% of the 374 likely voters interviewed": the whole sample
            return right_pop
        where = _WHERE.match(right)
        if where is not None:
            return where.group("p")
        after = _AMONG_AFTER.match(trail)
        if after is not None:
            # "she leads 58 percent to 31 percent among voters under 35"
            found = labels.population_in(after.group("chunk"), prefer_last=False)
            if found is not None and found[1] <= 2:
                return found[0]
        paren = labels.paren_population(left, right)
        if paren is not None:
            return paren
        comma = labels.comma_label(left, right)
        if comma is not None:
            return comma[1] if comma[0] == "pop" else None
        sent_left = text[s.start : c.start]
        among: re.Match[str] | None = None
        for am in _AMONG.finditer(sent_left):
            among = am
        if among is not None:
            found = labels.population_in(among.group("chunk"), prefer_last=False)
            if found is not None:
                return found[0]
        m = _FOR_START.match(text, s.start, s.end)
        if m is not None and m.end() <= c.start:
            found = labels.population_in(m.group("chunk"), prefer_last=False)
            if found is not None:
                return found[0]
        option = _OPTION_BEFORE.search(left)
        if option is not None:
            # "puts Democrats at 44%", "the Liberal Democrats on 12 per cent": a party or person given
            # a share is an option, not who was asked; look before it.
            cut = len(left) - option.start()
            left, sent_left = left[: len(left) - cut], sent_left[: len(sent_left) - cut]
        chunk = labels._left_chunk(left)
        found = labels.population_in(chunk, prefer_last=True)
        if found is not None and not _party_row_label(chunk, found):
            return found[0]
        clause = sent_left.rpartition(";")[2]
        if clause is not sent_left:
            # "Renters backed it 74 to 19 percent; homeowners were closer, 53 to 38 percent": a clause
            # after a semicolon names its own people before the earlier figure's carry over.
            found = labels.population_in(clause, prefer_last=True)
            if found is not None:
                return found[0]
        if prev_pop is not None:
            return prev_pop
        rest = _OPTION_SHARES.sub(" ", sent_left)
        found = labels.population_in(rest, prefer_last=True)
        if found is not None and not _party_row_label(rest, found):
            return found[0]
        return None

    def _answer(
        self, text: str, cands: list[Candidate], i: int, s: Sentence, left: str, right: str, d: Draft
    ) -> None:
        c = cands[i]
        partner = cands[c.partner] if c.partner is not None else None
        if partner is not None and self._pair_answer(text, c, partner, s, d):
            return
        title_case = s.headline and _is_title_case(text[s.start : s.end])
        backing = _SUPPORT_FOR_LEFT.search(left)
        if backing is not None:
            # "Support for banning AR-15-style rifles stands at 49%": support, and what is supported.
            oppose = backing.group("w").lower().startswith("oppos")
            d.answer = "oppose" if oppose else "support"
            d.vp = f"{d.answer} {backing.group('x')}"
            return
        fav = _VIEWED_BY.search(left)
        if fav is not None:
            # "is viewed favorably by 38% and unfavorably by 49%"
            d.answer = "unfavorable" if fav.group(1).lower().startswith("un") else "favorable"
            return
        passive = _PASSIVE_BY.search(left)
        if passive is not None:
            d.answer = _PASSIVE_ANSWER[re.sub(r"\s+", " ", passive.group("v").lower())]
            return
        pair_left = left
        if partner is not None and not c.first:
            pair_left = text[max(s.start, partner.start - filters.WINDOW) : partner.start]
        rating = _RATING_LEFT.search(pair_left)
        if rating is not None:
            d.answer = _RATING_ANSWER[rating.group(1).lower()]
            if partner is not None and not c.first:
                d.answer = _OTHER_SIDE.get(
                    d.answer, d.answer
                )  # "favorability is 52-39": the 39 is unfavorable
            return
        label = _LABEL_LEFT.search(left) if _LABEL_GATE(left) else None
        if label is not None and label.group(1).lower() in LABEL_WORDS:
            d.answer = label.group(0).strip(" :").lower()
            return
        ns = _NS_LEFT.search(left)
        if ns is not None:
            d.answer = labels._canon(ns.group(1))
            return
        share = _POSSESSIVE_SHARE.search(left)
        if share is not None:
            # "The Liberal Democrats' share of the vote is down to 15%": the party is the option; in
            # "Labor's two-party-preferred lead has narrowed to 52-48" the second share is the other side.
            named = re.sub(r"^The\s+", "", share.group("name"))
            d.answer = "other" if partner is not None and not c.first else named
            d.name_answer = True
            return
        name = None if title_case else labels.name_answer(left)
        if name is not None and not (set(name.lower().split()) & LABEL_WORDS):
            d.answer, d.name_answer = name, True
            return
        if name is not None:
            d.answer = name.lower()
            return
        if partner is not None and c.first:
            right = _whole_words(text, partner.mark_end, s.end, 2 * filters.WINDOW)
        else:
            right = _whole_words(text, c.mark_end, s.end, 2 * filters.WINDOW)
        vp = labels.verb_phrase(right)
        if _COMPARED_VP.match(vp):
            # "Republicans, 49%, are more likely than Democrats, 41%, to say ...": the comparison is not
            # an answer; the sentence's "to say ..." gives it to both figures.
            return
        answer, statement = labels.normalise_answer(vp)
        answer = _RATING_ANSWER.get(answer.lower(), answer)  # "at 88% approval" answers approve
        d.vp = vp
        horse_verb = _HORSE_LEFT.search(left) is not None
        if horse_verb or re.search(r"\b(?:vote|voting|back|support)\s+(?:for\s+)?(?:him|her)\b", answer):
            subj = _clause_subject(left)
            if subj is not None and labels.population_in(subj, prefer_last=True) is not None:
                subj = None  # "Independents sit in between at 37 percent": who answered, not an option
            if subj is not None and (
                not answer or answer in ("support",) or "him" in answer or "her" in answer
            ):
                d.answer, d.name_answer = subj, True
                return
        d.answer, d.statement = answer, statement

    def _pair_answer(self, text: str, c: Candidate, partner: Candidate, s: Sentence, d: Draft) -> bool:
        """Answers of "X% to Y% for Z" (first = Z) and "A leads B (N% vs. M%)" (first = A)."""
        first = c if c.first else partner
        second = partner if c.first else c
        after = text[second.mark_end : min(s.end, second.mark_end + 120)]
        fl = text[max(s.start, first.start - 12) : first.start]
        rated = _PAIR_RATING.match(after)
        sentence_low = text[s.start : s.end].lower()
        if rated is not None and (
            rated.group("k") or "approval" in sentence_low or "favorab" in sentence_low
        ):
            # "a negative 41 - 50 percent job approval rating": approve, then disapprove ("down from a
            # 46 - 45 percent rating" in the same sentence: the same kind).
            kind = (rated.group("k") or ("approval" if "approval" in sentence_low else "fav")).lower()
            pro, con = ("favorable", "unfavorable") if kind.startswith("fav") else ("approve", "disapprove")
            d.answer = pro if c is first else con
            d.vp = rated.group(0).strip()  # its own words: an earlier wave's pair keeps them
            return True
        by_comma = _BY_PAIR_COMMA.match(after) if _BY_END.search(fl) else None
        if filters.by_margin(fl, after) or by_comma is not None:
            # "by a 55-41 margin, voters support ...", "By 55% to 41%, Americans say yes"
            mm = _MARGIN_REST.match(after) or by_comma
            rest = mm.group("rest") if mm is not None else ""
            pop_found = labels.population_in(rest[:60], prefer_last=False)
            if pop_found is not None and pop_found[1] <= 2:
                rest = rest[pop_found[2] :]
                rest = _IN_THE_POLL.sub("", rest)
                if not d.explicit_pop and not labels.is_generic(pop_found[0]):
                    d.population, d.explicit_pop = pop_found[0], True
            vp = labels.verb_phrase(rest)
            answer, _statement = labels.normalise_answer(vp)
            if answer:
                d.answer = answer if c is first else answers.opposite(answer)
                d.vp = vp
                return True
        m = _PAIR_FOR.match(after)
        if m is not None:
            target = labels.trailing_name(m.group("x")) or labels._clean(m.group("x"))
            d.answer = " ".join(target.split()[:6]) if c is first else "other"
            d.name_answer = True
            return True
        fleft = text[max(s.start, first.start - 100) : first.start]
        chunk = re.split(r"[;:]|\.\s", fleft)[-1]
        names = [labels.trailing_name(n) for n in CAPSEQ.findall(chunk)]
        found = [n for n in names if n is not None and n.lower() not in LABEL_WORDS]
        if len(found) >= 2:
            d.answer = found[-2] if c is first else found[-1]
            d.name_answer = True
            return True
        if len(found) == 1 and _LEADER_BEFORE_PAIR.search(chunk):
            # "Salcedo ahead 48% to 45%", "Lindqvist narrowly in front, 45.5% to 44.8%": the named
            # leader and the other side, which the passage's other candidate may name later.
            d.answer = found[0] if c is first else "other"
            d.name_answer = True
            return True
        stance = _STANCE_BEFORE_PAIR.search(chunk)
        if stance is not None:
            # "Renters backed the idea 74 to 19 percent": the first share backs it, the second doesn't.
            verb = labels._lemma(stance.group("v")) or stance.group("v").lower()
            verb = {"back": "support", "favour": "favor"}.get(verb, verb)
            d.answer = verb if c is first else answers.opposite(verb)
            return True
        return False

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
        """Pick each sentence's question and fill inherited populations and pollsters.

        A sentence starts a new question when it carries one ("When asked ...", a quoted question, a
        question just before it, a topic marker) or reports a new statement/verb for a population
        already reported; it continues the current question when it says so ("Fewer ...", "though"),
        only gives non-substantive answers ("42% are undecided"), or gives no question of its own.
        """
        by_sent: dict[int, list[Draft]] = {}
        for d in drafts:
            by_sent.setdefault(d.sentence, []).append(d)
        q_ids: dict[str, int] = {}
        counter = 0

        def new_q(q: str, reuse: bool = False) -> tuple[str, int]:
            nonlocal counter
            if reuse and q in q_ids:
                return q, q_ids[q]
            counter += 1
            q_ids[q] = counter
            return q, counter

        current: tuple[str, int] | None = None
        asked_para = -1
        current_pops: set[str] = set()
        current_para = -1
        horse_q: tuple[str, int] | None = None
        has_figs = set(by_sent)
        for si in sorted(by_sent):
            figs = by_sent[si]
            s = sents[si]
            sentence = text[s.start : s.end]
            for d in figs:
                if (
                    not d.population
                    or (labels.is_generic(d.population) and not d.explicit_pop)
                    or labels.is_generic(d.population)
                ):
                    d.population = main
                d.pollster = meta.pollster_at(mentions, d.start, s.start, s.end) or main_pollster
            answers.share_answers(figs)
            explicit = questions.asked_question(sentence) or questions.quoted_question(sentence)
            caption = next((d.table_caption for d in figs if d.table_caption), None)
            if caption is not None:
                explicit = (
                    questions.question_sentence(caption) or questions.asked_question(caption) or explicit
                )
            if explicit is None and si > 0 and (si - 1) not in has_figs:
                prev = text[sents[si - 1].start : sents[si - 1].end]
                explicit = (
                    questions.question_sentence(prev)
                    or questions.quoted_question(prev)
                    or questions.asked_question(prev)
                )
                if explicit is None and si > 1 and (si - 2) not in has_figs:
                    # A question asked just before, with one aside between it and the figures
                    # ("How likely is X? That's the pollster's question. 54% said likely ...").
                    # Short rhetorical questions ("Talking to them?") don't count: too vague to poll on.
                    earlier = questions.question_sentence(text[sents[si - 2].start : sents[si - 2].end])
                    explicit = earlier if earlier and len(earlier.split()) >= 5 else None
            if explicit is None:
                explicit = questions.topic_question(sentence)
            if explicit is not None:
                explicit = inference.result_of_election(explicit, sentence, text)
            pops_here = {pop_key(d.population) for d in figs}
            names = [d for d in figs if d.name_answer]  # "Harmon 48", "Perry at 8%"
            same_para = s.paragraph == current_para
            row = s.headline and si > 0 and (si - 1) in has_figs and sents[si - 1].headline
            if explicit is not None:
                q = new_q(explicit, reuse=True)
                asked_para = s.paragraph
            elif current is not None and asked_para == s.paragraph and not names:
                # An asked question governs the rest of its paragraph: "When asked what result they
                # would prefer, 42% want ... . 31% would like ..., while 27% want ...".
                q = current
            else:
                q, horse_q = inference.inferred_question(
                    inference.QuestionContext(
                        text, sentence, s.start, same_para, bool(row), current, current_pops, horse_q
                    ),
                    figs,
                    new_q,
                    q_ids,
                )
            if q != current:
                current_pops = set()
                if explicit is None:
                    asked_para = -1
            current, current_para = q, s.paragraph
            current_pops |= pops_here
            for d in figs:
                d.question, d.question_id = q
        answers.complete_answers(drafts)


def _table_figures(
    cands: list[Candidate], sf: _SentenceFigs, cells: dict[int, tables.TableCell]
) -> list[Draft]:
    """A flattened table row: each number cell is a figure of the row's answer and the column's population."""
    out: list[Draft] = []
    for i in sf.cands:
        c = cands[i]
        cell = cells.get(c.start)
        if cell is None:
            continue
        d = Draft(value=c.value, start=c.start, end=c.end, sentence=sf.index, headline=False)
        # A row label is an option; a standard one ("approve", "not sure") is not a name to race on.
        d.answer, d.name_answer = cell.answer, cell.answer not in tables.GENERIC_ANSWERS
        d.when = cell.when
        d.table_caption = cell.caption
        if cell.population is not None:
            d.population, d.explicit_pop = cell.population, True
        out.append(d)
    return out


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


def _named_in(mentions: list[tuple[int, str]], s: Sentence) -> bool:
    return any(s.start <= off < s.end for off, _ in mentions)


def _any_strong_figure(
    text: str,
    cands: list[Candidate],
    by_sentence: list[_SentenceFigs],
    pctx: filters.PassageContext,
    mentions: list[tuple[int, str]],
) -> bool:
    for sf in by_sentence:
        if len(sf.cands) > MAX_CANDIDATES_PER_SENTENCE:
            continue
        s = sf.sentence
        sctx = filters.sentence_context(text[s.start : s.end], _named_in(mentions, s))
        for i in sf.cands:
            c = cands[i]
            if (
                c.marked
                and filters.opinion_signal(text, c, s.start, s.end)
                and filters.reject_reason(text, cands, i, s.start, s.end, sctx, pctx) is None
            ):
                return True
    return False


def _is_title_case(sentence: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _clause_subject(left: str) -> str | None:
    """First name in the clause before a figure: "Gingrich has leapfrogged Cain ... with 19%"."""
    chunk = re.split(r"[;,]|\bwhile\b|\bbut\b|\bwhereas\b", left)[-1]
    for m in CAPSEQ.finditer(chunk):
        name = labels.trailing_name(m.group(0))
        if name is not None and name.lower() not in LABEL_WORDS:
            return name
    return None


_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "from",
        "with",
        "than",
        "and",
        "or",
        "his",
        "her",
        "their",
        "its",
    ]
)


def _without_dangling_end(phrase: str) -> str:
    """A phrase cut at a length limit, without the words that only lead into what was cut off:
    "move beyond the sex listed on a person's" -> "move beyond the sex listed"."""
    words = phrase.split()
    while len(words) > 2 and (words[-1].lower() in _DANGLING or words[-1].endswith(("'s", "’s"))):
        words.pop()
    return " ".join(words)


def _whole_words(text: str, start: int, limit: int, width: int) -> str:
    """``text[start:limit]`` cut to ``width`` characters, at a space when it is cut ("... a person's bi"
    would become a question otherwise)."""
    end = min(limit, start + width)
    window = text[start:end]
    if end < limit and not text[end : end + 1].isspace():
        cut = window.rfind(" ")
        if cut > 0:
            window = window[:cut]
    return window
