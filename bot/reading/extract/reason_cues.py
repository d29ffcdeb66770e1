"""The reason cues of a sentence, read in one place for the two stages that ask.

Why shared: two stages read the same sentences of a rating's reasons ("The most common reason for
disapproval was housing (15%)", "Among the factors behind positive evaluations, defence ranked first",
"This was followed by jobs (9%)"). :mod:`reason_questions` gives such a share the question of the reason
("Reasons for disapproval"); :mod:`reason_people` gives it the people of that side ("those who disapprove").
Each held its own copy of the cue words and of the openings that go on with the list of the sentence before,
so a word added to one was missing from the other. Here the words live once, as a shared core; each stage's
own further words are a named addition on top of it, kept (not merged into the core) because merging them
would change what the other stage reads, and with it the output.

The side a sentence asks its reasons of is memoised per sentence on the analysis (each figure of the
sentence, and the subgroup scope, ask it); the other readers are one anchored match or one search of a
sentence, read by a stage that memoises what it builds from them.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis

# --- the shared core -----------------------------------------------------------------------------------------
# The reason nouns: "reason(s)", "factor(s)".
REASON_NOUN: Final = r"reasons?|factors?"
# What links a reason to what it is for: "reasons for", "the factors behind".
REASON_LINK: Final = r"for|behind"
# "factors contributing to positive evaluations".
CONTRIBUTING: Final = r"contributing\s+to"
# The two sides of a rating, and the rating's nouns ("a positive evaluation", "negative assessments").
RATING_SIDE: Final = r"positive|negative"
RATING_NOUN: Final = r"evaluation|assessment|rating"
# "negative evaluation factors", "positive rating reasons": the side before the reason noun.
_FACTORS_AFTER: Final = rf"(?P<after>{RATING_SIDE})\s+(?:{RATING_NOUN})\s+(?:{REASON_NOUN})"
# The openings of a sentence that goes on with the reasons listed before it: "This was followed by",
# "Followed by", "Next came".
_GOES_ON_CORE: Final = (
    r"(?:This|That|It|They)\s+(?:was|were)\s+followed\s+by|Followed\s+by|Next\s+(?:came|was)"
)

# --- reason_questions' reading --------------------------------------------------------------------------------
# "the factors behind positive ratings", "negative evaluation factors", "reasons for a negative assessment":
# the side of a rating a reason is given for.
_EVALUATION: Final = re.compile(
    rf"\b(?:(?:{REASON_NOUN})\s+(?:{CONTRIBUTING}|{REASON_LINK})\s+(?:the\s+|a\s+)?(?P<before>{RATING_SIDE})\s+"
    rf"(?:{RATING_NOUN})s?|{_FACTORS_AFTER})\b",
    re.IGNORECASE,
)
# "their reason for disapproval", "reasons given for supporting the Cabinet", "the main reason for backing
# Okafor": the reason noun (only "reason": "factors for" is no reason's cue here) and what it is a reason for
# (a few words, up to a clause's end).
_REASON_FOR: Final = re.compile(
    rf"\breasons?\s+(?:(?:given|cited|offered|mentioned)\s+)?(?:{REASON_LINK})\s+"
    r"(?P<what>(?:not\s+)?[a-z][\w'’-]*(?:\s+(?!(?:was|were|is|are|at|with|by|in)\b)[\w'’-]+){0,3}?)"
    r"(?=\s*(?:[,.;:()\"“”]|$|\s(?:was|were|is|are|at|with|by|in)\b))",
    re.IGNORECASE,
)
# reason_questions' addition to the core openings: "These were followed by", "Another 12% said", "Others
# cited", "Then came". Read case-sensitively, after any marks ("- Next came"), as reason_questions always did.
_LISTED_GOES_ON: Final = (
    r"These\s+(?:was|were)\s+followed\s+by|Another\b|Others?\s+(?:said|cited|chose)|Then\s+came"
)
_GOES_ON: Final = re.compile(rf"^\W*(?:{_GOES_ON_CORE}|{_LISTED_GOES_ON})")

# --- reason_people's reading ----------------------------------------------------------------------------------
# reason_people's additions to the core: the noun "grounds", the link "of" ("the reasons of his disapproval"),
# up to 40 characters between the noun and its link ("reasons most often given for"), and a possessive.
_PEOPLE_NOUN: Final = rf"{REASON_NOUN}|grounds"
_PEOPLE_LINK: Final = rf"{REASON_LINK}|{CONTRIBUTING}|of"
# A reasons question and the side it asks: "reason(s) (given) for (his) disapproval", "factors contributing to
# positive evaluations", "negative evaluation factors", "reasons for not supporting".
_SIDE_REASON: Final = re.compile(
    rf"\b(?:{_PEOPLE_NOUN})\b[^.!?\n]{{0,40}}?\b(?:{_PEOPLE_LINK})\s+"
    r"(?:(?:his|her|their|its|the|a)\s+)?(?P<side>(?:not\s+)?(?:dis)?approv\w*|(?:not\s+)?support\w*|"
    rf"(?:{RATING_SIDE})\s+(?:{RATING_NOUN})s?)"
    rf"|\b{_FACTORS_AFTER}\b",
    re.IGNORECASE,
)
# The core openings as reason_people reads them: in any case, after spaces only, ending at a word's end.
_CONTINUES: Final = re.compile(rf"\s*(?:{_GOES_ON_CORE})\b", re.IGNORECASE)


def evaluation_side(text: str) -> tuple[int, str] | None:
    """Where a text names the side of a rating its reasons are for ("negative evaluation factors"), and that
    side in lower case ("negative"); None where it names none (reason_questions' reading)."""
    m = _EVALUATION.search(text)
    return None if m is None else (m.start(), (m.group("before") or m.group("after")).lower())


def reason_for(text: str) -> tuple[int, str] | None:
    """Where a text names a reason for something ("their reason for disapproval") and that something as
    written ("disapproval"); None where it names none (reason_questions' reading)."""
    m = _REASON_FOR.search(text)
    return None if m is None else (m.start(), m.group("what"))


def goes_on(a: Analysis, sentence: int) -> bool:
    """Whether a sentence opens by going on with the reasons of the sentence before ("Next came 24% who
    said ...", "Another 12% cited ..."): the core openings and reason_questions' addition."""
    return _GOES_ON.match(a.sentence_text(sentence)) is not None


def continues(a: Analysis, sentence: int) -> bool:
    """Whether a sentence (not the first) opens by going on with the list of the sentence before it ("This
    was followed by ..."): the core openings only, as reason_people reads them."""
    if not a.sentences or sentence == 0:
        return False
    s = a.sentences[sentence]
    return _CONTINUES.match(a.text, s.start, s.end) is not None


def asked_side(a: Analysis, sentence: int) -> str:
    """The side a sentence asks its reasons of, as written ("disapproval", "positive evaluations", "not
    supporting"), or "" (reason_people's reading; memoised per sentence: each figure of it asks)."""
    if not a.sentences:
        return ""
    key = ("reason_cues.asked_side", sentence)
    got = a.memo.get(key)
    if not isinstance(got, str):
        s = a.sentences[sentence]
        m = _SIDE_REASON.search(a.text, s.start, s.end)
        got = a.memo[key] = "" if m is None else (m.group("side") or m.group("after"))
    return got
