"""Feed bytes -> entries, with feedparser, guarded against its known memory bomb.

Runs in a worker thread (the caller uses ``asyncio.to_thread``): feedparser is pure Python and slow enough
to stall the event loop on a big feed.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import feedparser

from bot.errors import FeedError

# Everything before the first element: the XML declaration, comments and -- crucially -- the DOCTYPE.
# feedparser's loose fallback expands internal entities in pure Python (a 160 KB feed took minutes and
# gigabytes); feeds never need a DOCTYPE, so it is dropped before parsing.
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[[^\]]*\])?\s*>", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    key: str
    content_hash: str
    title: str
    link: str | None
    published_at: float | None
    content_html: str
    position: int


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[ParsedEntry, ...]
    warning: str | None  # feedparser's "bozo" complaint, when the feed was readable anyway


def strip_doctype(body: bytes) -> bytes:
    head = body[:65536]
    match = _DOCTYPE.search(head)
    if match is None:
        return body
    return head[: match.start()] + head[match.end() :] + body[65536:]


def looks_like_html(body: bytes, content_type: str) -> bool:
    return "html" in content_type.lower() or bool(_HTML_START.match(body[:4096]))


def parse_feed(body: bytes, content_type: str = "") -> ParsedFeed:
    """Parse feed bytes. A feed with warnings still yields the entries it has; a page that is not a feed
    raises :class:`FeedError` saying so."""
    parsed = feedparser.parse(
        strip_doctype(body),
        sanitize_html=False,  # we turn HTML into plain text ourselves; sanitizing would be wasted work
        resolve_relative_uris=False,
        response_headers={"content-type": content_type} if content_type else None,
    )
    version = parsed.get("version") or ""
    raw_entries = parsed.get("entries") or []
    if not version and not raw_entries:
        if looks_like_html(body, content_type):
            raise FeedError(
                "that address is a web page, not a feed; give the address of its RSS or Atom feed"
            )
        problem = parsed.get("bozo_exception")
        detail = f" ({_first_line(problem)})" if problem else ""
        raise FeedError(f"that address did not return an RSS or Atom feed{detail}")
    feed_info: Any = parsed.get("feed", {})
    entries = tuple(_entry(raw, position) for position, raw in enumerate(raw_entries))
    warning = _first_line(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    return ParsedFeed(
        title=_clean(feed_info.get("title")) or None,
        link=feed_info.get("link"),
        entries=entries,
        warning=warning,
    )


def _entry(raw: Any, position: int) -> ParsedEntry:
    title = _clean(raw.get("title")) or "(untitled)"
    link = raw.get("link") or None
    content = _content_html(raw)
    published = raw.get("published_parsed") or raw.get("updated_parsed")
    published_at = float(calendar.timegm(published)) if published else None
    content_hash = _digest(title, _SPACE.sub(" ", content).strip())
    entry_id = (raw.get("id") or "").strip()
    if entry_id:
        key = f"id:{entry_id}"
    elif link:
        key = f"link:{link}"
    else:
        key = "hash:" + _digest(title, raw.get("published") or raw.get("updated") or "")
    return ParsedEntry(key, content_hash, title, link, published_at, content, position)


def _content_html(raw: Any) -> str:
    """The fullest body the entry offers: content:encoded / Atom content, else the summary."""
    best = ""
    for item in raw.get("content") or []:
        value = item.get("value") or ""
        if len(value) > len(best):
            best = value
    summary = raw.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()[:32]


def _clean(value: object) -> str:
    return _SPACE.sub(" ", str(value)).strip() if value else ""


def _first_line(problem: object) -> str:
    return str(problem).strip().splitlines()[0][:200] if problem else ""
