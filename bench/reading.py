"""Reading benchmarks: whole posts read per second (text, summary, figures) on the sample posts, and the
extractor alone on 1,500-word posts."""

from __future__ import annotations

import time

from bot.config import SAMPLE_FEED
from bot.feeds.parse import parse_feed
from bot.reading.extract import default_extractor
from bot.reading.html_text import html_to_text
from bot.reading.read import Reader

WORDS_PER_POST = 1500


def _timed(fn: object, items: list[str], rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for item in items:
            fn(item)  # type: ignore[operator]
    return time.perf_counter() - started


def long_posts(texts: list[str], count: int) -> list[str]:
    """``count`` posts of ~1,500 words, each a different rotation of the sample texts."""
    words = " ".join(texts).split()
    posts = []
    for i in range(count):
        start = (i * 97) % len(words)
        rotated = words[start:] + words[:start]
        while len(rotated) < WORDS_PER_POST:
            rotated += words
        posts.append(" ".join(rotated[:WORDS_PER_POST]))
    return posts


def run() -> dict[str, object]:
    entries = parse_feed(SAMPLE_FEED.read_bytes()).entries
    htmls = [e.content_html for e in entries]
    reader = Reader(default_extractor())
    reader.read(htmls[0])  # warm up (sentence model, regexes)
    rounds = 40
    read_time = _timed(reader.read, htmls, rounds)
    extractor = default_extractor()
    posts = long_posts([html_to_text(h) for h in htmls], 200)
    extract_time = _timed(extractor.extract, posts, 2)
    return {
        "sample posts read per second (text + summary + figures)": round(rounds * len(htmls) / read_time, 1),
        "extractor: 1,500-word posts per second": round(2 * len(posts) / extract_time, 1),
    }
