"""Storage: the only place SQL lives. One store per domain behind a small typed API."""

from __future__ import annotations

from pathlib import Path

from bot.storage.db import Database
from bot.storage.deliveries import DeliveryStore
from bot.storage.feeds import FeedStore
from bot.storage.notices import NoticeStore
from bot.storage.ops import OpsStore
from bot.storage.polls import PollStore
from bot.storage.posts import FeedState, NewPost, PostStore
from bot.storage.subscriptions import SubscriptionStore

__all__ = ["FeedState", "NewPost", "Storage"]


class Storage:
    """The stores over one database file."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.feeds = FeedStore(db)
        self.subscriptions = SubscriptionStore(db)
        self.posts = PostStore(db)
        self.deliveries = DeliveryStore(db)
        self.notices = NoticeStore(db)
        self.polls = PollStore(db)
        self.ops = OpsStore(db)

    @classmethod
    async def open(cls, path: Path) -> Storage:
        return cls(await Database.open(path))

    async def close(self) -> None:
        await self.db.close()
