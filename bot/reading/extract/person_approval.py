"""An approval group whose passage names the one person rated asks about that person.

A tracker's rows (a pollster, dates, approve, disapprove) or a short approval report often name whom they
rate only in a title or lead sentence ("Governor Ana Ruiz - Job Approval", "approval of Ana Ruiz"), not
beside the figures, so the group was left without a question, was given the office's question, or took a
vote template from the passage around it. This step, run after question borrowing and before
:mod:`office_approval`, gives such a group "Do you approve or disapprove of the job <Person> is doing as
<office>?" (office from a title before the name or from the same text; "... is doing?" where none is
named). The person is looked for in the group's own sentences, then the title above its table or block,
then the passage's first line; the first of these that names anyone's approval decides, and only where it
names exactly one person. A question other than a vote template, or an approval question rating a pollster (a tracker's row
label), is never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, is_unsure, members_by_cluster
from bot.reading.extract.meta import generic_pollster_mentions
from bot.reading.extract.office_approval import is_approval_battery, office_named
from bot.reading.extract.question_templates import RATED_NAME, clean_name, heading
from bot.reading.extract.scan import gated
from bot.reading.extract.vocab import POLLSTER_RE

PERSON_APPROVAL = True

# Wordings that name whose approval a text gives: "Ana Ruiz's approval", "Ana Ruiz job approval",
# "Governor Ana Ruiz - Job Approval Ratings", "approval of Ana Ruiz", "approve of the job Ana Ruiz ...".
_PERSON_APPROVAL: Final = (
    re.compile(rf"{RATED_NAME}(?:'s|’s)?\s*(?:[-–—:|]\s*)?(?i:(?:job\s+)?approval)"),
    re.compile(rf"(?i:approv\w*)\s+(?:(?i:rating)s?\s+)?of\s+(?:how\s+|the\s+(?:way|job)\s+)?{RATED_NAME}"),
)

# An office written before the holder's name, and the office as the question names it.
_TITLE: Final = re.compile(
    r"^(?P<title>President|Prime\s+Minister|Premier|Governor|Gov\.|Senator|Sen\.|Mayor|Chancellor|"
    r"First\s+Minister)\s+(?=[A-Z])"
)
_OFFICE_OF_TITLE: Final = {"gov.": "governor", "sen.": "senator"}
# A second name joined to the rated one ("approval of Ana Ruiz and Tom Lee", "Ana Ruiz and Tom Lee's
# approval"): two people's approval, whose is not known.
_JOINED_AFTER: Final = re.compile(r"\s*(?:,|and|&|or|vs\.?|versus)\s+(?:the\s+)?[A-Z]")
_JOINED_BEFORE: Final = re.compile(r"[A-Z][\w'’.-]*\s*(?:,|and|&|or|vs\.?|versus)\s+$")
_SENATOR: Final = re.compile(r"\b(?:[Ss]enator|Sen\.)\s")

# A vote template a group took from the passage around it: replaced where the passage names approval.
_VOTE: Final = gated(re.compile(r"\b(?:vote|voting|elections?|ballot)\b", re.IGNORECASE))

# The one an approval question rates (public: issue_approval reads it too); a tracker's row label read as that one is often the row's pollster.
RATED: Final = re.compile(r"approve or disapprove of the (?:way|job) (?P<name>.+?) is (?:handling|doing)")


def _rates_a_pollster(question: str) -> bool:
    """An approval question whose rated one is a pollster (a tracker's row label taken for a person)."""
    m = RATED.search(question)
    if m is None:
        return False
    name = m.group("name")
    return bool(POLLSTER_RE.fullmatch(name) or generic_pollster_mentions(name))


def _people(text: str) -> dict[str, str | None]:
    """Each person whose approval ``text`` names, with the office a title before the name gives."""
    found: dict[str, str | None] = {}
    for rx in _PERSON_APPROVAL:
        for m in rx.finditer(text):
            raw = m.group("name")
            if _JOINED_AFTER.match(text, m.end("name")) or _JOINED_BEFORE.search(text, 0, m.start("name")):
                found[raw] = None
                found[raw + " and another"] = None
                continue  # two people: never asked about one of them
            if "\n" in raw:
                continue  # a table's column heads one a line, not a name
            title = _TITLE.match(raw)
            office = None
            if title is not None:
                word = re.sub(r"\s+", " ", title.group("title")).lower()
                office = _OFFICE_OF_TITLE.get(word, word)
                raw = raw[title.end() :]
            name = clean_name(raw)
            if not name or name.startswith("the ") or (" " not in name and len(name) < 3):
                continue  # a bare office is office_approval's; "the Senate" is a body
            found[name] = found.get(name) or office
    return found


def question_for(name: str, office: str | None) -> str:
    """The approval question about a named person, with the office where it is known."""
    if office:
        return f"Do you approve or disapprove of the job {name} is doing as {office}?"
    return f"Do you approve or disapprove of the job {name} is doing?"


def office_in(text: str) -> str | None:
    """The one office ``text`` names, without its article ("governor"), or "senator"; None otherwise."""
    office = office_named(text)
    if office is not None:
        return office.removeprefix("the ")
    return "senator" if _SENATOR.search(text) else None


def _is_approval_group(a: Analysis, figs: Sequence[Labelled], members: list[int]) -> bool:
    """The group's answers are approve or disapprove (besides a don't-know), or its table's column headers name
    approval."""
    sides = [i for i in members if not is_unsure(figs[i].answer)]
    if is_approval_battery(figs, sides):
        return True
    places = a.layout.places
    return any("approv" in (places[figs[i].num_index].header or "").lower() for i in members) and not any(
        figs[i].answer and "approv" not in figs[i].answer.lower() for i in members
    )


def _needs_question(figs: Sequence[Labelled], members: list[int]) -> bool:
    return needs_question([figs[i].question for i in members if figs[i].question])


def needs_question(questions: Sequence[str]) -> bool:
    """No question, or only vote templates that do not name approval and approval questions rating a
    pollster: what an approval step may replace."""
    return not questions or all(
        (_VOTE.search(q) and "approv" not in q.lower()) or _rates_a_pollster(q) for q in questions
    )


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each approval group without a question (or with a vote template) its one named person's."""
    for members in members_by_cluster(cluster_ids).values():
        if not _needs_question(figs, members) or not _is_approval_group(a, figs, members):
            continue
        own = " ".join(a.sentence_text(k) for k in sorted({figs[i].sentence for i in members}))
        first = min(members, key=lambda i: figs[i].num_index)
        title = heading(a, a.numbers[figs[first].num_index]) if a.lines else ""
        top = a.line_text(0) if a.lines else ""
        for text in (own, title, top):
            people = _people(text) if text else {}
            if not people:
                continue
            if len(people) == 1:
                ((name, office),) = people.items()
                q = question_for(name, office or office_in(text))
                for i in members:
                    figs[i].question = q
            break
