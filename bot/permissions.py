"""Role checks the core applies to every operation (adapters only fill in the Actor's roles)."""

from __future__ import annotations

from bot.errors import PermissionDenied
from bot.models import Actor, Role

# The operator on the host (CLI, start-up configuration): an admin who may also add local files.
OPERATOR = Actor(platform="host", user_id="operator", display_name="operator", roles=frozenset({Role.ADMIN}))


def require_admin(actor: Actor, what: str) -> None:
    if not actor.is_admin:
        raise PermissionDenied(f"only admins can {what}; ask someone who can manage this server or workspace")


def require_moderator(actor: Actor, what: str) -> None:
    if not actor.is_moderator:
        raise PermissionDenied(f"only moderators can {what}")
