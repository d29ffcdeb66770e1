"""The layers keep to their side: the core never imports an adapter, and adapters reach storage only
through the core's operations (never ``bot.storage``, never ``core.storage``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def storage_uses(tree: ast.AST) -> list[int]:
    """Lines that touch an attribute named ``storage`` (``core.storage``, ``self.core.storage``, …)."""
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "storage"]


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_adapters_never_import_storage() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in sources("adapters")
        for line, name in imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        if name == "bot.storage" or name.startswith("bot.storage.")
    ]
    assert not offending, "adapters import storage:\n" + "\n".join(offending)


def test_adapters_never_reach_into_the_cores_storage() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sources("adapters")
        for line in storage_uses(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not offending, "adapters use .storage:\n" + "\n".join(offending)


# The command line is the program's entry point: it hands `run` to the composition root (adapters.runtime)
# and asks Slack's doctor; nothing else in bot/ may name an adapter.
ENTRY_POINTS = {ROOT / "bot" / "cli.py"}


def test_the_core_never_imports_an_adapter() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in sources("bot")
        if path not in ENTRY_POINTS
        for line, name in imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        if name == "adapters" or name.startswith("adapters.")
    ]
    assert not offending, "the core imports adapters:\n" + "\n".join(offending)


def test_the_checks_see_an_offence() -> None:
    """The walkers find what they look for (so the tests above can fail)."""
    tree = ast.parse("from bot.storage.polls import X\nimport bot.storage\ncore.storage.polls.due(1)\n")
    assert [n for _, n in imported_modules(tree)][:1] == ["bot.storage.polls"]
    assert ("bot.storage" in [n for _, n in imported_modules(tree)]) and storage_uses(tree) == [3]
