"""Exit-poll tables copied one cell a line: each row a group with its share of the voters in brackets, then
its vote for each candidate (and a change since the last election).

    VOTE BY REGION
    OKONJO
    FARRELL
    TOTAL
    2026
    2022
    2026
    Coastal Counties (31%)
    47%
    +2
    51%

The heads are broken over two tiers (the candidates and "TOTAL" on top, the years below), so no one run of
heads names the value columns, and the row label holds a number of its own, so the gridless reader
(:mod:`layout`) rebuilds no row. Read here instead, by the block's shape:

- a row is a label line closing on a bracketed percentage ("Coastal Counties (31%)", "18-29 (15%)"), then its value
  cells one a line (a share, a signed change, or an empty "n/a", "*", "-");
- a column where any row holds a signed number, or none holds a value, is the change since the last
  election; the other columns,
  in order, are the candidates named on the lines of capitals above the first row (never "TOTAL" nor a year),
  as many as those columns;
- a value's answer is its column's candidate and its population the row's group; the bracketed share's answer
  is the group, and its question the block's heading ("VOTE BY REGION" -> "Region of exit poll respondents").

A second shape, a voter survey's breakdown copied one cell a line with each value after its column's tag
(:func:`tagged_cells`, any passage):

    Education
    Group
    Total
    Dem
    Rep
    College graduate
    41%
    Dem
    57%
    Rep
    41%

- the heads are a run of lines opening on "Total" (after a stub head such as "Answer"), then the tags, as
  many as two or more; each row is its label, its share of the voters (the Total column), then each tag
  in order followed by its value; two rows or more, and the Total column adds up to about a whole down
  the rows (the groups' shares of the voters), so no crosstab of options is read this way;
- a tagged value's answer is its tag, its population the row's group and its question the passage's race
  ("Vote choice in the ..." where the passage names one, else "Vote choice"); the Total value's answer is the
  group, its population "voters", its question the block's title ("Education" -> "Education of voters
  (share of the electorate)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.reading.extract.scan import Gated

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num

# A row's label line: the group and its share of all voters in brackets.
_ROW: Final = re.compile(
    r"[ \t]*(?P<label>[^\n()]{1,40}?)[ \t]*\([ \t]*\d{1,3}(?:\.\d)?[ \t]*%[ \t]*\)[ \t]*"
)
# A value cell on its own line: a share, a signed change, or an empty cell.
_VALUE: Final = re.compile(r"[ \t]*(?:[+\-−–]?[ \t]*\d{1,3}(?:\.\d)?[ \t]*%?|n/?a|\*|[-—–]{1,2})[ \t]*", re.I)
_SIGNED: Final = re.compile(r"[ \t]*[+\-−–][ \t]*\d")
_DIGIT: Final = re.compile(r"\d")
# A candidate's head: a name in capitals on its own line ("OKONJO", "VAN DER BERG", "O'NEILL").
_NAME_HEAD: Final = re.compile(r"[ \t]*(?P<n>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})[ \t]*")
_NOT_A_NAME: Final = frozenset({"TOTAL", "ALL", "CHANGE", "NET", "OTHER", "OTHERS", "N/A", "NA"})
# The block's heading: what the rows break the vote down by.
_HEADING: Final = re.compile(r"[ \t]*VOTE[ \t]+BY[ \t]+(?P<by>[A-Z][A-Z ,&/-]{1,40}?)[ \t]*", re.I)
# Gated: asked of the whole text twice an extraction, tried only where it writes "exit" (most texts do not).
_EXIT: Final = Gated(re.compile(r"\bexit[ \t]+polls?\b", re.I))
# How many lines above a block's first row its heads and heading may stand.
_HEAD_REACH: Final = 12


@dataclass(frozen=True, slots=True)
class ExitCell:
    """What an exit-poll block says of one number: its answer, population and question (None: not said)."""

    answer: str
    population: str | None
    question: str | None = None
    # The people a group's share of the voters is a share of ("voters"), where the block says so; None: the
    # ranker's population stands.
    share_of: str | None = None


def _rows(a: Analysis, start: int) -> tuple[list[tuple[int, list[int]]], int]:
    """The rows of the block whose first row label is on line ``start``: each row's label line and its value
    lines; and the line after the block."""
    rows: list[tuple[int, list[int]]] = []
    li = start
    while li < len(a.lines):
        line = a.line_text(li)
        if not _ROW.fullmatch(line):
            break
        values: list[int] = []
        j = li + 1
        while j < len(a.lines) and _VALUE.fullmatch(a.line_text(j)):
            values.append(j)
            j += 1
        if not values:
            break
        rows.append((li, values))
        li = j
    return rows, li


def _heads(a: Analysis, first: int) -> tuple[list[str], str | None]:
    """The candidates' heads over a block's first row, in order, and the block's heading's topic."""
    names: list[str] = []
    topic = None
    for li in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        line = a.line_text(li)
        if not line.strip():
            if names:
                break
            continue
        if (h := _HEADING.fullmatch(line)) is not None:
            topic = h.group("by").strip().lower()
            break
        m = _NAME_HEAD.fullmatch(line)
        if m is not None and m.group("n") not in _NOT_A_NAME:
            names.append(m.group("n"))
        elif not re.fullmatch(r"[ \t]*(?:(?:19|20)\d\d|TOTAL|ALL)[ \t]*", line, re.I):
            break
    return names[::-1], topic


def _name(head: str) -> str:
    return " ".join(w.capitalize() if not w.startswith(("MC", "O'")) else w.title() for w in head.split())


def cells(a: Analysis) -> dict[int, ExitCell]:
    """The exit-poll cells of a passage that says it is an exit poll (by number index; cached on it)."""
    key = ("exit_cells", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, ExitCell] = {}
    a.memo[key] = out
    if TAGGED_ROWS:
        out.update(tagged_cells(a))
    if not _EXIT.search(a.text):
        return out
    by_line = a.numbers_by_line
    li = 0
    while li < len(a.lines):
        if not _ROW.fullmatch(a.line_text(li)):
            li += 1
            continue
        rows, after = _rows(a, li)
        if len(rows) >= 2 and len({len(v) for _, v in rows}) == 1:
            _block(a, rows, by_line, out)
        li = max(after, li + 1)
    return out


def _block(
    a: Analysis, rows: list[tuple[int, list[int]]], by_line: dict[int, list[Num]], out: dict[int, ExitCell]
) -> None:
    """The cells of one block's rows (see the module's doc), where its heads name as many candidates as it
    has value columns besides the change."""
    names, topic = _heads(a, rows[0][0])
    width = len(rows[0][1])
    change = {j for _, vals in rows for j, li in enumerate(vals) if _SIGNED.match(a.line_text(li))}
    # a change column none of whose rows has a value ("n/a" down the column: no earlier race to compare)
    change |= {j for j in range(width) if all(not _DIGIT.search(a.line_text(vals[j])) for _, vals in rows)}
    slots = [j for j in range(width) if j not in change]
    if not names or len(slots) != len(names):
        return
    question = f"{topic.capitalize()} of exit poll respondents" if topic else None
    vote = _vote_question(a, [_name(n) for n in names])
    for label_line, vals in rows:
        label = " ".join(_ROW.fullmatch(a.line_text(label_line)).group("label").split())  # type: ignore[union-attr]
        for n in by_line.get(label_line, []):
            out[n.index] = ExitCell(label, None, question)
        for j, name in zip(slots, names, strict=True):
            for n in by_line.get(vals[j], []):
                out[n.index] = ExitCell(_name(name), label, vote)


def polled_state(a: Analysis) -> str:
    """The US state an exit poll is of, as its exit-poll heading names it ("PRESIDENT / OHIO / EXIT POLL");
    "" where no such heading names one (a voter survey's state stays the rankers')."""
    from bot.reading.extract.candidate_tables import STATE_BY_CODE  # (it reads the groups, which read this)

    states = sorted(STATE_BY_CODE.values(), key=len, reverse=True)  # "West Virginia" before "Virginia"
    for m in _EXIT.compiled.finditer(a.text):
        end = a.text.find("\n", m.end())
        line = a.text[a.text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(a.text)].lower()
        for state in states:
            if re.search(rf"\b{state.lower()}\b", line):
                return state
    return ""


def _vote_question(a: Analysis, names: list[str]) -> str:
    """The question of a block's votes: the passage's race where it names one, else the vote between the
    block's candidates ("Vote choice (Pike vs. Marlowe)")."""
    race = a.passage_cues.race_heading
    if race.startswith("Vote choice ") or not 2 <= len(names) <= 3:
        return race if race.startswith("Vote choice") else "Vote choice"
    return f"Vote choice ({' vs. '.join(names)})"


