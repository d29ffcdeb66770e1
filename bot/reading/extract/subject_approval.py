"""An approval share whose person is told around it, not beside an approval noun.

Reports name the person an approval share rates in many ways the other approval steps do not read
(:mod:`person_approval` wants "X's approval" or "approval of X", :mod:`prose_approval` a named subject with
"had a NN% approval rating", :mod:`listed_approval` a row or an aside):

- the rating's object after the verb: "61% approve the work of Premier Ana Ruiz", "... approves of the
  management of President Tom Lee";
- the person as the passive's subject: "Ruiz is approved of by 48 per cent";
- the person as the subject of the share's clause: "Tom Lee continues to be unpopular, with 40% of voters
  approving of him", "Ana Ruiz is at a 31/55 approval rating, Bo Ray is at 20/60";
- a pronoun opening the share's clause, standing for the person the sentence before names with a title:
  "... the unpopularity of outgoing Governor Ana Ruiz. She has a 30% approval rating";
- for a table's cells (an approval tracker's rows), a heading line that is only a titled name ("Governor
  Ana Ruiz") above them, or the page's title naming one person's administration or presidency ("Polls on
  the Ana Ruiz administration").

Such groups were left without a question (or took a vote template). Here, after the other approval
steps, a group whose figures answer approve or disapprove (or stand under an "Approve" column), with no
question or only a vote template, takes "Do you approve or disapprove of the job <Person> is doing (as
<office>)?" where its figures name exactly one person (a figure naming none follows the group's one); where
they name two, each figure naming one takes that one's. Label only, after clustering: no feature moves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, is_unsure, members_by_cluster
from bot.reading.extract.person_approval import RATED, needs_question, office_in, question_for
from bot.reading.extract.pronoun_subjects import (
    OPENERS,
    person_of,
    prose_sentence_end,
    prose_sentence_start,
)
from bot.reading.extract.question_templates import clean_name, person_name

SUBJECT_APPROVAL = True

_NAME: Final = r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|la|van|von)){0,4})"
_TITLE: Final = (
    r"(?P<title>President|Prime\s+Minister|Premier|Governor|Gov\.|Mayor|Chancellor|First\s+Minister|"
    r"Senator|Sen\.|Taoiseach)"
)
_OFFICE_OF_TITLE: Final = {"gov.": "governor", "sen.": "senator"}

# "approve(s) (of) the performance of (President) X", "approval of the management of X".
_OBJECT: Final = re.compile(
    r"(?i:(?:dis)?approv\w*)[\"”’]?\s+(?:of\s+)?the\s+(?i:performance|management|work|handling|leadership|"
    r"job\s+performance)\s+of\s+(?:(?i:the\s+)?" + _TITLE + r"\s+)?" + _NAME
)
# "Ana Ruiz (is) approved of by 48 per cent".
_PASSIVE: Final = re.compile(_NAME + r"\s+(?:(?:is|was|being)\s+)?approved\s+of\s+by\b")
# A capitalised run and the word after it: the run is the clause's subject when that word is a verb.
_RUN: Final = re.compile(
    r"(?<![\w.'’&-])(?P<run>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,4})(?P<tail>['’]s\b|[ \t]+(?P<word>[a-z]+)\b)?"
)
_SUBJECT_VERBS: Final = frozenset(
    [
        "is",
        "was",
        "has",
        "had",
        "gets",
        "got",
        "earns",
        "earned",
        "enjoys",
        "holds",
        "scores",
        "stands",
        "continues",
        "remains",
        "sits",
        "receives",
        "received",
        "draws",
        "posts",
        "posted",
        "registers",
    ]
)
# Bodies rated like a person ("... while Congress overall is at 15/72").
_BODIES: Final = frozenset(["Congress", "Parliament"])
_PRONOUN_OPEN: Final = re.compile(r"^\s*(?:[A-Z][a-z]+,?\s+)?(?:He|She)(?:['’]s)?\b")
_TITLED: Final = re.compile(r"\b" + _TITLE + r"\s+" + _NAME)
# A heading line that is only a titled name ("Governor Ana Ruiz", "Lt. Governor Tom Lee").
_TITLED_LINE: Final = re.compile(r"^\s*(?:Lt\.?\s+|Lieutenant\s+)?" + _TITLE + r"\s+" + _NAME + r"\s*$")
# A title naming one person's term: "the Ana Ruiz administration", "Tom Lee's presidency".
_TERM: Final = re.compile(_NAME + r"(?:['’]s)?\s+(?:administration|presidency|premiership)\b")
# A clause boundary inside a sentence: the next clause may name its own subject.
_CLAUSE_CUT: Final = re.compile(r"[;,]\s+(?:and\s+|while\s+|whereas\s+|but\s+)?|\s+(?:while|whereas)\s+")
_APPROVAL: Final = re.compile(r"\b(?:dis)?approv", re.IGNORECASE)
# The lines of a page's top read for the office of the person its title names, and the noun of a term read
# as its office ("the presidency of Ana Ruiz": the president).
_TOP_LINES: Final = 4
_PRESIDENCY: Final = re.compile(r"\bpresidency\b", re.IGNORECASE)
# An approval question about an office, not its holder ("... the job the president is doing?").
_OFFICE_RATED: Final = re.compile(
    r"approve or disapprove of the (?:way|job) the [a-z]+(?: [a-z]+)? is (?:handling|doing)"
)
_APPROVE: Final = re.compile(r"\bApprov", re.IGNORECASE)
_DISAPPROVE: Final = re.compile(r"\bDisapprov", re.IGNORECASE)
# How many lines above a row its table's header may stand (one row a line, a few rows under one header).
_HEADER_LINES: Final = 15
# How many lines above a table's first row a section heading naming its person may stand.
_HEADING_LINES: Final = 12


def _titled(m: re.Match[str]) -> tuple[str, str | None] | None:
    name = clean_name(m.group("name"))
    if not name or name.startswith("the "):
        return None
    title = m.groupdict().get("title")
    office = None
    if title:
        word = re.sub(r"\s+", " ", title).lower()
        office = _OFFICE_OF_TITLE.get(word, word)
    return name, office


def _clause_subject(clause: str) -> str | None:
    """The person (or a body such as Congress) named as the subject of ``clause``: its last capitalised run
    that a verb or a possessive follows, with titles dropped; None where its last capitalised run is no
    subject (a place after "in", a pollster)."""
    found: str | None = None
    for m in _RUN.finditer(clause):
        run = m.group("run")
        words = run.split()
        while words and words[0] in OPENERS:
            words.pop(0)
        if not words:
            continue
        word = m.group("word")
        before = clause[: m.start()].split()
        if before and before[-1].lower() in {
            "in",
            "of",
            "for",
            "by",
            "from",
            "among",
            "to",
            "with",
            "on",
            "at",
        }:
            continue
        if " ".join(words) in _BODIES:
            found = " ".join(words)
            continue
        if not (m.group("tail") and (word is None or word in _SUBJECT_VERBS)):
            continue
        name = person_of(" ".join(words))
        if name is not None and len(name) >= 3:
            found = name
    return found


def _pronoun_person(a: Analysis, start: int) -> tuple[str, str | None] | None:
    """The titled person the sentence before ``start`` names last, for a clause opening with he or she."""
    end = start
    while end > 0 and a.text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    prev = prose_sentence_start(a.text, end - 1)
    people = [p for m in _TITLED.finditer(a.text, prev, end) if (p := _titled(m)) is not None]
    return people[-1] if people else None


def _prose_person(a: Analysis, f: Labelled) -> tuple[str, str | None] | None:
    """The person a prose share's own sentence names as the one its approval rates."""
    num = a.numbers[f.num_index]
    pos = num.cand.start
    start = prose_sentence_start(a.text, pos)
    end = prose_sentence_end(a.text, pos)
    sentence = a.text[start:end]
    for rx in (_OBJECT, _PASSIVE):
        m = rx.search(sentence)
        if m is not None:
            return _titled(m)
    clause_start = start
    for m in _CLAUSE_CUT.finditer(a.text, start, pos):
        if _clause_subject(a.text[m.end() : pos]) is not None:
            clause_start = m.end()
    if _PRONOUN_OPEN.match(a.text[start:pos]) and _clause_subject(a.text[start:pos]) is None:
        return _pronoun_person(a, start)
    name = _clause_subject(a.text[clause_start:pos])
    if name is None:
        return None
    titled = [p for m in _TITLED.finditer(a.text, clause_start, pos) if (p := _titled(m)) is not None]
    office = next((o for n, o in titled if n == name), None)
    return name, office


