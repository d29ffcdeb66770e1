"""close_match answers exactly as difflib.get_close_matches(n=1) does."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.extract.fuzzy import close_match
from bot.reading.extract.labels import _FUZZY_TARGETS, _LEMMA_WORDS

WORDS = st.text(alphabet="aeinorstvdglpu -", max_size=20)


@settings(max_examples=400, deadline=None)
@given(WORDS, st.sampled_from([0.6, 0.8, 0.88]))
def test_close_match_agrees_with_difflib(word: str, cutoff: float) -> None:
    for words in (_FUZZY_TARGETS, _LEMMA_WORDS, ("ab", "ba", "abc", "")):
        want = difflib.get_close_matches(word, words, n=1, cutoff=cutoff)
        assert close_match(word, words, cutoff) == (want[0] if want else None)


def test_the_seed_typo_is_still_read() -> None:
    assert close_match("regifted voters", _FUZZY_TARGETS, 0.8) == "registered voters"
