"""A party's own voters written into a figure's sentence: "Labour's 2024 voters", "its 2024 voters".

Polls abroad break vote intention down by past vote and write it as the party's voters: "six in ten of the
Greens' 2024 voters (61%) stay with them", "the Greens have shed 9% of their 2024 voters to Labour and 5% to
the SNP ...", "the Tories keep 40% of their previous voters". The labels
write that population as "2024 Labour voters" (the election year, the party, "voters").

A fixed rule, like :mod:`world_scope`: party voters written right after the figure ("9% of their 2024
voters", "6% of people who backed the SNP at the last general election") are its population whatever
the ranker chose; written earlier in its sentence they replace only the passage's default (its universe,
its country's voters, "voters"). The pronoun's party is the party named last
before it in the sentence ("the Greens have shed ... their"), else the sentence's subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.reading.extract.label_cues import PARTY_OPTIONS

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis

_YEAR = r"(?:19|20)\d\d"
_ELECTION = r"(?:(?:general|federal|state|last|previous)\s+)?(?:election|referendum)\s+"
_HEAD = r"(?:voters|supporters|backers)\b"
# A party's name as written: one to three capitalised words ("Labour", "Reform UK", "Fine Gael", "NZ First").
_NAME = r"(?-i:[A-Z][\w'’-]*|[A-Z]{2,})(?:\s+(?-i:[A-Z][\w'’-]*|UK|First)){0,2}"
# "Labour's 2024 voters", "Labour's 2024 general election voters", "the Greens' voters".
_POSSESSIVE = re.compile(
    rf"(?P<party>{_NAME})(?:['’]s|s['’])\s+(?:(?P<year>{_YEAR})\s+)?(?:{_ELECTION})?{_HEAD}"
)
# "its 2024 voters", "their previous voters", "its former supporters".
_PRONOUN = re.compile(
    rf"\b(?:its|their)\s+(?:(?P<year>{_YEAR})\s+|(?:previous|former|past|own)\s+)?(?:{_ELECTION})?{_HEAD}",
    re.IGNORECASE,
)
# A plural party name written as its voters' adjective ("Greens" -> "2024 Green voters"); the Tories' voters
# are "Conservative voters", as the labels write them.
_SINGULAR = {
    "tories": "Conservative",
    "tory": "Conservative",
    "conservatives": "Conservative",
    "liberals": "Liberal",
    "greens": "Green",
    "nationals": "National",
    "liberal democrats": "Liberal Democrat",
    "lib dems": "Lib Dem",
    "democrats": "Democratic",
    "republicans": "Republican",
}
# A past vote as a clause right after the figure: "6% of people who backed the SNP at the last general
# election", "30% of voters who voted Labour in 2017".
_PAST_VOTE = re.compile(
    rf"(?:those|people|voters)\s+who\s+(?:voted|backed|supported)\s+(?:for\s+)?(?P<party>{_NAME})"
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?(?:(?P<year>{_YEAR})|last|previous)\b)?"
)
_AFTER = re.compile(r"\s*(?:per\s*cent|percent|%)?\s+of\s+")
_REACH_AFTER = 40


def _party(name: str) -> str:
    """The party a written name (possibly with "The" before it) is, or "" where it names none."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words:
        low = " ".join(words).lower()
        if low in PARTY_OPTIONS:
            return _SINGULAR.get(low, " ".join(words))
        words = words[:-1]  # "Labour has": the name ends where the party's words do
    return ""


def _last_party_before(text: str, lo: int, hi: int) -> str:
    """The party named last in ``text[lo:hi]`` (a capitalised run of words that is a party's name)."""
    found = ""
    for m in re.finditer(_NAME, text[lo:hi]):
        for start in range(len(m.group().split())):
            party = _party(" ".join(m.group().split()[start:]))
            if party:
                found = party
                break
    return found


def _label(party: str, year: str | None) -> str:
    return f"{year} {party} voters" if year else f"{party} voters"


def _written(a: Analysis, lo: int, hi: int, names_from: int) -> list[tuple[int, int, str]]:
    """The party voters written in ``a.text[lo:hi]``: (start, end, label), in order; a pronoun's party is
    named in ``a.text[names_from:]`` before it."""
    text = a.text
    out: list[tuple[int, int, str]] = []
    for m in _POSSESSIVE.finditer(text, lo, hi):
        party = _party(m.group("party"))
        if party:
            out.append((m.start(), m.end(), _label(party, m.group("year"))))
    for m in _PAST_VOTE.finditer(text, lo, hi):
        party = _party(m.group("party"))
        if party:
            out.append((m.start(), m.end(), _label(party, m.group("year"))))
    for m in _PRONOUN.finditer(text, lo, hi):
        party = _last_party_before(text, names_from, m.start())
        if party:
            out.append((m.start(), m.end(), _label(party, m.group("year"))))
    return sorted(out)


def party_voters(a: Analysis, index: int) -> tuple[str, bool]:
    """The party's voters the figure's own sentence writes before it or right after it ("" where none),
    and whether they are written right after it ("7% of its 2024 voters": the figure's own people)."""
    num = a.numbers[index]
    found, own = "", False
    if a.sentences:
        s = a.sentences[num.sentence]
        after = _AFTER.match(a.text, num.end)
        if after is not None:
            right = _written(a, after.end(), min(s.end, after.end() + _REACH_AFTER), s.start)
            if right and right[0][0] == after.end():
                found, own = right[0][2], True  # "7% of its 2024 voters"
        if not found:
            before = _written(a, s.start, num.start, s.start)
            if before:
                found = before[-1][2]  # "Labour's 2024 voters, at 54%", "lost 7% ..., 6% to the Greens"
    return found, own
