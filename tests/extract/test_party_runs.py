"""A party list told over sentences is one group (:mod:`party_runs`), on passages written here."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[int]]:
    return [[int(f.value) for f in g.figures] for g in EXTRACTOR.extract(text).groups]


def test_a_list_whose_first_share_names_its_people_goes_on() -> None:
    # The first share names "committed voters" and carries a change in brackets; the rest name no one.
    text = (
        "Voting intention\n"
        "In Fenwick, the Harbour Party is backed by 34 per cent of committed voters (+1 on March), the survey "
        "says. Behind it come the New Democrats (31%, -2), then the Frontier Party (20%, =), the Greens "
        "(7%, +1) and the Rural Party (5%, =).\n"
    )
    assert _groups(text) == [[34, 31, 20, 7, 5]]


def test_a_change_between_party_and_share_ends_no_clause() -> None:
    # "up 3 points to 31%": the change is no figure, so the clause reaches back to "Labour".
    text = (
        "The latest Dunmore Research survey puts National on 36%, down two points. Labour is up 3 points to "
        "31%, while the Greens are steady on 11% and ACT slipped one point to 7%.\n"
        "NZ First is unchanged at 6%.\n"
    )
    assert _groups(text) == [[36, 31, 11, 7, 6]]


def test_a_party_named_after_its_share_in_its_own_clause() -> None:
    # 30 is the Liberals' (its own clause, after "and"), not the Conservatives' named before it.
    text = (
        "A new Pellow Insights poll finds 34 per cent of respondents would vote for the Conservatives and 31 per "
        "cent would vote for the Liberals if an election were held today. The NDP is up to 18 per cent, with "
        "the Greens at 6 per cent.\n"
    )
    assert _groups(text) == [[34, 31, 18, 6]]


def test_clause_party_reading() -> None:
    from bot.reading.extract import party_runs
    from bot.reading.extract.weighed import WeighedExtractor as _W

    text = "Labour is up 3 points to 31%, the Greens are steady on 11% and the Tories’ share fell to 24%."
    a = _W().analyse(text)
    shares = frozenset(n.index for n in a.numbers if n.value in (31, 11, 24))
    named = {int(a.numbers[i].value): party_runs._party_of(a, i, shares) for i in sorted(shares)}
    assert named == {31: "labour", 11: "green", 24: "conservative"}


def test_independents_as_the_lists_last_option_are_no_people() -> None:
    # "independents take 13%": an option of the list, not whom the share counts.
    text = (
        "In the Marlow Insights poll, Fianna Fáil leads with 29%, ahead of Sinn Féin at 25% and Fine Gael at "
        "19%. The Greens hold 6%. Other parties together take 8%, and independents take 13%.\n"
    )
    assert _groups(text) == [[29, 25, 19, 6, 8, 13]]


def test_option_people() -> None:
    from bot.reading.extract.party_runs import _an_option

    assert _an_option("independents")
    assert _an_option("independents and others")
    assert _an_option("social democrats")
    assert not _an_option("independent voters")
    assert not _an_option("labour voters")
    assert not _an_option("democrats")
