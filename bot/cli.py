"""The ``pollwatch`` command line: run the bot, check the configuration, and use the core from the host.

pollwatch run [--once]              run the bot (console on the sample feed when no chat is configured)
pollwatch run --commands -|FILE     ... and take console commands (questions, poll start, vote, …); stops at EOF
pollwatch run --only ROLES [--shards 0-3/8]   one process's part: watcher, outbox, discord, slack (or all)
pollwatch doctor [--only ROLES]     effective configuration (secrets masked), what is missing, the database
                                    (backend, version, migration level) and what the roles do
pollwatch extract FILE|- [--json|--explain]   poll figures in a text; --jsonl for the scorer's contract
pollwatch summarize FILE|-          the summary of a text or HTML file
pollwatch feeds …                   add, list, remove, resume, filter, schedule, fulltext, digest, import, export
pollwatch backup [PATH]             a consistent copy of the database, safe while the bot runs
pollwatch migrate-db --to URL       copy the SQLite database into PostgreSQL (safe to run again)
pollwatch version | --version       the program's version and the database's schema level
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot.config import Settings, describe, load_settings, platform_problems, platform_warnings
from bot.errors import ConfigError, PollwatchError, StorageError, UserError, error_kind, plain_error


def _read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UserError(f"cannot read {name}: {exc.strerror or exc}") from None


def _configure_logging(settings: Settings, level: str | None = None) -> None:
    from bot.ops.logs import configure_from_settings

    configure_from_settings(settings, level)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from adapters.runtime import run_bot  # the composition root lives with the adapters
    from bot.roles import resolve_roles

    try:
        roles = resolve_roles(settings, args.only, args.shards)
    except ConfigError as exc:
        sys.stderr.write(f"pollwatch: configuration error: {exc}\n")
        return 2
    _configure_logging(settings)
    try:
        if args.commands is None:
            return asyncio.run(run_bot(settings, once=args.once, roles=roles))
        if args.commands == "-":
            return asyncio.run(run_bot(settings, once=args.once, commands=sys.stdin, roles=roles))
        with open(args.commands, encoding="utf-8") as script:
            return asyncio.run(run_bot(settings, once=args.once, commands=script, roles=roles))
    except KeyboardInterrupt:
        return 130


def cmd_doctor(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    out.write("pollwatch configuration (environment overrides .env):\n")
    for env, shown in describe(settings):
        out.write(f"  {env:<34} {shown}\n")
    platforms = [
        name for name, on in (("Discord", settings.discord_enabled), ("Slack", settings.slack_enabled)) if on
    ]
    out.write(
        f"\nplatforms: {', '.join(platforms) if platforms else 'none configured: console on the demo feed'}\n"
    )
    problems = platform_problems(settings)
    for problem in problems:
        out.write(f"  missing: {problem}\n")
    if not problems:
        out.write("  nothing missing\n")
    for warning in platform_warnings(settings):
        out.write(f"  warning: {warning}\n")
    if settings.slack_enabled and not problems:
        from adapters.slack.doctor import slack_report  # asks Slack which scopes the token has

        for line in slack_report(settings):
            out.write(f"  {line}\n")
    from bot.storage.db import describe_database

    try:
        out.write(f"\ndatabase: {asyncio.run(describe_database(settings.database))}\n")
    except StorageError as exc:
        out.write(f"\ndatabase: cannot be read: {exc}\n")
        return 1
    from bot.roles import describe_roles, resolve_roles

    try:
        roles = resolve_roles(settings, getattr(args, "only", None), getattr(args, "shards", None))
    except ConfigError as exc:
        out.write(f"\nroles: cannot run this way: {exc}\n")
        return 2
    out.write(
        f"\nroles: {roles}"
        + (" (split them with `pollwatch run --only …`)" if roles.everything else "")
        + "\n"
    )
    for line in describe_roles(roles, settings):
        out.write(f"  {line}\n")
    return 1 if problems else 0


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from bot.reading.extract import default_extractor, extraction_to_json
    from bot.reading.extract.cli import render_table, run_jsonl

    if args.jsonl:
        run_jsonl(sys.stdin, sys.stdout)
        return 0
    if not args.file:
        raise UserError("give a file to read, or - for standard input (or --jsonl)")
    text = _plain_text(_read_input(args.file))
    if args.explain:
        from bot.reading.extract.cli import render_explained

        sys.stdout.write(render_explained(text, default_extractor().explain(text)) + "\n")
        return 0
    extraction = default_extractor().extract(text)
    if args.json:
        import json

        sys.stdout.write(json.dumps(extraction_to_json(extraction), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_table(extraction) + "\n")
    return 0


def _plain_text(raw: str) -> str:
    from bot.reading.html_text import html_to_text, looks_like_html

    return html_to_text(raw) if looks_like_html(raw) else raw


def cmd_summarize(args: argparse.Namespace, settings: Settings) -> int:
    from bot.reading.extract import default_extractor
    from bot.reading.read import Reader

    read = Reader(default_extractor(), summary_chars=args.max_chars or settings.summary_chars).read(
        _read_input(args.file)
    )
    sys.stdout.write(read.summary + "\n")
    return 0


def cmd_feeds(args: argparse.Namespace, settings: Settings) -> int:
    from bot.feeds_cli import run_feeds_command

    _configure_logging(settings, "WARNING")
    return asyncio.run(run_feeds_command(args, settings, sys.stdout))


def cmd_version(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    from bot import __version__
    from bot.storage.migrations import MIGRATIONS
    from bot.storage.schema import schema_level

    out.write(f"pollwatch {__version__}\n")
    out.write(f"schema level {len(MIGRATIONS)} (the level this version migrates a database to)\n")
    if settings.db_url:
        from bot.storage.db import describe_database

        try:
            out.write(f"database: {asyncio.run(describe_database(settings.db_url))}\n")
        except StorageError as exc:
            out.write(f"database: cannot be read: {exc}\n")
            return 1
        return 0
    level = schema_level(settings.db_path)
    if level is None:
        out.write(f"database {settings.db_path}: not created yet\n")
    else:
        state = (
            "up to date"
            if level == len(MIGRATIONS)
            else ("migrated on the next start" if level < len(MIGRATIONS) else "NEWER than this version")
        )
        out.write(f"database {settings.db_path}: schema level {level} ({state})\n")
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    from bot.storage.backup import backup_file, default_backup_path
    from bot.storage.ops import POSTGRES_BACKUP

    if settings.db_url:
        raise UserError(POSTGRES_BACKUP)

    target = Path(args.path) if args.path else default_backup_path(settings.db_path)
    if target.is_dir():
        target = default_backup_path(settings.db_path, target)
    copy = backup_file(settings.db_path, target)
    out.write(f"backed up {settings.db_path} to {copy} ({copy.stat().st_size // 1024} KB, integrity ok)\n")
    return 0


def cmd_migrate_db(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    from bot.storage.transfer import migrate_db

    source = Path(args.source) if args.source else settings.db_path
    if not args.source and settings.db_url:
        raise UserError(
            "POLLWATCH_DB names a PostgreSQL database; give the SQLite file to copy with --from PATH"
        )
    copied = asyncio.run(migrate_db(source, args.to))
    (out or sys.stdout).write(copied.report(source, args.to) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from bot import __version__

    parser = argparse.ArgumentParser(
        prog="pollwatch", description="Feeds, poll figures and reader polls for chat."
    )
    parser.add_argument("--version", action="version", version=f"pollwatch {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the bot")
    run.add_argument("--once", action="store_true", help="check feeds and deliver once, then exit")
    run.add_argument(
        "--commands",
        metavar="FILE",
        default=None,
        help="read console commands (reader polls; try `help`) from FILE or - for stdin; stop at its end",
    )
    run.add_argument(
        "--only",
        metavar="ROLES",
        default=None,
        help="this process's roles, comma-separated: watcher (fetch feeds, queue posts), outbox (deliver, "
        "close polls, send digests), discord, slack (commands and clicks), or all (the default)",
    )
    run.add_argument(
        "--shards",
        metavar="IDS/COUNT",
        default=None,
        help="the Discord shards this process connects, e.g. 0-3/8 (shards 0 to 3 of 8); default: as many "
        "as Discord recommends",
    )
    run.set_defaults(handler=cmd_run)

    doctor = sub.add_parser("doctor", help="print the effective configuration and what is missing")
    doctor.add_argument("--only", metavar="ROLES", default=None, help="check these roles (as for run)")
    doctor.add_argument("--shards", metavar="IDS/COUNT", default=None, help="check these shards (as for run)")
    doctor.set_defaults(handler=cmd_doctor)

    extract = sub.add_parser("extract", help="print the poll figures found in a text")
    extract.add_argument("file", nargs="?", help="a text or HTML file, or - for standard input")
    extract.add_argument("--json", action="store_true", help="one JSON object {figures, groups, meta}")
    extract.add_argument(
        "--jsonl", action="store_true", help='JSON lines {"id","text"} in, {"id","figures"} out'
    )
    extract.add_argument(
        "--explain",
        action="store_true",
        help="why each figure was kept and each label chosen (cues, weights)",
    )
    extract.set_defaults(handler=cmd_extract)

    summarize = sub.add_parser("summarize", help="print the summary of a text or HTML file")
    summarize.add_argument("file", help="a text or HTML file, or - for standard input")
    summarize.add_argument("--max-chars", type=int, default=None)
    summarize.set_defaults(handler=cmd_summarize)

    version = sub.add_parser("version", help="print the version and the database's schema level")
    version.set_defaults(handler=cmd_version)

    backup = sub.add_parser("backup", help="copy the database consistently (safe while the bot runs)")
    backup.add_argument(
        "path",
        nargs="?",
        default=None,
        help="file or directory for the copy (default: beside the database, named with the time)",
    )
    backup.set_defaults(handler=cmd_backup)

    migrate = sub.add_parser(
        "migrate-db", help="copy the SQLite database into PostgreSQL (safe to run again: copies what is new)"
    )
    migrate.add_argument("--to", required=True, metavar="URL", help="the PostgreSQL database: postgresql://…")
    migrate.add_argument(
        "--from",
        dest="source",
        metavar="PATH",
        default=None,
        help="the SQLite file to copy (default: POLLWATCH_DB)",
    )
    migrate.set_defaults(handler=cmd_migrate_db)

    from bot.feeds_cli import add_parser as add_feeds_parser

    feeds = add_feeds_parser(sub)
    feeds.set_defaults(handler=cmd_feeds)
    return parser


Handler = Callable[[argparse.Namespace, Settings], int | Awaitable[int]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        sys.stderr.write(f"pollwatch: configuration error: {exc}\n")
        return 2
    try:
        result: int = args.handler(args, settings)
    except UserError as exc:
        sys.stderr.write(f"pollwatch: {exc}\n")
        return 1
    except PollwatchError as exc:
        sys.stderr.write(f"pollwatch: {error_kind(exc)}: {plain_error(exc)}\n")
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())
