"""Bare "voters" in a release of a poll of registered (or likely) voters is that sample."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def test_bare_voters_take_the_releases_sample() -> None:
    text = (
        "Pinecrest College polled 900 likely voters in April. The mayor is at 44 percent and the "
        "challenger at 41 percent. On the stadium, 52 percent of voters are opposed and 39 percent are in favor."
    )
    got = {f.value: f.population for f in default_extractor().extract(text).figures}
    assert got[52] == "likely voters"
    assert got[39] == "likely voters"
