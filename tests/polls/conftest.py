"""Shared example: the YouGov Taliban question from the design notes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core import Pollwatch
from bot.polls.compare import compare
from bot.polls.models import PollOption, PollResults, ReferenceSeries, Tally
from tests.polls.poll_support import open_core
from tests.support import Clock, with_settings

CLOSED = datetime(2021, 8, 20, 12, 0, tzinfo=UTC)
POSTED = CLOSED - timedelta(days=3, hours=2)
LABELS = ["Yes, a threat", "No, not a threat", "Not sure"]


def references() -> list[ReferenceSeries]:
    common = {
        "pollster": "YouGov",
        "sample_size": 1000,
        "margin_of_error": 3.2,
        "fieldwork": "Aug 14-17, 2021",
        "published_at": POSTED,
        "source_link": "https://example.org/post",
    }
    return [
        ReferenceSeries("registered voters", shares={"Yes, a threat": 60, "No, not a threat": 14}, **common),  # type: ignore[arg-type]
        ReferenceSeries("2020 Trump voters", shares={"Yes, a threat": 83, "No, not a threat": 6}, **common),  # type: ignore[arg-type]
    ]


@pytest.fixture
def results() -> PollResults:
    tally = Tally(
        {0: 11, 1: 30, 2: 9},
        subgroup_votes={"Joe Biden": {0: 5, 1: 20, 2: 4}, "Donald Trump": {0: 3, 1: 2}},
    )
    return compare(
        "Is the Taliban's resurgence a threat to the U.S.?",
        [PollOption(i, label) for i, label in enumerate(LABELS)],
        tally,
        references(),
        now=CLOSED,
        subgroup_question="Who did you vote for in 2020?",
        subgroup_options=["Joe Biden", "Donald Trump"],
        subgroup_populations={"Donald Trump": "2020 Trump voters"},
    )


# --- poll service fixtures (real SQLite file under tmp_path, charts under tmp_path) ---------------------


@pytest.fixture
def poll_settings(settings: Settings, tmp_path: Path) -> Settings:
    return with_settings(settings, chart_dir=tmp_path / "charts")


@pytest.fixture
async def poll_core(poll_settings: Settings, clock: Clock) -> AsyncIterator[Pollwatch]:
    core = await open_core(poll_settings, clock)
    yield core
    await core.close()
