"""Logging set-up: text for people, or one JSON object a line for log collectors; secrets never written.

JSON lines carry ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``, and any context fields the
call passed with ``extra=`` (``feed_id``, ``feed``, ``channel``, ``platform``, ``delivery_id``, ``poll_id``,
``event``, …), plus ``exception`` with the traceback when there is one.

Every configured secret (tokens, the signing secret, the voter salt) is replaced by ``[redacted]`` in
whatever is written, in both formats, whichever library logged it; so are Slack and Discord token shapes.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from bot.config import SETTINGS, Settings

REDACTED = "[redacted]"
# Shapes of platform credentials, caught even when they are not the configured ones.
_TOKEN_SHAPES = re.compile(
    r"xox[abposr]-[A-Za-z0-9-]{8,}"  # Slack bot/user/… tokens
    r"|xapp-[A-Za-z0-9-]{8,}"  # Slack app-level tokens
    r"|\b[A-Za-z\d_-]{24,28}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38}\b"  # Discord bot tokens
)
# The attributes every LogRecord has; anything else was passed with ``extra=`` and is context.
# Context the text format shows too (the JSON format shows every field).
_TEXT_CONTEXT = ("feed_id", "platform", "channel", "delivery_id", "poll_id")
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


def secrets_of(settings: Settings) -> list[str]:
    values = [getattr(settings, name) for name, setting in SETTINGS.items() if setting.secret]
    return [v for v in values if isinstance(v, str) and len(v) >= 4]


class Redactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        words = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._exact = re.compile("|".join(re.escape(w) for w in words)) if words else None

    def __call__(self, text: str) -> str:
        if self._exact is not None:
            text = self._exact.sub(REDACTED, text)
        return _TOKEN_SHAPES.sub(REDACTED, text)


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self._redact(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = (
                    value if isinstance(value, int | float | bool | None) else self._redact(str(value))
                )
        if record.exc_info:
            entry["exception"] = self._redact(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = self._redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """The classic line, with context fields appended as ``key=value`` and secrets removed."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        context = [f"{key}={getattr(record, key)}" for key in _TEXT_CONTEXT if hasattr(record, key)]
        if context:
            first, _, rest = text.partition("\n")
            text = f"{first} [{' '.join(context)}]" + (f"\n{rest}" if rest else "")
        return self._redact(text)


def configure_logging(
    level: str, fmt: str = "text", secrets: Iterable[str] = (), stream: TextIO | None = None
) -> logging.Handler:
    """Send every log record to ``stream`` (stderr) in ``fmt`` ("text" or "json"); returns the handler."""
    redact = Redactor(secrets)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(redact) if fmt == "json" else TextFormatter(redact))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_pollwatch", False)]:
        root.removeHandler(old)
    handler._pollwatch = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def configure_from_settings(settings: Settings, level: str | None = None) -> logging.Handler:
    return configure_logging(level or settings.log_level, settings.log_format, secrets_of(settings))
