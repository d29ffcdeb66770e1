"""The README tells an operator what they need, and the Discord invite asks for what native polls need."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent.parent / "README.md"
SEND_POLLS = 1 << 49


def _operator_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Running it as a service")
    return text[start : text.index("\n## ", start + 1)]


def test_the_operator_section_covers_endpoint_metrics_logs_backups_and_upgrades() -> None:
    section = _operator_section()
    for needed in (
        "POLLWATCH_HTTP_ADDR",
        "/healthz",
        "/readyz",
        "/metrics",
        "POLLWATCH_LOG_FORMAT=json",
        "pollwatch backup",
        "restore",
        "pg_dump",
        "**Upgrades.**",
        "deploy/pollwatch.service",
    ):
        assert needed in section, needed


def test_every_metric_the_readme_names_exists() -> None:
    from prometheus_client import CollectorRegistry

    from bot.ops.metrics import Metrics

    registry = CollectorRegistry()
    Metrics(registry)
    exported = set()
    for family in registry.collect():
        exported.add(family.name)
        exported |= {sample.name for sample in family.samples}
    section = _operator_section()
    table = section[section.index("**Metrics**") : section.index("Worth an alert")]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    named = {name for row in rows for name in re.findall(r"`([a-z_]+)", row)}
    assert len(named) > 15
    missing = {n for n in named if f"pollwatch_{n.removesuffix('_total')}" not in exported}
    assert not missing


def test_the_discord_invite_asks_for_send_polls() -> None:
    [permissions] = re.findall(r"discord\.com/oauth2/authorize\?[^\s]*permissions=(\d+)", README.read_text())
    value = int(permissions)
    assert value & SEND_POLLS
    for bit in (10, 11, 14, 15, 16, 35, 38):  # view, send, embed, attach, history, threads
        assert value & (1 << bit)
