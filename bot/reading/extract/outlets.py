"""News outlets and pollsters whose names hold a place: the place is the outlet's, not the poll's.

"a CBS News/New York Times poll", "the Washington Post-ABC News survey", "THE DES MOINES REGISTER/MEDIACOM
IOWA POLL", "an Irish Times/Ipsos poll", "the Times of India's tracker": a state, city or country written
inside an outlet's or pollster's name says where the outlet is based, not whom the poll asked. A national
US poll sponsored by the New York Times is a poll of Americans; the state readers (``population_candidates``'
state hits, ``passage_cues``' most-named state, ``state_scopes``' headings) skip a place inside one of these
names, and the poll's place comes from the rest of the text (a Des Moines Register poll of Iowa names Iowa
elsewhere: "the Iowa Poll", "likely caucusgoers in Iowa").

The table is data: one outlet's name per entry, as the press writes it, grouped by the country it is based
in. Matched case-insensitively (release headers are written in capitals) on whole words; "The" is left out
of the names so that "New York Times" and "The New York Times" both match. Names with no place in them
(CNN, the Guardian) are listed too, so that a combined sponsor ("CNN/ORC", "CBS News/New York Times") is
read whole, but only the place inside a match matters to the readers.
"""

from __future__ import annotations

import bisect
import re

from bot.reading.extract.memo import per_text
from bot.reading.extract.scan import WordStarts, ascii_head, finditer_at, folded, longest_first

# The outlets by the country they are based in.
OUTLETS: dict[str, tuple[str, ...]] = {
    "United States": (
        "New York Times",
        "New York Post",
        "New York Daily News",
        "New York Magazine",
        "Washington Post",
        "Washington Times",
        "Washington Examiner",
        "Washington Free Beacon",
        "Wall Street Journal",
        "Los Angeles Times",
        "LA Times",
        "Boston Globe",
        "Boston Herald",
        "Chicago Tribune",
        "Chicago Sun-Times",
        "Des Moines Register",
        "Dallas Morning News",
        "Houston Chronicle",
        "Detroit Free Press",
        "Detroit News",
        "Atlanta Journal-Constitution",
        "Philadelphia Inquirer",
        "Pittsburgh Post-Gazette",
        "Baltimore Sun",
        "Denver Post",
        "Seattle Times",
        "San Francisco Chronicle",
        "Sacramento Bee",
        "Miami Herald",
        "Tampa Bay Times",
        "Orlando Sentinel",
        "Milwaukee Journal Sentinel",
        "Minneapolis Star Tribune",
        "Star Tribune",
        "St. Louis Post-Dispatch",
        "Kansas City Star",
        "Arizona Republic",
        "Las Vegas Review-Journal",
        "Texas Tribune",
        "Florida Times-Union",
        "Virginian-Pilot",
        "Richmond Times-Dispatch",
        "Charlotte Observer",
        "Raleigh News & Observer",
        "Hartford Courant",
        "Connecticut Post",
        "Providence Journal",
        "New Hampshire Union Leader",
        "Union Leader",
        "Portland Press Herald",
        "Salt Lake Tribune",
        "Louisville Courier-Journal",
        "Lexington Herald-Leader",
        "Cleveland Plain Dealer",
        "Columbus Dispatch",
        "Cincinnati Enquirer",
        "Indianapolis Star",
        "Omaha World-Herald",
        "Oklahoman",
        "Tennessean",
        "Nevada Independent",
        "Colorado Sun",
        "Mississippi Today",
        "Alabama Daily News",
        "Ohio Capital Journal",
        "Michigan Radio",
        "Wisconsin Public Radio",
        "Georgia Public Broadcasting",
        "New Jersey Star-Ledger",
        "Star-Ledger",
        "USA Today",
        "CBS News",
        "NBC News",
        "ABC News",
        "Fox News",
        "CNN",
        "MSNBC",
        "NPR",
        "PBS NewsHour",
        "Associated Press",
        "Newsweek",
        "Time",
        "Politico",
        "Axios",
        "The Hill",
        "Yahoo News",
        "Bloomberg",
    ),
    "United Kingdom": (
        "Sunday Times",
        "Times",
        "Guardian",
        "Observer",
        "Daily Telegraph",
        "Sunday Telegraph",
        "Telegraph",
        "Financial Times",
        "Daily Mail",
        "Mail on Sunday",
        "Scottish Daily Mail",
        "Daily Express",
        "Sunday Express",
        "Daily Mirror",
        "Sunday Mirror",
        "Independent",
        "Evening Standard",
        "London Evening Standard",
        "Scotsman",
        "Scotland on Sunday",
        "Herald Scotland",
        "Daily Record",
        "Sunday Post",
        "Wales Online",
        "Western Mail",
        "Belfast Telegraph",
        "News Letter",
        "Yorkshire Post",
        "Manchester Evening News",
        "BBC",
        "Sky News",
        "ITV News",
        "Channel 4 News",
        "GB News",
        "HuffPost UK",
    ),
    "Canada": (
        "Globe and Mail",
        "National Post",
        "Toronto Star",
        "Toronto Sun",
        "Ottawa Citizen",
        "Montreal Gazette",
        "Vancouver Sun",
        "Calgary Herald",
        "Edmonton Journal",
        "Winnipeg Free Press",
        "Halifax Chronicle Herald",
        "Le Devoir",
        "La Presse",
        "Journal de Montréal",
        "Journal de Montreal",
        "Canadian Press",
        "CBC News",
        "CBC",
        "CTV News",
        "Global News",
        "Radio-Canada",
    ),
    "Australia": (
        "Sydney Morning Herald",
        "Age",
        "Australian Financial Review",
        "Australian",
        "Weekend Australian",
        "Daily Telegraph",
        "Herald Sun",
        "Courier-Mail",
        "Courier Mail",
        "West Australian",
        "Adelaide Advertiser",
        "Hobart Mercury",
        "Canberra Times",
        "Guardian Australia",
        "ABC News",
        "Sky News Australia",
        "Nine News",
        "news.com.au",
    ),
    "Ireland": (
        "Irish Times",
        "Irish Independent",
        "Sunday Independent",
        "Irish Examiner",
        "Irish Daily Mail",
        "Irish Mirror",
        "Sunday Business Post",
        "Business Post",
        "Irish News",
        "RTÉ",
        "RTE",
        "TheJournal.ie",
    ),
    "India": (
        "Times of India",
        "Hindustan Times",
        "Indian Express",
        "The Hindu",
        "Economic Times",
        "India Today",
        "Deccan Herald",
        "Telegraph India",
        "NDTV",
        "Times Now",
        "Republic TV",
        "Mint",
    ),
}

