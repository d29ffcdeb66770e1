"""Schedules are pure: the clock is passed in, and DST changes are crossed without sleeping."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.errors import InvalidInput
from bot.feeds.filters import PostFilter, passes
from bot.feeds.schedule import next_run, parse_schedule

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_daily_keeps_local_wall_time_across_the_spring_change() -> None:
    schedule = parse_schedule("daily 08:00 Europe/London")
    before = next_run(schedule, utc(2026, 3, 28, 9, 0))  # Saturday; clocks go forward on Sunday 29 March
    after = next_run(schedule, before)  # type: ignore[arg-type]
    assert before == utc(2026, 3, 29, 7, 0)  # 08:00 BST
    assert after == utc(2026, 3, 30, 7, 0)
    assert before.astimezone(LONDON).hour == 8  # type: ignore[union-attr]
    assert next_run(schedule, utc(2026, 3, 27, 9, 0)) == utc(2026, 3, 28, 8, 0)  # 08:00 GMT


def test_daily_across_the_autumn_change() -> None:
    schedule = parse_schedule("daily 08:00 America/New_York")
    assert next_run(schedule, utc(2026, 10, 31, 13, 0)) == utc(2026, 11, 1, 13, 0)  # EST from 1 Nov
    assert next_run(schedule, utc(2026, 10, 30, 13, 0)) == utc(2026, 10, 31, 12, 0)  # still EDT


def test_a_time_missing_on_the_spring_forward_day_runs_an_hour_later() -> None:
    schedule = parse_schedule("daily 02:30 America/New_York")
    moment = next_run(schedule, utc(2026, 3, 8, 5, 0))  # 8 March 2026: 02:00 -> 03:00
    assert moment is not None and moment.astimezone(NEW_YORK).strftime("%H:%M") == "03:30"


def test_a_repeated_time_on_the_fall_back_day_runs_once_at_its_first_occurrence() -> None:
    schedule = parse_schedule("daily 01:30 America/New_York")
    first = next_run(schedule, utc(2026, 11, 1, 4, 0))
    assert first == utc(2026, 11, 1, 5, 30)  # 01:30 EDT
    assert next_run(schedule, first) == utc(2026, 11, 2, 6, 30)  # type: ignore[arg-type]


def test_weekly_finds_the_next_matching_day() -> None:
    schedule = parse_schedule("weekly fri 17:00 UTC")
    assert next_run(schedule, utc(2026, 11, 24, 12, 0)) == utc(2026, 11, 27, 17, 0)
    assert next_run(schedule, utc(2026, 11, 27, 17, 0)) == utc(2026, 12, 4, 17, 0)  # strictly after


def test_immediate_has_no_run_and_canonical_forms_round_trip() -> None:
    assert next_run(parse_schedule("immediate"), utc(2026, 1, 1)) is None
    for text in ("immediate", "daily 08:00 UTC", "weekly mon 18:30 America/New_York +empty"):
        assert parse_schedule(text).canonical() == text


@pytest.mark.parametrize(
    "text", ["", "daily", "daily 8am", "weekly 08:00", "daily 08:00 Nowhere", "fortnightly"]
)
def test_malformed_schedules(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_schedule(text)


def test_filters_match_whole_words_case_insensitively() -> None:
    keep = PostFilter(include=("Taliban",))
    assert passes(keep, "Poll on the TALIBAN", "", False)
    assert not passes(keep, "Talibanistan", "", False)
    phrase = PostFilter(exclude=("sales tax",))
    assert not passes(phrase, "", "a sales\ntax hike", True)
    assert passes(PostFilter(only_polls=True), "", "", True)
    assert not passes(PostFilter(only_polls=True), "", "", False)


def test_filters_stay_linear_on_hostile_terms() -> None:
    import time

    nasty = PostFilter(include=("(a+)+$", "a " * 40))
    started = time.perf_counter()
    assert not passes(nasty, "", "a" * 200_000 + "!", False)
    assert time.perf_counter() - started < 1.0
