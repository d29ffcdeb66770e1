"""Prose lists whose options follow their figures: "gave 31 per cent to Labour, 27 per cent to Reform UK
and 19 per cent to the Conservatives", "30.2 per cent for the Liberals and 21.7 per cent for the NDP", "has
lost 9% of its voters to the Greens and 4% to the Liberal Democrats".

The ranker weighs the names on both sides of a figure, and in a list the name before a figure is the
previous item's, so it often hands each figure its neighbour's option. Where two or more figures of one
sentence are each followed by "to" or "for" and a capitalised name, the sentence writes its options after
its figures, and each of those figures takes the name that follows it.

A figure whose answer is a bare stance ("favor", "support") while its clause says whom the stance is for
("7% who favour the Greens", "44% answered in favor of the Republican", "35% say they would support
the Liberal Party") takes that name: the stance is the question's verb, the name its option.

:func:`apply` runs last, after grouping (as ``change_clauses`` does), so no feature moves. A share of a
two-number pair ("45% to 43%") is never read: what follows "to" there is a number, not a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_context import PREFER_VERBS
from bot.reading.extract.answer_who import names_who
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.vocab import CALENDAR_NAMES, POLLSTER_RE

# Right after a figure: its sign, "of <whom>" at most, then "to" / "for", "the", and a capitalised name of
# one to four words ("Reform UK", "the Labour Party", "the Lib Dems").
_AFTER = re.compile(
    r"[ \t]*(?:%|percent\b|per[ \t]?cent\b|pc\b)?(?:[ \t]+of[ \t]+(?:its|their|his|her|the)?[ \t]*"
    r"(?:[\w'’-]+[ \t]+){0,3}?(?:voters|supporters|respondents|vote)\b)?[ \t]*\n?[ \t]*(?:to|for)[ \t]*\n?[ \t]*(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|and[ \t]+[A-Z][\w'’.&-]*)){0,3})"
)
# Capitalised words after "to"/"for" that are not an option: a month or weekday, a pollster's word, a
# place of time.
_NOT_OPTIONS = frozenset({"Election", "Election Day", "Parliament", "Congress"}).union(
    w.capitalize() for w in CALENDAR_NAMES
)


def _name_after(a: Analysis, k: int) -> str | None:
    n = a.numbers[k]
    m = _AFTER.match(a.text, n.end)
    if m is None:
        return None
    name = re.sub(r"[ \t]+and[ \t]+.*$", "", m.group("name")).rstrip(".")
    if name in _NOT_OPTIONS or POLLSTER_RE.search(name) is not None:
        return None
    return name


def _usable(text: str) -> str:
    return text if usable("answer", text) else ""


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each figure of a list written "N% to/for <Name>, M% to/for <Name>" the name after it."""
    by_sentence: dict[int, list[tuple[Labelled, str]]] = {}
    for f in figs:
        name = _name_after(a, f.num_index)
        if name is not None:
            by_sentence.setdefault(f.sentence, []).append((f, name))
    for found in by_sentence.values():
        if len({name for _, name in found}) < 2:
            continue  # one figure named after it is no list: the words after may be anything
        for f, name in found:
            if names_who(name, f.population):
                continue
            f.answer = _usable(tidy(name)) or f.answer


# A bare stance the ranker may give a figure whose clause names the stance's object.
_STANCES = frozenset({"favor", "favour", "in favor", "in favour", "support", "back", "prefer"})
_STANCE_VERB = "|".join(
    sorted(
        PREFER_VERBS | {"support", "supports", "supported", "in favor of", "in favour of"},
        key=len,
        reverse=True,
    )
)
# After a figure, within its clause: "who favour the Conservatives", "said they would support the Liberal Party".
_STANCE_AFTER = re.compile(
    r"[^,;:.!?\d%()]{0,50}?\b(?:" + _STANCE_VERB + r")[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,2})"
)


def _is_stance(answer: str) -> bool:
    """A bare stance, with at most an auxiliary before it ("favor", "were in favor", "would support")."""
    words = answer.lower().split()
    return 0 < len(words) <= 3 and (words[-1] in _STANCES or " ".join(words[-2:]) in _STANCES)


def apply_stances(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give a figure whose answer is a bare stance the name its clause says the stance is for."""
    for f in figs:
        if not _is_stance(f.answer):
            continue
        n = a.numbers[f.num_index]
        m = _STANCE_AFTER.match(a.text, n.cand.mark_end)
        if m is None:
            continue
        name = m.group("name").rstrip(".")
        if name in _NOT_OPTIONS or POLLSTER_RE.search(name) is not None or names_who(name, f.population):
            continue
        f.answer = _usable(tidy(name)) or f.answer
