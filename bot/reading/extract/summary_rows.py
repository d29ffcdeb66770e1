"""A table row that averages polls or waves: never poll figures.

The labelling rules count no summary across several polls or waves ("ranges or summaries across several
results or polls"). A tracker or a poll table often prints such a row beside the polls it sums up: an
aggregator's "Polling Average" row over the pollsters' rows, a pollster's "Average (2019-Present) 45%
49 6" under its own waves. Its cells sit in the same columns as the polls' shares, so the
layout reads them as shares; the label cue (``lab_not_poll``) is weighed, and too rare in the training
passages to outweigh the column. So a number whose row is labelled as an average is ruled out in
:func:`bot.reading.extract.figures.detect`, outside the features.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num

# A row label that names an average, mean or median of polls or waves ("Polling Average", "Poll average:",
# "Average (2019-Present)", "Mean of all polls"), at the start of the label.
_AVERAGE_LABEL = re.compile(
    r"^[\s|*•-]*(?:[\w&/.]+[ \t]+)?(?:poll(?:ing|s)?[ \t]+)?(?:average|avg\.?|mean|median)\b", re.IGNORECASE
)


def average_row(a: Analysis, n: Num) -> bool:
    """Whether a number sits in a row labelled as an average of polls or waves (its line, or its row's label
    for a table copied one cell a line)."""
    head = a.text[a.lines[n.line].start : max(a.lines[n.line].start, n.start)]
    if _AVERAGE_LABEL.match(head) is not None and _few_words(head):
        return True
    label = a.layout.places[n.index].row_label
    return _AVERAGE_LABEL.match(label) is not None and bool(label.strip()) and _few_words(label)


def _few_words(text: str) -> bool:
    """At most _MAX_LABEL_WORDS words: split no further than one past them (a line of prose, or a whole
    post written as one line, holds thousands, and each of its numbers asked)."""
    return len(text.split(None, _MAX_LABEL_WORDS)) <= _MAX_LABEL_WORDS


# A row's label is a few words; a longer text before the number is a sentence ("Our polling average now has
# the president's approval at 41.6 percent" is a summary clause, weighed by the figure cues).
_MAX_LABEL_WORDS = 5
