"""Third-party text (feed titles, summaries, extracted questions, answers and populations) made inert
before it lands where Discord renders markdown: message content, embed titles, descriptions and fields.

- Mentions: ``@everyone``, ``@here``, ``<@id>``, ``<@!id>``, ``<@&id>`` are broken with a zero-width space
  (:func:`discord.utils.escape_mentions`), so they neither ping nor show as a mention pill. The client's
  ``AllowedMentions.none()`` already stops pings; this keeps them from even looking like one.
- Markdown: :func:`discord.utils.escape_markdown` (bold, italics, spoilers, code, quotes, headings, lists,
  and a masked link ``[text](url)``), plus every further ``[`` on the line, since discord.py's masked-link
  pattern is greedy and escapes only the first of several links. URLs stay as they are, visible.

Embed author names and footers are plain text on Discord (no markdown, no mentions), so they are not
escaped; a backslash would show there.
"""

from __future__ import annotations

import re

import discord

_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")
_BRACKET = re.compile(r"(\\*)\[")


def _escape_bracket(match: re.Match[str]) -> str:
    backslashes = match.group(1)
    return backslashes + ("\\[" if len(backslashes) % 2 == 0 else "[")


def escape(text: str) -> str:
    """``text`` shown as written: no mention, no markdown, no disguised link."""
    text = discord.utils.escape_markdown(text)
    text = _BRACKET.sub(_escape_bracket, text)
    return _break_mentions(text)


def _break_mentions(text: str) -> str:
    text = discord.utils.escape_mentions(text)
    # escape_mentions needs 17-20 digit ids; any <@…>, <@&…>, <#…> is broken here.
    return _MENTION.sub(lambda m: f"<{m.group(1)}\u200b{m.group(2)}>", text)


def in_code_block(text: str) -> str:
    """``text`` safe inside a ``` fence: a backtick can't close it; mentions are broken (zero-width, so
    the columns stay aligned); markdown does not render inside, so nothing else is escaped."""
    return _break_mentions(text.replace("`", "ˋ"))
