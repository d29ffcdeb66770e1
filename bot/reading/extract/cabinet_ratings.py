"""Support for a cabinet, or its approval, asks about the cabinet, not about a person.

Japanese polls rate the government as a body: "the approval rating for the Ruiz Cabinet rose to 41%",
"those who answered that they support the Ruiz Cabinet were 38%, while those who answered 'do not
support' fell to 44%". No template reads a cabinet: the shares took nothing, a vote template, or the
person-approval template with the cabinet read as a person ("... the job Ruritania Cabinet is doing as
prime minister?").

A fixed step after grouping (label only). A figure whose sentence names a cabinet ("<Surname> Cabinet",
"<Surname>'s Cabinet", "the Cabinet"; or the sentence before does, and its own tells an answer option:
"those who answered 'do not support'") and whose own sentence writes approval
or support, and not a reason ("why", "reasons"), asks "Do you approve or disapprove of the <Surname>
Cabinet?" where its sentence writes approval, else "Do you support the <Surname> Cabinet?" (the labels'
wording; "the Cabinet" where no surname stands right before the word, as the labels write it). Only a
figure with no question, a vote template, a refused one or a rating of a "... Cabinet" read as a person
is touched, or an approval of the cabinet where the share's sentence writes support and not approval.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import printed_problem
from bot.reading.extract.person_approval import RATED, needs_question

# A cabinet named by its head's surname ("the Ruiz Cabinet"), possessed ("Ruiz's Cabinet") or bare.
_CABINET: Final = re.compile(r"(?:\b(?P<name>[A-Z][a-z]+)(?P<own>['’]s)?[ \t]+)?\b[Cc]abinet\b")
_APPROVAL: Final = re.compile(r"\b(?:dis)?approv", re.IGNORECASE)
_SUPPORT: Final = re.compile(r"\bsupport", re.IGNORECASE)
_CABINET_APPROVAL: Final = re.compile(r"Do you approve or disapprove of the (?:[A-Z][a-z]+ )?Cabinet\?$")
_OPTION_TOLD: Final = re.compile(
    r"\banswered\b|[\"“‘'](?:do[ \t]+not[ \t]+|don['’]t[ \t]+)?(?:support|approve|disapprove)", re.IGNORECASE
)
_REASON: Final = re.compile(r"\b(?:why|reasons?)\b", re.IGNORECASE)
# Words before "Cabinet" that name no head of it: a country ("Japan Cabinet"), a sentence's opener.
_NO_HEAD: Final = frozenset(
    {"Japan", "Japanese", "The", "New", "Latest", "Poll", "His", "Her", "Their", "Its"}
)


def _replaceable(question: str) -> bool:
    if needs_question([question] if question else []) or printed_problem(question) is not None:
        return True
    m = RATED.search(question)
    return m is not None and m.group("name").endswith("Cabinet")


def _cabinet(a: Analysis, lo: int, hi: int) -> str | None:
    """The cabinet the text ``a.text[lo:hi]`` names ("the Ruiz Cabinet", "the Cabinet"), or None."""
    named = None
    for m in _CABINET.finditer(a.text, lo, hi):
        name = m.group("name")
        if name and name not in _NO_HEAD and not m.group("own"):
            return f"the {name} Cabinet"
        named = "the Cabinet"
    return named


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a cabinet's support or approval the question about that cabinet."""
    if not a.sentences or "abinet" not in a.text:
        return
    whole = _cabinet(a, 0, len(a.text))
    for f in figs:
        num = a.numbers[f.num_index]
        s = a.sentences[num.sentence]
        approval = _APPROVAL.search(a.text, s.start, s.end) is not None
        support = not approval and _SUPPORT.search(a.text, s.start, s.end) is not None
        if not (approval or support) or _REASON.search(a.text, s.start, s.end):
            continue
        # (a cabinet's approval borrowed by shares its sentence tells as support: asked as support)
        if not _replaceable(f.question) and not (support and _CABINET_APPROVAL.match(f.question)):
            continue
        if whole is None:
            continue
        if _cabinet(a, s.start, s.end) is None:
            # (named in the sentence before: only where this one tells an answer option, "answered 'do not
            # support'"; "parties they support" is a reason's words)
            if num.sentence == 0 or not _OPTION_TOLD.search(a.text, s.start, s.end):
                continue
            before = a.sentences[num.sentence - 1]
            if _cabinet(a, before.start, before.end) is None:
                continue
        # (the passage's named cabinet: a later sentence writes only "the Cabinet")
        f.question = f"Do you approve or disapprove of {whole}?" if approval else f"Do you support {whole}?"
