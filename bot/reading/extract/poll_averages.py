"""A share told as an average over polls or over time, in prose: never a poll figure.

The labelling rules count no "summary across several results or polls". A table row labelled as an average
is read by :mod:`summary_rows`, and a clause whose subject is a polling average by the figure cues; prose
also tells such a summary by the word "average" right beside the number:

- the verb: "his disapproval averages 52% this week", "the party averaged 31 per cent in March";
- "an average of": "Labor has hit an average of 34%", "an average of only 22% in the spring";
- the word alone as a heading before the number: "RATING: AVERAGE 41%";
- the noun after the number, bare or with a word of time or source: "the 36% historical average", "the
  11 percent average among renters", "a 47.3% poll average";
- a measure's average as the subject before the number: "his approval average is 44 percent", "the
  polling average stands at 38%";
- "on average" after the number and at most one word: "she is at 39% approval on average".

An average over a place is the poll's own figure ("the provincial average is 44 per cent", "the EU-wide
average stands at 61%"): it is written with the place before "average" and a verb between, a shape none of the
above takes. A fixed rule (like :mod:`gaps`), outside the features: the weights are unchanged.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.scan import gated

_HEDGE = r"(?:(?:just|only|about|around|roughly|nearly|almost|some|a[ \t]+mere)[ \t]+)?"
# "averages 52", "averaged just 31", "an average of 34", "AVERAGE 44" / "Average: 44" (the word alone, no
# place or measure before it on its line that would make it a row label: summary_rows reads those)
_BEFORE = gated(
    re.compile(
        rf"(?:\baverag(?:es|ed)[ \t]+(?:(?:at|out[ \t]+at)[ \t]+)?|\ban[ \t]+average[ \t]+of[ \t]+|"
        rf"(?:^|[:|])[ \t]*average[ \t]*:?[ \t]*){_HEDGE}$",
        re.IGNORECASE | re.MULTILINE,
    )
)
# "approval average is 41", "polling average stands at 38" (a measure before "average": not a place's)
_SUBJECT = gated(  # (tried only where the window writes "average")
    re.compile(
        r"\b(?:polling|poll|approval|disapproval|rating|ratings|favou?rability|aggregate)[ \t]+average[ \t]+"
        rf"(?:is|was|of|at|(?:stands|stood|sits|sat)[ \t]+at)[ \t]+{_HEDGE}$",
        re.IGNORECASE,
    )
)
# "39% approval on average", "41 percent on average"
_ON_AVERAGE = re.compile(
    r"(?:[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b))?(?:[ \t]+[^\W\d_]+)?[ \t]+on[ \t]+average\b",
    re.IGNORECASE,
)
# "% historical average", " percent average for", "% RCP average" (not "average Americans": the word as an
# adjective of the people or things that follow it)
_AFTER = re.compile(
    r"(?:[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b))?[ \t]+"
    r"(?:(?:historical|historic|long-term|long-run|all-time|annual|yearly|monthly|weekly|daily|running|rolling|"
    r"moving|rcp|career|lifetime|polling|poll|term)[ \t]+)?average\b"
    r"(?![ \t]*:)"  # ("57% AVERAGE: 39.5/55": the label of the next value, on a line of several polls)
    r"(?![ \t]+(?:american|voter|citizen|person|people|family|families|household|worker|consumer|earner|"
    r"income|wage|joe|man|woman|men|women|brit|briton|canadian|australian)s?\b)",
    re.IGNORECASE,
)


def time_average(a: Analysis, n: Num) -> bool:
    """Whether a number is told as an average over polls or time (see the module doc)."""
    if "averag" not in a.lower:
        return False  # most passages: one substring test
    line_start = a.lines[n.line].start
    if _BEFORE.search(a.text, max(line_start, n.start - 40), n.start) is not None:
        return True
    if _SUBJECT.search(a.text, max(line_start, n.start - 48), n.start) is not None:
        return True
    return (
        _AFTER.match(a.text, n.end, n.end + 48) is not None
        or _ON_AVERAGE.match(a.text, n.end, n.end + 40) is not None
    )
