"""Reading one post: HTML -> clean text -> poll figures -> summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.models import Extraction
from bot.reading.extract import Extractor
from bot.reading.html_text import html_to_text_quoted
from bot.reading.repeats import drop_repeats, repeats_note
from bot.reading.summary import summarize


@dataclass(frozen=True, slots=True)
class ReadPost:
    text: str
    summary: str
    extraction: Extraction


class Reader:
    """Pure and thread-safe: the watcher runs it in worker threads."""

    def __init__(self, extractor: Extractor, *, summary_chars: int = 400) -> None:
        self._extractor = extractor
        self._summary_chars = summary_chars

    def read(self, html: str, *, title: str = "") -> ReadPost:
        text, quotes = html_to_text_quoted(html)
        return self.read_text(text, title=title, quotes=quotes)

    def read_text(self, text: str, *, title: str = "", quotes: Sequence[str] = ()) -> ReadPost:
        """Read text that is already clean (e.g. a page's main text). Copies of a sentence repeated many
        times are left out first (:mod:`bot.reading.repeats`); the text returned is the one read, so the
        figures' offsets point into it, and the summary says when many copies went. ``quotes`` are the words of
        the post's block quotes (:func:`bot.reading.html_text.html_to_text_quoted`): the summary never takes them
        for the writer's."""
        trimmed = drop_repeats(text)
        text = trimmed.text
        extraction = self._extractor.extract(text)
        summary = summarize(
            text,
            max_chars=self._summary_chars,
            figures=extraction.figures,
            title=title,
            quotes=quotes,
        )
        return ReadPost(text, f"{summary} {repeats_note(trimmed.dropped)}".strip(), extraction)
