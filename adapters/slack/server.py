"""Running the Slack app beside the bot's loop: Socket Mode or HTTP mode, and a clean stop.

Socket Mode (``SLACK_APP_TOKEN``) opens an outgoing websocket, so no public URL is needed; HTTP mode
(``SLACK_SIGNING_SECRET``) serves ``POST /slack/events`` on ``POLLWATCH_SLACK_HOST:PORT`` for a reverse
proxy or load balancer. With both set, Socket Mode wins. Both hand every request to the same AsyncApp.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.adapter import SlackAdapter, api_error, history_note
from adapters.slack.app import build_app
from adapters.slack.context import SlackServices
from adapters.slack.polls import Voting
from adapters.slack.roles import Roles
from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import ConfigError
from bot.ports import ChatAdapter

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def make_client(settings: Settings) -> AsyncWebClient:
    """The Web API client; ``SLACK_API_URL`` points it elsewhere (a proxy, the tests' stand-in)."""
    base = settings.slack_api_url or AsyncWebClient.BASE_URL
    return AsyncWebClient(token=settings.slack_bot_token, base_url=base if base.endswith("/") else base + "/")


class SlackService:
    """The Slack adapter, its app, and the transport it runs on."""

    def __init__(
        self,
        core: Pollwatch,
        settings: Settings,
        *,
        wake: Callable[[], None] = lambda: None,
        routes: Callable[[web.Application], None] | None = None,
    ) -> None:
        if not settings.slack_bot_token:
            raise ConfigError("SLACK_BOT_TOKEN: needed to run the Slack adapter")
        self.settings = settings
        client = make_client(settings)
        self.adapter = SlackAdapter(client, admin_ids=settings.slack_admin_ids)
        roles = Roles(
            client,
            admin_ids=settings.slack_admin_ids,
            moderator_ids=settings.slack_moderator_ids,
            moderator_group=settings.slack_moderator_group,
        )
        self.services = SlackServices(core, self.adapter, roles, wake)
        self.voting = Voting(self.services)
        self.app: AsyncApp | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self._routes = routes  # more paths for the HTTP-mode server (the operations endpoint)
        self._client_only = False

    @property
    def mode(self) -> str:
        return "socket" if self.settings.slack_app_token else "http"

    async def start(self, *, serve: bool = True) -> None:
        """Sign in and, with ``serve``, take commands and clicks (Socket Mode, or the HTTP server). Without
        it only the Web API client works: enough for an outbox process to deliver."""
        settings = self.settings
        if not (settings.slack_app_token or settings.slack_signing_secret):
            raise ConfigError("Slack: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)")
        try:
            identity = await self.adapter.client.auth_test()
        except SlackApiError as exc:
            raise ConfigError(f"SLACK_BOT_TOKEN: Slack refused it ({api_error(exc)})") from None
        log.info("Slack: signed in as %s in team %s", identity.get("user_id"), identity.get("team_id"))
        self.adapter.note_scopes(identity)
        note = history_note(self.adapter.scopes)
        (log.info if self.adapter.can_read_history else log.warning)("Slack delivery: %s", note)
        if not serve:
            self._client_only = True
            return
        assert settings.slack_bot_token is not None
        self.app = build_app(
            self.services,
            bot_token=settings.slack_bot_token,
            signing_secret=None if settings.slack_app_token else settings.slack_signing_secret,
            bot_user_id=identity.get("user_id"),
            voting=self.voting,
        )
        if settings.slack_app_token:
            self._socket = AsyncSocketModeHandler(
                self.app, settings.slack_app_token, web_client=self.adapter.client
            )
            await self._socket.connect_async()  # type: ignore[no-untyped-call]
            log.info("Slack: connected in Socket Mode")
            return
        web_app = self.app.web_app(path=EVENTS_PATH)
        if self._routes is not None:
            self._routes(web_app)
        self._runner = web.AppRunner(web_app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, settings.slack_host, settings.slack_port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else settings.slack_port
        log.info("Slack: HTTP mode, listening on %s:%s%s", settings.slack_host, self.port, EVENTS_PATH)

    async def connected(self) -> bool:
        """Socket Mode: the websocket is open; HTTP mode: the server listens (for ``/readyz``); the client
        alone (an outbox): signed in."""
        if self._client_only:
            return True
        if self._socket is not None:
            return bool(await self._socket.client.is_connected())
        return self._runner is not None

    async def stop(self) -> None:
        await self.voting.close()
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def start_slack(
    core: Pollwatch,
    adapters: dict[str, ChatAdapter],
    wake: Callable[[], None] = lambda: None,
    routes: Callable[[web.Application], None] | None = None,
    *,
    serve: bool = True,
) -> SlackService | None:
    """Start Slack when ``SLACK_BOT_TOKEN`` is set and register its adapter for the outbox (the runtime's
    one call); ``wake`` nudges the run loop when a command created work; without ``serve`` only the Web API
    client starts (an outbox process). Returns the service to stop."""
    if not core.settings.slack_enabled:
        return None
    service = SlackService(core, core.settings, wake=wake, routes=routes)
    await service.start(serve=serve)
    adapters[service.adapter.platform] = service.adapter
    return service
