"""Poll tables flattened to text: one row per line, cells joined by " | " (see ``html_text``).

A crosstab such as

    | Tot | Rep | Dem | Ind
    Approve | 27% | 45% | 14% | 22%
    DK/NA | 7 | 6 | 5 | 8

reports one figure per number cell: the row label is the answer, the column header the population
(or, for a date column of a trend table, the wave). Bare numbers are figures here because the table
layout, not a percent sign, says what they are. One pass over the lines, so linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reading.extract.vocab import MONTHS

_NUM_CELL = re.compile(r"[ \t]*(?P<n>\d{1,3}(?:\.\d+)?)[ \t]*%?[ \t]*")
_DATE_HEAD = re.compile(
    rf"^(?:(?:{MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d|Q[1-4]\s+\d{{4}})$", re.I
)
_ECON_LABEL = re.compile(
    r"\b(?:tax|rate|budget|revenue|spending|cost|price|income|wage|GDP|unemployment|inflation|units|"
    r"turnout|votes?\s+cast|precincts?|seats?)\b",
    re.I,
)
_COLUMN_POPS = {
    "rep": "Republicans",
    "reps": "Republicans",
    "gop": "Republicans",
    "republican": "Republicans",
    "republicans": "Republicans",
    "dem": "Democrats",
    "dems": "Democrats",
    "democrat": "Democrats",
    "democrats": "Democrats",
    "ind": "independents",
    "inds": "independents",
    "independent": "independents",
    "independents": "independents",
    "men": "men",
    "male": "men",
    "women": "women",
    "female": "women",
    "wht": "whites",
    "white": "whites",
    "blk": "blacks",
    "black": "blacks",
    "hisp": "Hispanics",
    "hispanic": "Hispanics",
    "lib": "liberals",
    "mod": "moderates",
    "con": "conservatives",
    "cons": "conservatives",
}
_TOTAL_HEADS = frozenset(
    {
        "tot",
        "total",
        "all",
        "overall",
        "all voters",
        "all adults",
        "topline",
        "",
        "share",
        "percent",
        "%",
        "pct",
    }
)
_ANSWER_LABELS = {
    "dk/na": "don't know/no answer",
    "dk": "don't know",
    "na": "no answer",
    "dk/ref": "don't know/refused",
    "ref": "refused",
    "ns": "not sure",
}


@dataclass(frozen=True, slots=True)
class TableCell:
    """One number cell: its row's answer label, its column's population (None = the whole sample)
    or wave, and the line just above the table (often the question)."""

    answer: str
    population: str | None
    when: str | None
    caption: str


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a " | "-joined line, relative to the line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"\|", line):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(line)))
    return spans


def _column_label(head: str) -> tuple[str | None, str | None]:
    """(population, when) named by a column header; (None, None) for the total column."""
    h = " ".join(head.split())
    low = h.lower().strip(".")
    if low in _TOTAL_HEADS:
        return None, None
    if _DATE_HEAD.match(h):
        return None, h
    if low in _COLUMN_POPS:
        return _COLUMN_POPS[low], None
    if re.fullmatch(r"\d{2}\s*(?:-|–|to)\s*\d{2}|\d{2}\s*\+", h):
        return f"aged {h}", None
    return h, None


def answer_label(label: str) -> str:
    s = " ".join(label.split()).strip(" :*-")
    low = s.lower()
    if low in _ANSWER_LABELS:
        return _ANSWER_LABELS[low]
    if low in GENERIC_ANSWERS:
        return low  # "Approve", "Not sure": the standard option, in the extractor's usual form
    return s


GENERIC_ANSWERS = frozenset(
    {
        "approve",
        "disapprove",
        "strongly approve",
        "somewhat approve",
        "strongly disapprove",
        "somewhat disapprove",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
        "support",
        "oppose",
        "agree",
        "disagree",
        "yes",
        "no",
        "not sure",
        "undecided",
        "don't know",
        "no opinion",
        "other",
        "right direction",
        "wrong track",
        "better",
        "worse",
        "same",
        "total approve",
        "total disapprove",
    }
)


_LABEL_VALUE = re.compile(
    r"[ \t]*(?:(?P<pop>[^|:]{2,60}?):[ \t]*)?(?P<label>[A-Za-z][A-Za-z' /-]{0,40}?)[ \t]+"
    r"(?P<n>\d{1,3}(?:\.\d+)?)[ \t]*%?[ \t]*"
)


def _labelled_row(line: str, spans: list[tuple[int, int]], caption: str) -> dict[int, TableCell]:
    """Cells that each carry their label: "Black residents: Approve 61 | Disapprove 33 | Not sure 6".

    The text before a colon in the first cell is the population; the cells must look like one
    question's answers (two or more, none above 100, together at most a whole).
    """
    if len(spans) < 2:
        return {}
    found: list[tuple[int, str, float]] = []
    pop: str | None = None
    for k, (a, b) in enumerate(spans):
        m = _LABEL_VALUE.fullmatch(line, a, b)
        if m is None or (m.group("pop") and k > 0):
            return {}
        if k == 0 and m.group("pop"):
            pop = " ".join(m.group("pop").split())
        found.append((m.start("n"), m.group("label"), float(m.group("n"))))
    if sum(v for _, _, v in found) > 102 or any(_ECON_LABEL.search(label) for _, label, _v in found):
        return {}
    if pop is not None:
        pop = pop.rpartition(",")[2].strip()  # "Job approval, all residents" -> "all residents"
        pop = re.sub(r"^(?:all|total)\s+", "", pop, flags=re.I)
        if pop.lower().strip(" .") in _TOTAL_HEADS or not pop:
            pop = None
    return {
        start: TableCell(answer_label(label), _column_label(pop)[0] if pop else None, None, caption)
        for start, label, _v in found
    }


def table_cells(text: str) -> dict[int, TableCell]:
    """Number cells of every flattened table in ``text``, keyed by the number's start offset."""
    if "|" not in text:
        return {}
    out: dict[int, TableCell] = {}
    header: list[tuple[int, int]] | None = None
    header_line = ""
    caption = ""
    in_table = False
    prev_line = ""
    for m in re.finditer(r"[^\n]*", text):
        line = m.group(0)
        if not line.strip():
            if m.start() != m.end():
                continue
            # empty match at a line break: keep state (a table is consecutive lines)
            continue
        if line.count("|") < 1 or len(line) > 400:
            in_table, header = False, None
            prev_line = line
            continue
        if not in_table:
            caption = prev_line.strip()
            in_table = True
        prev_line = line
        spans = _cells(line)
        labelled = _labelled_row(line, spans, caption)
        if labelled:
            out.update({m.start() + k: cell for k, cell in labelled.items()})
            continue
        numeric = [(a, b) for a, b in spans[1:] if _NUM_CELL.fullmatch(line, a, b)]
        if not numeric:
            if all(not re.search(r"\d", line[a:b]) or _DATE_HEAD.match(line[a:b].strip()) for a, b in spans):
                header, header_line = spans, line
            continue
        label = line[spans[0][0] : spans[0][1]]
        if not re.search(r"[A-Za-z]", label) or _ECON_LABEL.search(label) or _ECON_LABEL.search(caption):
            continue
        values = [float(_NUM_CELL.fullmatch(line, a, b).group("n")) for a, b in numeric]  # type: ignore[union-attr]
        if any(v > 100 for v in values):
            continue
        for col, (a, b) in enumerate(spans):
            if col == 0 or (a, b) not in numeric:
                continue
            num = _NUM_CELL.fullmatch(line, a, b)
            if num is None:
                continue
            pop: str | None = None
            when: str | None = None
            if header is not None and col < len(header):
                ha, hb = header[col]
                pop, when = _column_label(header_line[ha:hb])
            out[m.start() + num.start("n")] = TableCell(answer_label(label), pop, when, caption)
    return out


