"""Settings: .env loading, environment overrides, errors that name the variable, masked secrets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.cli import cmd_doctor
from bot.config import ConfigError, describe, load_settings, parse_duration


def test_defaults_need_no_env_file(tmp_path: Path) -> None:
    settings = load_settings({}, tmp_path / "missing.env")
    assert settings.db_path.name == "pollwatch.db"
    assert settings.check_interval == 900
    assert not settings.chat_enabled


def test_env_file_is_read_and_real_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("POLLWATCH_CHECK_INTERVAL=30m\nPOLLWATCH_BACKFILL=3\n")
    settings = load_settings({"POLLWATCH_BACKFILL": "5"}, env_file)
    assert settings.check_interval == 1800
    assert settings.backfill == 5


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("POLLWATCH_CHECK_INTERVAL", "often"),
        ("POLLWATCH_BACKFILL", "-2"),
        ("POLLWATCH_ALLOW_PRIVATE_FEEDS", "maybe"),
        ("POLLWATCH_MAX_FEED_BYTES", "lots"),
        ("POLLWATCH_LOG_LEVEL", "LOUD"),
    ],
)
def test_bad_values_name_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings({variable: value}, None)


def test_interval_below_the_floor_is_refused() -> None:
    with pytest.raises(ConfigError, match="POLLWATCH_CHECK_INTERVAL"):
        load_settings({"POLLWATCH_CHECK_INTERVAL": "60"}, None)


@pytest.mark.parametrize(
    ("raw", "seconds"), [("90", 90), ("90s", 90), ("15m", 900), ("1.5h", 5400), ("7d", 604800)]
)
def test_durations(raw: str, seconds: float) -> None:
    assert parse_duration(raw) == seconds


def test_doctor_masks_secrets_and_names_what_is_missing() -> None:
    secret = "xoxb-1234567890-abcdefghijkl"
    settings = load_settings({"SLACK_BOT_TOKEN": secret, "DISCORD_TOKEN": "MTIz.secret.value"}, None)
    out = io.StringIO()
    code = cmd_doctor(None, settings, out)  # type: ignore[arg-type]
    text = out.getvalue()
    assert secret not in text and "MTIz.secret.value" not in text
    assert "SLACK_APP_TOKEN" in text and "SLACK_SIGNING_SECRET" in text
    assert code == 1
    shown = dict(describe(settings))
    assert shown["SLACK_BOT_TOKEN"].endswith("(hidden)")


def test_env_example_documents_every_setting_and_loads() -> None:
    from bot.config import PROJECT_ROOT, SETTINGS

    example = PROJECT_ROOT / ".env.example"
    text = example.read_text()
    for setting in SETTINGS.values():
        assert setting.env in text, f"{setting.env} is missing from .env.example"
    settings = load_settings({}, example)  # the example as shipped is a valid configuration
    assert not settings.chat_enabled
