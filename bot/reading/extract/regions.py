"""Regions inside a country whose results a release breaks out: provinces, nations, states, Länder.

A regional breakdown names the region before its figures ("Quebec (30%)", "In Scotland, the SNP leads
with 35%", "Eastern Ontario: Conservative 48%"); the region is then who those figures are for, and the
labels write it bare ("Quebec", "Atlantic Canada"). US states and the US census regions are read
elsewhere (``passage_cues.US_STATES``, ``labels.tidy_population``: "Midwest residents").

A small hand-kept table rather than ISO 3166-2 (pycountry): the subdivision lists hold thousands of
names that are also ordinary words, people's names or US states ("Georgia", "Central", "Victoria", left out
here too) and none of the regional groupings releases use ("Atlantic Canada", "the Prairies", "the
Midlands"). Proposed only when capitalised and tied to the figure by place (its sentence, its line's head
or a heading line above it); the fitted ranker weighs the tie.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.outlets import in_outlet
from bot.reading.extract.scan import WordStarts, ascii_head, finditer_at, folded, longest_first
from bot.reading.extract.written_places import written_places

WRITTEN_PLACES = True

# Canada's provinces as a release names them (also what names a provincial election's question).
CANADIAN_PROVINCES = (
    "Ontario",
    "Quebec",
    "Québec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "Prince Edward Island",
)
_CANADA = (
    *CANADIAN_PROVINCES,
    "Newfoundland and Labrador",
    "Atlantic Canada",
    "the Atlantic provinces",
    "the Prairies",
    "the Greater Toronto Area",
    "Greater Toronto Area",
    "the GTA",
    "Metro Vancouver",
    "Greater Montreal",
    "Montreal",
    "Toronto",
    "Vancouver",
)
_UK = (
    "Scotland",
    "Wales",
    "England",
    "Northern Ireland",
    "London",
    "the North East",
    "the North West",
    "the South East",
    "the South West",
    "North East England",
    "North West England",
    "South East England",
    "South West England",
    "Yorkshire and the Humber",
    "Yorkshire",
    "the East Midlands",
    "the West Midlands",
    "East Midlands",
    "West Midlands",
    "the Midlands",
    "the East of England",
    "Greater London",
)
_AUSTRALIA = (
    "New South Wales",
    "Queensland",
    "Western Australia",
    "South Australia",
    "Tasmania",
    "the Northern Territory",
    "the Australian Capital Territory",
)
_GERMANY = (
    "Bavaria",
    "Baden-Württemberg",
    "North Rhine-Westphalia",
    "Lower Saxony",
    "Saxony-Anhalt",
    "Saxony",
    "Thuringia",
    "Brandenburg",
    "Mecklenburg-Western Pomerania",
    "Mecklenburg-Vorpommern",
    "Schleswig-Holstein",
    "Rhineland-Palatinate",
    "Saarland",
    "Hesse",
    "Bremen",
    "Hamburg",
    "Berlin",
    # The Länder as German releases write them.
    "Bayern",
    "Nordrhein-Westfalen",
    "Niedersachsen",
    "Sachsen-Anhalt",
    "Sachsen",
    "Thüringen",
    "Hessen",
    "Rheinland-Pfalz",
)
REGION_NAMES: tuple[str, ...] = _CANADA + _UK + _AUSTRALIA + _GERMANY

# India's states and union territories as reports of state elections name them. Not region proposals (the
# rankers' weights never saw them): read by :mod:`state_scopes` only, which gives a state-by-state
# report's figures their state's voters ("Rajasthan voters").
INDIAN_STATES: tuple[str, ...] = (
    "Andhra Pradesh",
    "Arunachal Pradesh",
    "Assam",
    "Bihar",
    "Chhattisgarh",
    "Delhi",
    "Goa",
    "Gujarat",
    "Haryana",
    "Himachal Pradesh",
    "Jharkhand",
    "Karnataka",
    "Kerala",
    "Madhya Pradesh",
    "Maharashtra",
    "Manipur",
    "Meghalaya",
    "Mizoram",
    "Nagaland",
    "Odisha",
    "Punjab",
    "Rajasthan",
    "Sikkim",
    "Tamil Nadu",
    "Telangana",
    "Tripura",
    "Uttar Pradesh",
    "Uttarakhand",
    "West Bengal",
)

# A region, or two joined ("Manitoba and Saskatchewan", "Ontario and Alberta"); written capitalised.
_ONE = longest_first(REGION_NAMES)
# A compass word before a region is part of its name ("Eastern Ontario", "Southwestern Ontario").
_COMPASS = r"(?:(?:North|South)(?:east|west)?ern|Eastern|Western|Central|Northern|Southern)\s+"
# The lookahead (the letters a region or a compass word opens with) passes over the other word
# boundaries in one step instead of trying the whole alternation there: the same matches, once per text.
_REGION_FIRST = "".join(sorted({re.escape(w[:1]) for w in REGION_NAMES} | set("NSEWC")))
_REGION = re.compile(
    rf"\b(?=[{_REGION_FIRST}])(?P<r>(?:{_COMPASS})?(?:{_ONE})(?:\s+(?:and|&)\s+(?:{_ONE}))?)\b"
)
_PAREN_BEFORE = re.compile(r"\s*[(\[]\s*$")
_IN_BEFORE = re.compile(r"\b(?:in|across|for)\s+$", re.IGNORECASE)
_FIGURE_IN = re.compile(
    r"^[^\w\n]{0,3}(?:[ \t]*of[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+){0,3})?[ \t]+in[ \t]+$", re.IGNORECASE
)
# A line that is only a region's heading ("Scotland", "## Quebec:", "**Alberta**").
_HEADING = re.compile(r"[ \t#*_\-–•]*(?P<r>[^\n]*?)[ \t*_:]*$")
_LINE_HEAD = re.compile(r"[ \t\-–•*]*")
_WINDOW = 200
# "New England" is a US region, not England.
_NOT_THE_REGION = re.compile(r"\bNew[ \t]+$")
# Where a match of _REGION can start (see scan.WordStarts): a compass word's or a region's first word. Every
# match opens on a word boundary before a letter, so that word's first run of letters is one of the text's
# runs; the pattern is tried there only, not at every word boundary of the text.
_REGION_STARTS = WordStarts(
    {ascii_head(n) for n in REGION_NAMES}
    | {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern"}
    | {"southeastern", "southwestern"}
)


def _region_matches(text: str) -> Iterator[re.Match[str]]:
    """``_REGION.finditer(text)``, tried only where a start word of it is written (see _REGION_STARTS)."""
    fold = folded(text)
    if fold is None:
        return _REGION.finditer(text)
    return finditer_at(_REGION, text, _REGION_STARTS.starts(fold))


def _hits(a: Analysis) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every region named in the text (offsets, spans), found once per analysis."""
    got = a.memo.get(("region_hits", None))
    if not isinstance(got, tuple):
        spans = [
            (m.start(), m.end(), m.group("r"))
            for m in _region_matches(a.text)
            if _NOT_THE_REGION.search(a.text, max(0, m.start() - 4), m.start()) is None
            and not in_outlet(a.text, m.start(), m.end())
        ]  # ("the New England Patriots", "a Scotland on Sunday poll": a US region's, an outlet's name)
        if WRITTEN_PLACES:
            # Places no table holds, written as a list with bracketed figures (see written_places).
            taken = list(spans)
            spans += [
                (s, e, r)
                for s, e, r in written_places(a.text)
                if not any(s < te and ts < e for ts, te, _ in taken)  # (a table's region over it stands)
            ]
            spans.sort()
        got = ([s[0] for s in spans], spans)
        a.memo[("region_hits", None)] = got
    return got


