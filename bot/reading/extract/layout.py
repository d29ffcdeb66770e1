"""The layout of every number: where it sits in its line, row, cell, column and block of lines.

Tables and toplines reach the extractor flattened into text: pipe tables ("| Approve | 51% | 34% |"),
one answer a line ("Approve 44%"), dotted leaders ("Right direction ...... 37%"), frequency and
percent columns ("Economy 720 36%"), name lists ("Lopez 46 Carter 44"). What makes a bare number a
poll figure there is the shape of the line and of its neighbours, not the words around it, so this
module describes that shape once per analysis, in one pass over the lines that hold numbers:

- each line's numbers and the text between them (the *gaps*): a gap with letters is a label;
- a line's *shape*: the classes of its gaps and numbers ("W P" for "Approve 44%"); runs of
  consecutive lines with one shape form a *block* (the rows of one table or list);
- pipe rows: the cell of each number, its numeric column, the row label (first cell) and the
  header cell above the column (the latest pipe line without numbers);
- sums: whether a line's, a block's or a column's share-like numbers add up to about a whole.

Everything here is linear in the text; the figure stage turns these facts into features.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.reading.extract import (
    banner_tops,
    flat_slots,
    net_rows,
    percent_once,
    result_columns,
    run_headers,
    unit_lines,
)
from bot.reading.extract.crosstab_categories import CATEGORY_HEADS
from bot.reading.extract.scan import gated
from bot.reading.extract.tables import MISSING_VALUE, head_kind, names_a_column
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num

_LETTER = re.compile(r"[^\W\d_]")
_LEADER = gated(re.compile(r"(?:\.[ \t]*){3,}$|…[ \t]*$|_{3,}[ \t]*$"))
_CAP_END = re.compile(r"(?:^|[\s(,;|])(?P<w>[A-Z][\w.'’&/-]*)[ \t]*:?[ \t]*$")
_BAD_NAME = re.compile(
    rf"^(?:{MONTHS}|{WEEKDAYS}|Proposition|Prop|Page|Question|Q|No|Route|Chapter|Measure|Initiative|Amendment|Issue|Bill|District)\.?$"
)
# The catch-all options of a list, often lower-cased mid-line ("Ruiz 41, Park 37, undecided 14").
_ANSWER_END = gated(
    re.compile(
        r"(?:^|[\s(,;|])(?:undecided|unsure|not sure|don'?t know|dk|other|others|someone else|none|neither|"
        r"no opinion|refused|would not vote|wouldn'?t vote)[ \t]*:?[ \t]*$",
        re.IGNORECASE,
    )
)
_DATE_CELL = re.compile(
    rf"^(?:(?:{MONTHS})\.?(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{MONTHS})\.?(?:,?\s+(?:19|20)?\d\d)?"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\.?\s*[-–]\s*\d{{1,2}}\s+(?:{MONTHS})\.?(?:,?\s+(?:19|20)?\d\d)?"
    r"|(?:19|20)\d\d|\d{1,2}/(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?"
    r"|Q[1-4]\s+\d{4}|wave\s+\d+"
    # year first, as a trend table's rows write a field period ("2026 Mar 3-5"), or a season ("Spring 2026")
    rf"|(?:19|20)\d\d\s+(?:{MONTHS})\.?(?:\s+\d{{1,2}}(?:\s*[-–]\s*(?:(?:{MONTHS})\.?\s+)?\d{{1,2}})?)?"
    r"|(?:spring|summer|autumn|fall|winter|early|mid|late)[ -](?:19|20)\d\d)"
    r"(?:\s*[\^†‡#]+)?$",  # (a release's marks of a field period: "^†")
    re.IGNORECASE,
)
# Shares that add up to between these make one complete result (a table row or column, a line; rounding
# allowed).
_WHOLE = (90.0, 102.0)


def adds_to_whole(total: float) -> bool:
    """Whether shares summing to ``total`` make one complete result (see ``_WHOLE``)."""
    return _WHOLE[0] <= total <= _WHOLE[1]


def adds_to_part(values: list[float]) -> bool:
    """Whether three or more shares make most of one result without passing a whole: the main parties or
    answers of a poll table that leaves the small ones out (rates, indexes and scores rarely add so)."""
    return len(values) >= 3 and 50.0 <= sum(values) <= _WHOLE[1]


# A line with more numbers than this is a dump (a table row has a few dozen at most).
MAX_PER_LINE = 400


def _cls(gap: str) -> str:
    """The class of the text between two numbers: pipes, letters, a leader, brackets, a slash
    (signs, colons and dashes are left out: "-5" and "5" sit in the same column)."""
    out = ""
    if "|" in gap:
        out += "|"
    if _LETTER.search(gap):
        return out + "W" + ("L" if ".." in gap or "…" in gap else "")
    if ".." in gap or "…" in gap:
        out += "L"
    if "(" in gap:
        out += "("
    if ")" in gap:
        out += ")"
    if "/" in gap:
        out += "/"
    return out


_TAIL_WORDS = (
    "on",
    "at",
    "with",
    "of",
    "to",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "the",
    "a",
    "an",
    "and",
    "by",
)
_TAIL_MARKS = "()[]:;,=|–—-"
_LABEL_TAIL = re.compile(
    r"(?:[\s" + re.escape(_TAIL_MARKS) + r"]+|\b(?:" + "|".join(_TAIL_WORDS) + r")\b)+$",
    re.I,
)
_ASCII_TAIL_WORDS = frozenset(_TAIL_WORDS)
_ASCII_TAIL_MARKS = frozenset(" " + _TAIL_MARKS)


def _line_label(text: str) -> str:
    """The label of a line's first number: the words before it, without trailing brackets, colons,
    dashes or function words ("Labour on (" -> "Labour"). A dotted leader is kept (the answer
    candidates read the clean words from their own segment)."""
    label = " ".join(text.split())
    if label.isascii():
        return label[: _tail_start(label)]
    return _LABEL_TAIL.sub("", label)


def _tail_start(label: str) -> int:
    """Where :data:`_LABEL_TAIL` matches an ASCII ``label`` with no line break (its length where it does
    not), read from the end: the pattern, tried at every offset with every word ignoring case, cost ~30 µs
    a label. The tail is a run of marks and whole function words back from the end; no function word
    ends another, so the run read backwards, a mark or a whole word at a time, is the only way to
    parse it, and the pattern's match starts where that run starts."""
    i = len(label)
    while i > 0:
        if label[i - 1] in _ASCII_TAIL_MARKS:
            i -= 1
            continue
        j = i
        while j > 0 and (label[j - 1].isalnum() or label[j - 1] == "_"):
            j -= 1
        if j == i or label[j:i].lower() not in _ASCII_TAIL_WORDS:
            break
        i = j
    return i


def _label_text(text: str, ls: int, nums: list[Num], gaps: list[str]) -> str:
    """The text before a line's first number, or before its first number after a leading year ("2016
    Leave voters  64  24  12": the year is part of the row's label)."""
    first = nums[0]
    if (
        len(nums) > 1
        and not first.cand.marked
        and 1900 <= first.value <= 2100
        and first.value == int(first.value)
    ):
        return text[ls : nums[1].start]
    return gaps[0]


def is_date_cell(text: str) -> bool:
    return _DATE_CELL.match(" ".join(text.split()).strip(" |*")) is not None


