"""Decide which candidate numbers are poll figures, and say why the others are not.

The decision uses a small window around each number (bounded, so the whole pass stays linear) plus
two flags computed once: whether the passage talks about a poll at all, and what kind of sentence
the number sits in (election count, economic statistic, methodology).

A percent-marked number is a figure unless a rejecting rule fires; in a passage with no sign of a
poll, only numbers with a strong local poll signal ("61% of Democrats", "67% say") are kept. Bare
numbers are kept only in pairs and "Name NN" lists in a poll context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reading.extract.gates import Guarded, contains_any, ends_with_open_paren, ends_with_word
from bot.reading.extract.numbers import Candidate
from bot.reading.extract.scan import Anchored, gated, longest_first
from bot.reading.extract.vocab import MONTHS, POLLSTER_RE, POP_HEADS, WEEKDAYS

WINDOW = 80

_MOE_LEFT = Guarded(
    re.compile(
        r"(?:margin of (?:sampling )?error|error margin|sampling error|margin of error|plus or minus|"
        r"plus-or-minus|±|\+/-|\+-|\bmoe\b|credibility interval)[^.;]{0,30}$",
        re.IGNORECASE,
    ),
    contains_any("error", "plus", "±", "+/-", "+-", "moe", "credib"),
)
_RIGHT_REJECT = re.compile(
    r"""^[ \t]*(?:
        margin\s+of\s+error|error\s+margin|error\b|either\s+way|sampling\s+error|confidence|
        credib|points?\b|percentage\s+points?|pts?\b|
        increase|decrease|drop|rise|jump|decline|gain|lead\b|margin|advantage|edge|swing|shift|cut\b|
        hike|raise|tariff|tax|bracket|level\b|stake|discount|interest|return|growth|
        chance|probability|likelihood|odds|pay\b|APR|threshold|mark\b|barrier|hurdle|
        sure\b|confident\b|convinced\b|committed\b|guaranteed\b|honest\b|serious\b|
        behind\s+(?:him|her|it|them|you|this|that)\b|
        or\s+more|or\s+higher|or\s+above|or\s+less|or\s+lower|or\s+below|\+\s*1|plus\s+one|
        of\s+(?:the\s+)?(?:GDP|precincts|votes?\b|ballots|popular\s+vote|budget|income|salary|
        (?:their\s+|its\s+|the\s+)?(?:revenue|capacity|market|population\s+growth))|
        year|month|week|day|hour|minute|mile|km|kilo|seat|time|x\b|million|billion|trillion|
        (?:a|per|each|every)\s+(?:year|month|week|day|quarter)\b(?!\s+(?:ago|earlier|before))|year\s+over\s+year|
        bn\b|cents?|dollars|pounds|euros|ABV|APY|off\b|
        (?:in\s+)?(?:the\s+)?(?:first|second|third|fourth)\s+quarter)""",
    re.IGNORECASE | re.VERBOSE,
)
_CHANGE_LEFT = Guarded(
    re.compile(
        r"\b(?:up|down|won\s+by|lost\s+by|gained|gains?|lost|loses|dropped|drops?|fell|falls|rose|rises|increased|"
        r"decreased|jumped|climbed|slipped|declined|grew|shrank|surged|plunged|slumped|"
        r"increase of|decrease of|drop of|rise of|gain of|swing of|lead of|margin of|cut of|"
        r"hike of|tariffs? of|tax of|rate of|inflation of|growth of|interest of|"
        r"leads? by|ahead by|behind by|trails? by)"
        r"(?:\s+by)?(?:\s+(?:about|roughly|nearly|almost|around|some|just|only))?\s*$",  # "fell by roughly 60%"
        re.IGNORECASE,
    ),
    ends_with_word(
        "up",
        "down",
        "by",
        "about",
        "roughly",
        "nearly",
        "almost",
        "around",
        "some",
        "just",
        "only",
        "gained",
        "gain",
        "gains",
        "lost",
        "loses",
        "dropped",
        "drop",
        "drops",
        "fell",
        "falls",
        "rose",
        "rises",
        "increased",
        "decreased",
        "jumped",
        "climbed",
        "slipped",
        "declined",
        "grew",
        "shrank",
        "surged",
        "plunged",
        "slumped",
        "of",
    ),
)
_LEADS_BY = re.compile(r"\b(?:leads?|leading|led|ahead|trails?|trailing|behind)\s+by\s*$", re.IGNORECASE)
_BOUND_LEFT = Guarded(
    re.compile(
        r"(?:\b(?:more|less|fewer|greater|higher|lower|bigger|smaller)\s+than|\b(?:over|under|above|below|"
        r"beyond|exceeds?|exceeding|exceeded|surpass(?:es|ed|ing)?|tops?|topped|topping|north\s+of|"
        r"south\s+of|upwards\s+of|in\s+excess\s+of|at\s+least|at\s+most|approaching(?:\s+or\s+at)?|"
        r"or\s+at|cracks?|cracked|cracking|needs?(?:\s+an?)?|requires?(?:\s+an?)?|required|clears?|cleared|clearing|"
        r"crosse?s?d?|crossing|breach(?:es|ed)?|shy\s+of|short\s+of|less\s+than|up\s+to)\b)\s*$",
        re.IGNORECASE,
    ),
    ends_with_word(
        "than",
        "over",
        "under",
        "above",
        "below",
        "beyond",
        "exceed",
        "exceeds",
        "exceeding",
        "exceeded",
        "surpass",
        "surpasses",
        "surpassed",
        "surpassing",
        "top",
        "tops",
        "topped",
        "topping",
        "of",
        "least",
        "most",
        "approaching",
        "at",
        "crack",
        "cracks",
        "cracked",
        "cracking",
        "crossing",
        "breach",
        "breaches",
        "breached",
        "to",
        "cross",
        "crossd",
        "crosss",
        "crosssd",
        "crosse",
        "crossed",
        "crosses",
        "crossesd",
        "need",
        "needs",
        "a",
        "an",
        "require",
        "requires",
        "required",
        "clear",
        "clears",
        "cleared",
        "clearing",
    ),
)
_RANGE_LEFT = Guarded(
    re.compile(
        r"\b(?:between|anywhere\s+from|ranging\s+from|ranges?\s+from|range\s+of|somewhere\s+between)\s*$",
        re.IGNORECASE,
    ),
    ends_with_word("between", "from", "of"),
)
_BETWEEN_AND = Guarded(
    re.compile(r"\bbetween\s+\S{1,12}\s+and\s*$", re.IGNORECASE),
    ends_with_word("and"),
)
_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "his", "her"))
# "a 3% tariff", "a statewide 0.5% sales tax": a determiner up to two modifiers before the number.
_ADJ_LEFT = Guarded(
    re.compile(
        r"\b(?:a|an|the|its|their|his|her)(?:\s+(?!(?:of|and|or|to|in|with|for)\b)[A-Za-z][\w-]*){0,2}\s*$",
        re.IGNORECASE,
    ),
    lambda s: not _DETERMINERS.isdisjoint(w.lower() for w in s.split()[-3:]),
)
_ADJ_RIGHT = re.compile(
    r"^[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:tariffs?|tax(?:es)?|bracket|rate|levy|increase|cut|hike|raise|"
    r"discount|stake|share|interest|return|surcharge|fee|rebate|level|growth|decline|drop|rise|"
    r"chance|threshold|cap|limit|minimum|maximum|target|requirement|majority|vote\s+"
    r"threshold|solution|alcohol|juice|cotton|off)\b",
    re.IGNORECASE,
)
_AGE_LEFT = gated(
    re.compile(
        rf"\b(?:{MONTHS}|{WEEKDAYS}|aged?|ages|age\s+group|under|over|those|from|between|Proposition|Prop\.?|No\.|number|"
        r"page|district|score|scored|won|beat|defeated|final|quarter|inning|innings|route|highway|"
        r"interstate|I-|room|suite|chapter|section|article|question|Q)\.?\s*$",  # "Sept. 14-16"
        re.IGNORECASE,
    )
)
_PAIR_CONTEXT = re.compile(
    r"\b(?:margin|lead|leads|leading|led|ahead|edge|advantage|over|trails?|trailing|behind|split|"
    r"favou?rability|favou?rable|approval|rating|better|prime\s+minister|premier|"
    r"two-party|2PP|TPP|preferred|preference|poll|polls|survey|favou?r|approve|disapprove|"
    r"oppose|support|against|vote|voting|head-to-head|matchup|match-up)\b",
    re.IGNORECASE,
)
_NAME_NN = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*:?[ \t]+(?:(?:on|at|with)[ \t]+)?"
    r"(?P<num>\d{1,2}(?:\.\d)?)(?![\w%]|[ \t]*(?:%|percent|per[ \t-]?cent|-|–|:|/|\.\d|,\d))"
)
# ... and broadcast call signs ("KSVB 6 News").
_BAD_NAME = re.compile(
    rf"^(?:{MONTHS}|{WEEKDAYS}|Proposition|Prop|Route|Page|Question|Q|No|Chapter|[KW][A-Z]{{2,3}})\b"
)
_VOTED = Guarded(
    re.compile(
        r"\bvoted\b|\bcast\s+(?:their\s+|a\s+)?(?:ballots?|votes?)\b"
        r"|\b(?:it|they|he|she)\s+(?:won(?!['’])|took|received|got)\b",  # "the 34 per cent it won at the election"
        re.IGNORECASE,
    ),
    contains_any("voted", "cast", "won", "took", "received", "got"),
)
_VOTED_WHO = re.compile(r"[ \t]*(?:of[ \t]+[\w \t]{0,30}?)?(?:who|that)\b", re.IGNORECASE)
_OF = re.compile(r"[ \t]*of\b", re.IGNORECASE)
_PAIR_RIGHT_OK = re.compile(r"[ \t]*(?:lead|margin|edge|advantage|split)\b", re.IGNORECASE)
_UNIT_RIGHT = re.compile(
    r"^[ \t]*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|miles?|votes|seats|points?|"
    r"times|people|million|billion|cents?|dollars|electoral|delegates)\b",
    re.IGNORECASE,
)

_POP_HEAD_ALT = longest_first(POP_HEADS)
STRONG_OF = re.compile(
    rf"^[ \t]*\)?[ \t]*of[ \t]+(?:the[ \t]+|all[ \t]+|those|these|[\w.'’-]+[ \t]+){{0,4}}?"
    rf"(?:those|{_POP_HEAD_ALT})\b",
    re.IGNORECASE,
)
_STRONG_VERB = re.compile(
    r"^[ \t]*\)?[ \t]*,?[ \t]*(?:of[ \t]+(?:[\w.'’-]+[ \t]+){1,5}?)?(?:(?:also|still|now|only|just)[ \t]+)?"
    r"(?:say|says|said|think|thinks|thought|believe|believes|feel|feels|felt|agree|agreed|disagree|"
    r"support|supported|oppose|opposed|favou?r|favou?red|approve|approved|disapprove|disapproved|"
    r"prefer|preferred|expect|want|wanted|would|back|backed|realize|describe|identify|"
    r"are\s+(?:undecided|unsure|opposed|in\s+favou?r|against|for)|"
    r"were\s+(?:undecided|unsure|opposed|in\s+favou?r|against|for)|undecided|unsure|not\s+sure|"
    r"don['’]t\s+know|no\s+opinion|view|rate|trust|blame|worry|fear)\b",
    re.IGNORECASE,
)
_POP_PAREN_LEFT = Guarded(
    re.compile(
        rf"\b(?:{_POP_HEAD_ALT}|those|all|few|fewer|most|majority|plurality|minority|(?:a|one|three)\s+quarters?|"
        rf"(?:a|one|two)[ -]thirds?|half|in[ -](?:ten|five|four|three|two|\d+))\s*[(\[]\s*$",
        re.IGNORECASE,
    ),
    ends_with_open_paren,
)


@dataclass(frozen=True, slots=True)
class PassageContext:
    """What the whole passage tells the number filter."""

    poll_evidence: bool


def passage_context(text: str, has_pollster: bool | None = None) -> PassageContext:
    """Whether the passage mentions a poll, survey or pollster anywhere (outside "polls closed")."""
    if has_pollster is None:
        has_pollster = POLLSTER_RE.search(text) is not None
    if has_pollster:
        return PassageContext(poll_evidence=True)
    low = text.lower()
    if not any(k in low for k in _POLL_KEYS):
        return PassageContext(poll_evidence=False)  # cheap exit: no poll word can match below
    for m in _SENTENCE_FLAGS.finditer(text):
        if m.lastgroup in ("poll", "exit"):
            return PassageContext(poll_evidence=True)
    return PassageContext(poll_evidence=False)


# Substrings every "poll"/"exit" match of _SENTENCE_FLAGS contains (a prefilter, not the rule).
_POLL_KEYS = (
    "poll",
    "survey",
    "respondent",
    "interview",
    "questioned",
    "fieldwork",
    "intention",
    "monitor",
    "tracking",
    "crosstab",
    "sample",
    "error",
    "size",
    "topline",
    "weighted",
)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """Flags of one sentence; computed once, used by all numbers in it."""

    election: bool
    econ: bool
    poll: bool
    exit_poll: bool
    turnout: bool


_SENTENCE_FLAGS = re.compile(
    r"(?P<np>\bpolls?\s+(?:closed?|open(?:ed)?|opening|closing)\b|\bto\s+the\s+polls\b|\bpolling\s+"
    r"(?:places?|stations?|booths?|locations?|day)\b)"
    r"|(?P<exit>\bexit[- ]poll)"
    r"|(?P<turnout>\bturnout\b)"
    r"|(?P<election>\b(?:precincts?|ballots?\s+counted|votes?\s+counted|vote\s+count|official\s+results?|"
    r"certified\s+results?|electoral\s+college\s+votes|won\s+the\s+(?:election|seat|race|state|primary))\b)"
    r"|(?P<poll>\b(?:poll(?:s|ed|ing|ster|sters)?|survey(?:s|ed|ing)?|respondents|interviewed|questioned|"
    r"fieldwork|voting\s+intention|political\s+monitor|tracking|crosstabs?|sample|margin\s+of\s+(?:sampling\s+)?"
    r"error|n\s+size|topline|weighted)\b)"
    r"|(?P<econ>\b(?:unemployment|jobless|inflation|GDP|gross\s+domestic|interest\s+rates?|mortgage|tariffs?|"
    r"tax\s+rates?|bracket|stock\s+market|bond\s+market|yields?|wages?|salar(?:y|ies)|growth\s+rate|"
    r"economy\s+grew|CPI|deficit|budget|shooting|free\s+throws?|field\s+goals?|batting|three-pointers?|"
    r"market\s+share|profit|revenue|earnings|dividend|discount|price\s+index|consumer\s+prices|"
    r"labor\s+force|from\s+the\s+field|rebounds|assists|bureau\s+of\s+labor\s+statistics|census\s+bureau|"
    r"statistics\s+canada|office\s+for\s+national\s+statistics)\b)",
    re.IGNORECASE,
)
# The same pattern over the lower-cased sentence, case-sensitive: about twice as fast as IGNORECASE.
_SENTENCE_FLAGS_LOWER = Anchored(
    re.compile(_SENTENCE_FLAGS.pattern.replace("GDP", "gdp").replace("CPI", "cpi"))
)


def sentence_context(sentence: str, has_pollster: bool = False) -> SentenceContext:
    """Flags of one sentence in one regex pass; ``has_pollster`` when a pollster is named in it."""
    flags = {"election": False, "econ": False, "poll": has_pollster, "exit": False, "turnout": False}
    for m in _SENTENCE_FLAGS_LOWER.finditer(sentence.lower()):
        kind = m.lastgroup
        if kind is None or kind == "np":
            continue
        flags[kind] = True
    return SentenceContext(
        election=flags["election"],
        econ=flags["econ"],
        poll=flags["poll"] or flags["exit"],
        exit_poll=flags["exit"],
        turnout=flags["turnout"],
    )


_OPINION_AFTER = re.compile(
    r"^[ \t]*\)?[ \t]*(?:of[ \t]+)?(?:[\w.'’-]+[ \t]+){0,6}?(?:say|says|said|think|thinks|thought|believe|"
    r"believes|feel|feels|agree|agreed|disagree|support|supported|oppose|opposed|favou?r|favou?red|approve|"
    r"approved|disapprove|disapproved|prefer|preferred|expect|want|wanted|would|identify|describe|trust|"
    r"worry|worried|fear|blame|rate|view|consider)\b",
    re.IGNORECASE,
)


def opinion_signal(text: str, c: Candidate, s_start: int, s_end: int) -> bool:
    """Whether an opinion verb follows the figure in its clause ("45% of Americans think")."""
    right = text[c.mark_end : min(s_end, c.mark_end + WINDOW)]
    return _OPINION_AFTER.match(right) is not None


def strong_signal(text: str, c: Candidate, s_start: int, s_end: int) -> bool:
    """Local evidence that a number is a share of respondents: "61% of Democrats", "67% say"."""
    right = text[c.mark_end : min(s_end, c.mark_end + WINDOW)]
    if STRONG_OF.match(right) or _STRONG_VERB.match(right):
        return True
    left = text[max(s_start, c.start - 40) : c.start]
    return bool(_POP_PAREN_LEFT.search(left))


_BY_A = re.compile(r"\bby\s+(?:a|an|the)\s*$", re.IGNORECASE)
_MARGIN_RIGHT = re.compile(r"[ \t]*(?:percent\s+|per\s?cent\s+|%\s*)?(?:margin|split)\b", re.IGNORECASE)


_RATE_SUBJECT = Guarded(
    re.compile(
        r"\b(?:tax|taxes|rate|rates|levy|levies|fee|fees|tariffs?|surcharge|interest|VAT|premiums?|tolls?|"
        r"commission|millage|yield|APR|mortgage)\b(?:\s+[\w-]+){0,2}?\s+"
        r"(?:rises?|rose|risen|rising|falls?|fell|fallen|falling|goes\s+up|goes|went|climbs?|climbed|"
        r"increases?|increased|decreases?|decreased|drops?|dropped|jumps?|jumped|will\s+(?:rise|fall|be|go)|"
        r"would\s+(?:rise|fall|be|go)|is|was|are|were|stands?|stood|set|sits?|of|at|from|to)"
        r"(?:\s+(?:at|from|to|by|about|roughly|around|nearly|up\s+to))?\s*$",
        re.IGNORECASE,
    ),
    contains_any(
        "tax",
        "rate",
        "lev",
        "fee",
        "tariff",
        "surcharge",
        "interest",
        "vat",
        "premium",
        "toll",
        "commission",
        "millage",
        "yield",
        "apr",
        "mortgage",
    ),
)
_OPINION_WORDS = re.compile(
    r"\b(?:support|oppos|favou?r|approv|disapprov|back(?:ed|ing|s)?\b|say|said|think|believe|want|poll|survey|"
    r"respondents|voters)",
    re.IGNORECASE,
)
_POLL_WORDS = re.compile(
    r"\b(?:poll|polls|polling|survey|surveyed|respondents|voters|public|Americans)\b", re.I
)


def _in_unattributed_quote(text: str, c: Candidate, s_start: int, s_end: int) -> bool:
    """Whether a number sits inside a quotation (opened and closed in its sentence) that says
    nothing about a poll or voters."""
    left = text[s_start : c.start]
    opened = max(left.rfind("“"), left.rfind('"'))
    if opened < 0:
        return False
    if left.rfind("“") >= 0 and left.rfind("”") > left.rfind("“"):
        return False
    if '"' in left and left.count('"') % 2 == 0 and left.rfind("“") < 0:
        return False
    close = -1
    for q in ("”", '"'):
        k = text.find(q, c.mark_end, s_end)
        if k >= 0 and (close < 0 or k < close):
            close = k
    if close < 0:
        return False
    quote = text[s_start + opened : close]
    return not _POLL_WORDS.search(quote)


def by_margin(first_left: str, last_right: str) -> bool:
    """A pair written "by a 55-41 margin": the two shares of respondents, not a lead or a score."""
    return bool(_BY_A.search(first_left[-12:])) and _MARGIN_RIGHT.match(last_right) is not None


def reject_reason(
    text: str,
    cands: list[Candidate],
    i: int,
    s_start: int,
    s_end: int,
    sctx: SentenceContext,
    pctx: PassageContext,
) -> str | None:
    """Why candidate ``i`` is not a poll figure, or None when it is one (for marked numbers)."""
    c = cands[i]
    if c.value > 100:
        return "over 100"
    if not c.marked and c.partner is None:
        return "bare number"  # "Name NN" list items are let in by the caller
    left = text[max(s_start, c.start - WINDOW) : c.start]
    near = left[-36:]  # end-anchored patterns only need the last few words
    right = text[c.mark_end : min(s_end, c.mark_end + WINDOW)]
    partner = cands[c.partner] if c.partner is not None else None
    if _MOE_LEFT.search(left[-60:]):
        return "margin of error"
    last = partner if c.first and partner is not None else c
    last_right = right if last is c else text[last.mark_end : min(s_end, last.mark_end + WINDOW)]
    if (
        (last.marked or partner is not None)
        and _RIGHT_REJECT.match(last_right)
        and (partner is None or not _PAIR_RIGHT_OK.match(last_right))
    ):
        return "not a share (unit, error, change, bound or rate follows)"
    first = c if partner is None or c.first else partner
    first_left = left if first is c else text[max(s_start, first.start - WINDOW) : first.start]
    change = _CHANGE_LEFT.search(near)
    if change is not None and not (partner is not None and _LEADS_BY.search(change.group(0))):
        # ("Yes leads by 52 per cent to 48 per cent": a pair after "leads by" is the two shares.)
        return "change or lead"
    if partner is None and _BOUND_LEFT.search(near):
        # "more than 40 per cent", "tops 5 percent".
        return "bound or threshold"
    if _RANGE_LEFT.search(first_left[-36:]) or _BETWEEN_AND.search(near):
        # "between 20% and 50%", "ranging from 40-45%".
        return "range"
    if c.marked and _ADJ_LEFT.search(near) and _ADJ_RIGHT.match(right):
        return "rate or level written as a percentage"
    if c.marked and _RATE_SUBJECT.search(first_left[-40:]) and not _OPINION_WORDS.search(first_left):
        # "the rate rises from 1.12% to 1.19%", "a fee of 3%": the percentage is a rate, not a share of people.
        return "tax, fee or rate"
    if sctx.election and not sctx.exit_poll:
        return "election count"
    if sctx.turnout and (not sctx.poll or "turnout" in left[-60:].lower()):
        return "turnout"  # "turnout closer to 2022's 61%" even in a sentence about a poll
    if _VOTED.search(right[:40]) and not sctx.exit_poll and not _VOTED_WHO.match(right):
        return "election result"
    strong = (
        strong_signal(text, c, s_start, s_end)
        or (partner is not None and strong_signal(text, partner, s_start, s_end))
        or (partner is not None and by_margin(first_left, last_right))
    )
    if sctx.econ and not strong and not sctx.poll:
        return "economic or statistical rate"
    if c.marked and not strong and _in_unattributed_quote(text, c, s_start, s_end):
        # '“my inbox is about 90% angry,” one told me': a quip in quoted speech, not a poll result.
        return "quoted speech"
    if c.marked and _OF.match(right) and not strong:
        # "100% of the ISIS caliphate", "30% of the budget": a share of something, not of people.
        return "share of something other than respondents"
    if not pctx.poll_evidence and not (
        opinion_signal(text, c, s_start, s_end)
        or (partner is not None and opinion_signal(text, partner, s_start, s_end))
    ):
        return "no poll in passage"
    if not c.marked:
        return _bare_reason(text, c, partner, left, right, s_start, s_end, pctx)
    return None


def _bare_reason(
    text: str,
    c: Candidate,
    partner: Candidate | None,
    left: str,
    right: str,
    s_start: int,
    s_end: int,
    pctx: PassageContext,
) -> str | None:
    if partner is None:
        return "bare number"
    if c.spelled or partner.spelled:
        return "bare number"
    if not pctx.poll_evidence:
        return "bare pair outside a poll"
    if c.value != int(c.value) or partner.value != int(partner.value):
        return "bare decimal pair"
    first = c if c.first else partner
    second = partner if c.first else c
    if first.value + second.value > 101 or first.value < 1 or second.value < 1:
        return "pair does not split a whole"
    fleft = text[max(s_start, first.start - 30) : first.start]
    if _AGE_LEFT.search(fleft):
        return "age band, range or score"
    sright = text[second.end : min(s_end, second.end + WINDOW)]
    if _UNIT_RIGHT.match(sright):
        return "count or duration"
    if re.match(r"[ \t]*(?:year|yr)s?[ -]old", sright):
        return "age band"
    ctx = text[max(s_start, first.start - 100) : min(s_end, second.end + 40)]
    if not _PAIR_CONTEXT.search(ctx):
        return "bare pair without poll words"
    return None


def name_number_lists(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str]]:
    """Bare "Name NN" items of a horse-race list ("Dole 31, Bush 28, Kemp 13"): (start, end, name).

    Kept only when there are at least two items and their sum does not exceed a whole.
    """
    items: list[tuple[int, int, str]] = []
    total = 0.0
    for m in _NAME_NN.finditer(text, s_start, s_end):
        name = m.group("name")
        if _BAD_NAME.match(name):
            continue
        value = float(m.group("num"))
        total += value
        items.append((m.start("num"), m.end("num"), name))
    if len(items) < 2 or total > 101:
        return []
    return items
