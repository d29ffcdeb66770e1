"""``/pollwatch feeds …``: the core's feed administration, answered in Slack's words (admins only;
the core checks the role on the Actor)."""

from __future__ import annotations

from adapters.slack import blocks as bk
from adapters.slack.commands import FeedsAdd, FeedsDigest, FeedsFilters, FeedsList, FeedsRemove, FeedsSchedule
from adapters.slack.context import PLATFORM, Reply, SlackServices
from bot.clock import to_datetime
from bot.feed_admin import FeedHealth
from bot.feeds.filters import PostFilter
from bot.feeds.schedule import parse_schedule
from bot.models import Actor
from bot.polls.rules import format_time

FeedCommand = FeedsAdd | FeedsRemove | FeedsList | FeedsSchedule | FeedsFilters | FeedsDigest


async def handle_feeds(s: SlackServices, actor: Actor, channel: str, cmd: FeedCommand) -> Reply:
    feeds = s.core.feeds
    if isinstance(cmd, FeedsAdd):
        added = await feeds.add(actor, PLATFORM, channel, cmd.url, backfill=cmd.backfill)
        s.wake()
        name = bk.escape(added.title or added.feed.title or added.feed.url)
        if added.already_subscribed:
            return Reply(f"This channel already follows *{name}* (feed #{added.subscription.id}).")
        lines = [f":white_check_mark: This channel now follows *{name}* (feed #{added.subscription.id})."]
        if added.discovered_from:
            lines.append(f"Found it on the page {bk.escape(added.discovered_from)}.")
        backfill = added.subscription.backfill
        lines.append(
            f"{added.entries} entries in the feed; the newest {backfill} will be posted here now, then each new post."
            if backfill
            else f"{added.entries} entries in the feed; new posts will be posted here."
        )
        if added.warning:
            lines.append(f":warning: {bk.escape(added.warning)}")
        return Reply("\n".join(lines))
    if isinstance(cmd, FeedsRemove):
        feed = await feeds.remove(actor, PLATFORM, channel, cmd.ref)
        return Reply(f"This channel no longer follows *{bk.escape(feed.title or feed.url)}*.")
    if isinstance(cmd, FeedsList):
        health = await feeds.list(actor, PLATFORM, channel)
        if not health:
            return Reply("This channel follows no feeds yet. Add one with `/pollwatch feeds add <url>`.")
        lines = ["*Feeds in this channel*", *(health_line(h) for h in health)]
        return Reply(f"This channel follows {len(health)} feeds.", bk.text_blocks(lines))
    if isinstance(cmd, FeedsSchedule):
        schedule = await feeds.set_schedule(actor, PLATFORM, channel, cmd.ref, cmd.schedule)
        s.wake()
        which = "every feed here" if cmd.ref.lower() == "all" else f"feed {cmd.ref}"
        return Reply(f"Done: {which} now delivers {schedule.describe()}.")
    if isinstance(cmd, FeedsFilters):
        changed = (
            cmd.clear or cmd.include is not None or cmd.exclude is not None or cmd.only_polls is not None
        )
        result: PostFilter = await feeds.set_filter(
            actor,
            PLATFORM,
            channel,
            cmd.ref,
            include=cmd.include,
            exclude=cmd.exclude,
            only_polls=cmd.only_polls,
            clear=cmd.clear,
        )
        verb = "now delivers" if changed else "delivers"
        return Reply(f"Feed {cmd.ref} {verb} {bk.escape(result.describe())}.")
    moved = await feeds.digest_now(actor, PLATFORM, channel)
    s.wake()
    if not moved:
        return Reply("No feed here has a daily or weekly schedule; posts already arrive as they come.")
    return Reply(f"Posting {moved} scheduled digest{'s' if moved != 1 else ''} now.")


def health_line(h: FeedHealth) -> str:
    """One feed's line in ``feeds list``: number, title, status, last success, schedule, filter."""
    feed, sub = h.feed, h.subscription
    icon = {"active": ":large_green_circle:", "paused": ":double_vertical_bar:", "gone": ":red_circle:"}.get(
        feed.status, ":white_circle:"
    )
    if feed.failures and feed.status == "active":
        icon = ":large_yellow_circle:"
    parts = [f"{icon} *#{sub.id}* {bk.link(feed.url, feed.title or feed.url)} · {h.posts} posts"]
    if feed.last_success_at:
        parts.append(f"last read {format_time(feed.last_success_at)}")
    if feed.failures:
        parts.append(f"{feed.failures} failure{'s' if feed.failures != 1 else ''} in a row")
    if feed.last_error and (feed.failures or feed.status != "active"):
        parts.append(f"_{bk.escape(bk.trim(feed.last_error, 120))}_")
    if sub.schedule != "immediate":
        parts.append(parse_schedule(sub.schedule).describe())
        nxt = to_datetime(sub.next_digest_at.timestamp()) if sub.next_digest_at else None
        if nxt:
            parts.append(f"next {format_time(nxt)}")
    flt = PostFilter(sub.include, sub.exclude, sub.only_polls)
    if flt.active:
        parts.append(bk.escape(flt.describe()))
    return " · ".join(parts)
