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
