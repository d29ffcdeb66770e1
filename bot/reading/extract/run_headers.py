"""Crosstabs whose option header is one line of words run together (ninth round, docs/extraction.md).

Flattened releases print a crosstab with the options across the top, separated by single spaces, over one
row per subgroup, with short banner headings between the row blocks and often a count column:

    Very closely Fairly closely Not very closely Not at all n
    age
    18-34 22 41 25 12 310
    65+ 48 35 12 5 402
    household income
    Under $40,000 25 39 24 12 288

No layout rule reads that header: its cells are as many as the rows' values only once the words are
grouped into options. :func:`split_header` groups them (known options and parties first, then runs that
open on a capital), and :func:`mark` gives each value its column's option as header, its row's label and
the banner heading above its row; the count column's numbers are marked as counts. Linear in the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.reading.extract.crosstab_categories import split_category

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num
    from bot.reading.extract.layout import Place

# A count column's header at the end of the header line: "n", "N", "(n)", "Base", "Unweighted base".
_COUNT_HEAD = re.compile(
    r"(?:\s+|^)(?:\(?n\)?|n=|(?:un)?weighted(?:\s+(?:base|n|sample(?:\s+size)?))?|unwtd\.?\s+n|"
    r"base(?:\s*\(n\))?|sample(?:\s+size)?|count|respondents|total\s+n)\s*$",
    re.IGNORECASE,
)
# Words that never open one option of a header, and those that never close one ("Neither agree nor
# disagree", "Most of the time", "Not too confident", "A great deal").
_OPENS_NOT = frozenset(["of", "and", "nor", "or", "to", "than", "at", "for", "in", "on", "with", "by"])
_CLOSES_NOT = _OPENS_NOT | frozenset(["the", "a", "an", "not", "too", "very"])
# The longest option a header cell names, in words; the longest header line, in words.
_OPTION_WORDS_MAX = 6
_HEADER_WORDS_MAX = 40
# A slash with spaces around it between a header's options ("Don't know/Refused" is one option).
_SLASHED = re.compile(r"[ \t]+/[ \t]+")
# A step of an interest or likelihood scale that ends on a degree word: "Very", "Not very", "Not too".
_SCALE_STEP = re.compile(r"Very|Not (?:very|too)")
# A banner heading between row blocks: a short line of words, no number but a year ("age", "party ID,
# leaners as partisans", "2016 EU referendum vote").
_BANNER_WORDS_MAX = 6
_BANNER_CHARS_MAX = 50
# How many lines above its first row the header may stand (over banner headings and blank lines).
_HEAD_LINES = 3
# A row's label is short.
_LABEL_WORDS_MAX = 8
_YEAR = re.compile(r"(?:19|20)\d\d")
# A header is a line of words run together with single spaces: no digit, no sentence end, no tab or run
# of spaces (an aligned header is the layout's and the grid's to read).
_NOT_HEADER = re.compile(r"\d|[?.:;!]\s*$|\S(?:\t|[ ]{2,})\S")
# A line of the cells' units between the header and the rows ("Row % Row % Row %", "Col %"): passed over.
_UNIT_LINE = re.compile(
    r"[ \t]*(?:(?:(?:row|col(?:umn)?)[ \t]*)?%|percent)(?:[ \t]+(?:(?:(?:row|col(?:umn)?)[ \t]*)?%|percent))*[ \t]*",
    re.IGNORECASE,
)


def unit_line(line: str) -> bool:
    """Whether a line only writes the cells' units ("Row % Row % Row %", "Col %", "%")."""
    return "%" in line and _UNIT_LINE.fullmatch(line) is not None


# A header cell naming a candidate by a clause after the name: "Ann Ruiz, the Democratic candidate".
CANDIDATE_CLAUSE = re.compile(r",\s+the\s+(?:[A-Z][\w-]*\s+){0,2}(?:candidate|nominee|incumbent)$")
# A row label after the first row of a block may run longer (an opinion row, "Prices will keep rising").
_LONG_LABEL_WORDS_MAX = 12


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    label: str
    values: list[Num]
    count: Num | None
    banner: str


def _banner_line(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _BANNER_WORDS_MAX
        and len(line.strip()) <= _BANNER_CHARS_MAX
        and not re.search(r"[?%\d]", " ".join(w for w in words if not _YEAR.fullmatch(w)))
    )