@dataclass(slots=True)
class Place:
    """Where one number sits. Gaps are the raw text before and after it up to its neighbours."""

    pos: int = 0  # index among the numbers of its line
    count: int = 1  # numbers on the line
    gap_before: str = ""
    gap_after: str = ""
    cell: int | None = None  # pipe cell index in the row
    cells: int = 0  # cells in the row
    col: int | None = None  # index among the row's numeric cells (0 = first)
    cell_pure: bool = False  # the cell holds only this number (and its % sign)
    cell_lead: bool = False  # the first number of its cell
    header: str | None = None  # the nearest header cell above its column
    header_date: str | None = None  # a header cell above its column that names a date (a wave)
    # A head spanning several columns above its own ("Likely Voters" over "NV  AZ  NV  AZ"): see _spans.
    header_span: str | None = None
    # The header naming its column when the header row leaves out the row labels' column ("Favorable |
    # Unfavorable |" over "Obama | 53 | 43 |"): one cell to the left of the one straight above.
    stub_header: str | None = None
    row_label: str = ""  # the row's first cell, or the text before the line's first number
    block: int = 1  # lines in the run of same-shape lines holding it
    run: int = -1  # which run of same-shape lines holds it (an index in text order)
    block_whole: bool = False  # the block's one-number lines add up to about a whole
    line_whole: bool = False  # the line's share-like numbers add up to about a whole
    col_whole: bool = False  # the column of its block adds up to about a whole
    # A table that prints only the main parties or answers: three or more shares of its line, or of its
    # block's column, that add up to between half and a whole (see ``adds_to_part``).
    line_part: bool = False
    col_part: bool = False
    col_signed: bool = False  # another number of its column carries a sign (+/-): a change column
    shape: str = ""
    signed: bool = False  # "+4", "-5": a change or a net
    count_before_pct: bool = False  # "720 36%": the 720
    after_count: bool = False  # "720 36%": the 36
    in_parens: bool = False  # "(55)"
    paren_after_num: bool = False  # "53 (55)": the 55, an earlier or other reading
    has_paren_next: bool = False  # "53 (55)": the 53
    leader: bool = False  # "Right direction ...... 37%"
    name_before: bool = False  # a capitalised word right before: "McCain 46", "CON 41:"
    name_list: bool = False  # a bare "Name NN" item next to another whose value makes at most a whole
    label_items: int = 0  # numbers on the line with a label (letters) right before them
    colon_pair: bool = False  # "43:51"
    paren_change: bool = False  # "(0)" on a line whose other bracketed numbers are signed: a change
    col_count: bool = False  # its column of a block holds a count over 100: "Frequency" (see _count_columns)
    cell_words: bool = False  # its pipe cell has words besides numbers ("6 months ago")
    in_label_cell: bool = False  # it sits in the row label's own cell ("18-20 June | 39 | 31")
    # A table flattened onto one line ("Approve 44 40 48 Disapprove 50 55 45"): the number is an item of a
    # labelled run of numbers as long as others on its line; flat_whole: its column across the line's
    # consecutive runs, or its own run, adds up to about a whole (see _flat_rows).
    flat_row: bool = False
    flat_whole: bool = False
    flat_col_whole: bool = False  # its column across the flattened rows adds up to about a whole
    flat_slot: int = -1  # its column's place in its flattened row, empty cells ("-") counted
    flat_width: int = 0  # how many columns its flattened row has, empty cells counted
    # A table copied without its grid, every line one or more bare cells ("Approve" / "44" / "Democrats" /
    # "81", or a label line over a line of tab-set numbers): the number is a cell of a row rebuilt from that
    # sequence of cells (see _stacked_grid); stack_whole: its row or column adds up to about a whole.
    stack_row: bool = False
    stack_whole: bool = False
    stack_at: int = -1  # the rebuilt row: the index of its first number (-1 outside such a table)
    code: bool = False  # an answer code opening its line ("  4 Strongly oppose   4%"), see _codes
    # A number of a row's label, not of its cells: the band or code a crosstab row is named by ("18-29",
    # "65+", "$30k to less than $50k", "ABC1") before the row's run of values (see _label_numbers).
    label_num: bool = False
    # A cell of a crosstab whose options are one header line of words run together (see run_headers): the
    # header's line (-1 elsewhere) and the banner heading above its row ("age", "2020 vote").
    headed: int = -1
    banner: str = ""
    # A value of a row that prints each side's net beside its parts (see net_rows).
    net_row: bool = False
    # A bare cell of a row under a row as wide that prints its percent signs: a table that marks the unit
    # on its first row only ("Approve 41% 45%" over "Disapprove 50 46"; see percent_once).
    pct_above: bool = False
    # A bare number on a banner's or a title's lines around a crosstab's line of percent signs: a head (an
    # age band's broken top, a wave's dates), never a figure (see unit_lines).
    unit_head: bool = False
    # Its header is a head of the banner over a unit line of percent signs (see unit_lines).
    unit_banner: bool = False
    # The head rebuilt from a stack of one-cell lines over its column, each head closed by its date (the
    # date is its header): see result_columns.
    stack_head: str = ""


@dataclass(slots=True)
class Layout:
    places: list[Place] = field(default_factory=list)  # by Num.index


def _share_like(n: Num, p: Place) -> bool:
    return n.value <= 100 and not p.count_before_pct and not p.signed and not p.paren_after_num


_SIGNS = "+-−–"


def _signed(text: str, ls: int, st: int, rest: str) -> bool:
    """Whether the number starting at ``st`` (its line starting at ``ls``) carries a sign: "+4", "(-3)",
    "net -5". A sign opening its line counts where no words follow on the line ("-7" or "+ 9.5%" alone
    on a line, a stacked table's net or spread cell, "- 5%" too), not where it is a bullet ("-52% say ...",
    "- 52% say ...")."""
    ch = text[st - 1] if st > ls else ""
    if ch and ch in _SIGNS:
        if st - 1 == ls:
            return not _LETTER.search(rest)
        ch2 = text[st - 2]
        return not ch2.isalnum() and ch2 not in "%)"
    # "+ 9.5%", "- 5%": a sign and one space opening a line that holds nothing else
    return (
        ch == " "
        and st - 2 >= ls
        and text[st - 2] in _SIGNS
        and not text[ls : st - 2].strip()
        and not _LETTER.search(rest)
    )


def layout(a: Analysis) -> Layout:
    """The :class:`Place` of every number of ``a``, computed in one pass over its lines."""
    places = [Place() for _ in a.numbers]
    text = a.text
    shapes: dict[int, str] = {}
    for li in sorted(a.numbers_by_line):
        nums = a.numbers_by_line[li]
        if len(nums) > MAX_PER_LINE:
            continue  # a dump of numbers, not a table row or a list: its places stay empty
        span = a.lines[li]
        ls, le = span.start, span.end
        k = len(nums)
        # gaps
        bounds = [ls] + [n.cand.mark_end for n in nums]
        gaps = [text[bounds[i] : nums[i].start] if bounds[i] <= nums[i].start else "" for i in range(k)]
        tail = text[nums[-1].cand.mark_end : le] if nums[-1].cand.mark_end <= le else ""
        gaps.append(tail)
        for i, n in enumerate(nums):
            p = places[n.index]
            p.pos, p.count = i, k
            p.gap_before, p.gap_after = gaps[i], gaps[i + 1]
            gb, ga = gaps[i], gaps[i + 1]
            p.signed = not n.cand.spelled and _signed(text, ls, n.start, text[n.cand.mark_end : le])
            gbs, gas = gb.rstrip(), ga.lstrip()
            # "(+3)": the sign sits inside the bracket
            p.in_parens = gbs.rstrip("+-−–").endswith(("(", "[")) and gas.startswith((")", "]"))
            p.paren_after_num = p.in_parens and i > 0 and gbs.strip() in ("(", "[")
            p.leader = _LEADER.search(gb[-40:]) is not None
            p.colon_pair = (gb.strip() == ":" and i > 0) or (ga.strip() == ":" and i + 1 < k)
            if n.cand.partner is None and not n.cand.marked and i + 1 < k and not ga.strip():
                nxt = nums[i + 1]
                p.count_before_pct = nxt.cand.marked and n.value == int(n.value)
            if i > 0 and not gb.strip() and n.cand.marked and not nums[i - 1].cand.marked:
                p.after_count = True
            if i + 1 < k and gas.startswith(("(", "[")) and ga.strip() in ("(", "["):
                p.has_paren_next = True
            m = _CAP_END.search(gb[-60:])
            if (m is not None and not _BAD_NAME.match(m.group("w"))) or _ANSWER_END.search(gb[-30:]):
                p.name_before = True
        label_items = sum(1 for g in gaps[:k] if _LETTER.search(g))
        named = [
            places[n.index].name_before and not n.cand.marked and n.value == int(n.value) and n.value <= 100
            for n in nums
        ]
        share = [n.value for n in nums if _share_like(n, places[n.index])]
        line_whole = len(share) >= 2 and adds_to_whole(sum(share))
        line_part = adds_to_part(share)
        signed_paren = any(places[n.index].signed and places[n.index].in_parens for n in nums)
        for i, n in enumerate(nums):
            p = places[n.index]
            p.paren_change = signed_paren and p.in_parens
            p.label_items = label_items
            p.line_whole = line_whole
            p.line_part = line_part
            if named[i]:
                p.name_list = any(
                    0 <= j < k and named[j] and n.value + nums[j].value <= 101 and len(gaps[max(i, j)]) <= 40
                    for j in (i - 1, i + 1)
                )
        # pipe rows
        line = text[ls:le]
        if "|" in line:
            bars = [ls + m.start() for m in re.finditer(r"\|", line)]
            starts = [ls] + [b + 1 for b in bars]
            ends = [*bars, le]
            cells = [text[s:e] for s, e in zip(starts, ends, strict=True)]
            label_ci = 1 if not cells[0].strip() and len(cells) > 1 else 0
            label = cells[label_ci]
            if label_ci + 1 < len(cells) and _category_cells(label, cells[label_ci + 1]):
                label = cells[label_ci + 1]  # "| Gender | Men | 44% |": the subgroup, not its category
            cell_of = [bisect.bisect_right(starts, n.start) - 1 for n in nums]
            in_cell: dict[int, int] = {}
            col_of: dict[int, int] = {}
            for ci in cell_of:
                in_cell[ci] = in_cell.get(ci, 0) + 1
                col_of.setdefault(ci, len(col_of))
            row_label = " ".join(label.split())
            # Whether each cell holds a letter, looked up once per cell: a number written without letters
            # leaves the cell's letters as they are when taken out (one long cell may hold many numbers).
            lettered: dict[int, bool] = {}
            for j, n in enumerate(nums):
                p = places[n.index]
                ci = cell_of[j]
                p.cell, p.cells, p.col = ci, len(cells), col_of[ci]
                p.cell_lead = j == 0 or cell_of[j - 1] != ci
                written = text[n.start : n.cand.mark_end]
                single = in_cell[ci] == 1
                if single or _LETTER.search(written) is not None:
                    rest = cells[ci].replace(written, "", 1)
                    p.cell_pure = single and not rest.strip(" \t*")
                    p.cell_words = _LETTER.search(rest) is not None
                else:
                    p.cell_pure = False
                    if ci not in lettered:
                        lettered[ci] = _LETTER.search(cells[ci]) is not None
                    p.cell_words = lettered[ci]
                p.in_label_cell = ci == label_ci
                p.row_label = row_label
        else:
            label = _line_label(_label_text(text, ls, nums, gaps)[-80:])
            for n in nums:
                places[n.index].row_label = label
        shapes[li] = "".join(_cls(gaps[i]) + ("P" if nums[i].cand.marked else "N") for i in range(k)) + _cls(
            tail
        )
        if k >= 6 and "|" not in line:
            _flat_rows(nums, gaps, places, text, ls)
    _headers(a, places)
    continued = percent_once.continue_shapes(a, shapes)
    runs = _blocks(a, places, shapes)
    percent_once.mark(a, places, continued)
    _space_headers(a, places, runs)
    _tracker_headers(a, places)
    _after_counts(a, places)
    _stacked_grid(a, places)
    _codes(a, places)
    _label_numbers(a, places)
    run_headers.mark(a, places)
    net_rows.mark(a, places)
    # (last: a unit line's banner and a stack's dated heads name their columns over the heads read above)
    unit_lines.mark(a, places)
    result_columns.mark(a, places)
    return Layout(places)


