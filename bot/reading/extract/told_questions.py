"""Questions a passage tells rather than asks: proposals for the question ranker.

A report often says what was asked without writing the question: it names a proposal and then gives the
shares that "favor this" or "oppose it"; it reads out a statement ("were read the statement '...'", "agree
or disagree that ...") and gives the shares that agree; it leads a list of options with a line saying
what the list answers ("which issues matter most to them:"). The rules pass then makes the question from
what is left of the figure's clause ("Do you favor this?", "Do you disagree with it and the rest were
unsure?") or falls back on a horse race. Each kind below proposes the question built from the sentence
that names what was asked, described by where that sentence is; the fitted ranker weighs it against the
others (:mod:`choices`, where a leftover clause is also marked, see :func:`leftover`).

- ``told_proposal``: the figure's clause takes a stance on something it only points back to ("favor
  this", "support it", "oppose the plan", "approve of it"), and its own sentence before the figure or one
  of the two sentences before names the proposal ("proposed raising ...", "a plan to ...", "wants to
  ...", "support for <noun phrase>", "split on <noun phrase>"): "Do you favor raising ...?".
- ``told_statement``: a statement read or put to the respondents, in quotes after "statement" or after
  "agree (or disagree) that", in the figure's sentence or the two before, where the figure's sentence
  tells agreement: "Do you agree or disagree that <statement>?".
- ``told_lead``: a list's lead line (the sentence before a run of short rows with figures, ending in a
  colon) that writes what the list answers ("which issues matter most to them", "what should be done
  first", "their top priority"): the wh-question it embeds.
"""

from __future__ import annotations

import functools
import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_check import usable
from bot.reading.extract.labels import wh_question
from bot.reading.extract.memo import per_text
from bot.reading.extract.questions import asked_question

# How many sentences back the sentence naming what was asked may be.
_BACK = 2
# How many rows a list's lead line may stand above the figure.
_ROWS_BACK = 15
_ROW_WORDS = 12

# -- pointing back ----------------------------------------------------------------------------------------

_STANCE = (
    r"(?P<verb>favou?r(?:s|ed)?|support(?:s|ed)?|oppose[sd]?|back(?:s|ed)?|endorse[sd]?|reject(?:s|ed)?|"
    r"(?:dis)?approve[sd]?\s+of|(?:are|is|were|was)\s+(?:opposed\s+to|in\s+favou?r\s+of|for|against))"
)
_POINTER = (
    r"(?:it|this|that|them|(?:the|this|that|such\s+an?)\s+(?:idea|plan|proposal|measure|change|move|policy|bill|"
    r"law|deal|ban|cut|hike|increase|rule|reform|program|programme|initiative|amendment|step|approach|option|"
    r"opinion|statement|view))"
)
_POINTING = re.compile(rf"\b{_STANCE}\s+{_POINTER}\b(?!\s+(?:of|to|for|that|which|who)\b)", re.IGNORECASE)
# How far after the figure its clause's stance may be written.
_STANCE_CHARS = 70

# The verb a stance is asked with.
_ASKED_VERB = (
    (re.compile(r"^(?:favou?r|(?:are|is|were|was)\s+in\s+favou?r)", re.I), "favor"),
    (re.compile(r"^(?:support|back|endorse|(?:are|is|were|was)\s+for\b)", re.I), "support"),
    (re.compile(r"^(?:oppose|reject|(?:are|is|were|was)\s+(?:opposed|against))", re.I), "oppose"),
    (re.compile(r"^disapprove", re.I), "disapprove of"),
    (re.compile(r"^approve", re.I), "approve of"),
)

