"""Who is an admin or a moderator on Slack, turned into the core's :class:`~bot.models.Actor`.

Admins: workspace admins and owners (``users.info``) or user ids configured in
``POLLWATCH_SLACK_ADMIN_IDS``. Moderators: admins, plus ``POLLWATCH_SLACK_MODERATOR_IDS`` or the members
of the user group ``POLLWATCH_SLACK_MODERATOR_GROUP`` (``usergroups.users.list``). Answers are cached for
``ttl`` seconds, so a click costs no API call and a demoted admin loses the role within minutes. A failing
lookup makes the user a plain member (never an admin by accident) and is logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.adapter import api_error
from bot.models import Actor, Role

log = logging.getLogger(__name__)

PLATFORM = "slack"


@dataclass(frozen=True, slots=True)
class _Entry:
    at: float
    admin: bool
    name: str


class Roles:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        admin_ids: Sequence[str] = (),
        moderator_ids: Sequence[str] = (),
        moderator_group: str | None = None,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._admin_ids = frozenset(admin_ids)
        self._moderator_ids = frozenset(moderator_ids)
        self._group = moderator_group
        self._ttl = ttl
        self._clock = clock
        self._users: dict[str, _Entry] = {}
        self._group_members: tuple[float, frozenset[str]] | None = None

    async def actor(self, user_id: str, name: str = "") -> Actor:
        """The Actor for a Slack user, with the roles the workspace and the configuration give them."""
        entry = await self._user(user_id)
        roles = {Role.MEMBER}
        if user_id in self._admin_ids or entry.admin:
            roles.add(Role.ADMIN)
        if user_id in self._moderator_ids or user_id in await self._moderators():
            roles.add(Role.MODERATOR)
        return Actor(PLATFORM, user_id, name or entry.name or user_id, frozenset(roles))

    async def member(self, user_id: str, name: str = "") -> Actor:
        """A voter: votes need no role, so no lookup is made."""
        return Actor(PLATFORM, user_id, name or user_id)

    async def _user(self, user_id: str) -> _Entry:
        now = self._clock()
        cached = self._users.get(user_id)
        if cached is not None and now - cached.at < self._ttl:
            return cached
        try:
            response = await self._client.users_info(user=user_id)
            user = response.get("user") or {}
            entry = _Entry(
                now,
                bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner")),
                str(user.get("real_name") or user.get("name") or ""),
            )
        except SlackApiError as exc:
            log.warning("users.info for %s failed (%s); treating them as a member", user_id, api_error(exc))
            entry = _Entry(now, False, "")
        self._users[user_id] = entry
        return entry

    async def _moderators(self) -> frozenset[str]:
        if not self._group:
            return frozenset()
        now = self._clock()
        if self._group_members is not None and now - self._group_members[0] < self._ttl:
            return self._group_members[1]
        try:
            response = await self._client.usergroups_users_list(usergroup=self._group)
            members = frozenset(str(u) for u in response.get("users") or [])
        except SlackApiError as exc:
            log.warning("usergroups.users.list for %s failed: %s", self._group, api_error(exc))
            members = self._group_members[1] if self._group_members else frozenset()
        self._group_members = (now, members)
        return members
