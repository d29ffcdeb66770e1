"""The passage-level first tests of the twenty-third round's steps, found by string search (scan.Anchored),
say what the plain patterns they replaced say (v24: same output, fewer instructions)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.extract import ballot_questions, earlier_readings, held_leads, opening_times, role_subjects

# The first tests as the steps wrote them before.
_OLD_BALLOT = re.compile(
    r"referend|Referend|REFEREND|[Pp]roposition|[Ii]nitiative|[Mm]easure|Prop\b|\b[IR]-\d|for or against"
)
_OLD_LEAD = re.compile(r"\b(?:lead|advantage|edge)\b")
_OLD_POINTER = re.compile(r"\b(?:That|This|It)\b")

PIECES = st.sampled_from(
    [" ", "\t", "\n", ".", ",", "-", "I-", "R-", "4", "12", "a", "x", "The", "the", "That", "This", "It", "Its",
     "lead", "leads", "misleading", "edge", "hedge", "advantage", "Prop", "Prop.", "Proposition", "measure",
     "Measure", "measures", "initiative", "Initiative", "referendum", "REFERENDUM", "for or against", "for",
     "incumbent", "challenger", "Democrat", "Republican", "mayor", "now", "narrowly", "is", "ahead", "has",
     "holds", "led", "beats", "İ", "19", "20", "2019", "1998", "x2020", "_", "7"]
)  # fmt: skip


def _found(p: object, text: str) -> bool:
    return next(p.finditer(text), None) is not None  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_gates_answer_as_the_plain_patterns(text: str) -> None:
    assert _found(ballot_questions._KEYS, text) == (_OLD_BALLOT.search(text) is not None)
    assert _found(held_leads._LEAD_WORD, text) == (_OLD_LEAD.search(text) is not None)
    assert _found(earlier_readings._POINTER_WORD, text) == (_OLD_POINTER.search(text) is not None)
    years = [m.group() for m in opening_times._YEAR.finditer(text)]
    assert years == re.findall(r"\b(?:19|20)\d\d\b", text)
    if role_subjects._ROLE_SUBJECT.search(text) is not None:
        assert _found(role_subjects._ROLE_VERB, text)


def test_gates_keep_the_fast_path() -> None:
    gates = [
        ballot_questions._KEYS,
        held_leads._LEAD_WORD,
        earlier_readings._POINTER_WORD,
        opening_times._YEAR,
    ]
    assert all(g.anchored for g in [*gates, role_subjects._ROLE_VERB])


def test_gates_on_invented_text() -> None:
    assert _found(ballot_questions._KEYS, "Voters in Eastmere back I-42 by 51 to 40.")
    assert not _found(ballot_questions._KEYS, "Voters in Eastmere back Lin by 51 to 40.")
    assert _found(held_leads._LEAD_WORD, "Lin holds a 9-point lead in Eastmere.")
    assert not _found(held_leads._LEAD_WORD, "The leader of Eastmere polls 40%.")
    assert role_subjects._ROLE_SUBJECT.search("The incumbent leads 48% to 41%.")
    assert _found(role_subjects._ROLE_VERB, "The incumbent leads 48% to 41%.")
