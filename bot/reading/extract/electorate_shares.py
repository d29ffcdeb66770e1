"""A group's share of the electorate asks what the voters are, not whom they chose.

Exit polls and reports on them give the make-up of the voters beside their choices: "71% of voters are
white (down from 74%)", "12% are black", "Hispanic voters made up 12% of the electorate", or an exit
poll's table copied one cell a line whose row label carries the group's share in brackets ("White (75%)",
then the candidates' shares among whites). Such a share answers no vote, favourability or approval
question: the labels ask "Race of voters (share of the electorate)", "Sex of voters ...". The rankers gave
them the question of the figures around them (a candidate's favourability, "Are you Hispanic?", a vote
template).

Here, last among the question steps, a figure written as a demographic group's share of the voters (the
shapes above, the group a category of race, sex, marital status or religion) asks "<Dimension> of voters
(share of the electorate)". Label only: grouping and the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

ELECTORATE_SHARES = True

# The categories of each dimension a breakdown of the voters names.
_DIMENSIONS: Final = (
    (
        "Race",
        r"whites?|blacks?|African[- ]Americans?|Hispanics?|Latinos?|Latinas?|Asians?|Asian[- ]Americans?|"
        r"non-?whites?",
    ),
    ("Sex", r"male|female|men|women"),
    ("Marital status", r"married|unmarried"),
    ("Religion", r"Protestants?|Catholics?|Jewish|evangelicals?|Muslims?|Mormons?"),
)
_CATEGORY: Final = "|".join(f"(?P<d{i}>{cats})" for i, (_, cats) in enumerate(_DIMENSIONS))
_SAMPLE: Final = r"(?:the\s+)?(?:voters|electorate|respondents|those\s+who\s+voted|exit\s+poll\s+respondents)"
# After the share: "% of voters are white", "% are black", " percent of the electorate was Hispanic".
_AFTER: Final = re.compile(
    rf"\s*(?:%|percent\b|per\s*cent\b)?\s*(?:of\s+{_SAMPLE}\s+)?(?:are|were|was|is)\s+(?:(?:now|still)\s+)?"
    rf"(?:{_CATEGORY})\b(?!\s+(?:with|about|by|in\s+favou?r))",
    re.IGNORECASE,
)
# Before the share: "Hispanic voters made up 12" (never "among women was 35": a subgroup's rating).
_BEFORE: Final = re.compile(
    rf"\b(?:{_CATEGORY})(?:\s+voters)?\s+(?:made\s+up|make\s+up|makes\s+up|comprised|accounted\s+for)"
    rf"\s+(?:about\s+|roughly\s+|nearly\s+|just\s+)?$",
    re.IGNORECASE,
)
# A row label with its share in brackets, alone on its line: "White (75%)", "Married (66%)".
_ROW: Final = re.compile(rf"^\s*(?:{_CATEGORY})\s*\(\s*$", re.IGNORECASE)
_ROW_END: Final = re.compile(r"\s*%?\s*\)\s*$")


def _dimension(m: re.Match[str]) -> str:
    for i, (name, _) in enumerate(_DIMENSIONS):
        if m.group(f"d{i}"):
            return name
    return ""


def dimension_of(a: Analysis, f: Labelled) -> str | None:
    """The dimension of the voters' make-up a share gives ("Race"), or None where it is written as no share
    of the electorate."""
    num = a.numbers[f.num_index]
    start, end = num.cand.start, num.cand.end
    after = _AFTER.match(a.text, end, min(len(a.text), end + 80))
    if after is not None:
        return _dimension(after)
    before = _BEFORE.search(a.text, max(0, start - 60), start)
    if before is not None:
        return _dimension(before)
    if a.lines:
        line = a.lines[num.line]
        row = _ROW.match(a.text[line.start : start])
        if row is not None and _ROW_END.match(a.text[end : line.end]):
            return _dimension(row)
    return None


# A breakdown's question another step gave already (exit_rows: "Region of exit poll respondents").
_BREAKDOWN: Final = re.compile(r"\bof (?:exit poll respondents|voters)\b|\(share of the electorate\)$")


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of the electorate its breakdown's question."""
    for f in figs:
        if _BREAKDOWN.search(f.question):
            continue
        dim = dimension_of(a, f)
        if dim:
            f.question = f"{dim} of voters (share of the electorate)"