# A pipe cell with words and more numbers than this on its line is a run of prose or a flattened release
# (copied with a "|" in its page header), not a table cell: no column of changes runs through it.
_CELL_MAX_NUMS = 6


def _category_cells(first: str, second: str) -> bool:
    """Whether a pipe row's first two cells are a crosstab block's category and its subgroup."""
    second = second.strip()
    if not second or re.fullmatch(r"[\d.,%*\s-]+", second):
        return False  # a value cell, not a subgroup's
    return " ".join(first.split()).rstrip(":").lower() in CATEGORY_HEADS


def _outer(cells: list[str]) -> tuple[int, int]:
    """How many of a pipe line's edge cells are the empty cells of outer pipes ("| a | b |"): (lead, trail)."""
    lead = 1 if len(cells) > 1 and not cells[0].strip() else 0
    trail = 1 if len(cells) > 1 + lead and not cells[-1].strip() else 0
    return lead, trail


def _aligned(header: list[str], ci: int, n_cells: int, row_outer: tuple[int, int] = (0, 0)) -> str | None:
    """The header cell above cell ``ci`` of a row of ``n_cells`` (right-aligned when shorter).

    Outer pipes are set aside first on both lines, so "| Total | Men" over "| Approve | 44% | 40% |"
    puts Total over 44 (a row with outer pipes and a header without them are one column apart)."""
    hl, ht = _outer(header)
    header = header[hl : len(header) - ht]
    ci, n_cells = ci - row_outer[0], n_cells - row_outer[0] - row_outer[1]
    j = ci - (n_cells - len(header)) if len(header) < n_cells else ci
    if 0 <= j < len(header):
        h = " ".join(header[j].split())
        return h or None
    return None


def _stub_shift(header: list[str], num_cells: list[int], row_outer: tuple[int, int] = (0, 0)) -> int:
    """1 when a header row leaves out the row labels' column: "Favorable | Unfavorable |" above
    "Obama | 53 | 43 |" names the row's numeric cells in order, so its cell j sits above cell j+1.

    That is the case when the header's labels fill its first cells and are exactly as many as the
    row's numeric cells, which start at the second cell and run without a gap."""
    filled = [j for j, c in enumerate(header) if c.strip()]
    if not filled or filled[0] != 0 or not num_cells or num_cells[0] != 1:
        return _stub_shift_outer(header, num_cells, row_outer)
    k = len(num_cells)
    if filled != list(range(k)) or num_cells != list(range(1, k + 1)):
        return _stub_shift_outer(header, num_cells, row_outer)
    return 1


def _stub_shift_outer(header: list[str], num_cells: list[int], row_outer: tuple[int, int]) -> int:
    """The same read inside outer pipes, where a crosstab's row may open on two label cells, its block's
    category and the subgroup ("| Party ID | Democrat | 41% | 52% |" under "| Approve | Disapprove |"): the
    shift is the number of label cells (1 or 2), read only where the row has outer pipes."""
    if not row_outer[0] or not num_cells:
        return 0
    hl, ht = _outer(header)
    inner = header[hl : len(header) - ht]
    filled = [j for j, c in enumerate(inner) if c.strip()]
    cells = [c - row_outer[0] for c in num_cells]
    k = len(cells)
    if cells[0] not in (1, 2) or filled != list(range(k)) or cells != list(range(cells[0], cells[0] + k)):
        return 0
    return cells[0]


# Age bands in a crosstab's header row ("18-34", "65+", "Under 35"), like dates, are a header's numbers.
_AGE_CELL = re.compile(
    r"^(?:(?:ages?d?|under|over)\s+\d{2}|[1-9][05-8]\s*[-–]\s*[1-9][49]|[1-9][05]\s*(?:\+|\s*and\s+(?:over|older|up)))$",
    re.IGNORECASE,
)


_SINCE_DATE = re.compile(
    r"[A-Za-z]\s+(?:since|from|vs\.?|versus|compared\s+(?:with|to)|as\s+of)\s+(?P<d>[^|]+?)\s*$",
    re.IGNORECASE,
)


def _in_date(text: str, n: Num) -> bool:
    """A year, or a number inside a date or age-band cell ("Mar 2024", "12-14 June", "18-34"): a
    header's number."""
    if 1900 <= n.value <= 2100 and n.value == int(n.value) and not n.cand.marked:
        return True
    lo = text.rfind("|", max(0, n.start - 40), n.start)
    hi = text.find("|", n.end, n.end + 40)
    if lo < 0 or hi < 0:
        return False
    cell = text[lo + 1 : hi]
    if is_date_cell(cell) or _AGE_CELL.match(" ".join(cell.split()).strip(" *")) is not None:
        return True
    # a column's words ending in the date they compare with ("Change since 3-4 June"), the number in it
    since = _SINCE_DATE.search(cell)
    return since is not None and lo + 1 + since.start("d") <= n.start and is_date_cell(since.group("d"))


