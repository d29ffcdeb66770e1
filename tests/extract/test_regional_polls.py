"""A poll of one nation, province or state speaks for that region's voters (regional_polls)."""

from __future__ import annotations

import pytest

from bot.reading.extract.regional_polls import regional_voters


@pytest.mark.parametrize(
    ("text", "voters"),
    [
        (
            "Holyrood voting intention: SNP 33%, Labour 28%, Reform 15%. Scottish Greens 8%.",
            "Scottish voters",
        ),
        ("Should Wales be an independent country? Yes 31%, No 55%.", "Welsh voters"),
        ("Provincial vote intention, Quebec: PQ 34%, Liberal 27%, CAQ 16%.", "Quebec voters"),
        (
            "In the Bavarian state election poll the CSU is on 41 percent and the AfD on 17.",
            "Bavarian voters",
        ),
        (
            "Alberta politics: the UCP leads. Alberta's premier is trusted by 44%. Alberta NDP 40%.",
            "Alberta voters",
        ),
    ],
)
def test_a_regional_poll_speaks_for_its_region(text: str, voters: str) -> None:
    assert regional_voters(text) == voters


@pytest.mark.parametrize(
    "text",
    [
        # A national poll broken out by region names several regions.
        "Labour leads on 30%. In Scotland the SNP is on 35%; in Wales Labour reaches 38%.",
        "Federal vote: Liberals 41%, Conservatives 38%. Quebec: Bloc 32%. Ontario: Liberals 45%.",
        # One region named in passing, with no contest of its own, is a subgroup of a national poll.
        "Reform UK is on 29% nationally and 17% among voters in Scotland.",
        # The nation-wide party's name is not the region.
        "The Scottish National Party's leader is in Westminster today; Labour polls 34% across Britain.",
        # Saxony-Anhalt is not Saxony.
        "In Saxony-Anhalt the AfD is on 39 percent ahead of the state election.",
    ],
)
def test_a_national_poll_is_no_regional_poll(text: str) -> None:
    assert regional_voters(text) == ""


def test_a_national_poll_with_a_regional_breakdown_is_no_regional_poll() -> None:
    text = (
        "Federal vote: Liberals 34%, Conservatives 33%.\nProvincial Breakdown\nQuebec\nBloc 31%\nLiberal 30%"
    )
    assert regional_voters(text) == ""
