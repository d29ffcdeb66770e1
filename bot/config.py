"""One typed settings object, read from the environment (and `.env`, which real variables override).

Every setting is named ``POLLWATCH_*`` except the platforms' own conventional names (``DISCORD_TOKEN``,
``SLACK_BOT_TOKEN``, …). A malformed value stops start-up with a :class:`ConfigError` naming the variable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from dotenv import dotenv_values

from bot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SAMPLE_FEED = DATA_DIR / "sample_feed.xml"


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {None: 1.0, "s": 1.0, "sec": 1.0, "m": 60.0, "min": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(raw: str) -> float:
    """Seconds from "900", "90s", "15m", "1.5h" or "7d"."""
    match = _DURATION.match(raw)
    if not match:
        raise ValueError(f"{raw!r} is not a duration (use seconds, or a number with s, m, h or d)")
    number, unit = match.groups()
    return float(number) * _UNIT_SECONDS[unit.lower() if unit else None]


def format_duration(seconds: float) -> str:
    """The way an operator writes a duration: 900.0 -> "15m", 90 -> "90s", 86400 -> "1d" (whole units
    only; anything else stays in seconds)."""
    if seconds > 0 and float(seconds).is_integer():
        whole = int(seconds)
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if whole % size == 0:
                return f"{whole // size}{unit}"
    return f"{seconds:g}s"


def parse_http_addr(raw: str) -> str:
    """``host:port`` for the operations endpoint from "9100", ":9100", "0.0.0.0:9100" or "[::1]:9100";
    a bare port listens on 127.0.0.1 only. Port 0 picks a free port (the log says which)."""
    value = raw.strip()
    host, _, port = value.rpartition(":")
    if not port.isdigit() or int(port) > 65535:
        raise ValueError(f"{raw!r} is not [host:]port (e.g. 127.0.0.1:9100)")
    host = host.strip("[]") or "127.0.0.1"
    return f"[{host}]:{int(port)}" if ":" in host else f"{host}:{int(port)}"


def parse_log_format(raw: str) -> str:
    value = raw.strip().lower()
    if value not in {"text", "json"}:
        raise ValueError(f"{raw!r} is not text or json")
    return value


def parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{raw!r} is not true or false")


def parse_positive_int(raw: str) -> int:
    value = int(raw.strip())
    if value < 0:
        raise ValueError(f"{raw!r} must not be negative")
    return value


def parse_id_list(raw: str) -> tuple[str, ...]:
    """Comma- or space-separated ids ("123, 456")."""
    items = [part for part in re.split(r"[\s,]+", raw.strip()) if part]
    for item in items:
        if not re.fullmatch(r"[A-Za-z0-9_-]+", item):
            raise ValueError(f"{item!r} is not an id")
    return tuple(items)


def is_postgres_url(location: str | Path) -> bool:
    """Whether a POLLWATCH_DB value names a PostgreSQL database rather than a SQLite file."""
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def hide_password(url: str) -> str:
    """``postgresql://user:secret@host/db?password=secret`` -> the same with each password as ``***``."""
    url = re.sub(r"^([a-z]+://[^/:@?]*:)[^@/?]*@", r"\1***@", url)
    return re.sub(r"(?i)([?&]password=)[^&]*", r"\1***", url)


