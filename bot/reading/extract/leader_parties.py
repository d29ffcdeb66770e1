"""A party named through its leader: "Ana Ruiz's party on 12%", "the vote for Ruiz's NPA party".

The labels answer the party. Two forms are read:
- an answer that is the possessive itself, "Ruiz's NPA" (the proposals stop at "party"), loses its owner and
  keeps the party's word where the text writes it: "NPA party";
- an answer that is the leader's name, or "<leader>'s party", where the figure's own sentence writes
  "<leader>'s party": the party the passage names elsewhere as "<leader>'s <Party Name>" ("Ana Ruiz's New
  Progress Alliance"), a run of capitalised words closing on a party word, or an acronym.

Runs after grouping, as the other answer steps after the rankers do, so no feature moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

LEADER_PARTIES = True

_POSSESSIVE: Final = r"['’]s"
_PARTY_WORD: Final = r"(?:Party|Alliance|Movement|Front|Union|Coalition|Congress|League|Democrats|Greens)"
_OWNED: Final = re.compile(
    rf"^(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}){_POSSESSIVE}\s+(?P<party>[A-Z]{{2,6}})$"
)


def _named_party(text: str, leader: str) -> str | None:
    """The party the passage writes as "<leader>'s <Party Name>" (or "<surname>'s ..."), else None."""
    surname = leader.split()[-1]
    rx = re.compile(
        rf"\b{re.escape(surname)}{_POSSESSIVE}\s+(?P<party>(?:[A-Z][\w-]*\s+){{0,4}}{_PARTY_WORD}\b|[A-Z]{{2,6}}\b)"
    )
    for m in rx.finditer(text):
        return m.group("party")
    return None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share told of a leader's party that party's name (see the module docstring)."""
    if "'s" not in a.text and "’s" not in a.text:
        return
    for f in figs:
        answer = (f.answer or "").strip()
        if not answer:
            continue
        owned = _OWNED.match(answer)
        n = a.numbers[f.num_index]
        sent = a.sentences[n.sentence]
        sentence = a.text[sent.start : sent.end]
        if owned is not None:
            party = owned.group("party")
            said = re.search(rf"{re.escape(answer)}\s+(party)\b", sentence)
            f.answer = f"{party} party" if said else party
            continue
        leader = re.sub(rf"{_POSSESSIVE}\s+party$", "", answer)
        if not re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}", leader):
            continue
        if re.search(rf"\b{re.escape(leader.split()[-1])}{_POSSESSIVE}\s+party\b", sentence) is None:
            continue
        party = _named_party(a.text, leader)
        if party is not None:
            f.answer = party
