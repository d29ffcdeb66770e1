"""The monospace results table."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.polls.compare import compare
from bot.polls.models import PollOption, PollResults, ReferenceSeries, Tally
from bot.polls.table import render_grid, render_table

CLOSED = datetime(2021, 8, 20, 12, 0, tzinfo=UTC)
LABELS = ["Yes, a threat", "No, not a threat", "Not sure"]


def test_table_rows_and_columns(results: PollResults) -> None:
    grid = render_grid(results).splitlines()
    assert grid[0].split() == [
        "Answer",
        "Community",
        "95%",
        "CI",
        "registered",
        "voters",
        "2020",
        "Trump",
        "voters",
    ]
    assert set(grid[1]) == {"-"}
    assert grid[2].split() == ["Yes,", "a", "threat", "22%", "(11)", "13–35%", "60%", "83%"]
    assert grid[3].split() == ["No,", "not", "a", "threat", "60%", "(30)", "46–72%", "14%", "6%"]
    assert grid[4].split() == ["Not", "sure", "18%", "(9)", "10–31%", "26%*", "11%*"]
    assert "what the published answers leave below 100%" in grid[5]
    # Columns line up: every data row has the same width as the header.
    widths = {len(line) for line in grid[:5] if not set(line) <= {"-"}}
    assert len(widths) == 1


def test_full_message(results: PollResults) -> None:
    text = render_table(results)
    assert text.startswith(
        "Is the Taliban's resurgence a threat to the U.S.?\n50 votes · closed 20 Aug 2021 12:00 UTC"
    )
    flat = " ".join(text.split())
    assert (
        "• The community is far less likely than registered voters to say “Yes, a threat” (22% vs 60%)"
        in flat
    )
    assert (
        "Published: YouGov · registered voters, 2020 Trump voters · fieldwork Aug 14-17, 2021 · n = 1,000 · "
        "margin of error ±3.2 points · our poll closed 3 days after the post" in flat
    )
    assert "Note: A chat poll is self-selected" in flat
    # Subgroups: the small one is never a percentage.
    assert "Joe Biden (29 votes): Yes, a threat 17% (5)" in flat
    assert "Donald Trump: too few to report (fewer than 10 votes)" in flat
    assert "Donald Trump: 5" not in flat
    assert all(len(line) <= 90 for line in text.splitlines())


def test_no_votes_and_unsafe_labels() -> None:
    options = [PollOption(0, "```evil``` label that is much too long for the column"), PollOption(1, "No")]
    ref = ReferenceSeries("adults", None, {"No": 40, "Something else": 20})
    text = render_table(compare("Q?", options, Tally({}), [ref], now=CLOSED))
    assert "`" not in text
    assert "No votes were cast" in text
    assert "— (0)" in text
    assert "not asked" in text  # published-only answer
    assert "…" in text  # long label cut


def test_table_without_references() -> None:
    options = [PollOption(i, label) for i, label in enumerate(LABELS)]
    grid = render_grid(compare("Q?", options, Tally({0: 1, 1: 1}), [], now=CLOSED)).splitlines()
    assert grid[0].split() == ["Answer", "Community", "95%", "CI"]
    assert "Pollster" not in render_table(compare("Q?", options, Tally({0: 1}), [], now=CLOSED))
