"""The words the thirteenth round's reading-speed gates rely on are needed by their patterns: every match
of a measure's sentence pattern contains one of its words (measure_words.SAYS_WORDS), so a sentence
without any of them can skip that pattern in all its clauses."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.reading.extract.measure_words import MEASURES, SAYS_WORDS
from bot.reading.extract.scan import NeededWords, folded

MEASURE_PIECES = st.sampled_from(
    [
        "two-party preferred",
        "Two Party-Preferred",
        "2PP",
        "tpp",
        "after the distribution of preferences",
        "after preferences",
        "primary vote",
        "PRIMARY votes",
        "vote",
        "Votes",
        "voting",
        "ballot",
        "intentions",
        "preferred vote",
        "approve",
        "disapproval",
        "satisfied",
        "Dissatisfaction",
        "favourable",
        "unfavorable",
        "positive view",
        "negative feelings",
        "viewed positively",
        "viewed negatively",
        "best prime minister",
        "better PM",
        "preferred premier",
        "most important issue",
        "top economic concerns",
        "key priorities",
        "biggest problem",
        "right direction",
        "wrong track",
        "the",
        "Labor",
        "42%",
        ",",
        ".",
        " ",
        "\n",
        "ſ",
        "K",
        "İ",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(MEASURE_PIECES, max_size=10).map(" ".join))
@example("Two-party preferred: Labor 52")
@example("viewed negatively by 40%")
def test_every_measure_match_holds_one_of_its_words(text: str) -> None:
    possible = NeededWords(SAYS_WORDS).possible(text)
    low = folded(text)
    for name, says, _ in MEASURES:
        m = says.search(text)
        if m is None:
            continue
        assert name in possible
        if low is not None:
            assert any(w in low[m.start() : m.end()] for w in SAYS_WORDS[name])
