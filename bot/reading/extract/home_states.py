"""A state a passage names only as a candidate's home, dropped from its race question.

A passage about a presidential primary describes its candidates by where they come from: "Texas
Congressman Ada Reyes", "Sen. Tom Vale of Ohio", "Rep. Lu Park (R-Idaho)", "a senator from Utah". When no
other words name a place, the passage's most-named state (:attr:`PassageCues.state`) is one of those homes,
and "Vote choice in the Ohio Republican primary" names a contest the poll was not about. A race question
whose state the text names only in such a description loses the state; one the text also names as a place
("in Ohio", "Ohio voters", "the Ohio primary") keeps it. A state office's race (Senate, governor, House,
mayor) keeps it too: there the candidate's home is the race's state. Runs after clustering, so grouping
never depends on it.
"""

from __future__ import annotations

import re

from bot.reading.extract.passage_cues import TITLE_AFTER, US_STATES_ALTERNATION
from bot.reading.extract.race_templates import race_parts

HOME_STATES = True

_RACE = re.compile(r"^Vote choice in the (?:(?:19|20)\d\d\s+)?(?P<state>" + US_STATES_ALTERNATION + r")\s")
# A title after the state: "Florida Gov. Ana Ruiz", "the Texas senator" (passage_cues.TITLE_AFTER), and the
# titles it leaves out for its own use: "Ohio Congressman Ed Lim", "the Utah delegation".
_MORE_TITLES_AFTER = re.compile(r"\s+(?:Congress(?:wo)?man|[Mm]ayor|[Ll]awmakers?|[Dd]elegation)\b")
# A title and name before the state, or a party tag: "Sen. Tom Vale of Ohio", "a senator from Utah",
# "(R-Idaho)", "D-Nevada".
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Sen|Gov|Rep)\.|\b(?:Senator|Governor|Congress(?:wo)?man|Representative)\b)"
    r"(?:\s+[A-Z][\w.'’-]*){1,4},?\s+of\s+$|"
    r"\b(?:[Ss]enator|[Gg]overnor|[Cc]ongress(?:wo)?man|[Rr]epresentative)\s+from\s+$|"
    r"\b[RDI]-$"
)
_REACH = 60
_STATE_OFFICES = ("Senate", "U.S. Senate", "governor", "mayoral", "House")


def homes_only(text: str, state: str) -> bool:
    """Whether ``text`` names ``state`` at all and only ever as a person's home (see the module docstring)."""
    found = False
    for m in re.finditer(r"\b" + re.escape(state) + r"\b", text):
        home = (
            TITLE_AFTER.match(text, m.end()) is not None
            or _MORE_TITLES_AFTER.match(text, m.end()) is not None
            or _PERSON_BEFORE.search(text, max(0, m.start() - _REACH), m.start()) is not None
        )
        if not home:
            return False
        found = True
    return found


def without_home_state(question: str, text: str) -> str | None:
    """``question`` without the state the passage names only as a candidate's home, or None where it
    stands."""
    m = _RACE.match(question) if HOME_STATES else None
    if m is None:
        return None
    parts = race_parts(question, US_STATES_ALTERNATION, "", "")
    if parts is None or parts.office in _STATE_OFFICES or not homes_only(text, m.group("state")):
        return None
    return question[: m.start("state")] + question[m.end("state") + 1 :]
