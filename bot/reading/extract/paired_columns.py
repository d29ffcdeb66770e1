"""Side-by-side tables copied with single spaces: rows that hold a label and its value for each of several
small tables set beside one another, under a repeated header or none.

    Matchup Pct Matchup Pct Matchup Pct          North South West
    Ann Ruiz 47 Tom Hale 45 Lee Park 44          Labour 38 Labour 31 Labour 44
    Sam Ortiz 43 Sam Ortiz 44 Sam Ortiz 46       Greens 22 Greens 27 Greens 19
    Neither 6 Neither 7 Neither 8                National 35 National 36 National 30

Several two-column tables (a label column and a value column) set beside one another, as releases print
matchups, regions or one question asked of several samples, lose their grid when copied: each row holds,
for each small table, its option and its share. The option of each value is the label written just before
it on its row, and each small table (the k-th label-and-value pair of every row) is one result.

Read where two or more consecutive lines each hold exactly as many label-and-value pairs (two or more; a
label with letters, then a share of at most 100, its "%" optional) and either
- the line above is one run of one to three words repeated once for each small table ("Matchup Pct
  Matchup Pct"): the repeated heads name no option and are never an answer or population; or
- each small table's values add up to a whole and the rows' do not (the layout's reading of a table
  printed as labelled rows, a label before each cell; no header is needed).

(One reader for both since the twenty-seventh round: the second shape was read by ``groups.labelled_row``
and ``labelled_rows.py`` until then, on the same pages.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.reading.extract.layout import adds_to_whole

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis

PAIRED_COLUMNS = True
# Also read side-by-side tables with no repeated header whose small tables each add up to a whole.
WHOLE_COLUMNS = True

# One label-and-value pair of a row: the label (words with a letter, no digit) and its share.
_PAIR: Final = re.compile(
    r"[ \t]*(?P<label>[^\d\n]*?[^\W\d_][^\d\n]*?)[ \t]+(?P<v>\d{1,3}(?:\.\d+)?)[ \t]*%?[ \t]*"
)
_HEAD_WORD: Final = re.compile(r"[^\W\d_][\w.'’/%-]*|%")
_MAX_PERIOD: Final = 3
_MAX_TABLES: Final = 8
# A row of side-by-side small tables is short: a line longer than this is prose.
_MAX_ROW: Final = 240


@dataclass(frozen=True, slots=True)
class PairedCell:
    """One value of a side-by-side table: its option (the label before it) and its small table (0, 1, ...)."""

    answer: str
    table: int
    column: int
    heads: frozenset[str]  # the repeated heads, lower-cased: never an answer or population
    # The head over its small table where a header of one word a table stands over rows with no repeated
    # header ("North South West"): the table's people or place, or "".
    head: str = ""


def _repeated_heads(line: str) -> tuple[list[str], int] | None:
    """The heads of a header line that is one run of words repeated (``(heads, times)``), else None."""
    words = line.split()
    if not words or any(not _HEAD_WORD.fullmatch(w) for w in words):
        return None
    for period in range(1, _MAX_PERIOD + 1):
        times, rest = divmod(len(words), period)
        if rest or times < 2 or times > _MAX_TABLES:
            continue
        unit = [w.lower() for w in words[:period]]
        if all([w.lower() for w in words[k * period : (k + 1) * period]] == unit for k in range(times)):
            return words[:period], times
    return None


def _pairs(line: str, times: int | None = None) -> list[tuple[str, int, int]] | None:
    """A row's (label, value start, value end) pairs, offsets within the line, where it holds nothing else
    (exactly ``times`` of them where given)."""
    out: list[tuple[str, int, int]] = []
    at = 0
    while at < len(line):
        m = _PAIR.match(line, at)
        if m is None or m.end() == at:
            return None
        if float(m.group("v")) > 100:
            return None
        out.append((" ".join(m.group("label").split()), m.start("v"), m.end("v")))
        at = m.end()
    return out if (times is None or len(out) == times) else None


_Row = tuple[int, list[tuple[str, int, int]]]


def _rows_under(a: Analysis, first: int, times: int | None) -> list[_Row]:
    """The consecutive lines from ``first`` on that each hold exactly ``times`` label-and-value pairs (or, with
    ``times`` None, as many as the first of them, two or more)."""
    rows: list[_Row] = []
    j = first
    if times is None and len(a.line_text(first)) > _MAX_ROW:
        return rows  # a paragraph, not a row of small tables
    while j < len(a.lines) and (pairs := _pairs(a.line_text(j), times)) is not None:
        if times is None:
            if len(pairs) < 2:
                break
            times = len(pairs)
        rows.append((j, pairs))
        j += 1
    return rows


def _whole_columns(a: Analysis, rows: list[_Row]) -> bool:
    """Whether each small table's values add up to a whole and the rows' values do not all do so: the
    columns, not the lines, are the results."""
    values = []
    for line, pairs in rows:
        text = a.line_text(line)
        values.append([float(text[v_start:v_end]) for _, v_start, v_end in pairs])
    columns = list(zip(*values, strict=True))
    return all(adds_to_whole(sum(c)) for c in columns) and not all(adds_to_whole(sum(r)) for r in values)


def _heads_over(a: Analysis, first: int, times: int) -> list[str]:
    """The heads of the line right above row ``first`` where it holds one word for each small table and no
    digit ("North South West"), else []."""
    if first == 0:
        return []
    words = a.line_text(first - 1).split()
    if len(words) != times or any(not _HEAD_WORD.fullmatch(w) or w == "%" for w in words):
        return []
    return words


def cells(a: Analysis) -> dict[int, PairedCell]:
    """Every side-by-side table's values by number index (cached on the analysis)."""
    key = ("paired_cells", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, PairedCell] = {}
    a.memo[key] = out
    if not PAIRED_COLUMNS:
        return out
    table = 0
    li = 0
    n_lines = len(a.lines)
    while li < n_lines:
        if li in a.numbers_by_line:
            rows = _rows_under(a, li, None) if WHOLE_COLUMNS else []
            if len(rows) < 2 or not _whole_columns(a, rows):
                li += 1
                continue
            names: frozenset[str] = frozenset()
            over = _heads_over(a, li, len(rows[0][1]))
        else:
            head = _repeated_heads(a.line_text(li))
            if head is None:
                li += 1
                continue
            heads, times = head
            rows = _rows_under(a, li + 1, times)
            if len(rows) < 2:
                li += 1
                continue
            names = frozenset(" ".join(heads).lower().split()) | {" ".join(heads).lower()}
            over = []
        for row_line, pairs in rows:
            start = a.lines[row_line].start
            by_start = {n.start: n for n in a.numbers_by_line.get(row_line, [])}
            for k, (label, v_start, _) in enumerate(pairs):
                n = by_start.get(start + v_start)
                if n is not None:
                    out[n.index] = PairedCell(label, table, k, names, over[k] if over else "")
        table += 1
        li = rows[-1][0] + 1
    return out


def places(a: Analysis) -> dict[int, tuple[int, int]]:
    """Each side-by-side value's (table, small table) by number index: one result per small table."""
    return {i: (c.table, c.column) for i, c in cells(a).items()}
