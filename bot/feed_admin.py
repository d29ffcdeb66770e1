"""Feed administration: the operations behind the feed commands on every surface.

Discord, Slack, the console and the ``pollwatch feeds`` CLI all call these, so they share behaviour and
error messages. Adding a feed fetches it first: a bad address or a broken feed is refused with a clear
message and nothing is stored; a web page is searched for the feeds it links to (autodiscovery).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.clock import now_ts, require_datetime
from bot.errors import FeedError, InvalidInput, NotFound, UserError, plain_error
from bot.feeds.discovery import FeedLink, common_feed_urls, feed_links
from bot.feeds.filters import PostFilter, clean_terms, passes
from bot.feeds.opml import OpmlFeed, build_opml, parse_opml
from bot.feeds.parse import ParsedFeed, looks_like_html
from bot.feeds.schedule import Schedule, next_run, parse_schedule
from bot.feeds.watcher import Watcher
from bot.fetch.addresses import canonical_url, check_http_url, slash_twin
from bot.fetch.http import Fetcher, FetchResult
from bot.models import Actor, Feed, Subscription
from bot.permissions import require_admin
from bot.storage import Storage

FULL_TEXT_MODES = ("auto", "always", "never")
IMPORT_PROGRESS_EVERY = 50  # feeds between two progress reports of an import
IMPORT_FAILURES_SHOWN = 20

log = logging.getLogger(__name__)


class FeedChoice(UserError):
    """The page links to several feeds: the admin must pick one."""

    def __init__(self, page: str, choices: Sequence[FeedLink]) -> None:
        listing = "; ".join(f"{c.title or c.type}: {c.url}" for c in choices[:10])
        super().__init__(f"{page} links to {len(choices)} feeds; add the one you want: {listing}")
        self.choices = tuple(choices)


@dataclass(frozen=True, slots=True)
class FeedAdded:
    feed: Feed
    subscription: Subscription
    already_subscribed: bool
    title: str | None
    entries: int
    warning: str | None
    discovered_from: str | None = None


@dataclass(frozen=True, slots=True)
class FeedHealth:
    subscription: Subscription
    feed: Feed
    posts: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: tuple[str, ...]
    already: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]  # (url, why)

    def summary(self) -> str:
        """One line of counts, then every failure on its own line (the first 20, then how many more)."""
        text = f"{len(self.added)} added, {len(self.already)} already present, {len(self.failed)} failed"
        if self.added:
            text += (
                f"\nthe {len(self.added)} added feed(s) are not checked yet: the next cycle reads each one "
                "(its current posts count as seen); `feeds list` then shows which work"
            )
        if self.failed:
            text += "\nfailed:"
            text += "".join(f"\n  {url}: {why}" for url, why in self.failed[:IMPORT_FAILURES_SHOWN])
            if len(self.failed) > IMPORT_FAILURES_SHOWN:
                text += f"\n  …and {len(self.failed) - IMPORT_FAILURES_SHOWN} more"
        return text


def normalise_url(raw: str, *, operator: bool) -> str:
    """Tidy what an admin typed into a URL we can fetch, or say what is wrong with it."""
    url = raw.strip().strip("<>")
    if not url:
        raise InvalidInput("give the address of a feed, e.g. https://example.org/feed.xml")
    if any(ch.isspace() for ch in url):
        raise InvalidInput(f"{raw.strip()!r} is not a web address (it contains spaces)")
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as exc:
        raise InvalidInput(f"{raw.strip()} is not a valid web address ({plain_error(exc)})") from None
    # "data/feed.xml" is a file when the operator has one by that name, not the host "data".
    relative_file = not scheme and operator and "/" in url and Path(url).is_file()
    if scheme == "file" or (not scheme and url.startswith(("/", "./", "../"))) or relative_file:
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
    return canonical_url(url)


class FeedAdmin:
    def __init__(
        self,
        storage: Storage,
        fetcher: Fetcher,
        watcher: Watcher,
        *,
        default_backfill: int = 1,
        max_feeds_per_channel: int = 50,
        full_text: str = "auto",
        allow_private: bool = False,
        clock: Callable[[], float] = now_ts,
    ) -> None:
        self._storage = storage
        self._fetcher = fetcher
        self._watcher = watcher
        self._default_backfill = default_backfill
        self._max_feeds = max_feeds_per_channel
        self._full_text = full_text
        self._allow_private = allow_private
        self._clock = clock

    # --- adding and removing -----------------------------------------------------------------------

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
        """Subscribe ``channel`` to the feed at ``url`` (or the one the page at ``url`` links to); only the
        newest ``backfill`` posts are delivered."""
        require_admin(actor, "add feeds")
        url = normalise_url(url, operator=operator)
        backfill = self._default_backfill if backfill is None else backfill
        if not 0 <= backfill <= 50:
            raise InvalidInput("backfill must be between 0 and 50 posts")
        await self._check_room(platform, channel, url)
        known = await self._known(url)
        discovered_from = None
        if known is None:
            result = await self._fetcher.fetch(url, allow_local=operator)
            url, result, parsed, discovered_from = await self._resolve(url, result, operator=operator)
            known = await self._known(url)
        if known is not None:
            return await self._subscribe_known(known, platform, channel, backfill, operator, discovered_from)
        if not parsed.entries and parsed.warning:
            raise FeedError(f"that feed could not be read ({parsed.warning})")
        feed_url = result.moved_to or url
        stored = await self._stored(feed_url)  # added before under its other spelling, never read yet
        feed_url = stored.url if stored is not None else feed_url
        feed, _ = await self._storage.feeds.add(feed_url, self._clock(), full_text=self._full_text)
        subscription, new = await self._storage.subscriptions.add(
            feed.id, platform, channel, backfill=backfill, now=self._clock()
        )
        await self._watcher.ingest(feed.id, parsed, result, full_text=feed.full_text)
        return FeedAdded(
            await self._feed(feed.id),
            subscription,
            not new,
            parsed.title,
            len(parsed.entries),
            parsed.warning,
            discovered_from,
        )

    async def _known(self, url: str) -> Feed | None:
        known = await self._stored(url)
        return known if known is not None and known.last_success_at is not None else None

    async def _stored(self, url: str) -> Feed | None:
        """The feed stored under ``url`` or under its other spelling ("/feed" and "/feed/" are one feed)."""
        known = await self._storage.feeds.get_by_url(url)
        twin = slash_twin(url) if known is None and not url.startswith("file:") else None
        return known if twin is None else await self._storage.feeds.get_by_url(twin)

    async def _subscribe_known(
        self,
        known: Feed,
        platform: str,
        channel: str,
        backfill: int,
        operator: bool,
        discovered_from: str | None,
    ) -> FeedAdded:
        if await self._storage.posts.count(known.id) < backfill:
            # Older entries were only marked seen when the feed was first added: read them now.
            result = await self._fetcher.fetch(known.url, allow_local=operator)
            parsed = await self._watcher.parse(result.body or b"", result.content_type)
            await self._watcher.ingest(
                known.id, parsed, result, read_newest=backfill, full_text=known.full_text
            )
        subscription, created = await self._storage.subscriptions.add(
            known.id, platform, channel, backfill=backfill, now=self._clock()
        )
        return FeedAdded(known, subscription, not created, known.title, 0, None, discovered_from)

    async def _resolve(
        self, url: str, result: FetchResult, *, operator: bool
    ) -> tuple[str, FetchResult, ParsedFeed, str | None]:
        """The feed at ``url``; or, when ``url`` is a web page, the one feed it leads to (autodiscovery)."""
        body = result.body or b""
        try:
            return url, result, await self._watcher.parse(body, result.content_type), None
        except FeedError:
            if not looks_like_html(body, result.content_type):
                raise
        page = result.url
        links = feed_links(body, page)
        if len(links) > 1:
            raise FeedChoice(page, links)
        candidates = [links[0].url] if links else common_feed_urls(page)
        for candidate in candidates:
            try:
                found = await self._fetcher.fetch(candidate, allow_local=operator)
                parsed = await self._watcher.parse(found.body or b"", found.content_type)
            except FeedError:
                if links:
                    raise
                continue
            return candidate, found, parsed, page
        raise FeedError(
            f"{page} is a web page that links to no feed, and none was found at the usual addresses "
            "(/feed, /rss, /atom.xml, …); give the address of its RSS or Atom feed"
        )

    async def _check_room(self, platform: str, channel: str, url: str) -> None:
        if (
            self._max_feeds
            and await self._storage.subscriptions.count_in_channel(platform, channel) >= self._max_feeds
        ):
            existing = {
                feed.url for _, feed in await self._storage.subscriptions.with_feeds(platform, channel)
            }
            if url not in existing:
                raise InvalidInput(
                    f"this channel already follows {self._max_feeds} feeds, the most allowed; remove one first"
                )

    async def remove(self, actor: Actor, platform: str, channel: str, ref: str) -> Feed:
        """Unsubscribe ``channel`` from a feed given by its number in ``list`` or its URL."""
        require_admin(actor, "remove feeds")
        subscription, feed = await self._find(platform, channel, ref)
        await self._storage.subscriptions.remove(subscription.id)
        await self._storage.feeds.remove_if_unused(feed.id)
        return feed

    async def list(
        self, actor: Actor, platform: str | None = None, channel: str | None = None
    ) -> list[FeedHealth]:
        """The feeds of a channel (or of every channel, for the operator) with their health."""
        require_admin(actor, "list feeds")
        pairs = await self._storage.subscriptions.with_feeds(platform, channel)
        return [FeedHealth(sub, feed, await self._storage.posts.count(feed.id)) for sub, feed in pairs]

    async def _find(self, platform: str, channel: str, ref: str) -> tuple[Subscription, Feed]:
        wanted = ref.strip()
        for subscription, feed in await self._storage.subscriptions.with_feeds(platform, channel):
            if wanted in {str(subscription.id), f"#{subscription.id}", feed.url}:
                return subscription, feed
        raise NotFound(f"this channel has no feed {wanted!r}; use the list command to see its feeds")

    async def _feed(self, feed_id: int) -> Feed:
        feed = await self._storage.feeds.get(feed_id)
        if feed is None:
            raise NotFound("that feed no longer exists")
        return feed

    # --- health, filters, schedules, full text -----------------------------------------------------

    async def resume(self, actor: Actor, platform: str, channel: str, ref: str) -> Feed:
        """Check a paused (or gone) feed again, now."""
        require_admin(actor, "resume feeds")
        _, feed = await self._find(platform, channel, ref)
        await self._storage.feeds.resume(feed.id, self._clock())
        return await self._feed(feed.id)

    async def set_filter(
        self,
        actor: Actor,
        platform: str,
        channel: str,
        ref: str,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        only_polls: bool | None = None,
        clear: bool = False,
    ) -> PostFilter:
        """Change which of a feed's posts this channel gets; arguments left out keep their value."""
        require_admin(actor, "change feed filters")
        subscription, _ = await self._find(platform, channel, ref)
        current = (
            PostFilter()
            if clear
            else PostFilter(subscription.include, subscription.exclude, subscription.only_polls)
        )
        updated = PostFilter(
            clean_terms(include) if include is not None else current.include,
            clean_terms(exclude) if exclude is not None else current.exclude,
            current.only_polls if only_polls is None else only_polls,
        )
        await self._storage.subscriptions.set_filter(
            subscription.id, updated.include, updated.exclude, updated.only_polls
        )
        await self._replan(subscription.id, updated)
        return updated

    async def _replan(self, subscription_id: int, post_filter: PostFilter) -> int:
        """Drop the deliveries not sent yet (the backfill just queued, a digest's held posts) whose post
        the new filter turns away; returns how many."""
        dropped = []
        for delivery_id, post_id in await self._storage.deliveries.unsent_of(subscription_id):
            post = await self._storage.posts.get(post_id)
            if post is not None and not passes(
                post_filter, post.title, post.text, bool(post.extraction.figures)
            ):
                dropped.append(delivery_id)
        if dropped:
            await self._storage.deliveries.drop_unsent(dropped)
            log.info("filter change: %d queued post(s) no longer match and will not be sent", len(dropped))
        return len(dropped)

    async def set_schedule(
        self, actor: Actor, platform: str, channel: str, ref: str, schedule: str
    ) -> Schedule:
        """Deliver a feed (or ``all`` of the channel's feeds) immediately, daily or weekly."""
        require_admin(actor, "change feed schedules")
        parsed = parse_schedule(schedule)
        following = next_run(parsed, require_datetime(self._clock()))
        targets = (
            [s for s, _ in await self._storage.subscriptions.with_feeds(platform, channel)]
            if ref.strip().lower() == "all"
            else [(await self._find(platform, channel, ref))[0]]
        )
        if not targets:
            raise NotFound("this channel follows no feeds yet")
        for subscription in targets:
            await self._storage.subscriptions.set_schedule(
                subscription.id, parsed.canonical(), following.timestamp() if following else None
            )
        return parsed

    async def digest_now(self, actor: Actor, platform: str, channel: str) -> int:
        """Bring the channel's scheduled digests forward to now; returns how many subscriptions that moved."""
        require_admin(actor, "post a digest now")
        moved = 0
        for subscription, _ in await self._storage.subscriptions.with_feeds(platform, channel):
            if subscription.next_digest_at is not None:
                await self._storage.subscriptions.digest_sent(subscription.id, None, self._clock())
                moved += 1
        return moved

    async def set_full_text(
        self, actor: Actor, platform: str, channel: str, ref: str, mode: str, *, operator: bool = False
    ) -> tuple[Feed, int]:
        """Read the linked page of each entry: auto (for teasers), always, or never. Returns the feed and
        how many channels follow it.

        Operator-only, on purpose: a feed is read once and its posts are shared by every channel that
        follows it, so this changes what all of them get; and "always" makes the host fetch every linked
        article, which is the operator's traffic and the operator's call. A channel's own choices are its
        filter and schedule."""
        require_admin(actor, "change how feeds are read")
        if not operator:
            raise UserError(
                "full text is set by the operator on the host (`pollwatch feeds fulltext`): it changes how "
                "the feed is read for every channel that follows it"
            )
        if mode not in FULL_TEXT_MODES:
            raise InvalidInput(f"full text is one of {', '.join(FULL_TEXT_MODES)}")
        _, feed = await self._find_anywhere(platform, channel, ref)
        await self._storage.feeds.set_full_text(feed.id, mode)
        followers = len(await self._storage.subscriptions.for_feed(feed.id))
        return await self._feed(feed.id), followers

    async def _find_anywhere(self, platform: str, channel: str, ref: str) -> tuple[Subscription, Feed]:
        """A feed by the channel's number or URL, else by any channel's subscription number or the URL."""
        try:
            return await self._find(platform, channel, ref)
        except NotFound:
            wanted = ref.strip()
            for subscription, feed in await self._storage.subscriptions.with_feeds(None, None):
                if wanted in {str(subscription.id), f"#{subscription.id}", feed.url}:
                    return subscription, feed
            raise

    # --- OPML ------------------------------------------------------------------------------------

    async def import_opml(
        self,
        actor: Actor,
        platform: str,
        channel: str,
        data: bytes,
        *,
        operator: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportReport:
        """Subscribe a channel to every feed of an OPML file. Nothing old is posted: each feed's current
        entries are marked seen at its first check. Feeds are not fetched here, so a large file imports at
        once; a broken one shows up in the feed list's health."""
        require_admin(actor, "import feeds")
        feeds = parse_opml(data)
        added: list[str] = []
        already: list[str] = []
        failed: list[tuple[str, str]] = []
        existing = {feed.url for _, feed in await self._storage.subscriptions.with_feeds(platform, channel)}
        for done, item in enumerate(feeds, start=1):
            if progress is not None and done > 1 and (done - 1) % IMPORT_PROGRESS_EVERY == 0:
                progress(done - 1, len(feeds))
            try:
                url = normalise_url(item.url, operator=operator)
                if not url.startswith("file:"):
                    check_http_url(url, allow_private=self._allow_private)
            except UserError as exc:
                failed.append((item.url, str(exc)))
                continue
            if url in existing:
                already.append(url)
                continue
            if self._max_feeds and len(existing) >= self._max_feeds:
                failed.append((url, f"the channel is at its limit of {self._max_feeds} feeds"))
                continue
            try:
                schedule = parse_schedule(item.schedule) if item.schedule else None
            except UserError as exc:
                failed.append((url, f"its schedule {item.schedule!r}: {exc}"))
                continue
            full_text = item.full_text if item.full_text in FULL_TEXT_MODES else self._full_text
            feed, _ = await self._storage.feeds.add(url, self._clock(), full_text=full_text)
            subscription, _ = await self._storage.subscriptions.add(
                feed.id, platform, channel, backfill=0, now=self._clock()
            )
            if item.include or item.exclude or item.only_polls:
                await self._storage.subscriptions.set_filter(
                    subscription.id, clean_terms(item.include), clean_terms(item.exclude), item.only_polls
                )
            if schedule is not None:
                following = next_run(schedule, require_datetime(self._clock()))
                await self._storage.subscriptions.set_schedule(
                    subscription.id, schedule.canonical(), following.timestamp() if following else None
                )
            existing.add(url)
            added.append(url)
        if progress is not None and len(feeds) > IMPORT_PROGRESS_EVERY:
            progress(len(feeds), len(feeds))
        return ImportReport(tuple(added), tuple(already), tuple(failed))

    async def export_opml(self, actor: Actor, platform: str | None = None, channel: str | None = None) -> str:
        """The channel's feeds (or the whole bot's, for the operator) as OPML."""
        require_admin(actor, "export feeds")
        pairs = await self._storage.subscriptions.with_feeds(platform, channel)
        seen: dict[str, OpmlFeed] = {}
        for subscription, feed in pairs:
            category = None if channel else f"{subscription.platform}:{subscription.channel}"
            seen.setdefault(
                f"{category}|{feed.url}",
                OpmlFeed(
                    feed.url,
                    feed.title,
                    category,
                    include=subscription.include,
                    exclude=subscription.exclude,
                    only_polls=subscription.only_polls,
                    schedule=subscription.schedule,
                    full_text=feed.full_text,
                ),
            )
        where = f"{platform}:{channel}" if channel else "all channels"
        return build_opml(seen.values(), f"pollwatch feeds ({where})", require_datetime(self._clock()))
