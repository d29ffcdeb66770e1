"""A loopback stand-in for Discord: the REST routes pollwatch uses and a JSON gateway, on 127.0.0.1:0.

The real discord.py client connects to it (the bot's ``Endpoints``: ``DISCORD_API_BASE`` and
``DISCORD_GATEWAY_URL`` point here), so the tests exercise the library's own login, gateway, interaction and
rate-limit code. The stand-in records every REST request it receives; tests assert on those records.

What it plays:

- login: ``GET /users/@me``, ``GET /oauth2/applications/@me``; ``GET /gateway/bot`` names its own gateway;
- command sync: ``PUT /applications/{app}/commands`` and the guild variant (echoed back with ids);
- messages: create (JSON or multipart with files), edit, start a thread; per-channel failures (404 Unknown
  Channel, 403 Missing Access) and queued 429s with ``retry_after``;
- interactions: ``POST /interactions/{id}/{token}/callback`` and the webhook follow-up/edit routes;
- the gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, and ``dispatch`` for INTERACTION_CREATE.
- sharding as Discord does it: IDENTIFY carries ``shard: [id, count]``; READY and GUILD_CREATE name only that
  shard's guilds, and a guild's events (interactions) go only to the connection whose shard holds it,
  ``(guild_id >> 22) % count == id`` (events without a guild to shard 0). An impossible shard is closed with
  4010 (Invalid shard); a session that would hold more than ``max_guilds_per_shard`` guilds (Discord: 2,500)
  with 4011 (Sharding required). ``GET /gateway/bot`` recommends ``recommended_shards``.

What it refuses, as Discord does (the limits themselves are in :mod:`tests.discord.limits`):

- a payload over a documented limit: 400, code 50035, with the ``errors`` tree naming the field (content,
  embeds, components, modals, autocomplete choices, native polls, nonce, allowed_mentions);
- an interaction answered after 3 seconds (404, 10062) or a second time (400, 40060); follow-ups before the
  first answer (404, 10015) or after 15 minutes (401, 50027);
- messages to a channel it does not know (404, 10003); edits of a message that is not there (404, 10008);
- requests over a per-route bucket or the global limit (429; see :mod:`tests.discord.ratelimits`); every
  answer carries the ``X-RateLimit-*`` headers.

What it does as Discord does: ``enforce_nonce`` returns the author's earlier message with the same nonce
within ``nonce_window`` (a few minutes) instead of posting again; a webhook PATCH edits the message it
names; each message records its ``allowed_mentions`` and who its content would notify (``pings``).

Discord's quirks that matter to discord.py are kept: ``Content-Type: application/json`` exactly (not
``; charset=utf-8``), and a 429 carries a ``Via`` header (without one, discord.py takes it for a Cloudflare
ban and does not retry).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from tests.discord import limits
from tests.discord.ratelimits import RateLimiter

API = "/api/v10"
APP_ID = 1_000_000_000_000_000_001
BOT_ID = APP_ID
GUILD_ID = 1_000_000_000_000_000_100
EVERYONE_ROLE = GUILD_ID
MOD_ROLE = 1_000_000_000_000_000_201
ADMIN_ROLE = 1_000_000_000_000_000_202
NEWS = 1_000_000_000_000_000_301  # a text channel
OTHER = 1_000_000_000_000_000_302  # another text channel
SYSTEM = 1_000_000_000_000_000_303  # the guild's system channel (admin notices land here)

# Permission bits (Discord's).
MANAGE_MESSAGES = 1 << 13
MANAGE_GUILD = 1 << 5
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31)  # view, send, read history, use commands

JSON = "application/json"
DISCORD_EPOCH_MS = 1_420_070_400_000
INVALID_FORM_BODY = 50035
ALREADY_ACKNOWLEDGED = 40060
UNKNOWN_INTERACTION = 10062
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_WEBHOOK = 10015
INVALID_SHARD = 4010  # gateway close codes
SHARDING_REQUIRED = 4011
MAX_GUILDS_PER_SHARD = 2500
INVALID_WEBHOOK_TOKEN = 50027
RESPONSE_DEADLINE = 3.0  # seconds to the first response to an interaction
TOKEN_LIFETIME = 15 * 60.0  # an interaction token's follow-ups and edits
NONCE_WINDOW = 5 * 60.0  # "the past few minutes" in which enforce_nonce finds an earlier message


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user_obj(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


@dataclass
class Member:
    """Someone who can run commands and click buttons in the stand-in guild."""

    id: int
    name: str
    permissions: int = MEMBER_PERMISSIONS
    roles: tuple[int, ...] = ()

    def payload(self) -> dict[str, Any]:
        return {
            "user": user_obj(self.id, self.name),
            "roles": [str(r) for r in self.roles],
            "joined_at": "2025-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": str(self.permissions),
        }


_member_ids = itertools.count(2_000_000_000_000_000_000)


def member(name: str, *, permissions: int = MEMBER_PERMISSIONS, roles: tuple[int, ...] = ()) -> Member:
    return Member(next(_member_ids), name, permissions, roles)


@dataclass
class Request:
    """One REST request as the stand-in received it (``json`` is the payload, also of a multipart body)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[tuple[str, str, bytes]] = field(default_factory=list)  # (field, filename, content)


