"""A party written by its nickname ("the Tories", "the Grits", "the PCs") answers with the party's name.

Reports abroad vary the name of a party from sentence to sentence to avoid repeating it; the option is
the party, which the labelling rules write by its name. The passage's own spelling of that name wins
("Conservative" where its other figures answer so, else "Conservatives"). Runs after grouping (as
split_pairs does), so no feature moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.groups import Labelled

# A nickname and the names it stands for, the usual one first.
NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "tories": ("Conservatives", "Conservative", "Conservative Party"),
    "tory": ("Conservatives", "Conservative", "Conservative Party"),
    "grits": ("Liberals", "Liberal", "Liberal Party"),
    "pcs": ("Progressive Conservatives",),
    "pc's": ("Progressive Conservatives",),
}
_LEAD_THE = re.compile(r"^the\s+", re.I)


def _key(answer: str) -> str:
    return _LEAD_THE.sub("", " ".join(answer.split())).lower()


def apply(figs: list[Labelled]) -> None:
    """Name each nicknamed answer by its party, as the passage's other answers spell that party."""
    spelled = {f.answer.lower(): f.answer for f in figs if f.answer}
    for f in figs:
        names = NICKNAMES.get(_key(f.answer)) if f.answer else None
        if names is None:
            continue
        f.answer = next((spelled[n.lower()] for n in names if n.lower() in spelled), names[0])
