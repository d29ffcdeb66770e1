"""The question a sentence's figures answer, as a short clean question a reader poll could reuse.

Sources, strongest first: "When asked if/whether/what ...", a quoted question, a question-like
sentence just before the figures (ending in "?" or starting with "Is/Should/Do ..."), a horse race
("Vote choice: ..."). Weaker sources (a statement the respondents agreed with, a verb and its object)
are built by :mod:`bot.reading.extract.inference` from the figures' answers.
"""

from __future__ import annotations

import re

from bot.reading.extract.labels import _q, wh_question, yes_no_question
from bot.reading.extract.memo import per_text
from bot.reading.extract.race_templates import mask_past
from bot.reading.extract.scan import finder_starts, finditer_at, folded, search_at, word_starts

_ASKED = re.compile(
    r"\basked\s+(?:(?:respondents|voters|people|Americans|them|adults|participants|those\s+polled)\s+|"
    # whoever else was asked, in a few words: "asked Canadians who voted Conservative last spring whether"
    r"(?!(?:if|whether|about|what|how|who|whom|which|why|when|for|to|by|in)\b)[\w'’-][\w'’,.-]*\s+"
    r"(?:(?!(?:if|whether)\b)[\w'’-][\w'’,.-]*\s+){0,5}?(?=(?:if|whether)\b))?"
    r"(?P<kind>if|whether|about|what|how|who|whom|which|why|when)\s+(?P<body>(?:[^,;:?!.]|\.(?=\S)|\.(?=\s+[a-z]))+)",
    re.IGNORECASE,
)
_QUOTED_Q = re.compile(r"[\"“‘']\s*(?P<q>[A-Z][^\"“”]{6,240}?\?)")
_Q_START = re.compile(
    r"^(?:is|are|was|were|should|would|will|can|could|has|have|do|does|did|what|which|who|how|why|"
    r"when|where)\b",
    re.IGNORECASE,
)
_RACE = re.compile(
    # \b first: without it the engine tries the whole pattern at every character of the passage.
    r"\b(?P<race>(?:(?:the|this|next\s+year['’]s)\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,3}?"
    r"(?:GOP|Republican|Democratic|Labour|Conservative|Liberal|presidential|Senate|Senatorial|"
    r"gubernatorial|mayoral|House|federal|general|leadership|Westminster|provincial|state)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:primary|nomination|caucus(?:es)?|race|election|contest|runoff|vote)"
    r"(?:\s+for\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:President|Senate|Senator|Governor|Mayor|[A-Z]\w+))?)"
)
# Every _RACE match contains one of these words, preceded by at most six "word + spaces" units ("next",
# "year's", a year, three capitalised words), each a run of non-space characters: the match starts in
# those six runs before the word, at "t", "n", "1", "2" or a capital, or at the word itself.
_RACE_KEY = re.compile(
    r"GOP|Republican|Democratic|Labour|Conservative|Liberal|presidential|Senate|Senatorial|gubernatorial|"
    r"mayoral|House|federal|general|leadership|Westminster|provincial|state"
)
# Its words: every offset where _RACE_KEY matches is where one of them is written (found by str.find, not by
# trying the alternation at every character).
_RACE_KEY_WORDS = tuple(_RACE_KEY.pattern.split("|"))
_BACK_6_RUNS = re.compile(r"(?:\s+\S+){0,6}")  # matched on the reversed text: six runs back, greedily
_RACE_FIRST = re.compile(r"\b[tn12A-Z]")
_VOTING_INTENTION = re.compile(r"\b(?:voting|vote)\s+intention\b", re.IGNORECASE)
_VOTE_SHARE_AFTER_B = re.compile(r"share\s+of\s+the\s+vote\b|vote\s+share\b")
# The same with "\b" before each branch: _VOTE_SHARE_AFTER_B (literal first) matches wherever it does.
_VOTE_SHARE = re.compile(r"\bshare\s+of\s+the\s+vote\b|\bvote\s+share\b")


_RESPONDENT_SUBJECT = re.compile(
    r"^(?:voters|people|Americans|respondents|adults|residents|participants|"
    # a country's people ("Britons", "Australians", "New Zealanders", "Scots"), never a party's
    r"(?!(?:Republicans|Democrats|Independents|Liberals|Conservatives)\b)(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ans|ons|ers|ese|Scots))"
    r")\s+"
    r"(?=(?:would|will|should|could|can|do|did|are|were|have|had)\b)",
    re.IGNORECASE,
)


def asked_question(sentence: str) -> str | None:
    """The question in "When asked if the city should reopen the old bridge, ..."."""
    m = _ASKED.search(sentence)
    if m is None:
        return None
    kind, body = m.group("kind").lower(), m.group("body")
    kind = "who" if kind == "whom" else kind
    if kind in ("if", "whether"):
        body = re.split(r"\s+or\s+not\b", body)[0]
        # "asked whether voters would support ..." asks the voters themselves: "Would you support ...?"
        body = _RESPONDENT_SUBJECT.sub("you ", body, count=1)
        return yes_no_question(body)
    if kind == "about":
        return _q(f"What do you think about {body}")
    return wh_question(kind.capitalize(), body)


def quoted_question(sentence: str) -> str | None:
    """A question quoted in the sentence, minus "do you think": "What are the chances of ...?"."""
    m = _QUOTED_Q.search(sentence)
    if m is None:
        return None
    return clean_question(m.group("q"))


