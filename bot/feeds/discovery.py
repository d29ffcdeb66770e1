"""Feed autodiscovery: the feed links a web page advertises, and the usual places to look when it
advertises none."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from lxml import etree

FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}
# Tried in order when a page links to no feed (WordPress, Blogger, Ghost, Hugo/Jekyll, Substack, …).
COMMON_PATHS = ("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feeds/posts/default")


@dataclass(frozen=True, slots=True)
class FeedLink:
    url: str
    title: str | None
    type: str


def feed_links(page: bytes, base_url: str) -> list[FeedLink]:
    """``<link rel="alternate">`` feeds of an HTML page, absolute and de-duplicated, in page order."""
    try:
        document = lxml.html.document_fromstring(page[:2_000_000])
    except (etree.ParserError, ValueError):
        return []
    base = base_url
    for href in document.xpath("//base/@href")[:1]:
        base = urljoin(base_url, str(href))
    found: list[FeedLink] = []
    seen: set[str] = set()
    for link in document.xpath("//link[@href]"):
        rel = {r.lower() for r in (link.get("rel") or "").split()}
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rel or kind not in FEED_TYPES:
            continue
        if kind in {"application/xml", "text/xml"} and not (link.get("title") or "").strip():
            continue  # plain XML alternates are often sitemaps or translations; only titled ones count
        url = urljoin(base, link.get("href", "").strip())
        if not url.startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        title = (link.get("title") or "").strip() or None
        found.append(FeedLink(url, title, kind))
    return found


def common_feed_urls(page_url: str) -> list[str]:
    return [urljoin(page_url, path) for path in COMMON_PATHS]