def _headers(a: Analysis, places: list[Place]) -> None:
    """Header rows of pipe tables are pipe lines without numbers; each row reads the ones above it."""
    text = a.text
    headers: list[list[str]] = []
    prev_pipe = -5
    num_lines = a.numbers_by_line
    for li, span in enumerate(a.lines):
        line = text[span.start : span.end]
        if "|" not in line:
            if line.strip() and li - prev_pipe > 2:
                headers = []
            continue
        prev_pipe = li
        if li not in num_lines or all(_in_date(text, n) for n in num_lines[li]):
            if run_headers.unit_line(line.replace("|", " ")):
                continue  # "| Row % | Row % |": the cells' unit under the header, no header itself
            if _LETTER.search(line) or any(is_date_cell(c) for c in line.split("|")):
                headers = [*headers[-3:], line.split("|")]
            continue
        if not headers:
            continue
        row_cells = line.split("|")
        # the row's value cells: its numbers' (not a date's in its label, "July 2007") and its empty value
        # cells ("--"), so a header leaving out the labels' column is read one cell over on every row
        num_cells = sorted(
            {c for n in num_lines[li] if (c := places[n.index].cell) is not None and not _in_date(text, n)}
            | {j for j, c in enumerate(row_cells) if j and c.strip() and empty_cell_line(c)}
        )
        row_outer = _outer(row_cells)
        shift = _stub_shift(headers[-1], num_cells, row_outer) or _stub_shift_outer(
            headers[-1],
            sorted(
                {
                    c
                    for n in num_lines[li]
                    if (c := places[n.index].cell) is not None and places[n.index].cell_pure
                }
            ),
            row_outer,
        )
        for n in num_lines[li]:
            p = places[n.index]
            if p.cell is None:
                continue
            if shift and len(headers[-1]) >= p.cells:  # a shorter header is right-aligned already
                p.stub_header = _aligned(headers[-1], p.cell - shift, p.cells, row_outer)
            for h in reversed(headers):
                cell = _aligned(h, p.cell, p.cells, row_outer)
                if cell is None:
                    continue
                if p.header is None:
                    p.header = cell
                if p.header_date is None and is_date_cell(cell):
                    p.header_date = cell


def _blocks(a: Analysis, places: list[Place], shapes: dict[int, str]) -> list[list[int]]:
    """Runs of consecutive lines (blank lines allowed between) with one shape (returned)."""
    runs: list[list[int]] = []
    prev = -10
    for li in sorted(shapes):
        gap_ok = prev >= 0 and a.blank_between(prev, li) if li - prev <= 3 else False
        if runs and gap_ok and shapes[runs[-1][-1]] == shapes[li]:
            runs[-1].append(li)
        else:
            runs.append([li])
        prev = li
    by_line = a.numbers_by_line
    for run_index, run in enumerate(runs):
        nums = [n for li in run for n in by_line[li]]
        single = all(len(by_line[li]) == 1 for li in run)
        block_whole = False
        if single and len(run) >= 2:
            vals = [n.value for n in nums if _share_like(n, places[n.index])]
            block_whole = adds_to_whole(sum(vals))
        cols: dict[int, list[Num]] = {}
        for n in nums:
            p = places[n.index]
            key = p.cell if p.cell is not None else p.pos
            cols.setdefault(key, []).append(n)
        for members in cols.values():
            shares = [m.value for m in members if _share_like(m, places[m.index])]
            whole = len(run) >= 2 and len(shares) >= 2 and adds_to_whole(sum(shares))
            part = adds_to_part(shares)
            signed = any(places[m.index].signed for m in members)
            crowded = (
                len(members) > _CELL_MAX_NUMS
                and Counter(m.line for m in members).most_common(1)[0][1] > _CELL_MAX_NUMS
            )
            for m in members:
                p = places[m.index]
                p.col_whole = whole
                p.col_part = part
                # "+/-3.7%" in a release's methodology says nothing of the shares after it in its cell
                p.col_signed = signed and (p.signed or not (crowded and p.cell is not None and p.cell_words))
        _count_columns(run, cols, places)
        for n in nums:
            p = places[n.index]
            p.block = len(run)
            p.run = run_index
            p.block_whole = block_whole
            p.shape = shapes[n.line]
    return runs


def _count_columns(run: list[int], cols: dict[int, list[Num]], places: list[Place]) -> None:
    """Frequency columns of toplines written without a percent sign ("Crime  198  22"): a column of a
    block of two or more lines in which at least two numbers, and half of them, are counts over 100
    (not years) holds counts (one sample-size row in a trend table does not make its columns counts),
    and the bare number right after a count on its line is that row's percentage (``after_count``)."""
    if len(run) < 2:
        return
    for members in cols.values():
        big = sum(
            1 for m in members if m.value > 100 and m.value == int(m.value) and not 1900 <= m.value <= 2100
        )
        if big >= 2 and 2 * big >= len(members):
            for m in members:
                if not m.cand.marked:
                    places[m.index].col_count = True


def _after_counts(a: Analysis, places: list[Place]) -> None:
    """The bare number right after a count of a count column, with only space between: its percentage."""
    for nums in a.numbers_by_line.values():
        for prev, n in itertools.pairwise(nums):
            p = places[n.index]
            if places[prev.index].col_count and not p.col_count and not p.gap_before.strip(" \t|"):
                p.after_count = True


_COLUMN_GAP = re.compile(r"\t+|[ \t]{2,}")
_DIGIT = re.compile(r"\d")


# A crosstab banner's income column head: "<$50K", "$50K-$100K", "$100K+", "$40-90K".
_MONEY_CELL = re.compile(r"[<>]?\$\d[\d,]*[kK]?(?:\s*[-–]\s*\$?\d[\d,]*[kK]?|\+)?")
# From this many columns on, a header line split at single spaces is read however long it is: a banner
# of one-word subgroup heads over crosstab rows ("Total Dem Rep Ind M F Lib Mod Conserv ... $100K+").
_WIDE_BANNER = 8


def _header_cells(line: str, k: int) -> list[str] | None:
    """The column headers of a space- or tab-aligned header line over rows of ``k`` numbers, or None: its
    cells split at tabs or runs of spaces (else at single spaces), a leading stub cell ("Party") dropped
    when there is one more cell than columns. Every cell must have letters or be a date, an age or money
    band, or a broken head's bare "+" (which its top must claim, see :func:`_space_headers`)."""
    cells = [c for c in _COLUMN_GAP.split(line.strip()) if c]
    if len(cells) < k:
        cells = _split_led(cells, k)
    if len(cells) != k and len(cells) != k + 1 and (len(line) <= 60 or k >= _WIDE_BANNER):
        cells = line.split()  # one-word headers: "Dec Sep Jun Mar", a wide banner "Total Dem Rep ... 55+"
    if len(cells) not in (k, k + 1):
        cells = _wave_heads(line) or cells  # "Now Jan. 2026 Sept. 2025": waves' heads of several words
    if len(cells) == k + 1:
        cells = cells[1:]
    if len(cells) != k:
        return None
    if not all(
        (_LETTER.search(c) and (not _DIGIT.search(c) or is_date_cell(c) or _YEARISH.search(c)))
        or is_date_cell(c)  # a trend's waves: "Now 8/2025 2/2025"
        or _AGE_CELL.match(c)
        or _MONEY_CELL.fullmatch(c)
        or banner_tops.tail_only(c)  # a broken head's "+", its top on the line above
        for c in cells
    ):
        return None
    return cells


# A trend table's head of one wave: the newest ("Now", "Latest") or a date ("Jan. 2026", "8/2025", "Mar 3").
_WAVE_HEAD = re.compile(
    rf"(?:now|today|latest|current|(?:{MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?"
    r"|\d{1,2}/(?:\d{1,2}/)?(?:19|20)?\d\d|(?:19|20)\d\d)(?=\s|$)",
    re.IGNORECASE,
)


def _wave_heads(line: str) -> list[str] | None:
    """A header line of waves' heads set apart by single spaces, each head a date of one or more words
    ("Now Jan. 2026 Sept. 2025 May 2025"), split into its heads; None where the line is not wholly such."""
    heads, at, text = [], 0, line.strip()
    while at < len(text):
        m = _WAVE_HEAD.match(text, at)
        if m is None:
            return None
        heads.append(m.group(0))
        at = m.end()
        while at < len(text) and text[at] in " \t":
            at += 1
    return heads if len(heads) >= 2 else None


def _split_led(cells: list[str], k: int) -> list[str]:
    """Header cells with a run of columns led by one repeated word split into those columns ("Total",
    "Vote Greens Vote Labor Vote Lib/Nat Vote other" -> "Total", "Vote Greens", ...), where that makes as
    many cells as columns; else the cells unchanged."""
    out: list[str] = []
    for c in cells:
        words = c.split()
        lead = words[0] if words else ""
        starts = [i for i, w in enumerate(words) if w == lead]
        if (
            len(starts) < 2
            or not re.fullmatch(r"[A-Z][a-z]+", lead)
            or any(b - a < 2 for a, b in itertools.pairwise(starts))
            or starts[-1] == len(words) - 1
        ):
            out.append(c)
            continue
        bounds = [*starts, len(words)]
        parts = [words[a:b] for a, b in itertools.pairwise(bounds)]
        if not all(_LETTER.search(" ".join(part[1:])) for part in parts):
            return cells  # "Row % Row % Row %": a unit repeated, no columns named
        out.extend(" ".join(part) for part in parts)
    if len(out) not in (k, k + 1):
        return cells
    return out