# The names that hold no place and are a common word alone ("Time", "Age", "Mint", "Times" ...): they
# join a combined sponsor's name but are never read as an outlet alone.
_PLAIN_WORDS = frozenset({"time", "times", "age", "mint", "independent", "observer", "guardian", "telegraph"})
_NAMES = tuple(
    sorted({name for names in OUTLETS.values() for name in names if name.lower() not in _PLAIN_WORDS})
)
_OUTLET = re.compile(
    r"(?<![\w.])(?:The\s+|THE\s+)?(?:" + longest_first(_NAMES) + r")(?![\w-])", re.IGNORECASE
)


# Where a match of _OUTLET can start (see scan.WordStarts): "the" or a name's first words. Every match opens
# on a letter with no word character before it (the lookbehind), so a name's first run of letters is one of
# the text's runs; the pattern is tried there only, not at every character of the text.
_OUTLET_STARTS = WordStarts({"the"} | {ascii_head(n) for n in _NAMES})
# A generic newspaper word after a place ("the Fresno Bee", "the Ohio Star", "ARIZONA REPUBLIC"): an outlet
# the table does not list by name, read from the word that ends it.
OUTLET_HEADS: tuple[str, ...] = (
    "Times",
    "Post",
    "Tribune",
    "Journal",
    "Herald",
    "Star",
    "Sun",
    "Gazette",
    "Register",
    "Globe",
    "Chronicle",
    "Press",
    "Republic",
    "Examiner",
    "Bee",
    "Courier",
    "Dispatch",
    "Enquirer",
    "Inquirer",
    "Sentinel",
    "Observer",
    "Ledger",
)


@per_text
def outlet_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The (starts, ends) of every outlet name of the table in ``text``, in order."""
    starts: list[int] = []
    ends: list[int] = []
    if not _NAMES:
        return (), ()
    fold = folded(text)
    scan = _OUTLET.finditer(text) if fold is None else finditer_at(_OUTLET, text, _OUTLET_STARTS.starts(fold))
    for m in scan:
        starts.append(m.start())
        ends.append(m.end())
    return tuple(starts), tuple(ends)


def in_outlet(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a place's name) lies inside an outlet's name of the table."""
    starts, ends = outlet_spans(text)
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and ends[k] >= end
