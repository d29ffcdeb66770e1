"""Every form the bot opens is one Discord accepts: the stand-in refuses a modal over Discord's limits
(title 45, labels 45, values 4,000, 5 inputs) with 400 and code 50035, as Discord does."""

from __future__ import annotations

import pytest

from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.discord.conftest import BotFactory
from tests.discord.limits import MODAL_LABEL_MAX, MODAL_TITLE_MAX
from tests.discord.standin import MOD_ROLE, NEWS, DiscordStandin, member
from tests.discord.support import serve_taliban_feed
from tests.discord.test_discord_polls import inputs
from tests.support import FeedServer


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("start", {"question": "p1q1"}),
        ("start", {"question": "p1q1", "live": True}),
        ("start", {"question": "p1q1", "subgroups": True}),
        ("start", {"question": "p1q1", "native": True}),
        ("custom", {}),
        ("custom", {"subgroups": True}),
        ("custom", {"native": True}),
    ],
)
async def test_every_poll_form_opens(
    make_bot: BotFactory,
    standin: DiscordStandin,
    dcore: Pollwatch,
    feed_server: FeedServer,
    command: str,
    options: dict[str, object],
) -> None:
    """Defect: the button poll's duration label was 48 characters, so Discord refused every poll form."""
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    async with make_bot():
        opened = await standin.slash(member("mo", roles=(MOD_ROLE,)), "poll", command, options)
    assert not standin.invalid_form_bodies, standin.invalid_form_bodies[0][1]
    assert opened.json["type"] == 9, opened.json  # the modal, not an apology
    modal = opened.json["data"]
    assert 0 < len(modal["title"]) <= MODAL_TITLE_MAX
    labels = list(inputs(modal))
    assert all(0 < len(label) <= MODAL_LABEL_MAX for label in labels)
    assert any(label.startswith("Runs for") for label in labels)


async def test_the_stand_in_refuses_a_label_over_45_characters(
    make_bot: BotFactory, standin: DiscordStandin
) -> None:
    """The stand-in says no where Discord says no: a 46-character label gets 400 / 50035, naming the field."""
    import discord

    from adapters.discord.errors import APOLOGY

    class TooLong(discord.ui.Modal, title="Too long"):
        answer: discord.ui.TextInput[discord.ui.Modal] = discord.ui.TextInput(label="x" * 46)

    async with make_bot() as bot:

        @bot.tree.command(name="toolong", description="opens a modal Discord refuses")
        async def toolong(interaction: discord.Interaction[discord.Client]) -> None:
            await interaction.response.send_modal(TooLong())

        reply = await standin.slash(member("mo"), "toolong")
    ((refused, body),) = standin.invalid_form_bodies
    assert refused.json["type"] == 9 and body["code"] == 50035
    assert body["errors"]["data"]["components"]["0"]["components"]["0"]["label"]["_errors"]
    assert reply.json["data"]["content"] == APOLOGY  # the member hears something went wrong
    standin.rejected.clear()  # meant
