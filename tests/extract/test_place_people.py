"""A place and the people its clause writes, given together (place_people.py; sixteenth session)."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _populations(text: str) -> dict[float, str]:
    return {f.value: f.population for f in EXTRACTOR.extract(text).figures}


def test_a_region_opening_the_clause_and_the_people_after_the_share() -> None:
    text = (
        "Across the country, 22% of Canadians say the plan goes too far.\n"
        "In Saskatchewan, 35% of residents say so, the highest of any province."
    )
    assert _populations(text)[35] == "residents in Saskatchewan"


def test_a_scoped_region_and_the_people_carry_to_the_sentence_s_next_share() -> None:
    text = (
        "Ontario's Progressive Conservatives lead everywhere but Toronto, on 43% provincewide.\n"
        "In Toronto the Liberals stand at 38 per cent support of all voters and the Progressive "
        "Conservatives at 29 per cent. The NDP is on 20 per cent across Ontario."
    )
    pops = _populations(text)
    assert pops[38] == pops[29] == "all voters in Toronto"
    assert pops[20] != "all voters in Toronto"  # (the next sentence is not carried)


def test_a_subgroup_among_the_people_is_left_alone() -> None:
    text = "In Quebec, among francophones, Marchand is backed by 41 per cent of respondents."
    assert _populations(text)[41] != "respondents in Quebec"
