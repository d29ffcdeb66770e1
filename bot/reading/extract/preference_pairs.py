"""Split pairs written as a preference: "men favor Caldwell 54% to 38%", "Democrats back the plan 61-30".

The subject of the preference verb is the pair's population, the object is the first number's side and
the second number is the other side (the nearest other side the passage names for figures before it).
The fitted rankers rarely see this form, so it is read here as a rule, from the sentence's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reading.extract import answer_context, labels
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_cues import opposite
from bot.reading.extract.scan import gated
from bot.reading.extract.vocab import CALENDAR_NAMES

_VERBS = "|".join(sorted(answer_context.PREFER_VERBS, key=len, reverse=True))
# "<subject> favor <Name>[,] [by] " right before the first number of the pair.
_BEFORE_PAIR = gated(
    re.compile(
        r"(?P<subject>\b[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z0-9][\w'’-]*){0,3})[ \t]+(?:(?:still|now|narrowly|"
        r"strongly|clearly|heavily)[ \t]+)?(?P<verb>"
        + _VERBS
        + r")[ \t]+(?P<object>(?:the[ \t]+)?[A-Z][\w.'’-]*"
        r"(?:[ \t]+[A-Z][\w.'’-]*){0,2}|[a-z]+)[ \t]*,?[ \t]*(?:by[ \t]+)?(?:a[ \t]+)?$"
    )
)
_PAIR_GAP = re.compile(r"\s*+(?:%|percent|per\s?cent)?\s*+(?:to|-|–|—)\s*+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PreferencePair:
    first: int  # number index of the side the subject favours
    second: int  # number index of the other side
    population: str  # "" when the subject is not a population ("Reyes leads Caldwell ...")
    side: str
    other: str  # "" when the passage names no other side


def preference_pairs(a: Analysis) -> list[PreferencePair]:
    """Every "<population> <prefers> <side> N% to M%" pair of the passage. Read once per text."""
    got = a.memo.get(("preference_pairs", 0))
    if isinstance(got, list):
        return got
    out: list[PreferencePair] = []
    for k in range(len(a.numbers) - 1):
        n1, n2 = a.numbers[k], a.numbers[k + 1]
        if n1.sentence != n2.sentence or not any(
            _PAIR_GAP.fullmatch(a.text, end, n2.start) is not None for end in (n1.cand.mark_end, n1.end)
        ):
            continue
        lo = a.sentences[n1.sentence].start if a.sentences else 0
        m = _BEFORE_PAIR.search(a.text, max(lo, n1.start - 90), n1.start)
        if m is None:
            continue
        found = _population(m.group("subject"))
        side = m.group("object")
        other = _other_side(a, n2, side)
        out.append(PreferencePair(n1.index, n2.index, found, side, other))
    # "Republicans back Ortega 91 - 5 percent and Democrats back Lindqvist 89 - 6": each pair's other side is
    # the side another pair of its sentence favours.
    for i, pair in enumerate(out):
        if pair.other or pair.side[:1].islower():
            continue
        sentence = a.numbers[pair.first].sentence
        rival = next(
            (
                q.side
                for q in out
                if q is not pair
                and a.numbers[q.first].sentence == sentence
                and q.side[:1].isupper()
                and q.side.split()[-1] != pair.side.split()[-1]
            ),
            "",
        )
        out[i] = PreferencePair(pair.first, pair.second, pair.population, pair.side, rival)
    a.memo[("preference_pairs", 0)] = out
    return out


def _population(subject: str) -> str:
    try:
        found = labels.population_in(subject, True)
    except (IndexError, ValueError):
        return ""
    if found is None or found[2] != len(subject):
        return ""  # the population must be the verb's own subject, right before it
    return found[0]


def _other_side(a: Analysis, second: Num, side: str) -> str:
    if side[:1].islower():
        return opposite(side) or ""  # "favor the plan" has no named rival; an option has its opposite
    for text, _source, _features in answer_context.pair_other(a, second):
        if text.split()[-1].lower() not in _NOT_NAMES:
            return text
    return ""


# Capitalised words that name no side: dates.
_NOT_NAMES = CALENDAR_NAMES
