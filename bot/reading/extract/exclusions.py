"""Who a passage says it left out of its results: not who answered.

Reports abroad often give the party shares with some people left out ("once the undecided voters are
set aside", "leaving out don't knows and those who would not vote"). The words name people, so the
population cues (and the rule extractor) proposed them as the figures' population ("undecided voters",
"Leaving out undecided voters"), though they say who was *not* counted. This module finds the people a
passage writes as left out, so that such a proposal is refused and the sample or the release's universe
stands.
"""

from __future__ import annotations

import re

from bot.reading.extract import labels
from bot.reading.extract.analysis import Analysis

# "Leaving out undecided voters, ...", "Without the undecided and those not voting, 31% ...": an exclusion
# that opens its clause (not "adults without a college degree", a group of people).
_LEFT_OUT_BEFORE = re.compile(
    r"(?:^|[.,;:(\n]|\b(?:and|but|when|after|once))[ \t]*\b(?:excluding|exclude|without|"
    r"except(?:[ \t]+for)?|omitting|leaving[ \t]+out|setting[ \t]+aside|stripping[ \t]+out|removing|"
    r"discounting|ignoring)[ \t]+(?:the[ \t]+)?(?:all[ \t]+)?"
    r"(?P<who>[^\W\d][^,.;:()\n]{1,60}?)(?=[ \t]*(?:[,.;:()\n]|$))",
    re.IGNORECASE,
)
# "once the undecided voters are set aside", "after undecideds were removed", "before don't-know voters
# were taken out".
_LEFT_OUT_AFTER = re.compile(
    r"\b(?:when|once|after|before|if|with)[ \t]+(?:the[ \t]+)?(?P<who>[^\W\d][\w'’ -]{1,50}?)[ \t]+"
    r"(?:are[ \t]+|were[ \t]+|is[ \t]+|was[ \t]+|have[ \t]+been[ \t]+|had[ \t]+been[ \t]+|being[ \t]+)?"
    r"(?:excluded|removed|stripped[ \t]+out|set[ \t]+aside|taken[ \t]+out|left[ \t]+out|omitted|"
    r"discounted)\b",
    re.IGNORECASE,
)
# Where the first group of people named ends: "undecided voters and those not voting".
_NEXT_GROUP = re.compile(r"[ \t]+(?:and|or|as[ \t]+well[ \t]+as)[ \t]+", re.IGNORECASE)
# Words a proposal may carry in front of the people, taken from the clause ("Once undecided voters",
# "Leaving out undecided voters").
_LEAD = re.compile(
    r"^(?:(?:when|once|after|before|if|with|excluding|without|except|omitting|removing|discounting|"
    r"ignoring|leaving[ \t]+out|setting[ \t]+aside|the|all)[ \t]+)+",
    re.IGNORECASE,
)
# Words each pattern cannot match without (lower-cased): a passage holding none of them is not scanned
# with that pattern (most passages hold none of the second list, and the scans are the step's whole cost).
_BEFORE_KEYS = (
    "exclud",
    "without",
    "except",
    "omitting",
    "leaving",
    "setting",
    "stripping",
    "removing",
    "discounting",
    "ignoring",
)
_AFTER_KEYS = ("excluded", "removed", "stripped", "aside", "taken", "left", "omitted", "discounted")


def left_out(a: Analysis) -> frozenset[str]:
    """The people (lower-cased) the passage writes as left out of its results: the first group each
    exclusion names ("undecided voters" in "leaving out undecided voters and non-voters")."""
    key = ("left_out", None)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    out: set[str] = set()
    folded = a.folded  # None where lower-casing cannot stand in for IGNORECASE: then every pattern scans
    for pattern, keys in ((_LEFT_OUT_BEFORE, _BEFORE_KEYS), (_LEFT_OUT_AFTER, _AFTER_KEYS)):
        for lo, hi in _windows(a.text, folded, keys):
            for m in pattern.finditer(a.text, lo, hi):
                who = _NEXT_GROUP.split(m.group("who"), maxsplit=1)[0]
                who = " ".join(who.lower().split())
                if who and labels.population_in(who, False) is not None:
                    out.add(who)  # people ("undecided voters"), not a place ("leaving out Alberta")
    found = frozenset(out)
    a.memo[key] = found
    return found


def _windows(text: str, folded: str | None, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of ``text`` that hold every match of a pattern needing one of ``keys``: the lines
    holding a key, each from the line break before it to the one after it (both patterns' matches keep
    to one line but may open on the break before it); the whole text where ``folded`` is None.

    The lines are scanned as the whole text would be (a match ends before its line's break, so the
    whole-text scan reaches each line's break with no match open); a line scanned twice only repeats
    matches, and the people found are a set."""
    if folded is None:
        return [(0, len(text))]
    lines: set[int] = set()
    for k in keys:
        at = folded.find(k)
        while at >= 0:
            start = folded.rfind("\n", 0, at)
            lines.add(start)
            end = folded.find("\n", at)
            at = folded.find(k, at + len(k)) if end < 0 else folded.find(k, end)
    out = []
    for start in sorted(lines):
        end = folded.find("\n", start + 1)
        out.append((max(start, 0), len(text) if end < 0 else end + 1))
    return out


def is_left_out(text: str, people: frozenset[str]) -> bool:
    """Whether the proposal ``text`` names only people the passage left out (:func:`left_out`), with or
    without the clause's leading words ("Once undecided voters", "Leaving out undecided voters")."""
    if not people or not text:
        return False
    low = " ".join(text.lower().split())
    return low in people or _LEAD.sub("", low) in people
