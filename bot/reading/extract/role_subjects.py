"""A split whose leading side is named by its role, not its name: "The incumbent is ahead 55 percent to 38
percent", "The Republican leads 49 - 45 percent with men and 52 - 41 percent with older voters".

The role points to a person the same paragraph names with it: "the incumbent" or "the senator" to the one
written after "Sen."/"Senator"/"incumbent", "the Democrat" to the one written after "Democrat(ic)" or with
"(D)" beside the name, "the challenger" to the one after "challenger". The first share of each pair in the
sentence is that person's; the second is the rival's, the nearest other person the paragraph names before
the pair. Nothing is set where the paragraph names no one in the role, or two different people.

Runs after grouping, next to :mod:`split_pairs` (so no feature moves and the weights are unchanged).
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.question_templates import is_party
from bot.reading.extract.scan import Anchored
from bot.reading.extract.split_pairs import joined_pairs, name_in, same_side

# Off: such pairs keep the rankers' answers.
ROLE_SUBJECTS = True

_ROLE_SUBJECT: Final = re.compile(
    r"\b[Tt]he[ \t]+(?P<role>incumbent|challenger|Democrat|Republican|senator|governor|mayor)[ \t]+"
    r"(?:(?:now|still|narrowly|easily|comfortably)[ \t]+)?(?:leads|led|is[ \t]+ahead|holds|has|tops|beats)\b"
)
# The role and its verb without the article: a cheap first test (the role words found by str.find), needed
# by every match of _ROLE_SUBJECT, whose opening "the" is written everywhere.
_ROLE_VERB: Final = Anchored(re.compile(_ROLE_SUBJECT.pattern.removeprefix(r"\b[Tt]he[ \t]+")))
_NAME: Final = r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
_TITLE: Final = r"(?:(?:Sen|Gov|Rep|Mayor)\.?|Senator|Governor)"
# Where a paragraph names a person in a role: the word before the name, or the party letter after it.
_ROLE_NAMES: Final = {
    "incumbent": (
        rf"\bincumbent[ \t]+(?:(?:Democratic|Republican|Democrat|GOP)[ \t]+)?(?:{_TITLE}[ \t]+)?{_NAME}",
    ),
    "senator": (rf"\b(?:Sen\.|Senator)[ \t]+{_NAME}",),
    "governor": (rf"\b(?:Gov\.|Governor)[ \t]+{_NAME}",),
    "mayor": (rf"\bMayor[ \t]+{_NAME}",),
    "challenger": (rf"\bchallenger[ \t]+(?:{_TITLE}[ \t]+)?{_NAME}",),
    "Democrat": (
        rf"\bDemocrat(?:ic)?[ \t]+(?:(?:incumbent|challenger|candidate|nominee)[ \t]+)?(?:{_TITLE}[ \t]+)?{_NAME}",
        rf"{_NAME}[ \t]*\([ \t]*D(?:-[A-Z][\w.]*)?[ \t]*\)",
    ),
    "Republican": (
        rf"\b(?:Republican|GOP)[ \t]+(?:(?:incumbent|challenger|candidate|nominee)[ \t]+)?(?:{_TITLE}[ \t]+)?{_NAME}",
        rf"{_NAME}[ \t]*\([ \t]*R(?:-[A-Z][\w.]*)?[ \t]*\)",
    ),
}
# The incumbent is also the one a senator's or governor's title names.
_ALSO: Final = {"incumbent": ("senator", "governor", "mayor")}


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _in_role(text: str, role: str) -> str | None:
    """The one person ``text`` names in ``role`` (by surname), or None where it names none or two."""
    found: dict[str, str] = {}
    for r in (role, *_ALSO.get(role, ())):
        for pattern in _ROLE_NAMES[r]:
            for m in re.finditer(pattern, text):
                name = name_in(m.group("name"), first=True)
                if name is not None and len(name.split()) <= 3:
                    found.setdefault(name.split()[-1], name)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _rival(text: str, side: str) -> str | None:
    """The nearest person before the end of ``text`` who is not ``side``."""
    for _ in range(4):
        name = name_in(text, first=False)
        if name is None:
            return None
        if not same_side(name, side) and not is_party(name) and len(name.split()) <= 3:
            return name  # a person, not "Democrat" or "Republicans"
        cut = text.rfind(name.split()[-1])
        if cut <= 0:
            return None
        text = text[:cut]
    return None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each pair after "The <role> leads" the person in that role and the rival (module docstring)."""
    if next(_ROLE_VERB.finditer(a.text), None) is None or _ROLE_SUBJECT.search(a.text) is None:
        return
    for f, g in joined_pairs(a, figs):
        k = f.num_index
        n = a.numbers[k]
        sent = a.sentences[n.sentence]
        head = a.text[sent.start : n.start]
        subject = next(reversed(list(_ROLE_SUBJECT.finditer(head))), None)
        if subject is None or re.search(r"[;:]", head[subject.end() :]):
            continue
        lo, hi = _paragraph(a.text, n.start)
        side = _in_role(a.text[lo:hi], subject.group("role"))
        if side is None:
            continue
        rival = _rival(a.text[lo : sent.start + subject.start()], side)
        if not usable("answer", side) or rival is None or not usable("answer", rival):
            continue
        f.answer, g.answer = side, rival
