"""A poll's results told as short lines, one share a line: the run of lines and where it starts.

Blogs paste a poll's results as they come from the release: the question, then one line per answer or party, with
no full stop ("Approve 61%", "Ruiz 41% (+2)", a table flattened to "Raising the pension78%14%"). Such lines are
list items, table rows or fragments (:mod:`bot.reading.summary_units`), and in reading order the first of them is
the topline the release leads with, whichever of its lines the extractor reads best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.summary_units import Unit

# The kinds of unit a pasted result line is (not a prose sentence, a heading or page furniture).
LINE_KINDS: Final = frozenset({"item", "row", "fragment"})
# A share in a line: "54%", "41 per cent", a number glued to the label before it ("pension78%").
_SHARE_RE: Final = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)", re.I)
# The fewest lines that make a list of results (one line is a figure line, not a list).
MIN_LINES: Final = 2


def share_line(u: Unit) -> bool:
    """A short line (item, row or fragment) that holds a percentage."""
    return u.kind in LINE_KINDS and not u.terminal and bool(_SHARE_RE.search(u.text))


def runs(units: Sequence[Unit]) -> list[list[Unit]]:
    """The runs of at least ``MIN_LINES`` consecutive share lines, in reading order."""
    out: list[list[Unit]] = []
    run: list[Unit] = []
    for u in units:
        if share_line(u) and (not run or run[-1].index + 1 == u.index):
            run.append(u)
            continue
        if len(run) >= MIN_LINES:
            out.append(run)
        run = [u] if share_line(u) else []
    if len(run) >= MIN_LINES:
        out.append(run)
    return out


def under_question(units: Sequence[Unit], run: Sequence[Unit]) -> bool:
    """The run comes right under a line that asks the poll's question ("Do you approve of the job she is doing?"),
    with at most one line between (a header such as "Total approve  Total disapprove")."""
    first = run[0].index
    return any(i >= 0 and units[i].text.rstrip("\"'”’) ").endswith("?") for i in (first - 1, first - 2))
