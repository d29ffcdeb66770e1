"""Shared fixtures for the extractor tests."""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor, default_extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return default_extractor()