def clean_question(q: str) -> str:
    """Trim a quoted question: "What do you think are the chances ...?" -> "What are the chances ...?"."""
    m = re.match(
        r"^(?:do|would)\s+you\s+(?:think|say|believe)\s+(?:that\s+)?(?P<c>.+?)\??$", q, re.IGNORECASE
    )
    if m is not None and re.search(r"\b(?:is|are|was|were|should|would|will|can|could)\b", m.group("c")):
        return yes_no_question(m.group("c"))
    q = re.sub(r"\b(do|would)\s+you\s+(?:think|say|believe)\s+(?=(?:is|are|was|were|will|would)\b)", "", q)
    q = re.sub(r"^(?:Q\d*[:.]?\s*|Question\s*\d*[:.]\s*)", "", q)
    return _q(q)


def question_sentence(sentence: str) -> str | None:
    """A sentence that is itself the question (ends in "?", or starts like one and has no figure)."""
    s = sentence.strip().strip("\"“”'")
    if not s:
        return None
    words = s.split()
    if len(words) < 3 or len(words) > 45:
        return None
    if s.endswith("?") or (_Q_START.match(s) and s.endswith(".") and len(words) <= 30):
        if re.match(r"^(?:how|what|why|when|where)\b.*\?$", s, re.I) is None and not _Q_START.match(s):
            # A rhetorical trailing question in prose is still a question; keep only its last clause.
            s = re.split(r"[:;]\s+|\s+--?\s+", s)[-1]
        return clean_question(s)
    return None


_TOPIC = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:then\s+)?(?:in\s+terms\s+of|when\s+it\s+comes\s+to|as\s+for|as\s+to|"
    r"on\s+the\s+(?:question|issue|subject|matter)\s+of|regarding|turning\s+to)\s+"
    r"(?P<t>[^,;:.()\-—–]{3,70})",
    re.IGNORECASE,
)


def topic_question(sentence: str) -> str | None:
    """ "And in terms of trading with them, 8% ..." -> "Do you support trading with them?"."""
    m = _TOPIC.match(sentence.strip())
    if m is None:
        return None
    return _q(f"Do you support {m.group('t').strip()}")


def race_name(text: str) -> str | None:
    """The race a horse-race passage is about ("2012 GOP nomination for President")."""
    # A passage names its race several times ("the 2012 Republican primary", "the race for the GOP
    # presidential nomination"): the fullest mention names it best, with a year from any mention.
    races = [
        re.sub(r"^(?:the|this)\s+", "", m.group("race"), flags=re.I)
        for m in finditer_at(_RACE, text, _race_starts(text))
    ]
    if not races:
        return None
    race = max(races, key=lambda r: len(r.split()) - len(_YEAR.findall(r)))
    race = _MONTH.sub("", race)  # "the November Senate election": a date, not the race's name
    if not _YEAR.search(race):
        year = next((y.group(0) for r in races for y in [_YEAR.search(r)] if y is not None), None)
        if year is not None:
            race = f"{year} {race}"
    return race


def _race_starts(text: str) -> list[int]:
    """Offsets where _RACE can match (a superset, ascending): see _RACE_KEY."""
    starts: set[int] = set()
    rev = ""
    for k in word_starts(text, _RACE_KEY_WORDS):
        rev = rev or text[::-1]
        back = _BACK_6_RUNS.match(rev, len(text) - k)
        window = len(text) - back.end() if back is not None else k
        starts.update(f.start() for f in _RACE_FIRST.finditer(text, window, k))
        starts.add(k)
    return sorted(starts)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A month written inside a race's phrase ("the November general election", "the June primary").
_MONTH = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?=[a-zA-Z])"
)


@per_text  # asked once per horse-race sentence; the answer depends on the passage only
def horse_race_question(passage: str) -> str:
    # Each search runs only when the passage holds a word that every match of its pattern contains.
    if ("preferred" in passage or "2PP" in passage or "TPP" in passage) and re.search(
        r"\btwo[- ]party[- ]preferred\b|\b2PP\b|\bTPP\b", passage
    ):
        return "Two-party preferred vote"
    low = folded(passage)
    if ((low is None or "intention" in low) and _VOTING_INTENTION.search(passage)) or (
        "share" in passage and search_at(_VOTE_SHARE, passage, finder_starts(_VOTE_SHARE_AFTER_B, passage))
    ):
        return "Voting intention"
    race = race_name(mask_past(passage))  # "voted for X in the 2012 primary" names no race of this poll
    if not race:
        return "Vote choice"
    race = re.sub(r"\bGOP\b", "Republican", race)
    race = re.sub(r"\bnomination\s+for\s+President\b", "presidential nomination", race, flags=re.I)
    if not re.search(
        r"\b[A-Z][a-z]+\b",
        re.sub(r"\b(?:Republican|Democratic|Labour|Conservative|Liberal|Senate|House)\b", "", race),
    ):
        place = search_at(_RACE_PLACE, passage, finder_starts(_RACE_PLACE_AFTER_B, passage))
        if place is not None:
            race = re.sub(r"^((?:19|20)\d\d\s+)?", rf"\g<1>{place.group('p')} ", race, count=1)
    return f"Vote choice in the {race}"


_RACE_PLACE_AFTER_B = re.compile(
    r"(?:voters|primary|caucus(?:es)?|race|contest)\s+in\s+(?P<p>(?:New\s+|North\s+|South\s+|West\s+|Rhode\s+)?"
    r"[A-Z][a-z]{3,})\b"
)
# The same after "\b": _RACE_PLACE_AFTER_B (literal first, so fast to search) matches wherever it does.
_RACE_PLACE = re.compile(r"\b" + _RACE_PLACE_AFTER_B.pattern)
