"""Pollster toplines copied out of a PDF with their line breaks lost: a whole release on one long line.

A topline prints each question as a small table, and when the line breaks are lost the table's cells run
together with the methodology and the questions around them. Two shapes are read here, by any pollster:

- **an option header over dated rows** ("Do you approve ...? Approve Disapprove Unsure May 2-5, 2026
  41% 52% 7% March 7-10, 2026 44% 50% 6%"): the header's words name one option a column, each row
  opens on its fieldwork date and holds one value a column. The first row is the release's own poll,
  the later rows earlier waves (one group a row);
- **option rows under dated columns** ("Feb. 2026 Oct. 2025 Right direction 39% 43% Wrong track 54%
  49%"): each row opens on its option and holds one value a wave; the first column is the release's
  own poll.

A cell may be "*" (under half a percent, no number) and a label may carry "(vol.)" (an answer the
interviewer did not read out). The question of a table is the question written before it; a combined
table after numbered sub-questions ("Q1. ...? Q1a. ...? Q1b. ...? COMBO TABLE") answers their parent.
A question's item number ("4. Would you say ...?") is never a figure, and neither is a number of the
methodology around the tables (a sample, a margin, a design effect, a phone number or a time): those
never sit in a run of values of a table's width after a date.

Everything is read from the text of lines holding many numbers, once per analysis (see :func:`cells`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.reading.extract.label_cues import PARTY_ABBREVIATIONS
from bot.reading.extract.layout import MAX_PER_LINE, adds_to_part, adds_to_whole
from bot.reading.extract.scan import gated
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis

# Lines with fewer numbers than this hold no flattened topline (a row of two values and its date at least).
_MIN_NUMBERS = 4
# A value cell: a share of at most three digits (one or two decimals), with or without a % sign, not part
# of a date, range, count, time or decimal ("17-20", "1,053", "4:00", "10.10.2026", "3.7" is a value).
_CELL = re.compile(
    r"(?<![\w.,/:+±$£€-])(?:\d{1,3}(?:\.\d{1,2})?(?![\w/,-]|[.:]\d|\.[ \t]+[A-Z])(?:[ \t]?%)?|\*(?!\S))"
)
# What may stand between two cells of one row.
_BETWEEN = re.compile(r"[ \t]*")
# A fieldwork date closing a row label: "Sept. 17-20, 2017", "Mar 09, 2026", "March 2026", "14-15 Jul",
# "30 Jun-1 Jul", "Jan. 31 - Feb. 2, 2017", "15/09", "4/4-4/6 2026", "10.10.2026", "Jun-26", "Q3 2025".
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MON = rf"(?:{MONTHS})\.?"
_YEAR = r"(?:19|20)\d\d"
_NUMERIC = rf"\d{{1,2}}[/.]\d{{1,2}}(?:[/.](?:{_YEAR}|\d\d))?"
_ONE_DATE = (
    rf"(?:{_MON}[ \t]+{_DAY}(?:[ \t]*[-–][ \t]*(?:{_MON}[ \t]+)?{_DAY})?(?:,?[ \t]+{_YEAR})?"
    rf"|{_DAY}(?:[ \t]*[-–][ \t]*{_DAY})?[ \t]+{_MON}(?:[ \t]*[-–][ \t]*{_DAY}[ \t]+{_MON})?(?:,?[ \t]+{_YEAR})?"
    rf"|{_MON}(?:[ \t]+|-)(?:{_YEAR}|\d\d)"
    rf"|{_NUMERIC}(?:[ \t]*[-–][ \t]*{_NUMERIC})?(?:[ \t]+{_YEAR})?"
    rf"|Q[1-4][ \t]+{_YEAR}|{_YEAR})"
)
_DATE_END = re.compile(rf"(?<![\w/.-])(?P<d>{_ONE_DATE})[ \t]*$", re.IGNORECASE)
_DATE_ONLY = re.compile(rf"[ \t]*{_ONE_DATE}[ \t]*", re.IGNORECASE)
_DATE_ANY = re.compile(rf"(?<![\w/.-]){_ONE_DATE}(?![\w/-])", re.IGNORECASE)
# Where a table's header or first label starts: after a question, a colon, a closing bracket or a full stop.
_HEAD_START = re.compile(r".*(?:[?:;)\]]|\.[ \t])", re.DOTALL)
# A row label of an option-rows table: a few words, no question.
_ROW_LABEL = re.compile(r"[ \t]*[(\[]?[^\W\d][^?:;]{0,60}?[ \t]*", re.UNICODE)
# A row that sums a table's columns or counts its people, not an option ("TOTAL 100 100", "Base", "N").
_NOT_OPTION = re.compile(r"[ \t]*(?:total|base|n|sample|unweighted(?: base)?|weighted(?: base)?)[ \t]*", re.I)
# Words that open a multi-word option and so join the next word ("No opinion", "NOT SO GOOD", "One Nation").
_LEAD = frozenset(
    [
        "no",
        "not",
        "don't",
        "dont",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "haven't",
        "didn't",
        "so",
        "too",
        "very",
        "somewhat",
        "strongly",
        "fairly",
        "mostly",
        "right",
        "wrong",
        "lib",
        "one",
        "bloc",
        "someone",
        "somebody",
        "vol",
        "vol.",
        "vol:",
        "(vol)",
        "(vol.)",
        "[vol]",
        "(volunteered)",
        "total",
        "net",
        "plaid",
        "sinn",
        "fine",
        "fianna",
        "new",
        "te",
    ]
)
# Words that open an option of their own even after an opening word ("Yes No Don't know": "No" alone).
_OPENERS = frozenset(["don't", "dont", "not", "no", "can't", "refused", "other", "undecided", "unsure", "dk"])
# Words that close a multi-word option and so join the word before ("Not sure", "Reform UK").
_TRAIL = frozenset(
    [
        "opinion",
        "opinions",
        "sure",
        "know",
        "say",
        "answer",
        "answered",
        "else",
        "direction",
        "track",
        "uk",
        "cymru",
        "féin",
        "fein",
        "gael",
        "fáil",
        "fail",
        "democrats",
        "democrat",
        "party",
        "nation",
        "québécois",
        "quebecois",
    ]
)
# Words of a caption before an option header: the people or base the table is about, not an option.
_CAPTION = re.compile(
    r"\b(?:adults?|voters?|respondents?|residents?|total|all|overall|together|base|sample|preferred|ensemble)\b|%|\(",
    re.IGNORECASE,
)
# "(vol.)", "Vol:", "(VOL)" marks an answer volunteered, not read out; "TOTAL", "NET" a sum of options.
_VOL = re.compile(r"[(\[]?\bvol(?:unteered)?\b\.?[)\]]?:?", re.IGNORECASE)
_NET = re.compile(r"^(?:total|net)[ \t]+", re.IGNORECASE)
# An item number before a question: "4. Would you ...?", "Q12a. Is ...?", "Q.5 If ...?"
_ITEM = gated(
    re.compile(
        r"(?<![\w.,/-])(?:Q\.?[ \t]?(?P<n>\d{1,3})(?P<sub>[a-z])?[.:)]?|(?P<n2>\d{1,2})(?P<sub2>[a-z])?[.)])[ \t]+(?=[A-Z(\[])"
        r"(?P<rest>(?:[^?.]|\.(?![ \t])|(?<=[A-Z])\.){6,300}?\?)"
    )
)
# Where an unnumbered question starts, read back from its question mark: after a sentence's end, a colon, a
# bracket or a table's value cell ("... 6% In general, do you ...?").
_Q_START = re.compile(r"(?:[.?!:;)\]](?<![A-Z]\.)|(?<![\w.])\d{1,3}(?:\.\d)?%?|(?<!\S)\*)[ \t]+")
_Q_REACH = 300


@dataclass(frozen=True, slots=True)
class FlatCell:
    """A value of a flattened topline table: its option, its wave (None: the release's own poll) and the
    question written before its table (None when none is)."""

    answer: str
    wave: str | None
    question: str | None
    table: int
    whole: bool  # its wave's values in its table add up to about a whole (or most of one)


@dataclass(frozen=True, slots=True)
class FlatToplines:
    cells: dict[int, FlatCell]  # by Num.index
    items: frozenset[int]  # Num.index of question item numbers


@dataclass(slots=True)
class _Run:
    start: int  # offset of its first cell
    end: int  # offset after its last cell
    cells: list[tuple[int, int]]  # (start, end) of each cell ("*" cells included)
    label: str  # the text between the previous run (or the line's start) and this run


def read(a: Analysis) -> FlatToplines:
    """The flattened topline tables of an analysis (cached on it)."""
    key = ("flat_toplines", None)
    got = a.memo.get(key)
    if isinstance(got, FlatToplines):
        return got
    out = _read(a)
    a.memo[key] = out
    return out


def cells(a: Analysis) -> dict[int, FlatCell]:
    return read(a).cells


def _read(a: Analysis) -> FlatToplines:
    found: dict[int, FlatCell] = {}
    items: set[int] = set()
    waves: dict[tuple[str, str], str] = {}  # the first label written for each fieldwork date
    tables = 0
    for li, nums in a.numbers_by_line.items():
        if not _MIN_NUMBERS <= len(nums) <= MAX_PER_LINE:
            continue  # too few for a table, or a dump of numbers (see layout.MAX_PER_LINE)
        span = a.lines[li]
        runs = _runs(a.text, span.start, span.end)
        at = {n.start: n.index for n in nums}
        questions = _questions(a.text, span.start, span.end, at, items)
        for t in _TIME.finditer(a.text, span.start, span.end):
            if (
                t.group("z")
                or t.group("sfx")
                or _TIME_CONTEXT.search(a.text, max(span.start, t.start() - 40), t.start())
            ):
                items.update(idx for st, idx in at.items() if t.start() <= st < t.end())
        i = 0
        while i < len(runs):
            got = _dated_rows(runs, i) or _dated_columns(runs, i)
            if got is None:
                i += 1
                continue
            labels, used = got
            labels = [[_same_wave(c, waves) for c in row] for row in labels]
            question = _question_before(questions, runs[i].start)
            rows = runs[i : i + used]
            whole = _wholes(a.text, rows, labels)
            for r, row in zip(rows, labels, strict=True):
                for (s, _e), cell in zip(r.cells, row, strict=True):
                    idx = at.get(s)
                    if idx is not None and cell is not None:
                        found[idx] = FlatCell(cell[0], cell[1], question, tables, whole[cell[1]])
                # the numbers of a row's or the header's dates ("15/09", "Jun-1 Jul") are no figures
                lo = max(r.start - len(r.label), r.start - _DATE_REACH)
                for d in _DATE_ANY.finditer(a.text, lo, r.start):
                    items.update(idx for st, idx in at.items() if d.start() <= st < d.end())
            tables += 1
            i += used
    return FlatToplines(found, frozenset(items))


# A time of day ("09:30", "4:00 p.m.") in a release's methodology: a release or fieldwork time, not a split.
_TIME = gated(
    re.compile(
        r"(?<![\w.:])(?:(?P<z>0\d)|1?\d|2[0-3]):[0-5]\d(?![\w:])"
        r"(?:[ \t]*(?P<sfx>[ap]\.?m\.?|h\b|hrs\b|(?:CET|CEST|GMT|BST|UTC|[ECMP][SD]?T)\b))?",
        re.IGNORECASE,
    )
)
_TIME_CONTEXT = re.compile(
    rf"\b(?:at|from|until|by|{WEEKDAYS}|release[ds]?|embargo(?:ed)?)\b[^.]*$|(?:19|20)\d\d,?[ \t]*$", re.I
)
# A row label naming the whole sample ("Total", "All likely voters"): the one row of a header's options.
_WHOLE_ROW = re.compile(
    r"(?<![\w-])(?P<d>(?:Total|TOTAL|All|ALL|Overall|OVERALL)(?:[ \t]+[a-z][\w-]*){0,3}(?:[ \t]+\(n\s*=\s*[\d,]+\))?)[ \t]*$"
)
# How far before a table's first row its header's dates may stand.
_DATE_REACH = 80


def _wholes(text: str, rows: list[_Run], labels: Labels) -> dict[str | None, bool]:
    """Whether each wave's values of a table add up to about a whole (or to most of one, three or more
    values): shares of one question, where rates and indexes rarely add up so."""
    values: dict[str | None, list[float]] = {}
    for r, row in zip(rows, labels, strict=True):
        for (s, e), cell in zip(r.cells, row, strict=True):
            if cell is not None:
                written = text[s:e].rstrip(" \t%")
                values.setdefault(cell[1], []).append(0.0 if written == "*" else float(written))
    return {w: adds_to_whole(sum(v)) or adds_to_part(v) for w, v in values.items()}


_WAVE_KEY = re.compile(rf"(?P<m>{MONTHS})\.?[ \t]*(?:(?P<d>\d{{1,2}})(?!\d))?", re.IGNORECASE)


def _same_wave(
    cell: tuple[str, str | None] | None, waves: dict[tuple[str, str], str]
) -> tuple[str, str | None] | None:
    """One label for one fieldwork date across a release's tables ("August 03-06, 2017" over a row, "Aug.
    03-06" over a later table's column): its month's first three letters and its first day."""
    if cell is None or cell[1] is None:
        return cell
    m = _WAVE_KEY.search(cell[1])
    if m is None:
        return cell
    key = (m.group("m")[:3].lower(), str(int(m.group("d"))) if m.group("d") else "")
    if not key[1]:
        # "Jan. 2026" over a column: the one wave of that month a row named ("Jan. 9-13, 2026")
        same = [label for (month, _), label in waves.items() if month == key[0]]
        if len(same) == 1:
            return cell[0], same[0]
    return cell[0], waves.setdefault(key, cell[1])


