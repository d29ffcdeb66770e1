"""Group figures by (question, population, wave) and build the FigureGroups with their quotes."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.models import Figure, FigureGroup


@dataclass(slots=True)
class Draft:
    """A figure being labelled; turned into an immutable :class:`bot.models.Figure` at the end."""

    value: float
    start: int
    end: int
    sentence: int
    question: str = ""
    question_id: int = 0
    answer: str = ""
    population: str = ""
    explicit_pop: bool = False
    pollster: str | None = None
    when: str | None = None
    statement: str | None = None
    vp: str = ""
    name_answer: bool = False
    headline: bool = False
    group: str = ""
    table_caption: str | None = None
    notes: list[str] = field(default_factory=list)

    def moved(self, delta: int, sentence: int) -> Draft:
        """A copy moved by ``delta`` characters into sentence ``sentence``.

        Spelled out because ``dataclasses.replace`` introspects the fields on every call, several
        times slower, and this runs for every figure of a repeated sentence.
        """
        return Draft(
            value=self.value,
            start=self.start + delta,
            end=self.end + delta,
            sentence=sentence,
            question=self.question,
            question_id=self.question_id,
            answer=self.answer,
            population=self.population,
            explicit_pop=self.explicit_pop,
            pollster=self.pollster,
            when=self.when,
            statement=self.statement,
            vp=self.vp,
            name_answer=self.name_answer,
            headline=self.headline,
            group=self.group,
            table_caption=self.table_caption,
            notes=list(self.notes),
        )


_NON_KEY = re.compile(r"[^a-z0-9+]+")


@functools.lru_cache(maxsize=4096)  # a few hundred calls per post over a handful of labels
def pop_key(pop: str) -> str:
    """Populations compare case- and punctuation-insensitively ("U.S. adults" == "US adults")."""
    return _NON_KEY.sub(" ", pop.lower()).strip()


def assign_groups(drafts: list[Draft]) -> None:
    """Set ``group`` on every draft: g1, g2, ... in order of first appearance.

    Key: (question id, population, wave, pollster): two polls quoted in one passage are two groups
    even when they ask the same question of the same people. A figure in a headline that repeats a body
    figure (same value, same population) joins the body figure's group, since it is the same result
    quoted twice.
    """
    keys: dict[tuple[int, str, str, str], str] = {}
    for d in drafts:
        key = (d.question_id, pop_key(d.population), (d.when or "").lower(), (d.pollster or "").lower())
        if key not in keys:
            keys[key] = f"k{len(keys)}"
        d.group = keys[key]
    # Repeat mentions: headline <-> body.
    by_value: dict[tuple[float, str], list[Draft]] = {}
    for d in drafts:
        by_value.setdefault((d.value, pop_key(d.population)), []).append(d)
    for same in by_value.values():
        heads = [d for d in same if d.headline]
        bodies = [d for d in same if not d.headline]
        if heads and bodies:
            target = bodies[0].group
            for h in heads:
                old = h.group
                if sum(1 for d in drafts if d.group == old) == 1:
                    h.group = target
                    h.question, h.question_id = bodies[0].question, bodies[0].question_id
    # Renumber in order of first appearance.
    order: dict[str, str] = {}
    for d in sorted(drafts, key=lambda x: x.start):
        if d.group not in order:
            order[d.group] = f"g{len(order) + 1}"
    for d in drafts:
        d.group = order[d.group]


def build(
    text: str, drafts: list[Draft], sentence_spans: list[tuple[int, int]]
) -> tuple[tuple[Figure, ...], tuple[FigureGroup, ...]]:
    """Immutable figures (text order) and groups (id order) with the sentences they came from."""
    drafts = sorted(drafts, key=lambda d: d.start)
    figures = tuple(
        Figure(
            value=d.value,
            start=d.start,
            end=d.end,
            group=d.group,
            question=d.question,
            answer=d.answer,
            population=d.population,
            pollster=d.pollster,
            when=d.when,
        )
        for d in drafts
    )
    spans = sentence_spans
    return figures, groups_of(
        figures, [d.sentence for d in drafts], lambda i: text[spans[i][0] : spans[i][1]]
    )


def groups_of(
    figures: Sequence[Figure], sentences: Sequence[int], sentence_text: Callable[[int], str]
) -> tuple[FigureGroup, ...]:
    """The groups of ``figures`` (in id order), each labelled as its first figure and quoting the
    sentences its figures stand in (``sentences[i]`` is figure i's sentence)."""
    members: dict[str, list[tuple[int, Figure]]] = {}
    for sentence, f in zip(sentences, figures, strict=True):
        members.setdefault(f.group, []).append((sentence, f))
    groups: list[FigureGroup] = []
    for gid in sorted(members, key=lambda g: int(g[1:])):
        items = members[gid]
        first = items[0][1]
        quote = " … ".join(sentence_text(i) for i in sorted({sentence for sentence, _ in items}))
        groups.append(
            FigureGroup(
                id=gid,
                question=first.question,
                population=first.population,
                pollster=first.pollster,
                quote=quote,
                figures=tuple(f for _, f in items),
                when=first.when,
            )
        )
    return tuple(groups)
