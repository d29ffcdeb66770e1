"""The extractor on toplines, crosstabs and blog tables written for these tests, never fitted on.

``data/cases_toplines.jsonl`` holds 36 passages (310 figures, 3 negatives) in layouts the other case
files lack: trend rows with % signs on the first row only, crosstabs with significance letters after the
cells and a bracketed base row, Markdown tables with bold cells, registered and likely voters side by
side, a space-aligned list of several pollsters' polls with a spread column, lettered battery items,
the previous wave in brackets ("49% (46%)"), state-by-state lines with en dashes, a header row then one
value per line (and labels first, values after), last-name-first ballot listings with decimals, counts
with thousands separators beside a percent column, a tracker with ISO dates and " | " cells, blog
shorthand splits ("Dems 92-3"), numbered answer codes, banner crosstabs with a two-level header, shares
followed by bracketed counts, em-dash answer lines, year columns, and near misses (election results in
a poll's shape, a table of subgroup sizes and margins of error), and web tables copied without their
grid: each cell on its own line (with or without a " |" after it, with or without percent signs), a row
label on one line and its tab-separated cells on the next, and a vote-count negative in that shape.
They are kept out of :func:`corpus.own` so the weights never see them: their score says whether table
and topline reading carries to layouts nobody tuned for.

First scored on unchanged main (29ac58e): the first 30 passages figure F1 0.979 (precision 0.992,
recall 0.966), grouping 0.738, population 0.573, answer 0.639, question 0.566; all 36 (the six copied web
tables added before any code change) figure F1 0.913 (precision 0.992, recall 0.845), grouping 0.744,
population 0.560, answer 0.648, question 0.571. After the rules they led to (rows rebuilt from tables
copied one cell a line, date-labelled pipe rows, answer codes, plain spaces for no-break ones, headers
past rows of % signs or column letters and with age bands): figure F1 0.997 (precision 1.000, recall
0.994), grouping 0.807, population 0.655, answer 0.663, question 0.544. These rules were written while
looking at this file, so its later scores no longer stand for unseen text; cases_gridless.jsonl checks
them on passages written after them.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_toplines.jsonl"


def test_topline_cases_are_labelled_spans() -> None:
    check_written_cases(load(CASES), at_least=36, negatives=3, labelled=("answer", "population", "question"))


def test_topline_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.99, s.misses
    assert s.group_f1 >= 0.84
    # Populations 0.677 and answers 0.687 before the labels read off the table's axes (table_labels);
    # 0.780 and 0.891 after.
    assert s.population >= 0.77
    assert s.answer >= 0.88
    for r in load(CASES):
        if not r["figures"]:
            assert extractor.extract(str(r["text"])).figures == (), r["id"]
