"""subgroup_scope: a subgroup goes on through its ranking, and a subgroup named far away is nobody's topline."""

from __future__ import annotations

from bot.reading.extract import Extractor
from bot.reading.extract.subgroup_scope import names_subgroup


def _pops(extractor: Extractor, text: str) -> dict[float, str]:
    return {f.value: f.population for f in extractor.extract(text).figures}


def test_words_that_make_a_subgroup() -> None:
    assert names_subgroup("independent voters")
    assert names_subgroup("older Americans")
    assert not names_subgroup("likely independent voters")  # a sample's screen: a universe
    assert not names_subgroup("registered voters")
    assert not names_subgroup("voters")


def test_a_subgroup_in_a_later_paragraph_is_not_the_toplines(extractor: Extractor) -> None:
    text = (
        "Brook 51%, Adair 43% in new Tamarack poll\n\n"
        "The mayor's race has a clear leader. Brook has 51% and Adair 43%. "
        "Brook's lead is built among older voters, who pick him 60% to 35%.\n\n"
        "Asked about a third candidate, 12% name Voss."
    )
    pops = _pops(extractor, text)
    assert pops[51] != "older voters"
    assert pops[12] != "older voters"
    assert pops[60] == "older voters"


def test_another_share_goes_on_with_the_subgroup(extractor: Extractor) -> None:
    text = "On the bridge toll, 63% of rural voters are opposed and another 22% are in favor."
    pops = _pops(extractor, text)
    assert pops[63] == "rural voters"
    assert pops[22] == "rural voters"


def test_an_age_cut_written_with_age_is_part_of_the_people(extractor: Extractor) -> None:
    text = (
        "The Pinecrest poll of 540 likely voters has Rook at 44% and Vance at 40%. "
        "Vance takes 31% among voters under age 30, and Rook takes 58% of voters over age 70."
    )
    pops = _pops(extractor, text)
    assert pops[31] == "voters under age 30"
    assert pops[58] == "voters over age 70"
    assert pops[44] == "likely voters"


def test_a_far_subgroup_gives_way_to_the_people_its_sentence_names(extractor: Extractor) -> None:
    text = (
        "A Fennel Courier poll of 700 voters has councillor Ana Grist ahead with 30 percent. "
        "Undecided voters are mostly renters (41 percent) and young voters (35 percent).\n\n"
        "Housing was named by 33 percent of voters, transit by 21 percent and crime by 18 percent."
    )
    pops = _pops(extractor, text)
    assert pops[35] == "young voters"
    assert pops[33] == "voters"
    assert pops[21] == "voters"