def _grid_person(a: Analysis, f: Labelled) -> tuple[str, str | None] | None:
    """The person a table cell's section heading or the page's title names: a titled name alone on a line
    above it, else one person's administration in the first line."""
    num = a.numbers[f.num_index]
    for k in range(num.line - 1, max(-1, num.line - 1 - _HEADING_LINES), -1):
        m = _TITLED_LINE.match(a.line_text(k))
        if m is not None:
            return _titled(m)
    if a.lines:
        terms = {p for m in _TERM.finditer(a.line_text(0)) if (p := _titled(m)) is not None}
        if len(terms) == 1:
            ((name, office),) = terms
            top = " ".join(a.line_text(k) for k in range(min(_TOP_LINES, len(a.lines))))
            return name, office or office_in(_PRESIDENCY.sub("president", top))
    return None


def _in_prose(a: Analysis, f: Labelled) -> bool:
    """A share written in a sentence of words (not a table's cell or a row of numbers)."""
    num = a.numbers[f.num_index]
    line = a.line_text(num.line) if a.lines else ""
    return len(re.findall(r"(?<![\w'’])[a-z]{3,}\b", line)) >= 6


def _header_above(a: Analysis, f: Labelled) -> str:
    """The header of a table copied one row a line: the nearest line above the figure's that holds no digit
    and names both approve and disapprove ("Pollster Date Approve Disapprove Unsure"), else ""."""
    line = a.numbers[f.num_index].line
    for k in range(line - 1, max(-1, line - 1 - _HEADER_LINES), -1):
        text = a.line_text(k)
        if any(ch.isdigit() for ch in text):
            continue
        return text if _DISAPPROVE.search(text) and _APPROVE.search(text) else ""
    return ""