# A line between a crosstab's header and its rows that only marks the columns: "%   %   %", "(A)  (B)  (C)".
_FILLER_ROW = re.compile(r"[ \t]*(?:(?:%|\([A-Z]{1,2}\)|[A-Z]|-{2,}|={2,})[ \t]*)+")


_YEARISH = re.compile(r"^(?:[^\d]*\b(?:19|20)\d\d\b[^\d]*)$")


def _space_headers(a: Analysis, places: list[Place], runs: list[list[int]]) -> None:
    """Headers of tables aligned with spaces or tabs: the non-blank line just above a run of two or more
    rows of one shape (one blank line allowed) that has one header cell per number of the rows
    ("Dec  Sep  Jun" over "Approve  44  41  39"). A run just below a headed run's table, past rows of
    missing values ("Refused  —  —  —") and single blank lines, keeps that header while it is as wide
    (see :func:`_carried`). Pipe rows keep their own headers."""
    text = a.text
    by_line = a.numbers_by_line
    last: tuple[int, list[str]] | None = None  # the last headed run's last line and its header cells
    for run in runs:
        first = run[0]
        nums = by_line[first]
        k = len(nums)
        if k < 2 or any(places[n.index].cell is not None for n in nums):
            continue
        banded = _banded_rows(a, run, last)
        if banded is not None:
            # rows of a headed table whose labels hold numbers ("Age 18 to 34 40% 41% 19%"): the header
            # goes on each row's run of values, the label's numbers set aside
            for li in run:
                for n, h in zip(banded[li], last[1] if last else [], strict=True):
                    places[n.index].header = h
            last = (run[-1], last[1]) if last else None
            continue
        cells = _carried(a, first, last, k)
        if cells is None:
            if len(run) < 2:
                continue
            above, fillers = first - 1, 0
            while above >= 0 and above >= first - 2 - fillers:
                line = text[a.lines[above].start : a.lines[above].end]
                if line.strip() and _FILLER_ROW.fullmatch(line) and fillers < 2:
                    fillers += 1  # a row of % signs or of column letters between the header and the rows
                elif line.strip():
                    break
                above -= 1
            if above < 0 or above < first - 2 - fillers:
                continue
            span = a.lines[above]
            line = text[span.start : span.end]
            if "|" in line:
                continue
            cells = _header_cells(line, k)
            if cells is None:
                continue
            cells = _with_tops(a, above, cells)
            if any(banner_tops.tail_only(c) for c in cells):
                continue  # a "+" whose top was not found names no column
        for li in run:
            for n, h in zip(by_line[li], cells, strict=False):
                p = places[n.index]
                p.header = h
                if is_date_cell(h):
                    p.header_date = h
        last = (run[-1], cells)


def _with_tops(a: Analysis, head: int, cells: list[str]) -> list[str]:
    """A wide banner's cells with the tops of its heads broken over two lines put back, read off the
    non-blank line above the header line (see :mod:`banner_tops`)."""
    if len(cells) < 3:
        return cells
    above = head - 1
    while above >= 0 and not a.line_text(above).strip():
        above -= 1
    if above < 0 or (above in a.numbers_by_line and "$" not in a.line_text(above)):
        return cells
    line = a.line_text(above)
    merged = banner_tops.merge(line, cells) if "/" in line or "-" in line else cells
    named = banner_tops.categorise(line, merged)
    if named == merged and above > 0:
        # the categories one line higher, over the tops: "Party Gender ..." / "Ind/ ..." / "Total Dem ..."
        higher = above - 1
        while higher >= 0 and not a.line_text(higher).strip():
            higher -= 1
        named = banner_tops.categorise(a.line_text(higher), merged) if higher >= 0 else merged
    return named


_MISSING_CELL = re.compile(rf"(?:{MISSING_VALUE})", re.I)


def _numeric_tail(a: Analysis, li: int) -> list[Num]:
    """The numbers that close line ``li`` with no letters between them: a tracker row's share columns
    after its date, pollster and sample ("Oct. 2 - 5 Acme Research 600 LV 52% 41% 7%" → 52, 41, 7)."""
    nums = a.numbers_by_line[li]
    text = a.text
    end = a.lines[li].end
    tail: list[Num] = []
    for n in reversed(nums):
        if _LETTER.search(text[n.end : end]):
            break
        tail.append(n)
        end = n.start
    if len(tail) == len(nums) or not _LETTER.search(text[a.lines[li].start : end]):
        return []  # no label before the tail: not a tracker row
    return tail[::-1]


def _tracker_headers(a: Analysis, places: list[Place]) -> None:
    """A tracker's header written with single spaces ("Poll Dates Sample Support Oppose Undecided") over
    rows whose dates, pollster and sample come before the share columns (an average's row among them):
    the header's last words name the columns of the numbers that close each row, one word a column.
    Only for a header without tabs or runs of spaces (an aligned header is read cell by cell), only where
    the words before those name a tracker's own columns (its dates, pollster or sample), only where each
    column word is capitalised (a lower-case word there, "Don't know", may be half of a two-word column,
    and the count would slip), and only for numbers no other header reached."""
    text = a.text
    by_line = a.numbers_by_line
    for li, span in enumerate(a.lines):
        if li in by_line:
            continue
        line = text[span.start : span.end]
        words = line.split()
        if (
            not 3 <= len(words) <= 16
            or "|" in line
            or _DIGIT.search(line)
            or _COLUMN_GAP.search(line.strip())  # cells set apart by tabs or spaces: read as a grid
            or not names_a_column(line)
        ):
            continue
        tails: list[list[Num]] = []
        j = li + 1
        while j < len(a.lines) and j - li <= 40:
            if j in by_line:
                tails.append(_numeric_tail(a, j))
            elif text[a.lines[j].start : a.lines[j].end].strip():
                break  # a line of words ends the table
            j += 1
        counts = Counter(len(x) for x in tails if x)
        if not counts:
            continue
        t, rows = counts.most_common(1)[0]
        if t < 2 or rows < 2 or len(words) <= t:
            continue
        heads = words[-t:]
        if not names_a_column(" ".join(words[:-t])) or not all(
            w[:1].isupper() and not _DIGIT.search(w) for w in heads
        ):
            continue
        for tail in tails:
            if len(tail) != t:
                continue
            for n, h in zip(tail, heads, strict=True):
                p = places[n.index]
                if not p.header and p.cell is None:
                    p.header = h


def _banded_rows(
    a: Analysis, run: list[int], last: tuple[int, list[str]] | None
) -> dict[int, list[Num]] | None:
    """The value runs of a run of rows right under a headed run whose rows hold more numbers than it has
    headers only because their labels hold numbers (an age band): each line's :func:`row_run` as wide as
    the header, with a label of letters; else None."""
    if last is None or run[0] != last[0] + 1:
        return None
    k = len(last[1])
    got: dict[int, list[Num]] = {}
    for li in run:
        nums = a.numbers_by_line[li]
        if len(nums) <= k:
            return None
        rr = row_run(a, li)
        if rr is None or len(rr[1]) != k or not _LETTER.search(rr[0]):
            return None
        got[li] = rr[1]
    return got


def _carried(a: Analysis, first: int, last: tuple[int, list[str]] | None, k: int) -> list[str] | None:
    """The header cells of the headed run ``last`` when the run starting at line ``first`` continues its
    table: only rows of missing values and single blank lines between, and as many numbers as headers."""
    if last is None or len(last[1]) != k or first - last[0] > 12:
        return None
    text = a.text
    j, blanks = first - 1, 0
    while j > last[0]:
        words = text[a.lines[j].start : a.lines[j].end].split()
        if not words:
            blanks += 1
            if blanks > 1:
                return None
        else:
            blanks = 0
            if j in a.numbers_by_line and _headed_band(a, j, k):
                j -= 1
                continue  # a banded row carried the header over (see _banded_rows)
            if j in a.numbers_by_line or not any(_MISSING_CELL.fullmatch(w) for w in words):
                return None
            if not _LETTER.search(words[0]) or not all(
                _MISSING_CELL.fullmatch(w) or _LETTER.search(w) for w in words
            ):
                return None
        j -= 1
    return last[1]


def _headed_band(a: Analysis, li: int, k: int) -> bool:
    rr = row_run(a, li)
    return rr is not None and len(rr[1]) == k and len(a.numbers_by_line[li]) > k


