"""OPML import and export (the format every feed reader speaks), refusing hostile files.

Exports are indented, one outline a line. Each outline carries the channel's settings for the feed as
attributes in pollwatch's own namespace (``pw:include``, ``pw:exclude`` as JSON lists, ``pw:onlyPolls``,
``pw:schedule``, ``pw:fullText``); other readers ignore them, and an import reads them back.

An OPML file is small, flat-ish XML with no need for a DOCTYPE. We refuse any DOCTYPE or entity
declaration outright (no entity expansion can happen), cap the size, the nesting depth and the number of
outlines, and parse incrementally so a deep or huge file is stopped early.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast
from xml.etree.ElementTree import (
    Element,
    ParseError,
    SubElement,
    XMLPullParser,
    indent,
    register_namespace,
    tostring,
)

from bot.errors import InvalidInput, plain_error

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_OUTLINES = 2000
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
NAMESPACE = "urn:pollwatch:opml:1"
register_namespace("pw", NAMESPACE)


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str | None
    category: str | None = None
    # A channel's settings for the feed (pollwatch's own attributes; None/empty: not given).
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    only_polls: bool = False
    schedule: str | None = None
    full_text: str | None = None

    @property
    def has_settings(self) -> bool:
        return bool(self.include or self.exclude or self.only_polls or self.schedule or self.full_text)


def _pw(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _terms(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    try:
        value = json.loads(raw)
    except ValueError:
        value = [raw]
    return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


def _settings(element: Element) -> dict[str, object]:
    return {
        "include": _terms(element.get(_pw("include"))),
        "exclude": _terms(element.get(_pw("exclude"))),
        "only_polls": (element.get(_pw("onlyPolls")) or "").lower() == "true",
        "schedule": element.get(_pw("schedule")) or None,
        "full_text": element.get(_pw("fullText")) or None,
    }


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds an OPML file lists (outlines with an ``xmlUrl``), in file order, or a clear error."""
    if not data.strip():
        raise InvalidInput("that file is empty, not OPML")
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            f"that OPML file is larger than {MAX_BYTES // 1024} KB; split it into smaller files"
        )
    if _DECLARATION.search(data):
        raise InvalidInput(
            "that OPML file declares a DOCTYPE or entities, which OPML never needs; refusing it"
        )
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    feeds: list[OpmlFeed] = []
    categories: list[str | None] = []
    depth = outlines = 0
    root_seen = False
    try:
        for offset in range(0, len(data), 65536):
            parser.feed(data[offset : offset + 65536])
            for pair in parser.read_events():
                event, item = cast(tuple[str, Element], pair)  # only start/end were asked for
                element = item
                if event == "start":
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise InvalidInput(
                            f"that OPML file nests deeper than {MAX_DEPTH} levels; refusing it"
                        )
                    if not root_seen:
                        root_seen = True
                        if _local(element.tag) != "opml":
                            raise InvalidInput("that file is XML but not OPML (its root is not <opml>)")
                    if _local(element.tag) == "outline":
                        outlines += 1
                        if outlines > MAX_OUTLINES:
                            raise InvalidInput(f"that OPML file lists more than {MAX_OUTLINES} outlines")
                        url = (element.get("xmlUrl") or element.get("xmlurl") or "").strip()
                        title = (element.get("title") or element.get("text") or "").strip() or None
                        if url:
                            feeds.append(
                                OpmlFeed(
                                    url,
                                    title,
                                    next((c for c in reversed(categories) if c), None),
                                    **_settings(element),  # type: ignore[arg-type]
                                )
                            )
                            categories.append(None)
                        else:
                            categories.append(title)
                else:
                    depth -= 1
                    if _local(element.tag) == "outline" and categories:
                        categories.pop()
                    element.clear()
        parser.close()
    except ParseError as exc:
        raise InvalidInput(f"that OPML file is not well-formed XML ({plain_error(exc)})") from None
    if not root_seen:
        raise InvalidInput("that file is empty, not OPML")
    return feeds


def build_opml(feeds: Iterable[OpmlFeed], title: str, now: datetime | None = None) -> str:
    """An OPML 2.0 document listing ``feeds``, grouped by category where they have one."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    SubElement(head, "dateCreated").text = (now or datetime.now(UTC)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = SubElement(root, "body")
    groups: dict[str | None, Element] = {}
    for feed in feeds:
        parent = body
        if feed.category:
            if feed.category not in groups:
                groups[feed.category] = SubElement(body, "outline", text=feed.category)
            parent = groups[feed.category]
        label = feed.title or feed.url
        outline = SubElement(parent, "outline", type="rss", text=label, title=label, xmlUrl=feed.url)
        if feed.include:
            outline.set(_pw("include"), json.dumps(list(feed.include), ensure_ascii=False))
        if feed.exclude:
            outline.set(_pw("exclude"), json.dumps(list(feed.exclude), ensure_ascii=False))
        if feed.only_polls:
            outline.set(_pw("onlyPolls"), "true")
        if feed.schedule and feed.schedule != "immediate":
            outline.set(_pw("schedule"), feed.schedule)
        if feed.full_text and feed.full_text != "auto":
            outline.set(_pw("fullText"), feed.full_text)
    indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()
