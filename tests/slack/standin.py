"""A loopback stand-in for the Slack Web API (and its response URLs, file uploads and Socket Mode).

It listens on 127.0.0.1 on a free port and records every call as Slack would receive it: the method, the
parameters (form or JSON bodies, decoded) and the token. Tests point ``AsyncWebClient(base_url=...)`` at
:attr:`SlackStandin.api_url`, then assert on :attr:`calls`. Answers follow the shapes the real API gives;
a test can make a method fail (``not_in_channel``), answer 429 with ``Retry-After``, or be slow.

It says no where Slack says no (the checks are in :mod:`tests.slack.limits`): Block Kit limits on every
message, ephemeral message and modal; ephemeral messages only to members of the channel; ``chat.update`` only
of a message that exists; trigger ids used once; at most 3 stacked views; about one message per second per
channel (with a burst), past which ``chat.postMessage`` answers 429 ``ratelimited`` with ``Retry-After``;
``conversations.history`` only with the ``channels:history`` / ``groups:history`` scope. Posted messages are
kept per channel (with their metadata), so a test can count what a channel really shows.

Socket Mode: ``apps.connections.open`` hands out ``ws://127.0.0.1:P/socket``; :meth:`socket_send` pushes an
envelope to the connected client and :meth:`socket_ack` waits for the client's acknowledgement.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.slack import limits

BOT_TOKEN = "xoxb-standin-token"
APP_TOKEN = "xapp-standin-token"
BOT_USER = "UPOLLWATCH"
TEAM = "T0TEAM"
# What the shipped manifest asks for (slack/manifest.yml); a test may take some away.
SCOPES = frozenset(
    {
        "chat:write",
        "commands",
        "users:read",
        "usergroups:read",
        "files:write",
        "im:write",
        "channels:history",
        "groups:history",
    }
)
# chat.postMessage: about one message per second per channel, with short bursts allowed.
POST_BURST = 30
POST_RATE = 1.0


@dataclass
class Call:
    """One request the stand-in received."""

    method: str
    params: dict[str, Any]
    token: str | None
    at: float

    def json(self, name: str) -> Any:
        """A parameter that the client may have sent JSON-encoded in a form (``blocks``, ``view``)."""
        value = self.params.get(name)
        return json.loads(value) if isinstance(value, str) else value


@dataclass
class Fault:
    error: str | None = None
    status: int = 200
    retry_after: float | None = None
    times: int = 1
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    # Apply the call (a message is posted) and then never answer, like a process killed mid-request.
    hang: bool = False


@dataclass
class Message:
    """A message as the channel shows it."""

    ts: str
    text: str
    blocks: Any
    metadata: dict[str, Any] | None
    thread_ts: str | None


@dataclass
class SlackUser:
    id: str
    name: str = ""
    is_admin: bool = False
    is_owner: bool = False


class SlackStandin:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.uploads: dict[str, bytes] = {}
        self.users: dict[str, SlackUser] = {}
        self.usergroups: dict[str, list[str]] = {}
        self.faults: dict[str, list[Fault]] = {}
        # Channels that refuse messages, and the error they give (not_in_channel, channel_not_found, …).
        self.closed_channels: dict[str, str] = {}
        # Channel members for ephemeral messages; a channel not listed here has everyone in it.
        self.members: dict[str, set[str]] = {}
        self.messages: dict[str, list[Message]] = {}
        self.scopes: set[str] = set(SCOPES)
        self.post_burst = POST_BURST
        self.post_rate = POST_RATE
        self._buckets: dict[str, tuple[float, float]] = {}
        self._triggers: set[str] = set()
        self.view_stack: list[Any] = []
        self.hanging = asyncio.Event()
        self._stopping = asyncio.Event()
        self._ts = itertools.count(1)
        self._files = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._socket: web.WebSocketResponse | None = None
        self._socket_ready = asyncio.Event()
        self.socket_acks: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    # --- set-up -------------------------------------------------------------------------------------

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        # The trailing slash matters: the SDK joins base_url + method name.
        return f"{self.base}/api/"

    def add_user(self, user_id: str, *, admin: bool = False, owner: bool = False, name: str = "") -> None:
        self.users[user_id] = SlackUser(user_id, name or user_id.lower(), admin, owner)

    def fail(self, method: str, error: str | None = None, **kwargs: Any) -> None:
        """Make the next call(s) of ``method`` fail: an API ``error``, a 429, or a delay."""
        self.faults.setdefault(method, []).append(Fault(error=error, **kwargs))

    def rate_limit(self, method: str, retry_after: float, times: int = 1) -> None:
        self.fail(method, "ratelimited", status=429, retry_after=retry_after, times=times)

    def slow(self, method: str, delay: float, times: int = 1) -> None:
        self.fail(method, None, delay=delay, times=times)

    def hang(self, method: str) -> None:
        """The next call of ``method`` takes effect but is never answered (:attr:`hanging` is set)."""
        self.fail(method, None, hang=True)

    def posted(self, channel: str) -> list[Message]:
        return self.messages.get(channel, [])

    def with_metadata(self, channel: str, key: str, value: Any) -> list[Message]:
        """The channel's messages whose metadata payload has ``key`` = ``value``."""
        return [
            m
            for m in self.posted(channel)
            if m.metadata and (m.metadata.get("event_payload") or {}).get(key) == value
        ]

    # --- queries for assertions ------------------------------------------------------------------------

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    async def wait_for(self, method: str, count: int = 1, within: float = 5.0) -> list[Call]:
        """Wait until ``method`` has been called ``count`` times (work done after an ack is asynchronous)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while len(self.of(method)) < count:
            if loop.time() > deadline:
                raise AssertionError(
                    f"{method} called {len(self.of(method))} times, wanted {count}: {self.methods()}"
                )
            await asyncio.sleep(0.01)
        return self.of(method)

    # --- serving ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # read methods (users.info, …) may come as GET
        app.router.add_post("/respond/{token}", self._respond)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket_handler)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        self._stopping.set()
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.method == "GET":
            return params
        if request.content_type == "application/json":
            data = await request.json()
            return params | (dict(data) if isinstance(data, dict) else {"_": data})
        form = await request.post()
        return params | {k: v for k, v in form.items() if isinstance(v, str)}

    def _record(self, method: str, params: dict[str, Any], request: web.Request) -> Call:
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth else params.get("token")
        call = Call(method, params, token, asyncio.get_running_loop().time())
        self.calls.append(call)
        return call

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        call = self._record(method, await self._params(request), request)
        headers = {"X-OAuth-Scopes": ",".join(sorted(self.scopes))}
        hang = False
        faults = self.faults.get(method)
        if faults:
            fault = faults[0]
            fault.times -= 1
            if fault.times <= 0:
                faults.pop(0)
            if fault.delay:
                await asyncio.sleep(fault.delay)
            hang = fault.hang
            if fault.error is not None:
                headers |= fault.headers
                if fault.retry_after is not None:
                    headers["Retry-After"] = f"{fault.retry_after:g}"
                return web.json_response(
                    {"ok": False, "error": fault.error}, status=fault.status, headers=headers
                )
        expected = APP_TOKEN if method == "apps.connections.open" else BOT_TOKEN
        if call.token != expected:
            return web.json_response({"ok": False, "error": "invalid_auth"}, headers=headers)
        channel = str(call.params.get("channel", ""))
        if (
            method.startswith("chat.") or method == "conversations.history"
        ) and channel in self.closed_channels:
            return web.json_response({"ok": False, "error": self.closed_channels[channel]}, headers=headers)
        if method == "chat.postMessage":
            wait = self._take_post_token(channel)
            if wait is not None:
                headers["Retry-After"] = f"{max(1, int(wait + 0.999))}"
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers=headers)
        refused = self._refuse(method, call.params)
        if refused is not None:
            error, detail = refused
            body = {"ok": False, "error": error, "response_metadata": {"messages": [f"[ERROR] {detail}"]}}
            if error == "missing_scope":
                body = {
                    "ok": False,
                    "error": error,
                    "needed": detail,
                    "provided": ",".join(sorted(self.scopes)),
                }
            return web.json_response(body, headers=headers)
        answer = self._answer(method, call.params)
        if hang:
            self.hanging.set()
            await self._stopping.wait()  # never answered: the client is killed (or the stand-in stops)
            raise web.HTTPServiceUnavailable()
        return web.json_response(answer, headers=headers)

    def _take_post_token(self, channel: str) -> float | None:
        """A token bucket per channel; the seconds to wait when it is empty."""
        now = asyncio.get_running_loop().time()
        tokens, last = self._buckets.get(channel, (float(self.post_burst), now))
        tokens = min(float(self.post_burst), tokens + (now - last) * self.post_rate)
        if tokens < 1:
            self._buckets[channel] = (tokens, now)
            return (1 - tokens) / self.post_rate
        self._buckets[channel] = (tokens - 1, now)
        return None

    def _is_member(self, channel: str, user: str) -> bool:
        return channel not in self.members or user in self.members[channel]

    def _refuse(self, method: str, p: dict[str, Any]) -> tuple[str, str] | None:
        """Slack's refusals that do not depend on a fault set up by the test."""
        if method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
            if not p.get("channel"):
                return "channel_not_found", "channel is required"
            problem = limits.check_message(p)
            if problem is not None:
                return problem
        if method == "chat.postEphemeral":
            user = str(p.get("user") or "")
            if not user:
                return "user_not_found", "user is required"
            if not self._is_member(str(p["channel"]), user):
                return "user_not_in_channel", f"{user} is not in {p['channel']}"
        if method == "chat.update":
            found = [m for m in self.posted(str(p["channel"])) if m.ts == p.get("ts")]
            if not found:
                return "message_not_found", f"no message {p.get('ts')} in {p['channel']}"
        if method in ("views.open", "views.push"):
            trigger = str(p.get("trigger_id") or "")
            if not trigger:
                return "invalid_trigger_id", "trigger_id is required"
            if trigger in self._triggers:
                return "exchanged_trigger_id", "a trigger id opens one view"
            problem = limits.check_view(p.get("view"))
            if problem is not None:
                return problem
            if method == "views.push" and len(self.view_stack) >= limits.MAX_VIEW_STACK:
                return "push_limit_reached", f"at most {limits.MAX_VIEW_STACK} views may be stacked"
            self._triggers.add(trigger)
        if method == "views.update":
            problem = limits.check_view(p.get("view"))
            if problem is not None:
                return problem
        if method in ("conversations.history", "conversations.replies"):
            channel = str(p.get("channel") or "")
            needed = "groups:history" if channel.startswith("G") else "channels:history"
            if needed not in self.scopes:
                return "missing_scope", needed
        return None

    def _answer(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        ok: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            return ok | {
                "user_id": BOT_USER,
                "bot_id": "BPOLLWATCH",
                "team_id": TEAM,
                "url": "https://t.slack.com/",
            }
        if method == "chat.postMessage":
            ts = f"1800000000.{next(self._ts):06d}"
            channel = str(p.get("channel"))
            metadata = p.get("metadata")
            self.messages.setdefault(channel, []).append(
                Message(
                    ts,
                    str(p.get("text", "")),
                    p.get("blocks"),
                    json.loads(metadata) if isinstance(metadata, str) else metadata,
                    p.get("thread_ts"),
                )
            )
            return ok | {
                "channel": p.get("channel"),
                "ts": ts,
                "message": {"ts": ts, "text": p.get("text", "")},
            }
        if method == "chat.update":
            for message in self.posted(str(p["channel"])):
                if message.ts == p.get("ts"):
                    message.text, message.blocks = str(p.get("text", "")), p.get("blocks")
            return ok | {"channel": p.get("channel"), "ts": p.get("ts"), "text": p.get("text", "")}
        if method == "conversations.history":
            return ok | {"messages": self._history(p), "has_more": False}
        if method == "conversations.replies":
            return ok | {"messages": self._replies(p), "has_more": False}
        if method == "chat.postEphemeral":
            return ok | {"message_ts": f"1800000000.{next(self._ts):06d}"}
        if method in ("views.open", "views.push"):
            view = json.loads(p["view"]) if isinstance(p.get("view"), str) else p.get("view")
            self.view_stack = [view] if method == "views.open" else [*self.view_stack, view]
            return ok | {
                "view": {"id": "V0VIEW", **(json.loads(p["view"]) if isinstance(p.get("view"), str) else {})}
            }
        if method == "users.info":
            user = self.users.get(str(p.get("user")))
            if user is None:
                return {"ok": False, "error": "user_not_found"}
            return ok | {
                "user": {
                    "id": user.id,
                    "name": user.name,
                    "real_name": user.name.title(),
                    "is_admin": user.is_admin,
                    "is_owner": user.is_owner,
                    "is_primary_owner": False,
                }
            }
        if method == "usergroups.users.list":
            group = self.usergroups.get(str(p.get("usergroup")))
            return ok | {"users": group} if group is not None else {"ok": False, "error": "no_such_subteam"}
        if method == "conversations.open":
            users = str(p.get("users") or "")
            if users not in self.users:
                return {"ok": False, "error": "user_not_found"}
            return ok | {"channel": {"id": f"D{users}"}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._files):05d}"
            return ok | {"upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = p.get("files")
            listed = json.loads(files) if isinstance(files, str) else files or []
            return ok | {"files": [{"id": f["id"], "title": f.get("title")} for f in listed]}
        if method == "apps.connections.open":
            return ok | {"url": f"ws://127.0.0.1:{self.port}/socket"}
        return {"ok": False, "error": "unknown_method"}

    def _history(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        """Newest first, like Slack; metadata only with ``include_all_metadata``."""
        limit = int(p.get("limit") or 100)
        oldest = float(p.get("oldest") or 0)
        metadata = str(p.get("include_all_metadata", "")).lower() in ("1", "true")
        out = []
        for m in reversed(self.posted(str(p["channel"]))):
            if float(m.ts) <= oldest:
                continue
            item: dict[str, Any] = {"type": "message", "ts": m.ts, "text": m.text, "user": BOT_USER}
            if metadata and m.metadata:
                item["metadata"] = m.metadata
            out.append(item)
        return out[:limit]

    def _replies(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        """A thread: its parent, then the replies, oldest first; metadata only with ``include_all_metadata``."""
        ts = str(p.get("ts") or "")
        metadata = str(p.get("include_all_metadata", "")).lower() in ("1", "true")
        out = []
        for m in self.posted(str(p["channel"])):
            if m.ts == ts or m.thread_ts == ts:
                item: dict[str, Any] = {"type": "message", "ts": m.ts, "text": m.text, "thread_ts": ts}
                if metadata and m.metadata:
                    item["metadata"] = m.metadata
                out.append(item)
        if not out:
            return []
        return out[: int(p.get("limit") or 1000)]

    async def _respond(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        params["response_token"] = request.match_info["token"]
        self._record("response_url", params, request)
        problem = limits.check_message(params)
        if problem is not None:
            return web.Response(status=400, text=problem[0])
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        self.uploads[file_id] = await request.read()
        self._record("upload", {"file_id": file_id, "size": len(self.uploads[file_id])}, request)
        return web.Response(text=f"OK - {len(self.uploads[file_id])}")

    # --- Socket Mode ---------------------------------------------------------------------------------

    async def _socket_handler(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._socket = ws
        await ws.send_json(
            {"type": "hello", "num_connections": 1, "debug_info": {"approximate_connection_time": 3600}}
        )
        self._socket_ready.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                await self.socket_acks.put(json.loads(msg.data))
        return ws

    async def socket_send(self, envelope: dict[str, Any], within: float = 5.0) -> None:
        await asyncio.wait_for(self._socket_ready.wait(), within)
        assert self._socket is not None
        await self._socket.send_json(envelope)

    async def socket_command(
        self, text: str, user: str, channel: str, *, envelope_id: str = "env-1", within: float = 5.0
    ) -> None:
        """A `/pollwatch` slash command sent over the Socket Mode connection, as Slack wraps it."""
        payload = {
            "token": "legacy",
            "team_id": "T0TEAM",
            "channel_id": channel,
            "user_id": user,
            "user_name": user.lower(),
            "command": "/pollwatch",
            "text": text,
            "api_app_id": "A0POLLWATCH",
            "response_url": f"{self.base}/respond/socket",
            "trigger_id": "1.trigger",
        }
        envelope = {
            "envelope_id": envelope_id,
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": payload,
        }
        await self.socket_send(envelope, within)


def responses(calls: Iterable[Call]) -> list[str]:
    """The texts sent to response URLs (ephemeral answers to slash commands)."""
    return [str(c.params.get("text", "")) for c in calls if c.method == "response_url"]