def join_groups(a: Analysis, nums: list[int], cluster_ids: list[int]) -> None:
    """Put the values of one question and wave in one group (``cluster_ids`` is changed in place): the
    rows of a dated-rows table, the columns of a dated-columns table, and the cells of two tables of one
    release that answer the same question for the same wave ("Q1" and its "COMBO TABLE")."""
    flat = cells(a)
    if not flat:
        return
    # the options of each table's wave: two tables join in a wave only when they share no option (a
    # second table with the same options is another question or population: "Two-party preferred")
    options: dict[tuple[int, str | None], set[str]] = {}
    for idx in nums:
        cell = flat.get(idx)
        if cell is not None:
            options.setdefault((cell.table, cell.wave), set()).add(cell.answer.lower())
    fresh = max(cluster_ids, default=-1) + 1
    joined: dict[tuple[str, str | None], list[tuple[int, set[int], set[str]]]] = {}
    for i, idx in enumerate(nums):
        cell = flat.get(idx)
        if cell is None:
            continue
        entries = joined.setdefault((cell.question or f"table {cell.table}", cell.wave), [])
        mine = options[(cell.table, cell.wave)]
        entry = next((e for e in entries if cell.table in e[1]), None) or next(
            (e for e in entries if not e[2] & mine), None
        )
        if entry is None:
            entry = (fresh, set(), set())
            fresh += 1
            entries.append(entry)
        entry[1].add(cell.table)
        entry[2].update(mine)
        cluster_ids[i] = entry[0]


