"""Labels of table cells read off the table's axes: a fixed rule, not a learned weight.

A figure that sits in a recognised table (a row label on its left, a column header above it) gets its
labels from the two axes, whichever way round the table is printed:

- the axis whose labels are answer options ("Approve", "Don't know", candidate and party names) gives the
  cell's ANSWER;
- the other axis, when its labels name groups of people (Total/All, Men/Women, Dem/Rep/Ind, age bands,
  races, education, income, regions and states, past vote, party supporters), gives its POPULATION. A
  Total/All label is the whole sample: the ranker's choice (the release's sample) is kept for it, or
  the release's sample where it chose none;
- the question written just above the table gives its QUESTION.

Which axis is which is decided per table, from the cells' sums first: each subgroup's answers add up to
about a whole, so when every column adds up to ~100 and the rows do not, the rows are the options (and the
other way round). When the sums cannot tell (a net row, a 2x2 table, options left out), the label
vocabularies decide: the axis with more answer options is the option axis, and a banner that opens on
the total is the people whatever the other axis says. An axis of dates is a trend's
waves, an axis of names the text does not know as people (a battery's items, pollsters) names no
population: those cells keep the ranker's population.

The rule is written down (docs/extraction.md) because the training text holds almost no crosstabs: a
learned ranker gives a table's structure no weight there, and the sample a passage names outvotes a
column header ("Men") the ranker has rarely seen win.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.reading.extract import (
    banner_tops,
    exit_rows,
    paired_columns,
    spaced_heads,
    stacked_cells,
    values_first,
)
from bot.reading.extract import figures as figure_stage
from bot.reading.extract.analysis import Analysis, Num, question_proper
from bot.reading.extract.candidate_tables import STATE_BY_CODE
from bot.reading.extract.crosstab_categories import split_category
from bot.reading.extract.label_check import asked_directly, tidy_question, usable
from bot.reading.extract.label_cues import (
    ANSWER_OPTIONS,
    CLIPPED_HEADS,
    PARTY_OPTIONS,
    SUBGROUP_WORDS,
    expand,
)
from bot.reading.extract.layout import Place, adds_to_whole, empty_cell_line, is_date_cell
from bot.reading.extract.passage_cues import US_STATES, US_STATES_ALTERNATION
from bot.reading.extract.population_candidates import is_column_head
from bot.reading.extract.race_templates import race_parts, race_question
from bot.reading.extract.regions import REGION_NAMES
from bot.reading.extract.run_headers import CANDIDATE_CLAUSE
from bot.reading.extract.tables import GENERIC_ANSWERS, answer_label
from bot.reading.extract.vocab import MONTHS

# A label's kinds.
TOTAL, SUBGROUP, OPTION, PARTY, DATE, OTHER = "total", "subgroup", "option", "party", "date", "other"


@dataclass(frozen=True, slots=True)
class CellLabels:
    """What a table's axes say of one cell: its answer and its population (None: the axis says nothing,
    the ranker's label stands; the population of a Total/All cell is left to the ranker too)."""

    answer: str | None
    population: str | None
    question: str | None = None  # the question written just above the table (or before a flattened row)
    # Labels of the table's axes that name no people, lower-cased: never a population (a ranker reading a
    # party's column header as people, "Lab", or a wave's "This month", is overruled).
    options: frozenset[str] = frozenset()
    whole: bool = False  # the cell is the whole sample's (a Total/All label on the people axis)
    # The answer names a group of voters, as an exit poll's share of the voters who are in it ("Women (52%)"):
    # an option here, though it names people (see exit_rows).
    group_share: bool = False


# The whole sample's column or row: "Total", "All", "All likely voters", "All respondents", "Overall".
# A regional breakdown's row for the whole country is the whole sample too ("Canada", "GB", "Nationwide").
_TOTAL = re.compile(
    r"(?:total|tot|all|overall|topline|nationwide|whole\s+sample|total\s+sample|all\s+(?:\w+\s+){0,2}"
    r"(?:voters|adults|respondents|rv|lv|residents|americans|britons|canadians|australians|regions|states|"
    r"provinces)|canada|australia|new\s+zealand|ireland|germany|france|india|japan|gb|great\s+britain|uk|"
    r"united\s+kingdom|u\.?s\.?a?|united\s+states)\.?",
    re.IGNORECASE,
)
# Subgroups named with a number in them: age bands, income bands, "Under 35", "Above 60", "65+".
_AGE = re.compile(
    r"(?:ages?d?\s+)?\d\d\s*(?:[-–]|to)\s*\d\d(?:\s*(?:years?|yrs?))?|\d\d\s*\+|\d\d\s+(?:and|&|or)\s+"
    r"(?:over|older|up|above)|(?:under|over|above|below|younger\s+than|older\s+than)\s+\d\d",
    re.IGNORECASE,
)
_INCOME = re.compile(
    r"(?:under|over|less\s+than|more\s+than|above|below)?\s*[$£€]\s?\d[\d,.]*\s*[kK]?(?:\s*(?:[-–]|to)\s*"
    r"[$£€]?\s?\d[\d,.]*\s*[kK]?|\s*\+)?",
    re.IGNORECASE,
)
# Words a subgroup label is made of beyond the demographic vocabulary: education, faith, ideology, area,
# party identification, vote, parents, union households.
_PEOPLE_WORDS = frozenset(
    [
        "college",
        "grad",
        "grads",
        "graduate",
        "graduates",
        "degree",
        "non-college",
        "postgrad",
        "coll",
        "hs",
        "postgraduate",
        "school",
        "university",
        "evangelical",
        "catholic",
        "protestant",
        "christian",
        "muslim",
        "jewish",
        "liberal",
        "moderate",
        "conservative",
        "urban",
        "suburban",
        "rural",
        "city",
        "suburbs",
        "town",
        "voters",
        "supporters",
        "non-voters",
        "nonvoters",
        "parents",
        "union",
        "household",
        "households",
        "veterans",
        "renters",
        "homeowners",
        "students",
        "retired",
        "employed",
        "unemployed",
        "lean",
        "leaners",
        "leave",
        "remain",
        "yes",
        "no",
        "nonwhite",
        "non-white",
        "poc",
        "hisp",
        "wht",
        "blk",
        "aapi",
        "gen",
        "boomers",
        "millennials",
        "region",
        "religion",
        "northeast",
        "midwest",
        "south",
        "west",
        "north",
        "east",
        "central",
        "metro",
        "county",
        "rest",
        "state",
        "upstate",
        "downstate",
        "lib",
        "mod",
        "cons",
        "dem",
        "dems",
        "rep",
        "reps",
        "gop",
        "ind",
        "inds",
        "democrats",
        "republicans",
        "independents",
        "other",
        "likely",
        "registered",
        "of",
        "the",
        "and",
    ]
)
# Census regions and compass parts a crosstab banner names.
_US_REGIONS = frozenset(["northeast", "midwest", "south", "west", "southwest", "southeast", "northwest"])
# State and province abbreviations a banner prints (Australia, Canada; US states are written in full),
# and Britain's and Germany's ("Scot", "NI", "Mids", "NRW").
_AREA_ABBREVIATIONS = frozenset(
    ["nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt", "bc", "ab", "sk", "mb", "on", "qc", "atl", "sk/mb"]
) | frozenset(["scot", "ni", "nrw", "bw", "ne", "nw", "se", "sw", "mids", "yorks"])
# Parties a table's axis names beyond the answer vocabulary's (which reads prose too): Germany's, as its
# polls print them.
_TABLE_PARTIES = frozenset(
    ["cdu/csu", "cdu", "csu", "spd", "afd", "fdp", "bsw", "grüne", "die grünen", "linke", "die linke", "fw"]
)
_REGIONS_LOW = frozenset(r.lower().removeprefix("the ") for r in (*REGION_NAMES, *US_STATES))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A label opening on a year and a month ("2004 Oct 22-24 LV"): never a past vote's people (a month is no
# party or candidate). A whole cell of that shape is a date already (layout.is_date_cell).
_YEAR_MONTH = re.compile(rf"(?:19|20)\d\d\s+(?:{MONTHS})\b\.?", re.IGNORECASE)
# A past vote: a year and one or two capitalised names, with "voters" or "supporters" or not.
_PAST_VOTE = re.compile(
    r"(?=.*\b(?:19|20)\d\d\b)(?:(?:19|20)\d\d\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))?(?:\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:voters|supporters|vote))?"
)
# Party identification as a crosstab banner prints it, and how the labels write its people.
_PARTY_ID = {
    "dem": "Democrats",
    "dems": "Democrats",
    "democrat": "Democrats",
    "democrats": "Democrats",
    "rep": "Republicans",
    "reps": "Republicans",
    "gop": "Republicans",
    "republican": "Republicans",
    "republicans": "Republicans",
    "ind": "independents",
    "inds": "independents",
    "independent": "independents",
    "independents": "independents",
}
# Other banner abbreviations and the words the labels write for them.
_BANNER_WORDS = {
    **CLIPPED_HEADS,
    "wht": "white",
    "blk": "Black",
    "hisp": "Hispanic",
    "wom": "women",
    "scot": "Scotland",
    "ni": "Northern Ireland",
    "mids": "Midlands",
    "afr amer": "African American",
}
# Options a table abbreviates, and the words the labels write for them.
_OPTION_SHORT = {
    "right dir": "right direction",
    "right dir.": "right direction",
    "rt dir": "right direction",
    "wrong trk": "wrong track",
    "wrong tr": "wrong track",
    "wrong dir": "wrong direction",
    "und": "undecided",
    "undec": "undecided",
    "dk/ns": "don't know",
}
# A candidate's party tag after the name ("Hobbs (D)", "Allred (D)"), a unit after an option ("Yes (%)"); its
# ")" may be lost where a row's label was cut before its first value ("Kerry (D" of "Kerry (D) 37%").
_TAG = re.compile(r"\s*\((?:[DRIL]|Dem|Rep|Ind|Lab|Con|%|pct|per\s*cent)\)?\s*$", re.IGNORECASE)


