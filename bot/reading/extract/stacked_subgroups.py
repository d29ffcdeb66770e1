"""A crosstab copied one cell a line, its rows headed by subgroups: an exit poll's "Vote by Race".

A web table of results by subgroup loses its grid when copied: each row's label lands on a line of its own
(often with the subgroup's share of the sample in brackets) and each of its cells on the lines below:

    White (72%)
    44%
    54%
    Black (12%)
    91%
    8%

The cells below a subgroup's label are that subgroup's answers ("White voters"), and the bracketed share
is the subgroup's part of the whole sample ("voters"). The same layout with options as row labels (a
party's row of shares by region) is no subgroup's: only labels of a subgroup vocabulary (race, sex,
marital status, age band, education, religion, party identification, ideology) count, and a block must
hold two such rows, not all of them words that also name parties ("Liberal", "Conservative"); "Other" and
"Others" count inside such a block. A fixed step after the rankers, which
give such cells the people the passage's prose names most.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis

STACKED_SUBGROUPS = True

_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][A-Za-z'’/ -]{0,40}?|\d\d(?:[ \t]*[-–][ \t]*\d\d|\+))[ \t]*"
    r"(?:\([ \t]*(?P<share>\d{1,2}(?:\.\d)?)[ \t]*%[ \t]*\))?[ \t]*$"
)
_CELL = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d+)?[ \t]*%|N/A|n/a|--?|—)[ \t]*$")
# Labels that are also parties' names ("Liberal", "Conservative"): a block of them alone is a party's rows
# of shares by region as often as an ideology's crosstab, so it needs a row no party is named by.
_PARTY_LIKE = frozenset(
    [
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "independent",
        "independents",
        "liberal",
        "liberals",
        "conservative",
        "conservatives",
    ]
)
# The words a subgroup row's label is made of (the party-like ones included).
_SUBGROUP_WORDS = _PARTY_LIKE | frozenset(
    [
        "men",
        "women",
        "male",
        "female",
        "white",
        "whites",
        "black",
        "blacks",
        "african-american",
        "african",
        "american",
        "hispanic",
        "hispanics",
        "latino",
        "latinos",
        "latina",
        "asian",
        "asians",
        "married",
        "unmarried",
        "single",
        "divorced",
        "widowed",
        "college",
        "graduate",
        "graduates",
        "grad",
        "postgrad",
        "non-college",
        "degree",
        "no",
        "high",
        "school",
        "some",
        "protestant",
        "protestants",
        "catholic",
        "catholics",
        "jewish",
        "muslim",
        "evangelical",
        "evangelicals",
        "born-again",
        "christian",
        "christians",
        "secular",
        "religious",
        "none",
        "moderate",
        "moderates",
        "urban",
        "suburban",
        "rural",
        "young",
        "old",
        "older",
        "under",
        "over",
        "and",
        "to",
        "or",
        "than",
        "age",
        "aged",
        "ages",
        "years",
        "white/black",
        "gay",
        "lesbian",
        "straight",
        "lgbt",
        "union",
        "non-union",
        "household",
        "households",
        "veterans",
        "parents",
        "with",
        "without",
        "children",
        "first-time",
        "time",
        "first",
        "voters",
    ]
)
_OTHER = frozenset({"other", "others", "other race", "other races"})
_VOTE = re.compile(r"\b(?:vote[sd]?|voters|exit[ \t]+polls?|ballots?)\b", re.IGNORECASE)
_MIN_ROWS = 2


def _subgroup(label: str) -> bool:
    words = label.lower().replace("-", " - ").split()
    words = [w for w in words if w != "-"]
    if re.fullmatch(r"\d\d(?:\s*[-–]\s*\d\d|\+)", label.strip()):
        return True  # an age band
    return bool(words) and all(w in _SUBGROUP_WORDS or w.replace("-", "") in _SUBGROUP_WORDS for w in words)


def stacked_people(a: Analysis) -> dict[int, str]:
    """{line index of a figure: its population} for the cells and bracketed shares of subgroup rows copied one
    cell a line (see the module's doc); {} where the text holds no such block."""
    key = ("stacked_subgroups", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, str] = {}
    voting = _VOTE.search(a.text) is not None
    rows: list[tuple[int, re.Match[str], list[int]]] = []  # (line index, label match, cell line indices)
    blocks: list[list[tuple[int, re.Match[str], list[int]]]] = []
    lines = a.lines
    k = 0
    while k < len(lines):
        line = lines[k]
        m = _LABEL.fullmatch(a.text, line.start, line.end)
        cells: list[int] = []
        j = k + 1
        while m is not None and j < len(lines) and _CELL.fullmatch(a.text, lines[j].start, lines[j].end):
            cells.append(j)
            j += 1
        if m is not None and len(cells) >= 2:
            if rows and rows[-1][0] + len(rows[-1][2]) + 1 != k:
                blocks.append(rows)
                rows = []
            rows.append((k, m, cells))
            k = j
            continue
        k += 1
    if rows:
        blocks.append(rows)
    for block in blocks:
        labels = [m.group("label").strip() for _, m, _ in block]
        named = [lab for lab in labels if _subgroup(lab)]
        if len(named) < _MIN_ROWS or any(not _subgroup(lab) and lab.lower() not in _OTHER for lab in labels):
            continue
        if all(lab.lower() in _PARTY_LIKE for lab in named):
            continue
        for at, m, cells in block:
            label = m.group("label").strip()
            people = f"{label} voters" if voting and not label.lower().endswith("voters") else label
            for index in cells:
                out[index] = people
            if m.group("share") and voting:
                out[at] = "voters"  # the subgroup's part of the whole sample
    a.memo[key] = out
    return out
