"""Shared fixtures for the extractor tests."""

from __future__ import annotations

import pytest

from bot.reading.extract.rules import RuleExtractor


@pytest.fixture(scope="session")
def extractor() -> RuleExtractor:
    return RuleExtractor()
