"""Satisfaction with the way things are going in the country asks the standard question
(national_satisfaction.py). Passages written for these tests, with invented figures."""

from __future__ import annotations

from bot.reading.extract import national_satisfaction
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


_MOOD = (
    "Harrow Poll: A Gloomy Public\n\nThe 21% of Americans who are satisfied with the state of the nation is well "
    "below the long-run average of 37%. At present 38% of Democrats, 15% of independents and 6% of Republicans "
    "are satisfied."
)


def test_short_clauses_take_the_passage_question() -> None:
    got = _questions(_MOOD)
    asked = {got[v] for v in (21, 38, 15, 6) if v in got}
    assert asked == {national_satisfaction.STANDARD}


def test_a_leader_sentence_is_left_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = _MOOD + " Just 44% are satisfied with the job the president is doing."
    got = _questions(text)
    monkeypatch.setattr(national_satisfaction, "NATIONAL_SATISFACTION", False)
    assert got.get(44) == _questions(text).get(44)


def test_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(national_satisfaction, "NATIONAL_SATISFACTION", False)
    got = _questions(_MOOD)
    assert got.get(38, "") != national_satisfaction.STANDARD