# Tables aligned with tabs or runs of spaces (a web table copied as text, a printed crosstab): each row
# is a line whose cells are split by tabs or by two or more spaces, under a header line of lettered cells.
_TAB_OR_SPACES = re.compile(r"\t| {2,}")
_NUM_ONLY = re.compile(r"[\s%*]*(?:[+\-−–±]\s*)?\d[\d,]*(?:\.\d+)?[\s%*]*")
_HEAD_MOE = re.compile(r"\b(?:margin|error|moe|m\.o\.e\.?)\b|±", re.I)
# ("n" alone, not the N of a party's initials: "N-VA")
_HEAD_COUNTED = re.compile(
    r"\b(?:n(?![-–][^\W\d_])|number|count|frequency|freq|sample|base|polled|size|respondents)\b", re.I
)
_HEAD_CHANGED = re.compile(
    r"\b(?:net|change|chg|diff|difference|lead|margin|gain|swing|spread|\+/-)\b|^[+±]", re.I
)
_HEAD_DATED = re.compile(r"\b(?:dates?|fieldwork|conducted|administered|period|released?|published)\b", re.I)
_HEAD_META = re.compile(r"\b(?:pollster|firm|source|client|commissioner|method|mode|sponsor)\b", re.I)
_HEAD_RESULT = re.compile(r"\b(?:election|result|results|actual|seats|votes|turnout)\b", re.I)
_LETTERED = re.compile(r"[^\W\d_]")


