"""Test data for the Discord tests: the same Taliban post and fixed extractor as the poll-service tests."""

from __future__ import annotations

from tests.polls.poll_support import (
    ANSWERS,
    POST_TEXT,
    QUESTION,
    TALIBAN,
    FixedExtractor,
    serve_taliban_feed,
)

__all__ = ["ANSWERS", "POST_TEXT", "QUESTION", "TALIBAN", "FixedExtractor", "serve_taliban_feed"]
