"""Satisfaction with the way things are going in the country asks the standard question.

US reports of the national mood give the share of people satisfied with the way things are going (or
with the state of the nation), then go on in short clauses that name the measure only by its noun ("the
satisfied share was NN% last spring", "NN% very satisfied, MM% somewhat satisfied"). Those shares were left without a question, or took a stub built from their own
words ("Are you satisfied?").

Here, in a US passage that names the nation's satisfaction, each figure whose sentence's nearest rating
word is a satisfaction word (not approval, favourability, a vote, support or trust), and whose sentence
names no leader or government, takes the passage's own full question about the way things are going
where another figure already carries one, else the standard one ("In general, are you satisfied or
dissatisfied with the way things are going in the United States at this time?"). Only figures with no
question or a stub naming no object are touched.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.nearest_rating import nearest_match

NATIONAL_SATISFACTION = True

# The standard wording of the national satisfaction question.
STANDARD: Final = "In general, are you satisfied or dissatisfied with the way things are going in the United States at this time?"
# The passage names the nation's satisfaction.
_NATION: Final = re.compile(
    r"\bsatisf\w*\s+(?:\w+\s+){0,3}?with\s+(?:the\s+way\s+things\s+are\s+going|the\s+state\s+of\s+the\s+(?:nation|country)"
    r"|(?:conditions|the\s+direction\s+of\s+things)\s+in\s+the\s+(?:country|nation|United\s+States|U\.S\.))"
    r"|\b(?:U\.S\.|national)\s+satisfaction\b",
    re.IGNORECASE,
)
_US: Final = re.compile(r"\b(?:United\s+States|U\.S\.|Americans)\b")
# A full question about the way things are going, as another figure may carry it.
_FULL: Final = re.compile(r"satisfied\b.*\bthe way things are going\b", re.IGNORECASE)
# A stub naming no object: "Are you satisfied?", "Are you satisfied or dissatisfied with the direction?".
_STUB: Final = re.compile(
    r"^(?:Are|Were) you (?:very |somewhat )?(?:satisfied|dissatisfied)(?: or (?:dis)?satisfied)?(?: with the direction)?\?$"
)
# Rating words by kind, nearest the share deciding: satisfaction against the other measures.
_RATING: Final = re.compile(
    r"\b(?P<sat>(?:dis)?satisf\w*)|\b(?:(?:dis)?approv\w*|(?:un)?favou?rab\w*|vot(?:e|es|ing)|support\w*|trust\w*)\b",
    re.IGNORECASE,
)
# A sentence rating a leader or a government is another satisfaction question.
_LEADER: Final = re.compile(
    r"\b(?:government|president|prime\s+minister|premier|governor|leader|job|performance|administration)\b",
    re.IGNORECASE,
)


def _satisfaction_share(a: Analysis, num: Num) -> bool:
    """The share's sentence's rating word nearest it is a satisfaction word, and the sentence rates no
    leader or government."""
    s = a.sentences[num.sentence] if a.sentences else None
    lo, hi = (s.start, max(s.end, num.end)) if s else (0, len(a.text))
    m = nearest_match(a, num, _RATING, lo, hi)
    return m is not None and bool(m.group("sat")) and not _LEADER.search(a.text, lo, hi)


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each national satisfaction share without a full question the passage's or the standard one."""
    if "satisf" not in a.lower or not _NATION.search(a.text) or not _US.search(a.text):
        return
    own = next((f.question for f in figs if _FULL.search(f.question)), None)
    question = own or STANDARD
    for f in figs:
        if f.question and not _STUB.match(f.question):
            continue
        if _satisfaction_share(a, a.numbers[f.num_index]):
            f.question = question
