"""A flattened crosstab whose banner of one-word subgroup heads is one line split at single spaces, wider
than a short header (layout._header_cells, table_labels._people_axis, label_cues.CLIPPED_HEADS)."""

from bot.reading.extract import default_extractor
from bot.reading.extract.layout import _header_cells
from bot.reading.extract.table_labels import OPTION, PARTY, SUBGROUP, TOTAL, _people_axis

_BANNER = "Total Dem Rep Other M F Lib Mod Conserv Yes No City Rural <$40K $40K-$80K $80K+"

_TABLE = (
    "Brackenford Polling, 703 Larkmoor registered voters, May 2-6, 2026\n"
    "Q3. Do you approve or disapprove of the job Mayor Ines Corbel is doing?\n"
    f"{_BANNER}\n"
    "Approve 47% 71% 22% 40% 45% 49% 69% 50% 24% 52% 45% 50% 41% 44% 48% 51%\n"
    "Disapprove 41% 18% 69% 44% 45% 38% 20% 38% 66% 38% 43% 39% 47% 42% 41% 40%\n"
    "Not sure 12% 11% 9% 16% 10% 13% 11% 12% 10% 10% 12% 11% 12% 14% 11% 9%\n"
)


def test_a_wide_banner_is_split_at_single_spaces() -> None:
    cells = _header_cells(_BANNER, 16)
    assert cells is not None and cells[0] == "Total" and cells[-1] == "$80K+"


def test_a_short_line_of_many_words_is_not_read_as_a_wide_banner_for_few_columns() -> None:
    assert _header_cells("The poll of city voters asked about the budget and the new stadium", 3) is None


def test_a_banner_opening_on_its_total_is_people_despite_a_few_option_heads() -> None:
    kinds = [TOTAL, PARTY, PARTY, OPTION] + [SUBGROUP] * 6 + [OPTION, OPTION]
    assert _people_axis(kinds)
    assert not _people_axis([TOTAL, OPTION, OPTION, SUBGROUP])  # a short one is still read as options


def test_each_column_of_a_wide_banner_has_its_people() -> None:
    figs = default_extractor().extract(_TABLE).figures
    by_start = {f.start: f.population for f in figs}
    row = _TABLE.index("Approve 47%")
    pops = [by_start[row + len("Approve ") + 4 * j] for j in range(16)]
    assert pops[1:3] == ["Democrats", "Republicans"]
    assert pops[4:9] == ["men", "women", "liberals", "moderates", "conservatives"]
    assert pops[-3:] == ["income under $40K", "income $40K-$80K", "income $80K+"]
