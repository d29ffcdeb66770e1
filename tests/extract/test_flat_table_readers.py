"""Three layouts of tables flattened into text (twenty-sixth round, xt27): a voter survey's tagged rows
(exit_rows.tagged_cells), side-by-side small tables under a repeated header (paired_columns) and values
printed above their labels (values_first); and a bracketed follow-up prompt, which is no question. The
tables are written for these tests."""

from __future__ import annotations

from bot.reading.extract import Extractor
from bot.reading.extract.paired_columns import _repeated_heads

TAGGED = (
    "Region\n\n"
    "Answer\nTotal\nDem\nRep\n"
    "Coast\n38%\nDem\n61%\nRep\n36%\n"
    "Valley\n62%\nDem\n44%\nRep\n53%\n"
    "Sample: 2,040 Respondents\n"
)

PAIRED = (
    "Table 3: Matchups\n\n"
    "Race Pct Race Pct\n"
    "Ida Moreau 49 Ravi Nair 46\n"
    "Carl Beck 44 Carl Beck 45\n"
    "Undecided 7 Undecided 9\n"
)

VALUES_FIRST = (
    "Approval of Governor Ada Lund\n47%\nApprove\n44%\nDisapprove\n9%\nNot sure\nSource: Ridgeway Polling\n"
)


def _at(extractor: Extractor, text: str, cell: str) -> object:
    start = text.index(cell)
    return next(f for f in extractor.extract(text).figures if f.start == start)


def test_tagged_values_take_their_tag_and_their_row(extractor: Extractor) -> None:
    dem = _at(extractor, TAGGED, "61%")
    assert dem.answer == "Dem" and dem.population.lower() == "coast"  # type: ignore[attr-defined]


def test_the_total_column_is_each_groups_share_of_the_voters(extractor: Extractor) -> None:
    share = _at(extractor, TAGGED, "38%")
    assert share.answer == "Coast"  # type: ignore[attr-defined]
    assert share.question == "Region of voters (share of the electorate)"  # type: ignore[attr-defined]
    groups = {f.start: f.group for f in extractor.extract(TAGGED).figures}
    assert groups[TAGGED.index("38%")] == groups[TAGGED.index("62%")]  # the shares: one result
    assert groups[TAGGED.index("38%")] != groups[TAGGED.index("61%")]
    assert groups[TAGGED.index("61%")] != groups[TAGGED.index("44%")]  # each row's vote: its own


def test_tags_that_do_not_repeat_the_heads_are_no_tagged_rows(extractor: Extractor) -> None:
    text = TAGGED.replace("Dem\n61%", "Lab\n61%")
    assert not any(
        (f.question or "").endswith("(share of the electorate)") for f in extractor.extract(text).figures
    )


def test_a_repeated_header_is_read_as_side_by_side_tables() -> None:
    assert _repeated_heads("Race Pct Race Pct") == (["Race", "Pct"], 2)
    assert _repeated_heads("Total Dem Rep Ind") is None
    assert _repeated_heads("Yes No") is None


def test_side_by_side_values_take_the_name_before_them(extractor: Extractor) -> None:
    figs = extractor.extract(PAIRED).figures
    by_start = {f.start: f for f in figs}
    assert by_start[PAIRED.index("49")].answer == "Ida Moreau"
    assert by_start[PAIRED.index("45")].answer == "Carl Beck"
    assert not any(f.answer == "Race Pct" for f in figs)
    first, second = by_start[PAIRED.index("49")].group, by_start[PAIRED.index("46")].group
    assert first != second and by_start[PAIRED.index("44")].group == first


def test_values_above_their_labels_take_the_label_below(extractor: Extractor) -> None:
    assert _at(extractor, VALUES_FIRST, "47%").answer == "approve"  # type: ignore[attr-defined]
    assert _at(extractor, VALUES_FIRST, "9%").answer == "not sure"  # type: ignore[attr-defined]


def test_labels_above_their_values_are_left_to_the_list_readers(extractor: Extractor) -> None:
    text = "Approval of Governor Ada Lund\nApprove\n47%\nDisapprove\n44%\nNot sure\n9%\n"
    assert _at(extractor, text, "47%").answer.lower() == "approve"  # type: ignore[attr-defined]


def test_a_bracketed_follow_up_prompt_is_no_question(extractor: Extractor) -> None:
    text = (
        "Q4. Do you approve or disapprove of the way Ada Lund is handling her job as governor?\n"
        "[IF APPROVE OR DISAPPROVE] Is that strongly or somewhat?\n\n"
        "Strongly approve 24%\nSomewhat approve 23%\nSomewhat disapprove 19%\nStrongly disapprove 27%\n"
        "Not sure 7%\n"
    )
    assert all(f.question.startswith("Do you approve") for f in extractor.extract(text).figures)
