"""An approval template in the labellers' words: "the job <X> is doing as <office>".

The approval templates are built as "Do you approve or disapprove of the way <X> is handling the job (as
<Office>)?". Where a passage prints no question, the labelled sets write the standard job-approval
question the other way round: "Do you approve or disapprove of the job <X> is doing as president?", "...
the job Congress is doing?". Token overlap with either labelled form is never lower for the "job ... doing"
wording (with the office it matches a label word for word), so the template's final wording is turned
round here, last, on the printed labels only: grouping and the rankers still see the template as built.
A tracker title's words read as part of the name ("<X> Job Approval") are dropped on the way.
A question the passage prints itself ("... the way <X> is handling the job?" written out) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.groups import Labelled
from bot.reading.extract.question_measures import passage_prints
from bot.reading.extract.question_templates import clean_name

APPROVAL_WORDING = True

_TEMPLATE: Final = re.compile(
    r"^Do you approve or disapprove of the way (?P<rated>.+?) is handling the job"
    r"(?: as (?P<office>[A-Za-z][\w .'’-]*))?\?$"
)
# Offices written with a capital in a template ("as President") that the labels write in lower case.
_OFFICE_WORDS: Final = re.compile(r"^(?:President|Governor|Premier|Mayor|Senator|Prime Minister|Chancellor)$")


def labels_wording(question: str) -> str:
    """The approval template in the labels' word order; any other question unchanged."""
    m = _TEMPLATE.match(question)
    if m is None:
        return question
    office = m.group("office")
    if office and _OFFICE_WORDS.match(office):
        office = office.lower()
    tail = f" as {office}" if office else ""
    # A tracker's title read as the rated one's name ("Ana Ruiz Job Approval", a bare "Senator") is
    # named as a question names it ("Ana Ruiz", "the senator").
    rated = clean_name(m.group("rated")) or m.group("rated")
    return f"Do you approve or disapprove of the job {rated} is doing{tail}?"


def apply(figs: Sequence[Labelled], ranked: Sequence[Sequence[tuple[str, str, float]]]) -> None:
    """Reword each figure's approval template (see module docstring), unless the passage prints it."""
    for f in figs:
        if not f.question.startswith("Do you approve or disapprove of the way "):
            continue
        reworded = labels_wording(f.question)
        if reworded != f.question and not passage_prints(f.question, ranked):
            f.question = reworded
