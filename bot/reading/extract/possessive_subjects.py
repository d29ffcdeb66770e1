"""A share told through a possessive pronoun: "<Name> holds a slight lead over <rival>. His support registers at
40 percent", "Independent candidates are feeling the squeeze. Their support is down two points to 14 per cent".

The option is whoever the pronoun stands for: the subject of the sentence before. The rankers have no such
proposal, so they print the pronoun itself ("Their"), the share's noun ("support") or a rival written later in
the sentence. The pronoun is refused as an answer (label_check); this step, after grouping, gives the figure the
subject of the sentence before: a person (pronoun_subjects.subject_of: a capitalised run a verb follows), or for
"Their"/"Its" a capitalised run with at most one plural noun after it ("Independent candidates", "The Greens"),
also after a report's "shows that".

Only where the pronoun and its share noun open the figure's own clause and nothing capitalised stands between
them and the figure. A fixed step: no fitted input moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.pronoun_subjects import prose_sentence_start, subject_of
from bot.reading.extract.vocab import POLLSTER_RE

# Off: such figures keep the rankers' answers.
POSSESSIVE_SUBJECTS = True

# The figure's clause up to the figure: the pronoun and the share's noun first, no capital after them.
_OPENING: Final = re.compile(
    r"[ \t\n]*(?:And[ \t]+|But[ \t]+)?(?P<p>His|Her|Their|Its)[ \t]+(?:(?:own|overall|primary|first[- ]preference)"
    r"[ \t]+)?(?:support|vote|share|backing|standing|rating|numbers?|tally)\b[^A-Z.;:!?%\d]{0,80}$"
)
# A group's subject for "Their"/"Its": a capitalised run and at most one plural noun, before a verb.
_GROUP_SUBJECT: Final = re.compile(
    r"^[ \t\n]*(?:[^.;:!?]{0,60}?\b(?:shows?|showed|finds?|found|suggests?|suggested)[ \t]+that[ \t]+)?"
    r"(?:The[ \t]+|the[ \t]+)?(?P<np>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
    r"(?:[ \t]+(?:candidates|parties|party|independents))?)[ \t]+(?:are|were|is|was|have|has|had|remain|continue|"
    r"look|seem|appear|face|feel)\b"
)
_REACH: Final = 400


def _antecedent(a: Analysis, clause_start: int, pronoun: str) -> str | None:
    """The subject of the sentence before ``clause_start`` that ``pronoun`` stands for, or None."""
    end = clause_start
    while end > 0 and a.text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    prev = a.text[prose_sentence_start(a.text, end - 1, _REACH) : end]
    if pronoun in ("Their", "Its"):
        m = _GROUP_SUBJECT.match(prev)
        name = m.group("np") if m is not None else None
    else:
        name = subject_of(prev)
    if name is None or POLLSTER_RE.search(name) is not None or not usable("answer", name):
        return None
    return name


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give a share told through a possessive pronoun the subject the pronoun stands for."""
    if not any(w in a.text for w in ("His ", "Her ", "Their ", "Its ")):
        return
    for f in figs:
        n = a.numbers[f.num_index]
        start = prose_sentence_start(a.text, n.start, _REACH)
        m = _OPENING.match(a.text, start, n.start)
        if m is None:
            continue
        name = _antecedent(a, start, m.group("p"))
        if name is not None:
            f.answer = name
