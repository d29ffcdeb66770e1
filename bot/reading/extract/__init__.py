"""Poll-figure extraction: which numbers in a text are opinion-poll results, of what question and whom.

The interface is one method, ``Extractor.extract(text) -> Extraction``; the rule-based extractor is the
default (fast, offline, explainable). Another implementation (e.g. an LLM-backed one) can be dropped in
behind the same protocol.
"""

from __future__ import annotations

from typing import Protocol

from bot.models import Extraction


class Extractor(Protocol):
    """Finds the poll figures quoted in a plain text."""

    def extract(self, text: str) -> Extraction: ...