def _name(found: str) -> str:
    """The region as the labels write it: without a leading "the" ("the Prairies" -> "Prairies")."""
    return found[4:] if found.lower().startswith("the ") else found


def _heads(a: Analysis, at: int, found: str) -> bool:
    """The line the region ``found`` is written on (at ``at``) is only that region: a heading over the
    lines below it."""
    start = a.text.rfind("\n", 0, at) + 1
    end = a.text.find("\n", at)
    m = _HEADING.match(a.text, start, len(a.text) if end < 0 else end)
    return m is not None and m.group("r") == found


def region_proposals(a: Analysis, n: Num, lo: int) -> list[tuple[str, dict[str, float]]]:
    """The region named nearest before the figure (within its sentence, or heading its line), and the
    one written right after it ("48% in Quebec"), each with how it is tied to the figure."""
    starts, spans = _hits(a)
    if not spans:
        return []
    out: list[tuple[str, dict[str, float]]] = []
    line = a.lines[n.line]
    k = bisect.bisect_left(starts, n.start) - 1
    while k >= 0 and spans[k][1] > n.start:
        k -= 1
    near = spans[k] if k >= 0 and spans[k][0] >= n.start - _WINDOW else None
    head = heading = False
    if near is not None:
        at, end, found = near
        head = at >= line.start and _LINE_HEAD.fullmatch(a.text, line.start, at) is not None
        heading = at < line.start and _heads(a, at, found)
        if at < lo and not head and not heading:
            near = None  # another sentence's region, not a heading over this one
    if near is not None:
        at, end, found = near
        between = a.text[end : n.start]
        feats: dict[str, float] = {f"region_gap={min(len(between) // 20, 4)}": 1.0}
        if _PAREN_BEFORE.search(between) is not None:
            feats["region_paren"] = 1.0  # "Quebec (30%)"
        if _IN_BEFORE.search(a.text, max(0, at - 8), at) is not None:
            feats["region_in"] = 1.0  # "In Scotland, Labour leads with 42%"
        if head:
            feats["region_line_head"] = 1.0  # "Quebec: Bloc 36%, Liberal 28%"
        if heading:
            feats["region_heading"] = 1.0  # a line of its own above the figure's line
        if len(feats) > 1 and len(between) < 40:
            feats["region_tied"] = 1.0  # any of the ties above, close to the figure: one cue to weigh
        if at < lo:
            feats["region_before_sentence"] = 1.0
        if any(at < m.start < n.start and m.index != n.index for m in a.numbers_by_line.get(n.line, [])):
            feats["region_past_figure"] = 1.0
        out.append((_name(found), feats))
    j = k + 1
    while j < len(spans) and spans[j][0] < n.cand.mark_end:
        j += 1
    if j < len(spans) and spans[j][0] - n.cand.mark_end <= 60:
        at, _, found = spans[j]
        if _FIGURE_IN.match(a.text[n.cand.mark_end : at]) is not None:
            out.append(
                (_name(found), {"region_after_in": 1.0, "region_tied": 1.0})
            )  # "29% of the vote in Quebec"
    return out


