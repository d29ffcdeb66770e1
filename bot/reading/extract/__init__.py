"""Poll-figure extraction: which numbers in a text are opinion-poll results, of what question and whom.

The interface is one method, ``Extractor.extract(text) -> Extraction``; the rule-based extractor is the
default (fast, offline, explainable). Another implementation (e.g. an LLM-backed one) can be dropped in
behind the same protocol.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Protocol

from bot.models import Extraction, Figure

if TYPE_CHECKING:
    from bot.reading.extract.other_languages import LanguageAwareExtractor


class Extractor(Protocol):
    """Finds the poll figures quoted in a plain text."""

    def extract(self, text: str) -> Extraction: ...


def default_extractor() -> LanguageAwareExtractor:
    """The weighed extractor (cues from a rule table, weighed by weights fitted on real passages) behind the
    language check: a text not in English keeps its figures and quotes, never English labels around its words."""
    from bot.reading.extract.other_languages import LanguageAwareExtractor

    return LanguageAwareExtractor()


def figure_to_json(figure: Figure) -> dict[str, Any]:
    return {
        "value": figure.value,
        "start": figure.start,
        "end": figure.end,
        "group": figure.group,
        "question": figure.question,
        "answer": figure.answer,
        "population": figure.population,
        "pollster": figure.pollster,
        "when": figure.when,
    }


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    """Plain JSON-able form: figures (text order), groups (with figure indexes) and poll metadata."""
    index = {id(f): i for i, f in enumerate(extraction.figures)}
    return {
        "figures": [figure_to_json(f) for f in extraction.figures],
        "groups": [
            {
                "id": g.id,
                "question": g.question,
                "population": g.population,
                "pollster": g.pollster,
                "quote": g.quote,
                "when": g.when,
                "figures": [index[id(f)] for f in g.figures if id(f) in index],
                "values": [f.value for f in g.figures],
            }
            for g in extraction.groups
        ],
        "meta": asdict(extraction.meta),
        "language": extraction.language,
    }