# A head's unit mark, before or after its words: "% Approve", "Favorable %", "Pct. disapprove".
_UNIT_MARK = re.compile(r"^(?:%\s*|pct\.?\s+)|(?:\s*%|\s+pct\.?)$", re.IGNORECASE)


def _clean(label: str) -> str:
    """A label without markup, and without the unit mark a head puts on its share ("% Approve")."""
    text = " ".join(label.replace("*", " ").split()).strip(" :|-–—.\t")
    return _UNIT_MARK.sub("", text) if len(text) > 3 else text


@functools.lru_cache(maxsize=4096)  # a pure fact about a short label; a table asks it of each cell's axes
def label_kind(label: str) -> str:
    """What one axis label names: the whole sample, a subgroup, an answer option, a party, a date or other.

    Crosstab banner words are read before options: "Liberal", "Moderate" head a column of people even
    though they are also the options of an ideology question (which the cells' sums then tell)."""
    text = _TAG.sub("", _clean(label))
    low = text.lower()
    if not low:
        return OTHER
    if _TOTAL.fullmatch(low):
        return TOTAL
    if low in _PARTY_ID or _AGE.fullmatch(low) or _INCOME.fullmatch(low) or is_column_head(low):
        return SUBGROUP  # party identification ("Dem", "Republicans"), ideology, age, income, race, sex
    if low in ANSWER_OPTIONS or low in GENERIC_ANSWERS:
        return OPTION
    if is_date_cell(text) or _NOW_HEAD.fullmatch(low):
        return DATE
    words = re.findall(r"[a-z][a-z'/-]*", low)
    if len(words) >= 2 and all(w in _PEOPLE_WORDS or w in SUBGROUP_WORDS for w in words):
        return SUBGROUP  # "No degree", "College grad", "Rest of state", "Likely voters"
    if _opt_like(low):
        return OPTION
    voted = _VOTE_HEAD.fullmatch(low)
    if voted is not None and any(
        label_kind(part) in (PARTY, OPTION, SUBGROUP) for part in voted.group(1).split("/")
    ):
        return SUBGROUP  # "Vote Labor", "Vote other": a party's voters, as a banner heads them
    if low in PARTY_OPTIONS or low in _TABLE_PARTIES or expand(low) is not None:
        return PARTY
    if text in STATE_BY_CODE:
        return SUBGROUP  # a US state's postal code heading its column ("NV  AZ  UT")
    if low in _REGIONS_LOW or low in _US_REGIONS or low in _AREA_ABBREVIATIONS or _REST_OF.fullmatch(text):
        return SUBGROUP  # (a region, or the rest of a country past the places named: "Rest of AB")
    if words and (words[0] in SUBGROUP_WORDS or all(w in _PEOPLE_WORDS for w in words)):
        return SUBGROUP
    if _PAST_VOTE.fullmatch(text):
        return SUBGROUP  # past vote: "Con 2024", "Remain 2016", "Trump 2024 voters", "2016 Leave voters"
    return OTHER


# A trend table's head of the newest wave, beside its earlier waves' dates: "Now  8/2025  2/2025".
_NOW_HEAD = re.compile(
    r"now|today|current|latest|this\s+(?:poll|survey|wave|week|month|year)|current\s+(?:poll|survey|wave)"
)


_OPTION_WORDS = re.compile(
    r"(?:strongly|somewhat|very|total|net|mostly|definitely|probably)?\s*(?:approve|disapprove|support|oppose|"
    r"favou?r|favou?rable|unfavou?rable|agree|disagree|satisfied|dissatisfied|not\s+satisfied|yes|no|"
    r"undecided|unsure|not\s+sure|don'?t\s+know|dk|dk/na|dk/ref|refused|no\s+opinion|neither|none|other|"
    r"someone\s+else|can'?t\s+say|well|badly|better|worse|same|right\s+direction|wrong\s+(?:track|direction)|"
    r"haven'?t\s+heard\s+enough|never\s+heard(?:\s+of\s+\w+)?|good|poor|excellent|fair|net|und|undec|"
    r"right\s+dir|rt\s+dir|wrong\s+(?:trk|tr|dir))\b.*",
    re.IGNORECASE,
)


# A banner head naming a party's voters by the vote: "Vote Labor", "Vote Lib/Nat", "Vote other".
_VOTE_HEAD = re.compile(r"vote\s+(\S.*)", re.IGNORECASE)


