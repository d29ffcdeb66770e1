"""A tracker's columns named by relative times ("3 months ago", "This week") are waves of their own.

Moved from the old test_cases_groups.py; the written grouping set it sat beside is in data/written_sets.toml.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import groups
from bot.reading.extract.weighed import WeighedExtractor

TRACKER = (
    "Which party would you vote for? (Meridian tracker, n=1,204)\n"
    "Party | 3 months ago | 2 weeks ago | This week |\n"
    "|\n"
    "Labor | 34% | 32% | 31% |\n"
    "Coalition | 37% | 38% | 39% |\n"
    "Greens | 12% | 12% | 13% |\n"
    "Other | 17% | 18% | 17% |\n"
)


def test_relative_wave_columns_are_waves(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the relative-wave rule (on by default), each column of a tracker whose header names relative
    times is a wave of its own for clustering (its figures never join another column's), even though
    the header's own numbers ("3 months ago") keep the layout from reading it as a header row."""
    a = WeighedExtractor().analyse(TRACKER)
    cells = [n for n in a.numbers if a.layout.places[n.index].cell is not None and n.line >= 3]
    assert len(cells) == 12
    figs = [groups.Labelled(n.index, n.value, 0, n.line, "", "", "", None, None) for n in cells]
    monkeypatch.setattr(groups, "RELATIVE_WAVE_COLUMNS", False)
    assert {groups._wave(a, f) for f in figs} == {""}
    monkeypatch.setattr(groups, "RELATIVE_WAVE_COLUMNS", True)
    waves = [groups._wave(a, f) for f in figs]
    assert waves[:3] == [waves[3], waves[4], waves[5]] == [waves[9], waves[10], waves[11]]
    assert waves[0].startswith("3 months ago") and waves[2].startswith("this week")
    assert len(set(waves)) == 3