# A clause's end: punctuation, or a word that starts another clause.
_END = r"(?=\s*[,;:.!?()\"”]|\s+(?:but|while|whereas|although|though|according|and\s+(?:that|it|the\s+poll))\b|\s+[-—–]\s|$)"
_PHRASE = r"[^,;:!?()\"“”%]{3,120}?"
# A proposal named by what it would do: "proposed raising ...", "a plan to close ...", "wants to cap ...".
_PROPOSALS = (
    # "have proposed raising the gas tax", "proposes that the city ban ..."
    re.compile(rf"\bpropos(?:ed|es|e|ing)\s+(?P<ing>[a-z]+ing\b{_PHRASE}){_END}", re.IGNORECASE),
    re.compile(rf"\bpropos(?:ed|es|e|ing)\s+to\s+(?P<vp>[a-z]+\b{_PHRASE}){_END}", re.IGNORECASE),
    # "a plan to close three schools", "the bill that would ban ..."
    re.compile(
        r"\b(?P<np>(?:an?|the)\s+(?:[\w'’$-]+\s+){0,3}?(?:proposal|plan|bill|measure|idea|push|move|initiative|"
        r"amendment|law|policy|ban|rule|deal|program|programme|effort|call)\s+"
        rf"(?:to|that\s+would|which\s+would|that\s+will)\s+{_PHRASE}){_END}",
        re.IGNORECASE,
    ),
    # "the governor wants to raise ...", "the council is considering closing ..."
    re.compile(
        r"\b(?:wants?|wanted|plans?|planned|intends?|intended|seeks?|sought|hopes?|hoped|voted|moved|pushing|"
        rf"pushed|pledged|promised|vowed)\s+to\s+(?P<vp>[a-z]+\b{_PHRASE}){_END}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:considering|weighing|debating|floated|floating)\s+(?P<ing>[a-z]+ing\b{_PHRASE}){_END}", re.I
    ),
)
# A noun phrase the figure's own sentence names before its shares: "Support for universal background
# checks remains high: 89% favor them", "Residents are split on the stadium deal: 46% approve of it".
_NAMED_BEFORE = re.compile(
    r"\b(?:support\s+for|backing\s+for|opposition\s+to|split\s+(?:on|over)|divided\s+(?:on|over)|views?\s+(?:on|of)|"
    r"opinions?\s+(?:on|of)|asked\s+about)\s+"
    r"(?P<np>(?:the\s+|a\s+|an\s+)?[^,;:.!?()\"“”%]{3,80}?)"
    r"(?=\s+(?:is|are|was|were|remains?|remained|stands?|stood|runs?|has|have|had)\b|\s*[:;,(]|\s+[-—–]\s|$)",
    re.IGNORECASE,
)
# Where a clause runs on into another figure's ("... the world and 78% said ...").
_NEXT_FINDING = re.compile(r"[\s,]+(?:and|but|while|whereas)\s+(?:\S+\s+){0,3}?(?:\d|one\b|two\b|three\b)")
_PRONOUNS = frozenset({"it", "this", "that", "them", "they", "these", "those"})
_NOT_VERBS = frozenset({"the", "a", "an", "be", "do", "have", "get", "go", "make", "say"})


def gerund(verb: str) -> str:
    """ "raise" -> "raising", "cap" -> "capping", "tie" -> "tying", "see" -> "seeing"."""
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith(("ee", "ye", "oe")) or v == "be":
        return v + "ing"
    if v.endswith("e") and len(v) > 2:
        return v[:-1] + "ing"
    # One short vowel between consonants, the last no w, x or y: the consonant doubles ("ban", "stop").
    if re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", v) and len(v) <= 5:
        return v + v[-1] + "ing"
    return v + "ing"


