"""Gated patterns (:class:`scan.Gated`) find exactly what their compiled patterns find: every one the
extractor uses, on texts built from its own needed words, at awkward offsets and in odd cases."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import bot.reading.extract as extract_pkg
from bot.reading.extract.scan import CASE_TRAPS, Gated, gated, needed_words


def _gated_in(value: Any, out: list[Gated], depth: int = 0) -> None:
    if isinstance(value, Gated):
        out.append(value)
    elif isinstance(value, (tuple, list)) and depth < 3:
        for v in value:
            _gated_in(v, out, depth + 1)


def _all_gated() -> list[Gated]:
    out: list[Gated] = []
    for info in pkgutil.iter_modules(extract_pkg.__path__):
        module = importlib.import_module(f"bot.reading.extract.{info.name}")
        for value in vars(module).values():
            _gated_in(value, out)
    return list({id(g): g for g in out}.values())


GATED = _all_gated()
WORDS = sorted({w for g in GATED for w in needed_words(g.compiled)[0]})  # type: ignore[index]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.sampled_from([" ", "  ", "\n", ",", ".", "%", "(", ")", "-", "'", "’", "45", "3", "/", ":", "?"]),
    st.sampled_from([*sorted(CASE_TRAPS), "é", "É", "ß", "İ"]),
    st.text(alphabet="abcdeilnorstuvwyAEGIRS", min_size=1, max_size=6),
)


def test_the_extractor_gates_its_costliest_failing_searches() -> None:
    assert len(GATED) >= 30


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join), st.integers(-2, 40), st.integers(0, 120))
def test_gated_patterns_find_what_their_patterns_find(text: str, pos: int, endpos: int) -> None:
    for g in GATED:
        p = g.compiled
        for method in ("search", "match", "fullmatch"):
            got = getattr(g, method)(text)
            want = getattr(p, method)(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), g.pattern
            got = getattr(g, method)(text, pos, endpos)
            want = getattr(p, method)(text, pos, endpos)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), g.pattern
        assert [m.span() for m in g.finditer(text, pos, endpos)] == [
            m.span() for m in p.finditer(text, pos, endpos)
        ]
        assert [m.span() for m in g.finditer(text, pos)] == [m.span() for m in p.finditer(text, pos)]
        assert g.findall(text) == p.findall(text)
        assert g.sub("#", text) == p.sub("#", text)
        assert g.split(text) == p.split(text)


def test_needed_words_read_off_the_pattern() -> None:
    assert needed_words(re.compile(r"\b(?:dis)?approv\w*|\bjob\b")) == (frozenset({"approv", "job"}), False)
    assert needed_words(re.compile(r"\bScottish\s+independence\b", re.I)) == (
        frozenset({"independence"}),
        True,
    )
    assert needed_words(re.compile(r"(?i:foo|bar)X")) == (
        frozenset({"foo", "bar"}),
        True,
    )  # folded: lower case
    assert needed_words(re.compile(r"(?<=vote )\d+%")) == (
        frozenset({"%"}),
        False,
    )  # a lookbehind needs nothing
    assert needed_words(re.compile(r"\b(?:19|20)\d\d\b")) == (frozenset({"19", "20"}), False)
    assert needed_words(re.compile(r"a?(?:b|)")) is None  # every part optional
    assert needed_words(re.compile(r"[A-Z]\w+")) is None
    assert needed_words(re.compile(r"D[áa]il", re.I)) == (frozenset({"il"}), True)  # non-ASCII: not folded


def test_a_text_folding_cannot_stand_in_for_is_always_tried() -> None:
    g = gated(re.compile(r"\bkin\b", re.I))
    got = g.search("the \u212ain")  # the Kelvin sign matches "k" ignoring case
    assert got is not None and got.span() == (4, 7)
    assert g.search("no such word") is None