def _opt_like(low: str) -> bool:
    return len(low.split()) <= 5 and _OPTION_WORDS.fullmatch(low) is not None


# An age band as a row or column label: "18-29", "18 to 34", "65+", "65 or over", "50 and older".
_AGE_BAND_TEXT = r"\d\d\s*(?:[-–]|to)\s*\d\d|\d\d\s*\+|\d\d\s+(?:or|and)\s+(?:over|older|above)"
_AGE_BAND = re.compile(_AGE_BAND_TEXT)
# A band and a sex together: "18-44 men", "45+ women".
_BAND_AND_SEX = re.compile(rf"(?P<band>{_AGE_BAND_TEXT})\s+(?P<sex>men|women|males|females)", re.IGNORECASE)


def _population_text(label: str, kind: str) -> str | None:
    """The population a subgroup label names, lightly normalised as the labels write it."""
    text = _TAG.sub("", _clean(label))
    low = text.lower()
    if kind == PARTY:
        return f"{text} voters"  # a party's column of a crosstab: the people who vote for it
    if kind in (TOTAL, DATE, OPTION) or not text:
        return None
    voted = _VOTE_HEAD.fullmatch(text)
    if voted is not None and kind == SUBGROUP:
        return f"{voted.group(1)} voters"  # "Vote Labor" -> "Labor voters"
    year = _YEAR.search(text)
    if year is not None and _YEAR_MONTH.match(text) is None and "voter" not in low and "supporter" not in low:
        rest = " ".join((text[: year.start()] + text[year.end() :]).split())
        if rest and len(rest.split()) <= 2:
            return f"{year.group(0)} {rest} voters"  # "Con 2024" -> "2024 Con voters"
    if low in _PARTY_ID:
        return _PARTY_ID[low]
    if text in STATE_BY_CODE and low not in _AREA_ABBREVIATIONS:
        return STATE_BY_CODE[text]  # "MO" -> "Missouri" ("WA" or "NE" may be another country's region)
    if low in _BANNER_WORDS:
        return _BANNER_WORDS[low]  # "Lib" -> "liberals", "Male" -> "men"
    parts = low.split("/")
    if len(parts) == 2 and any(p in _PARTY_ID or p in _BANNER_WORDS for p in parts):
        # a head of two named together: "Ind/Other" -> "independents/Other", "Afr Amer/Black"
        said = text.split("/")
        return "/".join(
            _PARTY_ID.get(p, _BANNER_WORDS.get(p, w.strip())) for p, w in zip(parts, said, strict=True)
        )
    if _AGE_BAND.fullmatch(low):
        return f"aged {text}"
    banded = _BAND_AND_SEX.fullmatch(text)
    if banded is not None:
        return f"{banded.group('sex').lower()} aged {banded.group('band')}"  # "18-44 men" -> "men aged 18-44"
    if text[:1] in "$£€":
        return f"income {text}"  # "$50K-$100K": an income band, named as the labels name age bands
    if text[:1] in "<>" and text[1:2] in ("$", "£", "€"):
        return f"income {'under' if text[0] == '<' else 'over'} {text[1:]}"  # "<$50K": income under $50K
    return text


def _answer_text(label: str) -> str | None:
    text = CANDIDATE_CLAUSE.sub("", _TAG.sub("", _clean(label)))  # "Ann Ruiz, the Democratic candidate"
    if not text:
        return None
    if text.lower() in _OPTION_SHORT:
        return _OPTION_SHORT[text.lower()]  # "Wrong trk" -> "wrong track"
    full = expand(text)
    if full is not None and (text.isupper() or len(text) <= 3):
        return answer_label(full)  # "CON" -> "Conservative"
    return answer_label(text)


@dataclass(slots=True)
class _Cell:
    num: Num
    row: tuple[int, str]  # (the row's key, its label); renumbered in text order by _tables
    col: str
    span: str = ""  # the head spanning its column's head, if any ("Likely Voters" over "NV")

    @property
    def col_key(self) -> tuple[str, str]:
        """Its column: the head and the head spanning it (one head may stand under each of two spans)."""
        return (self.col, self.span)


def _cell_of(a: Analysis, n: Num) -> tuple[tuple[int, str], str] | None:
    """The figure's row (a key and its label) and column header, or None outside a labelled table.

    The layout's header (pipe tables, space-aligned headers over runs of rows) is read first, then the
    tab or space grid's (its header cell over the number, else the one in the number's turn); the row
    label is the grid's first cell (an age band as a row label is no number there), else the layout's."""
    p = a.layout.places[n.index]
    g = figure_stage.context(a).grid.get(n.index)
    header = p.stub_header or p.header or (g.header or g.in_turn if g is not None else None)
    row = g.row_label if g is not None and g.row_label else p.row_label
    if not header or not row:
        return None
    row = split_category(row)[1]  # "Gender Men": the block's category opens its first row
    key = p.stack_at if p.stack_row else n.line
    return (key, row), header


# A cell of a flattened crosstab's banner: a capitalised word ("Total", "Dem", "Women") or an age band.
_BANNER_CELL = re.compile(
    r"[A-Z][A-Za-z.'’/&-]*(?: / [A-Z][A-Za-z.'’&-]*)?|\d\d\s*[-–]\s*\d\d|\d\d\+"
)  # (two heads joined by a "/" standing alone are one: see _slash_heads)
# The label of a table's row of base counts, which stands between a banner and its rows, never a head.
_BASE_WORDS = frozenset({"base", "bases", "weighted", "unweighted", "sample", "n"})
# Where a run's label starts in the text before it: after the last sentence end or question mark.
_LABEL_START = re.compile(
    r".*(?:[?:;\]]|\.\s)", re.DOTALL
)  # (or a bracketed note's end: "[Weighted by ...]")
# How far before its first row a flattened table's banner may be written.
_BANNER_REACH = 400


def _flat_cells(a: Analysis, nums: list[Num]) -> list[_Cell]:
    """Cells of crosstabs flattened onto one line whose banner the layout found no header for, because a
    question stands between the banner and the rows ("Total Dem Rep Ind Male Female Q3. Do you approve
    ...? Approve 46 71 18 39 41 50 Disapprove ..."): each run of numbers after a label is a row, and the
    nearest run of as many banner cells before the first row, opening on the total or naming subgroups,
    gives the columns. Rows of later questions on the line read the same banner."""
    places = a.layout.places
    by_line: dict[int, list[Num]] = {}
    for n in nums:
        p = places[n.index]
        if p.flat_row and not p.header:
            by_line.setdefault(n.line, []).append(n)
    out: list[_Cell] = []
    text = a.text
    for line_nums in by_line.values():
        runs: list[tuple[str, list[Num]]] = []
        for n in line_nums:
            gap = places[n.index].gap_before
            if re.search(r"[A-Za-z]", gap) or not runs:
                cut = _LABEL_START.match(gap)
                label = " ".join(gap[cut.end() if cut else 0 :].split()).strip(" %")
                runs.append((label, [n]))
            else:
                runs[-1][1].append(n)
        widths = [_flat_width(places, r) for _, r in runs]
        k = max(set(widths), key=widths.count)
        if k < 2 or widths.count(k) < 2:
            continue
        first = next(r for r in runs if _flat_width(places, r[1]) == k)[1][0]
        gap = places[first.index].gap_before
        cut = _LABEL_START.match(gap)
        label_at = first.start - len(gap) + (cut.end() if cut else 0)  # the banner ends before the label
        lo = max(a.lines[first.line].start, first.start - _BANNER_REACH)
        banner = _banner(text[lo:label_at], k) if label_at > lo else None
        if banner is None and all(_slotted(places, r) for _, r in runs if _flat_width(places, r) == k):
            # No banner of as many heads (its lines run into one another): the columns are unnamed, the
            # rows' labels still name the options (the table's axes decide whether they are options).
            banner = [f"#{j}" for j in range(k)]
        if banner is None:
            continue
        for label, run in runs:
            if _flat_width(places, run) == k and label:
                out.extend(
                    _Cell(n, (n.line, label), banner[_flat_col(places, run, j)]) for j, n in enumerate(run)
                )
    return out


