"""A poll list's rows each name their own sample: "<Pollster> <dates> 44% 50% 6% 1,204 phone All adults".

Lists of polls (an encyclopedia's table of approval polls, an aggregator's page, a feed of tweets) give each
row's universe in a cell after its shares: a "Segment polled" / "Population" column ("All adults",
"Registered voters", "Likely voters"), or the sample size with its kind ("1,593 RV", "N=600 LV"). The
labels give each row's figures that row's universe, where the rankers give every row the universe the
passage names most or first.

A fixed step after the rankers: a figure on a line that writes a universe cell after its last figure
takes that cell's universe, where the passage has at least two such lines (a list, not one sentence
that ends on its sample), and the figure's population is only a universe (never a subgroup its own
clause names, "Democrats", "women").
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.populations import is_main_like

ROW_SAMPLES = True

# A universe cell: spelt out ("All adults", "Registered voters", "Likely voters", "Adults"), or a sample's
# kind after its size ("1,593 RV", "N=600 LV"), at the end of the line but for a reference or a date.
_CELL = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<full>(?:All\s+)?(?:[Aa]dults|[Rr]egistered\s+[Vv]oters|[Ll]ikely\s+[Vv]oters))"
    r"|(?:N\s*=\s*)?\d[\d,]*\s*(?P<abbr>RV|LV)\b)"
    r"(?P<rest>[^\n%\d]*(?:\[\d+\][^\n%\d]*)?)$"
)
_NAMES = {"rv": "registered voters", "lv": "likely voters"}
_LINES = 2  # one line ending on its sample is a sentence; two or more are a list's rows


def _cell(line: str) -> str:
    """The universe a line's last cell names, as written ("All adults"), or ""."""
    m = _CELL.search(line)
    if m is None or len(m.group("rest")) > 40:
        return ""
    if m.group("full"):
        return " ".join(m.group("full").split())
    return _NAMES[m.group("abbr").lower()]


def row_universes(a: Analysis) -> dict[int, str]:
    """{line index: universe} for the lines of a poll list that name their own sample after their
    figures (see the module's doc), or {} where fewer than two lines do."""
    key = ("row_universes", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, str] = {}
    for index, nums in a.numbers_by_line.items():
        if len(nums) < 2:
            continue
        line = a.lines[index]
        cells = [n for n in nums if a.text[n.start - 1 : n.start] != "["]  # ("[1]": a reference, no cell)
        if len(cells) < 2:
            continue
        first = min(n.end for n in cells)  # (the cell is the line's last words: _CELL is anchored at the end)
        universe = _cell(a.text[first : line.end])
        if universe:
            out[index] = universe
    if len(out) < _LINES:
        out = {}
    a.memo[key] = out
    return out


def row_sample(a: Analysis, line: int, population: str) -> str:
    """The universe the figure's row names, where its population is only a universe; else ""."""
    universe = row_universes(a).get(line, "")
    if not universe or universe.lower() == population.lower():
        return ""
    if population and not is_main_like(population):
        return ""
    return universe
