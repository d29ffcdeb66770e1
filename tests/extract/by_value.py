"""Small readers of an extraction for the label tests: each figure's labels, keyed by its value."""

from __future__ import annotations

from bot.reading.extract import Extractor, default_extractor


def answers_by_value(text: str) -> dict[float, str]:
    """Each figure's answer, as the default extractor labels it."""
    return {f.value: f.answer for f in default_extractor().extract(text).figures}


def questions_by_value(text: str) -> dict[float, str]:
    """Each figure's question, as the default extractor labels it."""
    return {f.value: f.question for f in default_extractor().extract(text).figures}


def labels_by_value(extractor: Extractor, text: str) -> dict[float, tuple[str, str]]:
    """Each figure's (population, answer), lower-cased (the scorer reads labels without case)."""
    return {f.value: (f.population.lower(), f.answer.lower()) for f in extractor.extract(text).figures}


def group_values(extractor: Extractor, text: str) -> list[list[float]]:
    """The values of each group, groups in the order of their first figure."""
    out: dict[str, list[float]] = {}
    for f in extractor.extract(text).figures:
        out.setdefault(f.group, []).append(f.value)
    return list(out.values())