def _slotted(places: list[Place], run: list[Num]) -> bool:
    """Whether the layout placed each of a flattened row's figures in its column (:mod:`flat_slots`)."""
    width = places[run[0].index].flat_width
    return width > 0 and all(places[n.index].flat_width == width for n in run)


def _flat_width(places: list[Place], run: list[Num]) -> int:
    """How many columns a flattened row has: its cells' count, empty cells ("-") and cells read as no
    figure counted, where the layout placed them; else its figures' count."""
    return places[run[0].index].flat_width if _slotted(places, run) else len(run)


def _flat_col(places: list[Place], run: list[Num], j: int) -> int:
    """The column of a flattened row's ``j``-th figure."""
    return places[run[j].index].flat_slot if _slotted(places, run) else j


# How many lines above a block of rows a banner written with single spaces may stand.
_BANNER_LINES = 4


def _banner_rows(a: Analysis, nums: list[Num]) -> list[_Cell]:
    """Rows under a banner written with single spaces, too wide for the layout to read as a header
    ("Total Men Women White Nonwhite 18-34 ... Cons" over "Approve 48 53 43 ..."): consecutive lines of a
    short label and one figure for each of the same number (three or more) of columns, and a run of as
    many banner cells in the few lines above the first (see :func:`_banner`)."""
    places = a.layout.places
    by_line: dict[int, list[Num]] = {}
    for n in nums:
        by_line.setdefault(n.line, []).append(n)
    blocks: list[list[int]] = []
    for li in sorted(by_line):
        row = by_line[li]
        label = places[row[0].index].row_label
        k = len(row)
        if k < 3 or k != len(a.numbers_by_line.get(li, ())) or not label or len(label.split()) > 6:
            continue
        if blocks and li - blocks[-1][-1] <= 2 and len(by_line[blocks[-1][-1]]) == k:
            blocks[-1].append(li)
        else:
            blocks.append([li])
    out: list[_Cell] = []
    for block in blocks:
        first = block[0]
        k = len(by_line[first])
        lo = a.lines[max(0, first - _BANNER_LINES)].start
        banner = _banner(a.text[lo : a.lines[first].start], k)
        if banner is None:
            continue
        banner = _with_tops(a, first, banner)
        for li in block:
            label = places[by_line[li][0].index].row_label
            out.extend(_Cell(n, (li, label), head) for n, head in zip(by_line[li], banner, strict=True))
    return out


def _with_tops(a: Analysis, first: int, banner: list[str]) -> list[str]:
    """The banner with the tops of its broken heads put back (see :mod:`banner_tops`), read off the
    non-blank line above the banner's own line (the last non-blank line above the first row)."""
    lines = [li for li in range(first - 1, max(-1, first - 1 - _BANNER_LINES), -1) if a.line_text(li).strip()]
    if len(lines) < 2 or ("/" not in a.line_text(lines[1]) and "-" not in a.line_text(lines[1])):
        return banner
    return banner_tops.merge(a.line_text(lines[1]), banner)


def _banner(before: str, k: int) -> list[str] | None:
    """The last run of ``k`` banner cells in ``before`` that opens on the total or whose cells mostly name
    subgroups, or None. A cell is one capitalised word or age band, or two or three words that together
    name people ("Under 45", "45 and over", "College grad", "No degree")."""
    words = _slash_heads(before.split())
    memo: dict[tuple[int, int], list[str] | None] = {}
    for end in range(len(words), k - 1, -1):
        head = _segment(words, end, k, memo)
        if head is None:
            continue
        kinds = [label_kind(w) for w in head]
        if kinds[0] == TOTAL or 2 * sum(1 for kd in kinds if kd == SUBGROUP) > k:
            return head
    return None


def _slash_heads(words: list[str]) -> list[str]:
    """A banner's words with its separators dropped ("Total / Dem / Rep", "Total | Dem | Rep"), where a "/"
    standing alone between only a few of its words joins the two heads it stands between into one
    ("London North Midlands / Wales Scotland": one region's head, not two)."""
    slashes = words.count("/")
    if not slashes or 2 * slashes >= len(words) - slashes:
        return [w for w in words if w not in ("/", "|", "·", "•")]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "/" and out and i + 1 < len(words) and words[i + 1] not in ("/", "|", "·", "•"):
            out[-1] = f"{out[-1]} / {words[i + 1]}"
            i += 2
            continue
        if w not in ("/", "|", "·", "•"):
            out.append(w)
        i += 1
    return out


def _people_cell(cell: str) -> bool:
    """Two or three banner words that together name people: an age or income band, the total, a past
    vote, or words all of the people vocabulary ("College grad", "No degree", "Lean Dem")."""
    if (
        _AGE.fullmatch(cell)
        or _INCOME.fullmatch(cell)
        or _TOTAL.fullmatch(cell)
        or _PAST_VOTE.fullmatch(cell)
    ):
        return True
    words = cell.lower().split()
    if words[-1] in _OPEN_ENDS:
        return False  # "Rest of": a head that goes on in the next word
    if _REST_OF.fullmatch(cell):
        return True  # "Rest of AB", "Rest of South": the rest of a country past the places named
    return all(
        re.fullmatch(r"[a-z][a-z'/-]*", w) and (w in _PEOPLE_WORDS or w in SUBGROUP_WORDS) for w in words
    )


# Words a banner head never ends on, and a head naming what is left of a country ("Rest of England").
_OPEN_ENDS = frozenset(["of", "the", "and", "or"])
_REST_OF = re.compile(r"Rest\s+of\s+(?:the\s+)?[A-Z][\w.'’/-]*")


def _segment(
    words: list[str], end: int, k: int, memo: dict[tuple[int, int], list[str] | None]
) -> list[str] | None:
    """``words[:end]``'s last ``k`` banner cells, ending at ``end`` (single words tried first), or None."""
    if k == 0:
        return []
    key = (end, k)
    if key in memo:
        return memo[key]
    got: list[str] | None = None
    for size in (1, 2, 3):
        if end - size < k - 1:
            break
        cell = " ".join(words[end - size : end])
        if size == 1 and (_BANNER_CELL.fullmatch(cell) is None or cell.lower().rstrip(":") in _BASE_WORDS):
            continue
        if size > 1 and not _people_cell(cell):
            continue
        rest = _segment(words, end - size, k - 1, memo)
        if rest is not None:
            got = [*rest, cell]
            break
    memo[key] = got
    return got


