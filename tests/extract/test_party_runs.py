"""A party list told over sentences is one group (:mod:`party_runs`), on passages written here."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def test_a_list_whose_first_share_names_its_people_goes_on() -> None:
    # The first share names "decided voters" and carries a change in brackets; the rest name no one.
    text = (
        "Voting intention\n"
        "Across Fenwick, 34 per cent of decided voters and leaners (+1 since March) say they would vote for "
        "their local Harbour Party candidate if a provincial election took place today. Second are the New "
        "Democrats (31%, -2), then the Frontier Party (20%, =), the Greens (7%, +1) and the Rural Party (5%, =).\n"
    )
    assert _groups(text) == [[34, 31, 20, 7, 5]]
