"""A table of candidates printed with no question asks the vote.

A results table whose header row has a "Candidate" column ("State | Candidate | Party | Women | Men")
gives each row's shares for the people running. When the rankers find no question for such a group
(the passage names no race and prints no question) it takes the passage's horse-race question; where that
names no race and the figure's row opens with a US state's postal code ("ZA | ..."), the state names it: "Vote
choice in the <State> election". Runs after clustering, on empty or bare "Vote choice" questions only.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.questions import horse_race_question

CANDIDATE_TABLES = True

# A header line of a pipe table with a cell that is exactly "Candidate(s)".
_HEADER: Final = re.compile(r"^[^\n]*\|[^\n]*$", re.MULTILINE)
_CANDIDATE_CELL: Final = re.compile(r"(?:^|\|)\s*Candidates?\s*(?:\||$)", re.IGNORECASE)
# How far above the group's first figure the header may be.
_REACH: Final = 3000
# A table row opening with a two-letter code cell ("IN | ...").
_ROW_CODE: Final = re.compile(r"^\s*\|?\s*(?P<code>[A-Z]{2})\s*\|", re.MULTILINE)

# US postal codes and their states.
STATE_BY_CODE: Final[dict[str, str]] = {
    "AK": "Alaska", "AL": "Alabama", "AR": "Arkansas", "AZ": "Arizona", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "IA": "Iowa",
    "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "MA": "Massachusetts", "MD": "Maryland", "ME": "Maine", "MI": "Michigan", "MN": "Minnesota", "MO": "Missouri",
    "MS": "Mississippi", "MT": "Montana", "NC": "North Carolina", "ND": "North Dakota", "NE": "Nebraska",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NV": "Nevada", "NY": "New York", "OH": "Ohio",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VA": "Virginia", "VT": "Vermont",
    "WA": "Washington", "WI": "Wisconsin", "WV": "West Virginia", "WY": "Wyoming",
}  # fmt: skip


def _under_candidate_header(text: str, start: int) -> bool:
    """A pipe-table header with a Candidate cell stands above ``start`` (within _REACH)."""
    lo = max(0, start - _REACH)
    return any(_CANDIDATE_CELL.search(m.group(0)) for m in _HEADER.finditer(text, lo, start))


def _row_state(text: str, start: int) -> str | None:
    """The US state whose postal code opens the last table row starting above ``start``."""
    last = None
    for m in _ROW_CODE.finditer(text, max(0, start - 400), start):
        last = m
    return STATE_BY_CODE.get(last.group("code")) if last is not None else None


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each question-less group under a Candidate column the vote question."""
    for members in members_by_cluster(cluster_ids).values():
        if any(figs[i].question and figs[i].question != "Vote choice" for i in members):
            continue  # (a bare "Vote choice" given to a group of names is named here too)
        first = min(a.numbers[figs[i].num_index].start for i in members)
        if not _under_candidate_header(a.text, first):
            continue
        question = horse_race_question(a.text)
        if not question.startswith("Vote choice"):
            continue
        for i in members:
            figs[i].question = question
            if question == "Vote choice":
                # each row its own state's race (a column's group can span rows)
                state = _row_state(a.text, a.numbers[figs[i].num_index].start)
                if state is not None:
                    figs[i].question = f"Vote choice in the {state} election"
