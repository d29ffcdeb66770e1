"""Toplines flattened onto one line with dotted leaders: "Approve ...... 44% Disapprove ...... 50% Not sure
...... 6%". Each share's option is the words written between the share before it on the line (or the
question's end) and its own leader. The ranker reads each share alone and often gives it the option
after it, which a leader row never means. Runs after grouping (as split_pairs does), so no feature moves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable

# A dotted leader right before a share: three or more dots (spaced or not) or an ellipsis.
_LEADER = re.compile(r"[ \t]*(?:(?:\.[ \t]*){3,}|…[ \t]*)$")
# Where a question or a lead-in ends before the first option: "?", ":", or an ellipsis ("today are...").
_LEAD_END = re.compile(r".*(?:\?|:|\.\.\.|…)", re.DOTALL)
_OPTION_WORDS_MAX = 8


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each share of a flattened leader row the option written before its leader."""
    text = a.text
    by_line: dict[int, list[Labelled]] = {}
    for f in figs:
        by_line.setdefault(f.line, []).append(f)
    for line, row in by_line.items():
        if len(row) < 2:
            continue
        row.sort(key=lambda f: f.num_index)
        at = a.lines[line].start
        options: list[str] = []
        for f in row:
            n = a.numbers[f.num_index]
            before = text[at : n.start]
            leader = _LEADER.search(before)
            if leader is None:
                break
            label = before[: leader.start()]
            lead = _LEAD_END.match(label)
            if lead is not None:
                label = label[lead.end() :]
            label = " ".join(label.split()).strip(" ,;|-–")
            if not label[:1].isalpha() or len(label.split()) > _OPTION_WORDS_MAX:
                break
            options.append(label)
            at = n.cand.mark_end
        else:
            for f, label in zip(row, options, strict=True):
                answer = tidy(label)
                if usable("answer", answer):
                    f.answer = answer
