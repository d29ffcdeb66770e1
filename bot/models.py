"""The typed values that flow through pollwatch.

Everything here is a frozen dataclass: plain data, no I/O. Storage turns rows into these, the core
passes them around, adapters render them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    """What an actor may do. Adapters map platform permissions onto these; the core checks them."""

    MEMBER = "member"
    MODERATOR = "moderator"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is asking: filled in by an adapter from the platform's own notion of permissions.

    ``platform`` and ``user_id`` identify the member on their platform ("discord", "1234").
    The core never trusts a role claimed in a command's text, only this object.
    """

    platform: str
    user_id: str
    display_name: str = ""
    roles: frozenset[Role] = frozenset({Role.MEMBER})

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles

    @property
    def is_moderator(self) -> bool:
        # Admins can do everything a moderator can.
        return Role.MODERATOR in self.roles or Role.ADMIN in self.roles


# --- poll figures -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One poll percentage quoted in a text.

    ``start``/``end`` are offsets (code points) of the number as written: "60" in "60%",
    "Sixty-four" in "Sixty-four percent". ``group`` is shared by the figures that answer one
    question for one population in one poll wave.
    """

    value: float
    start: int
    end: int
    group: str
    question: str
    answer: str
    population: str
    pollster: str | None = None
    when: str | None = None


@dataclass(frozen=True, slots=True)
class PollMeta:
    """What the text says about the poll itself: kept as metadata, never as figures."""

    pollster: str | None = None
    sample_size: int | None = None
    margin_of_error: float | None = None
    fieldwork: str | None = None


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """The figures answering one question for one population, with the quote they came from."""

    id: str
    question: str
    population: str
    pollster: str | None
    quote: str
    figures: tuple[Figure, ...]
    when: str | None = None

    @property
    def total(self) -> float:
        return sum(f.value for f in self.figures)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor found in one text."""

    figures: tuple[Figure, ...] = ()
    groups: tuple[FigureGroup, ...] = ()
    meta: PollMeta = field(default_factory=PollMeta)
    # The text's language (ISO 639-1, "und" where only the script is known): "en" for English or a text that
    # shows no other language. Pollwatch reads English; in another language the figures keep no question,
    # answer or population (bot.reading.extract.other_languages) and a digest says so.
    language: str = "en"


# --- feeds, posts, deliveries -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed URL and its HTTP state (everything needed to resume checking it after a restart)."""

    id: int
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    next_check_at: datetime
    last_checked_at: datetime | None
    last_success_at: datetime | None
    failures: int
    last_error: str | None
    status: str  # "active", "paused", "gone"
    full_text: str = "auto"  # "auto", "always" or "never": fetch the linked page for teaser entries


@dataclass(frozen=True, slots=True)
class Subscription:
    """A feed delivered to one chat channel."""

    id: int
    feed_id: int
    platform: str
    channel: str
    created_at: datetime
    schedule: str = "immediate"
    backfill: int = 1
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    only_polls: bool = False
    next_digest_at: datetime | None = None
    last_digest_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """One feed entry, read: clean text, summary and poll figures."""

    id: int
    feed_id: int
    entry_key: str
    title: str
    link: str | None
    published_at: datetime | None
    text: str
    summary: str
    extraction: Extraction
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class Digest:
    """What a channel is shown for one post, independent of platform."""

    post_id: int
    title: str
    link: str | None
    feed_title: str | None
    published_at: datetime | None
    summary: str
    groups: tuple[FigureGroup, ...]
    meta: PollMeta
    # The post's language (Extraction.language): a digest of a post not in English says its figures were
    # not read in full.
    language: str = "en"

    @property
    def pollsters(self) -> tuple[str, ...]:
        """The pollsters the figures come from, in order of first appearance (the post's own naming of
        the poll when no figure names one)."""
        names: dict[str, str] = {}
        for g in self.groups:
            if g.pollster:
                names.setdefault(g.pollster.casefold(), g.pollster)
        if not names and self.meta.pollster:
            return (self.meta.pollster,)
        return tuple(names.values())

    @property
    def pollster(self) -> str | None:
        """All the pollsters in one phrase ("A", "A and B", "A, B and C"), or None."""
        names = self.pollsters
        if len(names) <= 1:
            return names[0] if names else None
        return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True, slots=True)
class DigestBundle:
    """Several posts in one message: a scheduled (daily/weekly) digest, or posts held back by a channel's
    hourly limit. ``digests`` are newest first; an empty bundle says nothing new arrived (sent only when
    the subscription asked for that)."""

    title: str
    since: datetime | None
    until: datetime
    digests: tuple[Digest, ...]
    # The outbox rows this message carries (for platforms that tag a message to find it after a crash).
    delivery_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Delivery:
    """One outbox row: a post going to a channel."""

    id: int
    post_id: int
    subscription_id: int
    platform: str
    channel: str
    status: str  # "pending", "sent", "failed", "parked"
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    message_ref: str | None