def _piece_score(words: list[str]) -> float | None:
    """How much a run of header words looks like one option (None: it cannot be one)."""
    from bot.reading.extract.table_labels import OPTION, PARTY, label_kind

    if len(words) > _OPTION_WORDS_MAX:
        return None
    inner = " ".join(words)
    if "(" in inner or ")" in inner:
        # a bracketed option is one cell, brackets and all: "(Don't know)", "(Refused)"
        if not (inner.startswith("(") and inner.endswith(")") and inner.count("(") == inner.count(")") == 1):
            return None
        bare = _piece_score(inner[1:-1].split()) if len(inner) > 2 else None
        return None if bare is None else bare + 1.0
    if words[0].lower() in _OPENS_NOT or (
        words[-1].lower() in _CLOSES_NOT and not _SCALE_STEP.fullmatch(inner)
    ):
        return None
    known = label_kind(" ".join(words)) in (OPTION, PARTY) or (
        CANDIDATE_CLAUSE.search(inner) is not None and inner[:1].isupper() and inner.count(",") == 1
    )
    if not known and not words[0][:1].isupper():
        return None
    score = 2.0 if known else 0.0
    score += 1.0 if words[0][:1].isupper() else 0.0
    if not known:
        score -= sum(1.0 for w in words[1:] if w[:1].isupper())  # an unknown cell splits at capitals
    return score