@dataclass(frozen=True, slots=True)
class Setting:
    """How one field is read: its variable, parser, and whether its value is a secret."""

    env: str
    parse: Callable[[str], Any]
    secret: bool = False
    doc: str = ""


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective configuration. Build it with :func:`load_settings`."""

    db_path: Path
    db_url: str | None = None  # postgresql://… : the shared store; db_path is then unused
    log_level: str = "INFO"
    log_format: str = "text"
    http_addr: str | None = None
    ready_max_delivery_age: float = 900.0
    check_interval: float = 900.0
    min_check_interval: float = 300.0
    max_backoff: float = 86400.0
    fetch_timeout: float = 30.0
    connect_timeout: float = 10.0
    max_feed_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    fetch_concurrency: int = 8
    parse_workers: int = field(default_factory=lambda: min(2, os.cpu_count() or 1))
    backfill: int = 1
    summary_chars: int = 400
    delivery_max_attempts: int = 8
    max_posts_per_hour: int = 20
    max_feeds_per_channel: int = 50
    pause_after_failures: int = 10
    full_text_min_chars: int = 600
    full_text: str = "auto"
    allow_private_feeds: bool = False
    demo_feed: str = str(SAMPLE_FEED)
    contact_url: str = "https://example.org/pollwatch"
    discord_token: str | None = None
    discord_guild_ids: tuple[str, ...] = ()
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    discord_admin_role_ids: tuple[str, ...] = ()
    discord_moderator_role_ids: tuple[str, ...] = ()
    discord_notice_channel_id: str | None = None
    discord_digest_threads: bool = False
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str | None = None
    slack_host: str = "0.0.0.0"  # noqa: S104 - HTTP mode listens for Slack behind the operator's balancer
    slack_port: int = 3000
    slack_admin_ids: tuple[str, ...] = ()
    slack_moderator_ids: tuple[str, ...] = ()
    slack_moderator_group: str | None = None
    poll_duration: float = 86400.0
    chart_dir: Path = DATA_DIR / "charts"
    voter_salt: str | None = None

    @property
    def database(self) -> str | Path:
        """Where the data lives: the PostgreSQL URL when one is set, else the SQLite file."""
        return self.db_url or self.db_path

    @property
    def discord_enabled(self) -> bool:
        return bool(self.discord_token)

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token)

    @property
    def chat_enabled(self) -> bool:
        return self.discord_enabled or self.slack_enabled


# Field name -> how to read it. Kept beside Settings so `doctor` and `.env.example` can list them.
SETTINGS: dict[str, Setting] = {
    "db_path": Setting("POLLWATCH_DB", Path, doc="SQLite database file, or postgresql://… (shared store)"),
    # Read from the same variable: a postgresql:// value lands here instead of in db_path.
    "db_url": Setting("POLLWATCH_DB", str, doc="PostgreSQL URL (from POLLWATCH_DB)"),
    "log_level": Setting("POLLWATCH_LOG_LEVEL", str.upper, doc="DEBUG, INFO, WARNING or ERROR"),
    "log_format": Setting("POLLWATCH_LOG_FORMAT", parse_log_format, doc="text, or json (one object a line)"),
    "http_addr": Setting(
        "POLLWATCH_HTTP_ADDR",
        parse_http_addr,
        doc="[host:]port for /healthz, /readyz, /metrics (off when unset; host 127.0.0.1 by default)",
    ),
    "ready_max_delivery_age": Setting(
        "POLLWATCH_READY_MAX_DELIVERY_AGE",
        parse_duration,
        doc="/readyz fails when a due delivery has waited longer than this",
    ),
    "check_interval": Setting("POLLWATCH_CHECK_INTERVAL", parse_duration, doc="how often a feed is checked"),
    "min_check_interval": Setting(
        "POLLWATCH_MIN_CHECK_INTERVAL", parse_duration, doc="never check a feed more often than this"
    ),
    "max_backoff": Setting("POLLWATCH_MAX_BACKOFF", parse_duration, doc="longest wait after failures"),
    "fetch_timeout": Setting("POLLWATCH_FETCH_TIMEOUT", parse_duration, doc="whole-request timeout"),
    "connect_timeout": Setting("POLLWATCH_CONNECT_TIMEOUT", parse_duration, doc="connect timeout"),
    "max_feed_bytes": Setting("POLLWATCH_MAX_FEED_BYTES", parse_positive_int, doc="size cap after gzip"),
    "max_redirects": Setting("POLLWATCH_MAX_REDIRECTS", parse_positive_int, doc="redirects followed"),
    "fetch_concurrency": Setting("POLLWATCH_FETCH_CONCURRENCY", parse_positive_int, doc="feeds at once"),
    "parse_workers": Setting(
        "POLLWATCH_PARSE_WORKERS", parse_positive_int, doc="processes parsing feeds (0: a thread)"
    ),
    "backfill": Setting("POLLWATCH_BACKFILL", parse_positive_int, doc="old posts delivered on adding a feed"),
    "summary_chars": Setting("POLLWATCH_SUMMARY_CHARS", parse_positive_int, doc="summary length cap"),
    "delivery_max_attempts": Setting(
        "POLLWATCH_DELIVERY_MAX_ATTEMPTS", parse_positive_int, doc="tries before a delivery is failed"
    ),
    "max_posts_per_hour": Setting(
        "POLLWATCH_MAX_POSTS_PER_HOUR", parse_positive_int, doc="messages a channel gets an hour (0: no cap)"
    ),
    "max_feeds_per_channel": Setting(
        "POLLWATCH_MAX_FEEDS_PER_CHANNEL", parse_positive_int, doc="feeds one channel may follow"
    ),
    "pause_after_failures": Setting(
        "POLLWATCH_PAUSE_AFTER_FAILURES", parse_positive_int, doc="failures in a row before a feed is paused"
    ),
    "full_text_min_chars": Setting(
        "POLLWATCH_FULL_TEXT_MIN_CHARS", parse_positive_int, doc="shorter entries count as teasers"
    ),
    "full_text": Setting(
        "POLLWATCH_FULL_TEXT", str.lower, doc="read linked pages of new feeds: auto (teasers), always, never"
    ),
    "allow_private_feeds": Setting(
        "POLLWATCH_ALLOW_PRIVATE_FEEDS", parse_bool, doc="allow feeds on private/loopback addresses"
    ),
    "demo_feed": Setting("POLLWATCH_DEMO_FEED", str, doc="feed shown on the console without chat tokens"),
    "contact_url": Setting("POLLWATCH_CONTACT_URL", str, doc="contact URL in the User-Agent"),
    "discord_token": Setting("DISCORD_TOKEN", str, secret=True, doc="Discord bot token"),
    "discord_guild_ids": Setting("DISCORD_GUILD_IDS", parse_id_list, doc="guilds to sync commands to"),
    "discord_api_base": Setting(
        "DISCORD_API_BASE", str, doc="Discord REST base URL override (default https://discord.com/api/v10)"
    ),
    "discord_gateway_url": Setting(
        "DISCORD_GATEWAY_URL", str, doc="Discord gateway URL override (default wss://gateway.discord.gg/)"
    ),
    "discord_admin_role_ids": Setting(
        "POLLWATCH_DISCORD_ADMIN_ROLE_IDS", parse_id_list, doc="Discord role ids that may administer feeds"
    ),
    "discord_moderator_role_ids": Setting(
        "POLLWATCH_DISCORD_MODERATOR_ROLE_IDS",
        parse_id_list,
        doc="Discord role ids that may run reader polls",
    ),
    "discord_notice_channel_id": Setting(
        "POLLWATCH_DISCORD_NOTICE_CHANNEL_ID",
        str,
        doc="Discord channel for admin notices (default: system channel)",
    ),
    "discord_digest_threads": Setting(
        "POLLWATCH_DISCORD_DIGEST_THREADS",
        parse_bool,
        doc="open a discussion thread under each Discord digest",
    ),
    "slack_bot_token": Setting("SLACK_BOT_TOKEN", str, secret=True, doc="Slack bot token (xoxb-)"),
    "slack_app_token": Setting("SLACK_APP_TOKEN", str, secret=True, doc="Slack app token for Socket Mode"),
    "slack_signing_secret": Setting("SLACK_SIGNING_SECRET", str, secret=True, doc="Slack signing secret"),
    "slack_api_url": Setting("SLACK_API_URL", str, doc="Slack Web API base URL override"),
    "slack_host": Setting("POLLWATCH_SLACK_HOST", str, doc="HTTP-mode listen host"),
    "slack_port": Setting("POLLWATCH_SLACK_PORT", parse_positive_int, doc="HTTP-mode listen port"),
    "slack_admin_ids": Setting(
        "POLLWATCH_SLACK_ADMIN_IDS",
        parse_id_list,
        doc="Slack user ids that administer feeds (besides workspace admins)",
    ),
    "slack_moderator_ids": Setting(
        "POLLWATCH_SLACK_MODERATOR_IDS", parse_id_list, doc="Slack user ids that may run reader polls"
    ),
    "slack_moderator_group": Setting(
        "POLLWATCH_SLACK_MODERATOR_GROUP",
        str,
        doc="Slack user group id (S…) whose members may run reader polls",
    ),
    "poll_duration": Setting(
        "POLLWATCH_POLL_DURATION", parse_duration, doc="how long a reader poll runs unless the moderator says"
    ),
    "chart_dir": Setting("POLLWATCH_CHART_DIR", Path, doc="where poll result charts (PNG) are written"),
    "voter_salt": Setting(
        "POLLWATCH_VOTER_SALT",
        str,
        secret=True,
        doc="salt for hashing voter ids; unset = one generated and kept in the database",
    ),
}


def _merged_environment(environ: Mapping[str, str] | None, env_file: Path | None) -> dict[str, str]:
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    return values


def load_settings(environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")) -> Settings:
    """Read settings from ``env_file`` overridden by ``environ`` (default: the process environment).

    Empty values count as unset, so a copied `.env.example` with blank tokens works.
    """
    env = _merged_environment(environ, env_file)
    kwargs: dict[str, Any] = {"db_path": DATA_DIR / "pollwatch.db"}
    for name, setting in SETTINGS.items():
        raw = env.get(setting.env)
        if raw is None or (raw.strip() == "" and name != "demo_feed"):
            continue
        if name in ("db_path", "db_url") and is_postgres_url(raw.strip()) != (name == "db_url"):
            continue
        try:
            kwargs[name] = setting.parse(raw)
        except ValueError as exc:
            raise ConfigError(f"{setting.env}: {exc}") from None
    settings = Settings(**kwargs)
    _validate(settings)
    return settings


def _validate(settings: Settings) -> None:
    if settings.log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"POLLWATCH_LOG_LEVEL: {settings.log_level!r} is not a log level")
    if settings.full_text not in {"auto", "always", "never"}:
        raise ConfigError(f"POLLWATCH_FULL_TEXT: {settings.full_text!r} is not auto, always or never")
    if settings.fetch_concurrency < 1:
        raise ConfigError("POLLWATCH_FETCH_CONCURRENCY: must be at least 1")
    if settings.check_interval < settings.min_check_interval:
        raise ConfigError(
            "POLLWATCH_CHECK_INTERVAL: must not be shorter than POLLWATCH_MIN_CHECK_INTERVAL "
            f"({settings.min_check_interval:g} s)"
        )
    if not 60 <= settings.poll_duration <= 7 * 86400:
        raise ConfigError("POLLWATCH_POLL_DURATION: a poll runs from 1 minute (60) to 7 days (7d)")
    for name in ("fetch_timeout", "connect_timeout", "max_backoff"):
        if getattr(settings, name) <= 0:
            raise ConfigError(f"{SETTINGS[name].env}: must be more than zero")


def mask(value: str) -> str:
    """Show enough of a secret to recognise it, never enough to use it."""
    return "set (hidden)" if len(value) < 12 else f"{value[:4]}…{value[-2:]} (hidden)"


def describe(settings: Settings) -> list[tuple[str, str]]:
    """(variable, shown value) for every setting, secrets masked."""
    rows = []
    for item in fields(settings):
        setting = SETTINGS[item.name]
        value = getattr(settings, item.name)
        if item.name == "db_path" and settings.db_url:
            continue
        if item.name == "db_url":
            if settings.db_url:
                rows.append((setting.env, hide_password(settings.db_url)))
            continue
        if value is None or value == ():
            shown = "(not set)"
        elif setting.secret:
            shown = mask(str(value))
        elif isinstance(value, tuple):
            shown = ",".join(value)
        elif setting.parse is parse_duration:
            shown = format_duration(value)
        else:
            shown = str(value)
        rows.append((setting.env, shown))
    return rows


def is_local_url(url: str | None) -> bool:
    """True when ``url`` names a loopback or private host (``localhost``, 127.0.0.1, 10.x, ``*.local``…)."""
    import ipaddress
    from urllib.parse import urlsplit

    from bot.fetch.addresses import is_public

    host = urlsplit(url).hostname if url else None
    if not host:
        return False
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal", ".lan")):
        return True
    try:
        return not is_public(ipaddress.ip_address(host))
    except ValueError:
        return False


DISCORD_API_DEFAULT = "https://discord.com/api/v10"
DISCORD_GATEWAY_DEFAULT = "wss://gateway.discord.gg/"


def platform_warnings(settings: Settings) -> list[str]:
    """Set-ups that run but are likely a mistake, in words an operator can act on."""
    warnings: list[str] = []
    api = ("DISCORD_API_BASE", settings.discord_api_base or DISCORD_API_DEFAULT)
    gateway = ("DISCORD_GATEWAY_URL", settings.discord_gateway_url or DISCORD_GATEWAY_DEFAULT)
    local = [item for item in (api, gateway) if is_local_url(item[1])]
    if len(local) == 1:
        (near_name, near), (far_name, far) = local[0], next(i for i in (api, gateway) if i is not local[0])
        warnings.append(
            f"Discord: {near_name} points at a local or private address ({near}) but {far_name} at {far}: "
            "the bot token would go to both. Point both at the stand-in or proxy, or neither."
        )
    return warnings


def platform_problems(settings: Settings) -> list[str]:
    """What each configured platform still needs, in words an operator can act on."""
    problems: list[str] = []
    if settings.slack_enabled and not (settings.slack_app_token or settings.slack_signing_secret):
        problems.append(
            "Slack: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) "
            "nor SLACK_SIGNING_SECRET (HTTP mode) is"
        )
    if (settings.slack_app_token or settings.slack_signing_secret) and not settings.slack_bot_token:
        problems.append(
            "Slack: SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing"
        )
    if settings.slack_app_token and not settings.slack_app_token.startswith("xapp-"):
        problems.append("Slack: SLACK_APP_TOKEN should start with xapp-")
    if settings.slack_bot_token and not settings.slack_bot_token.startswith("xoxb-"):
        problems.append("Slack: SLACK_BOT_TOKEN should start with xoxb-")
    if settings.discord_guild_ids and not settings.discord_token:
        problems.append("Discord: DISCORD_GUILD_IDS is set but DISCORD_TOKEN is missing")
    return problems