@dataclass
class Failure:
    status: int
    code: int
    message: str


class DiscordStandin:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.callbacks: dict[int, Request] = {}
        self.command_syncs: list[Request] = []
        self.identifies: list[dict[str, Any]] = []
        self.channel_failures: dict[int, Failure] = {}
        self.rate_limits: list[float] = []  # retry_after of the next 429s on message creation
        self.limiter = RateLimiter()  # Discord's per-route buckets and global limit
        self.rejected: list[tuple[Request, dict[str, Any]]] = []  # requests answered 400 (50035, 40060…)
        self.allowed_mentions: dict[int, Any] = {}  # message id -> the allowed_mentions it was sent with
        self.pings: dict[int, dict[str, Any]] = {}  # message id -> who its content notified
        self.channels: set[int] = {NEWS, OTHER, SYSTEM}  # where messages can go (threads join)
        self.nonce_window = NONCE_WINDOW
        self.response_deadline = RESPONSE_DEADLINE
        self.response_times: list[float] = []  # seconds from each interaction to its first answer
        self.port = 0
        self._ids = itertools.count(3_000_000_000_000_000_000)
        self._nonces: dict[tuple[int, str], tuple[int, float]] = {}  # (author, nonce) -> (message, when)
        self._dispatched_at: dict[int, float] = {}  # interaction id -> when the client was sent it
        self._acknowledged: dict[str, float] = {}  # interaction token -> when it was first answered
        self._original: dict[str, int] = {}  # interaction token -> its original response message
        self._source_message: dict[str, int] = {}  # interaction token -> the message clicked on
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Condition()
        self._channel_of: dict[str, int] = {}  # interaction id or token -> channel id
        self.guild_ready = asyncio.Event()
        # Native polls: message id -> member id -> (answer id, user object); and the finalised ones.
        self.poll_votes: dict[int, dict[int, tuple[int, dict[str, Any]]]] = {}
        self.finalised_polls: set[int] = set()
        # Guilds (the first is GUILD_ID with NEWS, OTHER, SYSTEM) and sharding.
        self.guild_channels: dict[int, list[int]] = {GUILD_ID: [NEWS, OTHER, SYSTEM]}
        self.max_guilds_per_shard = MAX_GUILDS_PER_SHARD
        self.recommended_shards = 1
        self.shard_of: dict[web.WebSocketResponse, tuple[int, int]] = {}
        self.closes: list[tuple[list[Any], int]] = []  # (the shard asked for, close code)
        self.dispatched: list[
            tuple[str, int | None, tuple[int, int]]
        ] = []  # (event, guild, shard it went to)

    # --- addresses -----------------------------------------------------------------------------------

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def connected_clients(self) -> int:
        return len(self._sockets)

    def next_id(self) -> int:
        return next(self._ids)

    # --- lifecycle -----------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            with contextlib.suppress(Exception):
                await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- waiting on what arrived ---------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], Any], within: float = 5.0) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked after every request); return its value."""

        async def check() -> Any:
            async with self._changed:
                while not (value := predicate()):
                    await self._changed.wait()
                return value

        return await asyncio.wait_for(check(), within)

    def sent(self, method: str, fragment: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and fragment in r.path]

    def posts_to(self, channel_id: int) -> list[Request]:
        return self.sent("POST", f"/channels/{channel_id}/messages")

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    # --- the gateway ---------------------------------------------------------------------------------

    def add_guild(self, guild_id: int, channel_id: int) -> None:
        """Another server the bot is in, with one text channel (no system channel)."""
        self.guild_channels[guild_id] = [channel_id]
        self.channels.add(channel_id)

    def guild_of(self, channel_id: int) -> int:
        return next((g for g, cs in self.guild_channels.items() if channel_id in cs), GUILD_ID)

    @staticmethod
    def shard_for(guild_id: int, count: int) -> int:
        """Discord's rule: which of ``count`` shards receives ``guild_id``'s events."""
        return (guild_id >> 22) % count

    def guild_payload(self, guild_id: int = GUILD_ID) -> dict[str, Any]:
        if guild_id != GUILD_ID:
            only = self.guild_channels[guild_id][0]
            base = self.guild_payload()
            return base | {
                "id": str(guild_id),
                "name": f"Stand-in guild {guild_id}",
                "system_channel_id": None,
                "roles": [r | {"id": str(guild_id)} for r in base["roles"][:1]],
                "channels": [base["channels"][0] | {"id": str(only), "guild_id": str(guild_id)}],
            }

        def channel(cid: int, name: str, position: int) -> dict[str, Any]:
            return {
                "id": str(cid),
                "type": 0,
                "name": name,
                "position": position,
                "permission_overwrites": [],
                "guild_id": str(GUILD_ID),
                "nsfw": False,
                "parent_id": None,
            }

        def role(rid: int, name: str, permissions: int, position: int) -> dict[str, Any]:
            return {
                "id": str(rid),
                "name": name,
                "permissions": str(permissions),
                "position": position,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }

        return {
            "id": str(GUILD_ID),
            "name": "Stand-in guild",
            "icon": None,
            "owner_id": "1",
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_id": str(SYSTEM),
            "system_channel_flags": 0,
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": [
                role(EVERYONE_ROLE, "@everyone", MEMBER_PERMISSIONS, 0),
                role(MOD_ROLE, "Poll moderators", MEMBER_PERMISSIONS, 1),
                role(ADMIN_ROLE, "Feed admins", MEMBER_PERMISSIONS, 2),
            ],
            "channels": [channel(NEWS, "news", 0), channel(OTHER, "other", 1), channel(SYSTEM, "general", 2)],
            "threads": [],
            "members": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "member_count": 3,
            "large": False,
            "unavailable": False,
            "joined_at": "2025-01-01T00:00:00+00:00",
        }

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41_250}, "s": None, "t": None}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                op = payload.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
                elif op == 2:
                    self.identifies.append(payload["d"])
                    shard = payload["d"].get("shard") or [0, 1]
                    code = self._refuse_shard(shard)
                    if code is not None:
                        self.closes.append((shard, code))
                        await self._notify()
                        await ws.close(
                            code=code, message=b"Invalid shard" if code == 4010 else b"Sharding required"
                        )
                        break
                    sid, count = int(shard[0]), int(shard[1])
                    self.shard_of[ws] = (sid, count)
                    guilds = [g for g in self.guild_channels if self.shard_for(g, count) == sid]
                    await self._send(ws, "READY", self._ready(guilds, [sid, count]))
                    for guild in guilds:
                        await self._send(ws, "GUILD_CREATE", self.guild_payload(guild))
                    self.guild_ready.set()
                    await self._notify()  # wait_for() sees the new session
        finally:
            self._sockets.remove(ws)
            self.shard_of.pop(ws, None)
        return ws

    def _refuse_shard(self, shard: Any) -> int | None:
        """The close code for an IDENTIFY's shard Discord would refuse, or None."""
        if not (isinstance(shard, list) and len(shard) == 2 and all(isinstance(x, int) for x in shard)):
            return INVALID_SHARD
        sid, count = shard
        if count < 1 or not 0 <= sid < count:
            return INVALID_SHARD
        held = sum(1 for g in self.guild_channels if self.shard_for(g, count) == sid)
        return SHARDING_REQUIRED if held > self.max_guilds_per_shard else None

    def _ready(self, guilds: list[int], shard: list[int]) -> dict[str, Any]:
        return {
            "shard": shard,
            "v": 10,
            "user": {**user_obj(BOT_ID, "pollwatch", bot=True), "mfa_enabled": False, "verified": True},
            "guilds": [{"id": str(g), "unavailable": True} for g in guilds],
            "session_id": "standin-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": next(self._seq), "d": data}))

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to the connection whose shard holds its guild (shard 0 without a guild)."""
        guild = int(data["guild_id"]) if data.get("guild_id") else None
        for ws in list(self._sockets):
            sid, count = self.shard_of.get(ws, (0, 1))
            if (self.shard_for(guild, count) if guild is not None else 0) != sid:
                continue
            self.dispatched.append((event, guild, (sid, count)))
            await self._send(ws, event, data)

    # --- interactions --------------------------------------------------------------------------------

    def _interaction(
        self, kind: int, data: dict[str, Any], who: Member, channel_id: int, message: dict[str, Any] | None
    ) -> dict[str, Any]:
        iid = self.next_id()
        self._channel_of[str(iid)] = self._channel_of[f"token-{iid}"] = channel_id
        guild = self.guild_of(channel_id)
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(APP_ID),
            "type": kind,
            "token": f"token-{iid}",
            "version": 1,
            "attachment_size_limit": 10 * 1024 * 1024,
            "data": data,
            "guild_id": str(guild),
            "guild": {"id": str(guild), "locale": "en-US", "features": []},
            "channel_id": str(channel_id),
            "channel": {"id": str(channel_id), "type": 0, "guild_id": str(guild), "name": "news"},
            "member": who.payload(),
            "app_permissions": str((1 << 53) - 1),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild)},
            "context": 0,
        }
        if message is not None:
            payload["message"] = message
        return payload

    async def _run_interaction(self, payload: dict[str, Any], within: float) -> Request:
        iid = int(payload["id"])
        self._dispatched_at[iid] = time.monotonic()
        if "message" in payload:
            self._source_message[f"token-{iid}"] = int(payload["message"]["id"])
        await self.dispatch("INTERACTION_CREATE", payload)
        result: Request = await self.wait_for(lambda: self.callbacks.get(iid), within)
        return result

    async def slash(
        self,
        who: Member,
        command: str,
        *path_and_options: Any,
        channel_id: int = NEWS,
        within: float = 5.0,
    ) -> Request:
        """Run ``/command [group] sub`` with options; returns the interaction's callback request.

        ``path_and_options``: subcommand names (str) then one dict of option name → value.
        """
        names = [p for p in path_and_options if isinstance(p, str)]
        options = next((p for p in path_and_options if isinstance(p, dict)), {})
        leaf: list[dict[str, Any]] = [
            {"name": k, "type": _option_type(v), "value": v} for k, v in options.items()
        ]
        for name in reversed(names):
            leaf = [{"name": name, "type": 1 if name == names[-1] else 2, "options": leaf}]
        data = {
            "id": str(self.next_id()),
            "name": command,
            "type": 1,
            "options": leaf,
            "guild_id": str(self.guild_of(channel_id)),
        }
        return await self._run_interaction(self._interaction(2, data, who, channel_id, None), within)

    async def autocomplete(
        self, who: Member, command: str, sub: str, focused: str, value: str, *, channel_id: int = NEWS
    ) -> Request:
        leaf = [{"name": focused, "type": 3, "value": value, "focused": True}]
        data = {
            "id": str(self.next_id()),
            "name": command,
            "type": 1,
            "options": [{"name": sub, "type": 1, "options": leaf}],
        }
        return await self._run_interaction(self._interaction(4, data, who, channel_id, None), 5.0)

    async def submit_modal(
        self, who: Member, modal: dict[str, Any], values: dict[str, str], *, channel_id: int = NEWS
    ) -> Request:
        """Submit the modal a callback opened (``modal`` is the callback's ``data``), changing ``values``
        (text input custom_id → new value) and keeping every other field's prefilled value."""
        components = []
        for row in modal["components"]:
            if row["type"] == 18:  # a label around one input
                inner = row["component"]
                value = values.get(inner["custom_id"], inner.get("value", ""))
                components.append(
                    {
                        "type": 18,
                        "component": {"type": inner["type"], "custom_id": inner["custom_id"], "value": value},
                    }
                )
            else:
                items = [
                    {
                        "type": c["type"],
                        "custom_id": c["custom_id"],
                        "value": values.get(c["custom_id"], c.get("value", "")),
                    }
                    for c in row["components"]
                ]
                components.append({"type": 1, "components": items})
        data = {"custom_id": modal["custom_id"], "components": components}
        return await self._run_interaction(self._interaction(5, data, who, channel_id, None), 5.0)

    async def click(self, who: Member, message_id: int, custom_id: str, *, within: float = 5.0) -> Request:
        """Click a button on a message the bot posted."""
        message = self.messages[message_id]
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._interaction(3, data, who, int(message["channel_id"]), message)
        return await self._run_interaction(payload, within)

    async def select(
        self, who: Member, message_id: int, custom_id: str, values: list[str], *, within: float = 5.0
    ) -> Request:
        """Pick ``values`` in a select menu on a message the bot posted."""
        message = self.messages[message_id]
        data = {"custom_id": custom_id, "component_type": 3, "values": values}
        payload = self._interaction(3, data, who, int(message["channel_id"]), message)
        return await self._run_interaction(payload, within)

    # --- REST ----------------------------------------------------------------------------------------

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        return web.Response(
            status=status, body=json.dumps(data).encode(), headers={"Content-Type": JSON, **(headers or {})}
        )

    @staticmethod
    def _error(failure: Failure) -> web.Response:
        return DiscordStandin._json({"message": failure.message, "code": failure.code}, failure.status)

    def _invalid(self, req: Request, problems: list[limits.Problem]) -> web.Response:
        """Discord's answer to a payload over its limits: 400, code 50035, the fields named."""
        body = {
            "code": INVALID_FORM_BODY,
            "message": "Invalid Form Body",
            "errors": limits.error_tree(problems),
        }
        self.rejected.append((req, body))
        return self._json(body, 400)

    @property
    def invalid_form_bodies(self) -> list[tuple[Request, dict[str, Any]]]:
        """Requests refused for breaking a limit (a test that means to break one looks here)."""
        return [(r, b) for r, b in self.rejected if b.get("code") == INVALID_FORM_BODY]

    async def _read(self, request: web.Request) -> Request:
        files: list[tuple[str, str, bytes]] = []
        body: Any = None
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                content = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(content)
                else:
                    files.append((part.name or "", part.filename or "", bytes(content)))  # type: ignore[union-attr]
        elif request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw else None
        tail = request.path[len(API) :]
        return Request(request.method, tail, dict(request.query), body, files)

    async def _rest(self, request: web.Request) -> web.Response:
        req = await self._read(request)
        self.requests.append(req)
        try:
            decision = self.limiter.check(req.method, req.path)
            if not decision.allowed:
                body = {
                    "message": "You are being rate limited.",
                    "retry_after": round(decision.retry_after, 3),
                    "global": decision.is_global,
                }
                return self._json(body, 429, {"Via": "1.1 google", **decision.headers})
            response = await self._route(req)
            response.headers.update(decision.headers)
            return response
        finally:
            await self._notify()

    async def _route(self, req: Request) -> web.Response:
        parts = req.path.strip("/").split("/")
        m, p = req.method, parts
        if m == "GET" and p == ["users", "@me"]:
            return self._json(
                {**user_obj(BOT_ID, "pollwatch", bot=True), "mfa_enabled": False, "verified": True}
            )
        if m == "GET" and p == ["oauth2", "applications", "@me"]:
            return self._json(self._application())
        if m == "GET" and p[0] == "gateway":  # GET /gateway and /gateway/bot (AutoShardedClient asks)
            limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
            return self._json(
                {"url": self.gateway_url, "shards": self.recommended_shards, "session_start_limit": limit}
            )
        if m == "PUT" and p[0] == "applications" and p[-1] == "commands":
            self.command_syncs.append(req)
            guild = p[3] if len(p) == 5 else None
            echoed = [
                {
                    **c,
                    "id": str(self.next_id()),
                    "application_id": str(APP_ID),
                    "version": "1",
                    "guild_id": guild,
                }
                for c in req.json or []
            ]
            return self._json(echoed)
        if p[0] == "channels" and len(p) >= 5 and p[2] == "polls":
            return self._polls(req, p)
        if p[0] == "channels" and len(p) >= 3 and p[2] == "messages":
            return self._messages(req, int(p[1]), p[3:])
        if m == "POST" and p[0] == "interactions" and p[-1] == "callback":
            return self._callback(req, int(p[1]))
        if p[0] == "webhooks":
            return self._webhook(req, p)
        if m == "GET" and p[0] == "guilds" and len(p) == 2 and int(p[1]) in self.guild_channels:
            return self._json({k: v for k, v in self.guild_payload(int(p[1])).items() if k != "channels"})
        if m == "GET" and p[0] == "channels" and len(p) == 2:
            if int(p[1]) not in self.channels:
                return self._error(Failure(404, UNKNOWN_CHANNEL, "Unknown Channel"))
            return self._json(self.guild_payload()["channels"][0] | {"id": p[1]})
        return self._json({"message": f"stand-in has no route {m} {req.path}", "code": 0}, 404)

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(APP_ID),
            "name": "pollwatch",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_obj(1, "owner"),
            "verify_key": "0" * 64,
            "flags": 0,
            "interactions_endpoint_url": None,
        }

    def message_obj(
        self, channel_id: int, payload: dict[str, Any], files: list[tuple[str, str, bytes]], *, flags: int = 0
    ) -> dict[str, Any]:
        mid = self.next_id()
        content = payload.get("content") or ""
        allowed = payload.get("allowed_mentions")
        pings = limits.pinged(content, allowed)
        self.allowed_mentions[mid] = allowed
        self.pings[mid] = pings
        return {
            "id": str(mid),
            "channel_id": str(channel_id),
            "guild_id": str(self.guild_of(channel_id)),
            "author": user_obj(BOT_ID, "pollwatch", bot=True),
            "content": payload.get("content") or "",
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": pings["mention_everyone"],
            "mentions": [user_obj(int(u), f"user{u}") for u in pings["mentions"]],
            "mention_roles": pings["mention_roles"],
            "attachments": [
                {
                    "id": str(self.next_id()),
                    "filename": name,
                    "size": len(content),
                    "url": f"http://127.0.0.1:{self.port}/attachments/{name}",
                    "proxy_url": f"http://127.0.0.1:{self.port}/attachments/{name}",
                }
                for _field, name, content in files
            ],
            "embeds": payload.get("embeds") or [],
            "components": payload.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": flags | int(payload.get("flags") or 0),
            "nonce": payload.get("nonce"),
            **({"poll": self._poll_obj(mid, payload["poll"])} if payload.get("poll") else {}),
        }

    # --- native polls --------------------------------------------------------------------------------

    def _poll_obj(self, mid: int, created: dict[str, Any]) -> dict[str, Any]:
        """A poll as Discord returns it: answers numbered from 1, expiry from the message's snowflake time."""
        self.poll_votes[mid] = {}
        created_ms = (mid >> 22) + DISCORD_EPOCH_MS
        expiry = datetime.fromtimestamp(created_ms / 1000 + float(created["duration"]) * 3600, UTC)
        return {
            "question": created["question"],
            "answers": [
                {"answer_id": i, "poll_media": a["poll_media"]} for i, a in enumerate(created["answers"], 1)
            ],
            "expiry": expiry.isoformat(),
            "allow_multiselect": bool(created.get("allow_multiselect")),
            "layout_type": created.get("layout_type", 1),
        }

    def _with_results(self, message: dict[str, Any]) -> dict[str, Any]:
        mid = int(message["id"])
        if "poll" not in message:
            return message
        counts: dict[int, int] = {}
        for answer_id, _user in self.poll_votes[mid].values():
            counts[answer_id] = counts.get(answer_id, 0) + 1
        results = {
            "is_finalized": mid in self.finalised_polls,
            "answer_counts": [{"id": a, "count": n, "me_voted": False} for a, n in sorted(counts.items())],
        }
        return {**message, "poll": {**message["poll"], "results": results}}

    def poll_vote(self, who: Member, message_id: int, answer_id: int | None) -> None:
        """A member votes in a native poll (one answer each; ``None`` removes the vote)."""
        assert message_id not in self.finalised_polls, "the poll has ended"
        votes = self.poll_votes[message_id]
        if answer_id is None:
            votes.pop(who.id, None)
        else:
            votes[who.id] = (answer_id, user_obj(who.id, who.name))

    def finalise_poll(self, message_id: int) -> None:
        """Discord ends the poll and finalises its counts."""
        self.finalised_polls.add(message_id)

    def _polls(self, req: Request, p: list[str]) -> web.Response:
        # /channels/{c}/polls/{m}/expire and /channels/{c}/polls/{m}/answers/{a}?after=&limit=
        mid = int(p[3])
        if mid not in self.poll_votes:
            return self._error(Failure(404, 10008, "Unknown Message"))
        if req.method == "POST" and p[4:] == ["expire"]:
            self.finalise_poll(mid)
            return self._json(self._with_results(self.messages[mid]))
        if req.method == "GET" and len(p) == 6 and p[4] == "answers":
            answer_id = int(p[5])
            after = int(req.query.get("after") or 0)
            limit = int(req.query.get("limit") or 25)
            voters = sorted(
                (uid, user)
                for uid, (a, user) in self.poll_votes[mid].items()
                if a == answer_id and uid > after
            )
            return self._json({"users": [user for _uid, user in voters[:limit]]})
        return self._json({"message": "stand-in: unsupported poll route", "code": 0}, 404)

    def _messages(self, req: Request, channel_id: int, rest: list[str]) -> web.Response:
        failure = self.channel_failures.get(channel_id)
        if failure is not None:
            return self._error(failure)
        if channel_id not in self.channels:
            return self._error(Failure(404, UNKNOWN_CHANNEL, "Unknown Channel"))
        if req.method == "POST" and not rest:
            if self.rate_limits:
                retry_after = self.rate_limits.pop(0)
                return self._json(
                    {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
                    429,
                    {"Via": "1.1 google", "Retry-After": str(retry_after), "X-RateLimit-Scope": "user"},
                )
            payload = req.json or {}
            problems = limits.check_message(payload, files=len(req.files))
            if problems:
                return self._invalid(req, problems)
            nonce = payload.get("nonce")
            key = (BOT_ID, str(nonce))
            if nonce and payload.get("enforce_nonce"):
                known = self._nonces.get(key)
                if known is not None and time.monotonic() - known[1] < self.nonce_window:
                    return self._json(self.messages[known[0]])
            message = self.message_obj(channel_id, payload, req.files)
            self.messages[int(message["id"])] = message
            if nonce:
                self._nonces[key] = (int(message["id"]), time.monotonic())
            return self._json(message)
        if req.method == "GET" and len(rest) == 1:
            found = self.messages.get(int(rest[0]))
            if found is None or found["channel_id"] != str(channel_id):
                return self._error(Failure(404, UNKNOWN_MESSAGE, "Unknown Message"))
            return self._json(self._with_results(found))
        if req.method == "PATCH" and len(rest) == 1:
            message = self.messages.get(int(rest[0]))
            if message is None or message["channel_id"] != str(channel_id):
                return self._error(Failure(404, UNKNOWN_MESSAGE, "Unknown Message"))
            return self._edit(req, message)
        if req.method == "POST" and len(rest) == 2 and rest[1] == "threads":
            name = (req.json or {}).get("name", "")
            if not 1 <= len(name) <= limits.THREAD_NAME_MAX:
                return self._invalid(req, [("name", "Must be between 1 and 100 in length.")])
            thread_id = self.next_id()
            self.channels.add(thread_id)
            return self._json(
                {
                    "id": str(thread_id),
                    "type": 11,
                    "guild_id": str(self.guild_of(channel_id)),
                    "parent_id": str(channel_id),
                    "name": name,
                    "owner_id": str(BOT_ID),
                    "thread_metadata": {
                        "archived": False,
                        "auto_archive_duration": 1440,
                        "archive_timestamp": _now_iso(),
                        "locked": False,
                    },
                    "message_count": 0,
                    "member_count": 1,
                    "rate_limit_per_user": 0,
                }
            )
        return self._json({"message": "stand-in: unsupported message route", "code": 0}, 404)

    def _edit(self, req: Request, message: dict[str, Any]) -> web.Response:
        """Edit ``message`` in place (a channel message or a webhook's): only the fields sent change."""
        payload = req.json or {}
        problems = limits.check_message(payload, edit=True)
        if problems:
            return self._invalid(req, problems)
        for key in ("content", "embeds", "components"):
            if key in payload:
                message[key] = payload[key] or ([] if key != "content" else "")
        if "allowed_mentions" in payload:
            self.allowed_mentions[int(message["id"])] = payload["allowed_mentions"]
        pings = limits.pinged(message["content"], self.allowed_mentions.get(int(message["id"])))
        self.pings[int(message["id"])] = pings
        message["mention_everyone"] = pings["mention_everyone"]
        message["mention_roles"] = pings["mention_roles"]
        message["edited_timestamp"] = _now_iso()
        return self._json(message)

    def _callback(self, req: Request, interaction_id: int) -> web.Response:
        token = f"token-{interaction_id}"
        if token in self._acknowledged:
            failure = Failure(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.")
            self.rejected.append((req, {"code": failure.code, "message": failure.message}))
            return self._error(failure)
        dispatched = self._dispatched_at.get(interaction_id)
        if dispatched is None or time.monotonic() - dispatched > self.response_deadline:
            failure = Failure(404, UNKNOWN_INTERACTION, "Unknown interaction")
            self.rejected.append((req, {"code": failure.code, "message": failure.message}))
            return self._error(failure)
        body = req.json or {}
        kind = body.get("type")
        data = body.get("data") or {}
        problems: list[limits.Problem] = []
        if kind in (4, 7):
            problems = [
                (f"data.{p}", m) for p, m in limits.check_message(data, files=len(req.files), edit=kind == 7)
            ]
        elif kind == 9:
            problems = limits.check_modal(data)
        elif kind == 8:
            problems = limits.check_autocomplete(data)
        if problems:
            return self._invalid(req, problems)
        self._acknowledged[token] = time.monotonic()
        self.response_times.append(self._acknowledged[token] - dispatched)
        self.callbacks[interaction_id] = req
        resource: dict[str, Any] = {"type": kind}
        message_id = None
        source = self._source_message.get(token)
        if kind == 7 and source in self.messages:  # update the message the component is on
            self._edit(Request("PATCH", req.path, {}, data), self.messages[source])
            resource["message"] = self.messages[source]
            message_id = str(source)
        elif kind in (4, 5):
            channel = int(self._interaction_channel(interaction_id))
            message = self.message_obj(channel, data, req.files, flags=int(data.get("flags") or 0))
            message["interaction_id"] = str(interaction_id)
            self.messages[int(message["id"])] = message
            self._original[token] = int(message["id"])
            resource["message"] = message
            message_id = message["id"]
        elif kind == 6 and source is not None:
            self._original[token] = source
        return self._json(
            {
                "interaction": {
                    "id": str(interaction_id),
                    "type": kind,
                    "response_message_id": message_id,
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(int(data.get("flags") or 0) & 64),
                },
                "resource": resource,
            }
        )

    def _interaction_channel(self, interaction_id: int) -> int:
        return self._channel_of.get(str(interaction_id), NEWS)

    def _webhook(self, req: Request, p: list[str]) -> web.Response:
        # /webhooks/{app}/{token}[/messages/{id|@original}]: an interaction's follow-ups and edits, which
        # need the interaction answered first and work for 15 minutes after that.
        token = p[2]
        answered = self._acknowledged.get(token)
        if answered is None:
            return self._error(Failure(404, UNKNOWN_WEBHOOK, "Unknown Webhook"))
        if time.monotonic() - answered > TOKEN_LIFETIME:
            return self._error(Failure(401, INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token"))
        channel = self._channel_of.get(token, NEWS)
        if req.method == "POST" and len(p) == 3:
            payload = req.json or {}
            problems = limits.check_message(payload, files=len(req.files))
            if problems:
                return self._invalid(req, problems)
            message = self.message_obj(channel, payload, req.files)
            message["webhook_token"] = token
            self.messages[int(message["id"])] = message
            return self._json(message)
        if req.method in ("PATCH", "GET") and len(p) == 5 and p[3] == "messages":
            wanted = self._original.get(token) if p[4] == "@original" else int(p[4])
            message = self.messages.get(wanted) if wanted is not None else None
            ours = message is not None and (
                wanted == self._original.get(token) or message.get("webhook_token") == token
            )
            if message is None or not ours:
                return self._error(Failure(404, UNKNOWN_MESSAGE, "Unknown Message"))
            if req.method == "GET":
                return self._json(message)
            return self._edit(req, message)
        return self._json({"message": "stand-in: unsupported webhook route", "code": 0}, 404)

    # --- helpers for tests ---------------------------------------------------------------------------

    def followups(self, token: str) -> list[Request]:
        """Follow-ups and edits of the original response of the interaction with ``token``."""
        return [r for r in self.requests if r.path.startswith("/webhooks/") and f"/{token}" in r.path]

    async def seen(self, callback: Request, within: float = 10.0) -> dict[str, Any]:
        """The message the member sees for an interaction: the callback's own message, or, when the bot
        deferred (type 5, "thinking…"), its first follow-up once it arrives."""
        if callback.json["type"] != 5:
            data: dict[str, Any] = callback.json["data"]
            return data
        token = callback.path.split("/")[3]
        [first, *_] = await self.wait_for(lambda: self.followups(token), within)
        followup: dict[str, Any] = first.json
        return followup


def _option_type(value: Any) -> int:
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    return 3


def flat_text(req: Request) -> str:
    """Everything a person would read in a callback/message payload (content and embeds), as one string."""
    body = req.json or {}
    data = body.get("data", body) if isinstance(body, dict) else {}
    return json.dumps(
        {k: data.get(k) for k in ("content", "embeds", "title") if k in data}, ensure_ascii=False
    )
