"""Text formatting shared by verdicts, the table and the chart: percentages and time gaps."""

from __future__ import annotations

import math
from datetime import timedelta


def whole(value: float) -> int:
    """Round half up (Python's ``round`` rounds 22.5 to 22, which reads as a mistake in a results table)."""
    return math.floor(value + 0.5)


def pct(value: float | None, *, dash: str = "—") -> str:
    """A community share in points as a whole percentage, "22%"; ``None`` is a dash.

    Whole points on purpose: with chat-poll sample sizes a decimal suggests a precision the poll lacks.
    """
    return dash if value is None else f"{whole(value)}%"


def published(value: float | None, *, dash: str = "—") -> str:
    """A published share as printed: "60%", "60.5%"; ``None`` is a dash."""
    if value is None:
        return dash
    return f"{round(value, 1):g}%"


def interval(low: float | None, high: float | None, *, dash: str = "—") -> str:
    """A 95% interval in points, "14–33%"."""
    if low is None or high is None:
        return dash
    return f"{whole(low)}–{whole(high)}%"


def gap(delta: timedelta) -> str:
    """A time gap in plain words: "3 days", "5 hours", "2 weeks" (absolute value, rounded down)."""
    seconds = abs(int(delta.total_seconds()))
    units = (
        ("year", 365 * 86400),
        ("month", 30 * 86400),
        ("week", 7 * 86400),
        ("day", 86400),
        ("hour", 3600),
        ("minute", 60),
    )
    for name, size in units:
        if seconds >= size:
            count = seconds // size
            return f"{count} {name}{'' if count == 1 else 's'}"
    return "less than a minute"
