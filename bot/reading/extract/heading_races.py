"""The race a heading line above a US group's figures names ("Ohio Senate Race", "Governor's Race: Iowa").

Pages that report several races stack each one under its own heading, in title case, with a source line
or two between it and the figures:

    Ohio Senate Race
    Exit poll
    Women: 55% Democrat, 44% Republican

The figures' own lines name only the parties, so the group took the parliamentary template ("Vote choice
in the next general election (voting intention)") or the passage's first race. Here the nearest heading
above the group's first figure that names a contest ("race", "primary", "runoff", ...) together with a
state or an office names the group's race; the year is the passage's own. Only for passages that are
not a parliament's (no country's voters): there a heading names a US race. Runs after clustering.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.race_scope import scoped_race
from bot.reading.extract.race_templates import race_parts, race_question

HEADING_RACES = True

_REACH: Final = 6  # lines looked back over
_HEADING_CHARS: Final = 60
# A heading's title-case contest and office words, lower-cased so the race phrase reads them.
_TITLE_WORDS: Final = re.compile(
    r"\b(Races?|Primary|Primaries|Caucus(?:es)?|Runoff|Contest|General\s+Election|Special\s+Election|"
    r"Governor(?:['’]s)?|Gubernatorial|Mayoral|Presidential)\b"
)
# "Governor Race" as a heading writes it: the governor's race.
_GOVERNOR_RACE: Final = re.compile(r"\bgovernor\s+(race|primary|contest|runoff)\b")
_YEAR: Final = re.compile(r"\b(?:19[6-9]\d|20[0-4]\d)\b")
_BARE: Final = "Vote choice in the next general election (voting intention)"


def _race_of(line: str, year: str) -> str:
    """The race a heading line names ("Ohio Senate Race" -> "Vote choice in the 2018 Ohio Senate race"),
    or ""."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text) > _HEADING_CHARS or "%" in text or re.search(r"\d", _YEAR.sub("", text)):
        return ""
    if text.endswith((".", "?", "!")):
        return ""
    low = _GOVERNOR_RACE.sub(r"governor's \1", _TITLE_WORDS.sub(lambda m: m.group().lower(), text))
    parts = race_parts(low, US_STATES_ALTERNATION, year, "")
    if parts is None or not parts.contest or not (parts.state or parts.office):
        return ""
    return race_question(parts) or ""


def heading_race(a: Analysis, n: Num, year: str) -> str:
    """The race of the nearest heading above ``n`` within a few lines (see the module docstring), or ""."""
    if not HEADING_RACES or not a.lines or a.passage_cues.country_voters:
        return ""
    for i in range(n.line - 1, max(-1, n.line - 1 - _REACH), -1):
        race = _race_of(a.line_text(i), year)
        if race:
            return race
    return ""


def overrides(question: str, heading: str) -> bool:
    """Whether a heading's race replaces the group's ``question``: the bare parliamentary template, a race
    question naming no contest the race phrase reads, or one naming another contest than the heading
    (another state, office or party; see :func:`race_scope.scoped_race`)."""
    if heading == question:
        return False
    if bare_intention(question):
        return True
    if not question.startswith("Vote choice in the "):
        return False
    return (
        race_parts(question, US_STATES_ALTERNATION, "", "") is None
        or scoped_race(question, [heading]) is not None
    )


def bare_intention(question: str) -> bool:
    """Whether ``question`` is the parliamentary template a passage naming no parliament falls back on."""
    return question == _BARE
