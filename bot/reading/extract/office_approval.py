"""An approval battery that names no one asks about the office its passage names.

Approval trackers are often copied as a grid of dates and shares under columns such as "Strongly
Approve" and "Total Disapprove", with the office in a title or a column ("Presidential Approval Index")
and the office-holder named nowhere. Every figure then answers the standard approval question, yet no
label names a person for the approval template, so the group was left without a question. This step gives
such a group the question about the office itself ("Do you approve or disapprove of the way the president
is handling the job?"), which a moderator can sharpen with a name. It runs after grouping and question
borrowing and fills only groups with no question. The office must be named in the figures' own sentences
("... approve of the governor's handling ..."); only a grid of figures with no words of its own (a table's
cells, one share a line) takes the passage's office, and only where the passage names exactly one: where
it names two (a president and a governor), or where a sentence rates a body ("views of the state
legislature: 31 percent approving"), whose approval it is is not known and nothing is filled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster

OFFICE_APPROVAL = True

# An approval or disapproval option ("Strongly Approve", "Total Disapprove", "approve").
_APPROVAL_OPTION: Final = re.compile(r"\b(?:dis)?approv(?:e|al)\b", re.IGNORECASE)

# The words that name an office, and the office as the approval question names it.
OFFICE_WORDS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\b(?:[Pp]residential|[Pp]resident)\b"), "the president"),
    (re.compile(r"\b(?:[Gg]ubernatorial|[Gg]overnor)\b"), "the governor"),
    (re.compile(r"\b(?:[Pp]rime [Mm]inister|PM)\b"), "the prime minister"),
    (re.compile(r"\b(?:[Pp]remier)\b"), "the premier"),
    (re.compile(r"\b(?:[Mm]ayoral|[Mm]ayor)\b"), "the mayor"),
)


def office_named(text: str) -> str | None:
    """The one office ``text`` names ("the president"), or None where it names none or several."""
    named = {office for pattern, office in OFFICE_WORDS if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


def question_for(office: str) -> str:
    """The approval question about an office whose holder the passage does not name."""
    return f"Do you approve or disapprove of the way {office} is handling the job?"


def is_approval_battery(figs: Sequence[Labelled], members: list[int]) -> bool:
    """At least two of the group's figures answer approve or disapprove, and none answers anything else."""
    answers = [figs[i].answer for i in members if figs[i].answer]
    return len(answers) >= 2 and all(_APPROVAL_OPTION.search(answer) for answer in answers)


_LETTER: Final = re.compile(r"[A-Za-z]")

# A body whose approval a sentence may give beside an office's ("views of the state legislature were the
# opposite of the governor's, 31 percent approving"): such a sentence says whose approval only in words
# this step does not read, so it is left alone.
_BODY: Final = re.compile(
    r"\b(?:Congress|Parliament|[Ll]egislature|Assembly|Senate|House|[Cc]ourt|[Cc]ouncil|[Cc]abinet|"
    r"[Gg]overnment|[Aa]dministration|[Pp]arty|Democrats|Republicans)\b"
)


def _in_grid(a: Analysis, figs: Sequence[Labelled], members: list[int]) -> bool:
    """Every figure of the group sits in a table cell or on a line with no words."""
    places = a.layout.places
    return all(
        places[figs[i].num_index].cell is not None or not _LETTER.search(a.line_text(figs[i].line))
        for i in members
    )


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each approval battery left without a question the approval question of its office."""
    for members in members_by_cluster(cluster_ids).values():
        if any(figs[i].question for i in members) or not is_approval_battery(figs, members):
            continue
        own = " ".join(a.sentence_text(k) for k in sorted({figs[i].sentence for i in members}))
        if _BODY.search(own):
            continue
        office = office_named(own) or (office_named(a.text) if _in_grid(a, figs, members) else None)
        if office is not None:
            for i in members:
                figs[i].question = question_for(office)
