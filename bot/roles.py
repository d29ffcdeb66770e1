"""What one pollwatch process does: its roles (``pollwatch run --only …``) and its Discord shards.

- ``watcher``: fetch the due feeds (each leased to one process), read and store new posts and queue their
  outbox rows; sends nothing.
- ``outbox``: close due polls, send scheduled digests, deliver the outbox (digests, bundles, notices,
  results) through every configured platform's API.
- ``discord``: the Discord gateway (``--shards`` picks which shards): slash commands, buttons, forms.
- ``slack``: the Slack app (Socket Mode, or one HTTP worker behind a load balancer): commands and clicks.

``all`` (the default) is all four; roles combine with commas (``--only watcher,outbox``). The checks here
are pure: each bad combination is refused with one line (a :class:`~bot.errors.ConfigError`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.config import Settings
from bot.errors import ConfigError

ROLES = ("watcher", "outbox", "discord", "slack")
ALL = "all"
MAX_SHARDS = 65536
_SHARDS = re.compile(r"^\s*(?P<ids>[0-9][0-9,\-\s]*)/(?P<count>[0-9]+)\s*$")


@dataclass(frozen=True, slots=True)
class Shards:
    """The Discord shards one process connects: ``ids`` of ``count`` in all."""

    ids: tuple[int, ...]
    count: int

    def holds(self, guild_id: int) -> bool:
        """Whether this process's shards receive ``guild_id``'s events (Discord's rule)."""
        return (guild_id >> 22) % self.count in self.ids

    def __str__(self) -> str:
        return f"{_ranges(self.ids)}/{self.count}"


@dataclass(frozen=True, slots=True)
class Roles:
    names: frozenset[str] = frozenset(ROLES)
    shards: Shards | None = None

    @property
    def watcher(self) -> bool:
        return "watcher" in self.names

    @property
    def outbox(self) -> bool:
        return "outbox" in self.names

    @property
    def discord(self) -> bool:
        return "discord" in self.names

    @property
    def slack(self) -> bool:
        return "slack" in self.names

    @property
    def everything(self) -> bool:
        return self.names == frozenset(ROLES)

    def __str__(self) -> str:
        if self.everything and self.shards is None:
            return ALL
        text = ",".join(r for r in ROLES if r in self.names)
        return text + (f" (Discord shards {self.shards})" if self.shards is not None else "")


def parse_roles(text: str) -> frozenset[str]:
    """``watcher``, ``outbox,discord``, ``all`` … → the set of roles; one line naming a bad one."""
    names = [n.strip().lower() for n in text.split(",")]
    if not text.strip() or any(not n for n in names):
        raise ConfigError(
            f"--only: {text!r} names no role (use {', '.join(ROLES)} or {ALL}, comma-separated)"
        )
    unknown = [n for n in names if n not in (*ROLES, ALL)]
    if unknown:
        raise ConfigError(f"--only: unknown role {unknown[0]!r} (use {', '.join(ROLES)} or {ALL})")
    if ALL in names and len(set(names)) > 1:
        raise ConfigError(f"--only: {ALL} already means every role; name it alone")
    return frozenset(ROLES) if ALL in names else frozenset(names)


def parse_shards(text: str) -> Shards:
    """``0-3/8`` (shards 0 to 3 of 8), ``5/8``, ``0,2,4/8``; one line saying what is wrong."""
    match = _SHARDS.match(text)
    if match is None:
        raise ConfigError(f"--shards: {text!r} is not IDS/COUNT (e.g. 0-3/8, 5/8 or 0,2/8)")
    count = int(match["count"])
    if not 1 <= count <= MAX_SHARDS:
        raise ConfigError(f"--shards: the shard count must be 1 to {MAX_SHARDS}, not {count}")
    ids: set[int] = set()
    for part in match["ids"].split(","):
        first, dash, last = part.strip().partition("-")
        if not first.strip().isdigit() or (dash and not last.strip().isdigit()):
            raise ConfigError(f"--shards: {part.strip()!r} is not a shard number or range (e.g. 0-3)")
        low, high = int(first), int(last) if dash else int(first)
        if low > high:
            raise ConfigError(f"--shards: the range {low}-{high} runs backwards")
        ids.update(range(low, min(high, MAX_SHARDS) + 1))
    beyond = [i for i in sorted(ids) if i >= count]
    if beyond:
        raise ConfigError(
            f"--shards: shard {beyond[0]} does not exist in {count} shards (they are numbered 0 to {count - 1})"
        )
    return Shards(tuple(sorted(ids)), count)


def resolve_roles(settings: Settings, only: str | None = None, shards: str | None = None) -> Roles:
    """The roles asked for, checked against the configuration: a role whose platform is not configured,
    or shards without Discord, is refused with one line."""
    names = parse_roles(only) if only is not None else frozenset(ROLES)
    explicit = only is not None and names != frozenset(ROLES)
    shard_set = parse_shards(shards) if shards is not None else None
    if shard_set is not None and "discord" not in names:
        raise ConfigError("--shards: only a process with the discord role connects Discord shards")
    if shard_set is not None and not settings.discord_enabled:
        raise ConfigError("--shards: Discord is not configured (set DISCORD_TOKEN)")
    if explicit and "discord" in names and not settings.discord_enabled:
        raise ConfigError("--only discord: Discord is not configured (set DISCORD_TOKEN)")
    if explicit and "slack" in names and not settings.slack_enabled:
        raise ConfigError("--only slack: Slack is not configured (set SLACK_BOT_TOKEN)")
    return Roles(names, shard_set)


def describe_roles(roles: Roles, settings: Settings) -> list[str]:
    """What a process with ``roles`` does under ``settings``, one line a role (for ``pollwatch doctor``)."""
    lines: list[str] = []
    if roles.watcher:
        lines.append("watcher: fetches the due feeds (each leased to one process), stores their new posts")
    if roles.outbox:
        to = ["the console"]
        if settings.discord_enabled:
            to.append("Discord over REST")
        if settings.slack_enabled:
            to.append("Slack's Web API")
        lines.append(f"outbox: closes due polls, sends digests and delivers the outbox to {', '.join(to)}")
    if roles.discord:
        if not settings.discord_enabled:
            lines.append("discord: not configured here (no DISCORD_TOKEN), so nothing to do")
        else:
            shards = f"shards {roles.shards}" if roles.shards else "as many shards as Discord recommends"
            lines.append(f"discord: the gateway with {shards}: slash commands, buttons, forms")
    if roles.slack:
        if not settings.slack_enabled:
            lines.append("slack: not configured here (no SLACK_BOT_TOKEN), so nothing to do")
        else:
            how = "Socket Mode" if settings.slack_app_token else f"HTTP on port {settings.slack_port}"
            lines.append(f"slack: commands and clicks ({how})")
    if not roles.everything and not settings.db_url:
        lines.append(
            "note: on SQLite, every process must run on this machine over the one file; "
            "across machines, use PostgreSQL (POLLWATCH_DB=postgresql://…)"
        )
    return lines


def _ranges(ids: tuple[int, ...]) -> str:
    parts: list[str] = []
    start = prev = None
    for i in ids:
        if start is None:
            start = prev = i
        elif prev is not None and i == prev + 1:
            prev = i
        else:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = i
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ",".join(parts)