def label_numbers(a: Analysis) -> frozenset[int]:
    """The numbers of exit-poll rows' labels ("30-44" of "30-44 (24%)"): a group's name, never a figure
    (cached on the analysis)."""
    key = ("exit_label_numbers", None)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    out: set[int] = set()
    if _EXIT.search(a.text):
        for li, line_nums in a.numbers_by_line.items():
            line = a.line_text(li)
            m = _ROW.fullmatch(line)
            if m is None:
                continue
            end = a.lines[li].start + m.end("label")
            out.update(n.index for n in line_nums if n.start < end)
    found = frozenset(out)
    a.memo[key] = found
    return found


# Voter-survey breakdowns whose values each follow their column's tag, one cell a line (see the module's doc).
TAGGED_ROWS = True
# The head of the groups' shares of the voters.
_TOTAL_HEAD: Final = re.compile(
    r"[ \t]*(?:total|all(?:[ \t]+voters)?|%[ \t]+of[ \t]+(?:voters|total))[ \t]*", re.I
)
# A tag, a row label, a stub head or a block's title: a short cell of words on its own line.
_CELL: Final = re.compile(r"[ \t]*(?P<c>[^\W\d_][^\n]{0,39}?|\d\d[^\n]{0,38}?)[ \t]*")
_SHARE: Final = re.compile(r"[ \t]*\d{1,3}(?:\.\d)?[ \t]*%?[ \t]*")
# How many lines above its heads a block's title may stand (over blank lines).
_TITLE_REACH: Final = 3
_MAX_TAGS: Final = 6


