"""The Slack side of the outbox: digests, bundles, notices, poll messages and poll results.

Every Web API call goes through :meth:`SlackAdapter.call`, which waits out a 429 for as long as Slack's
``Retry-After`` asks (up to ``max_wait``; longer waits are left to the outbox's own retry) and maps the
errors that mean "this channel can't take messages" to :class:`~bot.ports.ChannelUnavailable`, which parks
the delivery. A message reference is ``"<channel>:<ts>"``; the ``ts`` is what threads and ``chat.update``
need.

Every message the outbox sends carries its outbox keys as message metadata (``event_payload.keys``). Before
re-sending a row whose earlier attempt may have reached Slack, the outbox asks :meth:`SlackAdapter.find_sent`,
which looks for those keys in the channel's recent history (``conversations.history``, or the poll's thread
with ``conversations.replies``, with ``include_all_metadata``). That needs the ``channels:history`` and
``groups:history`` scopes: with them a crash between ``chat.postMessage`` and the outbox's "sent" mark does
not post twice (exactly once); without them the row is sent again (at least once).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from adapters.slack import blocks as bk
from bot.models import Digest, DigestBundle
from bot.polls.models import Poll
from bot.polls.service import ClosedPoll
from bot.ports import ChannelUnavailable

log = logging.getLogger(__name__)

PLATFORM = "slack"
# API errors that say the channel itself is the problem: retrying will not help until someone acts.
CHANNEL_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
HISTORY_SCOPES = ("channels:history", "groups:history")
HISTORY_DEPTH = 200  # messages looked through for an earlier attempt (the newest ones)


def metadata(event_type: str, keys: Sequence[str], **extra: Any) -> dict[str, Any]:
    """Message metadata naming the outbox rows a message carries."""
    return {"event_type": event_type, "event_payload": {"keys": list(keys), **extra}}


def carries(message: dict[str, Any], key: str) -> bool:
    payload = (message.get("metadata") or {}).get("event_payload") or {}
    return key in (payload.get("keys") or ())


def history_note(scopes: set[str] | None) -> str:
    """What the Slack side guarantees, given the scopes the workspace granted (None: not known)."""
    if scopes is None:
        return "could not read the granted scopes; duplicates after a crash are possible (at least once)"
    missing = [s for s in HISTORY_SCOPES if s not in scopes]
    if not missing:
        return "exactly once: a message interrupted by a crash is found in the channel's history, not re-sent"
    return (
        f"at least once: without {' and '.join(missing)} a message interrupted by a crash may be posted "
        "twice; add the scope(s) to the app (slack/manifest.yml) and reinstall it"
    )


class SlackChannelUnavailable(ChannelUnavailable):
    """Slack refused a message because of the channel; ``error`` is Slack's reason (``not_in_channel``)."""

    def __init__(self, channel: str, error: str) -> None:
        super().__init__(f"Slack says {error} for channel {channel}", reason=error)
        self.channel = channel
        self.error = error


class RateLimited(Exception):
    """Slack asked us to wait longer than we are willing to block; the outbox retries later."""

    def __init__(self, method: str, retry_after: float) -> None:
        super().__init__(f"{method}: rate limited, Slack asked to wait {retry_after:g} s")
        self.retry_after = retry_after


def api_error(exc: SlackApiError) -> str:
    """The ``error`` field of a failed call (or its HTTP status, when the body was not JSON)."""
    data = exc.response.data
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return f"HTTP {exc.response.status_code}"


def make_ref(channel: str, ts: str) -> str:
    return f"{channel}:{ts}"


def parse_ref(ref: str) -> tuple[str, str]:
    channel, _, ts = ref.partition(":")
    if not channel or not ts:
        raise ValueError(f"not a Slack message reference: {ref!r}")
    return channel, ts


def retry_after(exc: SlackApiError) -> float | None:
    """Seconds Slack asks us to wait, when the error is a 429."""
    response = exc.response
    if response.status_code != 429:
        return None
    raw = response.headers.get("Retry-After") or response.headers.get("retry-after") or "1"
    try:
        return max(float(raw), 0.0)
    except ValueError:
        return 1.0