def split_header(line: str, k: int) -> list[str] | None:
    """A header line's ``k`` options, run together with single spaces ("Strongly agree Tend to agree
    Neither agree nor disagree ..."): the split into ``k`` runs of words whose runs look most like options
    (known options and parties first, then runs that open on a capital and hold no other), or None when no
    split has every run open on a capital or name a known option."""
    words = line.split()
    n = len(words)
    if not 2 <= k <= n or n > _HEADER_WORDS_MAX:
        return None
    parts = [" ".join(p.split()) for p in _SLASHED.split(line.strip())]
    if len(parts) == k and all(p and len(p.split()) <= _OPTION_WORDS_MAX for p in parts):
        return parts  # options set apart by slashes: "Right Direction / Wrong Track / Not Sure"
    # best[j][m]: the best score of words[:j] split into m runs, and where its last run starts
    best: list[list[tuple[float, int] | None]] = [[None] * (k + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    scores: dict[tuple[int, int], float | None] = {}
    for j in range(1, n + 1):
        for m in range(1, min(k, j) + 1):
            top: tuple[float, int] | None = None
            for i in range(max(m - 1, j - _OPTION_WORDS_MAX), j):
                prev = best[i][m - 1]
                if prev is None:
                    continue
                if (i, j) not in scores:
                    scores[(i, j)] = _piece_score(words[i:j])
                sc = scores[(i, j)]
                if sc is not None and (top is None or prev[0] + sc > top[0]):
                    top = (prev[0] + sc, i)
            best[j][m] = top
    cells: list[str] = []
    j = n
    for m in range(k, 0, -1):
        got = best[j][m]
        if got is None:
            return None
        cells.append(" ".join(words[got[1] : j]))
        j = got[1]
    cells.reverse()
    return cells


def _row(a: Analysis, li: int, most: int = _LABEL_WORDS_MAX) -> tuple[str, list[Num]] | None:
    from bot.reading.extract.layout import row_run as run_of

    got = run_of(a, li)
    if got is None or not got[0].strip() or len(got[0].split()) > most:
        return None
    return " ".join(got[0].split()), got[1]


def _counts(rows: list[tuple[str, list[Num]]]) -> bool:
    """Whether the rows' last column holds counts: most of its numbers are whole numbers over 100."""
    big = sum(1 for _, run in rows if run[-1].value > 100 and run[-1].value == int(run[-1].value))
    return 2 * big > len(rows)


def _header(a: Analysis, first: int, r: int, counted: bool) -> tuple[int, list[str], bool] | None:
    """The header line above the row on line ``first`` (over banner headings and blank lines): its line,
    its options, and whether the rows' last column is a count column."""
    li = first - 1
    while li >= 0 and li >= first - 1 - _HEAD_LINES:
        line = a.line_text(li)
        if li in a.numbers_by_line and not _banner_line(line):
            return None
        if unit_line(line):
            li -= 1
            continue
        if line.strip() and not _NOT_HEADER.search(line):
            m = _COUNT_HEAD.search(line)
            if m is not None and r >= 3:
                cells = split_header(line[: m.start()], r - 1)
                if cells is not None:
                    return li, cells, True
            elif counted and r >= 3:
                cells = split_header(line, r - 1)
                if cells is not None:
                    return li, cells, True
            else:
                cells = split_header(line, r)
                if cells is not None:
                    return li, cells, False
        li -= 1
    return None


def _options_across(cells: list[str], rows: list[Row]) -> bool:
    """Whether the header holds the options and the rows the people: no header cell is the total or a
    date, most rows add up to about a whole or most cells are known options or parties, and fewer than
    half the rows are named like options."""
    from bot.reading.extract.layout import adds_to_whole
    from bot.reading.extract.table_labels import DATE, OPTION, PARTY, TOTAL, label_kind

    kinds = [label_kind(c) for c in cells]
    if any(kd in (TOTAL, DATE) for kd in kinds):
        return False
    if 2 * sum(1 for row in rows if label_kind(row.label) == OPTION) >= len(rows) + (
        1 if any(row.banner for row in rows) else 0
    ):
        return False
    whole = sum(1 for row in rows if adds_to_whole(sum(v.value for v in row.values)))
    known = sum(1 for kd in kinds if kd in (OPTION, PARTY))
    return 2 * whole >= len(rows) or 2 * known >= len(cells)


def tables(a: Analysis, places: list[Place]) -> list[tuple[int, list[str], list[Row]]]:
    """The run-together-header crosstabs of ``a``: (header line, options, rows). Rows already read as
    cells of another table (a pipe, space-aligned, flattened or gridless one) are left to it."""
    out: list[tuple[int, list[str], list[Row]]] = []
    done = -1
    for first in sorted(a.numbers_by_line):
        if first <= done:
            continue
        got = _row(a, first)
        if got is None or len(got[1]) < 2:
            continue
        run = got[1]
        if any(places[n.index].header or places[n.index].cell is not None for n in run):
            continue
        r = len(run)
        # the rows first (their last column may be counts), then the header above them
        found: list[tuple[int, str, list[Num], str]] = []
        banner = ""
        li = first
        while li < len(a.lines):
            line = a.line_text(li)
            row = (
                _row(a, li, _LONG_LABEL_WORDS_MAX if found else _LABEL_WORDS_MAX)
                if li in a.numbers_by_line
                else None
            )
            if row is not None and len(row[1]) == r:
                category, label = split_category(row[0])
                if category:
                    banner = category  # "Gender Men 47 49 4": the block's category opens its first row
                found.append((li, label, row[1], banner))
            elif not line.strip():
                pass
            elif _banner_line(line):
                banner = " ".join(line.split()).strip(" :")
            else:
                break
            li += 1
        done = found[-1][0]
        if len(found) < 2:
            continue
        head = _header(a, first, r, _counts([(lab, run) for _, lab, run, _ in found]))
        if head is None:
            continue
        head_line, cells, counted = head
        k = len(cells)
        lead = ""  # a banner heading between the header and the first row ("sex", "age")
        for li in range(head_line + 1, first):
            if a.line_text(li).strip():
                lead = " ".join(a.line_text(li).split()).strip(" :")
        rows = [
            Row(li, label, run[:k], run[k] if counted else None, ban or lead) for li, label, run, ban in found
        ]
        if _options_across(cells, rows):
            out.append((head_line, cells, rows))
    return out


def mark(a: Analysis, places: list[Place]) -> None:
    """Each value of a run-together-header crosstab gets its option as header, its row's label, the
    banner above its row, the header's line (``headed``) and whether its row's values make a whole
    (``line_whole``, read over the values alone); each count its count column."""
    from bot.reading.extract.layout import adds_to_whole

    for head_line, cells, rows in tables(a, places):
        for row in rows:
            # the row's values alone make its whole (its label's numbers and its count set aside)
            whole = adds_to_whole(sum(n.value for n in row.values))
            for n, cell in zip(row.values, cells, strict=True):
                p = places[n.index]
                p.header, p.row_label, p.banner, p.headed = cell, row.label, row.banner, head_line
                p.line_whole = whole
            if row.count is not None:
                places[row.count.index].col_count = True
