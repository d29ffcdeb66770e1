"""Feed-entry HTML (or plain text) to clean paragraph text.

The output is what the rest of the reading pipeline works on: the summarizer picks sentences
from it and the poll-figure extractor reports character offsets into it, so it must be stable
and plain:

- paragraphs are separated by exactly one blank line; a ``<br>`` is a single newline;
- whitespace inside a line is collapsed to one space and lines are stripped;
- entities are decoded; scripts, styles and comments are dropped;
- list items keep their bullet (``* item``, ``1. item``);
- a table becomes one line per row with cells joined by `` | `` (poll tables matter, and a
  row such as ``Approve | 27% | 45%`` keeps each number next to its label).

The layout work is done by inscriptis on an lxml tree; this module only prepares the tree
(flatten table cells, put each table on its own lines) and normalises whitespace afterwards.
"""

from __future__ import annotations

import html as html_lib
import re
import threading
from typing import Final

from inscriptis.html_engine import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

CELL_SEPARATOR: Final = " | "
# A character that never occurs in text, so table rows can be recognised after layout.
_CELL_MARK: Final = "\x1f"

_TAG_RE: Final = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?|!--.*?--|![A-Za-z][^<>]*)>", re.S)
_ENTITY_RE: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Control characters lxml refuses (everything below U+0020 except tab, newline and carriage return).
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1e\x7f]")
_INVISIBLE_RE: Final = re.compile(r"[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width spaces, BOM
_HSPACE_RE: Final = re.compile(r"[^\S\n]+")  # any whitespace but newline (includes NBSP, thin spaces)
_BLANK_LINES_RE: Final = re.compile(r"\n{3,}")
_XML_DECL_RE: Final = re.compile(r"^\s*<\?xml[^>]*\?>")
_NOT_ALNUM_RE: Final = re.compile(r"[\W_]+")
_DROP_TAGS: Final = ("script", "style", "noscript", "template", "iframe", "object", "svg", "head")

_CONFIG: Final = ParserConfig(table_cell_separator=_CELL_MARK)
# One lxml parser per thread (parsers are not meant to be shared across threads). huge_tree lifts
# libxml2's nesting limit, which otherwise silently drops everything below depth 255.
_PARSERS: Final = threading.local()


def looks_like_html(s: str) -> bool:
    """True when ``s`` contains an HTML tag, comment or entity.

    "5 < 6" or "AT&T" do not count: a tag needs a letter right after ``<`` and an entity
    needs its closing ``;``.
    """
    return bool(_TAG_RE.search(s) or _ENTITY_RE.search(s))


def html_to_text(html: str) -> str:
    """Turn feed-entry HTML (or plain text) into clean paragraphs. Never raises."""
    return html_to_text_quoted(html)[0]


def html_to_text_quoted(html: str) -> tuple[str, tuple[str, ...]]:
    """:func:`html_to_text`, and the words of each ``<blockquote>`` (whitespace collapsed to single spaces): someone
    else's words set off as a block, which the text itself no longer marks. The text is the same as
    :func:`html_to_text`'s, so the extractor's offsets do not move. Never raises."""
    if not html:
        return "", ()
    cleaned = _INVISIBLE_RE.sub("", _CONTROL_RE.sub("", html.replace("\r\n", "\n").replace("\r", "\n")))
    if not looks_like_html(cleaned):
        return _normalise(cleaned), ()
    fallback = _strip_tags(cleaned)
    quotes: tuple[str, ...] = ()
    try:
        raw, quotes = _layout(cleaned)
    except Exception:  # lxml/inscriptis on hostile input: fall back to tag stripping, never fail a post.
        raw = fallback
    else:
        # libxml2 gives up silently on some input (absurd nesting, broken encodings) and returns
        # a truncated tree: don't lose the post's text because of it.
        if _word_chars(raw) < _word_chars(fallback) // 2:
            raw, quotes = fallback, ()
    return _normalise(_INVISIBLE_RE.sub("", raw)), quotes


def _word_chars(text: str) -> int:
    r"""How many characters of ``text`` are alphanumeric (``str.isalnum``): what is left once every run of
    other characters is cut (``[\W_]`` is exactly the characters that are not alphanumeric)."""
    return len(_NOT_ALNUM_RE.sub("", text))


def _parser() -> HTMLParser:
    parser: HTMLParser | None = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    return parser


def _layout(html: str) -> tuple[str, tuple[str, ...]]:
    html = _XML_DECL_RE.sub("", html, count=1).strip()
    if not html:
        return "", ()
    tree = document_fromstring(html, parser=_parser())
    _prepare(tree)
    text: str = Inscriptis(tree, _CONFIG).get_text()
    return text, _blockquotes(tree)


def _blockquotes(tree: HtmlElement) -> tuple[str, ...]:
    """The words of each outermost ``<blockquote>``, whitespace collapsed (``tree.iter`` skips comments)."""
    quotes = []
    for el in tree.iter("blockquote"):
        if next(el.iterancestors("blockquote"), None) is not None:
            continue
        words = " ".join(_INVISIBLE_RE.sub("", " ".join(el.itertext())).split())
        if words:
            quotes.append(words)
    return tuple(quotes)


def _prepare(tree: HtmlElement) -> None:
    """Edit the parsed tree so that inscriptis lays it out the way we want."""
    for el in list(tree.iter(*_DROP_TAGS)):
        _remove_keep_tail(el)
    for el in tree.iter("dt", "dd"):
        el.tag = "div"  # inscriptis runs a term into its definition ("termdef")
    for table in list(tree.iter("table")):
        # A paragraph around the table puts it on its own lines, apart from surrounding inline text.
        wrapper = tree.makeelement("p", {})
        table.addprevious(wrapper)
        wrapper.append(table)
    for cell in list(tree.iter("td", "th")):
        # One line per row: a cell's <br>s, paragraphs and nested blocks become spaces.
        if len(cell) and next(cell.iter("table"), None) is None:
            text = " ".join(cell.itertext())
            for child in list(cell):
                cell.remove(child)
            cell.text = text


def _remove_keep_tail(node: etree._Element) -> None:
    """Remove ``node`` but keep the text that follows it (lxml stores that text on the node)."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def _strip_tags(html: str) -> str:
    """Last-resort conversion: block-ish tags become line breaks, the rest disappear."""
    text = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", " ", html, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"</?(p|div|h[1-6]|li|tr|table|blockquote|ul|ol)\b[^>]*>", "\n\n", text, flags=re.I)
    text = re.sub(r"<[^>]*>", " ", text)
    return html_lib.unescape(text)


def _normalise(text: str) -> str:
    """Collapse whitespace within lines, format table rows, leave one blank line between paragraphs."""
    lines: list[str] = []
    for line in text.split("\n"):
        if _CELL_MARK in line:
            cells = [_HSPACE_RE.sub(" ", c).strip() for c in line.split(_CELL_MARK)]
            while cells and not cells[-1]:
                cells.pop()
            lines.append(CELL_SEPARATOR.join(cells).strip())
        else:
            lines.append(_HSPACE_RE.sub(" ", line).strip())
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()
