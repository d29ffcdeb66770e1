"""A named person's approval rating written in prose asks about that person.

Reports give a politician's approval as a noun phrase after the person: "Gov. Ana Ruiz had a 34 percent
approval rating and a 58 percent disapproval rating", "Sen. Tom Lee (R-XX) with a 41% to 44% approval
rating", "Lee, the majority whip, received an approval rating of 39 percent". The rankers' approval
templates read "approval of <X>" and "<X>'s approval", not a subject before a share, so such figures were
left without a question, took a headline's question, a vote template from the passage, or an approval
question about the words of a blog's tag line read as a name.

Here, after clustering (run just before :mod:`person_approval`), a group whose every figure is written as
an approval or disapproval rating ("NN percent approval", "NN% to MM% approval rating", "approval rating
of NN percent") and whose sentence names the rated person as the subject of that rating (the person, an
optional apposition, a verb of having such as "had", "with", "received", then the share) takes "Do you
approve or disapprove of the job <Person> is doing as <office>?" (the name in full and the office as
:func:`question_templates.name_people` reads them from the passage). A question that already asks about
that person's approval is kept; so is any group with a figure that is not written as such a rating.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.meta import generic_pollster_mentions
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.question_templates import is_party, name_people
from bot.reading.extract.scan import gated
from bot.reading.extract.vocab import POLLSTER_RE

PROSE_APPROVAL = True

_SHARE = r"(?:\s*%|\s+per\s*cent|\s+percent)"
# A share written as an approval rating: "14 percent approval", "17% approval to a 78% disapproval",
# "38% to 39% approval rating" (the first share of a pair before the rating's noun). Not "approval of
# <X>", where the rated one follows (the rankers' templates read that).
_RATING_AFTER: Final = re.compile(
    rf"{_SHARE}?\s*(?:(?:to|-|–|/)\s*(?:an?\s+)?\d{{1,2}}(?:\.\d+)?{_SHARE}?\s+)?"
    r"(?:job[-\s]+)?(?:dis)?approval\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "... posted an approval rating of 41 percent", "with a disapproval rating of 55 percent".
_RATING_BEFORE: Final = gated(
    re.compile(
        r"\b(?:job\s+)?(?:dis)?approval\s+rating\s+(?:of|at|was|is|stood\s+at|stands\s+at)\s+$", re.IGNORECASE
    )
)

# A person as a report writes the subject of a rating: an optional title, then one to three capitalised
# words ("Gov. Ana Ruiz", "Lee", "McAllister").
_PERSON: Final = re.compile(
    r"(?:\b(?P<title>Gov\.|Governor|Sen\.|Senator|President|Mayor|Premier|Rep\.|Representative)\s+)?"
    r"\b(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
)
# What links the subject to its share: an optional apposition or "who", a verb of having, a few words
# ("had an abysmal", "with a dismal", "received an approval rating of").
_LINK: Final = re.compile(
    r"^(?:\s*,[^,.;:]{1,60},)?\s*,?\s+(?:who\s+)?(?:(?:now|still|also|only)\s+)?"
    r"(?:had|has|holds?|held|with|received|receives|earned|earns|got|gets|posted|posts|enjoys|enjoyed|"
    r"scored|scores|registered|registers|recorded|records|carries|carried|saw|sees)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:(?:job\s+)?(?:dis)?approval\s+rating\s+(?:of|at)\s+)?$"
)
_PARENTHESES: Final = re.compile(r"\s*\([^()]{0,40}\)")
# Capitalised words that open a sentence or name no one.
_NO_ONE: Final = frozenset(
    [
        "Among",
        "But",
        "And",
        "The",
        "A",
        "An",
        "In",
        "On",
        "Just",
        "Only",
        "Some",
        "Meanwhile",
        "However",
        "Overall",
        "Still",
        "Also",
        "Yet",
        "While",
        "Even",
        "New",
        "Poll",
        "Survey",
        "Voters",
        "Democrats",
        "Republicans",
        "Independents",
        "Americans",
        "Senate",
        "House",
        "Congress",
        "Governor",
        "Senator",
    ]
)
_STATES: Final = frozenset(US_STATES)


# The rating named before its share, with the person inside the phrase: "Ana Ruiz's approval rating
# slipped to", "the approval rating for President Ana Ruiz stands at", "her overall job approval rating is".
_NAMED_RATING: Final = gated(
    re.compile(
        rf"(?:{_PERSON.pattern})(?:'s|’s)\s+(?:(?:overall|job|current|latest)\s+)*(?:dis)?approval\s+rating"
        r"(?:\s+[a-z]+){0,3}\s*$"
    )
)
_RATING_FOR: Final = gated(
    re.compile(
        r"\b(?:job\s+)?(?:dis)?approval\s+rating\s+(?:for|of)\s+(?:the\s+)?(?:U\.S\.\s+)?"
        rf"(?:{_PERSON.pattern})(?:\s+[a-z]+){{0,3}}\s*$"
    )
)
# A report's verb before a pair and the job after it: "voters disapprove 57 - 36 percent of the job
# President Ana Ruiz is doing" (the person named after the shares).
_VERB_BEFORE: Final = gated(re.compile(r"\b(?:dis)?approve\s+(?:\d{1,2}\s*[-–]\s*)?$"))
_JOB_AFTER: Final = re.compile(
    rf"(?:\s*[-–]\s*\d{{1,2}})?{_SHARE}\s+of\s+the\s+(?:job|way)\s+(?:{_PERSON.pattern})\s+is\s+(?:doing|handling)"
)


def _sentence_bounds(a: Analysis, num: Num) -> tuple[int, int]:
    if not a.sentences:
        return 0, len(a.text)
    s = a.sentences[num.sentence]
    return s.start, max(num.end, s.end)


def _is_rating(a: Analysis, num: Num) -> bool:
    """The share is written as an approval or disapproval rating."""
    lo, hi = _sentence_bounds(a, num)
    return bool(_RATING_AFTER.match(a.text, num.end, hi) or _RATING_BEFORE.search(a.text[lo : num.start]))


def names_someone(name: str) -> bool:
    """Whether capitalised words name a person: not a sentence word, a state, a party or a pollster."""
    first = name.split()[0]
    return not (
        first in _NO_ONE
        or name in _STATES
        or is_party(name)
        or POLLSTER_RE.fullmatch(name)
        or generic_pollster_mentions(name)
    )


def _person(m: re.Match[str]) -> str | None:
    """The matched person with its title ("Gov. Ana Ruiz"), or None where the words name no one."""
    name = m.group("name")
    if not name or not names_someone(name):
        return None
    title = m.group("title")
    return f"{title} {name}" if title else name


def rated_person(a: Analysis, num: Num) -> tuple[bool, str | None]:
    """Whether the share is written as an approval rating, and the person (with any title written
    before the name) whose rating its sentence gives, or None where it names no one as the rating's own."""
    lo, hi = _sentence_bounds(a, num)
    before = a.text[lo : num.start]
    for rx in (_NAMED_RATING, _RATING_FOR):
        m = rx.search(before)
        if m is not None:
            return True, _person(m)
    if _VERB_BEFORE.search(before):
        m = _JOB_AFTER.match(a.text, num.end, hi)
        if m is not None:
            return True, _person(m)
    if not _is_rating(a, num):
        return False, None
    found: str | None = None
    for m in _PERSON.finditer(before):
        link = _PARENTHESES.sub("", before[m.end() :])
        if _LINK.match(link):
            found = _person(m) or found
    return True, found


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each group of approval ratings written in prose the approval question of the person rated."""
    for members in members_by_cluster(cluster_ids).values():
        read = [rated_person(a, a.numbers[figs[i].num_index]) for i in members]
        if not all(rating for rating, _ in read):
            continue
        people = {person for _, person in read if person}
        if len(people) != 1:
            continue
        (person,) = people
        question = name_people(a, f"Do you approve or disapprove of the way {person} is handling the job?")
        if _keeps(figs, members, person.split()[-1]):
            continue
        for i in members:
            figs[i].question = question


def _keeps(figs: Sequence[Labelled], members: list[int], surname: str) -> bool:
    """The group already asks about this person's approval (its question names the person's surname)."""
    asked = {figs[i].question for i in members}
    return len(asked) == 1 and all("approv" in q.lower() and surname in q for q in asked)
