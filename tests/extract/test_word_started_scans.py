"""Whole-passage scans tried only where their words are written say what the plain patterns said, and the
shared walk back of earlier_states gives what walking back from each sentence gave (v25: same output,
fewer instructions)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.extract import earlier_states, populations, questions, rated_people, sentences
from bot.reading.extract.scan import finder_starts, finditer_at, folded, word_starts

PIECES = st.sampled_from(
    [" ", "\t", "\n", ".", "-", "_", "x", "a", "A", "Tb", "in", "in ", "in-", "out", "of", "out of ",
     "out-of ", "10", "100", "ten", "often ", "five", "four", "three", "No.", "Yes.", "no.", "yes.", "Yes",
     "dis", "un", "satisfied", "satisfaction", "approve", "approval", "Disapproves", "preferred", "better",
     "prime minister", "PM", "favorable", "FAVOURABILITY", "rating", "ratings", "popular", "positively",
     "negatively", "voters", "Americans", "Britons", "é", "İ", "Senate", "Senatorial", "state", "GOP", "House"]
)  # fmt: skip


def _plain_universe(text: str) -> str:
    """populations.universe as written before (plain \\b searches)."""
    written = [w for w in populations._DEMONYMS if w in text and re.search(rf"\b{w}\b", text)]
    if len(written) > 1:
        people = populations.pollster_people(text) or populations.country_people(text)
        if people in written:
            return people
    if written:
        return written[0]
    if "voters" in text and re.search(r"\bvoters\b", text):
        return "voters"
    return populations.country_people(text) or "respondents"


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_word_started_scans_answer_as_the_plain_patterns(text: str) -> None:
    low = text.lower()
    assert populations._ratio_in_starts(low) == list(finder_starts(populations._RATIO_IN, low))
    ends = [
        m.end() for m in finditer_at(sentences._ANSWER_END, text, word_starts(text, sentences._ANSWER_WORDS))
    ]
    assert ends == [m.end() for m in sentences._ANSWER_END.finditer(text)]
    a = SimpleNamespace(text=text, folded=folded(text))
    assert rated_people._rated_passage(a) == (rated_people._RATED.compiled.search(text) is not None)  # type: ignore[arg-type]
    assert populations.universe(text) == _plain_universe(text)
    assert word_starts(text, questions._RACE_KEY_WORDS) == list(finder_starts(questions._RACE_KEY, text))


def test_on_invented_text() -> None:
    a = SimpleNamespace(text="Most Eastmere voters disapprove of the mayor.", folded=None)
    a.folded = folded(a.text)
    assert rated_people._rated_passage(a)  # type: ignore[arg-type]
    a = SimpleNamespace(text="Most Eastmere voters back the tramway.", folded=None)
    a.folded = folded(a.text)
    assert not rated_people._rated_passage(a)  # type: ignore[arg-type]
    ratio = "four in 10 eastmere voters, one out of five adults, often in ten"
    assert populations._ratio_in_starts(ratio) == [5, ratio.index("out of")]
    assert populations.universe("Eastmere voters back the tramway.") == "voters"


def _walk(a: object, k: int) -> str:
    """earlier_state as written before: a walk back from sentence ``k`` on its own."""
    state = ""
    for j in range(k - 1, max(-1, k - 1 - earlier_states._BACK), -1):
        states, national = earlier_states.sentence_places(a, j)  # type: ignore[arg-type]
        if national or len(states) > 1:
            break
        if states:
            state = next(iter(states))
            break
        if earlier_states._heading(a, j):  # type: ignore[arg-type]
            break
    return state


def test_earlier_state_walks_as_before() -> None:
    from bot.reading.extract import default_extractor

    lines = ["Nevada poll shows a close race.", "Reyes leads.", "Ohio and Iowa voters differ.", "Lin is up."]
    lines += [f"Sentence {i} names no place." for i in range(50)] + ["In Nevada, Lin trails.", "Reyes gains."]
    text = " ".join(lines)
    ex = default_extractor()
    a = ex.analyse(text)
    order = list(range(len(a.sentences)))
    for ks in (order, order[::-1], order[::3] + order):
        a.memo.clear()
        assert [earlier_states.earlier_state(a, k) for k in ks] == [_walk(a, k) for k in ks]
