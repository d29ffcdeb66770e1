"""The answer proposals read from a figure's clause and neighbours (answer_context) and the header of a
table whose header row leaves out the row-label column.

The passages are written for the project (invented places and people). Proposals are checked directly:
they do not depend on fitted weights.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import answer_context, choices
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _proposed(text: str, value: float, source: str) -> list[str]:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    return [c.text for c in choices.candidates(a, n, "answer") if c.features.get(f"src={source}") == 1.0]


QUOTED = "Among renters the “very worried” share reached 71%, against 40% of owners."
NEGATED = "Asked about the old dam, 58% said it is a threat and a bare 9% disagreed."
MATCHUP = "Overall it is Ostrow 49%, Pell 44%. Among men, though, voters favor Pell 52% to 41%."
FAR = "Nearly half (47%) of the county's voters in the Marlin poll say the county is on the wrong track."
LIST = "Residents named housing (34%), the roads (21%) and another concern (5%) as their top worry."
CHOSE = "Asked for a second choice, 31% chose Okonkwo and 12% picked Vance."
STUB = (
    "Tern Valley ratings (last month in brackets)\n"
    "Favorable | Unfavorable | Unsure | Net | |\n"
    "---|---|---|---|---|\n"
    "Mayor Ostrow | 51 (49) | 40 (42) | 9 (9) | +11 |\n"
    "Council | 38 (37) | 52 (50) | 10 (13) | -14 |\n"
)
VERTICAL = (
    "Ferry levy polls\nDate of poll\n|\nPollster\n|\nIn favor\n|\nOpposed\n|\nUndecided\n|\n"
    "May 2-4 |\nHarbor Research |\n54% |\n38% |\n8% |\nJune 6-9 |\nGull Polling |\n51% |\n41% |\n8% |\n"
)
KEY = (
    "Key:\n\nx = Build the new bridge\n\ny = Not sure\n\nz = Keep the old ferry\n\n"
    "Results:\n\nAll voters — x: 48%, y: 12%, z: 40%\n"
)


@pytest.mark.parametrize(
    ("text", "value", "source", "answer"),
    [
        (QUOTED, 71, "quoted", "very worried"),
        (NEGATED, 9, "negated_sibling", "not a threat"),
        (MATCHUP, 41, "pair_other", "Ostrow"),
        (FAR, 47, "after_option_far", "wrong track"),
        (LIST, 5, "paren_phrase", "another concern"),
        (LIST, 21, "paren_phrase", "roads"),
        (CHOSE, 31, "choice_object", "Okonkwo"),
        (STUB, 51, "col_header", "Favorable"),
        (STUB, 40, "col_header", "Unfavorable"),
        (STUB, 10, "col_header", "Unsure"),
        (VERTICAL, 41, "vertical_header", "Opposed"),
        (VERTICAL, 54, "vertical_header", "In favor"),
        (KEY, 40, "legend", "Keep the old ferry"),
    ],
)
def test_each_cue_proposes_its_answer(text: str, value: float, source: str, answer: str) -> None:
    assert answer in _proposed(text, value, source)


def test_the_favoured_side_of_a_matchup_is_marked() -> None:
    a = EXTRACTOR.analyse(MATCHUP)
    n = next(m for m in a.numbers if m.value == 52)
    before = next(c for c in choices.candidates(a, n, "answer") if c.features.get("src=before_name"))
    assert before.text == "Pell" and before.features.get("preference_object") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Party | Dem | Rep |\n---|---|---|\nApprove | 61 | 22 |\nDisapprove | 35 | 74 |\n",
        "Dem | Rep |\n---|---|\nApprove | 61 | 22 |\nDisapprove | 35 | 74 |\n",  # right-aligned already
    ],
)
def test_a_header_is_shifted_only_when_it_leaves_out_the_stub_column(text: str) -> None:
    assert "Rep" in _proposed(text, 74, "col_header")
    assert "Dem" not in _proposed(text, 74, "col_header")


def test_dates_and_weekdays_are_marked() -> None:
    assert answer_context.date_like("18-20 June")
    assert answer_context.date_like("on Tuesday")
    assert answer_context.date_like("in September")
    assert not answer_context.date_like("Right direction")
    assert not answer_context.date_like("May")  # a month name alone may be a leader's name
    assert not answer_context.date_like("June Abbott")


def test_no_quote_no_legend_no_vertical_table_proposes_nothing() -> None:
    text = "In the Corvid poll 44% approve and 50% disapprove of the council."
    a = EXTRACTOR.analyse(text)
    assert answer_context.vertical_headers(a) == {}
    assert answer_context.legend(a) == {}
    n = next(m for m in a.numbers if m.value == 44)
    assert answer_context.quoted(a, n) == []
    assert answer_context.negated_sibling(a, n, lambda *_a, **_k: None) is None


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "In the county, Republican Hal Ostrow leads Dana Pell 47-42 among likely voters.",
            "Hal Ostrow",
            "Dana Pell",
        ),
        ("Ostrow vs. Pell: 51/40, with the rest unsure.", "Ostrow", "Pell"),
        ("The Greens trail the Harbor Party 22% to 35% this month.", "Greens", "Harbor Party"),
    ],
)
def test_a_split_takes_its_sides_from_the_names_in_written_order(text: str, first: str, second: str) -> None:
    a = EXTRACTOR.analyse(text)
    paired = [n for n in a.numbers if n.cand.partner is not None]
    got = [answer_context.pair_side(a, n) for n in paired]
    assert [g[0] if g else None for g in got] == [first, second]


def test_a_change_between_two_readings_names_no_sides() -> None:
    a = EXTRACTOR.analyse("Ostrow leads Pell, though his margin narrowed from 50-41 to 47-42 since May.")
    assert all(answer_context.pair_side(a, n) is None for n in a.numbers)


@pytest.mark.parametrize(
    ("text", "value", "joint"),
    [
        (
            "Former Mayor Ada Quill and Sen. Rob Tanner are at 13 percent each, with Lee on 9 percent.",
            13,
            "Ada Quill; Rob Tanner (13% each)",
        ),
        (
            "From there, Ivo Marsh, Kate Doyle, and Sam Ortiz receive 4 percent each.",
            4,
            "Ivo Marsh; Kate Doyle; Sam Ortiz (4% each)",
        ),
        ("The Greens and the Liberal Democrats are tied on 8%.", 8, "Greens; Liberal Democrats (8% each)"),
    ],
)
def test_names_sharing_one_share_are_proposed_together(text: str, value: float, joint: str) -> None:
    assert joint in _proposed(text, value, "joint_names")


def test_one_name_before_a_share_is_not_a_joint_answer() -> None:
    assert _proposed("Ivo Marsh is at 13 percent and rising.", 13, "joint_names") == []


@pytest.mark.parametrize(
    ("text", "value", "joint"),
    [
        (
            "Dale Kerr leads with 24%, then 13% each for Nina Holt and Peter Vance, 9% for Omar Lind.",
            13,
            "Nina Holt; Peter Vance (13% each)",
        ),
        (
            "Ruiz is at 20%, with 5 percent apiece for Ivo Marsh, Lena Park, and the departed Sam Oduya, 2% for Lee.",
            5,
            "Ivo Marsh; Lena Park; Sam Oduya (5% each)",
        ),
        (
            "In Ardenne, Kessler and Moreau are tied with 42 percent each, while 10 percent are undecided.",
            42,
            "Kessler; Moreau (42% each)",
        ),
        (
            "The poll puts the Unity Party and the Labour Union neck and neck at 33 per cent.",
            33,
            "Unity Party; Labour Union (33% each)",
        ),
        (
            "Mara Flint leads. Jon Ashby and Lucy Tran tied for second place, each with 16%.",
            16,
            "Jon Ashby; Lucy Tran (16% each)",
        ),
        (
            "In Norland, Democrat Ellen Ward and Republican Sen. Jack Ferris are tied with 45 percent.",
            45,
            "Ellen Ward; Jack Ferris (45% each)",
        ),
    ],
)
def test_marked_shared_shares_are_read_widely_after_grouping(text: str, value: float, joint: str) -> None:
    """The shapes joint_shares reads (``wide``); the rankers' proposal is left as it was fitted."""
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    got = answer_context.joint_names(a, n, wide=True)
    assert got is not None
    assert got[0] == joint
    assert got[2]["joint_cue"] == 1.0


def test_shares_told_respectively_are_no_joint_answer() -> None:
    a = EXTRACTOR.analyse("Lee and Ruiz slipped to 12 and 7% respectively.")
    n = next(m for m in a.numbers if m.value == 12)
    assert answer_context.joint_names(a, n, wide=True) is None
