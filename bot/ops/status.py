"""The status lines an operator reads in the log: one when the bot starts, one per cycle that did work."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import format_duration


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def next_check_text(next_due: float | None, now: float) -> str:
    if next_due is None:
        return "no feed to check"
    wait = max(next_due - now, 0.0)
    return "next check now" if wait < 1 else f"next check in {format_duration(_round_wait(wait))}"


def _round_wait(seconds: float) -> float:
    """Whole minutes from a minute up (14m, not 13m52s), whole seconds below."""
    return float(round(seconds / 60) * 60) if seconds >= 60 else float(max(round(seconds), 1))


def cycle_line(
    *,
    checked: int,
    new_posts: int,
    failing: int,
    sent: int,
    retried: int = 0,
    parked: int = 0,
    failed: int = 0,
    polls_closed: int = 0,
    next_due: float | None,
    now: float,
) -> str:
    """ "checked 12 feeds (2 new posts, 1 failing); 3 deliveries sent; next check in 14m"."""
    parts = [f"checked {_plural(checked, 'feed')} ({_plural(new_posts, 'new post')}, {failing} failing)"]
    deliveries = f"{_plural(sent, 'delivery')} sent".replace("deliverys", "deliveries")
    extra = [
        f"{n} {what}" for n, what in ((retried, "to retry"), (parked, "parked"), (failed, "given up")) if n
    ]
    parts.append(deliveries + (f" ({', '.join(extra)})" if extra else ""))
    if polls_closed:
        parts.append(f"{_plural(polls_closed, 'poll')} closed")
    parts.append(next_check_text(next_due, now))
    return "; ".join(parts)


def startup_line(
    version: str, feeds: int, channels: int, platforms: Sequence[str], next_due: float | None, now: float
) -> str:
    """ "pollwatch 0.1.0 watching 3 feeds for 2 channels (console); next check in 14m"."""
    return (
        f"pollwatch {version} watching {_plural(feeds, 'feed')} for {_plural(channels, 'channel')} "
        f"({', '.join(platforms)}); {next_check_text(next_due, now)}"
    )
