"""Storage: the only place SQL lives. One store per domain behind a small typed API, over either backend
(see :mod:`bot.storage.db`)."""

from __future__ import annotations

from pathlib import Path

from bot.storage.db import Database, open_database, process_name
from bot.storage.deliveries import DeliveryStore
from bot.storage.feeds import FeedStore
from bot.storage.notices import NoticeStore
from bot.storage.ops import OpsStore
from bot.storage.polls import PollStore
from bot.storage.posts import DeliveryPlan, FeedState, NewPost, PostStore
from bot.storage.subscriptions import SubscriptionStore

__all__ = ["DeliveryPlan", "FeedState", "NewPost", "Storage"]


class Storage:
    """The stores over one database. ``owner`` names this process in the leases and claims it takes."""

    def __init__(self, db: Database, owner: str | None = None) -> None:
        self.db = db
        self.owner = owner or process_name()
        self.feeds = FeedStore(db, self.owner)
        self.subscriptions = SubscriptionStore(db)
        self.posts = PostStore(db, self.owner)
        self.deliveries = DeliveryStore(db, self.owner)
        self.notices = NoticeStore(db)
        self.polls = PollStore(db)
        self.ops = OpsStore(db)

    @classmethod
    async def open(cls, location: str | Path, owner: str | None = None) -> Storage:
        """The stores over the SQLite file at ``location``, or the PostgreSQL database at a
        ``postgresql://`` URL."""
        return cls(await open_database(location), owner)

    async def close(self) -> None:
        await self.db.close()
