"""Regional breakdowns: a province, nation or state named before (or right after) a figure is proposed
as its population, with how the region is tied to it."""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.population_candidates import population_proposals
from bot.reading.extract.regions import region_proposals
from bot.reading.extract.weighed import WeighedExtractor


def analyse(text: str) -> Analysis:
    return WeighedExtractor().analyse(text)


def _regions(text: str) -> list[tuple[float, list[tuple[str, dict[str, float]]]]]:
    a = analyse(text)
    out = []
    for n in a.numbers:
        lo = a.sentences[n.sentence].start if a.sentences else 0
        out.append((n.value, region_proposals(a, n, lo)))
    return out


def test_region_in_brackets_before_its_figure() -> None:
    got = _regions("Support ran highest in Nova Scotia (52%) and lowest in Manitoba and Saskatchewan (18%).")
    assert got[0][1][0][0] == "Nova Scotia"
    assert got[0][1][0][1].get("region_paren") == 1.0
    assert got[1][1][0][0] == "Manitoba and Saskatchewan"


def test_region_heading_a_line_and_a_block() -> None:
    got = _regions("Northern Ontario: NDP 38%, Liberal 30%\n\n**Wales**\nLabour 44%\nReform 21%")
    assert [(v, p[0][0]) for v, p in got] == [
        (38, "Northern Ontario"),
        (30, "Northern Ontario"),
        (44, "Wales"),
        (21, "Wales"),
    ]
    assert got[0][1][0][1].get("region_line_head") == 1.0
    assert got[3][1][0][1].get("region_heading") == 1.0


def test_region_in_or_after_the_figure() -> None:
    got = _regions("In Bavaria, the CSU polls 41%. Labor has 33% of the vote in Tasmania.")
    assert got[0][1][0][0] == "Bavaria" and got[0][1][0][1].get("region_in") == 1.0
    after = [p for p in got[1][1] if "region_after_in" in p[1]]
    assert after and after[0][0] == "Tasmania"


def test_another_sentences_region_is_not_proposed() -> None:
    got = _regions("Turnout was high in Alberta. Nationally, 41% back the government.")
    assert got[0][1] == []


def test_no_region_across_a_line_break_after_the_figure() -> None:
    got = _regions("Labour 40%\nin Scotland the SNP leads")
    assert all("region_after_in" not in f for _, f in got[0][1])


def test_the_population_ranker_is_offered_the_region() -> None:
    a = analyse("Quebec (31%) trails British Columbia (40%).")
    texts = {t for t, s, _ in population_proposals(a, a.numbers[0]) if s == "region"}
    assert texts == {"Quebec"}


def _opening_places(text: str) -> list[tuple[float, str]]:
    a = analyse(text)
    return [(n.value, t) for n in a.numbers for t, src, _ in population_proposals(a, n) if src == "place_in"]


def test_a_place_opening_the_figures_clause_is_proposed() -> None:
    got = _opening_places(
        "Approval stands at 41 percent. In Valparaíso it is 35 percent, while in rural communities it "
        "falls to 28 percent; in the north it holds at 44 percent."
    )
    assert got == [(35, "Valparaíso"), (28, "rural communities"), (44, "north")]


def test_words_after_in_that_name_no_place_are_not_proposed() -> None:
    got = _opening_places("In March, 45 percent approved. In the Harbor Research poll, 52 percent did.")
    assert got == []
