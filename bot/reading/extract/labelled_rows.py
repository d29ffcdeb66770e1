"""Before grouping: a cell of a table printed as labelled rows answers the label written right before it.

"Ann Lee 51 Bo Park 48" over "Cy Dunn 42 Cy Dunn 44" (two match-ups side by side, see
:func:`groups.labelled_row`): each cell's option is the label just before it on its line, not the line's
first label nor the header over the line ("Match Pct Match Pct"). Read so, a column's cells name the
options a prose passage above names for the same match-up, and the two restate one result
(``groups._merge_restatements`` joins them).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, labelled_row

# Off: the rankers' and table steps' answers stand.
LABELLED_ROWS = True

# A label: up to five words, no digits, set apart from the cells around it by spaces.
_LABEL = re.compile(r"[^\W\d_][^\d|\n]{0,58}")


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Set each labelled-row cell's answer to the label right before it (in place)."""
    if not LABELLED_ROWS:
        return
    places = a.layout.places
    for f in figs:
        p = places[f.num_index]
        if not labelled_row(p):
            continue
        label = " ".join(p.gap_before.split())
        if _LABEL.fullmatch(label) and len(label.split()) <= 5:
            f.answer = label
