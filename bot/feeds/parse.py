"""Feed bytes -> entries, with feedparser, guarded against entity expansion and oversized entries.

Runs in a parse worker (:mod:`bot.feeds.parse_pool`), which bounds its time and memory: feedparser is pure
Python and slow enough to stall the event loop on a big feed.

Entity expansion ("billion laughs" and its quadratic cousin) is shut out in three layers:

1. :func:`strip_doctype` removes every declaration before the root element -- XML declaration aside --
   with a scanner that follows quoted strings, comments and processing instructions inside the DTD, at any
   length and in UTF-16/32 documents too; a DOCTYPE that declares entities makes the feed fail with a
   sentence saying so. feedparser copies "safe" ``<!ENTITY>`` declarations from that prolog into both of
   its parsers, so with the prolog gone neither parser knows any entity.
2. feedparser's strict parser is defusedxml's expat reader (``PREFERRED_XML_PARSERS``): an entity
   declaration that still reaches it (a DTD hidden by an encoding trick) is refused outright instead of
   being expanded, and that refusal is not the SAX error that would send feedparser to its loose parser.
3. Whatever slips past both runs in a worker under a time and a memory limit.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import feedparser
import feedparser.api
from defusedxml import DefusedXmlException

from bot.errors import FeedError
from bot.text_safety import clean_text

# feedparser's own knob: which SAX driver its strict parser uses. defusedxml's expat reader refuses entity
# declarations and external references (it raises, and feedparser does not catch that).
feedparser.api.PREFERRED_XML_PARSERS = ["defusedxml.expatreader"]

MAX_ENTRIES = 1000  # entries read from one document (feeds list newest first); the rest are ignored
MAX_ENTRY_CHARS = 200_000  # one entry's text read at most; the rest is dropped with a note
CUT_NOTE = "[Only the first 200 KB of this entry were read; the rest was cut.]"

_SPACES = b" \t\r\n"
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
ENTITY_REFUSAL = (
    "the feed defines its own XML entities, which pollwatch does not read (they can make a small feed "
    "expand to gigabytes)"
)
_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_DTD_MARK = re.compile(rb"[\"'\[\]<>]")  # where the DOCTYPE scanner has something to decide
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
    cut: bool = False  # the entry's text was longer than MAX_ENTRY_CHARS and was cut


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[ParsedEntry, ...]
    warning: str | None  # feedparser's "bozo" complaint, when the feed was readable anyway


def strip_doctype(body: bytes) -> bytes:
    """The document with everything between the XML declaration and the root element removed: DOCTYPEs
    (whatever their internal subset holds), comments and processing instructions. UTF-16 and UTF-32
    documents come back as UTF-8. Raises :class:`FeedError` for a DOCTYPE that never ends."""
    body = _as_utf8(body)
    head = b""
    i = _skip_space(body, 3 if body.startswith(b"\xef\xbb\xbf") else 0)
    if body.startswith(b"<?xml", i) and body[i + 5 : i + 6] in (b" ", b"\t", b"\r", b"\n", b"?"):
        end = body.find(b"?>", i)
        if end < 0:
            return body
        head, i = body[i : end + 2], end + 2
    while True:
        i = _skip_space(body, i)
        if body.startswith(b"<!--", i):
            end = body.find(b"-->", i + 4)
            i = len(body) if end < 0 else end + 3
        elif body.startswith(b"<?", i):
            end = body.find(b"?>", i + 2)
            i = len(body) if end < 0 else end + 2
        elif body[i : i + 9].upper() == b"<!DOCTYPE":
            end = _doctype_end(body, i + 9)
            if _ENTITY_DECLARATION.search(body, i, end):
                raise FeedError(ENTITY_REFUSAL)
            i = end
        else:
            return head + body[i:] if head else body[i:]


def cut_after_entries(body: bytes) -> tuple[bytes, bool]:
    """The document up to its ``MAX_ENTRIES + 1``-th ``<item>``/``<entry>``, and whether it was cut: the
    rest would only cost parse time and memory (100,000 entries took seconds and hundreds of MB) before
    being dropped. The cut document is read by feedparser's lenient parser."""
    for count, match in enumerate(_ENTRY_START.finditer(body), start=1):
        if count > MAX_ENTRIES:
            return body[: match.start()], True
    return body, False


