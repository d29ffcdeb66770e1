"""An approval template in the labellers' words: "the job <X> is doing as <office>".

The approval templates are built as "Do you approve or disapprove of the way <X> is handling the job (as
<Office>)?". Where a passage prints no question, the labelled sets write the standard job-approval
question the other way round: "Do you approve or disapprove of the job <X> is doing as president?", "...
the job Congress is doing?". Token overlap with either labelled form is never lower for the "job ... doing"
wording (with the office it matches a label word for word), so the template's final wording is turned
round here, last, on the printed labels only: grouping and the rankers still see the template as built.
A tracker title's words read as part of the name ("<X> Job Approval") are dropped on the way.
A question the passage prints itself ("... the way <X> is handling the job?" written out) is kept.

Satisfaction with a leader is worded the same way: the labels write the standard form "Are you satisfied
or dissatisfied with the way <X> is doing his job as prime minister?" where the templates read "... with
<X>'s performance?" or "... the way <X> is doing the job?", and "... with the way the government is
running the country?" where they read "... with the government?". The leader's full name and office come
from the passage (:func:`question_templates.name_people`), "his" or "her" from a title before the surname
("Mr", "Ms") or else from the passage's pronouns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.question_measures import passage_prints
from bot.reading.extract.question_templates import clean_name, name_people
from bot.reading.extract.regions import CANADIAN_PROVINCES

APPROVAL_WORDING = True

_TEMPLATE: Final = re.compile(
    r"^Do you approve or disapprove of the way (?P<rated>.+?) is handling the job"
    r"(?: as (?P<office>[A-Za-z][\w .'’-]*))?\?$"
)
# Words before a person's name that are no part of it, dropped from the printed question only (the
# templates as built feed grouping): a reading's time ("August President Ana Ruiz", "Last June Ruiz"), a
# digest row's US state or province ("Alabama Ana Ruiz"), a list heading's plural office ("Premiers Ana
# Ruiz"). Dropped only where a name follows.
_LEAD_IN: Final = re.compile(
    r"^(?:(?:Tonight|Today|Yesterday|Last|This|Next|January|February|March|April|June|July|August|"
    r"September|October|November|December)\s+)+(?=[A-Z])"
    rf"|^(?:{US_STATES_ALTERNATION}|{'|'.join(CANADIAN_PROVINCES)}),?\s+(?=[A-Z][\w'’.-]+\s+[A-Z])"
    r"|^(?:Premiers|Governors|Senators|Presidents|Mayors)\s+(?=[A-Z])"
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
    rated = _LEAD_IN.sub("", m.group("rated"))
    rated = clean_name(rated) or rated
    return f"Do you approve or disapprove of the job {rated} is doing{tail}?"


_SATISFIED = "Are you satisfied or dissatisfied with "
# "... with Ana Ruiz's performance?", "... with Mr Ruiz's performance?", "... the way Ana Ruiz is doing the job
# as Premier?", "... with the Government?".
_PERFORMANCE: Final = re.compile(
    r"^Are you satisfied or dissatisfied with (?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"(?P<rated>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s performance\?$"
)
_DOING_THE_JOB: Final = re.compile(
    r"^Are you satisfied or dissatisfied with the way (?P<rated>.+?) is doing the job(?P<office> as .+)?\?$"
)
_GOVERNMENT: Final = re.compile(r"^Are you satisfied or dissatisfied with the [Gg]overnment\?$")
_IN_NAME_PEOPLE: Final = re.compile(r"the way (?P<rated>.+?) is handling the job(?P<office> as .+)?\?$")


def _pronoun(a: Analysis, rated: str) -> str:
    """ "her" where the passage writes "Ms"/"Mrs" before the surname or uses more female than male
    pronouns, else "his"."""
    surname = re.escape(rated.split()[-1])
    if re.search(rf"\b(?:Mrs|Ms|Miss)\.?\s+{surname}\b", a.text):
        return "her"
    if re.search(rf"\bMr\.?\s+{surname}\b", a.text):
        return "his"
    she = len(re.findall(r"\b(?:she|her|hers)\b", a.text, re.IGNORECASE))
    he = len(re.findall(r"\b(?:he|his|him)\b", a.text, re.IGNORECASE))
    return "her" if she > he else "his"


def satisfaction_wording(a: Analysis, question: str) -> str:
    """A leader's or government's satisfaction template in the labels' standard form; other questions
    unchanged."""
    if _GOVERNMENT.match(question):
        return f"{_SATISFIED}the way the government is running the country?"
    m = _PERFORMANCE.match(question) or _DOING_THE_JOB.match(question)
    if m is None:
        return question
    rated, office = m.group("rated"), m.groupdict().get("office")
    if office is None:  # the person's full name and office as the passage gives them
        named = _IN_NAME_PEOPLE.search(name_people(a, f"{_SATISFIED}the way {rated} is handling the job?"))
        if named is not None:
            rated, office = named.group("rated"), named.group("office")
    return f"{_SATISFIED}the way {rated} is doing {_pronoun(a, rated)} job{office or ''}?"


def apply(a: Analysis, figs: Sequence[Labelled], ranked: Sequence[Sequence[tuple[str, str, float]]]) -> None:
    """Reword each figure's approval or satisfaction template (see module docstring), unless the passage
    prints it."""
    for f in figs:
        if f.question.startswith("Do you approve or disapprove of the way "):
            reworded = labels_wording(f.question)
        elif f.question.startswith(_SATISFIED):
            reworded = satisfaction_wording(a, f.question)
        else:
            continue
        if reworded != f.question and not passage_prints(f.question, ranked):
            f.question = reworded
