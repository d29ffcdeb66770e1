"""A body of office-holders the passage only mentions is not whom its poll asked (:mod:`office_bodies`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from bot.reading.extract import office_bodies
from bot.reading.extract.office_bodies import _OFFICE_HOLDERS
from bot.reading.extract.weighed import WeighedExtractor, prepared

EXTRACTOR = WeighedExtractor()

_MENTIONED = (
    "A Tamsin Institute telephone poll asked about the charter, which lets appointed senators vote along with "
    "members of the Lower Chamber to choose the premier. 52.4 per cent said they were still undecided, 30.1 per "
    "cent would vote for it and 15.8 per cent against it."
)
_POLLED = (
    "A Tamsin Institute survey of 120 MPs finds that 61 per cent of MPs back the charter, while 33 per cent "
    "oppose it."
)


def test_office_holders_are_read() -> None:
    for body in (
        "members of the House of Representatives",
        "Cabinet members",
        "Democrats in Congress",
        "MPs",
    ):
        assert _OFFICE_HOLDERS.search(body), body
    for people in ("voters", "members of the public", "Labour members", "union members"):
        assert not _OFFICE_HOLDERS.search(people), people


def test_a_body_mentioned_in_passing_is_not_the_sample() -> None:
    pops = {f.population for f in EXTRACTOR.extract(_MENTIONED).figures}
    assert pops and not any(_OFFICE_HOLDERS.search(p) for p in pops)


def test_office_holders_written_as_a_share_s_people_stay() -> None:
    a = EXTRACTOR.analyse(prepared(_POLLED))
    fig = SimpleNamespace(population="MPs", sentence=0)
    office_bodies.apply(a, [cast(Any, fig)])
    assert fig.population == "MPs"  # "61 per cent of MPs": the figure's own people
    mentioned = EXTRACTOR.analyse(prepared(_MENTIONED))
    fig = SimpleNamespace(population="members of the Lower Chamber", sentence=1)
    office_bodies.apply(mentioned, [cast(Any, fig)])
    assert fig.population == mentioned.passage_cues.universe
