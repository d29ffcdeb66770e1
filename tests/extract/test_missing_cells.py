"""Rows of missing values ("—", "n/a", "*") inside an aligned table keep the table and its header going:
the figure stage still reads the cells below them as grid cells (tables.grid_cells) and the label stage
still reads their column headers (layout._space_headers). The tables are written for these tests."""

from __future__ import annotations

import re

from bot.reading.extract import Extractor
from bot.reading.extract.tables import grid_cells

TREND = (
    "Mayoral race, Riverbend Survey Unit tracking of likely voters\n\n"
    "Candidate\tMay 2025\tJul 2025\tSep 2025\n"
    "Okafor\t39\t42\t45\n"
    "Lindqvist\t40\t39\t38\n"
    "Another candidate\t—\t—\t—\n\n"
    "Undecided\t21\t19\t17\n\n"
    "The September wave spoke to 650 likely voters."
)


def test_rows_below_a_row_of_dashes_keep_their_wave(extractor: Extractor) -> None:
    waves = {f.value: f.when for f in extractor.extract(TREND).figures}
    assert waves[21] is not None and "May" in waves[21]
    assert waves[19] is not None and "Jul" in waves[19]
    assert all(waves[v] is not None for v in (21, 19, 17))


def test_grid_cells_below_a_row_of_missing_values_keep_their_column() -> None:
    text = (
        "                Total    Renters    Owners\n"
        "Support           52        60         47\n"
        "Refused           n/a       n/a        n/a\n"
        "Oppose            41        33         46\n"
    )
    lines: list[tuple[int, int]] = []
    number_lines: dict[int, list[tuple[int, int, int]]] = {}
    values: list[str] = []
    pos = 0
    for li, line in enumerate(text.split("\n")):
        lines.append((pos, pos + len(line)))
        for m in re.finditer(r"\d+", line):
            number_lines.setdefault(li, []).append((len(values), pos + m.start(), pos + m.end()))
            values.append(m.group())
        pos += len(line) + 1
    heads = {values[i]: g.header for i, g in grid_cells(text, lines, number_lines).items()}
    assert heads["41"] == "Total" and heads["33"] == "Renters" and heads["46"] == "Owners"
