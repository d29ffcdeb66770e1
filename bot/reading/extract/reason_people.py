"""Who answered a reasons question, and a list of answers carried into the next sentence.

Rating releases abroad (weekly presidential and cabinet ratings) ask the reasons of those who gave one
side only: "The most common reason for disapproval was <reason> (15%)", "Among the factors behind
positive evaluations, <reason> ranked first with 25%". Those shares are the people of that side ("those
who disapprove"), not the sample, although the sentence names no people. And such lists run on into
the next sentence ("This was followed by <reason> (9%) ..."), whose shares belong to the same people as
the list's last share before it.

A fixed step after the rankers (like :mod:`anaphoric_people`): it replaces only a population that is the
passage's default, so a subgroup the text writes for the figure stands.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis

# A reasons question and the side it asks: "reason(s) (given) for (his) disapproval", "factors contributing to
# positive evaluations", "negative evaluation factors", "reasons for not supporting".
_REASON = re.compile(
    r"\b(?:reasons?|factors?|grounds)\b[^.!?\n]{0,40}?\b(?:for|behind|contributing\s+to|of)\s+"
    r"(?:(?:his|her|their|its|the|a)\s+)?(?P<side>(?:not\s+)?(?:dis)?approv\w*|(?:not\s+)?support\w*|"
    r"(?:positive|negative)\s+(?:evaluations?|ratings?|assessments?))"
    r"|\b(?P<side2>positive|negative)\s+(?:evaluation|rating|assessment)\s+(?:factors?|reasons?)\b",
    re.IGNORECASE,
)
# A sentence that goes on with the list before it: "This was followed by ...", "Next came ...".
_CONTINUES = re.compile(
    r"\s*(?:(?:this|it|that|they)\s+(?:was|were)\s+followed\s+by|followed\s+by|next\s+(?:came|was))\b",
    re.IGNORECASE,
)


def _people(side: str) -> str:
    low = " ".join(side.lower().split())
    negative = low.startswith(("dis", "not", "negative"))
    if low.startswith(("positive", "negative")):
        return "respondents rating it negatively" if negative else "respondents rating it positively"
    return "those who disapprove" if negative else "those who approve"


def sentence_people(a: Analysis, sentence: int) -> str:
    """The side's people a reasons sentence names ("those who disapprove"), or ""."""
    if not a.sentences:
        return ""
    key = ("reason_people.sentence_people", sentence)  # each figure of the sentence asks
    got = a.memo.get(key)
    if not isinstance(got, str):
        s = a.sentences[sentence]
        m = _REASON.search(a.text, s.start, s.end)
        got = a.memo[key] = "" if m is None else _people(m.group("side") or m.group("side2"))
    return got


def continues(a: Analysis, sentence: int) -> bool:
    """Whether the sentence opens by going on with the list of the sentence before it."""
    if not a.sentences or sentence == 0:
        return False
    s = a.sentences[sentence]
    return _CONTINUES.match(a.text, s.start, s.end) is not None