def _tables(a: Analysis, cells: list[_Cell]) -> list[list[_Cell]]:
    """Cells split into tables: runs of rows with at most two lines between consecutive ones (a table
    copied one cell a line: its rows' lines, empty cells' and the next label's too, between), each cut
    where its columns have added up to a whole (two questions' rows written one after the other under
    one banner, or flattened onto one line). A row is renumbered where its label changes or a column
    comes round again, so two rows of one label ("Undecided" under each question) stay two rows."""
    ordered = sorted(cells, key=lambda c: c.num.start)
    runs: list[list[_Cell]] = []
    row_id, seen = -1, set[tuple[str, str]]()
    prev: tuple[int, str] | None = None
    for c in ordered:
        if c.row != prev or c.col_key in seen:
            row_id += 1
            seen = set()
        prev = c.row
        seen.add(c.col_key)
        c.row = (row_id, c.row[1])
        if runs and (
            c.num.line - runs[-1][-1].num.line <= 2 or _next_stacked_row(a, runs[-1][-1].num, c.num)
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [t for run in runs for t in _cut_at_wholes(run)]


def _next_stacked_row(a: Analysis, before: Num, n: Num) -> bool:
    """Whether ``n`` opens the row after ``before``'s in a table copied one cell a line: the lines between
    hold the row's label and empty value cells ("--") only."""
    p, q = a.layout.places[n.index], a.layout.places[before.index]
    if not (p.stack_row and q.stack_row and p.cells == q.cells):
        return False
    words = [
        li
        for li in range(before.line + 1, n.line)
        if a.line_text(li).strip() and not empty_cell_line(a.line_text(li))
    ]
    return len(words) <= 1


def _cut_at_wholes(table: list[_Cell]) -> list[list[_Cell]]:
    """A table cut after each run of two or more rows over which every column adds up to about a whole,
    when the table's columns as a whole add up to more than one."""
    rows: dict[int, list[_Cell]] = {}
    for c in table:
        rows.setdefault(c.row[0], []).append(c)
    total: dict[tuple[str, str], float] = {}
    for c in table:
        total[c.col_key] = total.get(c.col_key, 0.0) + c.num.value
    if len(rows) < 4 or not all(v > 110 for v in total.values()):
        return [table]
    out: list[list[_Cell]] = []
    part: list[_Cell] = []
    sums: dict[tuple[str, str], float] = {}
    n_rows = 0
    for members in rows.values():
        part.extend(members)
        n_rows += 1
        for c in members:
            sums[c.col_key] = sums.get(c.col_key, 0.0) + c.num.value
        if n_rows >= 2 and len(sums) >= 2 and all(adds_to_whole(v) for v in sums.values()):
            out.append(part)
            part, sums, n_rows = [], {}, 0
    if part:
        out.append(part)
    return out


def _whole_share(groups: dict[object, list[float]]) -> float:
    """The share of an axis' lines (of two or more cells) whose cells add up to about a whole."""
    lines = [vs for vs in groups.values() if len(vs) >= 2]
    if not lines:
        return 0.0
    return sum(1 for vs in lines if adds_to_whole(sum(vs))) / len(lines)


def _option_axis(rows: list[str], cols: list[str], table: list[_Cell]) -> str | None:
    """ "rows" or "cols": which axis holds the answer options (None when neither can be told)."""
    by_row: dict[object, list[float]] = {}
    by_col: dict[object, list[float]] = {}
    for c in table:
        by_row.setdefault(c.row, []).append(c.num.value)
        by_col.setdefault(c.col_key, []).append(c.num.value)
    rows_whole, cols_whole = _whole_share(by_row), _whole_share(by_col)
    if all(k == DATE for k in rows):
        return "cols"  # a trend table: each row is a wave
    if all(k == DATE for k in cols):
        return "rows"
    row_opts, col_opts = _options(rows), _options(cols)
    if cols_whole >= 0.6 and rows_whole < 0.6 and row_opts >= col_opts:
        return "rows"  # each column (a subgroup) adds up to a whole over the rows (its answers)
    if rows_whole >= 0.6 and cols_whole < 0.6 and col_opts >= row_opts:
        return "cols"
    if row_opts > col_opts and row_opts >= 0.5:
        return "rows"
    if col_opts > row_opts and col_opts >= 0.5:
        return "cols"
    # A banner that opens on the whole sample ("Total  London  North ...") is the people: the other axis
    # holds the options, whatever their words.
    if TOTAL in cols and TOTAL not in rows and len(cols) >= 3:
        return "rows"
    if TOTAL in rows and TOTAL not in cols and len(rows) >= 3:
        return "cols"
    return None


def _options(kinds: list[str]) -> float:
    """How much an axis reads as answer options: options count whole, parties half (a party is an option
    of a vote question, or a crosstab's column of its voters)."""
    return sum(1.0 if k == OPTION else 0.5 if k == PARTY else 0.0 for k in kinds) / len(kinds)


# From this many columns on, a banner that opens on its total column is read as people (see _people_axis).
_WIDE_BANNER = 8


def _people_axis(vals: list[str]) -> bool:
    """Whether an axis names groups of people: most of its labels are the total, subgroups or parties
    (a party on the axis that is not the options is its voters), none of them a date or an option."""
    if vals and vals[0] == TOTAL and vals[-1] == DATE and DATE not in vals[:-1] and len(vals) >= 4:
        vals = vals[
            :-1
        ]  # an earlier wave's column closing the banner ("Total ... Oct 2013"): the whole sample then
    known = sum(1 for k in vals if k in (TOTAL, SUBGROUP, PARTY))
    if (
        vals
        and vals[0] == TOTAL
        and len(vals) >= _WIDE_BANNER
        and DATE not in vals
        and 2 * known >= len(vals)
    ):
        # A wide banner opening on the whole sample is people though a few heads read as options (a
        # union-household "Yes  No", a party's "Other", an "Undecided" voters' column) or name places and
        # parties no vocabulary holds (a province's cities, a party's acronym): half of them known is enough.
        return True
    if any(k in (DATE, OPTION) for k in vals):
        return False
    if TOTAL in vals and len(vals) >= 3:
        return True  # a banner that opens on the whole sample: "All  FF  FG  SF ..."
    return sum(1 for k in vals if k in (SUBGROUP, PARTY)) >= 1 and 2 * known >= len(vals)


def _subgroup_rows(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """Rows of a table whose columns are not labelled ("Men   45%   50%   5%"): a line of two or more
    figures that add up to about a whole, under a short row label that names a subgroup, is that
    subgroup's answers; the label is their population (the answers are left to the ranker)."""
    by_line: dict[int, list[Num]] = {}
    for n in nums:
        by_line.setdefault(n.line, []).append(n)
    out: dict[int, CellLabels] = {}
    for line_nums in by_line.values():
        if not 2 <= len(line_nums) <= 12 or not adds_to_whole(sum(n.value for n in line_nums)):
            continue
        g = figure_stage.context(a).grid.get(line_nums[0].index)
        label = g.row_label if g is not None else a.layout.places[line_nums[0].index].row_label
        if len(label.split()) > 4 or label_kind(label) != SUBGROUP:
            continue
        pop = _population_text(label, SUBGROUP)
        for n in line_nums:
            out[n.index] = CellLabels(None, pop)
    return out


# A question line: an item number or "Question:" opening, markup around it, and a question mark ending it.
_QUESTION_LINE = re.compile(
    r"[ \t#*_>]*(?:(?:Q(?:uestion)?\s*\.?\s*\d+[a-z]?|QUESTION|Question)\s*[.:)\-–]?\s*)?(?P<q>[A-Z][^\n?]{8,200}\?)"
    r"[ \t*_]*(?:\([^()\n]{0,120}\))?[ \t*_]*"
)
# How many lines above a table's first row its question may be written.
_QUESTION_REACH = 5


# A table's note naming the people its cells are shares of, on a line of its own: "(Among registered
# voters)", "Base: likely voters", "Among Democrats:".
_PEOPLE_NOTE = re.compile(
    r"[ \t*_]*[(\[]?[ \t]*(?:among|base:?|asked\s+of)[ \t]+(?P<p>(?:all[ \t]+)?[^\W\d][^()\[\]\n:;.?]{2,60}?)"
    r"[ \t]*[)\]]?[ \t*_:]*",
    re.IGNORECASE,
)


def _reach_of(a: Analysis, table: list[_Cell]) -> tuple[int, int]:
    """The first row's line and how many lines above it the table's question or note may be written: a few
    over the header, and for a table copied one cell a line its header's and first label's lines too."""
    first = min(table, key=lambda c: c.num.start).num
    p = a.layout.places[first.index]
    return first.line, _QUESTION_REACH + (p.cells if p.stack_row else 0)


def _people_note(a: Analysis, table: list[_Cell]) -> str | None:
    """The people a note above the table names for all its cells ("(Among likely voters)"), or None."""
    first, reach = _reach_of(a, table)
    for li in range(first - 1, max(-1, first - 1 - reach), -1):
        span = a.lines[li]
        m = _PEOPLE_NOTE.fullmatch(a.text, span.start, span.end)
        if m is not None:
            return " ".join(m.group("p").split())
    return None


def _question_of(a: Analysis, table: list[_Cell]) -> str | None:
    """The question written for a table: the nearest line above its first row (within a few lines, over
    its header and notes) that is one question ("Q4. Do you approve ...?", "**Should ...?**"), or, for a
    row flattened onto a line, the question that ends just before the row's label."""
    first = min(table, key=lambda c: c.num.start).num
    p = a.layout.places[first.index]
    if p.flat_row:
        gap = p.gap_before
        end = gap.rfind("?")
        if end < 0:
            return None
        start = max(gap.rfind(". ", 0, end), gap.rfind("? ", 0, end), gap.rfind(": ", 0, end))
        m = _QUESTION_LINE.fullmatch(
            gap[start + 1 : end + 1].strip() if start >= 0 else gap[: end + 1].strip()
        )
        return _usable_question(m.group("q")) if m else None
    top, reach = _reach_of(a, table)
    for li in range(top - 1, max(-1, top - 1 - reach), -1):
        span = a.lines[li]
        m = _QUESTION_LINE.fullmatch(a.text, span.start, span.end)
        if m is not None:
            q = m.group("q")
            # a long lead-in clause the checker refuses ("Based on what you know ..., who do you think ...?"):
            # the question proper
            proper = question_proper(q)
            return _usable_question(q) or (_usable_question(proper) if proper else None)
    return None


# A table's title naming the match-up its cells are the vote in: "Harmon vs. Delacroix", "Ruiz v Lane".
_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}"
_MATCHUP_TITLE = re.compile(
    rf"[ \t#*_>]*(?P<a>{_NAME})[ \t]+(?:vs?\.?|versus)[ \t]+(?P<b>{_NAME})[ \t*_:.]*", re.UNICODE
)


# How many lines above a table's first row its title may stand (a table copied one cell a line writes
# each head and unit on a line of its own), and how long a line over the table may be without being prose.
_TITLE_REACH = 40
_TITLE_MAX = 80


def _matchup_of(a: Analysis, table: list[_Cell], options: list[str]) -> str | None:
    """The vote a table under a match-up title asks ("Harmon vs. Delacroix" over rows naming the two): the
    passage's race with the match-up ("Vote choice in the 2028 presidential election (Harmon vs. Delacroix)"),
    where one of the title's two names is a surname some option of the table writes."""
    top, _ = _reach_of(a, table)
    written = " ".join(options)
    for li in range(top - 1, max(-1, top - 1 - _TITLE_REACH), -1):
        line = a.line_text(li)
        if len(line) > _TITLE_MAX:
            return None  # prose above the table's heads and notes: no title of its own
        m = _MATCHUP_TITLE.fullmatch(line)
        if m is None:
            continue
        sides = [" ".join(m.group(g).split()) for g in ("a", "b")]
        if not any(re.search(rf"\b{re.escape(side.split()[-1])}\b", written) for side in sides):
            return None
        race = a.passage_cues.race_heading
        base = race if race.startswith("Vote choice ") and "(" not in race else "Vote choice"
        return f"{base} ({sides[0]} vs. {sides[1]})"
    return None


# A horse race's question ("If the election were held today, who would you vote for?"): its labels name
# the race ("Vote choice in ..."), which the race templates write, not the question's words.
_RACE_QUESTION = re.compile(
    r"\bwho\s+would\s+you\s+(?:vote|support)|\bif\s+the\s+(?:\w+\s+){0,4}elections?\b|\bvote\s+for\b|"
    r"\bvoting\s+intention\b|\bwhich\s+(?:party|candidate)\b",
    re.IGNORECASE,
)


def _usable_question(q: str) -> str | None:
    # Asked directly ("Do you think X is ...?" -> "Is X ...?"): set after the groups are formed, so the
    # grouping that reads the questions' words never sees the shorter form.
    q = asked_directly(tidy_question(" ".join(q.split())))
    return q if q and usable("question", q) and not _RACE_QUESTION.search(q) else None


def read(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """The axis labels of every figure (by number index) that sits in a recognised table of two or more
    rows and two or more columns."""
    cells = []
    rest = []
    headed = (
        _headed_cells(a, nums)
        | _exit_cells(a, nums)
        | _paired_cells(a, nums)
        | _values_first_cells(a, nums)
        | _stacked_cells(a, nums)
        | _spaced_head_cells(a, nums)
    )
    for n in nums:
        if n.index in headed:
            continue
        got = _cell_of(a, n)
        if got is not None:
            cells.append(_Cell(n, got[0], got[1], a.layout.places[n.index].header_span or ""))
        else:
            rest.append(n)
    cells.extend(_flat_cells(a, rest))
    placed = {c.num.index for c in cells} | headed.keys()  # a run-together header's cells are read
    cells.extend(_banner_rows(a, [n for n in nums if n.index not in placed]))
    placed = {c.num.index for c in cells}
    out: dict[int, CellLabels] = _subgroup_rows(a, [n for n in nums if n.index not in placed])
    out.update(headed)
    for table in _tables(a, cells):
        rows = {c.row: label_kind(c.row[1]) for c in table}
        cols = {c.col_key: label_kind(c.col) for c in table}
        if len(cols) < 2 or (len(rows) < 2 and not _under_unit_banner(a, table)):
            continue
        axis = _option_axis(list(rows.values()), list(cols.values()), table)
        if axis is None:
            continue
        other = list((cols if axis == "rows" else rows).values())
        people = _people_axis(other)
        # One question for the whole table where the other axis is people or waves; a battery's items
        # (names down the side) are each their own question, which the line above does not write.
        question = _question_of(a, table) if people or all(k == DATE for k in other) else None
        if question is None and people:
            question = _matchup_of(a, table, [c.row[1] if axis == "rows" else c.col for c in table])
        # Labels that are never the population: the options, and the other axis' labels when they name no
        # people (a trend's "This month", a battery's items).
        options = frozenset(_clean(c.row[1] if axis == "rows" else c.col).lower() for c in table)
        if not people:
            options |= frozenset(_clean(c.col if axis == "rows" else c.row[1]).lower() for c in table)
        named = [c.row[1] if axis == "rows" else c.col for c in table]
        note = _people_note(a, table)
        for c in table:
            opt, grp = (c.row[1], c.col) if axis == "rows" else (c.col, c.row[1])
            kind = label_kind(grp)
            pop = _population_text(grp, kind) if people else None
            if people and kind not in (PARTY, TOTAL) and _names_an_option(grp, named):
                pop = (
                    f"{_clean(grp)} voters"  # a banner's column of one option's voters: "PRP" for "... (PRP)"
                )
            whole = people and kind == TOTAL
            if people and c.span and axis == "rows":
                pop, whole = _under_span(pop, grp, c.span), False
            if pop is None and note is not None:
                pop, whole = note, False  # the people the table's note names, for every cell it leaves open
            out[c.num.index] = CellLabels(_answer_text(opt), pop, question, options, whole)
    return out


def _under_unit_banner(a: Analysis, table: list[_Cell]) -> bool:
    """Whether a table's cells sit under a banner over a line of percent signs (see unit_lines): a lone
    row there is a table (a page cut after its first row), its heads the people."""
    return all(a.layout.places[c.num.index].unit_banner for c in table)


def axis_state(cell: CellLabels | None) -> bool:
    """Whether a table cell's people name a US state its axis gives ("likely voters in Nevada")."""
    return (
        cell is not None
        and cell.population is not None
        and any(re.search(rf"\b{state}\b", cell.population) for state in _AXIS_STATES)
    )


_AXIS_STATES = frozenset(STATE_BY_CODE.values())
# A sample's words, written lower-case inside a population ("All Adults" -> "adults").
_SAMPLE_WORDS = frozenset({"adults", "voters", "residents", "respondents", "likely", "registered"})


def _under_span(pop: str | None, head: str, span: str) -> str | None:
    """The people of a column under a head spanning several ("Likely Voters" over "NV  AZ  UT"): the span's
    people in the column's place ("likely voters in Nevada"), or the column's people among the span's
    ("women among registered voters"); a span naming a wave or an option adds nothing."""
    kind = label_kind(span)
    if kind in (DATE, OPTION):
        return pop
    spanned = _population_text(span, kind) or _clean(span)
    people = " ".join(
        w.lower()
        if w.lower() in _PEOPLE_WORDS or w.lower() in SUBGROUP_WORDS or w.lower() in _SAMPLE_WORDS
        else w
        for w in re.sub(r"^(?i:all)\s+", "", spanned).split()
    )  # "All Adults" -> "adults", "Likely Voters" -> "likely voters"
    if pop is None:
        return people  # the total column under the span: all of the span's people
    if _clean(head) in STATE_BY_CODE or _clean(head).lower() in _REGIONS_LOW:
        return f"{people} in {pop}"
    if pop.startswith("aged "):
        return f"{people} {pop}"
    return f"{pop} among {people}"


def _exit_cells(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """An exit poll's cells (see :mod:`exit_rows`): a row's group as the population of its vote, and as the
    answer of its bracketed share of the voters."""
    out: dict[int, CellLabels] = {}
    wanted = {n.index for n in nums}
    cells = {i: c for i, c in exit_rows.cells(a).items() if i in wanted}
    # the groups are the shares' options: never their population (the ranker reads "Male" before "(45%)")
    groups = frozenset(_clean(c.answer).lower() for c in cells.values() if c.population is None)
    # the heading's state is the passage's, the same for every cell: read once
    state = exit_rows.polled_state(a) if any(c.population is not None for c in cells.values()) else ""
    for index, cell in cells.items():
        if cell.population is None:
            out[index] = CellLabels(
                _answer_text(cell.answer), cell.share_of, cell.question, groups, group_share=True
            )
        else:
            pop = _population_text(cell.population, label_kind(cell.population)) or cell.population
            out[index] = CellLabels(cell.answer, _in_state(pop, state), cell.question)
    return out


def _in_state(pop: str, state: str) -> str:
    """An exit poll's group in the state the passage polls ("white men in Oregon", "Oregon voters aged
    18-29"), as the labels write a state poll's subgroup; the group alone where the passage names none."""
    if not state or state.lower() in pop.lower():
        return pop
    return f"{state} voters {pop}" if pop.startswith("aged ") else f"{pop} in {state}"


def _paired_cells(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """A side-by-side table's values (see :mod:`paired_columns`): each value's option is the label written
    just before it on its row; the repeated heads ("Matchup Pct") are never its answer nor its people."""
    got = paired_columns.cells(a)
    out: dict[int, CellLabels] = {}
    for n in nums:
        cell = got.get(n.index)
        if cell is not None:
            kind = label_kind(cell.head) if cell.head else OTHER
            people = _population_text(cell.head, kind) if kind in (SUBGROUP, PARTY) else None
            out[n.index] = CellLabels(_answer_text(cell.answer), people, None, cell.heads)
    return out


def _stacked_cells(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """A pipe table whose cells stack several items (see :mod:`stacked_cells`): each share's option is the
    item of its row's names cell in the same place of the stack; its people are its column head's group."""
    got = stacked_cells.cells(a)
    out: dict[int, CellLabels] = {}
    options = frozenset(c.answer.lower() for c in got.values())
    for n in nums:
        cell = got.get(n.index)
        if cell is not None:
            kind = label_kind(cell.head)
            pop = _population_text(cell.head, kind)
            out[n.index] = CellLabels(_answer_text(cell.answer), pop, None, options, whole=kind == TOTAL)
    return out


def _spaced_head_cells(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """A topline whose options head it with single spaces (see :mod:`spaced_heads`): each share's option is
    its column's head; the heads are never its people."""
    got = spaced_heads.cells(a, label_kind)
    out: dict[int, CellLabels] = {}
    for n in nums:
        cell = got.get(n.index)
        if cell is not None:
            out[n.index] = CellLabels(_answer_text(cell.answer), None, None, cell.options)
    return out


def is_option_label(label: str) -> bool:
    """Whether a table label is an answer option by the vocabulary ("Approve", "Unsure")."""
    return label_kind(label) == OPTION


def _values_first_cells(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """A list whose values stand above their labels (see :mod:`values_first`): each value's answer is the
    label below it, its question the list's title where the checker takes it."""
    got = values_first.cells(a, is_option_label)
    out: dict[int, CellLabels] = {}
    for n in nums:
        cell = got.get(n.index)
        if cell is not None:
            title = tidy_question(cell.title)
            # a label-first list's title is most often a heading ("Party support"), which the rankers'
            # templates name better; it is the question only where it asks one
            asks = title and usable("question", title) and (not cell.label_first or title.endswith("?"))
            question = title if asks else _stance_question(cell.title, got)
            out[n.index] = CellLabels(
                _answer_text(cell.answer), None, question, frozenset({cell.title.lower()})
            )
    return out


# The options of a stance asked of a topic ("Support" / "Oppose" under "Congestion Charge"), and its question.
_STANCES = {"support": "support or oppose", "oppose": "support or oppose", "favour": "favour or oppose",
            "favor": "favor or oppose", "in favour": "favour or oppose", "in favor": "favor or oppose"}  # fmt: skip


def _stance_question(title: str, got: dict[int, values_first.ValueFirstCell]) -> str | None:
    """The question a titled list of a stance's options asks of the topic its title names ("Congestion Charge"
    over "Support 41%" / "Oppose 52%": "Do you support or oppose congestion charge?"), or None."""
    answers = {c.answer.lower() for c in got.values() if c.title == title}
    pairs = {_STANCES[w] for w in answers if w in _STANCES}
    if len(pairs) != 1 or not answers & {"oppose", "against"} or "?" in title:
        return None
    words = title.split()
    if label_kind(title) in (TOTAL, SUBGROUP):
        return None  # a list of one group's stances ("Rural parents"): a breakdown, not a topic
    if (
        not words
        or len(words) > 10
        or re.search(r"\b(?:poll|survey|results?|ratings?|support)\b", title, re.I)
    ):
        return None  # a poll's own heading or a party's support, no topic
    topic = " ".join(w.lower() if w[:1].isupper() and not w.isupper() else w for w in words)
    q = f"Do you {next(iter(pairs))} {topic}?"
    return q if usable("question", q) else None


def _names_an_option(head: str, options: list[str]) -> bool:
    """Whether a people axis' head names one of the table's options, so its column is that option's voters:
    the option itself ("Undecided"), its bracketed short name ("PRP" for "Prairie Renewal Party (PRP)") or
    the initials of its capitalised words ("PRP" for "Prairie Renewal Party")."""
    low = _clean(head).lower()
    if not low or " " in low or label_kind(head) == OPTION:
        return False  # (a "Yes" or "No" head is a union household's, an "Undecided" head no party's voters)
    for option in dict.fromkeys(options):
        text = _clean(option)
        if text.lower() == low:
            return True
        if not head.isupper() or len(head) < 2:
            continue
        short = re.search(r"\(([^()]+)\)\s*$", text)
        if short is not None and short.group(1).lower() == low:
            return True
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", text))
        if initials.lower() == low:
            return True
    return False


def _headed_cells(a: Analysis, nums: list[Num]) -> dict[int, CellLabels]:
    """Cells of crosstabs whose options are one header line of words run together (see
    :mod:`run_headers`): the answer is the cell's option, the population its row's label read with the
    banner heading above the row, the question the one written just above the header."""
    places = a.layout.places
    options: dict[int, set[str]] = {}
    for n in nums:
        p = places[n.index]
        if p.headed >= 0 and p.header:
            options.setdefault(p.headed, set()).add(p.header.lower())
    out: dict[int, CellLabels] = {}
    questions: dict[int, str | None] = {}
    for n in nums:
        p = places[n.index]
        if p.headed < 0 or not p.header:
            continue
        if p.headed not in questions:
            questions[p.headed] = _question_above(a, p.headed)
        kind = label_kind(p.row_label)
        out[n.index] = CellLabels(
            _answer_text(p.header),
            _row_population(p.row_label, p.banner),
            questions[p.headed],
            frozenset(options[p.headed]),
            kind == TOTAL,
        )
    return out


_VOTE_BANNER = re.compile(r"\b(?:vote[ds]?|voting|referendum|ballot|election)\b", re.IGNORECASE)
_INCOME_BANNER = re.compile(r"\b(?:income|earnings|salary)\b", re.IGNORECASE)
_NOT_A_VOTER = re.compile(r"\b(?:vote[ds]?|voters?|not|non|didn'?t|none|no)\b", re.IGNORECASE)


def _row_population(label: str, banner: str) -> str | None:
    """The population of a crosstab row under a banner heading: an age band as "aged ...", a money band
    under an income banner as "household income under $50,000", a party or name under a vote banner as
    its voters ("2016 Remain voters"), else as :func:`_population_text` writes the label."""
    kind = label_kind(label)
    text = _TAG.sub("", _clean(label))
    if kind in (TOTAL, DATE) or not text:
        return None  # the whole sample, or the whole sample at an earlier wave ("29 Sep-2 Oct 18")
    if _AGE.fullmatch(text) and text[:1].isdigit():
        return f"aged {text}"
    if banner and _INCOME_BANNER.search(banner) and re.search(r"[$£€]|\d\s*[kK]\b", text):
        text = re.sub(r"^(less|more)\s+(?=[$£€])", r"\1 than ", text, flags=re.IGNORECASE)  # "Less $50,000"
        return f"{banner.lower()} {text[:1].lower()}{text[1:]}"
    if banner and _VOTE_BANNER.search(banner) and re.fullmatch(r"\S.*\bvoter", text):
        return f"{text}s"  # "Biden voter" -> "Biden voters"
    if banner and _VOTE_BANNER.search(banner) and not _NOT_A_VOTER.search(text) and len(text.split()) <= 3:
        year = _YEAR.search(banner)
        lead = f"{year.group(0)} " if year is not None and not _YEAR.search(text) else ""
        return f"{lead}{text} voters"
    return _population_text(label, kind if kind != OPTION else OTHER)


def _question_above(a: Analysis, head_line: int) -> str | None:
    """The question written within a few lines above a table's header line; where that line asks a horse
    race ("If the election for governor in Ohio were held today, whom would you support ..."), the race's
    template ("Vote choice in the Ohio governor's race"), as the labels name a race."""
    for li in range(head_line - 1, max(-1, head_line - 1 - _QUESTION_REACH), -1):
        span = a.lines[li]
        m = _QUESTION_LINE.fullmatch(a.text, span.start, span.end)
        if m is not None:
            return _usable_question(m.group("q")) or _race_line(a.line_text(li))
        race = _race_line(a.line_text(li))
        if race:
            return race
    return None


def _race_line(line: str) -> str | None:
    """The race a question line asks ("If the election for U.S. Senate in Ohio were held today, ...") as
    its template, where the line names the contest and its office or state; else None."""
    if ("election" not in line and "race" not in line) or (
        not _RACE_QUESTION.search(line) and "would" not in line
    ):
        return None
    parts = race_parts(line, US_STATES_ALTERNATION, "", "")
    if parts is None or not parts.contest or not (parts.state or parts.office):
        return None
    return race_question(parts)
