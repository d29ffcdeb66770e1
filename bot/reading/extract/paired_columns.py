"""Side-by-side tables copied with single spaces: one header pair repeated for each small table, and rows that
hold a label and its value for each of them.

    Matchup Pct Matchup Pct Matchup Pct
    Ann Ruiz 47 Tom Hale 45 Lee Park 44
    Sam Ortiz 43 Sam Ortiz 44 Sam Ortiz 46
    Neither 6 Neither 7 Neither 8

Several two-column tables (a label column and a value column) set beside one another, as releases print
matchups or one question asked of several samples, lose their grid when copied: the header repeats its
two heads once for each small table, and each row holds, for each table, its option and its share. The
repeated heads name no option ("Matchup", "Pct") and every column takes the same one; the option of each
value is the label written just before it on its row, and each small table (the k-th label-and-value pair
of every row) is one result.

Read where a line is one run of one to three words repeated two times or more (no digit in it), and two
or more lines under it each hold exactly as many label-and-value pairs (a label with letters, then a share
of at most 100, its "%" optional).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis

PAIRED_COLUMNS = True

# One label-and-value pair of a row: the label (words with a letter, no digit) and its share.
_PAIR: Final = re.compile(
    r"[ \t]*(?P<label>[^\d\n]*?[^\W\d_][^\d\n]*?)[ \t]+(?P<v>\d{1,3}(?:\.\d+)?)[ \t]*%?[ \t]*"
)
_HEAD_WORD: Final = re.compile(r"[^\W\d_][\w.'’/%-]*|%")
_MAX_PERIOD: Final = 3
_MAX_TABLES: Final = 8


@dataclass(frozen=True, slots=True)
class PairedCell:
    """One value of a side-by-side table: its option (the label before it) and its small table (0, 1, ...)."""

    answer: str
    table: int
    column: int
    heads: frozenset[str]  # the repeated heads, lower-cased: never an answer or population


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


def _pairs(line: str, times: int) -> list[tuple[str, int, int]] | None:
    """A row's (label, value start, value end) pairs, offsets within the line, where it holds exactly
    ``times`` of them and nothing else."""
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
    return out if len(out) == times else None


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
            li += 1
            continue
        head = _repeated_heads(a.line_text(li))
        if head is None:
            li += 1
            continue
        heads, times = head
        rows: list[tuple[int, list[tuple[str, int, int]]]] = []
        j = li + 1
        while j < n_lines and (pairs := _pairs(a.line_text(j), times)) is not None:
            rows.append((j, pairs))
            j += 1
        if len(rows) < 2:
            li += 1
            continue
        names = frozenset(" ".join(heads).lower().split()) | {" ".join(heads).lower()}
        for row_line, pairs in rows:
            start = a.lines[row_line].start
            by_start = {n.start: n for n in a.numbers_by_line.get(row_line, [])}
            for k, (label, v_start, _) in enumerate(pairs):
                n = by_start.get(start + v_start)
                if n is not None:
                    out[n.index] = PairedCell(label, table, k, names)
        table += 1
        li = j
    return out


def places(a: Analysis) -> dict[int, tuple[int, int]]:
    """Each side-by-side value's (table, small table) by number index: one result per small table."""
    return {i: (c.table, c.column) for i, c in cells(a).items()}
