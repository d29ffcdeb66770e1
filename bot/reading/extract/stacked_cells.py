"""Pipe tables whose cells each stack several items, as a web table's cells with line breaks lose them when
copied: one row a contest, its names in one cell, their shares in the next ones.

    Race | Candidate | Party | Women | Men |
    ---|---|---|---|---|
    OR | Ann Ruiz Tom Hale | D R | 55% 41% | 44% 52% |

A value cell holding k shares ("55% 41%") stacks one share for each of k options; the option of its i-th
share is the i-th item of the row's label cell that stacks k items. Read where a row holds a value cell of
two or more shares and no other number (each cell entirely numbers, or entirely words, or a note of a
change), its label cells split into exactly k items: each cell of k single words ("D R") does, and a cell
of names does where its words split into k runs of equal length ("Ann Ruiz Tom Hale"). The names cell
wins over a cell of tags (the labels write the candidate, not the party's letter). The value cell's
column head names the people of each share where it names a group ("Women"), as a crosstab's column does.

The rows of such a table may run over several lines (a cell's stack broken onto lines of their own), so
the table is read as one run of pipe cells after its rule line; a row opens at a cell of words that follows
a cell of values. A row wider than the header (a tags column with no head) takes the heads right-aligned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num

STACKED_CELLS = True

# The rule line under a pipe table's header: "---|---|" with optional outer pipes and alignment colons.
_RULE: Final = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$", re.MULTILINE)
_SHARE: Final = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)[ \t]*%?(?![\w.])")
_VALUE_CELL: Final = re.compile(r"(?:\d{1,3}(?:\.\d+)?[ \t]*%?\s*)+")
_WORD: Final = re.compile(r"[^\W\d_][\w.'’-]*")
_DIGIT: Final = re.compile(r"\d")
# Column heads that name the options of a row (the candidates, their parties): the names cell to read.
_OPTION_HEAD: Final = re.compile(
    r"\b(?:candidates?|names?|nominees?|choices?|options?|answers?|responses?)\b", re.I
)
_MAX_STACK: Final = 6


@dataclass(frozen=True, slots=True)
class StackedCell:
    """One share of a stacked row: its option, the head of its value column, and its row and column."""

    answer: str
    head: str
    row: int
    column: int


def _items(cell: str, k: int) -> list[str] | None:
    """A label cell's ``k`` stacked items: its words dealt into ``k`` runs of equal length, else None."""
    words = cell.split()
    if not words or len(words) % k or any(_WORD.fullmatch(w) is None for w in words):
        return None
    size = len(words) // k
    items = [" ".join(words[i * size : (i + 1) * size]) for i in range(k)]
    if size > 1 and not all(w[:1].isupper() for w in words):
        return None  # a phrase, not names
    return items


def _label_items(cells: list[tuple[int, str]], heads: list[str], k: int) -> list[str] | None:
    """The stacked options of a row: the cell of the most words that splits into ``k`` items (names before
    tags), of two such the one under an option head ("Candidate"); None when none splits."""
    best: tuple[int, int, int] | None = None
    got: list[str] | None = None
    for j, cell in cells:
        if _DIGIT.search(cell) or not cell.strip():
            continue
        items = _items(cell, k)
        if items is None:
            continue
        head = heads[j] if j < len(heads) else ""
        key = (len(cell.split()), 1 if _OPTION_HEAD.search(head) else 0, j)
        if best is None or key > best:
            best, got = key, items
    return got


def _pieces(region: str, base: int) -> list[tuple[str, int]]:
    """A table region's pipe cells with their offsets, leaving out the empty piece between a row's closing
    pipe and the next row's opening pipe."""
    out: list[tuple[str, int]] = []
    at = 0
    for part in region.split("|"):
        if part.strip() or "\n" not in part:
            out.append((part, base + at))
        at += len(part) + 1
    if out and not out[-1][0].strip():
        out.pop()  # the end of the table's last line
    return out


def _kind(cell: str) -> str:
    """A cell's kind: "value" (numbers only), "label" (words, no digit), else "other" (a note: "5 pts.")."""
    if not cell.strip():
        return "other"
    if _VALUE_CELL.fullmatch(cell.strip()):
        return "value"
    return "other" if _DIGIT.search(cell) else "label"


def _rows(pieces: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A table's cells dealt into rows: a row opens at a label cell that follows a value cell (its cells may
    run over several lines, and a row may hold more cells than the header)."""
    rows: list[list[tuple[str, int]]] = []
    seen_value = True
    for piece in pieces:
        kind = _kind(piece[0])
        if kind == "label" and seen_value:
            rows.append([])
            seen_value = False
        if rows:
            rows[-1].append(piece)
        seen_value = seen_value or kind == "value"
    return rows


def cells(a: Analysis) -> dict[int, StackedCell]:
    """Every stacked share of the text's pipe tables by number index (cached on the analysis)."""
    key = ("stacked_cells", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, StackedCell] = {}
    a.memo[key] = out
    if not STACKED_CELLS or "|" not in a.text:
        return out
    by_start = {n.start: n for n in a.numbers}
    text = a.text
    row_id = 0
    for rule in _RULE.finditer(text):
        width = len([p for p in rule.group().split("|") if p.strip()])
        if width < 3:
            continue
        end = text.find("\n\n", rule.end())
        end = len(text) if end < 0 else end
        head_parts = text[: rule.start()].rstrip().split("|")
        if head_parts and not head_parts[-1].strip():
            head_parts = head_parts[:-1]
        heads = [
            " ".join(p.strip().splitlines()[-1].split()) if p.strip() else "" for p in head_parts[-width:]
        ]
        if len(heads) < width:
            continue
        pieces = _pieces(text[rule.end() : end], rule.end())
        for row in _rows(pieces):
            row_id += 1
            # a row wider than the header leaves out a head at the left (the header is right-aligned)
            shift = len(row) - width
            row_heads = [heads[j - shift] if 0 <= j - shift < width else "" for j in range(len(row))]
            _read_row(row, row_heads, row_id, by_start, out)
    return out


def _read_row(
    row: list[tuple[str, int]],
    heads: list[str],
    row_id: int,
    by_start: dict[int, Num],
    out: dict[int, StackedCell],
) -> None:
    texts = [" ".join(c.split()) for c, _ in row]
    stacks: dict[int, list[re.Match[str]]] = {}
    for j, (cell, _) in enumerate(row):
        if _kind(cell) == "value":
            shares = list(_SHARE.finditer(cell))
            if len(shares) >= 2:
                stacks[j] = shares
    sizes = {len(s) for s in stacks.values()}
    if len(sizes) != 1:
        return
    k = sizes.pop()
    if k > _MAX_STACK or any(float(m.group(1)) > 100 for s in stacks.values() for m in s):
        return
    items = _label_items([(j, t) for j, t in enumerate(texts) if j not in stacks], heads, k)
    if items is None:
        return
    for j, shares in stacks.items():
        base = row[j][1]
        for i, m in enumerate(shares):
            n = by_start.get(base + m.start(1))
            if n is not None:
                out[n.index] = StackedCell(items[i], heads[j], row_id, j)


def places(a: Analysis) -> dict[int, tuple[int, int]]:
    """Each stacked share's (row, column) by number index: one result per value cell."""
    return {i: (c.row, c.column) for i, c in cells(a).items()}