def names_a_column(words: str) -> bool:
    """Whether the words hold what a table's header names a column by (its dates, pollster, sample size,
    margin of error, change or an election result): a header line written as one run of capitalised
    words ("Dates Pollster Brown Lee") is no one's full name."""
    return any(
        p.search(words)
        for p in (_HEAD_MOE, _HEAD_COUNTED, _HEAD_CHANGED, _HEAD_DATED, _HEAD_META, _HEAD_RESULT)
    )


# A cell's text that stands for no value: a dash, an asterisk (less than half a percent) or "n/a" (the
# layout's trend tables read the same; case-insensitive).
MISSING_VALUE = r"[-—–−*.…]{1,3}|n/?a"
# A grid cell that holds no value: blank, one of those, "none" or "x".
_MISSING_CELL = re.compile(rf"(?:{MISSING_VALUE}|none|x)?", re.I)


# A line between a header and its rows that only marks the columns: "%   %   %", "(A)  (B)  (C)".
_FILLER = re.compile(r"[ \t]*(?:(?:%|\([A-Z]{1,2}\)|-{2,}|={2,})[ \t]*)+")


@dataclass(frozen=True, slots=True)
class GridCell:
    """A number's cell in a tab- or space-aligned table row."""

    header: str  # the header line's cell over the number's column ("" when none lines up)
    row_label: str  # the row's first cell
    pure: bool  # the cell holds the number alone (with its percent sign)
    # The header cell at the number's place in order, where the row has one cell per header cell and a
    # row label (numbers printed off their headers' alignment still sit in their column's turn).
    in_turn: str = ""


# What a column header says its numbers are, tried in this order (a "margin of error" column is no count).
_HEAD_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_HEAD_MOE, "moe"),
    (_HEAD_CHANGED, "change"),
    (_HEAD_COUNTED, "count"),
    (_HEAD_DATED, "date"),
    (_HEAD_META, "meta"),
    (_HEAD_RESULT, "result"),
)


def head_kind(header: str) -> str:
    """What a column header says its numbers are: a margin of error, a count, a change or lead, a date, a
    pollster or method, an election result, or ``plain`` (an answer, party, candidate, group or wave)."""
    return next((kind for rx, kind in _HEAD_KINDS if rx.search(header)), "plain")


def _split(line: str) -> list[tuple[int, int]]:
    """A line's cells as (start, end) offsets in it: split at every tab (empty cells kept) when it has
    tabs, else at runs of two or more spaces (the text's edges trimmed)."""
    if "\t" in line:
        out, s = [], 0
        for k, ch in enumerate(line):
            if ch == "\t":
                out.append((s, k))
                s = k + 1
        out.append((s, len(line)))
        return out
    spans = []
    s = len(line) - len(line.lstrip())
    for m in _TAB_OR_SPACES.finditer(line, s):
        if m.start() > s:
            spans.append((s, m.start()))
        s = m.end()
    if s < len(line.rstrip()):
        spans.append((s, len(line.rstrip())))
    return spans


