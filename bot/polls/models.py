"""Plain values for reader polls and their results.

Units: every percentage in this module is in points, 0-100 (``60.0`` means 60%), whether it is a published
figure or a community share. :func:`bot.polls.stats.wilson_interval` works in proportions (0-1); the
conversion happens once, in :mod:`bot.polls.compare`.

Dataclasses holding a ``dict`` are frozen (no attribute can be re-bound) but not hashable; treat the dicts as
read-only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.errors import InvalidInput

MIN_OPTIONS = 2
MAX_OPTIONS = 10
# Chat platforms cap button labels (Discord 80, Slack 75 characters); the adapter may shorten further.
MAX_LABEL_CHARS = 80
MAX_QUESTION_CHARS = 300


@dataclass(frozen=True, slots=True)
class PollOption:
    """One answer a member can pick; ``index`` is its position (0-based) and what votes refer to."""

    index: int
    label: str


@dataclass(frozen=True, slots=True)
class ReferenceSeries:
    """The published figures for one population, e.g. registered voters: 60% yes, 14% no.

    ``shares`` maps an answer label to its published percentage (``None`` when the post names the answer
    without a usable number). Keys are the poll's option labels where a figure matched an option; a published
    answer that matches no option keeps its own label, so that the published total stays honest. Whatever the
    shares leave below 100 is "not sure/other".
    """

    population: str
    pollster: str | None
    shares: dict[str, float | None]
    sample_size: int | None = None
    margin_of_error: float | None = None
    fieldwork: str | None = None
    published_at: datetime | None = None
    source_link: str | None = None
    # Points the post published for answers it did not name (kept out of ``shares``: such a figure has no
    # option to sit beside, and what is left below 100 is then unknown, so no remainder is inferred).
    unlabelled: float = 0.0

    @property
    def total(self) -> float:
        """Sum of the known published shares, in points."""
        return sum(v for v in self.shares.values() if v is not None)


@dataclass(frozen=True, slots=True)
class Tally:
    """Counted votes, without voter identities.

    ``votes`` maps an option index to its number of votes (missing index = 0 votes). ``subgroup_votes`` maps a
    self-reported subgroup label (an answer to the poll's optional subgroup question, e.g. "Donald Trump") to
    the same kind of mapping for the members who gave that answer.
    """

    votes: dict[int, int]
    subgroup_votes: dict[str, dict[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        counts = [*self.votes.values()]
        for sub in self.subgroup_votes.values():
            counts.extend(sub.values())
        if any(c < 0 for c in counts):
            raise ValueError("vote counts cannot be negative")

    @property
    def n(self) -> int:
        """Total number of votes."""
        return sum(self.votes.values())

    @classmethod
    def from_ballots(cls, ballots: Iterable[tuple[int, str | None]]) -> Tally:
        """Count ``(option index, subgroup label or None)`` pairs, one per member (identities dropped)."""
        votes: dict[int, int] = {}
        subgroups: dict[str, dict[int, int]] = {}
        for option, subgroup in ballots:
            votes[option] = votes.get(option, 0) + 1
            if subgroup is not None:
                sub = subgroups.setdefault(subgroup, {})
                sub[option] = sub.get(option, 0) + 1
        return cls(votes=votes, subgroup_votes=subgroups)


@dataclass(frozen=True, slots=True)
class OptionResult:
    """The community's answer to one option, beside the published figures.

    ``share_pct``/``low_pct``/``high_pct`` are ``None`` when there is no percentage to show (no votes, or a
    subgroup too small to report). ``published_pct`` maps a population to its published share for this option,
    ``None`` when not published. ``published_is_remainder`` lists the populations whose figure here is not
    printed in the post but is what the other answers leave below 100 (mapped onto a "Not sure" option).
    """

    index: int
    label: str
    votes: int
    share_pct: float | None
    low_pct: float | None
    high_pct: float | None
    published_pct: dict[str, float | None] = field(default_factory=dict)
    published_is_remainder: tuple[str, ...] = ()


class VerdictKind(StrEnum):
    """What a verdict line says; adapters may pick an icon or colour from it."""

    FAR_LESS = "far_less"
    LESS = "less"
    SIMILAR = "similar"
    MORE = "more"
    FAR_MORE = "far_more"
    LEADER = "leader"
    TIE = "tie"
    NO_VOTES = "no_votes"
    TOO_SMALL = "too_small"
    NO_REFERENCE = "no_reference"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One plain-words line.

    Comparison verdicts (``far_less`` ... ``far_more``) name a ``population`` and an ``option`` and carry both
    shares; status lines (``leader``, ``tie``, ``no_votes``, ``too_small``, ``no_reference``) may leave them
    ``None``. ``subgroup`` is set for a verdict about one self-reported subgroup.
    """

    kind: VerdictKind
    text: str
    population: str | None = None
    option: str | None = None
    community_pct: float | None = None
    published_pct: float | None = None
    published_inside_interval: bool | None = None
    subgroup: str | None = None


@dataclass(frozen=True, slots=True)
class PublishedOnly:
    """A published answer (or the unassigned remainder) that has no matching option in the reader poll."""

    label: str
    published_pct: dict[str, float | None]
    is_remainder: bool = False


@dataclass(frozen=True, slots=True)
class SubgroupResult:
    """The poll among members who gave one answer to the subgroup question.

    A subgroup below the reporting minimum is ``too_small``: ``n`` is ``None`` and there are no per-option
    counts or percentages, only the fact that it is too small (a handful of self-described members could
    otherwise be singled out, e.g. the one member who said "Trump" and voted "No").
    """

    label: str
    n: int | None
    too_small: bool
    options: tuple[OptionResult, ...] = ()
    population: str | None = None


@dataclass(frozen=True, slots=True)
class PollResults:
    """Everything a closed (or peeked-at) poll shows: made by :func:`bot.polls.compare.compare`."""

    question: str
    n: int
    options: tuple[OptionResult, ...]
    references: tuple[ReferenceSeries, ...]
    verdicts: tuple[Verdict, ...]
    caveats: tuple[str, ...]
    too_small: bool
    closed_at: datetime
    published_only: tuple[PublishedOnly, ...] = ()
    subgroup_question: str | None = None
    subgroups: tuple[SubgroupResult, ...] = ()
    # Set while the poll is still open (results looked at early): its deadline; ``closed_at`` is then
    # only the moment the results were taken.
    open_until: datetime | None = None

    @property
    def no_votes(self) -> bool:
        return self.n == 0

    @property
    def populations(self) -> tuple[str, ...]:
        return tuple(r.population for r in self.references)


class PollStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


def _check_options(options: tuple[PollOption, ...], what: str) -> None:
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        raise InvalidInput(f"A poll needs {MIN_OPTIONS} to {MAX_OPTIONS} {what}; got {len(options)}.")
    if [o.index for o in options] != list(range(len(options))):
        raise InvalidInput(f"The {what} must be numbered 0..{len(options) - 1} in order.")
    seen: set[str] = set()
    for o in options:
        label = o.label.strip()
        if not label:
            raise InvalidInput(f"The {what} cannot be empty.")
        if len(label) > MAX_LABEL_CHARS:
            raise InvalidInput(
                f"{what.capitalize()} are limited to {MAX_LABEL_CHARS} characters: {label[:40]}…"
            )
        key = label.casefold()
        if key in seen:
            raise InvalidInput(f"The {what} must differ: {label!r} appears twice.")
        seen.add(key)


@dataclass(frozen=True, slots=True)
class PollSpec:
    """What a moderator asks for when starting a reader poll; validated on construction.

    ``subgroup_populations`` optionally maps a subgroup answer (e.g. "Donald Trump") onto a reference
    population (e.g. "2020 Trump voters") so the subgroup can be compared with it. ``created_by`` is the
    platform user id of the moderator.
    """

    platform: str
    channel: str
    question: str
    options: tuple[PollOption, ...]
    closes_at: datetime
    created_by: str
    references: tuple[ReferenceSeries, ...] = ()
    hide_results: bool = False
    subgroup_question: str | None = None
    subgroup_options: tuple[PollOption, ...] = ()
    subgroup_populations: tuple[tuple[str, str], ...] = ()
    post_id: int | None = None

    def __post_init__(self) -> None:
        question = self.question.strip()
        if not question:
            raise InvalidInput("The poll question cannot be empty.")
        if len(question) > MAX_QUESTION_CHARS:
            raise InvalidInput(f"The poll question is limited to {MAX_QUESTION_CHARS} characters.")
        _check_options(self.options, "options")
        if self.subgroup_question is not None:
            _check_options(self.subgroup_options, "subgroup answers")
        elif self.subgroup_options:
            raise InvalidInput("Subgroup answers need a subgroup question.")
        if self.closes_at.tzinfo is None:
            raise ValueError("closes_at must be timezone-aware")
        labels = {o.label for o in self.subgroup_options}
        for sub, _population in self.subgroup_populations:
            if sub not in labels:
                raise InvalidInput(f"{sub!r} is not one of the subgroup answers.")

    @property
    def subgroup_population_map(self) -> Mapping[str, str]:
        return dict(self.subgroup_populations)


@dataclass(frozen=True, slots=True)
class Poll:
    """A poll as stored: the moderator's spec plus what storage assigns and tracks."""

    id: int
    spec: PollSpec
    created_at: datetime
    status: PollStatus = PollStatus.OPEN
    closed_at: datetime | None = None
    message_ref: str | None = None

    @property
    def question(self) -> str:
        return self.spec.question

    @property
    def options(self) -> tuple[PollOption, ...]:
        return self.spec.options

    @property
    def is_open(self) -> bool:
        return self.status is PollStatus.OPEN
