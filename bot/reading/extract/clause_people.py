"""A rating told of two people in one sentence: each share asks about the person its own clause names.

"Ann Lee is seen favourably by 48%, whereas Bo Ray gets 39%" and "Lee is unknown to 6%, while 15% cannot
rate Ray": the rankers and the group's shared label give every
share of the sentence the first person's rating question ("... opinion of Ann Lee?"), so the second
person's shares ask about the wrong one. Here, among the last question steps, a share whose question rates
a person the passage names in full, and whose own clause (the sentence cut at ", whereas", ", while", ";",
" and <figure>" ...) names exactly one other such person and not that one, asks the same question of the
person its clause names. Label only; grouping is unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled

CLAUSE_PEOPLE = True

# A person named in full: a first name and a surname, capitalised ("Ann Lee"), read at every word so that
# "Governor Ann Lee" gives "Ann Lee"; the first word is no title, function word or party.
_FULL_NAME: Final = re.compile(r"(?-i:\b(?=(?P<first>[A-Z][a-z]+)[ \t]+(?P<last>[A-Z][a-z][\w'’-]*)\b))")
_NOT_FIRST: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "by",
        "no",
        "yes",
        "this",
        "that",
        "these",
        "those",
        "and",
        "but",
        "or",
        "if",
        "when",
        "while",
        "as",
        "from",
        "with",
        "new",
        "president",
        "governor",
        "gov",
        "sen",
        "senator",
        "rep",
        "representative",
        "mayor",
        "attorney",
        "general",
        "state",
        "secretary",
        "prime",
        "minister",
        "chancellor",
        "premier",
        "former",
        "vice",
        "lt",
        "lieutenant",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "judge",
        "justice",
        "speaker",
        "leader",
        "republican",
        "republicans",
        "democratic",
        "democrat",
        "democrats",
        "labour",
        "conservative",
        "liberal",
        "green",
        "independent",
        "national",
        "north",
        "south",
        "east",
        "west",
        "united",
        "saint",
        "st",
        "fort",
        "los",
        "las",
        "san",
        "santa",
        "university",
        "college",
        "poll",
        "survey",
        "research",
        "news",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "approve",
        "disapprove",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
        "total",
        "strongly",
        "somewhat",
        "very",
        "not",
        "don't",
        "unsure",
        "undecided",
        "other",
        "none",
    ]
)


# A name that goes on with another capitalised word after its surname ("... Civic Poll", "... Region Poll").
_NAME_AT: Final = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z][a-z][\w'’-]*")
_GOES_ON: Final = re.compile(r"[ \t]+[A-Z]")

# Where a sentence turns to another clause, a figure's own: ", whereas", ", while", ", but", ", and", ";",
# "while", and " and " right before a figure ("... view of Lee and 37% hold ...").
_BREAK: Final = re.compile(
    r",\s+(?:and|while|but|whereas|compared)\b|;|\s+while\s+|\s+whereas\s+|\s+and\s+(?=\d)", re.IGNORECASE
)
# The rating templates whose named person a clause can correct.
_RATES_PERSON: Final = re.compile(
    r"\b(?:opinion\s+of|view\s+of|feelings\s+about|approve\s+or\s+disapprove\s+of|satisfied\s+or\s+dissatisfied\s+with)\b"
)


def _people(a: Analysis) -> dict[str, str]:
    """Surname -> full name, for the people the passage names in full (a surname two people share: none)."""
    key = ("clause_people", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    by_surname: dict[str, set[str]] = {}
    longer: set[str] = set()  # "Alamo Civic" in "the Alamo Civic Poll": part of a longer name, no person
    for m in _FULL_NAME.finditer(a.text):
        first, last = m.group("first"), m.group("last")
        if first.lower() in _NOT_FIRST or last.lower() in _NOT_FIRST or "’" in last or "'" in last:
            continue
        name = f"{first} {last}"
        whole = _NAME_AT.match(a.text, m.start())
        if whole is not None and _GOES_ON.match(a.text, whole.end()):
            longer.add(name)
        by_surname.setdefault(last, set()).add(name)
    people = {s: next(iter(n)) for s, n in by_surname.items() if len(n) == 1 and not n & longer}
    a.memo[key] = people
    return people


def _clause(a: Analysis, num: Num) -> str:
    """The figure's own clause of its sentence."""
    if not a.sentences:
        return ""
    s = a.sentences[num.sentence]
    lo, hi = s.start, max(s.end, num.end)
    for m in _BREAK.finditer(a.text, s.start, hi):
        if m.end() <= num.start:
            lo = m.end()
        elif m.start() >= num.end:
            hi = m.start()
            break
    return a.text[lo:hi]


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a two-person rating sentence the question of the person its clause names."""
    if not CLAUSE_PEOPLE:
        return
    people: dict[str, str] | None = None
    for f in figs:
        if not f.question or not _RATES_PERSON.search(f.question):
            continue
        if people is None:
            people = _people(a)
            if len(people) < 2:
                return
        asked = [full for full in people.values() if full in f.question]
        if len(asked) != 1:
            continue
        clause = _clause(a, a.numbers[f.num_index])
        if "\n" in clause.strip():
            continue  # a table's run of lines, not a clause of prose
        words = set(re.findall(r"[A-Z][\w'’-]+", clause))
        named = {people[w] for w in words if w in people}
        if len(named) == 1 and asked[0] not in named:
            f.question = f.question.replace(asked[0], named.pop())
