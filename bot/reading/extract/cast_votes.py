"""Shares of the votes cast or of a registration roll: an election's result or its turnout, not a poll.

Write-ups of an election put its results and turnout in the same words as a poll's shares: "the Unity
Party took 38 per cent of all valid votes", "held on to 27 per cent of the votes", "8.2 percent of the
12,400 registered voters in Alder County", "15.1 percent of the registered Democrats", "44% of the total
2022 vote". The shared README counts election results and turnout as no figures. A share "of" the votes in
the plural, of a registration roll ("the registered ..."), or of an election's total vote is one of them;
the singular "of the vote" is left to the model, as a poll's horse race is often told that way ("Ortiz
draws 41 percent of the vote").

A past election's result is also told by the election it was won at, after the share or before it: "fell
to 19 per cent from 23 per cent on election day", "now 9 per cent, down from its 12 per cent in the 2021
election", "against its election vote of 31 per cent", "6% below its 2021 result of 35 per cent"
(:func:`election_share`).

A fixed rule (like :mod:`gaps`), outside the features.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.scan import gated

_CAST = re.compile(
    r"[ \t]+of[ \t]+(?:"
    r"(?:all|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?votes\b"  # "of all valid votes", "of the votes counted"
    r"|(?:the|their)[ \t]+(?:[\d,]+[ \t]+)?registered\b"  # "of the 12,400 registered voters"
    r"|the[ \t]+total[ \t]+(?:\d{4}[ \t]+)?(?:vote|votes|turnout|ballots)\b"  # "of the total 2022 vote"
    r")",
    re.IGNORECASE,
)


# "... on election day", "... in the 2021 election", "... at the last general election"
_AT_ELECTION = re.compile(
    r"[ \t]+(?:on[ \t]+election[ \t]+day\b|(?:in|at)[ \t]+the[ \t]+(?:(?:19|20)\d\d|last|previous)[ \t]+"
    r"(?:(?:general|federal|state|provincial|national|presidential|parliamentary|local)[ \t]+)?elections?\b)",
    re.IGNORECASE,
)
# "its election vote of", "their 2021 result of", "the election result of"
_RESULT_OF = gated(
    re.compile(
        r"\b(?:(?:its|their|his|her|the)[ \t]+(?:(?:19|20)\d\d[ \t]+)?(?:election[ \t]+)?result|election[ \t]+"
        r"(?:vote|result|share|tally))[ \t]+of[ \t]+(?:(?:just|about|around|some)[ \t]+)?$",
        re.IGNORECASE,
    )
)


def marked_then(a: Analysis, n: Num, pattern: re.Pattern[str], reach: int) -> bool:
    """Whether a percent-marked number's marker is followed by ``pattern`` within ``reach`` characters."""
    c = n.cand
    return c.marked and pattern.match(a.text, c.mark_end, c.mark_end + reach) is not None


def election_share(a: Analysis, n: Num) -> bool:
    """Whether a percent-marked number is a past election's result told by the election (see the module doc)."""
    if not n.cand.marked or ("elect" not in a.lower and "result" not in a.lower):
        return False
    if marked_then(a, n, _AT_ELECTION, 64):
        return True
    return _RESULT_OF.search(a.text, max(a.lines[n.line].start, n.start - 48), n.start) is not None


def cast_share(a: Analysis, n: Num) -> bool:
    """Whether a percent-marked number is a share of the votes cast or of the registered voters."""
    return marked_then(a, n, _CAST, 48)


# What stands between a past tally and the next side's share told without its verb: "secured 44.2 per
# cent of the vote and the Reform Bloc 31.7 per cent", "took 40%, the Tories 32% and ...".
_ELLIPTIC_NEXT = re.compile(
    r"(?:[ \t]+of[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:vote|votes|ballots)\b)?[ \t]*"
    r"(?:,[ \t]*(?:and[ \t]+|while[ \t]+)?|[ \t]+and[ \t]+|[ \t]+while[ \t]+|;[ \t]*)"
    r"(?:the[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]+){1,4}(?:(?:on|with|at|got|took|had)[ \t]+)?"
)


def elliptic_next(a: Analysis, prev: Num, n: Num) -> bool:
    """Whether ``n`` is the next side's share told after a past tally ``prev`` with the verb left out
    ("... secured 44.2 per cent of the vote and the Reform Bloc 31.7 per cent"): the same result."""
    return (
        n.cand.marked
        and prev.cand.marked
        and prev.sentence == n.sentence
        and _ELLIPTIC_NEXT.fullmatch(a.text, prev.cand.mark_end, n.start) is not None
    )
