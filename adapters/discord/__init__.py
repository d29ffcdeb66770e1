"""The Discord adapter: slash commands, digests as embeds, reader polls with buttons.

``bot.PollwatchBot`` is the discord.py client (cogs, persistent vote buttons, command sync);
``adapter.DiscordAdapter`` is the outbox's :class:`~bot.ports.ChatAdapter` for Discord channels.
"""

import warnings

# discord.py imports the stdlib ``audioop`` (for voice, which pollwatch does not use); on Python 3.11-3.12
# that import warns "deprecated, slated for removal in 3.13". The warning is about discord.py, not us, so
# it is silenced here, for that one import only, rather than for the whole process.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="'audioop' is deprecated", category=DeprecationWarning)
    import discord  # noqa: F401

PLATFORM = "discord"
