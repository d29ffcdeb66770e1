"""``pollwatch feeds add|list|remove``: feed administration from the host, as the operator."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TextIO

from bot.config import Settings
from bot.core import Pollwatch
from bot.permissions import OPERATOR


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return "in " + _span(-seconds)
    return _span(seconds) + " ago"


def _span(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


async def run_feeds_command(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    core = await Pollwatch.open(settings)
    try:
        if args.feeds_command == "add":
            added = await core.feeds.add(
                OPERATOR,
                args.platform,
                args.channel or "demo",
                args.url,
                backfill=args.backfill,
                operator=True,
            )
            if added.already_subscribed:
                out.write(f"{args.platform}:{added.subscription.channel} already follows {added.feed.url}\n")
            else:
                out.write(
                    f"added {added.title or added.feed.url} to {args.platform}:{added.subscription.channel} "
                    f"(feed #{added.subscription.id}, {added.entries} entries now, "
                    f"newest {added.subscription.backfill} queued)\n"
                )
            if added.warning:
                out.write(f"note: the feed has problems but was read anyway: {added.warning}\n")
        elif args.feeds_command == "remove":
            feed = await core.feeds.remove(OPERATOR, args.platform, args.channel or "demo", args.ref)
            out.write(f"removed {feed.title or feed.url} from {args.platform}:{args.channel or 'demo'}\n")
        else:
            rows = await core.feeds.list(
                OPERATOR, None if args.platform == "all" else args.platform, args.channel
            )
            if not rows:
                out.write("no feeds\n")
            now = datetime.fromtimestamp(core.clock()).astimezone()
            for row in rows:
                feed = row.feed
                health = "ok" if not feed.failures else f"{feed.failures} failures: {feed.last_error}"
                if feed.status != "active":
                    health = f"{feed.status}: {feed.last_error or ''}".strip()
                out.write(
                    f"#{row.subscription.id} {row.subscription.platform}:{row.subscription.channel}  "
                    f"{feed.title or '(untitled)'}  {feed.url}\n"
                    f"    {row.posts} posts · last checked {_ago(feed.last_checked_at, now)} · "
                    f"next {_ago(feed.next_check_at, now)} · {health}\n"
                )
    finally:
        await core.close()
    return 0
