"""After the sentence openings: earlier readings told in prose, each dated right after its figure.

A trend told in prose gives the current share first and then the earlier waves, each with its date after
it: "Only 36% back the tax in the current poll; 41% did so in March 2019; 44% in June 2018", "... since a
44% reading in late March 2006, although 41% were also satisfied in June 2014", "That's up from 47 percent
in 2012, 33 percent in 2008 and 41 percent in 2004", "It was 17 percent in 2014." Each dated share is its
own wave (the shared README gives an earlier wave's figures a group of their own, marked ``when``). The
wave reader (`waves.wave_of`) reads a time after a figure only after a change word ("up from") or with a
word of the past ("last", "ago"), so such shares keep the main poll's wave, or one "earlier poll" wave
for the whole run, and the link model joins them.

Here a figure whose date follows it, with at most a few words between ("did so", "were also satisfied",
"reading") and a clause's end after the date, takes that date as its ``when`` and leaves its cluster for
one of that date's own (through `opening_times.split_marked`). Guards: a figure with a people word or a
preposition between it and the date is a population's time ("12% of Leave voters in 2016") and is left
alone; the date must end its clause ("in 2016 referendum" is no wave); and an undated figure must come
before it, in its sentence or the one before (the current reading the earlier ones are set against), so a
passage whose only poll is dated by the month it was taken keeps its one wave. A figure whose wave is
already a named time keeps it; one whose wave is only the generic "earlier poll" takes its own date.
Runs on the clusters only and moves no feature.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.opening_times import split_marked
from bot.reading.extract.scan import Anchored
from bot.reading.extract.vocab import MONTHS

# Off: earlier readings dated after their figures keep the clusters the link model gave them.
DATED_TAILS = True

# A year in the passage: without one no share is dated after it (found from "19"/"20" by str.find).
_YEAR: Final = Anchored(re.compile(r"\b(?:19|20)\d\d\b"))
# The date right after a figure: its unit, at most three short words, then "in"/"during" and a year, its
# month (and day) before it where given ("in late September 2005", "in November of 2015", "in 2014").
_TAIL: Final = re.compile(
    # (each run of spaces is read by one possessive quantifier: three optional runs side by side backtracked
    # over every way of splitting a long run, cubic in its length)
    r"(?:[ \t]*+(?:%|percent\b|per[ \t]?cent\b|pc\b))?(?P<words>(?:[ \t]++[a-z]+){0,3}?)[ \t]*+(?:,[ \t]*+)?"
    r"(?:back[ \t]+)?(?:in|during)[ \t]+"
    rf"(?P<t>(?:(?:early|late|mid)[ -]?)?(?:(?:{MONTHS})\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?(?:of[ \t]+)?)?"
    r"(?:19|20)\d\d)\b"
    # the date ends its clause: no noun it qualifies ("in 2016 referendum") and no more of the sentence's claim
    r"(?=[ \t]*(?:[.,;:)!?\]]|$|\n|(?:and|after|before|during|when|while|but|although|according|amid)\b))",
    re.IGNORECASE,
)
# Words between a figure and its date that make the date a population's or a subject's, not a wave's.
_NOT_BETWEEN: Final = frozenset(
    [
        "of",
        "among",
        "from",
        "to",
        "for",
        "with",
        "by",
        "on",
        "at",
        "than",
        "who",
        "that",
        "which",
        "and",
        "or",
        "but",
        "while",
        "said",
        "say",
        "says",
        "the",
        "a",
        "an",
        "voters",
        "people",
        "adults",
        "residents",
        "respondents",
        "members",
        "supporters",
    ]
)
# A generic wave the wave reader gives a change's reading where it reads no time of its own.
_GENERIC: Final = frozenset({"earlier poll", "earlier", "earlier wave"})


def _tail_time(a: Analysis, f: Labelled) -> str | None:
    """The date written right after figure ``f`` as its wave, or None."""
    n = a.numbers[f.num_index]
    s = a.sentences[f.sentence]
    m = _TAIL.match(a.text, n.end, s.end)
    if m is None or any(w.lower() in _NOT_BETWEEN for w in m.group("words").split()):
        return None
    return re.sub(r"\s+", " ", m.group("t"))


def split_tails(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each share dated after it in a cluster of its date's own (see the module
    docstring); ids renumbered in order of first appearance."""
    if len(figs) < 2 or not a.sentences or next(_YEAR.finditer(a.text), None) is None:
        return cluster_ids
    order = sorted(range(len(figs)), key=lambda i: figs[i].num_index)
    tails = {i: _tail_time(a, figs[i]) for i in order}
    marked: dict[int, str] = {}
    current: list[int] = []  # sentences of the undated figures seen so far
    for i in order:
        f = figs[i]
        when = tails[i]
        if when is None:
            if not f.when:
                current.append(f.sentence)
            continue
        if f.when and f.when.lower() not in _GENERIC:
            continue
        if current and current[-1] >= f.sentence - 1:
            marked[i] = when
    return split_marked(figs, cluster_ids, marked)