def _header_line(line: str, cells: list[tuple[int, int]]) -> bool:
    """A header: two or more cells, none of them a bare number, most of them with letters."""
    texts = [line[s:e].strip() for s, e in cells]
    filled = [t for t in texts if t]
    if len(filled) < 2 or any(_NUM_ONLY.fullmatch(t) for t in filled):
        return False
    return 2 * sum(1 for t in filled if _LETTERED.search(t)) > len(filled)


def _missing_row(line: str, cells: list[tuple[int, int]]) -> bool:
    """A data row whose value cells are all missing ("Refused  —  —  —"): part of the table above it,
    neither a header nor its end."""
    return (
        len(cells) >= 2
        and _LETTERED.search(line[cells[0][0] : cells[0][1]]) is not None
        and all(_MISSING_CELL.fullmatch(line[s:e].strip()) for s, e in cells[1:])
    )


def grid_cells(
    text: str, lines: list[tuple[int, int]], number_lines: dict[int, list[tuple[int, int, int]]]
) -> dict[int, GridCell]:
    """The grid cell of every number of a tab- or space-aligned table row, by number index.

    ``lines`` are the text's line spans, ``number_lines`` each line's numbers as (index, start, end).
    A row is a line of three or more cells; its header is the nearest header line above it, reached over
    other rows (those whose value cells are all missing too) and at most one blank line at a time, so
    the header's columns and facts hold for every row until the table ends. A number's column header is the header cell at the
    same tab position (both lines tabbed), else the one its characters overlap. One pass over the lines
    that hold numbers, each looking up at most a few dozen lines."""
    out: dict[int, GridCell] = {}
    split_cache: dict[int, list[tuple[int, int]]] = {}

    def cells_of(li: int) -> list[tuple[int, int]]:
        got = split_cache.get(li)
        if got is None:
            ls, le = lines[li]
            line = text[ls:le]
            got = _split(line) if "|" not in line and ("\t" in line or "  " in line.strip()) else []
            split_cache[li] = got
        return got

    header_of: dict[int, int | None] = {}
    for li in sorted(number_lines):
        cells = cells_of(li)
        if len(cells) < 3:
            continue
        ls, le = lines[li]
        line = text[ls:le]
        head: int | None = None
        j, blanks = li - 1, 0
        while j >= 0 and li - j <= 40:
            if j in header_of and header_of[j] is not None:
                head = header_of[j]  # a row above under the same header
                break
            hs, he = lines[j]
            hl = text[hs:he]
            if not hl.strip():
                blanks += 1
                if blanks > 1:
                    break
                j -= 1
                continue
            blanks = 0
            hc = cells_of(j)
            if len(hc) < 2:
                break
            if _missing_row(hl, hc) or _FILLER.fullmatch(hl):
                # A row of missing values keeps the table and its header going; a row that only marks the
                # columns ("(A)  (B)  (C)", "%  %  %") stands between the header and the rows.
                j -= 1
                continue
            if j not in number_lines or _header_line(hl, hc):
                head = j if _header_line(hl, hc) else None
                break
            j -= 1
        header_of[li] = head
        if head is None:
            continue
        hs, he = lines[head]
        hline = text[hs:he]
        hcells = cells_of(head)
        tabbed = "\t" in line and "\t" in hline
        first = line[cells[0][0] : cells[0][1]].strip()
        for index, start, end in number_lines[li]:
            s, e = start - ls, end - ls
            ci = next((k for k, (cs, ce) in enumerate(cells) if cs <= s < ce), None)
            if ci is None:
                continue
            cs, ce = cells[ci]
            pure = _NUM_ONLY.fullmatch(line[cs:ce]) is not None and not line[cs:ce].strip().startswith(
                ("+", "-", "−", "–", "±")
            )
            header = ""
            if tabbed:
                if ci < len(hcells):
                    header = hline[hcells[ci][0] : hcells[ci][1]].strip()
            else:
                over = [k for k, (a, b) in enumerate(hcells) if a < e and s < b]
                if len(over) == 1:
                    header = hline[hcells[over[0]][0] : hcells[over[0]][1]].strip()
            in_turn = ""
            if ci >= 1 and len(cells) == len(hcells) + 1:
                in_turn = " ".join(hline[hcells[ci - 1][0] : hcells[ci - 1][1]].split())
            out[index] = GridCell(" ".join(header.split()), " ".join(first.split()), pure, in_turn)
    return out