class SlackAdapter:
    """Implements :class:`bot.ports.ChatAdapter` for Slack, plus the poll messages the scheduler needs."""

    platform = PLATFORM

    def __init__(
        self,
        client: AsyncWebClient,
        *,
        admin_ids: Sequence[str] = (),
        max_wait: float = 30.0,
        max_tries: int = 4,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self._admin_ids = tuple(admin_ids)
        self._max_wait = max_wait
        self._max_tries = max_tries
        self._sleep = sleep
        # The scopes the token carries (from any response's X-OAuth-Scopes); None until a call tells.
        self.scopes: set[str] | None = None
        self._no_history_warned = False

    # --- one Web API call ---------------------------------------------------------------------------

    async def call(self, method: str, **params: Any) -> AsyncSlackResponse:
        """Call ``method``; a 429 is waited out and retried, channel errors become ChannelUnavailable."""
        for attempt in range(1, self._max_tries + 1):
            try:
                response = await self._method(method)(**_drop_none(params))
                self.note_scopes(response)
                return response
            except SlackApiError as exc:
                wait = retry_after(exc)
                if wait is None:
                    error = api_error(exc)
                    if error in CHANNEL_ERRORS and "channel" in params:
                        raise SlackChannelUnavailable(str(params["channel"]), error) from exc
                    raise
                if wait > self._max_wait or attempt == self._max_tries:
                    raise RateLimited(method, wait) from exc
                log.info("%s rate limited; waiting %.1f s as Slack asks (attempt %d)", method, wait, attempt)
                await self._sleep(wait)
        raise AssertionError("unreachable")

    def _method(self, method: str) -> Callable[..., Awaitable[AsyncSlackResponse]]:
        # The SDK's typed methods know how each one is encoded (JSON for chat.*, form/GET for reads).
        func: Callable[..., Awaitable[AsyncSlackResponse]] = getattr(self.client, method.replace(".", "_"))
        return func

    def note_scopes(self, response: AsyncSlackResponse) -> None:
        raw = response.headers.get("X-OAuth-Scopes") or response.headers.get("x-oauth-scopes")
        if raw is not None:
            self.scopes = {part.strip() for part in str(raw).split(",") if part.strip()}

    @property
    def can_read_history(self) -> bool | None:
        """Whether the token may read channel history (None: not known yet)."""
        return None if self.scopes is None else all(s in self.scopes for s in HISTORY_SCOPES)

    async def _tell_admins(self, text: str) -> str:
        """Direct-message each configured admin; the first message's reference ("" when none went out)."""
        first = ""
        for admin in self._admin_ids:
            try:
                response = await self.client.chat_postMessage(channel=admin, text=text)
                first = first or make_ref(str(response.get("channel") or admin), str(response["ts"]))
            except SlackApiError as exc:
                log.warning("could not send admin %s a direct message: %s", admin, exc)
        if not self._admin_ids:
            log.warning("no SLACK_ADMIN_IDS to tell: %s", text)
        return first

    async def post(self, channel: str, text: str, blocks: list[bk.Block] | None = None, **extra: Any) -> str:
        response = await self.call(
            "chat.postMessage",
            channel=channel,
            text=text,
            blocks=blocks,
            unfurl_links=False,
            unfurl_media=False,
            **extra,
        )
        return make_ref(str(response.get("channel") or channel), str(response["ts"]))

    # --- ChatAdapter -----------------------------------------------------------------------------------

    async def send_digest(self, channel: str, digest: Digest, *, delivery_id: int) -> str:
        # The delivery id rides along as message metadata, so an earlier attempt can be found in the channel.
        return await self.post(
            channel,
            bk.digest_text(digest),
            bk.digest_blocks(digest),
            metadata=metadata("pollwatch_digest", [f"d{delivery_id}"], delivery_id=delivery_id),
        )

    async def send_bundle(self, channel: str, bundle: DigestBundle, *, delivery_id: int) -> str:
        messages = bk.bundle_messages(bundle)
        keys = [f"d{i}" for i in bundle.delivery_ids or ((delivery_id,) if delivery_id else ())]
        first = await self.post(
            channel,
            bk.fallback(bundle.title),
            messages[0],
            metadata=metadata("pollwatch_bundle", keys, delivery_id=delivery_id) if keys else None,
        )
        _, thread_ts = parse_ref(first)
        # Continuations go in the first message's thread, so the channel sees one message per digest.
        for more in messages[1:]:
            await self.post(channel, bk.fallback(f"{bundle.title} (continued)"), more, thread_ts=thread_ts)
        return first

    async def send_notice(self, channel: str, text: str, *, key: str | None = None) -> str:
        try:
            return await self.post(
                channel,
                bk.fallback(text),
                [bk.section(f":warning: {bk.escape(text)}")],
                metadata=metadata("pollwatch_notice", [key]) if key else None,
            )
        except ChannelUnavailable:
            # The channel can't hear its own notice: it goes to the admins instead (the outbox sends each
            # notice once and does not retry this one, so this is once too).
            await self._tell_admins(f"For <#{channel}>, which I can't post in: {bk.escape(text)}")
            raise

    async def tell_admins(self, channel: str, text: str) -> str:
        """The admins hear by direct message that ``channel`` refuses messages (the text is the core's,
        naming the channel as ``<#id>``)."""
        return await self._tell_admins(
            f"{text} On Slack: `/invite @pollwatch` in the channel, or `/pollwatch feeds remove` there."
        )

    async def find_sent(self, channel: str, key: str, thread: str | None = None) -> str | None:
        """The message carrying outbox row ``key`` among the channel's newest messages (or the replies of
        ``thread``, a message reference), when the token may read history; otherwise None."""
        if self.can_read_history is False:
            return None
        try:
            if thread is not None:
                thread_channel, ts = parse_ref(thread)
                response = await self.call(
                    "conversations.replies",
                    channel=thread_channel,
                    ts=ts,
                    limit=HISTORY_DEPTH,
                    include_all_metadata=True,
                )
            else:
                response = await self.call(
                    "conversations.history", channel=channel, limit=HISTORY_DEPTH, include_all_metadata=True
                )
        except SlackApiError as exc:
            if api_error(exc) != "missing_scope":
                raise
            if not self._no_history_warned:
                self._no_history_warned = True
                log.warning("Slack: %s", history_note(self.scopes or set()))
            return None
        for message in response.get("messages") or []:
            if carries(message, key):
                return make_ref(channel, str(message["ts"]))
        return None

    # --- reader polls ----------------------------------------------------------------------------------

    async def post_poll(self, poll: Poll) -> str:
        return await self.post(poll.spec.channel, bk.poll_text(poll), bk.poll_blocks(poll))

    async def send_results(self, channel: str, closed: ClosedPoll, *, key: str) -> str:
        """A closed poll: mark its message closed, then post the results and the chart in its thread."""
        poll = closed.poll
        thread_ts: str | None = None
        if poll.message_ref:
            ref_channel, thread_ts = parse_ref(poll.message_ref)
            counts = {o.index: o.votes for o in closed.results.options}
            try:
                await self.call(
                    "chat.update",
                    channel=ref_channel,
                    ts=thread_ts,
                    text=bk.poll_text(poll, closed=True),
                    blocks=bk.poll_blocks(poll, counts=counts, closed_at=closed.results.closed_at),
                )
            except (SlackApiError, ChannelUnavailable) as exc:
                log.warning("could not mark poll #%d closed in its message: %s", poll.id, exc)
        ref = await self.post(
            channel,
            bk.results_text(closed),
            bk.results_blocks(closed),
            thread_ts=thread_ts,
            metadata=metadata("pollwatch_results", [key], poll_id=poll.id),
        )
        if closed.chart_path is not None:
            try:
                data = await asyncio.to_thread(closed.chart_path.read_bytes)
                await self.client.files_upload_v2(
                    channel=channel,
                    thread_ts=thread_ts or parse_ref(ref)[1],
                    content=data,
                    filename=f"poll-{poll.id}.png",
                    title=f"Reader poll #{poll.id}: community vs published",
                )
            except (OSError, SlackApiError) as exc:
                log.warning("could not upload the chart of poll #%d: %s", poll.id, exc)
        return ref

    async def ephemeral(
        self, channel: str, user: str, text: str, blocks: list[bk.Block] | None = None
    ) -> None:
        try:
            await self.call("chat.postEphemeral", channel=channel, user=user, text=text, blocks=blocks)
        except (ChannelUnavailable, SlackApiError) as exc:
            if isinstance(exc, SlackApiError) and api_error(exc) != "user_not_in_channel":
                raise
            # The app is not in the channel (e.g. a private one), or the member is not (a thread seen from
            # outside): Slack shows an ephemeral message only to a member, so the app's DM answers instead.
            await self.call("chat.postMessage", channel=user, text=text, blocks=blocks)


def _drop_none(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v is not None}
