"""Counts and predictions are no poll's figures; polls that mention them keep theirs (not_poll_frames).

Every passage here is written for these tests (invented places, names and figures).
"""

from __future__ import annotations

import pytest

from bot.reading.extract.weighed import WeighedExtractor

_EX = WeighedExtractor()


def _values(text: str) -> list[float]:
    return [f.value for f in _EX.extract(text).figures]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the count told as it comes in, the polls only a foil
        (
            "Tallying went on overnight in Brenmoor despite what the exit polls had predicted. According to "
            "the electoral commission, the Union is ahead with 39.2% of the votes counted, and the Greens "
            "trail at 21.7%. Smaller lists made the top five: Renew (5.5%), the Pirates (3.3%) and Unity "
            "(2.9%).",
            [],
        ),
        ("Results so far, with 60% of ballots counted:\nLabour 38.2%\nTories 25.1%\nLib Dems 12.4%", []),
        # predictions: a model's projection, a target, a threshold
        (
            "The model gives Ames a 62% chance of winning and projects her to win 50.4% of the vote. The "
            "latest Quinnipiac poll shows her at 49% and Reed at 46%.",
            [49.0, 46.0],
        ),
        (
            "Ahead of the vote, the Times poll shows the Greens at 12%, though party strategists are aiming "
            "for 15% and need to reach 10% to keep public funding.",
            [12.0],
        ),
        # a past election's share owned by its year
        (
            "A Verdant poll of 800 adults puts the Union on 33%, below its 2021 vote share of 36%.",
            [33.0],
        ),
        # polls that mention the count or a prediction keep their figures
        ("The exit poll, released as counting began, gave Labour 38% and the Tories 25%.", [38.0, 25.0]),
        (
            "The BBC exit poll was published at 10pm. Labour 38%, Conservatives 25%, Lib Dems 12%, the "
            "broadcaster said, as counting began.",
            [38.0, 25.0, 12.0],
        ),
        (
            "Counting begins tomorrow in Westvale.\n\nLatest Ipsos poll:\n\nParty | Share\nLabour | 34%\n"
            "Tories | 30%\nGreens | 10%",
            [34.0, 30.0, 10.0],
        ),
        (
            "Bookmakers have the Liberals as favourites. In the latest Leger survey, 41% of voters predict a "
            "Liberal win, while 30% expect the Conservatives to win.",
            [41.0, 30.0],
        ),
        (
            "With 40% of the vote counted, the Greens were on 18% and Labour on 31%. Polls had put the "
            "Greens on 14%.",
            [14.0],
        ),
    ],
)
def test_counts_and_predictions(text: str, want: list[float]) -> None:
    assert _values(text) == want
