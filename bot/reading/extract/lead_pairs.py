"""A lead written with both sides' shares after "by": "Goode leads Republican Carl Brenner by a margin of
51% to 43%", "Starmer leads Sunak on who would make the best prime minister by 39% to 33%", "Acton
trails Ramaswamy by 42 percent to 47 percent".

The first share is the subject's and the second the rival's, whatever the verb (the answer follows the
sentence, not the position). A participle after a comma ("..., leading Hawley by 50% to 47%") leads for
the clause's first name. The rival may carry a party, an office or a trade before the name
("Republican businessman Carl Brenner"), and what the lead is on may stand between the rival and "by".

:func:`apply` settles them after the ranker has chosen (the ranker's pair proposals reach only a short
way back, and miss a rival written after a description). It reads the sentence before the pair only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_context import bare_name
from bot.reading.extract.group_lists import subject_name
from bot.reading.extract.groups import Labelled
from bot.reading.extract.pronoun_subjects import pronoun_subject
from bot.reading.extract.split_pairs import adjacent_pairs, name_in
from bot.reading.extract.vocab import SHARE_SIGN

_REACH = 200  # characters before the pair read for the two sides
_SHARE = SHARE_SIGN
_PAIR_LINK = re.compile(rf"^{_SHARE}[ \t]*(?:to|-|–)[ \t]*$", re.IGNORECASE)
_LEAD = re.compile(
    r"[ \t]+(?:leads?|led|leading|trailing|is[ \t]+leading|was[ \t]+leading|beats?|beat|tops?|topped|edges?|edged|trails?|"
    r"trailed|is[ \t]+trailing|outpolls?|outpolled|(?:is|was|runs?|ran)[ \t]+ahead[ \t]+of|"
    r"(?:is|was|runs?|ran)[ \t]+behind)[ \t]+(?P<rival>(?:[^,;:.!?\d%]|\.(?=[ \t]+[A-Z]))(?:[^,;:.!?\d%]|\.(?=[ \t]+[A-Z])){0,59}?)"
    r"(?:[ \t]+(?:on|in|among|for|as|when|over)\b[^;:!?\d%]{0,110}?)?[ \t]+by[ \t]+"
    r"(?:(?:a|the)[ \t]+(?:margin|score|split)[ \t]+of[ \t]+)?$"
)
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}")


def _rival(text: str) -> str | None:
    """The name in ``text`` (the words between the verb and "by"): its first capitalised run past a party,
    office or trade ("Republican businessman Carl Brenner" -> "Carl Brenner")."""
    runs = [m.group(0) for m in _NAME_RUN.finditer(text)]
    if not runs:
        return None
    name = bare_name(runs[0])
    if len(runs) > 1 and name.lower() in ("republican", "democrat", "democratic", "labour", "liberal"):
        name = bare_name(runs[1])  # "Republican businessman Carl Brenner": the party, then the name
    return name or None


def sides(a: Analysis, first: int, second: int) -> tuple[str, str] | None:
    """The subject and the rival of a lead whose shares are the numbers ``first`` and ``second``."""
    n, m = a.numbers[first], a.numbers[second]
    if _PAIR_LINK.match(a.text[n.cand.mark_end : m.start]) is None:
        return None
    lo = max(a.sentences[n.sentence].start, n.start - _REACH)
    before = a.text[lo : n.start]
    got = _LEAD.search(before)
    if got is None:
        return None
    head = before[: got.start()]
    subject = subject_name(head)
    if subject is None and head.rstrip().endswith(","):
        # "McCaskill keeps a three-point edge, leading Hawley by 50% to 47%": a participle after a comma
        # leads for the clause's own subject, its first name.
        subject = name_in(head, first=True)
    if subject is None:
        # "He led his opponent <rival> by 46 to 44": the person named in the sentence before.
        subject = pronoun_subject(a.text, n.start)
    rival = _rival(got.group("rival"))
    if subject is None or rival is None:
        return None
    return bare_name(subject), rival


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give both shares of a "leads B by N% to M%" pair their sides."""
    if not a.sentences:
        return
    for f, g in adjacent_pairs(figs):
        found = sides(a, f.num_index, g.num_index)
        if found is not None:
            f.answer, g.answer = tidy(found[0]), tidy(found[1])
