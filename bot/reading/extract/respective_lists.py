"""Figures closed by "respectively" take the options of the sentence's list in reading order.

"The Greens and the Reds would come second and third, on 30% and 20%, respectively": the sentence names
its options once, as a coordinated list, and gives the figures afterwards in the same order. Each
figure's own window names at most one of the options (often the wrong one: the nearest name is the
neighbour's, and the last figure may have no name beside it at all), so the ranker's choices are
replaced by the list, the first name for the first figure and so on.

Only a list of capitalised names ("Labour and the Greens", "Act, NZ First and the Greens") is read,
only when the sentence has exactly as many figures between that list and "respectively" as the list has
names, and only when no other number sits among those figures (a list of pairs, "49/43 and 50/44
respectively", is left to the pair rules).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_who import names_who
from bot.reading.extract.groups import Labelled
from bot.reading.extract.scan import folded

RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# One capitalised name of up to four words ("the Bloc Québécois", "Te Pāti Māori", "Labour's").
_NAME = r"(?:[Tt]he[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
# Two to five names joined by commas and a final "and" / "&" (an Oxford comma allowed).
_LIST = re.compile(
    rf"(?<![\w'’-])(?P<names>{_NAME}(?:[ \t]*,[ \t]*{_NAME}){{0,3}},?[ \t]+(?:and|&)[ \t]+{_NAME})(?![\w'’-])"
)
_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_MOST = 5  # names in one list
_REACH = 40  # characters from the last figure to "respectively"
_ARTICLE = re.compile(r"^[Tt]he[ \t]+")
# Words capitalised only because they open the sentence or a clause, never an option.
_NOT_NAMES = frozenset(
    {"In", "On", "At", "For", "With", "Among", "Both", "Only", "But", "And", "While", "As"}
)


def _names(piece: str) -> list[str]:
    """The names of the last coordinated list in ``piece`` (text before the figures), else []."""
    found = list(_LIST.finditer(piece))
    if not found:
        return []
    names = [_ARTICLE.sub("", x.strip()) for x in _SPLIT.split(found[-1].group("names")) if x.strip()]
    if any(not n or n.split()[0] in _NOT_NAMES for n in names):
        return []
    return names


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give the figures before each "respectively" the names of their sentence's list, in order."""
    fold = folded(a.text)
    if fold is not None and "respectively" not in fold:
        return  # one string search instead of the pattern over every sentence
    for s in a.sentences:
        said = RESPECTIVELY.search(a.text, s.start, s.end)
        if said is None:
            continue
        inside = sorted(
            (f for f in figs if s.start <= a.numbers[f.num_index].start < said.start()),
            key=lambda f: a.numbers[f.num_index].start,
        )
        for k in range(min(len(inside), _MOST), 1, -1):
            run = inside[-k:]  # the figures right before "respectively"
            lo = a.numbers[run[0].num_index].start
            if said.start() - a.numbers[run[-1].num_index].end > _REACH:
                break
            taken = {f.num_index for f in run}
            if any(lo <= n.start < said.start() and n.index not in taken for n in a.numbers):
                continue  # another number among them: pairs, changes or counts, not one figure per name
            since = a.numbers[inside[-k - 1].num_index].end if len(inside) > k else s.start
            names = _names(a.text[since:lo])
            if len(names) != k or all(names_who(n, f.population) for n, f in zip(names, run, strict=True)):
                continue  # "Democrats and Republicans give him 80% and 20%": who answered, not options
                continue
            for f, name in zip(run, names, strict=True):
                f.answer = tidy(name) or name
            break
