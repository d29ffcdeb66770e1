"""An unsure share told right after a split joins the split's group (remainder_shares)."""

from __future__ import annotations

from bot.reading.extract import remainder_shares
from bot.reading.extract.groups import Labelled


def _fig(i: int, value: float, answer: str, population: str = "likely voters", sentence: int = 0) -> Labelled:
    return Labelled(i, value, sentence, 0, answer, population, "", None, None)


def test_a_lone_undecided_share_after_a_split_joins_it() -> None:
    figs = [_fig(0, 48, "Hadley"), _fig(1, 41, "Moss"), _fig(2, 11, "undecided", "voters")]
    assert remainder_shares.join_remainders(figs, [0, 0, 1]) == [0, 0, 0]


def test_it_stays_apart_past_a_whole_between_sides_or_in_another_sentence() -> None:
    over = [_fig(0, 52, "Hadley"), _fig(1, 41, "Moss"), _fig(2, 11, "undecided")]
    assert remainder_shares.join_remainders(over, [0, 0, 1]) == [0, 0, 1]
    between = [_fig(0, 48, "Hadley"), _fig(1, 8, "not sure"), _fig(2, 41, "Moss")]
    assert remainder_shares.join_remainders(between, [0, 1, 0]) == [0, 1, 0]
    later = [_fig(0, 48, "Hadley"), _fig(1, 41, "Moss"), _fig(2, 11, "undecided", sentence=1)]
    assert remainder_shares.join_remainders(later, [0, 0, 1]) == [0, 0, 1]
    women = [_fig(0, 48, "Hadley"), _fig(1, 41, "Moss"), _fig(2, 11, "undecided", "women")]
    assert remainder_shares.join_remainders(women, [0, 0, 1]) == [0, 0, 1]
