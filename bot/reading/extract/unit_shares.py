"""A share of places or things counted, not of people: never a poll figure.

A poll figure is a share of respondents. Write-ups also give shares of the units a pollster or a count
went over: "in 11, or 44%, of the states polled the mayor's party ranks last", "in 38% of the states",
"with 91 percent of precincts reporting", "61% of the districts". A percent-marked number "of" a plural noun of
places, polls, seats or bodies is such a share; a share "of" people ("of voters", "of these residents") is
left to the model. A fixed rule (like :mod:`gaps`), outside the features (counts of seats: :mod:`seat_sums`).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.cast_votes import marked_then
from bot.reading.extract.figure_cues import POP_WORDS

_UNITS = (
    r"states|counties|districts|polls|surveys|races|countries|provinces|regions|seats|precincts|"
    r"municipalities|constituencies|ridings|electorates|cities|towns|wards|schools|companies|firms|"
    r"hospitals|governors|senators|governments"
)
# ",? of (the|these|those|all)? (12)? (word)? states" (not a noun of people after it: "of the
# surveys' respondents")
_OF_UNITS = re.compile(
    rf",?[ \t]+of[ \t]+(?:(?:the|these|those|all)[ \t]+)?(?:[\d,]+[ \t]+)?(?:[a-z-]+[ \t]+)?(?:{_UNITS})\b"
    rf"(?![ \t]+(?:{POP_WORDS}|respondents|participants|interviewees)\b)",
    re.IGNORECASE,
)


def unit_share(a: Analysis, n: Num) -> bool:
    """Whether a percent-marked number is a share of places, polls, seats or bodies (see the module doc)."""
    return marked_then(a, n, _OF_UNITS, 48)
