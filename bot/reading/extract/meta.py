"""What a text says about the poll itself: pollster, sample size, margin of error, fieldwork dates.

These numbers are metadata, never figures; the filters reject them separately.
"""

from __future__ import annotations

import re

from bot.models import PollMeta
from bot.reading.extract.memo import per_text
from bot.reading.extract.scan import finder_starts, finditer_at, folded, search_at
from bot.reading.extract.vocab import MONTHS, POLLSTER_RE, POLLSTERS

# The first digit comes before the lookbehind, which checks the character before it: the same matches
# as "(?<![\w.,$£€])(?:\d{1,3}(?:,\d{3})+|\d{2,7})...", but the engine can skip ahead to the next digit.
_COUNT = re.compile(r"\d(?<![\w.,$£€]\d)(?:\d{0,2}(?:,\d{3})+|\d{1,6})(?![\w%]|[.,]\d)")
_SAMPLE_LEFT = re.compile(
    r"(?:\b(?:sample|survey|poll|polled|polling|surveyed|interviewed|interviews|questioned)\s+(?:of\s+|with\s+)?"
    r"(?:among\s+)?(?:a\s+)?(?:(?:random|representative|national|nationally)\s+)*(?:sample\s+of\s+)?"
    r"|\b[Nn]\s*=\s*|\bN\s+[Ss]ize:?\s*)$",
    re.IGNORECASE,
)
_SAMPLE_RIGHT = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:were\s+|was\s+)?(?:interviewed|surveyed|polled|questioned|respondents)\b",
    re.IGNORECASE,
)
_SAMPLE_KEYS = ("sample", "survey", "poll", "interview", "question", "n=", "n =", "size")
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
_MOE = re.compile(
    r"(?:margin\s+of\s+(?:sampling\s+)?error|error\s+margin|sampling\s+error(?:\s+margin)?|\bMoE\b)"
    r"[^.;\d]{0,40}?(?P<v>\d{1,2}(?:\.\d{1,2})?)"
    r"|(?:±|\+/-|plus\s+or\s+minus|plus-or-minus)\s*(?P<w>\d{1,2}(?:\.\d{1,2})?)",
    re.IGNORECASE,
)
_MOE_KEY = re.compile(r"error|±|\+/-|minus|\bMoE\b", re.IGNORECASE)
# Over folded (lower-cased) text: matches at every offset where _MOE_KEY matches the text.
_MOE_KEY_FIND = re.compile(r"error|±|\+/-|minus|moe")
_FIELDWORK = re.compile(
    rf"\b(?:conducted|fielded|carried\s+out|taken|in\s+the\s+field)\s+(?:from\s+|between\s+|on\s+)?"
    rf"(?P<when>(?:{MONTHS})\.?\s+\d{{1,2}}(?:\s*(?:-|–|to|and)\s*(?:(?:{MONTHS})\.?\s+)?\d{{1,2}})?"
    rf"(?:,?\s+(?:19|20)\d\d)?)",
    re.IGNORECASE,
)
# Over folded text: matches at every offset where _FIELDWORK matches the text (its words, lower-cased).
_FIELDWORK_FIND = re.compile(r"conducted|fielded|carried|taken|in\s+the\s+field")
# Any pollster name, literal first: matches wherever POLLSTER_RE does (which adds the boundary checks).
_POLLSTER_FIND = re.compile("|".join(re.escape(p) for p in POLLSTERS))


def pollster_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every pollster named in the text, in order."""
    return list(_pollster_mentions(text))


@per_text  # the rules and the weighed extractor's analysis both ask
def _pollster_mentions(text: str) -> tuple[tuple[int, str], ...]:
    return tuple(
        (m.start(), m.group(0)) for m in finditer_at(POLLSTER_RE, text, finder_starts(_POLLSTER_FIND, text))
    )


# Pollsters the list does not know, named the way releases and reports name them: "a Saguaro Research
# survey", "according to a Harborview University poll", "the Copperline Polling survey".
_ORG_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&'’/-]*)"
# Every match opens with a capital (a name) or the first letter of a lower-case lead word ("a", "by",
# "from", "new", "latest", "the", "to"): the lookahead passes over the other positions in one step.
_GENERIC_POLLSTER = re.compile(
    r"(?=[A-Zabflnt])(?:"
    rf"\b(?:[Aa]n?|[Tt]he|[Nn]ew|[Ll]atest|by|from|to)\s+(?P<a>(?:{_ORG_WORD}\s+){{0,3}}{_ORG_WORD})\s+"
    r"(?:(?:national|statewide|state|online|telephone|phone|new|latest|tracking|weekly|monthly)\s+)?"
    r"(?:poll|survey)s?\b"
    rf"|(?P<b>(?:{_ORG_WORD}\s+){{1,3}}(?:University|College|Research|Polling|Institute|Strategies|Analytics|"
    r"Insights|Associates|Partners|Opinion|Surveys))\b)"
)
_NOT_ORG = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "New",
        "Latest",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Republican",
        "Democratic",
        "National",
        "Our",
        "Their",
        "Its",
        "His",
        "Her",
        "One",
        "Another",
        "Recent",
        "Exit",
        "Internal",
        "Online",
    ]
)


def generic_pollster_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of organisations the text presents as a poll's author, known or not."""
    return list(_generic_pollster_mentions(text))


