"""The Slack side of the outbox: digests, bundles, notices, poll messages and poll results.

Every Web API call goes through :meth:`SlackAdapter.call`, which waits out a 429 for as long as Slack's
``Retry-After`` asks (up to ``max_wait``; longer waits are left to the outbox's own retry) and maps the
errors that mean "this channel can't take messages" to :class:`~bot.ports.ChannelUnavailable`, which parks
the delivery. A message reference is ``"<channel>:<ts>"``; the ``ts`` is what threads and ``chat.update``
need.
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


class SlackChannelUnavailable(ChannelUnavailable):
    """Slack refused a message because of the channel; ``error`` is Slack's reason (``not_in_channel``)."""

    def __init__(self, channel: str, error: str) -> None:
        super().__init__(f"Slack says {error} for channel {channel}")
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
        already_parked: Callable[[str], Awaitable[bool]] | None = None,
    ) -> None:
        """``already_parked(channel)`` says whether the channel's admins were already told it refuses
        digests (in the service: :meth:`bot.storage.deliveries.DeliveryStore.parked_since_last_sent`, which
        survives restarts); without it, each channel is reported once per process."""
        self.client = client
        self._admin_ids = tuple(admin_ids)
        self._max_wait = max_wait
        self._max_tries = max_tries
        self._sleep = sleep
        self._already_parked = already_parked
        self._reported: set[str] = set()

    # --- one Web API call ---------------------------------------------------------------------------

    async def call(self, method: str, **params: Any) -> AsyncSlackResponse:
        """Call ``method``; a 429 is waited out and retried, channel errors become ChannelUnavailable."""
        for attempt in range(1, self._max_tries + 1):
            try:
                return await self._method(method)(**_drop_none(params))
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

    async def _parked(self, exc: ChannelUnavailable, channel: str) -> None:
        """A digest to ``channel`` is about to be parked: tell the configured admins, once per parking
        (a channel that took a digest since is reported again when it refuses one later)."""
        if self._already_parked is not None:
            try:
                told = await self._already_parked(channel)
            except Exception:
                log.exception("could not check whether %s was already reported; reporting it", channel)
                told = False
        else:
            told = channel in self._reported
        self._reported.add(channel)
        if told:
            return
        error = exc.error if isinstance(exc, SlackChannelUnavailable) else str(exc)
        await self._tell_admins(
            f"I can't post in <#{channel}> ({error}), so its digests are parked. "
            "Invite me there (`/invite @pollwatch`) or remove its feeds with `/pollwatch feeds remove`."
        )

    async def _tell_admins(self, text: str) -> None:
        for admin in self._admin_ids:
            try:
                await self.client.chat_postMessage(channel=admin, text=text)
            except SlackApiError as exc:
                log.warning("could not send admin %s a direct message: %s", admin, exc)

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
        # The delivery id rides along as message metadata, so a duplicate can be recognised in the channel.
        try:
            return await self.post(
                channel,
                bk.digest_text(digest),
                bk.digest_blocks(digest),
                metadata={"event_type": "pollwatch_digest", "event_payload": {"delivery_id": delivery_id}},
            )
        except ChannelUnavailable as exc:
            await self._parked(exc, channel)
            raise

    async def send_bundle(self, channel: str, bundle: DigestBundle, *, delivery_id: int) -> str:
        messages = bk.bundle_messages(bundle)
        try:
            first = await self.post(channel, bk.trim(bundle.title, bk.MAX_FALLBACK), messages[0])
        except ChannelUnavailable as exc:
            await self._parked(exc, channel)
            raise
        _, thread_ts = parse_ref(first)
        # Continuations go in the first message's thread, so the channel sees one message per digest.
        for more in messages[1:]:
            await self.post(
                channel, bk.trim(f"{bundle.title} (continued)", bk.MAX_FALLBACK), more, thread_ts=thread_ts
            )
        return first

    async def send_notice(self, channel: str, text: str) -> str:
        try:
            return await self.post(channel, text, [bk.section(f":warning: {bk.escape(text)}")])
        except ChannelUnavailable:
            # The channel can't hear its own notice: it goes to the admins instead (the outbox sends each
            # notice once and does not retry this one, so this is once too).
            await self._tell_admins(f"For <#{channel}>, which I can't post in: {text}")
            raise

    # --- reader polls ----------------------------------------------------------------------------------

    async def post_poll(self, poll: Poll) -> str:
        return await self.post(poll.spec.channel, bk.poll_text(poll), bk.poll_blocks(poll))

    async def send_poll_results(self, channel: str, closed: ClosedPoll) -> str:
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
            channel, bk.results_text(closed), bk.results_blocks(closed), thread_ts=thread_ts
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
        except ChannelUnavailable:
            # Not in the channel (e.g. a private one): the app's DM always works.
            await self.call("chat.postMessage", channel=user, text=text, blocks=blocks)


def _drop_none(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v is not None}