def _runs(text: str, lo: int, hi: int) -> list[_Run]:
    runs: list[_Run] = []
    prev = lo
    cur: _Run | None = None
    for m in _CELL.finditer(text, lo, hi):
        if cur is not None and _BETWEEN.fullmatch(text, cur.end, m.start()):
            cur.cells.append((m.start(), m.end()))
            cur.end = m.end()
            continue
        if cur is not None:
            runs.append(cur)
            prev = cur.end
        cur = _Run(m.start(), m.end(), [(m.start(), m.end())], text[prev : m.start()])
    if cur is not None:
        runs.append(cur)
    # A lone value is no row: its text belongs to the next run's label ("Jan. 31 - Feb. 2, 2017 44% 53%").
    kept: list[_Run] = []
    for r in runs:
        if len(r.cells) == 1 and kept and r is not runs[-1]:
            continue
        kept.append(r)
    prev = lo
    for r in kept:
        r.label = text[prev : r.start]
        prev = r.end
    runs = [r for r in kept if len(r.cells) > 1]
    # A row's value run may have swallowed the day of the next row's date ("... 3 1 3 30 Jun-1 Jul 16"):
    # give a run's last cell to the next label when that label opens on a month.
    for r, nxt in itertools.pairwise(runs):
        if len(r.cells) >= 3 and re.match(rf"[ \t]+{_MON}", nxt.label, re.IGNORECASE):
            s, e = r.cells[-1]
            day = text[s:e]
            if (
                day.isdigit()
                and int(day) <= 31
                and _DATE_ONLY.fullmatch(nxt.label) is None
                and _DATE_ONLY.fullmatch(day + nxt.label) is not None
            ):
                r.cells.pop()
                r.end = r.cells[-1][1]
                nxt.label = text[s:e] + nxt.label
    return runs


