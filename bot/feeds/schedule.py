"""Delivery schedules: immediate, daily at HH:MM, or weekly on a day at HH:MM, in an IANA time zone.

Written the way an admin types them and stored in the same canonical form::

    immediate
    daily 08:00 Europe/London
    weekly mon 18:30 America/New_York +empty      (+empty: post "nothing new" when a period was quiet)

``next_run`` is pure (``after`` is passed in). Local times are resolved with ``zoneinfo``: across a DST
change a daily digest stays at the same wall-clock time; a time that does not exist on the spring-forward
day runs an hour later, and one that happens twice on the fall-back day runs at its first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import InvalidInput

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EMPTY_FLAG = "+empty"


@dataclass(frozen=True, slots=True)
class Schedule:
    kind: str  # "immediate", "daily" or "weekly"
    at: time | None = None
    weekday: int | None = None  # 0 = Monday
    tz: str = "UTC"
    announce_empty: bool = False

    @property
    def immediate(self) -> bool:
        return self.kind == "immediate"

    def canonical(self) -> str:
        if self.immediate or self.at is None:
            return "immediate"
        when = f"{self.at:%H:%M} {self.tz}"
        text = f"daily {when}" if self.kind == "daily" else f"weekly {WEEKDAYS[self.weekday or 0]} {when}"
        return f"{text} {EMPTY_FLAG}" if self.announce_empty else text

    def describe(self) -> str:
        if self.immediate or self.at is None:
            return "each post as it arrives"
        day = "every day" if self.kind == "daily" else f"every {WEEKDAYS[self.weekday or 0].title()}"
        empty = ", saying so when nothing is new" if self.announce_empty else ""
        return f"a digest {day} at {self.at:%H:%M} ({self.tz}){empty}"


IMMEDIATE = Schedule("immediate")


def _zone(name: str) -> ZoneInfo:
    if "/" not in name and name.upper() != "UTC":
        raise InvalidInput(f"{name!r} is not a time zone; use an IANA name such as Europe/London or UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"{name!r} is not a time zone; use an IANA name such as Europe/London or UTC"
        ) from None


def _clock_time(text: str) -> time:
    hours, sep, minutes = text.partition(":")
    if sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2:
        h, m = int(hours), int(minutes)
        if 0 <= h < 24 and 0 <= m < 60:
            return time(h, m)
    raise InvalidInput(f"{text!r} is not a time of day; use HH:MM on a 24-hour clock, e.g. 08:00")


def parse_schedule(text: str, *, default_tz: str = "UTC") -> Schedule:
    """Read a schedule as an admin writes it, or say exactly what is wrong."""
    words = text.strip().split()
    announce_empty = EMPTY_FLAG in words
    words = [w for w in words if w != EMPTY_FLAG]
    if not words:
        raise InvalidInput("give a schedule: immediate, daily HH:MM [zone], or weekly DAY HH:MM [zone]")
    kind = words[0].lower()
    if kind in {"immediate", "now", "instant"} and len(words) == 1:
        return IMMEDIATE
    if kind == "daily" and len(words) in {2, 3}:
        tz = words[2] if len(words) == 3 else default_tz
        _zone(tz)
        return Schedule("daily", _clock_time(words[1]), None, tz, announce_empty)
    if kind == "weekly" and len(words) in {3, 4}:
        day = words[1][:3].lower()
        if day not in WEEKDAYS:
            raise InvalidInput(f"{words[1]!r} is not a day of the week (mon, tue, … sun)")
        tz = words[3] if len(words) == 4 else default_tz
        _zone(tz)
        return Schedule("weekly", _clock_time(words[2]), WEEKDAYS.index(day), tz, announce_empty)
    raise InvalidInput(
        f"{text.strip()!r} is not a schedule; use immediate, daily HH:MM [zone], or weekly DAY HH:MM [zone]"
    )


def next_run(schedule: Schedule, after: datetime) -> datetime | None:
    """The first scheduled moment strictly after ``after`` (aware UTC), or None for immediate."""
    if schedule.immediate or schedule.at is None:
        return None
    zone = _zone(schedule.tz)
    local_after = after.astimezone(zone)
    day = local_after.date()
    for offset in range(0, 9):
        candidate_day = day + timedelta(days=offset)
        if schedule.kind == "weekly" and candidate_day.weekday() != schedule.weekday:
            continue
        local = datetime.combine(candidate_day, schedule.at, tzinfo=zone)
        moment = _resolve(local).astimezone(UTC)
        if moment > after:
            return moment
    raise AssertionError("a daily or weekly schedule always has a run within 8 days")


def _resolve(local: datetime) -> datetime:
    """Wall-clock time -> a real instant: skip forward over a DST gap, take the first of a repeated hour."""
    as_utc = local.astimezone(UTC)
    if as_utc.astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(tzinfo=None):
        # Non-existent local time (spring forward): the same wall time one hour later exists.
        return (local + timedelta(hours=1)).astimezone(UTC)
    return as_utc
