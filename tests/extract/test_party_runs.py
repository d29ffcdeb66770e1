"""A party list told over sentences is one group (:mod:`party_runs`), on passages written here."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def test_a_list_whose_first_share_names_its_people_goes_on() -> None:
    # The first share names "committed voters" and carries a change in brackets; the rest name no one.
    text = (
        "Voting intention\n"
        "In Fenwick, the Harbour Party is backed by 34 per cent of committed voters (+1 on March), the survey "
        "says. Behind it come the New Democrats (31%, -2), then the Frontier Party (20%, =), the Greens "
        "(7%, +1) and the Rural Party (5%, =).\n"
    )
    assert _groups(text) == [[34, 31, 20, 7, 5]]