def _flat_rows(nums: list[Num], gaps: list[str], places: list[Place], text: str = "", ls: int = 0) -> None:
    """Rows of a table flattened onto one line: runs of three or more numbers with nothing but spaces and
    percent signs between them, each after a label with letters, and at least two runs of one length.
    A dash standing alone between a row's numbers ("94% - - -", "9% - 96% -") is an empty cell: it keeps
    its column's place (see :mod:`flat_slots`), and a row's unmarked counts printed after its dashes
    ("- - - 509 171 ...", a pollster's base counts) are a row of their own, passed over.
    The header cells written before the first row of such a table name its columns (see _flat_header);
    ``ls`` is the line's start in ``text``."""
    runs = flat_slots.slot_runs(nums, gaps)
    lengths: dict[int, int] = {}
    for r in runs:
        if len(r) >= 3 and r.labelled:
            lengths[len(r)] = lengths.get(len(r), 0) + 1
    if not lengths or max(lengths.values()) < 2:
        return
    # consecutive runs of one length: the rows of one question (a row of counts between them is passed over)
    group: list[flat_slots.Run] = []
    for r in [*runs, flat_slots.Run(True)]:
        if r.counts and group and len(r) == len(group[0]):
            continue
        if group and len(r) == len(group[0]):
            group.append(r)
            continue
        if len(group) >= 2 and len(group[0]) >= 3:
            _mark_flat(group, places)
            if text:
                _flat_header(group, places, text, ls)
        group = [r] if len(r) >= 3 else []


# A header cell of a flattened crosstab: one capitalised word ("Total", "Dem", "Women") or an age band.
_FLAT_HEAD = re.compile(r"[A-Z][A-Za-z.'’/&-]*")
_FLAT_TOTAL = frozenset({"total", "all", "overall"})
# Words that go on a head of several words, never open a row's label.
_HEAD_GOES_ON = frozenset({"of", "the", "and", "or"})


def _flat_head_cell(word: str) -> bool:
    return _FLAT_HEAD.fullmatch(word) is not None or _AGE_CELL.match(word) is not None


def _flat_header(rows: list[flat_slots.Run], places: list[Place], text: str, ls: int) -> None:
    """The header of a table flattened onto one line ("Job approval Total Dem Rep Ind Approve 44 81 9 37
    Disapprove ..."): the k words just before the first row's label, for rows of k numbers, each a
    capitalised word or an age band. The first row's label is its last word, or as many words as put a
    total column's head ("Total", "All") first. Each row's label becomes its own row label."""
    first = rows[0].first
    k = len(rows[0])
    words = text[max(ls, first.start - 200) : first.start].split()
    found: tuple[list[str], list[str]] | None = None
    for n_label in range(1, 4):
        if len(words) < k + n_label:
            break
        head = words[len(words) - n_label - k : len(words) - n_label]
        if not all(_flat_head_cell(w) for w in head) or words[len(words) - n_label] in _HEAD_GOES_ON:
            continue  # (a label opening on "of" is the end of a head of words: "Rest | of Dunmore")
        if found is None or head[0].lower() in _FLAT_TOTAL:
            found = (head, words[len(words) - n_label :])
            if head[0].lower() in _FLAT_TOTAL:
                break
    if found is None:
        return
    head, label = found
    for r in rows:
        for m, h in zip(r.cells, head, strict=True):
            if m is not None:
                places[m.index].header = h
    for j, r in enumerate(rows):
        row_label = " ".join(label) if j == 0 else _line_label(places[r.first.index].gap_before.strip(" \t%"))
        for m in r.nums():
            places[m.index].row_label = row_label


def _mark_flat(rows: list[flat_slots.Run], places: list[Place]) -> None:
    width = len(rows[0])
    whole_cols = set()
    for j in range(width):
        col = [c.value for r in rows if (c := r.cells[j]) is not None and c.value <= 100]
        if len(col) >= 2 and adds_to_whole(sum(col)):
            whole_cols.add(j)
    for r in rows:
        row_whole = adds_to_whole(sum(m.value for m in r.nums() if m.value <= 100))
        for j, m in enumerate(r.cells):
            if m is None:
                continue
            p = places[m.index]
            p.flat_row = True
            p.flat_whole = j in whole_cols or row_whole
            p.flat_col_whole = j in whole_cols
            p.flat_slot, p.flat_width = j, width


_STACK_SPLIT = re.compile(r"\t+|[ \t]{2,}|\|")
_STACK_FILL = re.compile(r"[\s|*]*")
# Before a number of a stacked cell, its sign may stand too: a change column's "+0.4" or "-1.1".
_STACK_SIGNED = re.compile(r"[\s|*]*[+\-−–±][ \t]*")
# A header that names its column's numbers as percentages ("%", "Share %", "Per cent", "Pct"): numbers
# under it are shares even when the table prints only the main parties or answers and so makes no whole.
_PCT_HEAD = re.compile(r"%|\bper ?cent(?:age)?s?\b|\bpct\b|\bshare\b", re.I)
# A header naming a rate, not a share of people: "Rate %", "Growth %", "Yield", "Interest".
_RATE_HEAD = re.compile(r"\b(?:rates?|growth|yields?|interest|inflation|tax|turnout)\b", re.I)
# A header cell that is a percent sign alone ("%", "(%)"): a label cell though it has no letters.
_PCT_CELL = re.compile(r"\(?%\)?")
# A label cell of a gridless table: words (a date or a name), at most this long.
_STACK_LABEL_MAX = 80
# Rows rebuilt from a cell sequence: at most this many cells a row (labels and numbers).
_STACK_WIDTH = 16
# A value cell left empty, on a line of its own ("--", "—", "n/a"): it keeps its column (see _is_label).
_STACK_EMPTY_LINE = re.compile(r"[ \t|]*(?:[-—–−]{1,3}|n/?a)[ \t|]*", re.IGNORECASE)
_EMPTY = "\x00"
# Two cells run together where a page's table lost its cell breaks, the first the second line of a head
# broken over two ("Nova" / "ScotiaNew Brunswick" / "Manitoba": "Nova Scotia", then "New Brunswick").
_RUN_TOGETHER = re.compile(r"(?P<head>[A-Z][a-z]{3,})(?P<tail>[A-Z][a-z]{2,}(?: [\w.()-]+){0,4})")


def empty_cell_line(line: str) -> bool:
    """Whether a line is one empty value cell of a table copied one cell a line ("--", "n/a")."""
    return _STACK_EMPTY_LINE.fullmatch(line) is not None


def _is_label(cell: tuple[str, Num | None]) -> bool:
    """Whether a cell of a gridless table's sequence is a label (not a number nor an empty value cell)."""
    return cell[1] is None and cell[0] != _EMPTY


def _stack_cells(a: Analysis, li: int) -> list[tuple[str, Num | None]] | None:
    """The cells of line ``li`` when it is a line of a table copied without its grid: only numbers (each
    a cell) or only labels (split at tabs, runs of spaces and pipes; a date counts as a label); ``[]`` for
    a blank or pipe-only line; None for any other line (prose, a labelled row)."""
    span = a.lines[li]
    line = a.text[span.start : span.end]
    nums = a.numbers_by_line.get(li, [])
    if not line.strip(" \t|*"):
        return []
    if not nums and _STACK_EMPTY_LINE.fullmatch(line):
        return [(_EMPTY, None)]
    if nums:
        rest, at = [], span.start
        for n in nums:
            if n.start < at:
                return None
            rest.append(a.text[at : n.start])
            at = n.cand.mark_end
        rest.append(a.text[at : span.end])
        if all(
            _STACK_FILL.fullmatch(r)
            or (j < len(nums) and nums[j].cand.partner is None and _STACK_SIGNED.fullmatch(r))
            for j, r in enumerate(rest)
        ):
            return [("", n) for n in nums]
        if (
            not is_date_cell(line)
            and not _short_label(line, nums)
            and not _AGE_CELL.match(line.strip(" \t|*"))
        ):
            return None  # (an age band's line, "18-34" or "55+", is a head's cell: its numbers are no values)
    cells = [" ".join(c.split()) for c in _STACK_SPLIT.split(line) if c.strip(" \t*")]
    if not cells or any(
        len(c) > _STACK_LABEL_MAX
        or not (_LETTER.search(c) or _PCT_CELL.fullmatch(c) or is_date_cell(c) or _AGE_CELL.match(c))
        for c in cells
    ):
        return None
    if nums and len(cells) != 1:
        return None
    return [(c, None) for c in cells]


def _short_label(line: str, nums: list[Num]) -> bool:
    """A short cell of words around bare numbers, a sample or a date rather than a share: "583 LV",
    "n=1,002", "Wave 3"."""
    return (
        not any(n.cand.marked for n in nums) and len(line.split()) <= 3 and _LETTER.search(line) is not None
    )


