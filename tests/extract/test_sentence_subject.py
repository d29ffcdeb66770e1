"""A figure's sentence that opens with where or whom it speaks of ("In rural Wales, 58% ...", "Voters under
30 were far keener: 68 per cent ...") gives the figure that subject, over the release's sample and over an
earlier sentence's subgroup (the ``sentence_subject`` ranker feature)."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _populations(text: str) -> dict[float, str]:
    return {f.value: f.population for f in default_extractor().extract(text).figures}


def test_a_place_clause_opening_the_sentence_beats_the_sample() -> None:
    got = _populations(
        "The survey of 1,200 adults across Britain found most want the railways back in public hands. "
        "In rural Wales, 58% favour nationalisation and 30% are against."
    )
    assert got[58] == "rural Wales"
    assert got[30] == "rural Wales"
    got = _populations(
        "A poll of 2,000 Canadians found wide backing for a national pharmacare plan. "
        "In Atlantic Canada, 71% support it."
    )
    assert got[71] == "Atlantic Canada"


def test_a_subgroup_opening_the_sentence_beats_the_last_sentence_s() -> None:
    got = _populations(
        "Among Democrats, 80% approve of the deal. Independents were more doubtful, with 41 percent approving."
    )
    assert got[80] == "Democrats"
    assert got[41] == "Independents"
    got = _populations(
        "Older voters were split on the question, with 44% in favour. Voters under 30 were far keener: "
        "68 per cent backed the plan."
    )
    assert got[68] == "Voters under 30"


def test_a_clause_after_while_gives_its_own_subject() -> None:
    got = _populations(
        "The Granite Poll of 650 likely voters found 58 percent of Republicans back the school voucher plan, "
        "while independents are divided, with 44 percent in favour and 47 percent against."
    )
    assert got[58] == "Republicans"
    assert got[44] == "independents"
    assert got[47] == "independents"
