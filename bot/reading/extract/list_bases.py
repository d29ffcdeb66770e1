"""A vote-intention list's base carried to the list's later shares.

Reports of party support often name the base of the shares once, with the list's first figure ("37% of
decided voters back the first party, ahead of the second at 30%"), and go on listing the other parties in
the next clauses, sentences or the next short paragraph without naming anyone ("The third party is at
16 per cent."). The labels give every share of the list that base ("decided voters"), as it is the same
question asked of the same people; the rankers see no people in the later clauses and give them the
passage's default (its universe or country's voters), which also keeps them apart from the list when
figures are grouped.

A base is a population that names a part of the sample by whether it made a choice: "decided voters",
"committed voters", "decided and leaning voters" (``vocab.LIST_BASES``). From a figure given such a base,
the figures after it whose population is only the passage's default and whose question is the base
figure's take the base, while they follow closely (``_REACH`` characters after the last figure that had it, at most one paragraph break between)
and until a figure names other people (a region's breakdown, a subgroup) or asks another question (the
list has ended). A figure
whose answer is the undecided share itself is skipped (the base leaves those people out). A fixed step
after the rankers, like :mod:`world_scope`; it reads labels and positions only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.vocab import LIST_BASES

_BASE = re.compile(rf"^(?:the\s+|all\s+)?(?:{LIST_BASES})\s+(?:voters|electors)$", re.IGNORECASE)
# An answer that is the share the base leaves out ("undecided", "don't know").
_LEFT_OUT = re.compile(
    r"\b(?:undecided|unsure|not\s+sure|don'?t\s+know|do\s+not\s+know|would\s+not\s+vote)\b", re.I
)
# A base written right after a share, as the share's own people: "43 per cent support from decided voters",
# "28% among committed voters".
_WRITTEN_AFTER = re.compile(
    rf"[ \t]*(?:%|per[ \t]*cent|percent)?[ \t]+(?:(?:support|backing)[ \t]+)?(?:from|among|of|with)[ \t]+"
    rf"(?:the[ \t]+|all[ \t]+)?(?P<base>(?:{LIST_BASES})[ \t]+(?:voters|electors))\b",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_REACH = 400


def is_base(population: str) -> bool:
    """Whether ``population`` names the part of the sample that made a choice ("decided voters")."""
    return _BASE.match(population.strip()) is not None


def written_base(a: Analysis, index: int) -> str:
    """The base written right after the share at number ``index`` as its people ("43 per cent support from
    decided voters" -> "decided voters"), or ""."""
    m = _WRITTEN_AFTER.match(a.text, a.numbers[index].cand.mark_end)
    return m.group("base") if m is not None else ""


def has_base(a: Analysis, figures: Iterable[tuple[int, str]]) -> bool:
    """Whether any of the figures (number index, population) has a base, given or written after it."""
    return any(is_base(pop) or written_base(a, index) for index, pop in figures)


def carried_bases(
    a: Analysis,
    figures: Iterable[tuple[int, str, str, str]],
    is_default: Callable[[str], bool],
) -> dict[int, str]:
    """The base each figure takes, for the figures (number index, population, answer, question) that follow
    one given a base, ask its question and whose population is only the passage's default
    (``is_default``): {number index: base}."""
    out: dict[int, str] = {}
    base = asked = ""
    last = -1
    for index, population, answer, question in sorted(figures, key=lambda f: a.numbers[f[0]].start):
        num = a.numbers[index]
        written = written_base(a, index)
        if written and not is_base(population) and is_default(population):
            population = out[index] = written  # its own base, which the rankers did not read
        if is_base(population):
            base, asked, last = population, question, num.end
            continue
        if not base:
            continue
        if not is_default(population):
            base = ""  # other people named: the list has ended
            continue
        gap = a.text[last : num.start]
        if num.start - last > _REACH or len(_PARAGRAPH.findall(gap)) > 1:
            base = ""
            continue
        if question != asked:
            base = ""  # another question ("Asked about the plan, 36% ..."): the list has ended
            continue
        if _LEFT_OUT.search(answer):
            continue
        out[index] = base
        last = num.end
    return out
