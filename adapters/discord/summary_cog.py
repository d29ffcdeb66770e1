"""``/summary url``: anyone can ask for the summary (and the poll figures) of a web page.

The page is fetched through the core's guarded fetcher (size cap, timeouts, no private addresses unless
the operator allows them), read off the event loop, and shown as a digest embed.
"""

from __future__ import annotations

import asyncio
import html
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.embeds import digest_embed
from bot.errors import InvalidInput
from bot.feed_admin import normalise_url
from bot.models import Digest
from bot.reading.read import ReadPost

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(r"charset=([\w-]+)", re.IGNORECASE)


def page_title(text: str) -> str:
    found = _TITLE.search(text[:200_000])
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


def decode(body: bytes, content_type: str) -> str:
    found = _CHARSET.search(content_type)
    encoding = found.group(1) if found else "utf-8"
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


class SummaryCog(commands.Cog):
    def __init__(self, bot: PollwatchBot) -> None:
        self.bot = bot
        self.core = bot.core

    @app_commands.command(name="summary", description="Summarise a web page and the poll figures it quotes")
    @app_commands.describe(url="The page's address")
    async def summary(self, interaction: discord.Interaction[Any], url: str) -> None:
        address = normalise_url(url, operator=False)
        # Deferred ephemerally, so a page that can't be read is explained to the asker alone; the summary
        # itself then goes to the channel as a follow-up of its own.
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.core.fetcher.fetch(address, accept=PAGE_ACCEPT)
        if not result.body:
            raise InvalidInput("that page is empty")
        text = decode(result.body, result.content_type)
        title = page_title(text) or result.url
        reader = self.core.reader
        if "html" in result.content_type or "<html" in text[:2000].lower():
            read: ReadPost = await asyncio.to_thread(reader.read, text, title=title)
        else:
            read = await asyncio.to_thread(reader.read_text, text, title=title)
        digest = Digest(
            post_id=0,
            title=title,
            link=result.url,
            feed_title=None,
            published_at=None,
            summary=read.summary,
            groups=read.extraction.groups,
            meta=read.extraction.meta,
        )
        await interaction.edit_original_response(content="Here is the summary.")
        await interaction.followup.send(embed=digest_embed(digest, question_ids=False), ephemeral=False)