Labels = list[list[tuple[str, str | None] | None]]


def _dated_rows(runs: list[_Run], i: int) -> tuple[Labels, int] | None:
    """An option header over rows that each open on a date: (labels by row and cell, rows used)."""
    first = runs[i]
    k = len(first.cells)
    m = _DATE_END.search(first.label) or _WHOLE_ROW.search(first.label)
    if k < 2 or m is None:
        return None
    dates = [m.group("d").strip()]
    used = 1
    while i + used < len(runs) and len(runs[i + used].cells) == k:
        d = _DATE_ONLY.fullmatch(runs[i + used].label)
        if d is None:
            break
        dates.append(" ".join(runs[i + used].label.split()))
        used += 1
    head = _VOL.sub(lambda v: " " * len(v.group()), first.label[: m.start()])
    cut = _HEAD_START.match(head)
    options = _options(head[cut.end() if cut else 0 :], k)
    if options is None:
        return None
    labels: Labels = []
    for j in range(used):
        wave = None if j == 0 else dates[j]
        labels.append([(opt, wave) for opt in options])
    return labels, used


def _dated_columns(runs: list[_Run], i: int) -> tuple[Labels, int] | None:
    """Option rows under a header of dates (one column a wave): (labels by row and cell, rows used)."""
    first = runs[i]
    k = len(first.cells)
    if k < 2:
        return None
    label = first.label
    found = list(_DATE_ANY.finditer(label))
    if not found:
        return None
    last = found[-1]
    row = label[last.end() :]
    if not _ROW_LABEL.fullmatch(row) or len(row.split()) > 8:
        return None
    # the dates must make the header: only dates (and spaces, commas) between the first and the row label
    head = label[found[0].start() : last.end()]
    if re.search(r"[^\W\d_]", _DATE_ANY.sub("", head).replace(",", "")):
        # words between the dates: only the run of dates closing the header counts
        tail: list[re.Match[str]] = [last]
        for d in reversed(found[:-1]):
            between = label[d.end() : tail[0].start()]
            if between.strip(" \t,"):
                break
            tail.insert(0, d)
        found = tail
    used = 1
    rows = [row]
    while i + used < len(runs) and len(runs[i + used].cells) == k:
        lab = runs[i + used].label
        if (
            not _ROW_LABEL.fullmatch(lab)
            or len(lab.split()) > 8
            or _DATE_ANY.search(lab)
            or _NOT_OPTION.fullmatch(lab)
        ):
            break
        rows.append(lab)
        used += 1
    if used < 2:
        return None
    if len(found) != k:
        # "May 2-5, Mar. 7-10, Jan. 9-12 Nov. 30-Dec. 3, 2026 2026 2026 2025": the years of the dates
        # printed under them
        dated = [d for d in found if not re.fullmatch(_YEAR, d.group().strip())]
        found = dated if len(dated) == k else found
    waves: list[str | None] = [None]
    if len(found) == k:
        waves += [" ".join(d.group().split()) for d in found[1:]]
    else:
        waves += [f"column {j + 1}" for j in range(1, k)]
    labels: Labels = []
    for lab in rows:
        answer = _answer(lab)
        labels.append([(answer, waves[j]) if answer else None for j in range(k)])
    return labels, used


