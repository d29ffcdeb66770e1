"""Feed administration: the operations behind "add/remove/list feeds" on every surface.

Discord, Slack, the console and the ``pollwatch feeds`` CLI all call these, so they share behaviour and
error messages. Adding a feed fetches it first: a bad address, a web page or a broken feed is refused with
a clear message and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.clock import now_ts
from bot.errors import FeedError, InvalidInput, NotFound
from bot.feeds.watcher import Watcher
from bot.fetch.http import Fetcher
from bot.models import Actor, Feed, Subscription
from bot.permissions import require_admin
from bot.storage import Storage


@dataclass(frozen=True, slots=True)
class FeedAdded:
    feed: Feed
    subscription: Subscription
    already_subscribed: bool
    title: str | None
    entries: int
    warning: str | None


@dataclass(frozen=True, slots=True)
class FeedHealth:
    subscription: Subscription
    feed: Feed
    posts: int


def normalise_url(raw: str, *, operator: bool) -> str:
    """Tidy what an admin typed into a URL we can fetch, or say what is wrong with it."""
    url = raw.strip().strip("<>")
    if not url:
        raise InvalidInput("give the address of a feed, e.g. https://example.org/feed.xml")
    if any(ch.isspace() for ch in url):
        raise InvalidInput(f"{raw.strip()!r} is not a web address (it contains spaces)")
    scheme = urlsplit(url).scheme.lower()
    if scheme == "file" or (not scheme and url.startswith(("/", "./", "../"))):
        if not operator:
            raise InvalidInput("local files can only be added by the operator on the host, not from chat")
        path = Path(urlsplit(url).path if scheme == "file" else url).resolve()
        if not path.is_file():
            raise InvalidInput(f"no such file: {path}")
        return path.as_uri()
    if not scheme:
        url = "https://" + url
    elif scheme not in {"http", "https"}:
        raise InvalidInput(f"{raw.strip()!r} is not a web address (it must start with http:// or https://)")
    if not urlsplit(url).hostname:
        raise InvalidInput(f"{raw.strip()!r} has no host name")
    return url


class FeedAdmin:
    def __init__(
        self,
        storage: Storage,
        fetcher: Fetcher,
        watcher: Watcher,
        *,
        default_backfill: int = 1,
        clock: Callable[[], float] = now_ts,
    ) -> None:
        self._storage = storage
        self._fetcher = fetcher
        self._watcher = watcher
        self._default_backfill = default_backfill
        self._clock = clock

    async def add(
        self,
        actor: Actor,
        platform: str,
        channel: str,
        url: str,
        *,
        backfill: int | None = None,
        operator: bool = False,
    ) -> FeedAdded:
        """Subscribe ``channel`` to the feed at ``url``; only the newest ``backfill`` posts are delivered."""
        require_admin(actor, "add feeds")
        url = normalise_url(url, operator=operator)
        backfill = self._default_backfill if backfill is None else backfill
        if not 0 <= backfill <= 50:
            raise InvalidInput("backfill must be between 0 and 50 posts")
        known = await self._storage.feeds.get_by_url(url)
        if known is not None and known.last_success_at is not None:
            if await self._storage.posts.count(known.id) < backfill:
                # Older entries were only marked seen when the feed was first added: read them now.
                result = await self._fetcher.fetch(known.url, allow_local=operator)
                parsed = await self._watcher.parse(result.body or b"", result.content_type)
                await self._watcher.ingest(known.id, parsed, result, read_newest=backfill)
            subscription, created = await self._storage.subscriptions.add(
                known.id, platform, channel, backfill=backfill, now=self._clock()
            )
            return FeedAdded(known, subscription, not created, known.title, 0, None)
        result = await self._fetcher.fetch(url, allow_local=operator)
        parsed = await self._watcher.parse(result.body or b"", result.content_type)
        if not parsed.entries and parsed.warning:
            raise FeedError(f"that feed could not be read ({parsed.warning})")
        feed_url = result.moved_to or url
        feed, _ = await self._storage.feeds.add(feed_url, self._clock())
        subscription, created = await self._storage.subscriptions.add(
            feed.id, platform, channel, backfill=backfill, now=self._clock()
        )
        await self._watcher.ingest(feed.id, parsed, result)
        stored = await self._storage.feeds.get(feed.id)
        return FeedAdded(
            stored or feed, subscription, not created, parsed.title, len(parsed.entries), parsed.warning
        )

    async def remove(self, actor: Actor, platform: str, channel: str, ref: str) -> Feed:
        """Unsubscribe ``channel`` from a feed given by its number in ``list`` or its URL."""
        require_admin(actor, "remove feeds")
        for subscription, feed in await self._storage.subscriptions.with_feeds(platform, channel):
            if ref.strip() in {str(subscription.id), feed.url}:
                await self._storage.subscriptions.remove(subscription.id)
                await self._storage.feeds.remove_if_unused(feed.id)
                return feed
        raise NotFound(f"this channel has no feed {ref.strip()!r}; use the list command to see its feeds")

    async def list(
        self, actor: Actor, platform: str | None = None, channel: str | None = None
    ) -> list[FeedHealth]:
        """The feeds of a channel (or of every channel, for the operator) with their health."""
        require_admin(actor, "list feeds")
        pairs = await self._storage.subscriptions.with_feeds(platform, channel)
        return [FeedHealth(sub, feed, await self._storage.posts.count(feed.id)) for sub, feed in pairs]
