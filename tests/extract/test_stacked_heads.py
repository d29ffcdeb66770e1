"""Tables copied one cell a line (layout._stacked_grid): heads broken over two lines and run into the next
cell, empty cells ("--"), age bands as heads, and the question line above the heads. Written for these
tests."""

from __future__ import annotations

from bot.reading.extract import Extractor

REGIONS = (
    "Decided voters by region\n"
    "Nova\n"
    "ScotiaNew Brunswick\n"
    "Newfoundland\n"
    "Progressive\n"
    "41%\n"
    "35%\n"
    "30%\n"
    "Unity\n"
    "38%\n"
    "46%\n"
    "--\n"
    "Islanders First\n"
    "--\n"
    "--\n"
    "49%\n"
    "Green\n"
    "21%\n"
    "19%\n"
    "21%\n"
    "Coastline Research, 1,500 adults\n"
)


def test_region_heads_are_the_populations(extractor: Extractor) -> None:
    pops = {(f.answer, f.value): f.population for f in extractor.extract(REGIONS).figures}
    assert pops[("Progressive", 41)] == "Nova Scotia"
    assert pops[("Progressive", 35)] == "New Brunswick"
    assert pops[("Islanders First", 49)] == "Newfoundland"  # past the empty cells
    assert pops[("Green", 21)] in ("Nova Scotia", "Newfoundland")


def test_date_heads_take_the_question_line_above(extractor: Extractor) -> None:
    text = (
        "Thinking about the leaders' debate and the campaign so far, who would make the best mayor?\n"
        "Apr. 9\nApr. 8\nApr. 7\n"
        "Ines Carvalho\n44%\n42%\n41%\n"
        "Tom Reyes\n39%\n40%\n41%\n"
        "Undecided\n17%\n18%\n18%\n"
    )
    figs = extractor.extract(text).figures
    assert len({f.question for f in figs}) == 1
    assert figs[0].question.lower().endswith("who would make the best mayor?")
    assert {f.when for f in figs} == {"Apr. 9", "Apr. 8", "Apr. 7"}


def test_age_band_heads_are_cells(extractor: Extractor) -> None:
    text = (
        "Should the library open on Sundays?\n18-34\n35-54\n55+\n"
        "Yes\n70\n58\n47\nNo\n22\n35\n44\nNot sure\n8\n7\n9\n"
    )
    pops = {f.value: f.population for f in extractor.extract(text).figures if f.answer.lower() == "yes"}
    assert pops == {70: "aged 18-34", 58: "aged 35-54", 47: "aged 55+"}
