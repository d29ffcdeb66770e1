"""A table row that averages polls or waves, or that prints the gap between two rows: never poll figures.

The labelling rules count no summary across several polls or waves ("ranges or summaries across several
results or polls"). A tracker or a poll table often prints such a row beside the polls it sums up: an
aggregator's "Polling Average" row over the pollsters' rows, a pollster's "Average (2019-Present) 45%
49 6" under its own waves. Its cells sit in the same columns as the polls' shares, so the
layout reads them as shares; the label cue (``lab_not_poll``) is weighed, and too rare in the training
passages to outweigh the column. So a number whose row is labelled as an average is ruled out in
:func:`bot.reading.extract.figures.detect`, outside the features.

The same holds for a row that prints each column's gap between its first two rows ("Margin 6 4 -2",
"Lead", "Spread", "Difference", "1st place minus 2nd"): a lead, which the labelling rules never count, set
in a poll table's columns (a scorecard of several pollsters' final polls, a crosstab's "Net" under its two
sides), bare and unsigned where the leader is ahead in every column. And a value labelled as an average by a
word and a colon right before it ("AVERAGE: 39.5/55"), on a line that holds several polls' results.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num

# A row label that names an average, mean or median of polls or waves ("Polling Average", "Poll average:",
# "Average (2019-Present)", "Mean of all polls"), at the start of the label.
_AVERAGE_LABEL = re.compile(
    r"^[\s|*•-]*(?:[\w&/.]+[ \t]+)?(?:poll(?:ing|s)?[ \t]+)?(?:average|avg\.?|mean|median)\b", re.IGNORECASE
)


# A row label that names the gap between two rows: "Margin", "Lead", "Spread", "Difference", "Diff.",
# "1st Place minus 2nd", "Dem minus Rep" (a few words; "Net" is left to signed_net and net_rows: a net with its
# parts is a figure of its question).
_GAP_WORD = r"(?:margin|lead|spread|difference|diff\.?)"
_GAP_LABEL = re.compile(
    rf"(?:[\w&/.()']+[ \t]+){{0,3}}{_GAP_WORD}"  # the gap word last: "Margin", "Bush lead", "Point spread"
    rf"|{_GAP_WORD}[ \t]+(?:over|for|of)[ \t]+[\w&/.()']+(?:[ \t]+[\w&/.()']+)?"  # "Lead over Kerry"
    r"|[\w&/.()']+(?:[ \t]+[\w&/.()']+)?[ \t]+minus[ \t]+[\w&/.()']+(?:[ \t]+[\w&/.()']+)?",  # "1st Place minus 2nd"
    re.IGNORECASE,
)
# A row's first value: a number standing alone ("1st", "2nd" and "Q3" are words of the label).
_FIRST_VALUE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.]|\.\d)")
_GAP_REACH = 60
_LETTER = re.compile(r"[^\W\d_]")
# "AVERAGE: 39.5/55", "Avg: 44%": an average's own label right before its value (a colon after the word).
_AVERAGE_COLON = re.compile(r"\b(?:average|avg\.?|mean|median)[ \t]*:[ \t]*$", re.IGNORECASE)


def average_row(a: Analysis, n: Num) -> bool:
    """Whether a number sits in a row labelled as an average of polls or waves (its line, or its row's label
    for a table copied one cell a line), or as the gap between two rows, or right after an average's
    label and colon."""
    line_start = a.lines[n.line].start
    # (the average's label opens its pair: "AVERAGE: 39.5/55" labels the 55 too)
    first = a.numbers[n.cand.partner] if n.cand.partner is not None and not n.cand.first else n
    if _AVERAGE_COLON.search(a.text, max(line_start, first.start - 12), first.start) is not None:
        return True
    head = a.text[line_start : max(line_start, n.start)]
    if (_few_words(head) and _AVERAGE_LABEL.match(head) is not None) or _gap_row(a, n.line):
        return True
    label = a.layout.places[n.index].row_label
    return _AVERAGE_LABEL.match(label) is not None and bool(label.strip()) and _few_words(label)


def _gap_row(a: Analysis, li: int) -> bool:
    """Whether line ``li`` is a table row (a short label, then cells with no words between or after them)
    whose label names the gap between two rows. A sentence's "holds a narrow lead of 45% to 42%" is no row."""
    line = a.line_text(li)
    m = _FIRST_VALUE.search(line, 0, _GAP_REACH)
    if m is None or _LETTER.search(line, m.start()) is not None:
        return False
    label = line[: m.start()].strip(" \t|*•:-")
    return bool(label) and _few_words(label) and _GAP_LABEL.fullmatch(label) is not None


def _few_words(text: str) -> bool:
    """At most _MAX_LABEL_WORDS words: split no further than one past them (a line of prose, or a whole
    post written as one line, holds thousands, and each of its numbers asked)."""
    return len(text.split(None, _MAX_LABEL_WORDS)) <= _MAX_LABEL_WORDS


# A row's label is a few words; a longer text before the number is a sentence ("Our polling average now has
# the president's approval at 41.6 percent" is a summary clause, weighed by the figure cues).
_MAX_LABEL_WORDS = 5
