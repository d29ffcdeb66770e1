"""Pure decisions about new entries: which are new, and which channel gets which post.

Nothing here does I/O; the watcher asks the store for what is known and passes it in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SubscriberState:
    """What the planner needs to know about a subscription."""

    id: int
    primed: bool
    backfill: int


@dataclass(frozen=True, slots=True)
class Freshness:
    """Where a new post sits in time: published time when the feed gives one, else its feed position."""

    published_at: float | None
    position: int  # 0 = first in the document; feeds usually list newest first


def newest_first(items: Sequence[Freshness]) -> list[int]:
    """Indexes of ``items`` from newest to oldest.

    Entries with a date sort by date; undated entries keep the feed's own order (newest first by convention)
    and sort after dated ones only if every other entry is dated.
    """

    def key(i: int) -> tuple[int, float, int]:
        item = items[i]
        dated = item.published_at is not None
        return (0 if dated else 1, -(item.published_at or 0.0), item.position)

    if all(item.published_at is None for item in items):
        return sorted(range(len(items)), key=lambda i: items[i].position)
    return sorted(range(len(items)), key=key)


def entries_to_read(new_posts: Sequence[Freshness], subscribers: Sequence[SubscriberState]) -> set[int]:
    """Indexes of the new entries worth reading: every one when some channel already follows the feed,
    else only the newest ``backfill`` (the first fetch's backlog is only marked as seen)."""
    order = newest_first(new_posts)
    if any(sub.primed for sub in subscribers) or not subscribers:
        return set(order)
    return set(order[: max(sub.backfill for sub in subscribers)])


def plan_deliveries(
    new_posts: Sequence[Freshness], subscribers: Sequence[SubscriberState]
) -> list[tuple[int, int]]:
    """(post index, subscription id) pairs to queue, oldest post first.

    A primed subscription gets every new post. An unprimed one (its feed was never read before it
    subscribed) gets only the newest ``backfill`` posts of this first batch: the rest count as seen, so
    adding a feed never floods the channel.
    """
    order = newest_first(new_posts)
    plan: list[tuple[int, int]] = []
    for sub in subscribers:
        chosen = order if sub.primed else order[: max(sub.backfill, 0)]
        plan.extend((index, sub.id) for index in chosen)
    oldest_first = {index: rank for rank, index in enumerate(reversed(order))}
    plan.sort(key=lambda pair: (oldest_first[pair[0]], pair[1]))
    return plan
