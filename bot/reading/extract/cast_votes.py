"""Shares of the votes cast or of a registration roll: an election's result or its turnout, not a poll.

Write-ups of an election put its results and turnout in the same words as a poll's shares: "the Unity
Party took 38 per cent of all valid votes", "held on to 27 per cent of the votes", "8.2 percent of the
12,400 registered voters in Alder County", "15.1 percent of the registered Democrats", "44% of the total
2022 vote". The shared README counts election results and turnout as no figures. A share "of" the votes in
the plural, of a registration roll ("the registered ..."), or of an election's total vote is one of them;
the singular "of the vote" is left to the model, as a poll's horse race is often told that way ("Ortiz
draws 41 percent of the vote").

A fixed rule (like :mod:`gaps`), outside the features.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num

_CAST = re.compile(
    r"[ \t]+of[ \t]+(?:"
    r"(?:all|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?votes\b"  # "of all valid votes", "of the votes counted"
    r"|(?:the|their)[ \t]+(?:[\d,]+[ \t]+)?registered\b"  # "of the 12,400 registered voters"
    r"|the[ \t]+total[ \t]+(?:\d{4}[ \t]+)?(?:vote|votes|turnout|ballots)\b"  # "of the total 2022 vote"
    r")",
    re.IGNORECASE,
)


def cast_share(a: Analysis, n: Num) -> bool:
    """Whether a percent-marked number is a share of the votes cast or of the registered voters."""
    c = n.cand
    return c.marked and _CAST.match(a.text, c.mark_end, c.mark_end + 48) is not None