def region_tie(a: Analysis, n: Num) -> str | None:
    """The region the figure is explicitly written for: tied by brackets, "in", its line's head or a
    heading line above it ("Quebec (30%)", "In Scotland, ... 42%", "Alberta: UCP 51%", "48% in Quebec"),
    never merely the nearest region named some way before it. Found once per figure."""
    key = ("region_tie", n.index)
    if key in a.memo:
        got = a.memo[key]
        return got if isinstance(got, str) else None
    tie: str | None = None
    if _hits(a)[1]:
        lo = a.sentences[n.sentence].start if a.sentences else 0
        for region, feats in region_proposals(a, n, lo):
            if "region_tied" in feats or "region_heading" in feats:
                tie = region
                break
    a.memo[key] = tie
    return tie


def written_place_tie(a: Analysis, n: Num) -> str | None:
    """The place of a list of places with bracketed figures (:mod:`written_places`, no table's region)
    that the figure is tied to (see :func:`region_tie`), or None."""
    tie = region_tie(a, n)
    if tie is None or not WRITTEN_PLACES:
        return None
    key = ("written_place_names", None)
    names = a.memo.get(key)
    if not isinstance(names, frozenset):
        names = a.memo[key] = frozenset(_name(r) for _, _, r in written_places(a.text))
    return tie if tie in names else None
