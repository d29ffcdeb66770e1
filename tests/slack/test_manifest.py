"""The shipped manifest declares what the app uses (read as text: no YAML parser is a dependency)."""

from __future__ import annotations

import re
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[2] / "slack" / "manifest.yml"


def test_manifest_declares_the_command_scopes_and_interactivity() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert re.search(r"^\s*- command: /pollwatch$", text, re.M)
    scopes = set(re.findall(r"^\s+- ([a-z.:]+)\s+#", text, re.M))
    assert {"chat:write", "commands", "users:read", "usergroups:read", "files:write", "im:write"} <= scopes
    # Without these the outbox can't tell whether a message interrupted by a crash went out (duplicates).
    assert {"channels:history", "groups:history"} <= scopes
    assert re.search(r"interactivity:\n\s+is_enabled: true", text)
    assert re.search(r"^\s+socket_mode_enabled: true$", text, re.M)


def test_manifest_asks_only_for_scopes_in_use_and_opens_the_messages_tab() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    scopes = set(re.findall(r"^\s+- ([a-z.:]+)\s+#", text, re.M))
    assert "channels:read" not in scopes  # nothing calls conversations.info or conversations.list
    # Export files and admin notices arrive in the app's DM, which Slack shows only with the tab on.
    assert re.search(r"app_home:\n(\s+#.*\n)?\s+messages_tab_enabled: true", text)


def test_the_stand_in_grants_what_the_manifest_asks_for() -> None:
    from tests.slack.standin import SCOPES

    text = MANIFEST.read_text(encoding="utf-8")
    assert set(re.findall(r"^\s+- ([a-z.:]+)\s+#", text, re.M)) == set(SCOPES)
