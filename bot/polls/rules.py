"""Pure decisions for reader polls: question ids, durations, who may do what, and the vote rules.

Nothing here does I/O; every function that depends on time takes ``now``. The poll service sequences the
storage calls around these.

Question ids
------------
A question the extractor found in a post is named ``p<post id>q<n>``: ``p12q2`` is the second question of
post 12, numbered as the digest lists them (``Q2.``), in order of first appearance among the post's figure
groups. The extraction is stored with the post, so the id stays valid for as long as the post is kept.

Vote rules
----------
One ballot per member per poll. Voting for the option (and subgroup) already held is ``unchanged`` (a double
click is one vote); another option or subgroup is ``changed``; a first ballot is ``recorded``. Withdrawing
deletes the ballot (``nothing_to_withdraw`` when there is none). A poll takes votes while it is open and
``now`` is before ``closes_at``: a vote after the deadline is refused even if the scheduler has not marked
the poll closed yet, with the time it closed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.errors import InvalidInput, NotFound, PermissionDenied, UserError
from bot.models import Actor
from bot.polls.models import PollOption, PollStatus

MIN_DURATION = timedelta(minutes=1)
MAX_DURATION = timedelta(days=7)

_QUESTION_ID = re.compile(r"^\s*p(\d+)q(\d+)\s*$", re.IGNORECASE)


# --- question ids ---------------------------------------------------------------------------------


def question_id(post_id: int, number: int) -> str:
    """The short id of question ``number`` (1-based, as in the digest) of post ``post_id``: ``p12q2``."""
    return f"p{post_id}q{number}"


def parse_question_id(raw: str) -> tuple[int, int]:
    """``"p12q2"`` → ``(12, 2)``; anything else is an :class:`InvalidInput` naming the expected form."""
    match = _QUESTION_ID.match(raw)
    if not match or int(match.group(2)) < 1:
        raise InvalidInput(
            f"{raw.strip()!r} is not a question id; they look like p12q2 (post 12, question 2)"
        )
    return int(match.group(1)), int(match.group(2))


def custom_question_key(question: str) -> str:
    """The "same question" key of a moderator's own question: case and spacing do not make a new one."""
    return "custom:" + " ".join(question.casefold().split())


# --- durations ------------------------------------------------------------------------------------


def check_duration(duration: timedelta) -> timedelta:
    """A poll runs from one minute to seven days."""
    if not MIN_DURATION <= duration <= MAX_DURATION:
        raise InvalidInput(
            f"A poll runs from 1 minute to 7 days; {format_duration(duration)} is out of range."
        )
    return duration


def format_duration(duration: timedelta) -> str:
    seconds = int(duration.total_seconds())
    if seconds % 86400 == 0 and seconds:
        return f"{seconds // 86400} d"
    if seconds % 3600 == 0 and seconds:
        return f"{seconds // 3600} h"
    if seconds % 60 == 0 and seconds:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def format_time(moment: datetime) -> str:
    """How times are shown to members: ``2026-03-02 15:30 UTC``."""
    return moment.strftime("%Y-%m-%d %H:%M UTC")


# --- voter identity -------------------------------------------------------------------------------


def voter_hash(salt: bytes, platform: str, user_id: str) -> str:
    """HMAC-SHA256 of ``platform:user_id`` under the installation's salt, hex. The id itself is never stored."""
    return hmac.new(salt, f"{platform}:{user_id}".encode(), hashlib.sha256).hexdigest()


# --- who may do what ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PollState:
    """What the vote and visibility rules need to know about a stored poll."""

    id: int
    status: PollStatus
    closes_at: datetime
    closed_at: datetime | None
    hide_results: bool

    def accepts_votes(self, now: datetime) -> bool:
        return self.status is PollStatus.OPEN and now < self.closes_at

    def ended_at(self) -> datetime:
        """When voting ended (or will end): the close time if closed, else the deadline."""
        return self.closed_at or self.closes_at


def require_open(state: PollState, now: datetime) -> None:
    if not state.accepts_votes(now):
        raise UserError(
            f"Poll #{state.id} closed at {format_time(state.ended_at())}; votes are no longer taken."
        )


def results_visible(state: PollState, actor: Actor, now: datetime) -> None:
    """Raise unless ``actor`` may see the results now: after the close, live polls any time, moderators always."""
    if state.status is not PollStatus.OPEN or not state.hide_results or actor.is_moderator:
        return
    if now >= state.closes_at:
        raise UserError(f"Poll #{state.id} has just closed; its results will be posted in a moment.")
    raise PermissionDenied(
        f"The results of poll #{state.id} are hidden until it closes at {format_time(state.closes_at)}, "
        "so that early votes don't sway later ones."
    )


# --- ballots --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ballot:
    """A member's current vote: an option index and, optionally, their answer to the subgroup question."""

    option: int
    subgroup: str | None = None


class VoteKind(StrEnum):
    RECORDED = "recorded"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    WITHDRAWN = "withdrawn"
    NOTHING_TO_WITHDRAW = "nothing_to_withdraw"

    @property
    def writes(self) -> bool:
        """Whether storage must save the new ballot (withdrawals delete instead)."""
        return self in (VoteKind.RECORDED, VoteKind.CHANGED)


def decide_vote(
    state: PollState, previous: Ballot | None, option: int | None, subgroup: str | None, now: datetime
) -> tuple[VoteKind, Ballot | None]:
    """What a member's click does, and the ballot to keep afterwards.

    ``option`` ``None`` withdraws. A vote without a ``subgroup`` keeps the subgroup answer the member gave
    before (a later click on an option must not erase it); withdrawing removes both.
    """
    require_open(state, now)
    if option is None:
        return (VoteKind.WITHDRAWN if previous is not None else VoteKind.NOTHING_TO_WITHDRAW), None
    if previous is None:
        return VoteKind.RECORDED, Ballot(option, subgroup)
    ballot = Ballot(option, subgroup if subgroup is not None else previous.subgroup)
    return (VoteKind.UNCHANGED if ballot == previous else VoteKind.CHANGED), ballot


def resolve_option(options: Sequence[PollOption], choice: int | str) -> int:
    """An option index from an index (buttons) or a label typed by a member (case and spacing ignored)."""
    if isinstance(choice, int):
        if 0 <= choice < len(options):
            return choice
        raise InvalidInput(f"There is no option {choice + 1}; pick 1 to {len(options)}.")
    wanted = " ".join(choice.casefold().split())
    for option in options:
        if " ".join(option.label.casefold().split()) == wanted:
            return option.index
    raise NotFound(f"{choice!r} is not one of the options: " + ", ".join(o.label for o in options) + ".")


def resolve_subgroup(options: Sequence[PollOption], question: str | None, choice: str | None) -> str | None:
    """The canonical subgroup label for ``choice`` (``None`` when the member did not answer)."""
    if choice is None or not choice.strip():
        return None
    if question is None:
        raise InvalidInput("This poll has no subgroup question.")
    typed = choice.strip()
    if typed.isdigit() and not any(o.label.strip() == typed for o in options):
        # A number picks the answer as it does for the option (1, 2, …), unless a label is that number.
        index = resolve_option(options, int(typed) - 1)
    else:
        index = resolve_option(options, choice)
    return options[index].label


def duration_text(duration: timedelta) -> str:
    """A duration the way a moderator would type it back: "90m" stays "90m", "2h", "7d"."""
    seconds = int(duration.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
