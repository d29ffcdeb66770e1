"""A table of candidates printed with no question asks the vote (candidate_tables.py).

Passages written for these tests, with invented people, firms and figures."""

from __future__ import annotations

from bot.reading.extract.candidate_tables import STATE_BY_CODE, _row_state, _under_candidate_header
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.weighed import WeighedExtractor

_TABLE = """Below are exit poll figures from the Larkspur polling firm on how men and women split.
State | Candidate | Party |
Women
|
Men
|
---|---|---|---|---|
IN | Ada Quill Ben Rook |
R D |
47% 52% |
52% 41% |
MO | Cora Vance Dell Amos |
R D |
42% 56% |
44% 53% |
"""


def test_codes_name_their_states() -> None:
    assert STATE_BY_CODE["IN"] == "Indiana"
    assert STATE_BY_CODE["WV"] == "West Virginia"
    assert STATE_BY_CODE["NC"] == "North Carolina"
    assert len(STATE_BY_CODE) == 50
    assert set(STATE_BY_CODE.values()) == set(US_STATES)


def test_header_and_row_state() -> None:
    start = _TABLE.index("42%")
    assert _under_candidate_header(_TABLE, start)
    assert _row_state(_TABLE, start) == "Missouri"
    assert not _under_candidate_header("Poll | Women | Men |\nAZ | 40% | 44% |\n", 20)


def test_rows_under_a_candidate_column_ask_their_states_vote() -> None:
    figs = WeighedExtractor().extract(_TABLE).figures
    by_start = {f.start: f.question for f in figs}
    assert by_start[_TABLE.index("47%")] == "Vote choice in the Indiana election"
    assert by_start[_TABLE.index("44%")] == "Vote choice in the Missouri election"


def test_a_table_with_no_candidate_column_is_left_alone() -> None:
    text = _TABLE.replace("Candidate", "Leader")
    figs = WeighedExtractor().extract(text).figures
    assert not any(f.question.startswith("Vote choice in the Indiana") for f in figs)
