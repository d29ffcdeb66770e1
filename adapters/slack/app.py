"""The slack-bolt ``AsyncApp``: one ``/pollwatch`` command, the vote buttons and the poll modal.

Every listener acks first (Slack wants an answer within 3 seconds) and does its work afterwards, answering
through the command's ``response_url`` or ``chat.postEphemeral``. The one exception is the modal
submission, whose field errors can only travel in the ack. Transports (Socket Mode, HTTP) live in
:mod:`adapters.slack.server`; they only hand requests to this app.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import blocks as bk
from adapters.slack.commands import (
    FEED_COMMANDS,
    HELP,
    Help,
    PollsClose,
    PollsExport,
    PollsQuestions,
    PollsRepost,
    PollsStart,
    Summary,
    parse_command,
)
from adapters.slack.context import APOLOGY, Reply, SlackServices, answer_errors
from adapters.slack.feeds import handle_feeds
from adapters.slack.modal import CALLBACK_ID, QUESTION, FormErrors, read_form
from adapters.slack.polls import (
    Voting,
    announce_poll,
    close_poll,
    error_field,
    export_poll,
    open_modal,
    questions_reply,
    repost_results,
    start_poll,
)
from adapters.slack.summary import summary_reply
from bot.errors import InvalidInput, UserError

log = logging.getLogger(__name__)

VOTE_ACTION = re.compile(rf"^{bk.VOTE_ACTION_PREFIX}:\d+:\d+$")
SUBGROUP_ACTION = re.compile(rf"^{bk.SUBGROUP_ACTION_PREFIX}:\d+$")
WITHDRAW_ACTION = re.compile(rf"^{bk.WITHDRAW_ACTION_PREFIX}:\d+$")

Ack = Callable[..., Awaitable[None]]
Respond = Callable[..., Awaitable[Any]]


def help_reply(problem: str | None = None) -> Reply:
    text = f":grey_question: {problem}\n\n{HELP}" if problem else HELP
    return Reply(text, [bk.section(text)])


def build_app(
    services: SlackServices,
    *,
    bot_token: str,
    signing_secret: str | None,
    bot_user_id: str | None = None,
    voting: Voting | None = None,
) -> AsyncApp:
    """The bolt app over ``services``. Without a signing secret (Socket Mode) requests are not verified:
    they arrive over the app's own authenticated websocket."""

    async def authorize(enterprise_id: str | None, team_id: str | None, **_: Any) -> AuthorizeResult:
        # One workspace, one bot token: no auth.test round trip per request.
        return AuthorizeResult(
            enterprise_id=enterprise_id, team_id=team_id, bot_token=bot_token, bot_user_id=bot_user_id
        )

    # The app's own client carries no token (``authorize`` supplies it per request); same base URL.
    shared = services.adapter.client
    app = AsyncApp(
        client=AsyncWebClient(base_url=shared.base_url, timeout=shared.timeout, logger=shared.logger),
        signing_secret=signing_secret or "",
        request_verification_enabled=bool(signing_secret),
        authorize=authorize,
        raise_error_for_unhandled_request=False,
    )
    votes = voting or Voting(services)

    @app.command("/pollwatch")
    async def on_command(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        await handle_command(services, ack, command, respond)

    @app.action(VOTE_ACTION)
    async def on_vote(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        try:
            poll_id, option = bk.parse_vote(str(action.get("value") or action.get("action_id")))
        except ValueError:
            log.warning("ignoring a malformed vote button: %r", action)
            return
        channel, user = _where(body)
        try:
            await votes.vote(user, channel, poll_id, option, selected_subgroup(body, poll_id))
        except Exception:
            log.exception("a vote on poll #%d failed", poll_id)
            await services.adapter.ephemeral(channel, user, APOLOGY)

    @app.action(SUBGROUP_ACTION)
    async def on_subgroup(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        try:
            poll_id, index = bk.parse_subgroup_choice(str((action.get("selected_option") or {}).get("value")))
        except ValueError:
            log.warning("ignoring a malformed subgroup choice: %r", action)
            return
        channel, user = _where(body)
        try:
            await votes.choose_subgroup(user, channel, poll_id, index)
        except Exception:
            log.exception("a subgroup answer on poll #%d failed", poll_id)
            await services.adapter.ephemeral(channel, user, APOLOGY)

    @app.action(WITHDRAW_ACTION)
    async def on_withdraw(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        try:
            poll_id = bk.parse_poll_action(str(action.get("action_id")), bk.WITHDRAW_ACTION_PREFIX)
        except ValueError:
            log.warning("ignoring a malformed withdraw button: %r", action)
            return
        channel, user = _where(body)
        try:
            await votes.withdraw(user, channel, poll_id)
        except Exception:
            log.exception("withdrawing a vote on poll #%d failed", poll_id)
            await services.adapter.ephemeral(channel, user, APOLOGY)

    @app.view(CALLBACK_ID)
    async def on_poll_form(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        await handle_poll_form(services, ack, body, view)

    return app


def _where(body: dict[str, Any]) -> tuple[str, str]:
    """The channel and the member of a click."""
    channel = str((body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id"))
    return channel, str(body["user"]["id"])


def selected_subgroup(body: dict[str, Any], poll_id: int) -> int | None:
    """The answer the member's subgroup menu shows, from the message state Slack sends with a click."""
    values = ((body.get("state") or {}).get("values") or {}).get(f"poll_more:{poll_id}") or {}
    chosen = (values.get(bk.subgroup_action_id(poll_id)) or {}).get("selected_option") or {}
    try:
        found, index = bk.parse_subgroup_choice(str(chosen.get("value") or ""))
    except ValueError:
        return None
    return index if found == poll_id else None


async def handle_command(s: SlackServices, ack: Ack, command: dict[str, Any], respond: Respond) -> None:
    user, channel = str(command["user_id"]), str(command["channel_id"])
    try:
        cmd = parse_command(str(command.get("text") or ""))
    except InvalidInput as exc:
        await ack(text=f":warning: {bk.escape(str(exc))}")
        return
    if isinstance(cmd, Help):
        reply = help_reply(cmd.problem)
        await ack(text=reply.text, blocks=reply.blocks)
        return
    await ack()

    async def send(reply: Reply) -> None:
        await respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral", replace_original=False)

    async def work() -> Reply | None:
        if isinstance(cmd, Summary):
            return await summary_reply(s, cmd.url)
        actor = await s.roles.actor(user, str(command.get("user_name") or ""))
        if isinstance(cmd, FEED_COMMANDS):
            return await handle_feeds(s, actor, channel, cmd)
        if isinstance(cmd, PollsQuestions):
            return await questions_reply(s, actor, channel, cmd.limit)
        if isinstance(cmd, PollsStart):
            await open_modal(s, actor, channel, cmd.question_id, str(command["trigger_id"]))
            return None
        if isinstance(cmd, PollsClose):
            return await close_poll(s, actor, cmd.poll_id)
        if isinstance(cmd, PollsRepost):
            return await repost_results(s, actor, cmd.poll_id)
        if isinstance(cmd, PollsExport):
            return await export_poll(s, actor, cmd.poll_id, cmd.fmt)
        return help_reply()

    await answer_errors(work, send)


async def handle_poll_form(s: SlackServices, ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
    user = str(body["user"]["id"])
    try:
        form = read_form(view)
    except FormErrors as exc:
        await ack(response_action="errors", errors=exc.errors)
        return
    try:
        actor = await s.roles.actor(user)
        poll = await start_poll(s, actor, form)
    except UserError as exc:
        await ack(response_action="errors", errors={error_field(str(exc)): str(exc)})
        return
    except Exception:
        log.exception("starting a poll from the modal failed")
        await ack(response_action="errors", errors={QUESTION: APOLOGY})
        return
    await ack()
    await announce_poll(s, poll, user)
