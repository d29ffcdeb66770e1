"""When to check a feed next: pure functions of what happened, ``now`` and a random source.

Successes wait the configured interval (or longer if the server's Cache-Control asks), with a little
jitter so feeds added together drift apart. Failures back off exponentially with full jitter, never less
than the floor, never more than the cap, and never before a server's Retry-After.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timing:
    interval: float  # normal gap between checks
    floor: float  # never check more often than this
    max_backoff: float  # longest wait after failures


def after_success(now: float, timing: Timing, rng: random.Random, *, max_age: float | None = None) -> float:
    wanted = max(timing.interval, max_age or 0.0)
    wanted = min(max(wanted, timing.floor), max(timing.max_backoff, timing.interval))
    return now + wanted * rng.uniform(0.9, 1.1)


def after_failure(
    now: float, failures: int, timing: Timing, rng: random.Random, *, retry_after: float | None = None
) -> float:
    """``failures`` counts this one too (1 after the first failure)."""
    ceiling = min(timing.max_backoff, timing.interval * 2 ** max(failures - 1, 0))
    delay = max(timing.floor, rng.uniform(ceiling / 2, ceiling))
    if retry_after is not None:
        delay = max(delay, min(retry_after, timing.max_backoff))
    return now + delay
