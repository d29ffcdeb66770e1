"""Whose poll each part of a report abroad is, where the text says where a poll was taken.

A report often carries more than one poll: one state's poll, then another state's in the next paragraph
("A state poll for Tasmania has ... Another pollster's poll of voting intention in Queensland puts ..."),
or a survey on each side of a border ("Of those surveyed in Northern Ireland, ... A parallel poll in the
Republic of Ireland finds ..."). The passage's default (``regional_polls``: one region per passage, else
the country's voters) cannot give both parts their own people, and a region named in passing ("Labor is
ahead in Queensland") is a breakdown, not a poll.

This reads the phrases that say where a poll itself was taken: a poll word with at most what describes
that poll ("state poll", "survey of state voting intentions", "poll of 1,000 voters"), then "in/of/for" and
a region; or "surveyed/polled/interviewed in" and a region. The figures from such a phrase to the next one
(or a national marker, or the paragraph's end) whose population is only the passage's default, or only
the bare name of the poll's own region ("Scotland" from "a survey in Scotland", as a breakdown's region is
written), take that region's voters as the labels write them ("Tasmanian voters", "voters in the Republic
of Ireland"). The regions are those of ``regional_polls`` and a few names only this reading takes, since
"poll ... in" ties them to a poll ("Victoria" is also a city and a person's name: no region elsewhere).
A fixed step after the rankers, like ``world_scope``; US states are read elsewhere (``state_sample``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.regional_polls import REGION_WORDS, voters_of
from bot.reading.extract.scan import WordStarts, finditer_at, folded, longest_first
from bot.reading.extract.world_scope import national_marker_at

# Places a "poll in" phrase may name beyond the regional-poll table, and how the labels write their voters.
_EXTRA: dict[str, str] = {
    "Victoria": "Victorian voters",
    "Republic of Ireland": "voters in the Republic of Ireland",
    "Irish Republic": "voters in the Republic of Ireland",
}
_PLACES = longest_first((*REGION_WORDS, *_EXTRA))
# A poll word, with at most what describes that poll between it and the place: how it was taken, or
# "of"/"on" and its measure or sample ("a survey of state voting intentions in", "a poll of 1,000 voters
# in"), so that "the poll has Labor ahead in Queensland" (a breakdown) is not read as a Queensland poll.
_POLL_WORD = (
    r"\b(?:poll|survey|sample)s?"
    r"(?:[ \t]+(?:of|on)[ \t]+(?:(?:state|provincial|federal)[ \t]+)?"
    r"(?:vot(?:e|ing)[ \t]+intentions?|(?:[\d,]+[ \t]+)?(?:(?:likely|registered|eligible|adult)[ \t]+)?"
    r"(?:voters|residents|adults|people|electors)))?"
    r"(?:[ \t]+(?:conducted|taken|carried[ \t]+out))?"
    r"[ \t]+(?:in|of|for|across)[ \t]+(?:the[ \t]+)?(?:state[ \t]+of[ \t]+|province[ \t]+of[ \t]+)?"
)
_ASKED_IN = r"\b(?:surveyed|polled|interviewed|questioned)[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?"
_POLL_IN = re.compile(
    _POLL_WORD
    + r"(?P<place>"
    + _PLACES
    + r")(?![\w-])|"
    + _ASKED_IN
    + r"(?P<after>"
    + _PLACES
    + r")(?![\w-])"
)
# Every word a match of _POLL_IN opens on, whole (see scan.WordStarts: a word's first run of letters).
_POLL_IN_STARTS = WordStarts(
    (
        "poll",
        "polls",
        "polled",
        "survey",
        "surveys",
        "surveyed",
        "sample",
        "samples",
        "interviewed",
        "questioned",
    )
)
# A second place joined to the first ("a poll in Quebec and Ontario"): no one region's poll.
_JOINED = re.compile(r"[ \t]*(?:,|and|&|or)[ \t]+(?:the[ \t]+)?[A-Z]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_REACH = 1500


def _poll_ins(text: str) -> Iterator[re.Match[str]]:
    """``_POLL_IN.finditer(text)``, tried only where one of its opening words is written."""
    fold = folded(text)
    if fold is None:
        return _POLL_IN.finditer(text)
    return finditer_at(_POLL_IN, text, _POLL_IN_STARTS.starts(fold))


def _voters(place: str) -> str:
    return _EXTRA.get(place) or voters_of(place)


def poll_places(a: Analysis) -> list[tuple[int, int, str, str]]:
    """The spans of text each "poll in <region>" phrase covers, with that region's voters and its name as
    written there: (start, end, voters, name). A span runs from the phrase to the next such phrase, a
    national marker (``world_scope``), the paragraph's end or ``_REACH`` characters on."""
    key = ("poll_places", 0)
    got = a.memo.get(key)
    if isinstance(got, list):
        return got
    text = a.text
    found = [
        (m.start(), m.group("place") or m.group("after"))
        for m in _poll_ins(text)
        if not _JOINED.match(text, m.end())
    ]
    spans: list[tuple[int, int, str, str]] = []
    for k, (at, name) in enumerate(found):
        voters = _voters(name)
        if not voters:
            continue
        end = min(len(text), at + _REACH, found[k + 1][0] if k + 1 < len(found) else len(text))
        para = _PARAGRAPH.search(text, at, end)
        if para is not None:
            end = para.start()
        national = national_marker_at(text, at, end)
        if national is not None:
            end = national
        spans.append((at, end, voters, name))
    a.memo[key] = spans
    return spans


def place_of_poll(a: Analysis, at: int) -> tuple[str, str]:
    """The voters of the region whose poll the text at ``at`` reports and its name as written there
    ("Tasmanian voters", "Tasmania"), or ("", "")."""
    for lo, hi, voters, name in poll_places(a):
        if lo <= at < hi:
            return voters, name
    return "", ""
