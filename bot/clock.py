"""Time as the core sees it: aware UTC datetimes, stored as epoch seconds.

Pure decisions take ``now`` as an argument; only the orchestration asks the clock.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime


def now_ts() -> float:
    return time.time()


def to_datetime(ts: float | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


def require_datetime(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def to_ts(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()
