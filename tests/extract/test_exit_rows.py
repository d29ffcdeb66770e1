"""Exit-poll tables copied one cell a line (exit_rows): each row a group with its share of the voters in
brackets, then its vote for each candidate and a change column. The tables are written for these tests."""

from __future__ import annotations

from bot.reading.extract import Extractor

EXIT = (
    "SENATE / MAINE / EXIT POLL\n"
    "1,322 Respondents\n\n"
    "VOTE BY EDUCATION\n"
    "ARSENAULT\n"
    "PELLETIER\n"
    "TOTAL\n"
    "2026\n"
    "2020\n"
    "2026\n"
    "College Graduate (41%)\n"
    "57%\n"
    "+4\n"
    "41%\n"
    "No College Degree (59%)\n"
    "39%\n"
    "n/a\n"
    "58%\n"
)


def _by_value(extractor: Extractor) -> dict[float, object]:
    return {f.value: f for f in extractor.extract(EXIT).figures}


def test_the_vote_cells_take_their_candidate_and_their_row(extractor: Extractor) -> None:
    figs = _by_value(extractor)
    assert figs[57].answer == "Arsenault" and figs[41].answer == "Pelletier"  # type: ignore[attr-defined]
    # the row's group in the state the heading names, as the labels write a state poll's subgroup
    assert figs[57].population == "College Graduate in Maine"  # type: ignore[attr-defined]
    assert figs[58].answer == "Pelletier" and figs[58].population == "No College Degree in Maine"  # type: ignore[attr-defined]
    assert 4 not in figs  # the change since the last race


def test_the_vote_cells_ask_the_match_up(extractor: Extractor) -> None:
    figs = _by_value(extractor)
    assert figs[57].question == "Vote choice (Arsenault vs. Pelletier)"  # type: ignore[attr-defined]


def test_the_bracketed_share_is_the_group_of_the_voters(extractor: Extractor) -> None:
    share = next(f for f in extractor.extract(EXIT).figures if f.start == EXIT.index("41%)"))
    assert share.answer == "College Graduate"
    assert share.question == "Education of exit poll respondents"


def test_no_exit_poll_no_reading(extractor: Extractor) -> None:
    text = EXIT.replace("EXIT POLL", "SURVEY")
    assert not any(f.question.endswith("exit poll respondents") for f in extractor.extract(text).figures)
