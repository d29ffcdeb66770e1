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

from bot.reading.extract import reason_cues
from bot.reading.extract.analysis import Analysis

# The cue words (the side a sentence asks its reasons of, and the openings that go on with a list) are read
# by :mod:`reason_cues`, shared with :mod:`reason_questions`.


def _people(side: str) -> str:
    low = " ".join(side.lower().split())
    negative = low.startswith(("dis", "not", "negative"))
    if low.startswith(("positive", "negative")):
        return "respondents rating it negatively" if negative else "respondents rating it positively"
    return "those who disapprove" if negative else "those who approve"


def sentence_people(a: Analysis, sentence: int) -> str:
    """The side's people a reasons sentence names ("those who disapprove"), or ""."""
    side = reason_cues.asked_side(a, sentence)  # memoised per sentence: each figure of the sentence asks
    return _people(side) if side else ""


def continues(a: Analysis, sentence: int) -> bool:
    """Whether the sentence opens by going on with the list of the sentence before it."""
    return reason_cues.continues(a, sentence)
