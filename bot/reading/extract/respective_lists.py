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
from bot.reading.extract.label_cues import is_option
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


# A list of answer options in lower case: "favourable and unfavourable shares were 35% and 52%,
# respectively", "approve, disapprove and unsure".
_OPTION_LIST = re.compile(
    r"(?<![\w'’-])(?P<names>[a-z]+(?:[ \t]*,[ \t]*[a-z]+){0,3},?[ \t]+(?:and|&)[ \t]+[a-z]+)\b"
)
# Two figures of one chain: "21% and 70%", "31%, 60%".
_CHAIN_LINK = re.compile(r"^[ \t]*(?:%|per[ \t]?cent\b|percent\b)?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)$")
_CARRY = 3  # sentences after the list that may repeat its options in order


def _options(piece: str) -> list[str]:
    """The answer options of the last lower-case list in ``piece`` when every item is one, else []."""
    found = list(_OPTION_LIST.finditer(piece))
    if not found:
        return []
    names = [x.strip() for x in _SPLIT.split(found[-1].group("names")) if x.strip()]
    while names and not is_option(names[0]):
        names = names[1:]  # "among women, favourable and unfavourable": the list starts at its first option
    return names if len(names) >= 2 and all(is_option(x) for x in names) else []


def _chains(a: Analysis, here: list[Labelled]) -> list[list[Labelled]]:
    """The sentence's figures in runs joined only by "and" or a comma ("21% and 70%; in Daegu, 31% and 60%")."""
    out: list[list[Labelled]] = []
    for f in here:
        n = a.numbers[f.num_index]
        if out:
            p = a.numbers[out[-1][-1].num_index]
            if _CHAIN_LINK.match(a.text[p.cand.mark_end : n.start]):
                out[-1].append(f)
                continue
        out.append([f])
    return out


def _carry_options(a: Analysis, here: list[Labelled], options: list[str]) -> bool:
    """Give each run of exactly as many figures as ``options`` the options in order ("In Incheon, they were
    21% and 70%; in Daegu, 31% and 60%"): the list sentence before named them once. False if none fits."""
    runs = [c for c in _chains(a, here) if len(c) == len(options)]
    if not runs or any(len(c) not in (1, len(options)) for c in _chains(a, here)):
        return False
    for run in runs:
        for f, opt in zip(run, options, strict=True):
            f.answer = opt
    return True


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give the figures before each "respectively" the names of their sentence's list, in order."""
    fold = folded(a.text)
    if fold is not None and "respectively" not in fold:
        return  # one string search instead of the pattern over every sentence
    carried: list[str] = []
    left = 0
    for s in a.sentences:
        if carried and left > 0:
            here = sorted(
                (f for f in figs if s.start <= a.numbers[f.num_index].start < s.end),
                key=lambda f: a.numbers[f.num_index].start,
            )
            left -= 1
            own_list = bool(here) and bool(_options(a.text[s.start : a.numbers[here[0].num_index].start]))
            if here and not own_list and _carry_options(a, here, carried):
                continue
            carried, left = [], 0
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
            options = _options(a.text[since:lo])
            if len(options) == k:
                for f, opt in zip(run, options, strict=True):
                    f.answer = opt
                carried, left = options, _CARRY
                break
            names = _names(a.text[since:lo])
            if len(names) != k or all(names_who(n, f.population) for n, f in zip(names, run, strict=True)):
                continue  # "Democrats and Republicans give him 80% and 20%": who answered, not options
            for f, name in zip(run, names, strict=True):
                f.answer = tidy(name) or name
            break