def _answer(label: str) -> str:
    words = _VOL.sub(" ", label)
    return _NET.sub("", " ".join(words.split()).strip(" -–:"))


def _units(words: list[str]) -> list[list[str]]:
    """Header words grouped into options: a word joins the one before it when it is lower-case (in a
    header that is not all capitals), when the word before opens a multi-word option, or when it closes
    one."""
    caps = all(not w[:1].isalpha() or w.isupper() for w in words)
    units: list[list[str]] = []
    for w in words:
        low = w.lower()
        if units:
            before = units[-1][-1].lower()
            if (
                (not caps and w[:1].islower())
                or (before in _LEAD and low not in _OPENERS)
                or low in _TRAIL
                or (not w[:1].isalnum() and w[:1] not in "(")
            ):
                units[-1].append(w)
                continue
        units.append([w])
    return units


def _options(head: str, k: int) -> list[str] | None:
    """The ``k`` options a flattened header names, last first in its words (a caption may precede them)."""
    words = head.split()
    if len(words) < k:
        return None
    units = _units(words)
    if len(units) < k:
        return None
    if len(units) > k:
        caption = " ".join(" ".join(u) for u in units[: len(units) - k])
        if not _CAPTION.search(caption) and len(units) <= 2 * k:
            units = _merge(units, k)
        else:
            units = units[len(units) - k :]
    out = [_answer(" ".join(u)) for u in units]
    out = [PARTY_ABBREVIATIONS.get(o.lower(), o) if " " not in o and o.lower() != "dk" else o for o in out]
    if not all(out) or any(re.search(r"\d{3}|\?", o) for o in out):
        return None
    return out