# An organisation's unit named "for" or "of" its field ("the Marist College Institute for Public Opinion",
# "the Ridgeway University Center for Public Affairs Research", "the Mood of the Nation poll"): the field
# after it ("Public Opinion") is the tail of the one name, never a second pollster. Read as one, it marked
# every figure after a director's quote as another poll's, which no group may join (a results list split
# from the prose it restates: probe26, probe27, and three training passages). Off: the tail is a pollster.
UNIT_TAILS = True
_UNIT_BEFORE = re.compile(
    r"\b(?:Institute|Center|Centre|Association|Council|School|Bureau|Department|Laboratory|Lab|Office|Mood)"
    r"\s+(?:for|of)\s+(?:the\s+)?$"
)


@per_text  # the rules' poll meta and the weighed extractor's analysis both ask
def _generic_pollster_mentions(text: str) -> tuple[tuple[int, str], ...]:
    out: list[tuple[int, str]] = []
    for m in _GENERIC_POLLSTER.finditer(text, 0, 100_000):  # a poll is named near the top, not deep in a dump
        key = "a" if m.group("a") else "b"
        words = m.group(key).split()
        while words and words[0].strip(".") in _NOT_ORG:
            words.pop(0)
        if words and not all(w.isupper() and len(w) <= 2 for w in words):
            name = " ".join(words)
            start = m.start(key) + len(m.group(key)) - len(name)
            if UNIT_TAILS and _UNIT_BEFORE.search(text, max(0, start - 40), start):
                continue
            out.append((start, name))
    return tuple(out)


def main_pollster(mentions: list[tuple[int, str]]) -> str | None:
    """The pollster named most often (first on ties); "The Economist/YouGov" style names kept whole."""
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for _, name in mentions:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], -next(i for i, (_, m) in enumerate(mentions) if m == n)))


def pollster_at(mentions: list[tuple[int, str]], pos: int, s_start: int, s_end: int) -> str | None:
    """The pollster in force at ``pos``: named in the same sentence, else the latest named before it."""
    before: str | None = None
    in_sentence: list[tuple[int, str]] = []
    for off, name in mentions:
        if s_start <= off < s_end:
            in_sentence.append((abs(off - pos), name))
        elif off < pos:
            before = name
    if in_sentence:
        return min(in_sentence)[1]
    return before


@per_text
def sample_size(text: str) -> tuple[int, int] | None:
    """(size, offset) of the first sample size the text states ("a survey of 1,024 adults", "N=800")."""
    fold = folded(text)
    low_text = text.lower() if fold is None else fold
    if not any(k in low_text for k in (*_SAMPLE_KEYS, "surveyed", "polled", "respondents")):
        return None  # cheap exit: every rule below needs one of these words
    for m in _COUNT.finditer(text):
        n = int(m.group(0).replace(",", ""))
        if not 30 <= n <= 1_000_000 or _PERCENT_AFTER.match(text, m.end()):
            continue
        left = text[max(0, m.start() - 60) : m.start()]
        low = left.lower()
        if (any(k in low for k in _SAMPLE_KEYS) and _SAMPLE_LEFT.search(left)) or _SAMPLE_RIGHT.match(
            text, m.end(), min(len(text), m.end() + 60)
        ):
            return n, m.start()
    return None


def margin_of_error(text: str) -> float | None:
    low = folded(text)
    keys = (
        _MOE_KEY.finditer(text)
        if low is None
        else finditer_at(_MOE_KEY, text, finder_starts(_MOE_KEY_FIND, low))
    )
    for k in keys:
        window = text[max(0, k.start() - 45) : k.end() + 60]
        m = _MOE.search(window)
        if m is not None:
            value = float(m.group("v") or m.group("w"))
            return value if 0 < value < 20 else None
    return None


def fieldwork(text: str) -> str | None:
    fold = folded(text)
    low = text.lower() if fold is None else fold
    if not any(k in low for k in ("conducted", "fielded", "carried out", "taken", "in the field")):
        return None
    m = (
        _FIELDWORK.search(text)
        if fold is None
        else search_at(_FIELDWORK, text, finder_starts(_FIELDWORK_FIND, fold))
    )
    return m.group("when") if m else None


def poll_meta(text: str, mentions: list[tuple[int, str]]) -> PollMeta:
    size = sample_size(text)
    return PollMeta(
        pollster=main_pollster(mentions) or main_pollster(generic_pollster_mentions(text)),
        sample_size=size[0] if size else None,
        margin_of_error=margin_of_error(text),
        fieldwork=fieldwork(text),
    )