def _skip_space(body: bytes, i: int) -> int:
    while i < len(body) and body[i] in _SPACES:
        i += 1
    return i


def _doctype_end(body: bytes, i: int) -> int:
    """The index just past the DOCTYPE whose keyword ends at ``i``; linear in its length."""
    in_subset = False
    while (found := _DTD_MARK.search(body, i)) is not None:
        i = found.start()
        ch = body[i : i + 1]
        if ch in (b'"', b"'"):
            end = body.find(ch, i + 1)
            if end < 0:
                break
            i = end + 1
        elif in_subset and body.startswith(b"<!--", i):
            end = body.find(b"-->", i + 4)
            if end < 0:
                break
            i = end + 3
        elif in_subset and body.startswith(b"<?", i):
            end = body.find(b"?>", i + 2)
            if end < 0:
                break
            i = end + 2
        elif ch == b"[":
            in_subset = True
            i += 1
        elif ch == b"]" and in_subset:
            in_subset = False
            i += 1
        elif ch == b">" and not in_subset:
            return i + 1
        else:
            i += 1
    raise FeedError("the feed's DOCTYPE declaration never ends, so it is not a readable feed")


_WIDE = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")


def _as_utf8(body: bytes) -> bytes:
    """UTF-16/32 documents (by BOM or by the zero bytes around the first ``<``) re-encoded as UTF-8, with
    their XML declaration replaced by one that says so; anything else unchanged."""
    for mark, encoding in _WIDE:
        if body.startswith(mark):
            start = len(mark) if mark.count(b"<") == 0 else 0
            text = body[start:].decode(encoding, "replace")
            text = text.lstrip("\ufeff")
            rest = _DECLARATION.sub(b"", text.encode("utf-8"), count=1)
            return b'<?xml version="1.0" encoding="utf-8"?>' + rest
    return body


def looks_like_html(body: bytes, content_type: str) -> bool:
    return "html" in content_type.lower() or bool(_HTML_START.match(body[:4096]))


def parse_feed(body: bytes, content_type: str = "") -> ParsedFeed:
    """Parse feed bytes. A feed with warnings still yields the entries it has; a page that is not a feed
    raises :class:`FeedError` saying so."""
    stripped, cut_entries = cut_after_entries(strip_doctype(body))
    try:
        parsed = feedparser.parse(
            stripped,
            sanitize_html=False,  # we turn HTML into plain text ourselves; sanitizing would be wasted work
            resolve_relative_uris=False,
            response_headers={"content-type": content_type} if content_type else None,
        )
    except DefusedXmlException:
        raise FeedError(ENTITY_REFUSAL) from None
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
    entries = tuple(_entry(raw, position) for position, raw in enumerate(raw_entries[:MAX_ENTRIES]))
    warning = _first_line(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if cut_entries or len(raw_entries) > MAX_ENTRIES:
        # The document was cut before parsing, so the XML error that follows is ours, not the feed's.
        warning = f"the feed lists more than {MAX_ENTRIES} entries; only the first {MAX_ENTRIES} were read"
    return ParsedFeed(
        title=_clean(feed_info.get("title")) or None,
        link=_clean(feed_info.get("link")) or None,
        entries=entries,
        warning=warning,
    )


def _entry(raw: Any, position: int) -> ParsedEntry:
    title = _clean(raw.get("title")) or "(untitled)"
    link = _clean(raw.get("link")) or None
    content = clean_text(_content_html(raw))
    cut = len(content) > MAX_ENTRY_CHARS
    if cut:
        content = content[:MAX_ENTRY_CHARS]
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
    return ParsedEntry(key, content_hash, title, link, published_at, content, position, cut)


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
    return _SPACE.sub(" ", clean_text(str(value))).strip() if value else ""


def _first_line(problem: object) -> str:
    return str(problem).strip().splitlines()[0][:200] if problem else ""
