"""Approval of a leader's handling of one issue asks about that issue, not the overall job.

Polls ask approval of a president's or governor's handling of single issues beside the overall job:
"NN% approve of how Governor Ana Ruiz is handling housing", "On her handling of
rents, NN% approve", a tracker block titled "Ruiz Job Approval - Economy". Such groups were left without a question or
took the overall job template of the same person, which the labels keep for the overall job. Here, after
the approval steps (:mod:`person_approval`, :mod:`office_approval`), a group whose answers are approve or
disapprove and whose question is not an approval question of its own (empty, the overall job template, or
another frame such as "Do you support his handling of <issue>?") takes "Do you approve or disapprove of
the way <X> is handling <issue>?", with the issue read from:

- its sentence: "approve of how/the way <X> is handling <issue>";
- the clause before its first figure: "<X>'s / his / her handling of <issue>";
- the title of its block: "<X> Job Approval - <Issue>".

The person is the one the phrase names (in full, as :func:`question_templates.person_name` writes it), the
one the group's template already names, or, for "his"/"her", the leader the passage named last before the
figures (:func:`question_templates.rated_antecedent`); where none is found nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled, is_unsure, members_by_cluster
from bot.reading.extract.office_approval import is_approval_battery
from bot.reading.extract.person_approval import RATED
from bot.reading.extract.question_templates import person_name, rated_antecedent

ISSUE_APPROVAL = True
ISSUE_ROWS = True

_WHO = r"(?P<who>(?:President|Governor|Gov\.|Premier|Mayor|Prime\s+Minister)?\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
# The issue: up to five words, ended by punctuation, a conjunction or a preposition that starts a new part.
_ISSUE = (
    r"(?P<issue>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!(?:while|and|but|with|among|than|since|compared|"
    r"according|at|in|by|from|as|to)\b)[A-Za-z][\w'’-]*){0,4})(?=\s*[,.;:!?)]|\s+(?:while|and|but|with|among|than|"
    r"since|compared|according|at|in|by|from|as|to)\b|\s*$)"
)
_HOW_HANDLING: Final = re.compile(
    rf"\b(?:dis)?approv\w*\s+(?:of\s+)?(?:how|the\s+way)\s+{_WHO}\s+(?:is|was|has\s+been)\s+handling\s+{_ISSUE}"
)
_HANDLING_OF: Final = re.compile(
    rf"(?:\b(?P<pron>his|her|[Tt]he\s+(?:president|governor|premier|mayor|prime\s+minister)['’]s)|"
    rf"{_WHO}['’]s)\s+handling\s+of\s+{_ISSUE}"
)
_TITLE: Final = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)\s+(?:Job\s+)?Approval\s*[-–—:]\s*"
    r"(?P<issue>[A-Za-z][\w'’ /&-]{1,40})$"
)
# A list of issues rated one a row, each led by its name and a colon ("Immigration: NN% approve, MM%
# disapprove"), under a lead naming whose handling of the issues was rated ("asked voters to rate Ruiz's
# handling of six issues", "approve of the way Ruiz is handling these issues"): each row asks that person's
# handling of its issue (twenty-sixth round, uq27; the rankers read the row's name as the rated person).
_ROW_ISSUE: Final = re.compile(
    r"(?:^|(?<=[\s.;,]))(?P<issue>[A-Z][a-z][\w'’]*(?:[ -][A-Z][a-z][\w'’]*){0,3}):\s*"
    r"(?:\d{1,2}(?:\.\d)?\s*(?:%|percent)\s*(?:approve|disapprove)\s*,?\s*)?$"
)
_APPROVE_SIDE: Final = re.compile(r"^(?:strongly\s+|somewhat\s+)?(?:dis)?approve$", re.IGNORECASE)
_ISSUES_LEAD: Final = re.compile(
    rf"(?:{_WHO}['’]s\s+handling\s+of|(?:how|the\s+way)\s+{_WHO.replace('who', 'who2')}\s+(?:is|was|has\s+been)\s+"
    r"handling)\s+(?:(?:the|these|those|several|various|some|a\s+(?:few|range|number)\s+of|[a-z]+)\s+)?"
    r"(?:(?:key|major|specific|top|different|important|policy)\s+)?(?:issues|topics|matters|areas)\b"
)
_ROW_BACK = 60
_SENTENCE_WORDS: Final = frozenset(
    {"Is", "Was", "How", "Why", "What", "The", "And", "But", "On", "In", "Of", "With"}
)
_LEAD_BACK = 1500
# A bare overall job template, which an issue's question replaces.
_OVERALL: Final = re.compile(
    r"^Do you approve or disapprove of the (?:way .+ is handling the job|job .+ is doing)\b"
)
_OVERALL_JOB: Final = re.compile(r"(?:(?:his|her|its|their|the)\s+)?(?:overall\s+)?job", re.IGNORECASE)
# An issue the labels write with an article ("handling the economy").
_WITH_ARTICLE: Final = frozenset({"economy", "deficit", "budget", "pandemic", "war", "situation"})


def _issue(raw: str) -> str:
    words = raw.split()
    words = [w if (w.isupper() and len(w) > 1) else w.lower() for w in words]
    if words and words[0] in _WITH_ARTICLE:
        words.insert(0, "the")
    return " ".join(words)


def _block_title(a: Analysis, first: Num) -> str:
    """The first line above the group's first figure that is neither blank, nor a sample line ("Asked of
    1000 Adults"), nor holds a figure; "" where there is none within a few lines."""
    for i in range(first.line - 1, max(-1, first.line - 5), -1):
        text = a.line_text(i).strip()
        if not text or text.lower().startswith(("asked of", "population")):
            continue
        return "" if i in a.numbers_by_line else text
    return ""


