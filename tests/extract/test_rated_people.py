"""The ratings of two people are two groups (:mod:`rated_people`), on passages written here."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def test_a_round_of_leaders_ratings_is_one_group_each() -> None:
    text = (
        "In the Penrose poll 46 per cent are satisfied with the Premier; Opposition leader Mr Abel Strand "
        "scores 37 per cent satisfaction and the Greens' Ada Murrow holds 28 per cent.\n"
    )
    assert _groups(text) == [[46], [37], [28]]


def test_one_persons_two_sides_stay_together() -> None:
    # The second share names no one new ("dissatisfied with Ms Yarrow" is the same surname).
    text = (
        "Taoiseach Una Yarrow's satisfaction rating has fallen to 42% in the Ashdown poll, and 51% now say "
        "they are dissatisfied with Ms Yarrow. Tánaiste Cian Bellamy's satisfaction rating slipped to 35%.\n"
    )
    assert _groups(text) == [[42, 51], [35]]


def test_a_preferred_leader_is_one_question() -> None:
    text = (
        "Offered a choice of premier in the Penrose poll, 43 per cent picked Mr Strand and 36 per cent "
        "picked Premier Ada Murrow, with 21 per cent unsure.\n"
    )
    assert _groups(text) == [[43, 36, 21]]
