"""``pollwatch feeds …``: feed administration from the host, as the operator.

The same core operations as the chat commands, so the same behaviour and error messages.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import UserError
from bot.feed_admin import FeedHealth
from bot.feeds.filters import PostFilter
from bot.feeds.schedule import parse_schedule
from bot.models import Actor
from bot.permissions import OPERATOR


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    feeds = sub.add_parser("feeds", help="manage feeds from the host")
    configure(feeds)
    return feeds


def configure(feeds: argparse.ArgumentParser) -> None:
    """Add the feed subcommands to ``feeds`` (the CLI's ``pollwatch feeds`` or the console's ``feeds``)."""
    commands = feeds.add_subparsers(dest="feeds_command", required=True, parser_class=type(feeds))

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument(
            "--platform", default="console", help="console, discord or slack (default console)"
        )
        parser.add_argument(
            "--channel", default=None, help="channel id (default: demo; all channels for list)"
        )
        return parser

    add = command("add", "subscribe a channel to a feed (or a site: its feed is discovered)")
    add.add_argument("url", help="feed or site URL, or a local file path (the operator may add files)")
    add.add_argument("--backfill", type=int, default=None, help="how many existing posts to deliver")
    listing = command("list", "list feeds with their health")
    listing.set_defaults(all_platforms=True)
    for name, help_text in (
        ("remove", "unsubscribe a channel from a feed"),
        ("resume", "check a paused feed again"),
    ):
        command(name, help_text).add_argument("ref", help="the feed's number from `feeds list`, or its URL")
    flt = command("filter", "choose which posts of a feed the channel gets")
    flt.add_argument("ref", help="the feed's number or URL")
    flt.add_argument("--include", action="append", default=None, help="keyword or phrase a post must mention")
    flt.add_argument(
        "--exclude", action="append", default=None, help="keyword or phrase a post must not mention"
    )
    flt.add_argument("--only-polls", action=argparse.BooleanOptionalAction, default=None)
    flt.add_argument("--clear", action="store_true", help="start from no filter")
    schedule = command("schedule", "deliver immediately, daily or weekly")
    schedule.add_argument("ref", help="the feed's number or URL, or all")
    schedule.add_argument(
        "schedule", nargs="+", help="immediate | daily HH:MM [zone] | weekly DAY HH:MM [zone] [+empty]"
    )
    full = command(
        "fulltext", "read the linked page of teaser entries (operator only: applies to every channel)"
    )
    full.add_argument("ref", help="the feed's number or URL")
    full.add_argument("mode", choices=("auto", "always", "never"))
    command("digest", "post the channel's scheduled digests now")
    opml_in = command("import", "subscribe the channel to every feed of an OPML file")
    opml_in.add_argument("file", help="OPML file, or - for standard input")
    command("export", "print the channel's feeds (all feeds without --channel) as OPML")


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


def health_lines(row: FeedHealth, now: datetime) -> list[str]:
    """Two lines per feed: what and where, then how it is doing."""
    feed, subscription = row.feed, row.subscription
    health = "ok" if not feed.failures else f"{feed.failures} failures in a row, last: {feed.last_error}"
    if feed.status != "active":
        health = (
            f"{feed.status.upper()} ({feed.last_error or 'no error recorded'}); resume with `feeds resume`"
        )
    extras = [parse_schedule(subscription.schedule).describe()]
    post_filter = PostFilter(subscription.include, subscription.exclude, subscription.only_polls)
    if post_filter.active:
        extras.append(post_filter.describe())
    if feed.full_text != "auto":
        extras.append(f"full text {feed.full_text}")
    return [
        f"#{subscription.id} {subscription.platform}:{subscription.channel}  {feed.title or '(untitled)'}  {feed.url}",
        f"    {row.posts} posts · last success {_ago(feed.last_success_at, now)} · "
        f"next check {_ago(feed.next_check_at, now) if feed.status == 'active' else 'none'} · {health}",
        "    " + "; ".join(extras),
    ]


async def run_feeds_command(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    core = await Pollwatch.open(settings)
    try:
        return await execute(
            core, OPERATOR, args, out, operator=True, default_channel="demo", allow_stdin=True
        )
    finally:
        await core.close()


async def execute(
    core: Pollwatch,
    actor: Actor,
    args: argparse.Namespace,
    out: TextIO,
    *,
    operator: bool,
    default_channel: str,
    allow_stdin: bool = False,
) -> int:
    """Run one parsed feed command as ``actor``; user errors propagate as :class:`UserError`.

    Returns the exit status: 1 when an import left feeds out, else 0."""
    platform, channel = args.platform, args.channel or default_channel
    feeds = core.feeds
    match args.feeds_command:
        case "add":
            added = await feeds.add(
                actor, platform, channel, args.url, backfill=args.backfill, operator=operator
            )
            if added.discovered_from:
                out.write(f"found the feed {added.feed.url} on {added.discovered_from}\n")
            if added.already_subscribed:
                out.write(f"{platform}:{channel} already follows {added.feed.url}\n")
            else:
                out.write(
                    f"added {added.title or added.feed.url} to {platform}:{channel} "
                    f"(feed #{added.subscription.id}, {added.entries} entries now, "
                    f"newest {added.subscription.backfill} queued)\n"
                )
            if added.warning:
                out.write(f"note: the feed has problems but was read anyway: {added.warning}\n")
        case "remove":
            feed = await feeds.remove(actor, platform, channel, args.ref)
            out.write(f"removed {feed.title or feed.url} from {platform}:{channel}\n")
        case "resume":
            feed = await feeds.resume(actor, platform, channel, args.ref)
            out.write(f"resumed {feed.title or feed.url}; it is checked on the next cycle\n")
        case "filter":
            result = await feeds.set_filter(
                actor,
                platform,
                channel,
                args.ref,
                include=args.include,
                exclude=args.exclude,
                only_polls=args.only_polls,
                clear=args.clear,
            )
            out.write(f"{platform}:{channel} now gets {result.describe()} from that feed\n")
        case "schedule":
            schedule = await feeds.set_schedule(actor, platform, channel, args.ref, " ".join(args.schedule))
            out.write(f"{platform}:{channel} now gets {schedule.describe()}\n")
        case "fulltext":
            feed, followers = await feeds.set_full_text(
                actor, platform, channel, args.ref, args.mode, operator=operator
            )
            out.write(
                f"full text for {feed.title or feed.url}: {feed.full_text} "
                f"(for every channel that follows it: {followers})\n"
            )
        case "digest":
            moved = await feeds.digest_now(actor, platform, channel)
            out.write(f"{moved} scheduled digest(s) of {platform}:{channel} will go out on the next cycle\n")
        case "import":
            if not operator:
                raise UserError("import reads a file on the host, so only the operator can run it")
            if args.file == "-" and not allow_stdin:
                raise UserError("give the OPML file's path")
            data = sys.stdin.buffer.read() if args.file == "-" else _read_bytes(args.file)

            def progress(done: int, total: int) -> None:
                out.write(f"… {done} of {total} feeds\n")
                out.flush()

            report = await feeds.import_opml(actor, platform, channel, data, operator=True, progress=progress)
            out.write(f"imported into {platform}:{channel}: {report.summary()}\n")
            return 1 if report.failed else 0
        case "export":
            out.write(await feeds.export_opml(actor, platform, args.channel))
        case _:
            rows = await feeds.list(actor, None if platform == "all" else platform, args.channel)
            if not rows:
                out.write("no feeds\n")
            now = datetime.fromtimestamp(core.clock()).astimezone()
            for row in rows:
                out.write("\n".join(health_lines(row, now)) + "\n")
    return 0


def _read_bytes(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {name}: {exc.strerror or exc}") from None