def _merge(units: list[list[str]], k: int) -> list[list[str]]:
    """``units`` joined into ``k`` options as evenly as the words allow ("Keir Starmer Kemi Badenoch
    Nigel Farage Not sure" over four columns: three names of two words and "Not sure")."""
    n = len(units)
    size = [len(u) for u in units]
    inf = float("inf")
    # best[i][j]: the least sum of squared option sizes splitting the first i units into j options
    best = [[inf] * (k + 1) for _ in range(n + 1)]
    back = [[0] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        for j in range(1, min(i, k) + 1):
            total = 0
            for s in range(i - 1, j - 2, -1):
                total += size[s]
                if best[s][j - 1] + total * total < best[i][j]:
                    best[i][j] = best[s][j - 1] + total * total
                    back[i][j] = s
    out: list[list[str]] = []
    i, j = n, k
    while j > 0:
        s = back[i][j]
        out.insert(0, [w for u in units[s:i] for w in u])
        i, j = s, j - 1
    return out


@dataclass(frozen=True, slots=True)
class _Question:
    start: int
    end: int
    text: str
    number: str | None  # "1", "12"
    sub: str | None  # "a" in "Q1a."


def _questions(text: str, lo: int, hi: int, at: dict[int, int], items: set[int]) -> list[_Question]:
    """The questions written on a line, with their item numbers (whose numbers are noted in ``items``)."""
    out: list[_Question] = []
    for m in _ITEM.finditer(text, lo, hi):
        q = m.group("rest")  # one sentence: no full stop but an abbreviation's ("U.S. Senate")
        if not q[:1].isupper() or len(q.split()) < 3:
            continue
        number, sub = (m.group("n"), m.group("sub")) if m.group("n") else (m.group("n2"), m.group("sub2"))
        s = m.start("n") if m.group("n") else m.start("n2")
        if s in at:
            items.add(at[s])
        out.append(_Question(m.start(), m.end(), " ".join(q.split()), number, sub))
    e = text.find("?", lo, hi)
    while e >= 0:
        if not any(q.start <= e < q.end for q in out):
            w0 = max(lo, e - _Q_REACH)
            start = w0
            for b in _Q_START.finditer(text, w0, e):
                start = b.end()
            q = " ".join(text[start : e + 1].split())
            if q[:1].isupper() and len(q.split()) >= 3:
                out.append(_Question(start, e + 1, q, None, None))
        e = text.find("?", e + 1, hi)
    out.sort(key=lambda q: q.start)
    return out


def _question_before(questions: list[_Question], at: int) -> str | None:
    """The question a table starting at ``at`` answers: the last one written before it, or the parent of
    the numbered sub-questions written one after another right before it ("Q1a. ...? Q1b. ...?")."""
    before = [q for q in questions if q.end <= at]
    if not before:
        return None
    last = before[-1]
    if last.number is not None and last.sub is not None:
        subs = [q for q in before if q.number == last.number and q.sub is not None]
        parent = [q for q in before if q.number == last.number and q.sub is None]
        if len(subs) >= 2 and parent:
            return parent[-1].text
    return last.text