def _stacked_grid(a: Analysis, places: list[Place]) -> None:
    """Tables copied without their grid: runs of lines that hold only bare cells (see _stack_cells) are read
    as one sequence of cells, and rows are rebuilt from it where the sequence repeats one pattern, a few
    label cells then a few number cells, at least twice ("Yes / 36 / 39 / 33 / No / 57 / 55 / 59"). The
    header cells are the labels just before the first row, one a number column. Each number of a row gets
    the row's label, its column's header and a cell place, as in a pipe row."""
    seq: list[tuple[str, Num | None]] = []
    dated: list[Num] = []  # the numbers of the run's date cells ("12/18 - 1/5"): a row's label, not cells
    for li in range(len(a.lines)):
        cells = _stack_cells(a, li)
        if cells is None:
            _stack_run(seq, dated, places)
            seq, dated = [], []
        else:
            if len(cells) == 1 and seq and _is_label(cells[0]) and _is_label(seq[-1]):
                m = _RUN_TOGETHER.fullmatch(cells[0][0])
                if m is not None and len(seq[-1][0].split()) <= 2:
                    seq[-1] = (f"{seq[-1][0]} {m.group('head')}", None)
                    cells = [(m.group("tail"), None)]
            seq.extend(cells)
            if cells and cells[0][1] is None:
                dated.extend(a.numbers_by_line.get(li, []))
    _stack_run(seq, dated, places)


def _stack_run(seq: list[tuple[str, Num | None]], dated: list[Num], places: list[Place]) -> None:
    """One run of bare-cell lines read as rows; where rows were rebuilt, the numbers of its date cells are
    numbers of row labels."""
    _stack_rows(seq, places)
    if dated and any(places[n.index].stack_row for _, n in seq if n is not None):
        for n in dated:
            places[n.index].label_num = True


def _stack_rows(seq: list[tuple[str, Num | None]], places: list[Place]) -> None:
    i = 0
    while i < len(seq):
        if seq[i][1] is None:
            i += 1
            continue
        best: tuple[int, int, int] | None = None  # (rows, width, labels a row)
        for width in range(2, _STACK_WIDTH + 1):
            for m in range(1, width):
                start = i - m
                if start < 0:
                    break
                rows = 0
                while start + (rows + 1) * width <= len(seq) and all(
                    _is_label(seq[start + rows * width + j]) == (j < m) for j in range(width)
                ):
                    rows += 1
                if rows >= 2 and (best is None or rows * width > best[0] * best[1]):
                    best = (rows, width, m)
        if best is None:
            i = _label_column(seq, i, places)
            continue
        rows, width, m = best
        start = i - m
        _mark_stack(seq, start, rows, width, m, places)
        i = start + rows * width


def _label_column(seq: list[tuple[str, Num | None]], i: int, places: list[Place]) -> int:
    """The labels of a list, then its values, each cell on a line ("Favorable / Unfavorable / No opinion /
    41 / 47 / 12"): the n numbers from ``i`` read the n labels before them, in order, when they add up to a
    whole. A header naming the values as percentages may stand between labels and values ("... /
    Progressives / Per cent / 17.3 / ..."); under it, values that make most of a whole are enough (a list of
    the main parties). The labels may also be run together on one line, a capitalised word each ("AUR PSD
    PNL USR" over "38.1 21.4 14.9 12.2"). Returns where the reading goes on."""
    end = i
    while end < len(seq) and seq[end][1] is not None:
        end += 1
    k = end - i
    nums = [n for _, n in seq[i:end] if n is not None]
    if k < 2 or any(n.value > 100 for n in nums):
        return end
    at, pct_head = i, False
    if at >= 1 and len(seq[at - 1][0].split()) <= 3 and _PCT_HEAD.search(seq[at - 1][0]):
        at, pct_head = at - 1, True
    if at >= k and not any(n is not None for _, n in seq[at - k : at]):
        labels = [c for c, _ in seq[at - k : at]]
    elif at >= 1 and _WORD_LABELS.fullmatch(seq[at - 1][0]) and len(seq[at - 1][0].split()) == k:
        labels = seq[at - 1][0].split()
    else:
        return end
    values = [n.value for n in nums]
    if not (adds_to_whole(sum(values)) or (pct_head and adds_to_part(values))):
        return end
    for label, n in zip(labels, nums, strict=True):
        p = places[n.index]
        p.stack_row, p.stack_whole = True, True
        p.cell, p.cells, p.col = 1, 2, 0
        p.cell_pure, p.cell_lead, p.cell_words, p.in_label_cell = True, True, False, False
        p.row_label = label
    return end


# Labels run together on one line, one capitalised word or initials each: "AUR PSD PNL USR UDMR Other".
_WORD_LABELS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w&'’.-]*)+")


