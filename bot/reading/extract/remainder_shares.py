"""After clustering: an unsure share told right after a split ("48% to 41%, with 11% undecided") joins
the split's group.

A race or rating split followed in its own sentence by the share of the unsure ("with 11% undecided",
"and 6% not sure") answers the same question for the same people: one group. The link model weighs the
unsure share's answer against the sides' and can leave it alone in a cluster of its own where the link
sits near its threshold. The layout decides here: a figure whose answer is an unsure option and whose
cluster holds only itself joins the cluster of the figure just before it when that figure is in its
sentence, that cluster has two or more figures in the sentence and all of them come before it, their
people are its own (the same words, or its words ending theirs: "voters" of "likely voters"), and the
sentence's shares with it add up to a whole at most. Runs after clustering and moves no feature, so the
fitted weights are unchanged.
"""

from __future__ import annotations

from typing import Final

from bot.reading.extract.groups import UNSURE, Labelled, in_order

REMAINDER_SHARES = True
_WHOLE: Final = 101.0


def _unsure(answer: str) -> bool:
    low = answer.strip().lower()
    return any(low == u or low.startswith(f"{u} ") for u in UNSURE)


def _same_people(side: str, own: str) -> bool:
    side, own = side.strip().lower(), own.strip().lower()
    return not own or side == own or side.endswith(f" {own}")


def join_remainders(figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each lone unsure share in the split before it (see the module docstring)."""
    if not REMAINDER_SHARES:
        return cluster_ids
    ids = list(cluster_ids)
    for i in range(1, len(figs)):
        f, p = figs[i], figs[i - 1]
        if not _unsure(f.answer) or ids.count(ids[i]) != 1 or p.sentence != f.sentence:
            continue
        sides = [j for j, c in enumerate(ids) if c == ids[i - 1] and figs[j].sentence == f.sentence]
        if (
            len(sides) < 2
            or max(sides) > i
            or not all(_same_people(figs[j].population, f.population) for j in sides)
        ):
            continue
        if sum(figs[j].value for j in sides) + f.value > _WHOLE:
            continue
        ids[i] = ids[i - 1]
    return in_order(ids)