def _approval_member(a: Analysis, f: Labelled) -> bool:
    if _APPROVAL.search(f.answer):
        return True
    header = a.layout.places[f.num_index].header or ""
    return (bool(_APPROVAL.search(header)) and not f.answer.strip()) or bool(_header_above(a, f))


def _asks(a: Analysis, figs: Sequence[Labelled], members: list[int]) -> bool:
    """The group asks a question this step keeps: anything but a vote template, or an approval question whose
    rated one is words of its table's header ("the job Unsure Sample is doing")."""
    questions = [figs[i].question for i in members if figs[i].question]
    if needs_question(questions) or all(_OFFICE_RATED.search(q) for q in questions):
        return False  # none, a vote template, or the office's approval where a person is named
    header = _header_above(a, figs[members[0]])
    m = RATED.search(questions[0]) if header and len(set(questions)) == 1 else None
    return m is None or not set(m.group("name").split()) <= set(header.split())


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each approval group with no question the approval question of the person its figures name."""
    if "pprov" not in a.text or not a.lines:
        return
    for members in members_by_cluster(cluster_ids).values():
        if _asks(a, figs, members):
            continue
        sides = [i for i in members if not is_unsure(figs[i].answer)]
        if not sides or not all(_approval_member(a, figs[i]) for i in sides):
            continue
        found: dict[int, tuple[str, str | None]] = {}
        for i in members:
            got = _prose_person(a, figs[i]) if _in_prose(a, figs[i]) else _grid_person(a, figs[i])
            if got is not None:
                found[i] = (person_name(a, got[0]), got[1])
        names = {n for n, _ in found.values()}
        if not names:
            continue
        for i in members:
            if i in found:
                name, office = found[i]
            elif len(names) == 1:
                name, office = next(iter(found.values()))
            else:
                continue
            if office is None:
                office = next((o for n, o in found.values() if n == name and o), None)
            where = a.sentence_text(figs[i].sentence) if a.sentences else ""
            figs[i].question = question_for(
                name, office or (office_in(where) if name not in _BODIES else None)
            )
