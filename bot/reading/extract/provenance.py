"""Why each figure carries its labels: the :class:`Provenance` the ``--explain`` output prints, and setting or
refusing a label with its provenance (a tidied label the checker refuses is none; a label a step fixes is
recorded with the axis score, so the group votes keep it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.choices import Chosen
from bot.reading.extract.label_check import usable
from bot.reading.extract.tidy import Tidy, clean


@dataclass(slots=True)
class Provenance:
    """Why one figure was kept and labelled as it was."""

    figure: float
    figure_why: list[tuple[str, float]]
    labels: dict[str, Chosen] = field(default_factory=dict)
    # The step after the rankers that last changed a label ("respective_lists", "party_voters", ...), by
    # kind: the label shown is then that step's, not the ranker's choice in ``labels``.
    set_by: dict[str, str] = field(default_factory=dict)
    # Every change the steps made, in order: (kind, step, label before, label after). Recorded only when
    # explaining; :mod:`step_effects` scores each step's changes against labelled passages.
    changes: list[tuple[str, str, str, str]] = field(default_factory=list)


def tidied(a: Analysis, kind: str, text: str, tidy: Tidy) -> str:
    """The chosen answer or population tidied, or none where the tidied label fails the checker; once per
    text and kind in an analysis (the figures of a row or sentence often share their labels)."""
    key = ("weighed_tidied", (kind, text))
    got = a.memo.get(key)
    if isinstance(got, str):
        return got
    tidied = tidy.answer(text) if kind == "answer" else clean(text)
    out = usable_or_none(kind, tidied)
    a.memo[key] = out
    return out


# The score a table axis' label carries into the group votes: surer than any ranker's choice.
_AXIS_SCORE = 30.0


# The source of an answer that names a group of voters as an option: an exit poll's share of the voters in
# the group ("Coastal Counties (31%)"; table_labels), kept by answer_steps.answers_naming_no_option, which drops answers
# naming people.
GROUP_SHARE = "group_share"


def fix_label(
    f: group_stage.Labelled, p: Provenance, kind: str, label: str, written: str, source: str
) -> None:
    """Set ``kind`` to a label a table's layout fixes (``written`` as the table gives it, ``label`` tidied),
    recorded with the axis score so the group votes keep it; the rankers' candidates stay for the record."""
    setattr(f, kind, label)
    p.labels[kind] = Chosen(written, source, _AXIS_SCORE, [], p.labels[kind].ranked)


def usable_or_none(kind: str, text: str) -> str:
    """The tidied label if it still passes the checker (tidying can leave "Brussels) “"), else none."""
    return text if usable(kind, text) else ""
