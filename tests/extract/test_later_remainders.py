"""later_remainders: an unsure share told in a later sentence joins the result before it (invented text)."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _groups(text: str) -> dict[float, str]:
    return {f.value: f.group for f in WeighedExtractor().extract(text).figures}


def test_a_no_party_share_after_a_methodology_note_joins_the_list() -> None:
    text = (
        "The Larchmont poll has the Valley Party on 44%, up 2%, Reform on 31% and the Greens on 9%.\n\n"
        "Larchmont reached 900 voters online over the week to Friday. "
        "Of those asked 13%, down 1%, did not name a party.\n"
    )
    g = _groups(text)
    assert g[13] == g[44] == g[31] == g[9]


def test_undecided_and_a_minor_candidate_in_the_next_sentence_join_the_race() -> None:
    text = (
        "Likely voters favoured Ruiz by 46 percent to Lane's 43 percent in the Fenwick poll. "
        "Eight percent had not decided and 2 percent would back Ortega.\n"
    )
    g = _groups(text)
    assert g[8] == g[2] == g[46] == g[43]


def test_a_subgroup_keeps_its_own_group() -> None:
    subgroup = (
        "Mayor Ruiz's approval stands at 51%, with 40% disapproving, the Fenwick poll finds.\n\n"
        "Among renters, 23% are not sure.\n"
    )
    g = _groups(subgroup)
    assert g[23] != g[51]