def _reading(a: Analysis, nums: Sequence[Num]) -> tuple[str | None, str, bool] | None:
    """(the person as written, or None for a pronoun; the issue; whether the person is a pronoun)."""
    first = min(nums, key=lambda n: n.start)
    if a.sentences:
        s = a.sentences[first.sentence]
        m = _HOW_HANDLING.search(a.text, s.start, s.end)
        if m is not None:
            return m.group("who").strip(), m.group("issue"), False
        m = _HANDLING_OF.search(a.text[s.start : first.start])
        if m is not None:
            pron = m.group("pron")
            if pron and pron.lower() in ("his", "her"):
                return None, m.group("issue"), True
            return (
                (pron or m.group("who")).strip().removesuffix("'s").removesuffix("’s"),
                m.group("issue"),
                False,
            )
    if a.lines:
        m = _TITLE.match(_block_title(a, first))
        if m is not None:
            return m.group("who"), m.group("issue"), False
    return None


def issue_row(a: Analysis, num: Num) -> tuple[str, str] | None:
    """(the person, the issue) for a figure on a row of an issues list (see _ROW_ISSUE) under a lead naming
    whose handling was rated; None otherwise."""
    if not a.lines:
        return None
    line = a.lines[num.line]
    row = _ROW_ISSUE.search(a.text[max(line.start, num.start - _ROW_BACK) : num.start])
    if row is None:
        return None
    leads = list(_ISSUES_LEAD.finditer(a.text, max(0, num.start - _LEAD_BACK), num.start))
    if not leads:
        return None
    lead = leads[-1]  # the last lead before the row
    words = (lead.group("who") or lead.group("who2") or "").split()
    while len(words) > 1 and words[0] in _SENTENCE_WORDS:
        words = words[1:]  # "Is Trump's handling": a headline's verb, no first name
    return (" ".join(words), row.group("issue")) if words else None


def apply_rows(a: Analysis, figs: list[Labelled]) -> None:
    """Give each approve or disapprove share on a row of an issues list the question of that issue's
    handling (see _ROW_ISSUE); run after the steps that read a row's name as a rated person."""
    if "handling" not in a.text:
        return
    for f in figs:
        if not _APPROVE_SIDE.match(f.answer):
            continue
        read = issue_row(a, a.numbers[f.num_index])
        if read is None:
            continue
        who, issue = read
        name = person_name(a, who)
        f.question = f"Do you approve or disapprove of the way {name} is handling {_issue(issue)}?"


def _is_approval(figs: Sequence[Labelled], members: list[int]) -> bool:
    sides = [i for i in members if not is_unsure(figs[i].answer)]
    if is_approval_battery(figs, sides):
        return True
    return len(sides) == 1 and "approv" in figs[sides[0]].answer.lower()


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each approval group of one issue the issue's approval question (see module docstring)."""
    for members in members_by_cluster(cluster_ids).values():
        asked = {figs[i].question for i in members}
        if len(asked) != 1 or not _is_approval(figs, members):
            continue
        (current,) = asked
        nums = [a.numbers[figs[i].num_index] for i in members]
        read = _reading(a, nums)
        if read is None:
            continue
        who, issue, pronoun = read
        if _OVERALL_JOB.fullmatch(issue.strip()):
            continue  # "handling his job": the overall job after all
        if "approv" in current.lower() and not _OVERALL.match(current):
            continue  # an approval question of its own (one issue's, printed or built)
        named = RATED.search(current) if current else None
        if named is not None and (pronoun or (who and who.split()[-1] in named.group("name"))):
            who = named.group("name")  # the template's name, already in full
        elif pronoun:
            resolved = rated_antecedent(
                a, "Do you approve or disapprove of the way He is handling the job?", nums
            )
            m = RATED.search(resolved)
            who = m.group("name") if m is not None and m.group("name") != "He" else None
        if not who:
            continue
        name = who if who.lower().startswith("the ") else person_name(a, who)
        if name.lower().startswith("the "):
            name = name.lower()
        for i in members:
            figs[i].question = f"Do you approve or disapprove of the way {name} is handling {_issue(issue)}?"
