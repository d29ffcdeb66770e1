"""``/summary url``: anyone can ask for the summary (and the poll figures) of a web page.

The page is fetched through the core's guarded fetcher (size cap, timeouts, no private addresses unless
the operator allows them), read off the event loop, and shown as a digest embed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.embeds import digest_embed

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot


class SummaryCog(commands.Cog):
    def __init__(self, bot: PollwatchBot) -> None:
        self.bot = bot
        self.core = bot.core

    @app_commands.command(name="summary", description="Summarise a web page and the poll figures it quotes")
    @app_commands.describe(url="The page's address")
    async def summary(self, interaction: discord.Interaction[Any], url: str) -> None:
        # Deferred ephemerally, so a page that can't be read is explained to the asker alone; the summary
        # itself then goes to the channel as a follow-up of its own.
        await interaction.response.defer(ephemeral=True, thinking=True)
        digest = await self.core.summarize_url(url)
        await interaction.edit_original_response(content="Here is the summary.")
        await interaction.followup.send(embed=digest_embed(digest, question_ids=False), ephemeral=False)
