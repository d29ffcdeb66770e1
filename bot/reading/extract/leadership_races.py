"""A party's leadership contest, asked as the labels ask a race: "Vote choice in the Labour leadership contest".

A poll of party members about who should lead them reports candidates' shares in prose ("Ana Vale on 41%,
Tom Reyes on 30%"), and no race phrase of the kinds the race templates read ("primary", "governor's race")
is near them, so the group kept a bare "Vote choice", a matchup of two names, the country's voting
intention (the passage names a party and "members") or a weak "What do you think about ..." built from
the lead. Where the passage names a leadership contest ("the Tory leadership race", "leadership election",
or leadership candidates polled among a party's members) and a group's answers are people, not parties,
the group asks "Vote choice in the <Party> leadership <contest|election>": the party as the passage writes
it (from the contest phrase, else from the members polled), the contest word the passage uses. A question
of another kind (approval, favourability, a written question) is never replaced. Runs after the other
question steps, so clustering never depends on it.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.heading_races import bare_intention
from bot.reading.extract.label_cues import is_option
from bot.reading.extract.question_templates import is_party

LEADERSHIP_RACES = True

_PARTY: Final = r"Conservative|Tory|Labour|Liberal\s+Democrat|Lib\s+Dem|Liberal|Green|SNP|NDP|National|Reform"
# "the Tory leadership race", "Labour's leadership election", "the leadership contest".
_CONTEST: Final = re.compile(
    rf"\b(?:(?P<party>{_PARTY})(?:['’]s)?\s+(?:[Pp]arty\s+)?)?[Ll]eadership\s+"
    r"(?P<kind>contest|election|race|ballot)\b"
)
# Leadership candidates or a leadership poll, put to a party's members: "a poll of Tory party members",
# "potential leadership candidates".
_LEADERSHIP_POLL: Final = re.compile(r"\b[Ll]eadership\s+(?:polls?|candidates?|hustings|contenders?)\b")
_MEMBERS: Final = re.compile(rf"\b(?P<party>{_PARTY})\s+(?:[Pp]arty\s+)?members\b|\bparty\s+members\b")
_PARTY_SPELLING: Final = {"Tory": "Conservative", "Lib Dem": "Liberal Democrat"}
_KIND: Final = {"race": "contest", "ballot": "election"}
# Questions a leadership group may have taken for want of its race: a bare vote, a matchup of two names
# with no race, the contest without its party, a voting intention, or a weak question built from "asked
# about ...".
_WEAK: Final = re.compile(
    r"^(?:Vote choice(?::\s.*)?|Vote choice in the leadership \w+|.*\bvoting intention|What do you think about .*)$"
)


def _party(text: str) -> str:
    return _PARTY_SPELLING.get(text, " ".join(text.split()))


def contest_question(text: str) -> str | None:
    """ "Vote choice in the <Party> leadership <contest>" for a passage naming a leadership contest, or
    None (see the module docstring)."""
    if "eadership" not in text:
        return None
    m = _CONTEST.search(text)
    members = _MEMBERS.search(text)
    if m is None and (members is None or _LEADERSHIP_POLL.search(text) is None):
        return None
    kind = _KIND.get(m.group("kind"), m.group("kind")) if m is not None else "contest"
    party = (m.group("party") if m is not None else None) or (members.group("party") if members else None)
    words = [_party(party)] if party else []
    return " ".join(["Vote choice in the", *words, "leadership", kind])


def _people(answers: list[str]) -> bool:
    """Two or more answers that are capitalised names, and no party among the answers (an unsure option or
    a misread answer beside them allowed)."""
    named = [x for x in answers if x and not is_option(x)]
    if any(is_party(x) for x in named):
        return False
    return sum(1 for x in named if x[:1].isupper()) >= 2


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each group of candidates' shares in a leadership passage the contest's question."""
    if not LEADERSHIP_RACES:
        return
    question = contest_question(a.text)
    if question is None:
        return
    for members in members_by_cluster(cluster_ids).values():
        asked = {figs[i].question for i in members}
        if len(asked) != 1:
            continue
        (q,) = asked
        if not (q == "" or bare_intention(q) or _WEAK.match(q)):
            continue
        if _people([figs[i].answer for i in members]):
            for i in members:
                figs[i].question = question
