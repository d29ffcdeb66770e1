"""A rating named by its noun before a share, and "support" as a party's share noun, give the option."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _answers(text: str) -> dict[float, str]:
    return {f.value: f.answer for f in default_extractor().extract(text).figures}


def test_a_satisfaction_noun_names_the_option_not_the_leader() -> None:
    text = (
        "The new Harbourline poll shows satisfaction with Premier Mina Castell's performance has dropped "
        "to 37 per cent, down from 41 per cent. Dissatisfaction with Castell rose three points to 52 per cent."
    )
    got = _answers(text)
    assert (got[37], got[41], got[52]) == ("satisfied", "satisfied", "dissatisfied")


def test_a_job_approval_rating_after_the_share_is_approve() -> None:
    got = _answers("In the Fenwick College poll, Mayor Ivo Bell has a 44% job approval rating.")
    assert got[44] == "approve"


def test_a_bare_rating_word_takes_the_side_its_noun_names() -> None:
    text = "In the Harbourline poll, Castell is up two on approval to 46% with disapproval down one to 43%."
    got = _answers(text)
    assert (got[46], got[43]) == ("approve", "disapprove")


def test_a_partys_support_is_the_party() -> None:
    text = (
        "In the Harbourline poll, Labour's support is steady at 35 per cent, while the Liberals' support "
        "slipped to 32 per cent."
    )
    got = _answers(text)
    assert (got[35], got[32]) == ("Labour", "Liberals")


def test_support_for_a_measure_stays_support() -> None:
    got = _answers("In the Fenwick College poll, support for the harbour bridge toll stands at 54 percent.")
    assert got[54] != "Harbour"
    assert "support" in got[54].lower()


def test_a_rating_pair_takes_its_sides_from_the_noun_after_it() -> None:
    text = (
        "Voters in the Fenwick College poll give Mayor Ivo Bell a 51 - 40 percent approval rating, and "
        "renters give the council a 57 - 33 percent disapproval rating."
    )
    got = _answers(text)
    assert (got[51], got[40]) == ("approve", "disapprove")
    assert (got[57], got[33]) == ("disapprove", "approve")


def test_both_waves_of_a_rating_noun_take_its_option() -> None:
    got = _answers(
        "In the Harbourline poll, the premier's approval ratings have gone up from 48 per cent to 55 per cent."
    )
    assert (got[48], got[55]) == ("approve", "approve")


def test_a_favourability_adjective_or_noun_names_the_option() -> None:
    text = "In the Fenwick College poll, the share holding an unfavorable view of Ivo Bell stood at 47%."
    assert _answers(text)[47] == "unfavorable"
    text = "In the Fenwick College poll, Mayor Ivo Bell holds 48 percent favorability this month."
    assert _answers(text)[48] == "favorable"


def test_a_favourability_adverb_closing_the_clause_names_the_option() -> None:
    got = _answers("In the Fenwick College poll, 39% of Tarnish voters see Mayor Ivo Bell favorably.")
    assert got[39] == "favorable"
    got = _answers("In the Fenwick College poll, 29 per cent view Councillor Rhea Dunmore unfavourably.")
    assert got[29] == "unfavourable"


def test_an_adverb_inside_a_relative_clause_tells_the_people_not_the_option() -> None:
    got = _answers("In the Fenwick College poll, 35% who view Ivo Bell favorably back his levy.")
    assert got[35] not in ("favorable", "favourable")
