"""Issue splits told by a stance noun or "split" (stance_splits), a chamber's seat counts (unit_shares), and a
held lead written "a lead of N to M" (held_leads). Passages written for the project (invented places)."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _answers(text: str) -> dict[float, str]:
    return {f.value: f.answer for f in EXTRACTOR.extract(text).figures}


def test_a_stance_noun_and_a_split_name_their_sides() -> None:
    got = _answers(
        "Voters support a new toll on the bridge 57 – 38 percent, a Quinnipiac University poll of 1,100 voters "
        "finds. Democrats split 49 – 46 percent on the toll, while opposition is 63 – 33 percent among "
        "Republicans and 54 – 41 percent among independent voters."
    )
    assert (got[49], got[46]) == ("support", "oppose")
    assert (got[63], got[33]) == ("oppose", "support")
    assert (got[54], got[41]) == ("oppose", "support")


def test_a_split_whose_side_is_written_after_it_is_left_alone() -> None:
    got = _answers(
        "Asked whether the park should close, 61 percent say it should, compared to 24 percent who say it "
        "should not. Independents split 44% to 40% in favor."
    )
    assert got.get(44) != "support"


def test_seat_counts_are_no_figures() -> None:
    values = {
        f.value
        for f in EXTRACTOR.extract(
            "Republicans hold a 53-47 seat edge in the Senate. In the new survey, 44% of voters approve of the "
            "majority's work and 49% disapprove."
        ).figures
    }
    assert 53 not in values and 47 not in values
    assert {44, 49} <= values


def test_a_lead_of_n_to_m_takes_its_subject_and_the_rival_named_later() -> None:
    got = _answers(
        "A Mason-Dixon poll of 625 likely voters finds the race close. Republican Sen. Hal Brandt holds a "
        "narrow lead of 46% to 43% and faces a long fight against Democrat Rosa Kimura."
    )
    assert (got[46], got[43]) == ("Hal Brandt", "Rosa Kimura")
