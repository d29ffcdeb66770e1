"""Per-subscription post filters: include/exclude keywords or phrases, and "only posts with poll figures".

Terms match whole words, case-insensitively, on the title and text. We chose plain terms over regular
expressions: a term is escaped and matched by one linear scan, so no admin-supplied pattern can make the
bot backtrack for minutes (a regex engine with a timeout would have been the alternative).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.errors import InvalidInput

MAX_TERMS = 25
MAX_TERM_LENGTH = 80


@dataclass(frozen=True, slots=True)
class PostFilter:
    include: tuple[str, ...] = ()  # at least one must appear (when any are given)
    exclude: tuple[str, ...] = ()  # none may appear
    only_polls: bool = False

    @property
    def active(self) -> bool:
        return bool(self.include or self.exclude or self.only_polls)

    def describe(self) -> str:
        if not self.active:
            return "every post"
        parts = []
        if self.include:
            parts.append("mentioning " + " or ".join(f'"{t}"' for t in self.include))
        if self.exclude:
            parts.append("not mentioning " + " or ".join(f'"{t}"' for t in self.exclude))
        if self.only_polls:
            parts.append("with poll figures")
        return "posts " + ", ".join(parts)


def clean_terms(raw: Sequence[str]) -> tuple[str, ...]:
    """Normalise terms an admin typed (comma-separated phrases are split), or say what is wrong."""
    terms: list[str] = []
    for chunk in raw:
        for term in chunk.split(","):
            term = " ".join(term.split()).strip("\"'").strip()
            if not term:
                continue
            if len(term) > MAX_TERM_LENGTH:
                raise InvalidInput(f"a filter term can be at most {MAX_TERM_LENGTH} characters")
            if term.lower() not in {t.lower() for t in terms}:
                terms.append(term)
    if len(terms) > MAX_TERMS:
        raise InvalidInput(f"at most {MAX_TERMS} filter terms")
    return tuple(terms)


def _pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in term.lower().split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def mentions(haystack: str, term: str) -> bool:
    return _pattern(term).search(haystack) is not None


def passes(post_filter: PostFilter, title: str, text: str, has_figures: bool) -> bool:
    """Does a post go to a channel with this filter?"""
    if post_filter.only_polls and not has_figures:
        return False
    if not (post_filter.include or post_filter.exclude):
        return True
    haystack = f"{title}\n{text}".lower()
    if post_filter.exclude and any(mentions(haystack, t) for t in post_filter.exclude):
        return False
    return not post_filter.include or any(mentions(haystack, t) for t in post_filter.include)