def _word_cell(line: str) -> str | None:
    """The text of a line that is one short cell of words ("Dem", "College graduate", "18-29", "65 or over"),
    else None (a value, a sentence, a blank line)."""
    m = _CELL.fullmatch(line)
    if m is None or _SHARE.fullmatch(line) or m.group("c").endswith((".", ":", "?")):
        return None
    return " ".join(m.group("c").split())


def _tagged_row(a: Analysis, li: int, tags: list[str]) -> tuple[int, list[int]] | None:
    """The value lines of the tagged row whose label is on line ``li`` (its share first, then one after each
    tag, in the heads' order), and the line after it; None where the lines break the shape."""
    if li + 1 + 2 * len(tags) >= len(a.lines) + 1 or _word_cell(a.line_text(li)) is None:
        return None
    if not _SHARE.fullmatch(a.line_text(li + 1)):
        return None
    values = [li + 1]
    at = li + 2
    for tag in tags:
        if at + 1 >= len(a.lines) or (_word_cell(a.line_text(at)) or "").lower() != tag.lower():
            return None
        if not _SHARE.fullmatch(a.line_text(at + 1)):
            return None
        values.append(at + 1)
        at += 2
    return at, values


def _title_above(a: Analysis, li: int) -> str | None:
    """The block's title: the nearest short cell of words above its heads, over blank lines."""
    seen = 0
    for j in range(li - 1, -1, -1):
        line = a.line_text(j)
        if not line.strip():
            continue
        seen += 1
        if seen > 1 or j < li - 1 - _TITLE_REACH:
            return None
        return _word_cell(line)
    return None


def _share_question(title: str | None) -> str | None:
    """The question of the groups' shares of the voters, from the block's title ("Age, 4 categories" -> "Age
    of voters, 4 categories (share of the electorate)")."""
    if not title:
        return None
    head, comma, rest = title.partition(",")
    tail = f",{rest}" if comma else ""
    return f"{head.strip()} of voters{tail} (share of the electorate)"


def tagged_cells(a: Analysis) -> dict[int, ExitCell]:
    """The cells of every tagged-rows block of a passage (see the module's doc), by number index."""
    return _tagged(a)[0]


def tagged_places(a: Analysis) -> dict[int, tuple[int, int]]:
    """Each tagged-rows block's cells by number index: (the block, its group there), the group 0 for the
    groups' shares of the voters (one result, down the Total column) and k for the k-th row's vote (one
    result each): the layout says which cells answer one question for one population."""
    return _tagged(a)[1]


def _tagged(a: Analysis) -> tuple[dict[int, ExitCell], dict[int, tuple[int, int]]]:
    key = ("tagged_exit_cells", None)
    got = a.memo.get(key)
    if isinstance(got, tuple):
        return got
    out: dict[int, ExitCell] = {}
    places: dict[int, tuple[int, int]] = {}
    a.memo[key] = (out, places)
    block = 0
    by_line = a.numbers_by_line
    n_lines = len(a.lines)
    li = 0
    while li < n_lines:
        if not _TOTAL_HEAD.fullmatch(a.line_text(li)):
            li += 1
            continue
        # the tags: the head cells after "Total", up to the first row's label (the cell before a share)
        tags: list[str] = []
        j = li + 1
        while j < n_lines and len(tags) <= _MAX_TAGS + 1 and (cell := _word_cell(a.line_text(j))) is not None:
            if j + 1 < n_lines and _SHARE.fullmatch(a.line_text(j + 1)):
                break
            tags.append(cell)
            j += 1
        if len(tags) < 2 or len(tags) > _MAX_TAGS:
            li += 1
            continue
        rows: list[tuple[int, list[int]]] = []
        at = j
        while (row := _tagged_row(a, at, tags)) is not None:
            rows.append((at, row[1]))
            at = row[0]
        shares = [n.value for r, vals in rows for n in by_line.get(vals[0], [])]
        if len(rows) < 2 or len(shares) != len(rows) or not 90.0 <= sum(shares) <= 102.0:
            li += 1
            continue
        stub = li - 1 if li > 0 and _word_cell(a.line_text(li - 1)) is not None else li
        question = _share_question(_title_above(a, stub))
        # the tagged values are each group's vote: the passage's race where it names one
        race = a.passage_cues.race_heading
        vote = race if race.startswith("Vote choice") else "Vote choice"
        for r, (label_line, vals) in enumerate(rows, start=1):
            label = _word_cell(a.line_text(label_line)) or ""
            for n in by_line.get(vals[0], []):
                out[n.index] = ExitCell(label, None, question, share_of="voters")
                places[n.index] = (block, 0)
            for tag, value_line in zip(tags, vals[1:], strict=True):
                for n in by_line.get(value_line, []):
                    out[n.index] = ExitCell(tag, label, vote)
                    places[n.index] = (block, r)
        block += 1
        li = at
    return out, places
