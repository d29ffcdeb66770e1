"""When two prose groups may be one question's options continued: their questions must be one question's
labels (see groups.merge_continuations), and a loose match only joins groups next to each other."""

from __future__ import annotations

from bot.reading.extract import groups


def test_one_questions_labels_agree() -> None:
    agree = groups._questions_agree
    assert agree("vote choice in the 2016 republican primary", "vote choice in the 2016 republican primary")
    assert agree("vote choice", "new zealand general election voting intention")
    assert agree("vote choice in the iowa caucuses", "vote choice")
    assert agree("", "do you approve of the governor?")
    assert agree("do you approve of the governor?", "do you approve of the governor's job as governor?")


def test_two_questions_do_not_agree() -> None:
    agree = groups._questions_agree
    assert not agree("vote choice", "do you approve of the governor?")
    assert not agree("do you approve of the governor?", "do you support the harbour plan?")
    assert not agree("vote choice in the senate race", "vote choice in the governor's race")


def test_a_loose_match_joins_only_neighbours() -> None:
    # Figures 0-1 in cluster 0, 2-3 in cluster 1, 4 in cluster 2.
    owner = [0, 0, 1, 1, 2]
    assert groups._adjacent(owner, [0, 1], [2, 3])
    assert groups._adjacent(owner, [2, 3], [4])
    assert not groups._adjacent(owner, [0, 1], [4])


def test_the_sample_named_again_is_no_other_population() -> None:
    other = groups._names_other
    group = "likely republican primary voters"
    assert not other("the 412 likely voters", group)
    assert not other("", group)
    assert not other(group, group)
    assert other("independents", "republicans and republican-leaning independents")
    assert other("women", group)
    assert other("likely democratic voters", group)


def test_a_continuation_may_fill_a_gap_in_another() -> None:
    nested = groups._nested
    assert nested([0, 3, 4], [1, 2])
    assert not nested([0, 4], [1, 2])  # figure 3 belongs to neither: not the whole gap
    assert not nested([0, 1], [2, 3])  # after, not inside
    assert not nested([0, 2, 5], [3, 4, 6])  # overlapping spans
