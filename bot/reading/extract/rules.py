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
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.models import Extraction
from bot.reading.extract import filters, labels, meta, questions, tables, waves
from bot.reading.extract.gates import Gated, contains_any, ends_with_label, ends_with_word
from bot.reading.extract.grouping import Draft, assign_groups, build, pop_key
from bot.reading.extract.memo import text_scope
from bot.reading.extract.numbers import Candidate, find_candidates
from bot.reading.extract.scan import finder_starts, finditer_at, folded
from bot.reading.extract.sentences import Sentence, split_sentences
from bot.reading.extract.vocab import COUNTRY_UNIVERSE, NOT_NAMES, POP_HEADS, TITLES

# Sentences with more candidates than this are number dumps, not prose: skipped to keep time linear.
MAX_CANDIDATES_PER_SENTENCE = 150
MAX_FIGURES = 2000

_AMONG = re.compile(r"\bamong\s+(?P<chunk>[^,;:()]{2,90})", re.IGNORECASE)
_FOR_START = re.compile(r"^\s*(?:And\s+)?(?:For|Among)\s+(?P<chunk>[^,;:()]{2,90}),", re.IGNORECASE)
_CONTINUE = re.compile(
    r"^\s*(?:\(?\s*)(?:fewer|more|only|just|another|meanwhile|still|yet|but|however|by\s+contrast|"
    r"in\s+contrast|similarly|conversely|while|whereas|the\s+rest|the\s+remaining|a\s+further|"
    r"some|others?|and\s+among|among|for)\b|\b(?:though|however|by\s+contrast|the\s+opposite|"
    r"this\s+view|that\s+view|the\s+same|so\s+do|as\s+do)\b",
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
_OPTION_BEFORE = re.compile(r"(?:\b[A-Z][\w.'’-]*\s+){1,4}(?:at|on)\s*$")
_LEADER_BEFORE_PAIR = re.compile(
    r"\b(?:\w+ly\s+)?(?:ahead|leads?|leading|in\s+front|on\s+top|up)\b[^.;:]{0,24}$", re.IGNORECASE
)
_STANCE_BEFORE_PAIR = re.compile(
    r"\b(?P<v>back(?:ed|s)?|support(?:ed|s)?|favou?r(?:ed|s)?|approve[ds]?|oppose[ds]?|reject(?:ed|s)?)\b"
    r"(?:\s+(?!(?:over|versus|vs|against)\b)[\w'’-]+){0,4}\s*(?:,\s*)?(?:by\s+(?:a\s+)?)?$",
    re.IGNORECASE,
)
_POSSESSIVE_SHARE = Gated(
    re.compile(
        r"(?<![\w'’])(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*?)['’]s?\s+"
        r"(?:share(?:\s+of\s+the\s+(?:vote|poll))?|vote\s+share|(?:primary\s+)?vote|tally|standing)\b"
        r"[^%.;()]{0,40}$"
    ),
    contains_any("share", "tally", "standing", "vote"),
)
_HORSE_LEFT = Gated(
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
_NS_LEFT = Gated(
    re.compile(
        r"\b(not\s+sure|don['’]t\s+know|undecided|no\s+opinion|unsure|refused)\s*:?\s*(?:\d[\d,]*\s+)?$",
        re.IGNORECASE,
    ),
    contains_any("sure", "know", "undecided", "opinion", "refused"),
)
_MORE_LIKELY = re.compile(
    r"\b(?:more|less)\s+likely\b.*?\bto\s+(?P<vp>[^.,;:]{3,80}(?=[\s.,;:]|$))", re.IGNORECASE
)  # the lookahead ends the phrase at a word's end, not 80 characters into one
_RATING_LEFT = Gated(
    re.compile(
        r"\b(approval|disapproval|favou?rability|unfavou?rability|(?:dis)?satisfaction|"
        r"(?:un)?favou?rable(?=\s+(?:number|rating|score)))\b"
        r"(?:\s+(?:rating|number|score)s?)?"
        r"(?:\s+(?:of|for|among)(?:\s+[\w'’.-]+){1,5}?)?(?:\s+(?:has|have|had))?"
        r"(?:\s+(?:stands|stood|is|was|at|of|to|rose|risen|fell|fallen|slipped|climbed|sits|remains|hit|hits|dropped|slid|"
        r"edged|up|down|climbs|rises|falls|slips|jumps|reaches|reached|grows|grew|sinks|sank|improved|"
        r"improves|worsened|worsens))*\s*$",
        re.IGNORECASE,
    ),
    contains_any("approval", "rability", "rable", "satisfaction"),
)
_SUPPORT_FOR_LEFT = Gated(
    re.compile(
        r"\b(?P<w>[Ss]upport|[Oo]pposition)\s+(?:for|to)\s+(?P<x>[^,;:.()%]{3,80}?)\s+(?:stands|stood|is|was|sits|sat|"
        r"hit|hits|reached|reaches|rose|rises|fell|falls|climbed|climbs|dropped|remains|remained|comes\s+in)"
        r"(?:\s+(?:at|to|near|around|about|roughly|just))*\s*$"
    ),
    contains_any("support", "opposition"),
)
_VIEWED_BY = Gated(
    re.compile(r"\b((?:un)?favou?rably)\s+by\s*$", re.IGNORECASE), contains_any("favorably", "favourably")
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
_LABEL_GATE = ends_with_label(_LABEL_WORDS)  # _LABEL_LEFT only counts when its word is a label word
_PAIR_FOR = re.compile(
    r"[ \t]*\)?[ \t]*(?:in\s+favou?r\s+of|for|backing|supporting)\s+(?P<x>[^,;.()]{2,80})", re.IGNORECASE
)
_NON_SUBSTANTIVE = frozenset({"undecided", "not sure", "don't know", "no opinion", "other", "someone else"})
_VERB_TOPIC = re.compile(
    r"^(?:support(?:ed|s)?|oppose[ds]?|favou?r(?:ed|s)?|approve[ds]?|disapprove[ds]?|prefer(?:red|s)?|"
    r"want(?:ed|s)?|trust(?:ed|s)?|back(?:ed|s)?|reject(?:ed|s)?|agree[ds]?|disagree[ds]?|"
    r"expect(?:ed|s)?|like[ds]?|dislike[ds]?|fear(?:ed|s)?|worr(?:y|ied|ies))\b",
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
        with text_scope():
            return self._extract(text)

    def _extract(self, text: str) -> Extraction:
        cands = find_candidates(text)
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
        size = meta.sample_size(text)
        sample_pop = _sample_population(text)
        if sample_pop is not None and size is not None:
            main_candidates.append((size[1], sample_pop))
        elif sample_pop is not None:
            main_candidates.append((0, sample_pop))
        main_candidates.extend(_ratio_populations(text))
        main = _demonym_adults(_main_population(main_candidates) or _universe(text), text)
        for d in drafts:
            if d.population.lower() == "adults":
                # "64% of adults" in a poll of Ohioans names the same universe: "adult Ohioans".
                d.population = _demonym_adults(d.population, text)
        _fuller_mentions(drafts, main)
        self._label_sentences(text, sents, drafts, main, mentions, poll_meta.pollster)
        _full_names(text, drafts)
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
                    if pop is not None and not labels.is_generic(pop) and _is_main_like(pop):
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
                    if _is_main_like(pop):
                        main_candidates.append((c.start, pop))
            if not d.answer and c.start in name_of:
                named = labels.trailing_name(name_of[c.start])
                if named is not None:
                    d.answer, d.name_answer = named, True  # "Harmon 48, Delgado 44": a list item's name
            if not d.answer:
                self._answer(text, cands, i, s, left, right, d)
            out.append(d)
        _repeat_pair_answers(out, cands, sf.cands)
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
            prev = d
        _complete_pair_answers(out)
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
            got = ([_shifted(d, -base, d.sentence) for d in out], [(pos - base, pop) for pos, pop in local])
            seen[key] = got
            main_candidates.extend(local)
            return out
        main_candidates.extend((pos + base, pop) for pos, pop in got[1])
        return [_shifted(d, base, sf.index) for d in got[0]]

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
        if found is not None:
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
        found = labels.population_in(_OPTION_SHARES.sub(" ", sent_left), prefer_last=True)
        if found is not None:
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
        rating = _RATING_LEFT.search(left)
        if rating is not None:
            d.answer = _RATING_ANSWER[rating.group(1).lower()]
            return
        label = _LABEL_LEFT.search(left) if _LABEL_GATE(left) else None
        if label is not None and label.group(1).lower() in _LABEL_WORDS:
            d.answer = label.group(0).strip(" :").lower()
            return
        ns = _NS_LEFT.search(left)
        if ns is not None:
            d.answer = labels._canon(ns.group(1))
            return
        share = _POSSESSIVE_SHARE.search(left)
        if share is not None:
            # "The Liberal Democrats' share of the vote is down to 15%": the party is the option.
            d.answer, d.name_answer = re.sub(r"^The\s+", "", share.group("name")), True
            return
        name = None if title_case else labels.name_answer(left)
        if name is not None and not (set(name.lower().split()) & _LABEL_WORDS):
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
        answer, statement = labels.normalise_answer(vp)
        answer = _RATING_ANSWER.get(answer.lower(), answer)  # "at 88% approval" answers approve
        d.vp = vp
        horse_verb = _HORSE_LEFT.search(left) is not None
        if horse_verb or re.search(r"\b(?:vote|voting|back|support)\s+(?:for\s+)?(?:him|her)\b", answer):
            subj = _clause_subject(left)
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
                d.answer = answer if c is first else _opposite(answer)
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
        names = [labels.trailing_name(n) for n in _CAPSEQ.findall(chunk)]
        found = [n for n in names if n is not None and n.lower() not in _LABEL_WORDS]
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
            d.answer = verb if c is first else _opposite(verb)
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
            _share_answers(figs)
            explicit = questions.asked_question(sentence) or questions.quoted_question(sentence)
            caption = next((d.table_caption for d in figs if d.table_caption), None)
            if caption is not None:
                explicit = questions.question_sentence(caption) or explicit
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
                explicit = _result_of_election(explicit, sentence, text)
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
                q, horse_q = _inferred_question(
                    _QuestionContext(
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
        _complete_answers(drafts)


@dataclass(frozen=True, slots=True)
class _QuestionContext:
    """Where a sentence's figures stand when no question is asked or governs their paragraph."""

    text: str
    sentence: str
    start: int
    same_para: bool
    row: bool
    current: tuple[str, int] | None
    current_pops: set[str]
    horse_q: tuple[str, int] | None


# Parties of parliamentary systems: shares of them are voting intention, not a named race's vote.
_PARLIAMENTARY_PARTIES = frozenset(
    [
        "labour",
        "conservatives",
        "conservative",
        "tories",
        "reform",
        "reform uk",
        "liberal democrats",
        "lib dems",
        "greens",
        "green",
        "snp",
        "plaid cymru",
        "labor",
        "coalition",
        "liberals",
        "liberal",
        "ndp",
        "bloc",
        "bloc québécois",
        "one nation",
        "nationals",
        "people's party",
    ]
)


def _horse_race_question(text: str, figs: list[Draft]) -> str:
    """The passage's horse-race question; party shares in a parliamentary system are its voting intention
    ("Reform UK on 31 per cent, Labour on 27 per cent"), whatever past election the passage mentions."""
    q = questions.horse_race_question(text)
    named = {d.answer.lower() for d in figs if d.name_answer and d.answer != "other"}
    if q.startswith("Vote choice") and named and named <= _PARLIAMENTARY_PARTIES:
        return "Voting intention"
    return q


def _inferred_question(
    ctx: _QuestionContext,
    figs: list[Draft],
    new_q: Callable[..., tuple[str, int]],
    q_ids: dict[str, int],
) -> tuple[tuple[str, int], tuple[str, int] | None]:
    """The question of figures with none of their own: the current one continued, a horse race, one
    derived from what they say, or a fallback. Returns it and the passage's horse-race question.

    Computed only when no question is asked: deriving one is most of the labelling step's cost.
    """
    current, horse_q = ctx.current, ctx.horse_q
    substantive = [d for d in figs if d.answer not in _NON_SUBSTANTIVE]
    names = [d for d in figs if d.name_answer]
    pops_here = {pop_key(d.population) for d in figs}
    # Two or more named options ("41% would vote for Ortiz ... 38% would pick Hale") are a horse race,
    # whatever statement carries them.
    race = len({d.answer for d in figs if d.name_answer or _reads_as_name(d)}) >= 2
    derived = _choice_question(figs, ctx.sentence, ctx.text) or (
        None if race else _derived_question(figs, ctx.sentence, ctx.start)
    )
    cue = _CONTINUE.search(ctx.sentence, 0, max(0, min(d.start for d in figs) - ctx.start))
    if current is not None and (
        # A cue ("Just 24% ...") continues the question, except when a new paragraph brings a
        # question of its own (a new verb and object for the same people).
        (cue and (ctx.same_para or derived is None))
        or (not substantive)
        or (derived is None and not names and (ctx.same_para or ctx.row))
    ):
        q = current
    elif (names or race) and derived is None:
        if horse_q is None or (current is not None and current != horse_q and not ctx.same_para):
            horse_q = new_q(_horse_race_question(ctx.text, figs), reuse=horse_q is not None)
        q = horse_q
    elif derived is not None:
        q = new_q(_similar_question(derived, q_ids), reuse=True)
    elif (
        current is not None
        and not (pops_here & ctx.current_pops)
        and (ctx.same_para or ctx.row or _verb_question(substantive) is None)
    ):
        # New subgroups with no question of their own: a crosstab of the current question. A new
        # paragraph whose figures say what people do ("24% turn to the campaigns' posts") asks
        # something new instead.
        q = current
    else:
        q = new_q(_verb_question(substantive) or _fallback_question(ctx.sentence))
    if names and derived is None:
        horse_q = q
    return q, horse_q


_MARGIN_REST = re.compile(r"[ \t]*(?:percent\s+|per\s?cent\s+|%\s*)?(?:margin|split),?\s*(?P<rest>.*)", re.I)
_IN_THE_POLL = re.compile(r"^\s*(?:in|from)\s+(?:the|a|this)\s+[^,;]{0,40}?\b(?:poll|survey)\b", re.I)
_OPPOSITES = {
    "support": "oppose",
    "favor": "oppose",
    "approve": "disapprove",
    "agree": "disagree",
    "yes": "no",
    "oppose": "support",
    "disapprove": "approve",
    "disagree": "agree",
    "no": "yes",
}


def _opposite(answer: str) -> str:
    """The other side of a two-way split: "support X" -> "oppose X"; unknown verbs -> "other"."""
    verb, _, obj = answer.partition(" ")
    other = _OPPOSITES.get(verb)
    if other is None:
        return "other"
    return f"{other} {obj}".strip()


_THOSE_ELLIPSIS = re.compile(
    r"^those\s+(?:aged\s+|under\s+|over\s+|\d|who\s+(?:do|did|does|are|were|have|had)(?:\s+not|n['’]t)\b)",
    re.I,
)


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


def _shifted(d: Draft, delta: int, sentence: int) -> Draft:
    """A copy of a draft moved by ``delta`` characters into sentence ``sentence``."""
    return d.moved(delta, sentence)


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


def _fuller_mentions(drafts: list[Draft], main: str) -> None:
    """A short population that repeats the end of a fuller one names the same people.

    "Trump voters" after "2020 Trump voters", "Republicans" in a poll of "self-described Republicans".
    """
    # Fuller names first seen first; a repeat adds nothing (the first copy would match first), and
    # keeping repeats made this quadratic in the number of figures.
    seen: dict[str, str] = {main: main.lower()}
    for d in drafts:
        if not d.explicit_pop:
            continue
        tail = " " + d.population.lower()
        for full, low in seen.items():
            if low.endswith(tail) and len(full.split()) <= 4:
                d.population = full
                break
        else:
            seen.setdefault(d.population, d.population.lower())


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


def _is_main_like(pop: str) -> bool:
    """Whether a population can be the poll's universe (not a crosstab subgroup such as "Democrats")."""
    words = pop.lower().split()
    if not words:
        return False
    head = words[-1]
    if re.search(r"\b(?:and|or)\b.*-leaning\b", pop):
        return True  # "Republicans and Republican-leaning independents": a party primary's universe
    if head in _SUBGROUP_HEADS and not _MAIN_MODS.search(pop):
        return False
    if head == "voters" and any(w[0].isupper() for w in pop.split()[:-1]) and not _MAIN_MODS.search(pop):
        return False
    return len(words) <= 6 and not re.search(r"\b(?:who|that|under|over|aged|than)\b", pop)


_RATIO_POP = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d)[ -](?:in|out[ -]of)[ -](?:10|ten|five|four|three)\s+"
    r"(?P<chunk>[^,;:.()\d]{3,80})",
    re.IGNORECASE,
)
_RATIO_POP_LOWER = re.compile(_RATIO_POP.pattern)
# Every _RATIO_POP_LOWER match has " in "/"-in-"/" out of " right after its number word ("one".."nine"
# or a digit: 1 to 5 characters), so it starts 2 to 6 characters before an "in"/"out" this finds.
_RATIO_IN = re.compile(r"(?:in|out[ -]of)[ -](?:10|ten|five|four|three)\s")


def _ratio_populations(text: str) -> list[tuple[int, str]]:
    """Universes named only beside a ratio: "three in 10 Democrats and Democratic-leaning voters think"."""
    out: list[tuple[int, str]] = []
    low = folded(text) or text.lower()  # the same string; folded() is shared with other passes
    if len(low) == len(text):
        # Scan the lower-cased text case-sensitively (faster), then read the chunk from the text itself.
        hits = (
            _RATIO_POP.match(text, h.start()) for h in finditer_at(_RATIO_POP_LOWER, low, _ratio_starts(low))
        )
        matches = [m for m in hits if m is not None]
    else:
        matches = list(_RATIO_POP.finditer(text))
    for m in matches:
        found = labels.population_in(m.group("chunk"), prefer_last=False)
        if (
            found is not None
            and found[1] == 0
            and _is_main_like(found[0])
            and not labels.is_generic(found[0])
        ):
            out.append((m.start(), found[0]))
    return out


def _ratio_starts(low: str) -> Iterator[int]:
    """Offsets where _RATIO_POP_LOWER can match ``low`` (a superset, ascending): see _RATIO_IN."""
    last = 0
    for f in finder_starts(_RATIO_IN, low):
        yield from range(max(f - 6, last), f - 1)
        last = max(last, f - 1)


_DEMONYM_WORD = re.compile(
    r"\b(?:of|among|many|most|all|groups\s+of)\s+(?P<d>[A-Z][a-z]{2,}(?:ians|ans|ites))\b"
)


def _demonym_adults(main: str, text: str) -> str:
    """ "adults" in a passage that names its people by demonym ("Mississippians") -> "adult Mississippians"."""
    if main.lower() != "adults":
        return main
    for m in _DEMONYM_WORD.finditer(text):
        word = m.group("d")
        if word not in ("Americans", "Republicans"):
            return f"adult {word}"
    return main


# The surname is a lookahead so that matches overlap: in "Republican David Perdue" the pair
# "Republican David" must not consume "David" before "David Perdue" is tried.
_NAME_SEQ = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+(?=(?:[A-Z]\.\s+)?(?P<last>[A-Z][a-z'’-]+(?:\s+(?:Jr\.|Sr\.))?)\b)"
)


# Two capitalised words in a row, literal first: matches wherever _NAME_SEQ does.
_NAME_PAIR = re.compile(r"[A-Z][a-z]+\s+[A-Z]")


def _full_names(text: str, drafts: list[Draft]) -> None:
    """A surname answer takes the full name the passage gives it: "Whitfield" -> "Dana Whitfield"."""
    singles = {d.answer for d in drafts if d.name_answer and re.fullmatch(r"[A-Z][a-z'’-]+", d.answer)}
    if not singles:
        return
    full: dict[str, str] = {}
    for m in finditer_at(_NAME_SEQ, text, finder_starts(_NAME_PAIR, text)):
        first, last = m.group("first"), m.group("last")
        if last not in singles or last in full:
            continue
        if first in NOT_NAMES or first in TITLES or first in _NOT_FIRST_NAMES or first.endswith("s"):
            continue
        full[last] = f"{first} {last}"
    for d in drafts:
        if d.name_answer and d.answer in full:
            d.answer = full[d.answer]


_NOT_FIRST_NAMES = frozenset(
    {
        "Democrat",
        "Democratic",
        "Republican",
        "Incumbent",
        "Candidate",
        "Challenger",
        "Businessman",
        "Labour",
        "Tory",
    }
)


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
_SAMPLE_KEY = re.compile(r"\b(?:poll|survey|interview|sample|questioned)", re.IGNORECASE)
_SAMPLE_KEY_FIND = re.compile(r"poll|survey|interview|sample|questioned")  # over folded text: see scan.folded
_SURVEY_AMONG = re.compile(
    r"\b(?:poll|survey|sample)\s+(?:\w+\s+){0,3}?(?:among|of)\s+(?P<pop>[^,;:.()\d]{3,60})", re.IGNORECASE
)


def _sample_population(text: str) -> str | None:
    """The universe in a sample description: "poll 2,000 self-described Republicans"."""
    low = folded(text)
    keys = (
        _SAMPLE_KEY.finditer(text)
        if low is None
        else finditer_at(_SAMPLE_KEY, text, finder_starts(_SAMPLE_KEY_FIND, low))
    )
    for k in keys:
        for rx in (_SAMPLE_POP, _SURVEY_AMONG):
            m = rx.match(text, k.start())
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


def _is_title_case(sentence: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _clause_subject(left: str) -> str | None:
    """First name in the clause before a figure: "Gingrich has leapfrogged Cain ... with 19%"."""
    chunk = re.split(r"[;,]|\bwhile\b|\bbut\b|\bwhereas\b", left)[-1]
    for m in _CAPSEQ.finditer(chunk):
        name = labels.trailing_name(m.group(0))
        if name is not None and name.lower() not in _LABEL_WORDS:
            return name
    return None


def _repeat_pair_answers(out: list[Draft], cands: list[Candidate], idx: list[int]) -> None:
    """The two halves of a pair share a wave, and a pair with no words of its own repeats the previous
    pair's options in order: "Renters backed it 74 to 19 percent; homeowners were closer, 53 to 38"."""
    by_start = {d.start: d for d in out}
    last: tuple[str, str] | None = None
    for i in idx:
        c = cands[i]
        if not c.first or c.partner is None:
            continue
        first, second = by_start.get(c.start), by_start.get(cands[c.partner].start)
        if first is None or second is None:
            continue
        if bool(first.when) != bool(second.when):
            # "down from a 46 - 45 percent rating in February": both halves are the earlier wave.
            first.when = second.when = first.when or second.when
        if first.answer and second.answer:
            last = (first.answer, second.answer)
        elif not first.answer and not second.answer and last is not None:
            first.answer, second.answer = last


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
    """Per question: opposite verbs share an object; competing statements become the answers."""
    _anaphoric_views(drafts)
    by_q: dict[int, list[Draft]] = {}
    for d in drafts:
        by_q.setdefault(d.question_id, []).append(d)
    for figs in by_q.values():
        _complete_pair_answers(figs)
        _opposite_statements(figs)
        full: dict[str, str] = {}
        for d in figs:
            if d.name_answer and d.answer != "other":
                full.setdefault(d.answer.split()[-1], d.answer)
        if len(full) == 2:
            (s1, n1), (_s2, n2) = full.items()
            by_start = sorted(figs, key=lambda x: x.start)
            for i, d in enumerate(by_start):
                if d.answer == "other" and i > 0 and by_start[i - 1].answer:
                    d.answer = n2 if by_start[i - 1].answer.split()[-1] == s1 else n1
        statements = {d.statement for d in figs if d.statement}
        if len(statements) >= 2:
            for d in figs:
                if d.statement and d.answer == "yes":
                    d.answer = " ".join(labels.without_asides(d.statement).split()[:8])
        _answers_echoing_the_question(figs)
        _two_sided_tracking(figs)
        _enrich_yes_no(figs)
        _stance_answers(figs)
        _answers_from_question_verb(figs)
        _statement_answers(figs)


def _statement_answers(figs: list[Draft]) -> None:
    """A lone "yes" to a statement reads better as the statement: "45% think the sex on the birth
    certificate is the only way" answers "the sex on the birth certificate is the only way", not "yes".

    Only when no figure of the question answers "no" (then yes/no is the pair a reader poll offers).
    """
    if any(d.answer == "no" or d.answer.startswith("no,") for d in figs):
        return
    for d in figs:
        if d.answer == "yes" and d.statement and len(d.statement.split()) >= 3:
            verb = labels._LEAD_ADVERBS.sub("", d.vp).split()[:1]
            if verb and verb[0].lower() in ("agree", "agrees", "agreed"):
                d.answer = "agree"  # "98% agree that the NHS ...": the statement is the question
            else:
                d.answer = " ".join(labels.without_asides(d.statement).split()[:8])


_THIS_VIEW = re.compile(
    r"^(?:have|hold|share|take|express|agree\s+with)\s+(?:this|that|the\s+same|such\s+an?)\s+"
    r"(?:view|opinion|position|belief|stance)s?$|^feel\s+(?:this|that|the\s+same)\s+way$",
    re.I,
)


def _anaphoric_views(drafts: list[Draft]) -> None:
    """ "... 47%, to have this view": the view is the statement last reported before it, so its words
    are the answer ("the definition should be revised")."""
    last: Draft | None = None
    for d in sorted(drafts, key=lambda x: x.start):
        if _THIS_VIEW.match(d.answer) and last is not None and last.statement:
            d.answer = " ".join(last.statement.split()[:10])
            d.statement = last.statement
        elif d.statement:
            last = d


_ANTONYMS = {
    "right": "wrong",
    "wrong": "right",
    "good": "bad",
    "bad": "good",
    "true": "false",
    "false": "true",
    "likely": "unlikely",
    "unlikely": "likely",
    "better": "worse",
    "worse": "better",
    "fair": "unfair",
    "unfair": "fair",
    "should": "should not",
    "will": "will not",
}


def _opposite_statements(figs: list[Draft]) -> None:
    """ "45% say the plan was wrong, while 43% think the opposite": the opposite answer is the sibling's
    statement with its predicate negated ("the plan was right"), and the question names both sides
    ("Was the plan wrong or right?")."""
    opp = [d for d in figs if d.answer in ("opposite", "the opposite", "reverse", "the reverse")]
    if not opp:
        return
    base = next((d for d in figs if d.statement and d.answer == "yes"), None)
    if base is None or base.statement is None:
        return
    words = base.statement.split()
    idx = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _ANTONYMS), None)
    if idx is None:
        return
    word = words[idx].lower()
    flipped = " ".join([*words[:idx], _ANTONYMS[word], *words[idx + 1 :]])
    for d in opp:
        d.answer, d.statement = "yes", flipped
    q = figs[0].question
    if " " not in _ANTONYMS[word] and q.endswith(f" {word}?"):
        q = f"{q[:-1]} or {_ANTONYMS[word]}?"
        for d in figs:
            d.question = q


def _two_sided_tracking(figs: list[Draft]) -> None:
    """Right direction vs wrong track is one two-sided question: "Is the country headed in the right
    direction?" answered by both options reads "... in the right direction or on the wrong track?"."""
    answers = {d.answer for d in figs}
    if not figs or not {"right direction", "wrong track"} <= answers:
        return
    q = figs[0].question
    if q.endswith(" right direction?") and "wrong track" not in q:
        q = f"{q[:-1]} or on the wrong track?"
    elif q.endswith(" wrong track?") and "right direction" not in q:
        q = f"{q[:-1]} or in the right direction?"
    for d in figs:
        d.question = q


def _answers_echoing_the_question(figs: list[Draft]) -> None:
    """An answer that repeats the verb phrase of "Do you <vp>?" is that question's yes: "Do you wear a
    mask in public?" with "41% say they wear a mask in public" -> "yes"."""
    m = re.match(r"^Do you (?P<vp>.+?)\?$", figs[0].question if figs else "")
    if m is None:
        return
    vp = m.group("vp").lower()
    for d in figs:
        if d.answer and d.answer.lower().rstrip(" .") == vp and not d.headline:
            d.answer = "yes"  # a headline's terse finding ("17% Identify More With Trump") stays as written


_STANCE_Q = re.compile(r"^Do you (?P<v>support|oppose|favou?r|approve|disapprove|agree|disagree|trust)\b")


def _answers_from_question_verb(figs: list[Draft]) -> None:
    """Figures with no answer of their own in a "Do you support ...?" question answer with its verb:
    "Do you support the strike? 59% of voters do, including 72% of Democrats" -> "support"."""
    if not figs or all(d.answer for d in figs):
        return
    m = _STANCE_Q.match(figs[0].question)
    if m is None:
        return
    for d in figs:
        if not d.answer:
            d.answer = m.group("v")


# The complement must be the question's predicate ("Is X a threat?"), not a noun inside a modifier
# ("Is the sex listed on a person's birth certificate ...?") or the first word of a longer phrase.
_COPULAR_Q = re.compile(
    r"^(?:Is|Are|Was|Were)\s+\S.*?(?<!\bon)(?<!\bof)(?<!\bin)(?<!\bfor)(?<!\bto)(?<!\bwith)\s"
    r"(?P<c>(?:a|an)\s+[\w-]+)(?:\?$|\s+(?:to|for|of|in|on|with|against)\s)"
)


def _enrich_yes_no(figs: list[Draft]) -> None:
    """Bare yes/no answers carry the option's words when a sibling or the question gives them.

    "24% thought so, while 41% oppose negotiations" -> "support negotiations"; "Is X a threat?" with
    "60% say it is" -> "yes, a threat", "14% realize it isn't" -> "no, not a threat".
    """
    if not any(d.answer in ("yes", "no") for d in figs):
        return
    if any(d.answer == "yes" and d.statement for d in figs):
        # "57% say the wage should be raised ... 41% disagree": agreeing with a statement is its yes.
        for d in figs:
            if d.answer in ("agree", "disagree") and not d.statement:
                d.answer = "yes" if d.answer == "agree" else "no"
    obj = ""
    for d in figs:
        verb, _, rest = d.answer.partition(" ")
        if verb in ("support", "oppose") and rest:
            obj = rest
    if obj:
        for d in figs:
            if d.answer in ("yes", "no"):
                d.answer = f"{'support' if d.answer == 'yes' else 'oppose'} {obj}"
        return
    m = _COPULAR_Q.match(figs[0].question)
    if m is None:
        return
    comp = m.group("c")
    for d in figs:
        if d.answer == "yes":
            d.answer = f"yes, {comp}"
        elif d.answer == "no":
            d.answer = f"no, not {comp}"


_STANCE_VP = re.compile(
    r"^(?:are|were|is|was|remain|remained)\s+(?P<w>for|against|opposed|in\s+favou?r)\b", re.I
)
_TOPIC_Q = re.compile(r"^(?:Do you support|What do you think about)\s+(?P<t>.+?)\?$")


def _stance_answers(figs: list[Draft]) -> None:
    """ "are for it" / "are opposed" on a described topic keep their words and take its head:
    "in terms of trading with them, 8% are for it and 65% are opposed" -> "for trading", "opposed to trading"."""
    m = _TOPIC_Q.match(figs[0].question)
    if m is None:
        return
    topic = m.group("t")
    words = topic.split()
    head = words[0] if words[0].lower().endswith("ing") else " ".join(words[:6])
    changed = False
    for d in figs:
        sv = _STANCE_VP.match(d.vp)
        if sv is None or d.answer not in ("favor", "oppose"):
            continue
        w = sv.group("w").lower()
        linker = {"opposed": " to", "in favor": " of", "in favour": " of"}.get(w, "")
        d.answer = f"{w}{linker} {head}"
        changed = True
    if changed and figs[0].question.startswith("What do you think about"):
        for d in figs:
            d.question = f"Do you support {topic}?"


def _share_answers(figs: list[Draft]) -> None:
    """List items without their own predicate take a neighbour's.

    "65% of X, 62% of Y ... favored it" (the predicate comes last) and "Perdue holds 86% of his base,
    82% of ..." (the option comes first).
    """
    if not any(d.answer for d in figs) or all(d.answer for d in figs):
        return
    named = [d for d in figs if d.name_answer]
    if named:
        last: Draft | None = None
        for d in figs:
            if d.answer:
                last = d
            elif last is not None and last.name_answer:
                d.answer, d.name_answer = last.answer, True
        return
    given = [d.answer for d in figs if d.answer]
    shared = max(dict.fromkeys(given), key=given.count)  # ties: the first given, not set order
    for d in figs:
        if not d.answer:
            d.answer = shared
            d.statement = next((x.statement for x in figs if x.answer == shared and x.statement), None)
            d.vp = next((x.vp for x in figs if x.answer == shared), d.vp)


_Q_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "that",
        "this",
        "with",
        "as",
        "by",
        "at",
        "from",
        "do",
        "you",
        "your",
        "does",
        "did",
        "should",
        "would",
        "will",
        "what",
        "which",
        "who",
        "how",
        "think",
    ]
)


def _q_tokens(q: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", q.lower()) if w not in _Q_STOP}


def _q_names(q: str) -> frozenset[str]:
    """Capitalised words after a question's first word: who or what it is about."""
    return frozenset(w.strip("?,.'’") for w in q.split()[1:] if w[:1].isupper())


def _similar_question(q: str, seen: dict[str, int]) -> str:
    """An earlier question of the passage that asks the same thing in other words, else ``q``.

    "Do you favor increasing the sales tax?" repeats "Do you favor the sales tax hike?": same verb, same
    object (two thirds of the content words shared). Battery items ("feel exhausted" / "feel hopeful")
    share too little to merge (shared words over the longer question's words, at least 0.6).
    """
    mine = _q_tokens(q)
    if len(mine) < 2:
        return q
    best, best_score = q, 0.0
    names = _q_names(q)
    for other in seen:
        theirs_named = _q_names(other)
        if theirs_named != names and not (
            names and theirs_named and (names <= theirs_named or theirs_named <= names)
        ):
            continue  # the same words about someone else ("... opinion of Gavin Newsom?") ask anew
        theirs = _q_tokens(other)
        if len(theirs) < 2:
            continue
        common = len(mine & theirs)
        score = common / max(len(mine), len(theirs))
        if common >= 2 and score >= 0.6 and score > best_score:
            best, best_score = other, score
    return best


_CHOICE_VERB = re.compile(
    r"^(?P<v>expect|expects|expected|prefer|prefers|preferred|predict|predicts|predicted)\b", re.I
)
_ELECTION = re.compile(r"\b(?:the\s+)?(?P<e>(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?election)\b", re.I)


# An election named in running prose (lower case, so not a headline's "... But Election Not Expected").
_PROSE_ELECTION = re.compile(
    r"\b(?P<e>(?:(?:19|20)\d\d\s+)?(?:(?!(?:the|a|an|this|that|of|in|at|for|to|and|or|but)\b)[a-z][\w-]*\s+)?election)\b"
)


def _result_of_election(q: str, sentence: str, passage: str) -> str:
    """ "What result would you prefer?" is about an election: name it when the passage does
    ("... from the federal election?")."""
    if not q.startswith("What result") or "election" in q.lower():
        return q
    e = _ELECTION.search(sentence) or _PROSE_ELECTION.search(passage)
    if e is None:
        return q
    return labels._q(f"{q.rstrip('?')} from the {e.group('e')}")


def _choice_question(figs: list[Draft], sentence: str, passage: str = "") -> str | None:
    """Several figures with one expectation/preference verb and different objects are the options of
    one question: "12% expect a Liberal majority, while 34% expect a Conservative government" (same
    population; the same verb across populations is one question per population instead)."""
    verbs: dict[str, set[str]] = {}
    for d in figs:
        m = _CHOICE_VERB.match(labels._LEAD_ADVERBS.sub("", d.vp))
        if m is not None:
            verbs.setdefault(m.group("v").lower()[:5] + "|" + pop_key(d.population), set()).add(
                d.statement or d.answer
            )
    for key, answers in verbs.items():
        stem = key.split("|", 1)[0]
        if len(answers) >= 2:
            verb = {"expec": "expect", "prefe": "prefer", "predi": "predict"}[stem]
            e = _ELECTION.search(sentence) or _PROSE_ELECTION.search(passage)
            if e is not None:
                return labels._q(f"What result do you {verb} from the {e.group('e')}")
            return labels._q(f"What do you {verb}")
    return None


_APPROVAL_OF = re.compile(
    r"\b(?:approval|disapproval)(?:\s+rating)?\s+(?:of|for)\s+(?P<x>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)"
    r"(?=\s+(?:among|has|have|is|was|stands|sits|fell|rose|slipped|climbed|dropped|at|in|remains)\b|[,;.])",
    re.I,
)


_EXPECT_VERB = re.compile(r"^(?:expect|expects|expected|predict|predicts|predicted)\s+(?:that\s+)?\S", re.I)


_HAVE_DONE = re.compile(
    r"^(?:have|has|had)\s+(?:ever\s+|already\s+|never\s+)?(?P<x>(?:\w+ed|been|seen|heard|done|taken|given|"
    r"gone|made|felt|thought|known|read|met|won|lost|paid|bought|sent|kept|left|spent)\b.*)$",
    re.IGNORECASE,
)
_JOB_APPROVAL = re.compile(r"\b(?:job\s+)?approval\b|\bgives?\b|\bgave\b", re.IGNORECASE)


def _rated_person(before: str) -> str | None:
    """The person whose favourability the figures give: the last capitalised name before them, titles
    and a possessive dropped ("California Gov. Gavin Newsom's numbers are" -> "Gavin Newsom")."""
    for seq in reversed(_CAPSEQ.findall(before)):
        words = re.sub(r"['’]s$", "", seq.strip()).split()
        titled = [k for k, w in enumerate(words) if w in TITLES]
        if titled:
            words = words[titled[-1] + 1 :]  # "California Gov. Gavin Newsom" -> "Gavin Newsom"
        words = [w for w in words if w.rstrip(".") not in NOT_NAMES and w.lower() not in _Q_STOP]
        name = " ".join(words)
        if (
            not name
            or name.lower() in POP_HEADS
            or name.lower() in tables.GENERIC_ANSWERS
            or name.lower() in ("job", "approval", "poll", "survey")
            or any(w in labels.POLLSTER_WORDS for w in words)
            or labels.population_in(name, prefer_last=True)
        ):
            continue
        return name
    return None


def _derived_question(figs: list[Draft], sentence: str = "", s_start: int = 0) -> str | None:
    """A question built from what the respondents said: a statement, a verb and object, a state."""
    if any(d.answer in ("favorable", "unfavorable", "favourable", "unfavourable") for d in figs):
        # "Vice President JD Vance is viewed favorably by 38%", "Gov. Gavin Newsom's numbers are 35%
        # favorable": the opinion asked about is of the person named before the figures.
        subject = _rated_person(sentence[: max(0, min(d.start for d in figs) - s_start)])
        if subject is not None:
            return f"Do you have a favorable or unfavorable opinion of {subject}?"
    if any(d.answer in ("approve", "disapprove") for d in figs):
        m = _APPROVAL_OF.search(sentence)
        if m is not None:
            return labels._q(f"Do you approve of {m.group('x')}")
        before = sentence[: max(0, min(d.start for d in figs) - s_start)]
        caption = next((d.table_caption for d in figs if d.table_caption), "")
        before = f"{caption} {before}" if caption else before  # a table's rows name no one themselves
        if _JOB_APPROVAL.search(before):
            # "Trump job approval: 45% approve", "give Governor Ellen Marsh a 41 - 50 percent job
            # approval rating": the job of the person named before the figures.
            subject = _rated_person(before)
            if subject is not None:
                return f"Do you approve or disapprove of the job {subject} is doing?"
    for d in figs:
        if d.statement:
            if _EXPECT_VERB.match(labels._LEAD_ADVERBS.sub("", d.vp)):
                # An expectation is asked as one: "expect their party will win" -> "Do you expect your
                # party will win?", not the factual "Will your party win?".
                return labels._q(f"Do you expect {labels._you(labels._clean(d.statement))}")
            return labels.yes_no_question(d.statement)
    for d in figs:
        vp = labels._LEAD_ADVERBS.sub("", d.vp)
        m = _VERB_TOPIC.match(vp)
        if m is not None and len(vp.split()) >= 2:
            verb = labels._lemma(m.group(0)) or m.group(0).lower()
            return labels._q(_your(f"Do you {verb} {vp[m.end() :].strip()}"))
    for d in figs:
        m = _HAVE_DONE.match(d.vp)
        if m is not None and d.answer not in _NON_SUBSTANTIVE:
            # "47% of adults had used a chatbot at work in the past month"
            return labels._q(_your(f"Have you {m.group('x')}"))
    for d in figs:
        m = re.match(r"^(?:are|were|is|was)\s+(?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,5})$", d.vp, re.IGNORECASE)
        if m is not None and d.answer not in _NON_SUBSTANTIVE:
            return labels._q(f"Are you {m.group('x')}")
    return None


_REPORTED = re.compile(
    r"\b(?:say|says|said|saying|think|thinks|thought|believe|believes|believed|agree|agrees|agreed|"
    r"report|reports|reported)\s+(?:that\s+)?(?P<c>[^,;:?!()]+?)\s*(?=[,;:?!()]|\.(?:\s|$)|"
    r"\s+(?:while|whereas|but|compared|according|up|down)\b|$)",
    re.I,
)
_POSSESSIVE_APPROVAL = re.compile(
    r"\b(?P<x>(?:the\s+)?(?:[A-Z][\w.-]*|president|governor|mayor|premier|prime\s+minister|congress)"
    r"(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+(?:job\s+)?approval\b",
    re.I,
)


_SAY_VERB = re.compile(labels._SAY_VERBS, re.IGNORECASE)
_NOT_VERBS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "than",
        "then",
        "who",
        "that",
        "which",
        "whose",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "these",
        "those",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "more",
        "less",
        "most",
        "least",
        "not",
        "no",
        "all",
        "some",
        "any",
        "each",
        "both",
        "either",
        "neither",
        "one",
        "two",
        "three",
        "about",
        "over",
        "under",
        "among",
        "between",
        "into",
        "onto",
        "upon",
    ]
)


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


def _reads_as_name(d: Draft) -> bool:
    """An answer read as a person or party ("would vote for Ortiz" -> "Ortiz"), outside headlines."""
    return (
        d.answer[:1].isupper()
        and not d.answer.isupper()  # an all-capitals text has no names to tell apart
        and not d.headline
        and not d.statement
        and d.answer.lower() not in _NON_SUBSTANTIVE
        and not set(d.answer.lower().split()) & _LABEL_WORDS
    )


def _verb_question(figs: list[Draft]) -> str | None:
    """A question from what the figures say people do, when nothing better names it.

    "24% turn to campaign posts ..., 10% turn to their websites and 9% turn to emails" asks "Do you turn
    to campaign posts ..., their websites or emails?"; one figure's "wear a mask" asks "Do you wear a
    mask?". Verb phrases that start with a function word or an auxiliary are left to the other rules.
    """
    phrases: list[tuple[str, str]] = []
    for d in figs:
        words = labels._LEAD_ADVERBS.sub("", d.vp).split()
        if len(words) < 2 or d.statement:
            continue
        verb = words[0].lower()
        if (
            not verb.isalpha()
            or verb in _NOT_VERBS
            or verb.endswith(("ing", "ed"))
            or verb in POP_HEADS
            or _MAIN_MODS.fullmatch(verb)
            or labels._AUX_RE.fullmatch(verb)
            or _SAY_VERB.fullmatch(verb)
        ):
            continue  # "say they ...", "agreeing with ...": the statement rules read those
        phrases.append((verb, " ".join(words[1:])))
    if not phrases:
        return None
    verb = phrases[0][0]
    verb = _IRREGULAR_PAST.get(verb, verb)
    objects = list(dict.fromkeys(obj for v, obj in phrases if _IRREGULAR_PAST.get(v, v) == verb))
    if len(objects) == 1:
        if not all(d.headline for d in figs):
            return None  # one verb phrase in prose is too weak a question; a headline states its finding
        return labels._q(f"Do you {verb} {_your(objects[0])}")
    # Several objects of one verb are the options; pronouns stay as written ("their websites" may be
    # the campaigns').
    return labels._q(f"Do you {verb} {', '.join(objects[:-1])} or {objects[-1]}")


_IRREGULAR_PAST = {
    "chose": "choose",
    "took": "take",
    "gave": "give",
    "got": "get",
    "went": "go",
    "made": "make",
    "saw": "see",
    "felt": "feel",
    "found": "find",
    "held": "hold",
    "knew": "know",
    "paid": "pay",
    "spent": "spend",
    "sent": "send",
    "bought": "buy",
    "kept": "keep",
    "left": "leave",
    "put": "put",
}


def _your(s: str) -> str:
    """The respondents' "their" addressed to them: "in their district" -> "in your district"."""
    return re.sub(r"\btheir\b", "your", s)


def _fallback_question(sentence: str) -> str:
    """A last-resort question, from what the respondents were reported to say or think ("say they
    wear a mask" -> "Do you wear a mask?"), a possessive approval rating ("the president's approval
    stands at ...") or else the sentence's words without its numbers, shortened."""
    s = re.sub(r"\(?\b\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent)\)?", "", sentence)
    s = re.sub(r"\s+", " ", s).strip(" ,.;:")
    m = _REPORTED.search(s)
    if m is not None and 2 <= len(m.group("c").split()) <= 16:
        if m.group(0).lower().startswith("agree"):
            # Agreeing with a statement: the statement is the question's object, as worded.
            return labels._q(f"Do you agree that {m.group('c')}")
        return labels.yes_no_question(m.group("c").strip(" '\"‘’“”"))
    a = _POSSESSIVE_APPROVAL.search(s)
    if a is not None:
        rated = re.sub(r"^the\s+", "the ", a.group("x"), flags=re.I)
        return labels._q(f"Do you approve of {rated}")
    words = s.split()[:14]
    return labels._q("What about: " + " ".join(words)) if words else "What did respondents say?"
