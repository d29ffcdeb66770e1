"""Reading benchmarks: whole posts read per second (text, summary, figures) on the sample posts, and the
extractor alone on 1,500-word posts of two kinds.

- A blog post: the 1,543-word golden post (tests/extract/data/golden/long_blog_post.txt, written for the
  project): commentary around one poll, 15 figures and many numbers that aren't poll results. That is
  the kind of post pollwatch reads; the seed post has 13 figures in 1,726 words.
- Dense posts: the sample posts' text back to back, rotated into 200 different 1,500-word posts, ~80
  figures each (every other sentence a figure). The extractor's cost grows with the figures, so this is
  its worst case, not a typical post.
"""

from __future__ import annotations

import time
from pathlib import Path

from bot.config import SAMPLE_FEED
from bot.feeds.parse import parse_feed
from bot.reading.extract import default_extractor
from bot.reading.extract.rules import RuleExtractor
from bot.reading.html_text import html_to_text
from bot.reading.language import detect
from bot.reading.read import Reader
from bot.reading.summary import summarize

BLOG_POST = (
    Path(__file__).resolve().parent.parent / "tests" / "extract" / "data" / "golden" / "long_blog_post.txt"
)

WORDS_PER_POST = 1500


def _timed(fn: object, items: list[str], rounds: int) -> float:
    """Seconds of this process's CPU time (reading is single-threaded): on a shared, loaded machine the
    wall clock also counts the time other processes hold the cores."""
    started = time.process_time()
    for _ in range(rounds):
        for item in items:
            fn(item)  # type: ignore[operator]
    return time.process_time() - started


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
    # The summary's own share of that: the same posts' summaries from figures already extracted.
    read_posts = [reader.read(h) for h in htmls]
    summary_inputs = {p.text: p.extraction.figures for p in read_posts}
    summary_time = _timed(lambda t: summarize(t, figures=summary_inputs[t]), list(summary_inputs), rounds)
    extractor = default_extractor()
    blog = BLOG_POST.read_text(encoding="utf-8")
    blog_figures = len(extractor.extract(blog).figures)
    blog_time = _timed(extractor.extract, [blog], 300)
    posts = long_posts([html_to_text(h) for h in htmls], 200)
    dense_figures = sum(len(extractor.extract(p).figures) for p in posts[:20]) / 20
    extract_time = _timed(extractor.extract, posts, 2)
    # The baseline of the same run: the rule extractor alone, which the weighed extractor runs as one
    # source of cues (so the weighed extractor can never be faster than it).
    rules = RuleExtractor()
    rules_blog = _timed(rules.extract, [blog], 300)
    rules_dense = _timed(rules.extract, posts, 2)
    # The language check the extractor makes first (bot.reading.language), timed alone in the same run.
    check_blog = _timed(detect, [blog], 300)
    check_dense = _timed(detect, posts, 2)
    return {
        "sample posts read per second (text + summary + figures)": round(rounds * len(htmls) / read_time, 1),
        "summary alone: ms per sample post (share of reading)": (
            f"{summary_time / (rounds * len(htmls)) * 1e3:.2f} ({summary_time / read_time:.0%})"
        ),
        f"extractor: blog posts per second ({len(blog.split()):,} words, {blog_figures} figures)": round(
            300 / blog_time, 1
        ),
        f"extractor: dense 1,500-word posts per second (~{dense_figures:.0f} figures each)": round(
            2 * len(posts) / extract_time, 1
        ),
        "extractor: time per figure on the dense posts (µs)": round(
            extract_time / (2 * len(posts) * dense_figures) * 1e6
        ),
        "baseline, the rules alone: blog posts per second": round(300 / rules_blog, 1),
        "baseline, the rules alone: dense posts per second": round(2 * len(posts) / rules_dense, 1),
        "weighed / rules time, blog and dense": f"{blog_time / rules_blog:.1f}x, {extract_time / rules_dense:.1f}x",
        "language check: µs per post, blog and dense (share of the extractor's time)": (
            f"{check_blog / 300 * 1e6:.0f} ({check_blog / blog_time:.2%}), "
            f"{check_dense / (2 * len(posts)) * 1e6:.0f} ({check_dense / extract_time:.2%})"
        ),
    }
