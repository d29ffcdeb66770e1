"""Discord permissions and roles → pollwatch roles (pure).

Admin: the Manage Server permission (or Administrator, which implies it), or one of the configured admin
role ids. Moderator: Manage Messages, or one of the configured moderator role ids. Everyone is a member.
The core checks the roles; the adapter only reports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import discord

from adapters.discord import PLATFORM
from bot.models import Actor, Role


@dataclass(frozen=True, slots=True)
class RoleConfig:
    """Role ids (as strings) that grant pollwatch roles on top of the permissions."""

    admin_role_ids: frozenset[str] = frozenset()
    moderator_role_ids: frozenset[str] = frozenset()


ADMIN_PERMISSION = "Manage Server"
MODERATOR_PERMISSION = "Manage Messages"


def roles_for(
    permissions: discord.Permissions, role_ids: Iterable[int | str], config: RoleConfig
) -> frozenset[Role]:
    held = {str(r) for r in role_ids}
    roles = {Role.MEMBER}
    if permissions.manage_guild or permissions.administrator or held & config.admin_role_ids:
        roles.add(Role.ADMIN)
    if permissions.manage_messages or permissions.administrator or held & config.moderator_role_ids:
        roles.add(Role.MODERATOR)
    return frozenset(roles)


def actor_for(user: discord.abc.User, permissions: discord.Permissions, config: RoleConfig) -> Actor:
    """The :class:`Actor` behind an interaction: ``permissions`` are the member's in the channel
    (``interaction.permissions``); role ids come from the member (none in a DM)."""
    role_ids = [r.id for r in user.roles] if isinstance(user, discord.Member) else []
    return Actor(
        PLATFORM,
        str(user.id),
        user.display_name,
        roles_for(permissions, role_ids, config),
    )
