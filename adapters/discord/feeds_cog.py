"""``/feeds …``: feed administration for a channel, admins only (Manage Server or a configured role).

Every command calls :class:`bot.feed_admin.FeedAdmin` with the member's :class:`Actor`; the check here
answers with the permission needed before any work is done, and the core checks again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord import PLATFORM
from adapters.discord.checks import admin_only, require_admin
from adapters.discord.embeds import clip
from adapters.discord.text import escape
from bot.feed_admin import FeedHealth
from bot.feeds.filters import PostFilter

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot

SCHEDULE_HINTS = (
    "immediate",
    "daily 08:00 UTC",
    "daily 08:00 Europe/London",
    "daily 07:00 America/New_York",
    "weekly mon 09:00 UTC",
    "weekly fri 17:00 Europe/Berlin +empty",
)


def _when(moment: Any) -> str:
    return f"<t:{int(moment.timestamp())}:R>" if moment is not None else "never"


def health_line(number: int, health: FeedHealth) -> str:
    feed, sub = health.feed, health.subscription
    status = {"active": "✅", "paused": "⏸️ paused", "gone": "⛔ gone"}.get(feed.status, feed.status)
    parts = [
        f"**#{sub.id}** {clip(escape(feed.title or feed.url), 80)} — {status}",
        f"  {feed.url}",
        f"  last check {_when(feed.last_checked_at)}, last success {_when(feed.last_success_at)}, "
        f"{feed.failures} failure{'s' if feed.failures != 1 else ''}, {health.posts} posts; {sub.schedule}",
    ]
    if sub.include or sub.exclude or sub.only_polls:
        parts.append(f"  filter: {PostFilter(sub.include, sub.exclude, sub.only_polls).describe()}")
    if feed.last_error:
        parts.append(f"  last error: {clip(escape(feed.last_error), 200)}")
    return "\n".join(parts)


# A hint to Discord's UI (members without Manage Server don't see /feeds; server admins can change that
# under Integrations). The checks below are what actually refuses.
@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
class FeedsCog(commands.GroupCog, group_name="feeds", group_description="Feeds delivered to this channel"):
    def __init__(self, bot: PollwatchBot) -> None:
        self.bot = bot
        self.core = bot.core
        super().__init__()

    # --- helpers ---------------------------------------------------------------------------------------

    @staticmethod
    def _channel(interaction: discord.Interaction[Any]) -> str:
        return str(interaction.channel_id)

    async def feed_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """The channel's feeds, matched on number, title or URL (at most 25, as Discord allows)."""
        try:
            actor = require_admin(interaction)
            feeds = await self.core.feeds.list(actor, PLATFORM, self._channel(interaction))
        except Exception:  # autocomplete must answer something; the command itself reports errors
            return []
        wanted = current.casefold().lstrip("#")
        choices = []
        for health in feeds:
            label = f"#{health.subscription.id} {health.feed.title or health.feed.url}"
            if wanted in label.casefold() or wanted in health.feed.url.casefold():
                choices.append(app_commands.Choice(name=clip(label, 100), value=str(health.subscription.id)))
        return choices[:25]

    async def schedule_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        hints = [h for h in SCHEDULE_HINTS if current.casefold() in h.casefold()]
        if current and current not in hints:
            hints.insert(0, current)
        return [app_commands.Choice(name=clip(h, 100), value=h[:100]) for h in hints[:25]]

    # --- commands --------------------------------------------------------------------------------------

    @app_commands.command(name="add", description="Deliver a feed's new posts to this channel")
    @app_commands.describe(
        url="The feed's address (or a web page that links to its feed)",
        backfill="How many existing posts to deliver now (new posts always come)",
    )
    @app_commands.choices(
        backfill=[
            app_commands.Choice(name="Only the newest post (default)", value=1),
            app_commands.Choice(name="None: only posts from now on (don't flood)", value=0),
            app_commands.Choice(name="The newest 5 posts", value=5),
            app_commands.Choice(name="The newest 20 posts", value=20),
        ]
    )
    @admin_only("add feeds")
    async def add(self, interaction: discord.Interaction[Any], url: str, backfill: int | None = None) -> None:
        actor = require_admin(interaction, "add feeds")
        await interaction.response.defer(ephemeral=True, thinking=True)
        added = await self.core.feeds.add(actor, PLATFORM, self._channel(interaction), url, backfill=backfill)
        title = escape(added.title or added.feed.title or added.feed.url)
        if added.already_subscribed:
            text = f"This channel already follows **{clip(title, 200)}** (#{added.subscription.id})."
        else:
            count = added.subscription.backfill
            text = (
                f"Added **{clip(title, 200)}** (#{added.subscription.id}). "
                f"{'The newest post is' if count == 1 else f'Up to {count} recent posts are'} on the way; "
                "new posts follow as they appear."
                if count
                else f"Added **{clip(title, 200)}** (#{added.subscription.id}); new posts will appear here."
            )
        if added.discovered_from:
            text += f"\nFound through the page {added.discovered_from}."
        if added.warning:
            text += f"\nNote: {added.warning}"
        await interaction.followup.send(text, ephemeral=True)

    @app_commands.command(name="remove", description="Stop delivering a feed to this channel")
    @app_commands.describe(feed="The feed (its number from /feeds list, or its URL)")
    @app_commands.autocomplete(feed=feed_autocomplete)
    @admin_only("remove feeds")
    async def remove(self, interaction: discord.Interaction[Any], feed: str) -> None:
        actor = require_admin(interaction, "remove feeds")
        removed = await self.core.feeds.remove(actor, PLATFORM, self._channel(interaction), feed)
        await interaction.response.send_message(
            f"Removed **{clip(escape(removed.title or removed.url), 200)}** from this channel.",
            ephemeral=True,
        )

    @app_commands.command(name="list", description="This channel's feeds and their health")
    @admin_only("list feeds")
    async def list_feeds(self, interaction: discord.Interaction[Any]) -> None:
        actor = require_admin(interaction, "list feeds")
        feeds = await self.core.feeds.list(actor, PLATFORM, self._channel(interaction))
        if not feeds:
            await interaction.response.send_message(
                "This channel follows no feeds yet; add one with `/feeds add`.", ephemeral=True
            )
            return
        embed = discord.Embed(title=f"Feeds in this channel ({len(feeds)})", colour=discord.Colour(0x0072B2))
        lines = [health_line(i, h) for i, h in enumerate(feeds, start=1)]
        text = ""
        for i, line in enumerate(lines):
            tail = f"\n…and {len(lines) - i} more" if i < len(lines) else ""
            if len(text) + len(line) + len(tail) + 2 > 4000:
                text += tail
                break
            text += ("\n\n" if text else "") + line
        embed.description = text
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(
        name="schedule", description="Post a feed immediately, or as a daily or weekly digest"
    )
    @app_commands.describe(
        feed="The feed, or `all` for every feed of this channel",
        schedule="immediate | daily HH:MM Zone | weekly mon HH:MM Zone (add +empty to hear about quiet days)",
    )
    @app_commands.autocomplete(feed=feed_autocomplete, schedule=schedule_autocomplete)
    @admin_only("change feed schedules")
    async def schedule(self, interaction: discord.Interaction[Any], feed: str, schedule: str) -> None:
        actor = require_admin(interaction, "change feed schedules")
        parsed = await self.core.feeds.set_schedule(
            actor, PLATFORM, self._channel(interaction), feed, schedule
        )
        await interaction.response.send_message(f"From now on: {parsed.describe()}.", ephemeral=True)

    @app_commands.command(name="filter", description="Only deliver a feed's posts that match keywords")
    @app_commands.describe(
        feed="The feed",
        include="Comma-separated words: deliver only posts mentioning one of them",
        exclude="Comma-separated words: never deliver posts mentioning one of them",
        only_polls="Deliver only posts that quote poll figures",
        clear="Start from no filter",
    )
    @app_commands.autocomplete(feed=feed_autocomplete)
    @admin_only("change feed filters")
    async def filter(
        self,
        interaction: discord.Interaction[Any],
        feed: str,
        include: str | None = None,
        exclude: str | None = None,
        only_polls: bool | None = None,
        clear: bool = False,
    ) -> None:
        actor = require_admin(interaction, "change feed filters")
        updated = await self.core.feeds.set_filter(
            actor,
            PLATFORM,
            self._channel(interaction),
            feed,
            include=include.split(",") if include is not None else None,
            exclude=exclude.split(",") if exclude is not None else None,
            only_polls=only_polls,
            clear=clear,
        )
        await interaction.response.send_message(f"Filter now: {updated.describe()}.", ephemeral=True)

    @app_commands.command(name="digest-now", description="Post this channel's scheduled digests now")
    @admin_only("post a digest now")
    async def digest_now(self, interaction: discord.Interaction[Any]) -> None:
        actor = require_admin(interaction, "post a digest now")
        moved = await self.core.feeds.digest_now(actor, PLATFORM, self._channel(interaction))
        text = (
            f"{moved} scheduled digest{'s' if moved != 1 else ''} will be posted within a minute."
            if moved
            else "No feed of this channel is on a daily or weekly schedule; posts already arrive as they appear."
        )
        await interaction.response.send_message(text, ephemeral=True)