def _object(m: re.Match[str]) -> str | None:
    """What a proposal match names, as the object of "Do you favor ...?"."""
    groups = m.groupdict()
    if groups.get("ing"):
        obj = groups["ing"]
    elif groups.get("vp"):
        first, _, rest = groups["vp"].partition(" ")
        if first.lower() in _NOT_VERBS or first.lower().endswith(("ing", "ed")):
            return None
        obj = f"{gerund(first)} {rest}".strip()
    else:
        obj = re.sub(r"^an?\s+", "the ", groups.get("np") or "", flags=re.IGNORECASE)
    obj = _NEXT_FINDING.split(obj, maxsplit=1)[0]
    obj = re.sub(r"\s+", " ", obj).strip()
    obj = re.sub(r"\btheir\b", "your", obj)
    if re.search(r"\d", obj) and re.search(r"\d\s*(?:%|percent|per\s?cent)", obj):
        return None
    words = obj.split()
    if len(words) < 2 or len(words) > 18 or words[-1].lower() in _PRONOUNS:
        return None
    if words[0].lower() in ("vote", "voting"):
        return None  # "plans to vote no": a side of a ballot, asked by ballot_questions
    return obj


def _stance_after(a: Analysis, n: Num) -> re.Match[str] | None:
    """The stance the figure's clause takes on something it only points back to, within its sentence."""
    end = a.sentences[n.sentence].end if a.sentences else len(a.text)
    hi = min(end, n.end + _STANCE_CHARS)
    m = _POINTING.search(a.text, n.end, hi)
    if m is None or re.search(r"\d", a.text[n.end : m.start()]):
        return None  # another figure's clause
    return m


def _asked_verb(stance: str) -> str:
    for rx, verb in _ASKED_VERB:
        if rx.match(stance):
            return verb
    return "support"


# A stance's verb as its question's: the positive side, which a pair's other side is asked with.
_POSITIVE = {"oppose": "support", "disapprove of": "approve of"}


def _sentence_verb(a: Analysis, n: Num, stance: re.Match[str]) -> str:
    """The verb the figure's sentence asks its proposal with: the first positive stance it takes on what
    it points back to ("favor this, and 64% oppose it": favor), else the positive side of the figure's."""
    if a.sentences:
        s = a.sentences[n.sentence]
        for m in _POINTING.finditer(a.text, s.start, s.end):
            verb = _asked_verb(m.group("verb"))
            if verb not in _POSITIVE:
                return verb
    verb = _asked_verb(stance.group("verb"))
    return _POSITIVE.get(verb, verb)


def _contexts(a: Analysis, n: Num) -> list[tuple[int, str]]:
    """(sentences back, text): the figure's own sentence before it, then the two sentences before."""
    if not a.sentences:
        return []
    s = a.sentences[n.sentence]
    out = [(0, a.text[s.start : n.start])]
    for back in range(1, _BACK + 1):
        if n.sentence - back < 0:
            break
        out.append((back, a.sentence_text(n.sentence - back)))
    return out


