"""Turning errors into answers: what a user can fix is told to them, ephemerally and specifically;
anything else is logged with its context and the user gets a short apology, never a traceback.

:class:`PollwatchTree` routes every slash-command error here; buttons and modals call
:func:`report_error` from their own ``on_error``.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.errors import UserError

log = logging.getLogger("pollwatch.discord")

APOLOGY = "Sorry, something went wrong on our side. It has been logged; please try again later."


async def reply(interaction: discord.Interaction[Any], text: str, *, ephemeral: bool = True) -> None:
    """Answer ``interaction`` whether or not it was already answered or deferred."""
    text = text[:2000]
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=ephemeral)
    else:
        await interaction.response.send_message(text, ephemeral=ephemeral)


def user_message(error: BaseException) -> str | None:
    """The message to show for an error the user can act on, or None for an unexpected error."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserError):
        text = str(error)
        return text[:1].upper() + text[1:]
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You are not allowed to use this command here."
    if isinstance(error, app_commands.TransformerError):
        return f"{error.value!r} is not a valid value for this option."
    return None


def _context(interaction: discord.Interaction[Any]) -> str:
    command = interaction.command.qualified_name if interaction.command else None
    custom_id = (interaction.data or {}).get("custom_id") if interaction.data else None
    return (
        f"command={command} custom_id={custom_id} user={interaction.user.id} "
        f"guild={interaction.guild_id} channel={interaction.channel_id}"
    )


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    message = user_message(error)
    if message is None:
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        log.error("unexpected error (%s)", _context(interaction), exc_info=original)
        message = APOLOGY
    try:
        await reply(interaction, message)
    except discord.HTTPException as exc:  # the interaction expired, or Discord is down: nothing to tell
        log.warning("could not answer an interaction (%s): %s", _context(interaction), exc)


class PollwatchTree(app_commands.CommandTree[Any]):
    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
