"""A subgroup's split in a two-way race that names only one side: "women back Ortega 52 - 41 percent",
"Ortega leads 83 - 9 percent with renters", "... and 55 - 37 percent with students".

The sentence names the side its first share belongs to (the candidate backed, or the one who leads) and
leaves the other side to the race the passage has already set out: the second share is that race's other
candidate. The ranker reads each share on its own, and ``preference_pairs`` proposes the nearest other side
the passage names; on a release listing several matchups that is often a third candidate's.

The race is the passage's first pair of shares (two figures in a row, close together), earlier than the
split, that names the backed side with another person ("Ortega has 46 percent to Blaine with 42
percent"); its answers (the full names the passage gives) are used for both shares. A pair that only
continues a split this step read, joined by "and" or a comma with no sentence break between (a
hard-wrapped line may stand there: "... 83 - 9 percent with X and 55 - 37 percent with Y"), takes the
same sides. Nothing is set where no earlier pair names the side, so an issue split ("voters back the
plan 61 - 30") or a race the passage never sets out is left to the other steps.

:func:`apply` runs after ``split_pairs`` and ``subgroup_pairs`` (after grouping, so no feature moves).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_context import PREFER_VERBS
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.split_pairs import joined_pairs, name_in

_REACH = 90  # characters before a pair read for its verb and side
# The most characters between the two shares of the race's own pair ("X has 46 percent to Y with 42").
_RACE_GAP = 100

_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
# "back Ortega", "support Ortega", "break for Ortega,": the side backed, right before the pair (a line break
# or a comma may stand between).
_VERBS = "|".join(sorted(PREFER_VERBS, key=len, reverse=True))
_BACKS = re.compile(
    rf"\b(?:{_VERBS}|backing|go(?:es)?[ \t]+for|went[ \t]+for|side[sd]?[ \t]+with|break(?:s|ing)?[ \t]+for|"
    rf"broke[ \t]+for|split(?:s|ting)?[ \t]+for)[ \t]+(?P<name>{_NAME})[ \t\n]*,?[ \t\n]*(?:by[ \t]+)?$"
)
# "Ortega leads 83 - 9 percent", "Ortega leads with renters by twelve points, 51% to 39%": the side that
# leads (a subgroup and the lead's size may stand between), then the pair.
_LEADS = re.compile(
    rf"(?P<name>{_NAME})[ \t]+(?:leads|led|tops|topped|beats|is[ \t]+ahead|was[ \t]+ahead|wins|won)"
    r"(?:[ \t]+(?:among|with)[ \t]+[^.;:!?\d%,]{1,50}?(?:[ \t]+(?:aged|ages|in[ \t]+their)[ \t]+\d+s?)?)?"
    r"(?:[ \t]+by[ \t]+(?:\d+|[a-z]+(?:-[a-z]+)?)[ \t]+(?:percentage[ \t]+)?points?[ \t]*,)?"
    r"[ \t\n]+(?:by[ \t]+)?$"
)
# What joins a pair to the split before it: "... with X and 55 - 37 percent".
_CONTINUES = re.compile(
    r"^[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]*(?:among|with|of|for)[^.;:!?\d%]{0,50}?"
    r"(?:,|\band\b|,[ \t]*and\b|\bwhile\b)[ \t\n]*$"
)


def _bare(answer: str) -> str:
    """An answer's name without the party or office before it ("Democrat Jane Roe" -> "Jane Roe")."""
    answer = answer.strip()
    return (name_in(answer, first=True) or answer) if answer else ""


def _last_word(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def _is_person(answer: str) -> bool:
    """A person's name as an answer: capitalised words, not shouted (a headline's "ORTEGA")."""
    words = answer.split()
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words) and not answer.isupper()


def _race(a: Analysis, figs: list[Labelled], side: str, before: int) -> tuple[str, str] | None:
    """The passage's first pair of shares before position ``before`` that sets ``side`` against another
    person: (the side's answer, the rival's answer)."""
    for f, g in pairwise(figs):
        n, m = a.numbers[f.num_index], a.numbers[g.num_index]
        if m.start >= before:
            break
        if g.num_index != f.num_index + 1 or m.start - n.end > _RACE_GAP:
            continue
        x, y = _bare(f.answer), _bare(g.answer)
        if not (_is_person(x) and _is_person(y)) or _last_word(x) == _last_word(y):
            continue
        if _last_word(x) == _last_word(side):
            return x, y
        if _last_word(y) == _last_word(side):
            return y, x
    return None


def _named_side(a: Analysis, start: int) -> str | None:
    """The side a clause names right before a pair starting at ``start``."""
    lo = max(0, start - _REACH)
    before = a.text[lo:start]
    cut = max(before.rfind("."), before.rfind(";"), before.rfind("!"), before.rfind("?"))
    before = before[cut + 1 :]
    got = _BACKS.search(before) or _LEADS.search(before)
    if got is None:
        return None
    return name_in(got.group("name"), first=got.re is _BACKS)


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give a race split named by one side its two candidates, in the sentence's order."""
    if not a.sentences:
        return
    figs = sorted(figs, key=lambda h: h.num_index)
    last: tuple[int, tuple[str, str]] | None = None  # (end of pair, sides) of the last split read
    for f, g in joined_pairs(a, figs):
        n, m = a.numbers[f.num_index], a.numbers[g.num_index]
        found: tuple[str, str] | None = None
        side = _named_side(a, n.start)
        if side is not None:
            found = _race(a, figs, side, n.start)
        elif last is not None and _CONTINUES.match(a.text[last[0] : n.start]):
            found = last[1]
        if found is None:
            continue
        first, second = tidy(found[0]) or found[0], tidy(found[1]) or found[1]
        if usable("answer", first) and usable("answer", second):
            f.answer, g.answer = first, second
            last = (m.end, found)