def proposal_questions(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """ "Do you favor <the proposal>?" for a figure whose clause favours or opposes what an earlier
    sentence proposed (see the module's doc)."""
    stance = _stance_after(a, n)
    if stance is None:
        return []
    verb = _sentence_verb(a, n, stance)
    for back, text in _contexts(a, n):
        found: list[tuple[int, str]] = []
        for rx in (*_PROPOSALS, _NAMED_BEFORE) if back == 0 else _PROPOSALS:
            for m in rx.finditer(text):
                obj = _object(m)
                if obj is not None:
                    found.append((m.start(), obj))
        if found:
            obj = max(found)[1]  # the last named before the figure
            q = f"Do you {verb} {obj}?"
            if usable("question", q):
                return [(q, "told_proposal", {f"told_back={back}": 1.0})]
    return []


# -- statements -------------------------------------------------------------------------------------------

_QUOTE = r"[\"“‘']"
_UNQUOTE = r"[\"”’']"
_STATEMENTS = (
    # "were read the statement 'The federal government should cap ...'", "agreed with the statement: '...'"
    re.compile(
        rf"\bstatements?\s*(?:that\s+)?[:,]?\s*{_QUOTE}\s*(?P<s>[^\"“”]{{8,220}}?)[.!]?\s*{_UNQUOTE}",
        re.IGNORECASE,
    ),
    # "agree or disagree that the state should ...", "agreed with the idea that ..."
    re.compile(
        r"\b(?:agree[sd]?|disagree[sd]?)\s+(?:or\s+(?:dis)?agree[sd]?\s+)?(?:(?:with\s+)?the\s+(?:statement|idea|view|"
        rf"notion|claim|proposition)\s+)?that\s+(?P<s>[^;:.!?\"“”()]{{8,220}}?){_END}",
        re.IGNORECASE,
    ),
    # "the statement that ...", "the view that ..."
    re.compile(
        rf"\bthe\s+(?:statement|view|notion|claim|proposition)\s+that\s+(?P<s>[^;:.!?\"“”()]{{8,220}}?){_END}",
        re.IGNORECASE,
    ),
)
_AGREEMENT = re.compile(r"\b(?:dis)?agree[sd]?\b|\bagreement\b", re.IGNORECASE)
_NAMES_FIRST = frozenset(
    {"Congress", "Parliament", "America", "Americans", "God", "Washington", "Europe", "I"}
)


def _statement_clause(s: str) -> str:
    s = _NEXT_FINDING.split(s, maxsplit=1)[0]
    s = re.sub(r"\s+", " ", s).strip(" ,.'\"“”‘’")
    first, _, rest = s.partition(" ")
    # A quoted statement opens with a capital: lower-cased unless it is a name (the next word a name too,
    # a possessive, an all-capitals word or a body that is always written so).
    if (
        first[:1].isupper()
        and not first.isupper()
        and not rest[:1].isupper()
        and not first.endswith(("'s", "’s"))
        and first not in _NAMES_FIRST
    ):
        s = f"{first[:1].lower()}{first[1:]} {rest}".strip()
    return re.sub(r"\btheir\b", "your", s) if re.match(r"(?:they|their)\b", s, re.I) else s


@per_text  # each figure of a sentence asks
def _tells_agreement(sentence: str) -> bool:
    return _AGREEMENT.search(sentence) is not None


def statement_questions(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """ "Do you agree or disagree that <statement>?" for a figure whose sentence tells agreement with a
    statement read out in it or in one of the two sentences before."""
    if not a.sentences:
        return []
    own = a.sentence_text(n.sentence)
    if not _tells_agreement(own):
        return []
    both = "disagree" in own.lower()
    spans = [(0, own)] + [(b, t) for b, t in _contexts(a, n)[1:]]
    for back, text in spans:
        for rx in _STATEMENTS:
            m = rx.search(text)
            if m is None:
                continue
            clause = _statement_clause(m.group("s"))
            if len(clause.split()) < 3:
                continue
            side = "agree or disagree" if both or "disagree" in text.lower() else "agree"
            q = f"Do you {side} that {clause}?"
            if usable("question", q):
                return [(q, "told_statement", {f"told_back={back}": 1.0})]
    return []


# -- a list's lead line -----------------------------------------------------------------------------------

_WH_CLAUSE = re.compile(
    r"\b(?P<kind>which|what)\s+(?:(?:they|voters|people|respondents|residents|adults|Americans)\s+"
    r"(?:say|said|think|thought|believe|want|wanted)\s+)?(?P<body>[^,:;.?!()]{3,120}?)\s*:?\s*$",
    re.IGNORECASE,
)
_TOP = re.compile(
    r"\b(?:top|biggest|main|most\s+important)\s+(?P<noun>priorit(?:y|ies)|concerns?|issues?|problems?|worr(?:y|ies))\b"
    r"(?P<what>\s+(?:for|facing)\s+[^,;:.!?()]{3,60}?)?\s*(?=[,;:.!?()]|$)",
    re.IGNORECASE,
)
_SINGULAR = {
    "priorities": "priority",
    "concerns": "concern",
    "issues": "issue",
    "problems": "problem",
    "worries": "worry",
}


def _wh_lead(kind: str, body: str) -> str:
    """ "which issues matter most to them" -> "Which issues matter most to you?"; a clause whose subject is
    the respondents is turned about by :func:`labels.wh_question` ("what they want done first" -> "What do
    you want done first?")."""
    you = re.sub(r"\bthem\b", "you", re.sub(r"\btheir\b", "your", body))
    if re.search(r"\b(?:they|you|people|voters|respondents|Americans)\b", body):
        return wh_question(kind, body)
    return f"{kind} {' '.join(you.split())}?"


def _is_row(a: Analysis, i: int) -> bool:
    """A short sentence holding a figure: one row of a list."""
    return bool(a.numbers_by_sentence.get(i)) and len(a.sentence_text(i).split()) <= _ROW_WORDS


def lead_questions(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """The question a list's lead line writes out for the rows under it (see the module's doc)."""
    if not a.sentences or not _is_row(a, n.sentence):
        return []
    i = n.sentence - 1
    while i >= 0 and n.sentence - i <= _ROWS_BACK and _is_row(a, i):
        i -= 1
    if i < 0 or n.sentence - i > _ROWS_BACK:
        return []
    lead = a.sentence_text(i).strip()
    if not lead.endswith(":") or a.numbers_by_sentence.get(i):
        return []
    rows = {"told_rows": float(min(n.sentence - i, 9)) / 9.0}
    asked = asked_question(lead)
    if asked is None:
        m = _WH_CLAUSE.search(lead)
        if m is not None:
            asked = _wh_lead(m.group("kind").capitalize(), m.group("body"))
    if asked is None:
        top = _TOP.search(lead)
        if top is not None:
            noun = _SINGULAR.get(top.group("noun").lower(), top.group("noun").lower())
            what = f" {top.group('what').strip()}" if top.group("what") else ""
            asked = f"What is your top {noun}{what}?"
    if asked is None or not usable("question", asked):
        return []
    return [(asked, "told_lead", rows)]


def told_questions(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """Every question the passage tells for the figure (see the module's doc)."""
    return proposal_questions(a, n) + statement_questions(a, n) + lead_questions(a, n)


# -- leftover clauses -------------------------------------------------------------------------------------

# The words a question made from the rest of a figure's clause holds when it names nothing that was asked:
# the question frame, pronouns, and answer words.
_LEFTOVER_WORDS = frozenset(
    [
        "do",
        "does",
        "did",
        "you",
        "your",
        "are",
        "is",
        "was",
        "were",
        "should",
        "would",
        "will",
        "can",
        "could",
        "have",
        "has",
        "had",
        "be",
        "been",
        "the",
        "a",
        "an",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "them",
        "they",
        "their",
        "there",
        "rest",
        "others",
        "other",
        "remainder",
        "remaining",
        "some",
        "many",
        "most",
        "few",
        "and",
        "or",
        "but",
        "while",
        "so",
        "with",
        "of",
        "to",
        "about",
        "on",
        "in",
        "for",
        "not",
        "no",
        "yes",
        "agree",
        "disagree",
        "agreed",
        "favor",
        "favour",
        "favors",
        "oppose",
        "opposed",
        "opposes",
        "support",
        "supports",
        "supported",
        "back",
        "approve",
        "disapprove",
        "unsure",
        "undecided",
        "sure",
        "opinion",
        "idea",
        "plan",
        "proposal",
        "view",
        "statement",
        "notion",
        "claim",
        "one",
        "say",
        "said",
        "think",
    ]
)
_WORDS = re.compile(r"[a-z']+")


@functools.lru_cache(maxsize=4096)  # asked of every question candidate of every figure; most recur
def leftover(question: str) -> bool:
    """Whether a question holds only frame, pronoun and answer words ("Do you favor this?", "Do you disagree
    with it and the rest were unsure?"): left over from a clause, it names nothing that was asked."""
    words = _WORDS.findall(question.lower())
    return bool(words) and all(w in _LEFTOVER_WORDS for w in words)