def _mark_stack(
    seq: list[tuple[str, Num | None]], start: int, rows: int, width: int, m: int, places: list[Place]
) -> None:
    k = width - m
    top = start
    while top > 0 and seq[top - 1][1] is None and _PCT_CELL.fullmatch(seq[top - 1][0]):
        top -= 1  # a row of unit cells ("%") between the heads and the rows
    if top == start:
        heads = [c for c, n in seq[max(0, start - k) : start] if n is None and c != _EMPTY]
    else:
        heads = _heads_before(seq, top, k)
    header = heads if len(heads) == k and k >= 2 else None
    spans = _spans(seq, top, header) if header is not None else None
    grid = [seq[start + r * width : start + (r + 1) * width] for r in range(rows)]
    # columns of shares: not under a lead, change, sample, date or pollster header
    # (a single value column's header is the one label before the first row: "Rate %" over "Basic / 20")
    rate_col = k == 1 and bool(heads) and _RATE_HEAD.search(heads[-1]) is not None
    plain = {
        j
        for j in range(m, width)
        if not rate_col
        and (header is None or (head_kind(header[j - m]) == "plain" and not _RATE_HEAD.search(header[j - m])))
    }
    whole_cols = set()
    for j in sorted(plain):
        col = [n.value for row in grid if (n := row[j][1]) is not None and n.value <= 100]
        if len(col) >= 2 and adds_to_whole(sum(col)):
            whole_cols.add(j)
        elif header is not None and _PCT_HEAD.search(header[j - m]) and adds_to_part(col):
            whole_cols.add(j)  # a share column of the main parties only, under a "%" header
    if whole_cols:
        # a column beside a share column that adds up like it: the same shares at another wave or in
        # another group ("%" and "Last poll" over the main parties)
        for j in sorted(plain - whole_cols):
            if adds_to_part([n.value for row in grid if (n := row[j][1]) is not None and n.value <= 100]):
                whole_cols.add(j)
    signed_cols = {
        j
        for j in range(m, width)
        if any((n := row[j][1]) is not None and places[n.index].signed for row in grid)
    }
    for row in grid:
        label = row[0][0]  # its first cell, as a pipe row's ("Oct. 4-11, 2011" before the pollster's cell)
        row_whole = adds_to_whole(
            sum(n.value for j, (_, n) in enumerate(row) if j in plain and n is not None and n.value <= 100)
        )
        at = min((n.index for _, n in row[m:] if n is not None), default=-1)
        for j in range(m, width):
            n = row[j][1]
            if n is None:
                continue
            p = places[n.index]
            # the rebuilt column, not the run of one-number lines, says whether it is a change column
            p.col_signed = j in signed_cols
            p.stack_row = True
            p.stack_whole = j in plain and (row_whole or j in whole_cols)
            p.stack_at = at
            p.cell, p.cells, p.col = j, width, j - m
            p.cell_pure, p.cell_lead, p.cell_words, p.in_label_cell = True, True, False, False
            p.row_label = label
            if header is not None:
                p.header = header[j - m]
                p.header_date = header[j - m] if is_date_cell(header[j - m]) else None
            if spans is not None:
                p.header_span = spans[(j - m) * len(spans) // k]


def _heads_before(seq: list[tuple[str, Num | None]], end: int, k: int) -> list[str]:
    """The last ``k`` label cells before ``end`` (empty cells passed over), in order; fewer where a number
    cell comes first."""
    heads: list[str] = []
    i = end
    while i > 0 and len(heads) < k:
        i -= 1
        cell, n = seq[i]
        if n is not None:
            break
        if cell != _EMPTY:
            heads.append(cell)
    return heads[::-1]


def _spans(seq: list[tuple[str, Num | None]], top: int, header: list[str]) -> list[str] | None:
    """The heads spanning the columns of a stacked table whose heads repeat ("Likely Voters / All Adults"
    over "NV / AZ / NV / AZ"): where the header is one run of heads said two or
    more times over, as many label cells just before it, one per run; else None."""
    k = len(header)
    for s in range(2, k // 2 + 1):
        if k % s or any(header[j] != header[j % (k // s)] for j in range(k)):
            continue
        before = _heads_before(seq, _cells_back(seq, top, k), s)
        if len(before) == s and len(set(before)) == s and not set(before) & set(header):
            return before
        return None
    return None


def _cells_back(seq: list[tuple[str, Num | None]], end: int, k: int) -> int:
    """Where the last ``k`` label cells before ``end`` start (empty cells passed over)."""
    i, found = end, 0
    while i > 0 and found < k:
        i -= 1
        if seq[i][0] != _EMPTY:
            found += 1
    return i


# An answer code opening a topline's line: "1 Strongly favor", "2. Somewhat favor", "(3) Oppose", "9 DK".
_CODE_BEFORE = re.compile(r"[ \t]*\(?")
_CODE_AFTER = re.compile(r"[.):]?[ \t]+[^\W\d_]")


def _codes(a: Analysis, places: list[Place]) -> None:
    """Answer codes: the bare whole number opening each of three or more consecutive lines (blank lines
    allowed between), before the option's words and another number, rising from line to line
    ("1 Strongly favor 61%" / "2 Somewhat favor 22%" / ... / "9 Don't know 6%"). A code numbers an
    option; the share is the line's other number."""
    run: list[Num] = []
    last_line = 0
    text = a.text

    def close() -> None:
        if len(run) >= 3:
            for n in run:
                places[n.index].code = True

    for li in sorted(a.numbers_by_line):
        nums = a.numbers_by_line[li]
        first = nums[0]
        ls = a.lines[li].start
        is_code = (
            len(nums) >= 2
            and not first.cand.marked
            and first.value == int(first.value)
            and first.value < 100
            and _CODE_BEFORE.fullmatch(text[ls : first.start]) is not None
            and _CODE_AFTER.match(text, first.cand.mark_end) is not None
        )
        if is_code and run and first.value > run[-1].value and a.blank_between(last_line, li):
            run.append(first)
        else:
            close()
            run = [first] if is_code else []
        last_line = li
    close()


# Row labels of crosstabs that carry numbers (ninth round, docs/extraction.md): age bands, money bands,
# codes. A number of a row's label is one of these when it is glued to letters ("ABC1", "C2DE"), is money
# ("$50K", "£20,000", and the ",000" of one), ends a band ("65+", "55 and over", "60 or older"), follows a bound word ("Under
# 35", "less than $30k"), is a year, or is one side of a pair within the label ("18-29", "18 to 34").
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:under|over|less\s+than|more\s+than|above|below|aged?|ages|younger\s+than|older\s+than|"
    r"at\s+least|up\s+to)|[$£€]|\d,)\s*$",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(
    r"[kKmM]\b|\+|,\d{3}|\s+(?:and|or)\s+(?:over|older|more|up|above|under|younger|less)\b|"
    r"\s*(?:years?|yrs?|year-olds?)\b",
)
# At most this long, a row's label (a crosstab's rows are named briefly).
_ROW_LABEL_MAX = 60


def row_run(a: Analysis, li: int) -> tuple[str, list[Num]] | None:
    """A crosstab row on line ``li`` written with spaces: its label (the text before its run of values) and
    the run (the numbers at the line's end with only spaces or percent signs between them), or None for a
    pipe line or a line that does not end in a run of two or more numbers. The run never opens on the
    second side of a pair, so "18-29 30 44 19 8 173" is labelled "18-29"."""
    nums = a.numbers_by_line.get(li)
    if not nums or len(nums) < 2:
        return None
    text = a.text
    span = a.lines[li]
    if "|" in text[span.start : span.end]:
        return None
    start = len(nums) - 1
    tail = text[nums[-1].cand.mark_end : span.end]
    if tail.strip() in (")", "]") and text[nums[-2].cand.mark_end : nums[-1].start].strip(" \t%") in (
        "(",
        "[",
    ):
        start -= 1  # a count column in brackets: "White 33 34 19 13 (1,402)"
        tail = ""
    if tail.strip() and _empty_cells(tail):
        tail = ""  # "... 44 50 1 5 -- --": the row's last cells are empty
    while start > 0:
        prev, cur = nums[start - 1], nums[start]
        gap = text[prev.cand.mark_end : cur.start]
        if gap.strip(" \t%").removesuffix("<") and not _empty_cells(gap):  # a "<1%" cell
            break
        start -= 1
    first = nums[start]
    glued = first.start > span.start and not text[first.start - 1].isspace()
    if (
        glued
        or (first.cand.partner is not None and first.cand.partner < first.index)
        or _date_part(text, span.start, first)
    ):
        start += 1  # "18-29 30 ...", "Under $50,000 33% ...", "27-30 Oct 18 49% ...": the label's number
    elif (
        len(nums) - start >= 3
        and not first.cand.marked
        and all(n.cand.marked for n in nums[start + 1 :])
        and _BOUND_BEFORE.search(text[max(span.start, first.start - 20) : first.start])
    ):
        start += 1  # "Under 45 60% 36% 4%": a bare band's number before the row's marked shares
    if len(nums) - start < 2 or tail.strip(" \t%"):
        return None
    return text[span.start : nums[start].start], nums[start:]


# The marks a topline prints in an empty cell: "*" (under half a percent), "--" or "—" (not asked), "n/a".
_EMPTY_CELL = frozenset({"*", "**", "--", "---", "—", "n/a", "N/A"})


def _empty_cells(gap: str) -> bool:
    """Whether the text between two cells of a row (or after its last one) is only empty cells, each set
    apart by spaces: "48 45 * 7", "44 50 1 5 -- --" (a single "-" joins a pair: "46 - 44")."""
    if not gap[:1].isspace():
        return False
    cells = gap.split()
    return bool(cells) and all(c in _EMPTY_CELL for c in cells)


# A month name just before or after a number: the number is a day or a two-digit year of a date label
# ("27-30 Oct 18", "29 Sep-2 Oct 18"), not a cell.
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?[ \t]*[-–]?[ \t]*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"[ \t]*(?:{MONTHS})\b", re.IGNORECASE)


def _date_part(text: str, ls: int, n: Num) -> bool:
    """Whether ``n`` is a bare day or two-digit year beside a month name in a row's label."""
    if n.cand.marked or n.value != int(n.value) or n.value > 99:
        return False
    return bool(
        _MONTH_BEFORE.search(text[max(ls, n.start - 12) : n.start])
        or _MONTH_AFTER.match(text, n.cand.mark_end)
    )


def _label_numbers(a: Analysis, places: list[Place]) -> None:
    """Numbers inside a crosstab row's label (see _BOUND_BEFORE): not cells; the row's values read the
    whole label ("18-29") as their row label, and whether they make a whole is read without the label's
    numbers. Only rows with a run of three or more values."""
    for li, nums in a.numbers_by_line.items():
        if len(nums) < 4:
            continue
        got = row_run(a, li)
        if got is None:
            continue
        label, run = got
        inside = nums[: len(nums) - len(run)]
        words = label.split()
        if not inside or len(run) < 3 or len(label.strip()) > _ROW_LABEL_MAX or len(words) > 8:
            continue
        ls = a.lines[li].start
        if not all(_label_number(a, n, inside, ls) for n in inside):
            continue
        clean = " ".join(words)
        for n in inside:
            places[n.index].label_num = True
        # the row's shares, its label's numbers set aside ("Aged 18-29  58  30  12" makes a whole)
        shares = [n.value for n in run if _share_like(n, places[n.index])]
        whole = len(shares) >= 2 and adds_to_whole(sum(shares))
        for n in run:
            places[n.index].row_label = clean
            places[n.index].line_whole = whole


def _label_number(a: Analysis, n: Num, inside: list[Num], ls: int) -> bool:
    text = a.text
    before = text[max(ls, n.start - 20) : n.start]
    after = text[n.cand.mark_end : n.cand.mark_end + 12]
    if n.cand.marked:
        return False
    if before[-1:].isalpha() or after[:1].isalpha():
        return True  # glued to letters: "ABC1", "C2DE", "50K"
    if _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(after):
        return True
    if 1900 <= n.value <= 2100 and n.value == int(n.value):
        return True
    if _date_part(text, ls, n):
        return True
    return n.cand.partner is not None and any(m.index == n.cand.partner for m in inside)
