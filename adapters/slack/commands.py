"""The text after ``/pollwatch``, parsed into typed requests (pure: no Slack, no core).

A malformed argument raises :class:`~bot.errors.InvalidInput` with the usage of that subcommand; an
unknown or missing subcommand gives :class:`Help` carrying what was wrong, so the member sees the help.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from bot.errors import InvalidInput

HELP = """*Pollwatch* — `/pollwatch <command>`
*Feeds* (workspace admins)
• `feeds add <url> [backfill N]` — follow a feed in this channel (N old posts delivered, 0–50)
• `feeds remove <n|url>` — stop following it
• `feeds list` — this channel's feeds and their health
• `feeds schedule <n|all> immediate | daily HH:MM [Zone/City] | weekly mon HH:MM [Zone/City] [+empty]`
• `feeds filters <n> [include a, b] [exclude c] [only-polls on|off] | clear` — which posts come through
• `feeds digest` — post this channel's scheduled digests now
*Reader polls* (moderators)
• `polls questions` — the poll questions found in recent posts, with their ids
• `polls start [question id]` — open the poll form (prefilled from e.g. `p12q1`, or blank)
• `polls close <poll>` — close a poll now and post its results
• `polls repost <poll>` — post a closed poll's results in its thread again
• `polls export <poll> [csv|json]` — the results as a CSV or JSON file, sent to you directly
*Everyone*
• `summary <url>` — the summary and poll figures of any page
• `help` — this message"""


@dataclass(frozen=True, slots=True)
class Help:
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class FeedsAdd:
    url: str
    backfill: int | None = None


@dataclass(frozen=True, slots=True)
class FeedsRemove:
    ref: str


@dataclass(frozen=True, slots=True)
class FeedsList:
    pass


@dataclass(frozen=True, slots=True)
class FeedsSchedule:
    ref: str
    schedule: str


@dataclass(frozen=True, slots=True)
class FeedsFilters:
    ref: str
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    only_polls: bool | None = None
    clear: bool = False


@dataclass(frozen=True, slots=True)
class FeedsDigest:
    pass


@dataclass(frozen=True, slots=True)
class PollsQuestions:
    limit: int = 10


@dataclass(frozen=True, slots=True)
class PollsStart:
    question_id: str | None = None


@dataclass(frozen=True, slots=True)
class PollsClose:
    poll_id: int


@dataclass(frozen=True, slots=True)
class PollsRepost:
    poll_id: int


@dataclass(frozen=True, slots=True)
class PollsExport:
    poll_id: int
    fmt: str = "csv"


@dataclass(frozen=True, slots=True)
class Summary:
    url: str


Command = (
    Help
    | FeedsAdd
    | FeedsRemove
    | FeedsList
    | FeedsSchedule
    | FeedsFilters
    | FeedsDigest
    | PollsQuestions
    | PollsStart
    | PollsClose
    | PollsRepost
    | PollsExport
    | Summary
)
FEED_COMMANDS = (FeedsAdd, FeedsRemove, FeedsList, FeedsSchedule, FeedsFilters, FeedsDigest)
POLL_COMMANDS = (PollsQuestions, PollsStart, PollsClose, PollsRepost, PollsExport)

_FILTER_WORDS = {"include", "exclude", "only-polls", "polls-only", "clear"}
_ON = {"on": True, "yes": True, "true": True, "off": False, "no": False, "false": False}


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # an unbalanced quote: fall back to plain words rather than refuse
        return text.split()


def _poll_id(raw: str, usage: str) -> int:
    value = raw.lstrip("#")
    if not value.isdigit():
        raise InvalidInput(f"{raw!r} is not a poll number. Usage: `{usage}`")
    return int(value)


def _url(raw: str) -> str:
    # Slack wraps links it recognises as <https://…> or <https://…|label>.
    return raw.strip().removeprefix("<").removesuffix(">").split("|", 1)[0]


def parse_command(text: str) -> Command:
    """Parse the text of a ``/pollwatch`` command."""
    words = _words(text.strip())
    if not words or words[0].lower() in {"help", "?"}:
        return Help()
    group, rest = words[0].lower(), words[1:]
    if group in {"feeds", "feed"}:
        return _feeds(rest)
    if group in {"polls", "poll"}:
        return _polls(rest)
    if group in {"summary", "summarize", "summarise"}:
        if len(rest) != 1:
            raise InvalidInput("Usage: `/pollwatch summary <url>`")
        return Summary(_url(rest[0]))
    return Help(f"I don't know the command `{words[0]}`.")


def _feeds(words: list[str]) -> Command:
    if not words:
        return Help("`feeds` needs a subcommand: add, remove, list, schedule, filters or digest.")
    sub, args = words[0].lower(), words[1:]
    if sub == "add":
        usage = "/pollwatch feeds add <url> [backfill N]"
        if len(args) == 1:
            return FeedsAdd(_url(args[0]))
        if len(args) == 3 and args[1].lower() == "backfill":
            if not args[2].isdigit():
                raise InvalidInput(f"backfill must be a number of posts (0–50). Usage: `{usage}`")
            return FeedsAdd(_url(args[0]), int(args[2]))
        raise InvalidInput(f"Usage: `{usage}`")
    if sub in {"remove", "rm", "delete"}:
        if len(args) != 1:
            raise InvalidInput("Usage: `/pollwatch feeds remove <n|url>` (the number is from `feeds list`)")
        return FeedsRemove(_url(args[0]))
    if sub in {"list", "ls"}:
        return FeedsList()
    if sub == "schedule":
        if len(args) < 2:
            raise InvalidInput(
                "Usage: `/pollwatch feeds schedule <n|all> immediate | daily 08:00 Europe/London | "
                "weekly mon 18:30 UTC [+empty]`"
            )
        return FeedsSchedule(_url(args[0]), " ".join(args[1:]))
    if sub in {"filters", "filter"}:
        return _filters(args)
    if sub in {"digest", "now"}:
        return FeedsDigest()
    return Help(f"I don't know `feeds {words[0]}`.")


def _filters(args: list[str]) -> FeedsFilters:
    usage = "/pollwatch feeds filters <n> [include a, b] [exclude c] [only-polls on|off] | clear"
    if not args:
        raise InvalidInput(f"Usage: `{usage}`")
    ref, rest = _url(args[0]), args[1:]
    include: list[str] | None = None
    exclude: list[str] | None = None
    only_polls: bool | None = None
    clear = False
    current: list[str] | None = None
    i = 0
    while i < len(rest):
        word = rest[i]
        key = word.lower()
        if key == "include":
            include = current = []
        elif key == "exclude":
            exclude = current = []
        elif key in {"only-polls", "polls-only"}:
            if i + 1 >= len(rest) or rest[i + 1].lower() not in _ON:
                raise InvalidInput(f"`{word}` takes on or off. Usage: `{usage}`")
            only_polls = _ON[rest[i + 1].lower()]
            current = None
            i += 1
        elif key == "clear":
            clear = True
            current = None
        elif current is None:
            raise InvalidInput(f"I don't understand {word!r} here. Usage: `{usage}`")
        else:
            current.append(word)
        i += 1
    return FeedsFilters(
        ref,
        tuple(include) if include is not None else None,
        tuple(exclude) if exclude is not None else None,
        only_polls,
        clear,
    )


def _polls(words: list[str]) -> Command:
    if not words:
        return Help("`polls` needs a subcommand: questions, start, close or export.")
    sub, args = words[0].lower(), words[1:]
    if sub in {"questions", "q"}:
        if args and not (len(args) == 1 and args[0].isdigit()):
            raise InvalidInput("Usage: `/pollwatch polls questions [number of posts]`")
        return PollsQuestions(min(int(args[0]), 50) if args else 10)
    if sub == "start":
        if len(args) > 1:
            raise InvalidInput("Usage: `/pollwatch polls start [question id, e.g. p12q1]`")
        return PollsStart(args[0] if args else None)
    if sub == "close":
        if len(args) != 1:
            raise InvalidInput("Usage: `/pollwatch polls close <poll>`")
        return PollsClose(_poll_id(args[0], "/pollwatch polls close <poll>"))
    if sub == "repost":
        if len(args) != 1:
            raise InvalidInput("Usage: `/pollwatch polls repost <poll>`")
        return PollsRepost(_poll_id(args[0], "/pollwatch polls repost <poll>"))
    if sub == "export":
        usage = "/pollwatch polls export <poll> [csv|json]"
        if len(args) not in (1, 2):
            raise InvalidInput(f"Usage: `{usage}`")
        fmt = args[1].lower() if len(args) == 2 else "csv"
        if fmt not in {"csv", "json"}:
            raise InvalidInput(f"Results export as csv or json, not {args[1]!r}.")
        return PollsExport(_poll_id(args[0], usage), fmt)
    return Help(f"I don't know `polls {words[0]}`.")
