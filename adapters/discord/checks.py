"""Who may run which command, enforced in code.

``default_permissions`` on a command group is only a hint to Discord's UI (and server admins can change
it), so every admin or moderator command also carries one of these checks. A refusal is a
:class:`MissingRole` whose message names the permission (and the configured roles) that would allow it;
the tree's error handler shows it ephemerally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import discord
from discord import app_commands

from adapters.discord.roles import ADMIN_PERMISSION, MODERATOR_PERMISSION, RoleConfig, actor_for
from bot.models import Actor

T = TypeVar("T")


class HasRoleConfig(Protocol):
    role_config: RoleConfig


class MissingRole(app_commands.CheckFailure):
    """The member lacks the permission (or role) a command needs; the message says which."""


def interaction_actor(interaction: discord.Interaction[Any]) -> Actor:
    """The :class:`Actor` for whoever triggered ``interaction`` (roles from their channel permissions)."""
    config: RoleConfig = getattr(interaction.client, "role_config", RoleConfig())
    return actor_for(interaction.user, interaction.permissions, config)


def _needs(permission: str, role_ids: frozenset[str], what: str) -> str:
    roles = f" or one of the roles {', '.join(f'<@&{r}>' for r in sorted(role_ids))}" if role_ids else ""
    return f"You need the **{permission}** permission{roles} to {what}."


def require_admin(interaction: discord.Interaction[Any], what: str = "manage this channel's feeds") -> Actor:
    actor = interaction_actor(interaction)
    if not actor.is_admin:
        config: RoleConfig = getattr(interaction.client, "role_config", RoleConfig())
        raise MissingRole(_needs(ADMIN_PERMISSION, config.admin_role_ids, what))
    return actor


def require_moderator(interaction: discord.Interaction[Any], what: str = "run reader polls") -> Actor:
    actor = interaction_actor(interaction)
    if not actor.is_moderator:
        config: RoleConfig = getattr(interaction.client, "role_config", RoleConfig())
        raise MissingRole(_needs(MODERATOR_PERMISSION, config.moderator_role_ids, what))
    return actor


def admin_only(what: str = "manage this channel's feeds") -> Callable[[T], T]:
    """App-command check: Manage Server or a configured admin role."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        require_admin(interaction, what)
        return True

    return app_commands.check(predicate)


def moderator_only(what: str = "run reader polls") -> Callable[[T], T]:
    """App-command check: Manage Messages or a configured moderator role."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        require_moderator(interaction, what)
        return True

    return app_commands.check(predicate)
