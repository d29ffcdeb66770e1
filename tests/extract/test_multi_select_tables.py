"""Tables of a question with several answers allowed, whose header the layout cannot map cell by cell.

In a multi-select table ("which of these ..."), every column adds up past a whole, so the rule that the
group axis is the one adding up to a whole finds no axis; before the fourteenth round the link model then
grouped the cells in runs of two or three rows. Where the label stage reads one population per column,
the columns are the groups (a group is one question for one population). Both tables are written for
these tests; their figures are invented.
"""

from __future__ import annotations

from collections import defaultdict

from bot.reading.extract import Extractor
from bot.reading.extract.label_check import usable

ISSUES = """Harbour Research poll for the Gazette

    1. Which of the following issues matter most to you when deciding how to vote?

      Total   Con Lab Lib/Dem Green Reform voters
    Cost living 31%   34% 36% 14% 30%
    Health service 50%   50% 43% 74% 55%
    Foreign policy 8%   8% 12% 1% 7%
    Housing 23%   26% 24% 13% 23%
    Immigration 26%   26% 27% 33% 19%
    Climate change 24%   24% 16% 41% 36%
    Don't know 20%   15% 21% 11% 15%
"""

WORDS = """Which words describe the governor? Respondents could choose any that apply.

            All adults   Men Women Under 35 Over 55
    Honest 41%   38% 44% 35% 47%
    Competent 52%   55% 49% 46% 58%
    Out of touch 39%   41% 37% 44% 33%
    Arrogant 28%   31% 25% 30% 26%
    None of these 9%   8% 10% 12% 7%
"""


def _columns_and_groups(extractor: Extractor, text: str, width: int) -> tuple[list[str], list[str]]:
    figures = extractor.extract(text).figures
    groups = [f.group for f in figures]
    return [str(k % width) for k in range(len(figures))], [str(g) for g in groups]


def _partition(keys: list[str]) -> set[frozenset[int]]:
    parts: dict[str, set[int]] = defaultdict(set)
    for i, k in enumerate(keys):
        parts[k].add(i)
    return {frozenset(p) for p in parts.values()}


def test_each_column_of_a_multi_select_table_is_one_group(extractor: Extractor) -> None:
    for text, rows in ((ISSUES, 7), (WORDS, 5)):
        columns, groups = _columns_and_groups(extractor, text, 5)
        assert len(columns) == rows * 5
        assert _partition(groups) == _partition(columns)


def test_a_column_keeps_its_population_and_each_row_its_option(extractor: Extractor) -> None:
    figures = extractor.extract(WORDS).figures
    assert [f.answer for f in figures[20:25]] == ["None of these"] * 5
    assert [f.population for f in figures[5:10]] == [f.population for f in figures[:5]]
    assert len({f.population for f in figures[:5]}) == 5


def test_an_option_closing_a_list_is_a_whole_answer() -> None:
    assert usable("answer", "None of these")
    assert usable("answer", "All of them")
    assert not usable("answer", "support for these")
