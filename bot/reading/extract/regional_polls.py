"""Whose poll a regional release is: a poll of one nation, province or state speaks for that region's voters.

A Scottish independence poll, a Quebec provincial poll or a Bavarian state poll asks the region's people,
not the country's: the labels write "Scottish voters", "Quebec voters", "Bavarian voters" where the
release names no sample, as they write "Iowa voters" for a US state's poll (US states are read by
``passage_cues``; this reads the regions of other countries). A passage is taken for a regional poll when
it names exactly one region of this table (by its name or its adjective: "Scotland", "Scottish") and either
names a contest or body of that level ("Holyrood", "provincial election", "state election", "independence")
or names the region three times or more; a national poll that breaks its results out by region names
several regions, or says it does ("Provincial Breakdown", "by region"), and is left alone.
"""

from __future__ import annotations

import re

from bot.reading.extract.scan import finditer_at, longest_first

# Each region as releases name it (its name and the adjective they use), and how the labels write its voters.
_REGIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Scotland", ("Scotland", "Scottish"), "Scottish voters"),
    ("Wales", ("Wales", "Welsh"), "Welsh voters"),
    ("Northern Ireland", ("Northern Ireland",), "voters in Northern Ireland"),
    ("Quebec", ("Quebec", "Québec", "Quebecers", "Quebeckers"), "Quebec voters"),
    ("Ontario", ("Ontario", "Ontarians"), "Ontario voters"),
    ("Alberta", ("Alberta", "Albertans"), "Alberta voters"),
    ("British Columbia", ("British Columbia", "B.C."), "British Columbia voters"),
    ("Manitoba", ("Manitoba", "Manitobans"), "Manitoba voters"),
    ("Saskatchewan", ("Saskatchewan",), "Saskatchewan voters"),
    ("Nova Scotia", ("Nova Scotia", "Nova Scotians"), "Nova Scotia voters"),
    ("New Brunswick", ("New Brunswick",), "New Brunswick voters"),
    ("New South Wales", ("New South Wales", "NSW"), "NSW voters"),
    ("Queensland", ("Queensland", "Queenslanders"), "Queensland voters"),
    (
        "Western Australia",
        ("Western Australia", "Western Australian", "West Australian"),
        "Western Australian voters",
    ),
    ("South Australia", ("South Australia", "South Australian"), "South Australian voters"),
    ("Tasmania", ("Tasmania", "Tasmanian"), "Tasmanian voters"),
    ("Bavaria", ("Bavaria", "Bavarian", "Bayern"), "Bavarian voters"),
    ("Saxony", ("Saxony",), "voters in Saxony"),
    ("Thuringia", ("Thuringia",), "voters in Thuringia"),
    ("Brandenburg", ("Brandenburg",), "voters in Brandenburg"),
    ("Catalonia", ("Catalonia", "Catalan", "Catalans"), "Catalan voters"),
    ("Flanders", ("Flanders", "Flemish"), "Flemish voters"),
)
# Every name and adjective of the table's regions ("Scotland", "Scottish", "NSW", ...).
REGION_WORDS: tuple[str, ...] = tuple(w for _, words, _ in _REGIONS for w in words)
_BY_WORD = {w.lower(): region for region, words, _ in _REGIONS for w in words}
_VOTERS = {region: voters for region, _, voters in _REGIONS}
_NAMES = re.compile(
    r"(?<![\w.])(?:" + longest_first(tuple(w for _, words, _ in _REGIONS for w in words)) + r")(?![\w-])"
)
# Where a name can start: at one of the names' first letters. A scan for those (one character class, which
# the engine skips through in C) gives the offsets _NAMES is tried at, instead of trying its lookbehind and
# trie at every character of the passage's head (see scan.finditer_at: the same matches).
_NAME_FIRST = re.compile(
    "[" + "".join(sorted({re.escape(w[:1]) for _, words, _ in _REGIONS for w in words})) + "]"
)
# A region's own contest or body: the passage asks about the region, not merely breaks a national poll out.
_OWN_LEVEL = re.compile(
    r"\b(?:Holyrood|Senedd|Stormont|(?:Scottish|Welsh)\s+Parliament|National\s+Assembly|provincial|"
    r"state\s+(?:election|parliament|government|poll)|Landtag|independen(?:ce|t\s+country)|Premier)\b",
    re.IGNORECASE,
)
# A national poll's results broken out by region ("Provincial Breakdown", "regional results", "by
# province"): the regions are its columns, not whom the poll asked.
_BREAKDOWN = re.compile(
    r"\b(?:provincial|regional|state-by-state)\s+(?:breakdown|break-?out|results|numbers|figures)\b|"
    r"\bby\s+(?:province|region)\b",
    re.IGNORECASE,
)
# Words that follow a region's name in a nation-wide party's or body's name: not the region itself.
_NOT_THE_REGION = re.compile(r"\s+(?:National\s+Party|Nationalists?)\b")


def regional_voters(head: str) -> str:
    """The voters of the one region ``head`` is a poll of ("Scottish voters"), or ""."""
    counts: dict[str, int] = {}
    for m in finditer_at(_NAMES, head, (f.start() for f in _NAME_FIRST.finditer(head))):
        if _NOT_THE_REGION.match(head, m.end()):
            continue
        region = _BY_WORD[m.group().lower()]
        counts[region] = counts.get(region, 0) + 1
    if len(counts) != 1 or _BREAKDOWN.search(head) is not None:
        return ""
    ((region, count),) = counts.items()
    if count >= 3 or _OWN_LEVEL.search(head) is not None:
        return _VOTERS[region]
    return ""


def voters_of(name: str) -> str:
    """How the labels write the voters of the region ``name`` names ("Scotland", "Scottish" -> "Scottish
    voters"), or "" for a name this table does not hold."""
    region = _BY_WORD.get(name.lower())
    return _VOTERS[region] if region is not None else ""


def region_of(word: str) -> str:
    """The region of this table a name or adjective names ("Scottish" -> "Scotland"), or ""."""
    return _BY_WORD.get(word.lower(), "")


def names_of(voters: str) -> tuple[str, ...]:
    """The names and adjectives releases write for the region whose voters the labels write ``voters``
    ("Quebec voters" -> "Quebec", "Québec", "Quebecers", "Quebeckers"), or () for voters of no region here."""
    for _, words, label in _REGIONS:
        if label == voters:
            return words
    return ()
