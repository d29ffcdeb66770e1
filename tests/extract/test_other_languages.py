"""A post not in English keeps its figures and their words, and no English label (other_languages.py,
neutral_figures.py). The passages are the project's own (tests/reading/data/languages.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.reading.extract import Extractor, default_extractor, extraction_to_json
from bot.reading.extract.neutral_figures import find_shares
from bot.reading.extract.other_languages import quote_around
from bot.reading.extract.weighed import WeighedExtractor
from bot.storage.codec import dump_extraction, load_extraction

DATA = Path(__file__).resolve().parents[1] / "reading" / "data" / "languages.jsonl"
PASSAGES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
OTHER = [p for p in PASSAGES if p["language"] != "en"]
ENGLISH = [p for p in PASSAGES if p["language"] == "en"]


@pytest.mark.parametrize("passage", OTHER, ids=[p["id"] for p in OTHER])
def test_another_language_keeps_figures_and_no_label(extractor: Extractor, passage: dict[str, str]) -> None:
    text = passage["text"]
    result = extractor.extract(text)
    assert result.language == passage["language"]
    assert result.figures, "the shares every language writes alike are read"
    for f in result.figures:
        assert (f.question, f.answer, f.population) == ("", "", ""), f
        assert (
            text[f.start : f.end].replace(",", ".").startswith(f"{f.value:g}") or not text[f.start].isdigit()
        )
    for g in result.groups:
        assert (g.question, g.population) == ("", "")
        words = g.quote.strip("…")
        assert words and words in " ".join(text.split()), "a group's quote is the post's own words"


def test_values_read_in_german_include_a_share_written_as_a_word(extractor: Extractor) -> None:
    de1 = next(p for p in OTHER if p["id"] == "de1")
    assert [f.value for f in extractor.extract(de1["text"]).figures] == [31, 36, 27, 16, 11]


@pytest.mark.parametrize("passage", ENGLISH, ids=[p["id"] for p in ENGLISH])
def test_english_text_is_read_exactly_as_before(extractor: Extractor, passage: dict[str, str]) -> None:
    """English posts that quote foreign words, name places abroad, or are a bare table line: unchanged."""
    gated = extractor.extract(passage["text"])
    assert gated.language == "en"
    assert gated == WeighedExtractor().extract(passage["text"])


def test_the_json_carries_the_language(extractor: Extractor) -> None:
    assert extraction_to_json(extractor.extract(OTHER[0]["text"]))["language"] == "de"
    assert extraction_to_json(extractor.extract(ENGLISH[0]["text"]))["language"] == "en"


def test_the_stored_copy_keeps_the_language_and_old_copies_are_english(extractor: Extractor) -> None:
    result = extractor.extract(OTHER[1]["text"])
    assert load_extraction(dump_extraction(result)) == result
    old = json.loads(dump_extraction(result))
    del old["language"]
    assert load_extraction(json.dumps(old)).language == "en"


def test_explain_shows_the_kept_extraction(extractor: Extractor) -> None:
    text = OTHER[0]["text"]
    explained = default_extractor().explain(text)
    assert explained.extraction == extractor.extract(text)
    assert len(explained.provenance) == len(explained.extraction.figures)


def test_shares_need_a_poll_word_and_skip_ranges() -> None:
    economy = "La inflación subió al 4,2% en marzo, y el desempleo bajó al 7% según el instituto."
    assert find_shares(economy, "es") == []
    ranged = "D'après ce sondage, elle aurait entre 30 et 33% au premier tour, ou de 18 à 21% selon les cas, et 31% ici."
    assert [s.value for s in find_shares(ranged, "fr")] == [31]
    split = "Laut Umfrage liegt sie bei den Jüngeren vorn (62/38), am 12/03 befragt; die Hürde liegt bei fünf Prozent."
    assert [(s.value, s.pair is not None) for s in find_shares(split, "de")] == [
        (62, True),
        (38, True),
        (5, False),
    ]


def test_a_quote_is_cut_at_words_and_marked_where_cut() -> None:
    text = "First sentence here. " + "word " * 40 + "with 47% of the vote " + "more " * 30
    start = text.index("47")
    quote = quote_around(text, start, start + 2)
    assert quote.startswith("…") and quote.endswith("…") and "47% of the vote" in quote
    assert quote_around("Solo 31% aprueba.", 5, 7) == "Solo 31% aprueba."
