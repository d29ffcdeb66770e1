"""Race questions of the nineteenth round: a party's contest measured nationally is the presidential one,
a roundup row's postal code names its race's state, and a party's leadership contest is asked as a race
(texts written for these tests: invented people, pollsters and figures)."""

from __future__ import annotations

from bot.reading.extract.leadership_races import contest_question
from bot.reading.extract.presidential_contests import presidential
from bot.reading.extract.race_scope import section_state
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_a_party_contest_measured_nationally_is_presidential() -> None:
    a = WeighedExtractor().analyse(
        "In the race for the Democratic nomination nationally, Ida Kerr has 31% and Sol Baptiste 22%."
    )
    assert presidential(a, "Vote choice in the Democratic nomination") == (
        "Vote choice in the Democratic presidential nomination"
    )
    # A party's "race" is its contest too; the template writes it a primary.
    assert presidential(a, "Vote choice in the Democratic race") == (
        "Vote choice in the Democratic presidential primary"
    )
    looked_back = WeighedExtractor().analyse(
        "After Iowa’s caucuses, the Granite poll has Ned Voss at 30% and Ola Brandt at 21%."
    )
    assert presidential(looked_back, "Vote choice in the New Hampshire Republican primary") == (
        "Vote choice in the New Hampshire Republican presidential primary"
    )
    state_office = WeighedExtractor().analyse(
        "Unlike the national mood, the Republican primary for governor is close: Ike Lamb 36%, Vera Moss 34%."
    )
    assert presidential(state_office, "Vote choice in the Republican primary") is None
    party = WeighedExtractor().analyse("The National Party nomination is open: Ike Lamb 36%, Vera Moss 34%.")
    assert presidential(party, "Vote choice in the Republican nomination") is None


def test_a_rows_postal_code_names_its_state() -> None:
    text = (
        "Harbor Polls released three Senate surveys of likely voters ahead of the 2030 midterms.\n"
        "OH: Reyes (D) 47, Tarrant (R) 44\n"
        "NV - Lowe (R) 48, Amadi (D) 45\n"
        "Both races are close, and Lowe has 51 percent among men.\n"
    )
    a = WeighedExtractor().analyse(text)
    by_value = {n.value: n for n in a.numbers}
    assert section_state(a, by_value[47]) == "Ohio"
    assert section_state(a, by_value[45]) == "Nevada"
    assert section_state(a, by_value[51]) == ""  # prose after the rows is no one state's


def test_a_leadership_contest_is_named_with_its_party() -> None:
    assert contest_question("Among Tory party members, the leadership race is close.") == (
        "Vote choice in the Conservative leadership contest"
    )
    assert contest_question("The Labour leadership election opens today.") == (
        "Vote choice in the Labour leadership election"
    )
    assert contest_question("A leadership poll of party members finds a clear lead.") == (
        "Vote choice in the leadership contest"
    )
    assert contest_question("Her leadership of the council is rated well by 40%.") is None
    got = _questions(
        "A Fenwick poll of Green party members for the leadership contest puts Maya Orr on 44% and "
        "Ben Tully on 31%."
    )
    assert got[44] == got[31] == "Vote choice in the Green leadership contest"


def test_party_shares_in_a_leadership_passage_keep_their_question() -> None:
    got = _questions(
        "Ahead of the Labour leadership election, a Hartwell poll of Britons puts Labour on 38% and the "
        "Conservatives on 31%."
    )
    assert "leadership" not in got[38]
