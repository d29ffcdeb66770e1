"""Places a release breaks its results out by, found from how the sentence writes them, not from a table.

A regional breakdown abroad often names areas no hand-kept table holds ("highest in <Area> (84 percent),
followed by <Area> (82 percent)", "from the <Compass>-<Compass> (89%)"): an island group, a geopolitical
zone, a metropolitan area. :mod:`regions` proposes the places of its table only, so such figures kept the
country's people. Here a capitalised name written after "in" or "from" and right before the figure's
bracket opens a list of places; later capitalised names before a bracketed figure in the same sentence
continue it. Names that are parties, answer options, months, days, US states (read by ``state_scopes``)
or people ("Republicans", "Filipinos") are no place. The names join :mod:`regions`' hits, so they are
proposed and weighed by the same fitted features ("region_paren", "region_in").
"""

from __future__ import annotations

import re

from bot.reading.extract.label_cues import ANSWER_OPTIONS, PARTY_OPTIONS
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

# A place's name: capitalised words, with "outside" or "of" between two ("<Island> outside <City>").
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:outside|of)[ \t]+)?[A-Z][\w'’-]*){0,3}"
# The figure's bracket right after the name: "(84 percent)", "(62%)".
_BRACKET = r"[ \t]*\([ \t]*\d"
# The list's opening: "in <Place> (NN", "from the <Place> (NN".
_OPENING = re.compile(rf"\b(?:in|from)[ \t]+(?P<the>the[ \t]+)?(?P<r>{_NAME}){_BRACKET}")
# A later item of the same list: "followed by <Place> (NN", ", <Place> (NN", "and <Place> (NN".
_ITEM = re.compile(rf"(?<![\w'’-])(?P<the>the[ \t]+)?(?P<r>{_NAME}){_BRACKET}")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_NOT_PLACES = frozenset(
    w.lower()
    for w in (
        *MONTHS.split("|"),
        *WEEKDAYS.split("|"),
        *US_STATES,
        "Total",
        "All",
        "Overall",
        "Wave",
        "Question",
        "Table",
        "Figure",
        "Chart",
    )
)
# People, not places: a plural demonym or a party's people ("Filipinos", "Republicans", "Labourites").
_PEOPLE = re.compile(r"(?:ans|ers|ists|ites|ics|nos|ese|ish|ch)$")


def _is_place(name: str) -> bool:
    low = name.lower()
    last = name.split()[-1]
    return (
        low not in _NOT_PLACES
        and low not in PARTY_OPTIONS
        and low not in ANSWER_OPTIONS
        and not any(w.lower() in _NOT_PLACES or w.lower() in PARTY_OPTIONS for w in name.split())
        and _PEOPLE.search(last) is None
    )


def written_places(text: str) -> list[tuple[int, int, str]]:
    """Every place of a list of places with bracketed figures (start, end, name as written, with its "the"
    where the text writes one), in text order."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    while True:
        m = _OPENING.search(text, pos)
        if m is None:
            return out
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        pos = m.end()
        if not _is_place(m.group("r")):
            continue
        out.append((m.start("the") if m.group("the") else m.start("r"), m.end("r"), _written(m)))
        for item in _ITEM.finditer(text, m.end(), stop):
            if _is_place(item.group("r")):
                start = item.start("the") if item.group("the") else item.start("r")
                out.append((start, item.end("r"), _written(item)))
        pos = max(pos, stop)


def _written(m: re.Match[str]) -> str:
    return f"the {m.group('r')}" if m.group("the") else m.group("r")
