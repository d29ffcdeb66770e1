"""Party identification with leaners: "48% identify as Democrats or lean Democratic", "39 percent are or lean
Republican", "41% say they are Republicans or lean toward the GOP".

The option is the party together with the independents who lean to it, and the labelling rules write it
one way whatever the wording: "Democrat or lean Democratic", "Republican or lean Republican". A report
about party identification then often gives groups' shares of each side ("the Democrats attracted 61
percent of renters"): :mod:`group_lists` reads those as the same option through :func:`leaning`.

:func:`apply` settles them after the ranker has chosen (the training passages hold two). It reads the
clause right after each figure only.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.vocab import SHARE_SIGN

_DEM = "Democrat or lean Democratic"
_REP = "Republican or lean Republican"
_PARTY = r"(?P<party>Democrat(?:s|ic)?|Republicans?|GOP|Dems?)"
_PARTY2 = r"(?P<party2>Democrat(?:s|ic)?|Republicans?|GOP|Dems?)"
_SHARE = SHARE_SIGN
# "identify as Democrats or lean Democratic", "call themselves Democrats or independents who lean
# Democratic", "say they are Republicans or lean toward the GOP", "are Democrats or Democratic leaners".
_PARTY_OR_LEAN = re.compile(
    rf"{_SHARE}(?:[ \t]+of[ \t]+[^,;:%\d()]{{1,40}}?)?[ \t]+(?:(?:say|said)[ \t]+(?:they|that[ \t]+they)[ \t]+"
    rf"(?:are|were)|(?:self-)?identif(?:y|ies|ied)[ \t]+(?:as|with)|call[ \t]+themselves|are|were)[ \t]+"
    rf"(?:either[ \t]+)?(?:an?[ \t]+|the[ \t]+)?{_PARTY}(?:[ \t]+Party)?[ \t]+or[ \t]+(?:(?:an?[ \t]+)?"
    rf"independents?[ \t]+)?(?:lean(?:s|ing|ers?)?|{_PARTY2}[ \t]+lean(?:ers?|ing))\b"
)
# "are or lean Republican", "identify as or lean Democratic", "identify with or lean toward the GOP".
_OR_LEAN = re.compile(
    rf"{_SHARE}(?:[ \t]+of[ \t]+[^,;:%\d()]{{1,40}}?)?[ \t]+(?:are|were|identify[ \t]+(?:as|with))[ \t]+or[ \t]+"
    rf"lean(?:s|ed)?[ \t]+(?:(?:toward|towards|to)[ \t]+)?(?:the[ \t]+)?{_PARTY}\b"
)


# "28% call themselves Republicans", "31 percent of adults identify as independents": identification alone,
# written as the singular option ("Republican", "independent"), as an ideology is ("moderate").
_PLAIN = re.compile(
    rf"{_SHARE}(?:[ \t]+of[ \t]+[^,;:%\d()]{{1,40}}?)?[ \t]+(?:(?:self-)?identif(?:y|ies|ied)[ \t]+as|"
    rf"call[ \t]+themselves|consider[ \t]+themselves|describe[ \t]+themselves[ \t]+as|"
    rf"(?:say|said)[ \t]+they[ \t]+(?:are|were))[ \t]+(?:an?[ \t]+)?(?P<party>Democrats?|Republicans?|"
    rf"[Ii]ndependents?)\b(?![ \t]+or\b)"
)
# The next figures of the same list, the verb understood: ", 27% Democrats and 43% independents".
_ELLIPTIC = re.compile(
    rf"{_SHARE}[ \t]+(?:as[ \t]+)?(?P<party>Democrats?|Republicans?|[Ii]ndependents?)\b(?![ \t]+or\b)"
)


def _plain(party: str) -> str:
    low = party.lower().rstrip("s")
    return "independent" if low == "independent" else party[:1].upper() + low[1:]


def _side(party: str) -> str:
    return _DEM if party.lower().startswith("dem") else _REP


def leaning(name: str, figs: list[Labelled]) -> str | None:
    """The leaner option of the party ``name`` names, where the passage reports party identification with
    leaners (some figure already answers it); else None."""
    low = name.lower().removeprefix("the ").removesuffix(" party")
    if low in ("democratic", "democrats", "democrat", "dems"):
        side = _DEM
    elif low in ("republican", "republicans", "gop"):
        side = _REP
    else:
        return None
    return side if any(f.answer == side for f in figs) else None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each figure of party identification with leaners its option."""
    for f in figs:
        n = a.numbers[f.num_index]
        after = a.text[n.cand.mark_end : n.cand.mark_end + 120]
        m = _PARTY_OR_LEAN.match(after) or _OR_LEAN.match(after)
        if m is not None:
            f.answer = _side(m.group("party"))
    plain: set[int] = set()
    for f in sorted(figs, key=lambda f: f.num_index):
        n = a.numbers[f.num_index]
        m = _PLAIN.match(a.text, n.cand.mark_end)
        prev = a.numbers[n.index - 1] if n.index > 0 else None
        if m is None and prev is not None and prev.index in plain and prev.sentence == n.sentence:
            m = _ELLIPTIC.match(a.text, n.cand.mark_end)
        if m is not None:
            f.answer = _plain(m.group("party"))
            plain.add(n.index)
