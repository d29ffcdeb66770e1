"""The ``pollwatch`` command line: run the bot, check the configuration, and use the core from the host.

pollwatch run [--once]              run the bot (console on the sample feed when no chat is configured)
pollwatch run --commands -|FILE     ... and take console commands (questions, poll start, vote, …); stops at EOF
pollwatch doctor                    effective configuration (secrets masked) and what is missing
pollwatch extract FILE|- [--json|--explain]   poll figures in a text; --jsonl for the scorer's contract
pollwatch summarize FILE|-          the summary of a text or HTML file
pollwatch feeds …                   add, list, remove, resume, filter, schedule, fulltext, digest, import, export
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot.config import Settings, describe, load_settings, platform_problems
from bot.errors import ConfigError, PollwatchError, UserError

log = logging.getLogger("pollwatch")


def _read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UserError(f"cannot read {name}: {exc.strerror or exc}") from None


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from adapters.runtime import run_bot  # the composition root lives with the adapters

    _configure_logging(settings.log_level)
    try:
        if args.commands is None:
            return asyncio.run(run_bot(settings, once=args.once))
        if args.commands == "-":
            return asyncio.run(run_bot(settings, once=args.once, commands=sys.stdin))
        with open(args.commands, encoding="utf-8") as script:
            return asyncio.run(run_bot(settings, once=args.once, commands=script))
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
        from bot.reading.extract.weighed import WeighedExtractor

        sys.stdout.write(render_explained(text, WeighedExtractor().explain(text)) + "\n")
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

    _configure_logging("WARNING")
    return asyncio.run(run_feeds_command(args, settings, sys.stdout))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pollwatch", description="Feeds, poll figures and reader polls for chat."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the bot")
    run.add_argument("--once", action="store_true", help="check feeds and deliver once, then exit")
    run.add_argument(
        "--commands",
        metavar="FILE",
        default=None,
        help="read console commands (reader polls; try `help`) from FILE or - for stdin; stop at its end",
    )
    run.set_defaults(handler=cmd_run)

    doctor = sub.add_parser("doctor", help="print the effective configuration and what is missing")
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
        sys.stderr.write(f"pollwatch: {type(exc).__name__}: {exc}\n")
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())
