"""Which language a post is in (bot.reading.language), on the project's own short passages.

The passages in tests/reading/data/languages.jsonl are written for the project (invented figures): ten in
other languages (two of them short), and five English ones that quote foreign words, name places abroad or are a
bare table line: those must read as English, so the extractor's output on them is unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.reading.language import ENGLISH, detect, name_of, word_counts

PASSAGES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "languages.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_each_passage_reads_as_its_language(passage: dict[str, str]) -> None:
    assert detect(passage["text"]).code == passage["language"]


def test_the_set_holds_english_and_other_languages() -> None:
    codes = {p["language"] for p in PASSAGES}
    assert ENGLISH in codes and len(codes - {ENGLISH}) >= 8


def test_a_moderator_reads_the_language_by_its_english_name() -> None:
    assert [name_of(c) for c in ("de", "fr", "es", "ru", "en")] == [
        "German",
        "French",
        "Spanish",
        "Russian",
        "English",
    ]
    assert name_of("xx") == "another language"


def test_text_with_no_words_or_few_is_english() -> None:
    """No sign of another language: the extractor reads it as it always has."""
    for text in ("", "44% | 38% | 12%", "Morena 45% PAN 21%", "Sí 52% No 48%", "la de el"):
        assert detect(text).is_english, text


def test_an_english_post_with_a_foreign_quote_stays_english() -> None:
    text = (
        "Asked whether the country is heading in the right direction, 41% said yes. The party's campaign "
        'slogan, "pour une France qui ose, pour une France qui gagne", was known to 63% of those polled.'
    )
    counts = word_counts(text)
    assert counts.best == "fr" and counts.english > counts.best_count
    assert detect(text).is_english


def test_scripts_name_their_language() -> None:
    assert detect("Опитування показує, що 40% громадян підтримують уряд.").code == "uk"
    assert detect("世論調査によると、内閣支持率は35%に下がった。").code == "ja"
    assert detect("여론조사에 따르면 지지율은 41%였다.").code == "ko"
    assert detect("Согласно опросу, 40% граждан выступают за реформу.").code == "ru"  # ы: Russian alone
    unsure = detect("Согласно опросу, 40% поддерживают.")  # no letter only one Cyrillic language writes
    assert (unsure.code, unsure.name) == ("und", "a language in Cyrillic script")
