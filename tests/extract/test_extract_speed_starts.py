"""Whole-text scans run from their first words (sp27) give exactly what the plain patterns give: the outlet
and region names tried where a start word is written, the exit-poll test behind its gate, the contest test
from its literal first words. Texts are built from name pieces, case changes, punctuation and the
characters that case folding can't stand in for."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.reading.extract import choices, exit_rows, outlets, regions
from bot.reading.extract.memo import text_scope
from bot.reading.extract.scan import ascii_head

PIECES = st.sampled_from(
    [
        "The",
        "THE",
        "the",
        "New York Times",
        "new york times",
        "Washington Post",
        "CNN",
        "CNN's",
        "Fox-News",
        "RTÉ",
        "rte",
        "Journal de Montréal",
        "news.com.au",
        "TheJournal.ie",
        "Times",
        "Quebec",
        "Québec",
        "Thüringen",
        "Baden-Württemberg",
        "Ontario",
        "Southwestern",
        "North",
        "Eastern",
        "New",
        "England",
        "Scotland",
        "and",
        "&",
        "exit",
        "EXIT",
        "poll",
        "Polls",
        "vote",
        "voters",
        "department",
        "history",
        "Labour",
        "x",
        "4th",
        "42%",
        "_",
        ".",
        "'",
        "-",
        " ",
        "  ",
        "\t",
        "\n",
        "é",
        "ſ",
        "K",
    ]
)
TEXTS = st.lists(PIECES, max_size=16).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("The New York Times and CNN's poll, RTÉ news; x.CNN, THE  Washington Post")
@example("Southwestern Ontario and Québec, Thüringen & Baden-Württemberg, New England")
def test_outlets_and_regions_are_the_plain_scans(text: str) -> None:
    with text_scope():
        starts, ends = outlets.outlet_spans(text)
        plain = _spans(outlets._OUTLET.finditer(text))
        assert list(zip(starts, ends, strict=True)) == plain
        assert _spans(regions._region_matches(text)) == _spans(regions._REGION.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("an EXIT   polls count")
@example("the department votes")
def test_exit_and_contest_tests_are_the_plain_searches(text: str) -> None:
    plain_exit = exit_rows._EXIT.compiled.search(text)
    gated_exit = exit_rows._EXIT.search(text)
    assert (plain_exit and plain_exit.span()) == (gated_exit and gated_exit.span())
    plain = choices._CONTEST.search(text)
    anchored = choices._CONTEST_SCAN.search(text)
    assert (plain and plain.span()) == (anchored and anchored.span())


def test_ascii_head_stops_at_the_first_letter_case_folding_cannot_stand_in_for() -> None:
    assert ascii_head("RTÉ") == "rt"
    assert ascii_head("Québec") == "qu"
    assert ascii_head("New York Times") == "new york times"
