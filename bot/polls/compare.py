"""Compare a reader poll with the published poll it was started from.

Verdict rules (all thresholds are module constants):

* **No votes** → one line saying so; nothing is compared.
* **Leader or tie** → the most common answer is named; when several answers share the top count, the line
  says it is a tie and names them all, never picking one.
* **Fewer than** ``MIN_COMPARE_N`` (30) **votes** → the counts are still shown, but instead of comparisons one
  line says the poll is too small to compare.
* **Comparison**, per population and per option that has a published figure, with ``d`` = community share −
  published share in points and the community's 95% Wilson interval:

  - the published share lies *outside* the interval and ``|d| >= FAR_POINTS`` (15) → ``far_more`` or
    ``far_less``;
  - outside and ``SIMILAR_POINTS`` (5) ``<= |d| < 15`` → ``more``/``less`` ("somewhat more/less likely");
  - otherwise (``|d| < 5``, or the published share lies *inside* our interval) → ``similar``. Inside the
    interval with ``|d| >= 5`` the line adds that the gap may be chance: the poll cannot tell it from noise.

* **Published figures not summing to 100**: the remainder (when at least ``ROUNDING_POINTS``, 2 points —
  less is rounding) is "not sure/other". If the poll has a "Not sure"-like option without a published figure
  the remainder becomes that option's published share (flagged ``published_is_remainder``); otherwise it is
  listed as a published-only row. Totals above 100 + 2 get a caveat (rounding or multiple answers).
* **Subgroups** (answers to an optional self-report question): fewer than ``MIN_SUBGROUP_N`` (10) votes →
  reported only as too small: no percentages, no per-option counts and no exact size. From 10 votes the
  subgroup's shares are shown; it is compared with a reference population only when mapped onto one and it
  reaches ``MIN_COMPARE_N`` itself.
* Always the caveat that a chat poll is self-selected, not a sample.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from bot.models import FigureGroup, PollMeta
from bot.polls import format as fmt
from bot.polls.models import (
    MAX_OPTIONS,
    OptionResult,
    Poll,
    PollOption,
    PollResults,
    PollSpec,
    PublishedOnly,
    ReferenceSeries,
    SubgroupResult,
    Tally,
    Verdict,
    VerdictKind,
)
from bot.polls.stats import leaders, wilson_interval

MIN_COMPARE_N = 30
MIN_SUBGROUP_N = 10
SIMILAR_POINTS = 5.0
FAR_POINTS = 15.0
# Published figures are rounded; a remainder (or excess) this small is rounding, not "not sure".
ROUNDING_POINTS = 2.0

NOT_SURE_LABEL = "Not sure"
REMAINDER_LABEL = "Not sure/other"

SELF_SELECTED_CAVEAT = (
    "A chat poll is self-selected: it counts the members who chose to answer, not a sample of any "
    "population. Its 95% interval covers chance among those voters only, not who chose to vote."
)
SUBGROUP_CAVEAT = "Subgroups are self-reported by members and not checked."

_NOT_SURE = {
    "not sure",
    "unsure",
    "dont know",
    "don t know",
    "do not know",
    "no opinion",
    "undecided",
    "other",
    "not sure other",
    "dont know no answer",
    "no answer",
    "dk",
    "prefer not to say",
}


def normalize_label(label: str) -> str:
    """Casefolded words only: "Yes, a threat!" → "yes a threat"; "Don't know" → "dont know"."""
    text = label.casefold().replace("'", "").replace("’", "")
    return " ".join(re.findall(r"\w+", text))


def is_not_sure(label: str) -> bool:
    """Whether an answer means "not sure / don't know / other"."""
    key = normalize_label(label)
    return key in _NOT_SURE or key.startswith(("not sure", "dont know", "don t know"))


# --- building the poll from what a post says ----------------------------------------------------


def merge_answers(answer_lists: Sequence[Sequence[str]]) -> list[str]:
    """One option per distinct answer across populations, in the order first quoted.

    Populations often word one option differently ("Yes, a threat" for all voters, "A threat" for a
    subgroup): an answer that :func:`match_option` ties to an option already taken is the same option.
    Blank answers (a figure the post did not label) make no option.
    """
    out: list[str] = []
    for answers in answer_lists:
        for answer in answers:
            label = " ".join(answer.split())
            if label and match_option(label, out) is None:
                out.append(label)
    return out


def prefill_options(answers: list[str], published_shares: list[float]) -> list[str]:
    """The options a moderator's form starts with: the published answers, plus "Not sure" when there is room.

    "Room" means the published shares leave at least ``ROUNDING_POINTS`` below 100 (60 + 14 leaves 26 → add
    "Not sure"). Nothing is added when an answer already means not sure, or when there are already
    ``MAX_OPTIONS``. Blank and repeated (case-insensitive) answers are dropped and at most ``MAX_OPTIONS`` are
    returned; the moderator edits the rest (a single answer is returned as is, for them to complete).
    """
    out: list[str] = []
    seen: set[str] = set()
    for answer in answers:
        label = " ".join(answer.split())
        key = normalize_label(label)
        if not label or key in seen:
            continue
        seen.add(key)
        out.append(label)
    out = out[:MAX_OPTIONS]
    room = 100.0 - sum(published_shares)
    if room >= ROUNDING_POINTS and len(out) < MAX_OPTIONS and not any(is_not_sure(a) for a in out):
        out.append(NOT_SURE_LABEL)
    return out


def _tokens(label: str) -> frozenset[str]:
    return frozenset(normalize_label(label).split())


_NEGATIONS = frozenset(
    {"no", "not", "never", "nor", "neither", "none", "isnt", "dont", "doesnt", "wont", "nobody"}
)


def match_option(answer: str, options: Sequence[str]) -> str | None:
    """The option an answer label refers to, or ``None`` when there is none or it is ambiguous.

    The same words win; otherwise, among the options whose words contain the answer's words (or the reverse:
    "Not a threat" ↔ "No, not a threat"), the one with the fewest extra words, if it is the only one. Whole
    words, so "no" never matches "not sure", and a negated answer never matches an option without a negation
    (or the reverse), so "a threat" goes to "Yes, a threat", not "No, not a threat".
    """
    key = normalize_label(answer)
    for option in options:
        if normalize_label(option) == key:
            return option
    words = _tokens(answer)
    if not words:
        return None
    negated = bool(words & _NEGATIONS)
    scored: list[tuple[int, str]] = []
    for option in options:
        ow = _tokens(option)
        if ow and (words <= ow or ow <= words) and bool(ow & _NEGATIONS) == negated:
            scored.append((len(words ^ ow), option))
    if not scored:
        return None
    scored.sort(key=lambda t: t[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def references_from_groups(
    groups: Sequence[FigureGroup],
    options: Sequence[str],
    *,
    meta: PollMeta | None = None,
    published_at: datetime | None = None,
    source_link: str | None = None,
) -> tuple[ReferenceSeries, ...]:
    """One :class:`ReferenceSeries` per population from groups answering the same question.

    Each figure is matched to an option by its answer label (:func:`match_option`); a figure matching no
    option (or an option already taken) keeps its own answer label, so the series' total stays what was
    published. ``meta`` (the post's sample size, margin of error, fieldwork) describes the poll as a whole; it
    is attached when it names no pollster or the same one as the group. A population repeated across groups
    (e.g. two waves) is told apart by its ``when`` or a number.
    """
    series: list[ReferenceSeries] = []
    seen_populations: set[str] = set()
    for group in groups:
        shares: dict[str, float | None] = {}
        unlabelled = 0.0
        for figure in group.figures:
            if not figure.answer.strip():
                unlabelled += figure.value
                continue
            label = match_option(figure.answer, options)
            if label is None or label in shares:
                label = figure.answer
            if label in shares:  # the same answer twice in one group: keep the first, as quoted first
                continue
            shares[label] = figure.value
        population = group.population
        if population.casefold() in seen_populations:
            population = f"{population} ({group.when})" if group.when else population
            k = 2
            while population.casefold() in seen_populations:
                population = f"{group.population} ({k})"
                k += 1
        seen_populations.add(population.casefold())
        pollster = group.pollster or (meta.pollster if meta else None)
        same_poll = meta is not None and (
            meta.pollster is None or pollster is None or meta.pollster.casefold() == pollster.casefold()
        )
        series.append(
            ReferenceSeries(
                population=population,
                pollster=pollster,
                shares=shares,
                sample_size=meta.sample_size if meta and same_poll else None,
                margin_of_error=meta.margin_of_error if meta and same_poll else None,
                fieldwork=group.when or (meta.fieldwork if meta and same_poll else None),
                published_at=published_at,
                source_link=source_link,
                unlabelled=unlabelled,
            )
        )
    return tuple(series)


# --- comparing ----------------------------------------------------------------------------------


def compare_poll(poll: Poll | PollSpec, tally: Tally, *, now: datetime) -> PollResults:
    """:func:`compare` for a stored poll (or a spec): the poll service's entry point."""
    spec = poll.spec if isinstance(poll, Poll) else poll
    results = compare(
        spec.question,
        spec.options,
        tally,
        spec.references,
        now=now,
        subgroup_question=spec.subgroup_question,
        subgroup_options=[o.label for o in spec.subgroup_options],
        subgroup_populations=spec.subgroup_population_map,
    )
    if isinstance(poll, Poll) and poll.closed_at is None:
        return replace(results, open_until=spec.closes_at)
    return results


def compare(
    question: str,
    options: Sequence[PollOption],
    tally: Tally,
    references: Sequence[ReferenceSeries],
    *,
    now: datetime,
    subgroup_question: str | None = None,
    subgroup_options: Sequence[str] = (),
    subgroup_populations: Mapping[str, str] | None = None,
) -> PollResults:
    """Results of a reader poll beside the published figures, with verdicts and caveats (rules: module doc).

    ``now`` is when the poll closed (or is being looked at); it is stored as ``closed_at``. Subgroups are
    listed in ``subgroup_options`` order (all of them, voted or not), then any other labels in the tally.
    Raises ``ValueError`` when the tally has votes for an index that is not an option.
    """
    indexes = {o.index for o in options}
    unknown = set(tally.votes) - indexes
    for sub in tally.subgroup_votes.values():
        unknown |= set(sub) - indexes
    if unknown:
        raise ValueError(f"votes for unknown option indexes: {sorted(unknown)}")

    refs = tuple(references)
    published, remainder_of, published_only = _published_by_option(options, refs)
    n = tally.n
    option_results = _option_results(options, tally.votes, published, remainder_of)

    verdicts: list[Verdict] = []
    if n == 0:
        verdicts.append(Verdict(VerdictKind.NO_VOTES, "No votes were cast, so there is nothing to compare."))
    else:
        verdicts.append(_leader_verdict(options, tally.votes, n))
        if not refs:
            verdicts.append(
                Verdict(VerdictKind.NO_REFERENCE, "There are no published figures to compare with.")
            )
        elif n < MIN_COMPARE_N:
            verdicts.append(
                Verdict(
                    VerdictKind.TOO_SMALL,
                    f"Only {_votes(n)}: too few to compare with the published figures "
                    f"(at least {MIN_COMPARE_N} are needed). The counts are shown as they are.",
                )
            )
        else:
            for ref in refs:
                verdicts.extend(_comparisons(option_results, ref.population, subgroup=None))

    subgroups: list[SubgroupResult] = []
    mapping = dict(subgroup_populations or {})
    ref_names = {r.population for r in refs}
    labels = list(dict.fromkeys([*subgroup_options, *tally.subgroup_votes]))
    for label in labels:
        counts = tally.subgroup_votes.get(label, {})
        sub_n = sum(counts.values())
        population = mapping.get(label) if mapping.get(label) in ref_names else None
        if sub_n < MIN_SUBGROUP_N:
            subgroups.append(SubgroupResult(label, None, too_small=True, population=population))
            continue
        sub_results = _option_results(options, counts, published, remainder_of)
        subgroups.append(
            SubgroupResult(label, sub_n, too_small=False, options=sub_results, population=population)
        )
        if population is None:
            continue
        if sub_n < MIN_COMPARE_N:
            verdicts.append(
                Verdict(
                    VerdictKind.TOO_SMALL,
                    f"Members who answered “{label}”: {_votes(sub_n)}, too few to compare with "
                    f"{population} (at least {MIN_COMPARE_N} are needed).",
                    population=population,
                    subgroup=label,
                )
            )
        else:
            verdicts.extend(_comparisons(sub_results, population, subgroup=label))

    caveats = [SELF_SELECTED_CAVEAT, *_sum_caveats(refs, remainder_of)]
    if labels:
        caveats.append(SUBGROUP_CAVEAT)
        if any(s.too_small for s in subgroups):
            caveats.append(
                f"Subgroups with fewer than {MIN_SUBGROUP_N} votes are not broken down, "
                "to keep answers private."
            )

    return PollResults(
        question=question,
        n=n,
        options=option_results,
        references=refs,
        verdicts=tuple(verdicts),
        caveats=tuple(caveats),
        too_small=n < MIN_COMPARE_N,
        closed_at=now,
        published_only=published_only,
        subgroup_question=subgroup_question,
        subgroups=tuple(subgroups),
    )


def _votes(n: int) -> str:
    return f"{n} vote{'' if n == 1 else 's'}"


def _published_by_option(
    options: Sequence[PollOption], refs: Sequence[ReferenceSeries]
) -> tuple[dict[int, dict[str, float | None]], dict[int, tuple[str, ...]], tuple[PublishedOnly, ...]]:
    """Published share per option index and population; which of them are remainders; published-only rows."""
    published: dict[int, dict[str, float | None]] = {o.index: {} for o in options}
    remainder_of: dict[int, list[str]] = {o.index: [] for o in options}
    by_key = {normalize_label(o.label): o.index for o in options}
    extra: dict[str, tuple[str, dict[str, float | None], bool]] = {}

    for ref in refs:
        for label, value in ref.shares.items():
            index = by_key.get(normalize_label(label))
            if index is not None:
                published[index][ref.population] = value
            else:
                key = normalize_label(label)
                extra.setdefault(key, (label, {}, False))[1][ref.population] = value
        remainder = 100.0 - ref.total
        if remainder < ROUNDING_POINTS or ref.unlabelled:
            continue  # nothing left over, or an unnamed answer holds an unknown part of it
        remainder = round(remainder, 1)
        free = [
            o.index
            for o in options
            if is_not_sure(o.label) and published[o.index].get(ref.population) is None
        ]
        if free:
            published[free[0]][ref.population] = remainder
            remainder_of[free[0]].append(ref.population)
        else:
            extra.setdefault("\0remainder", (REMAINDER_LABEL, {}, True))[1][ref.population] = remainder

    for index in published:  # every population gets a cell, None when not published
        published[index] = {r.population: published[index].get(r.population) for r in refs}
    rows = tuple(
        PublishedOnly(label, {r.population: values.get(r.population) for r in refs}, is_remainder)
        for label, values, is_remainder in extra.values()
    )
    return published, {k: tuple(v) for k, v in remainder_of.items()}, rows


def _option_results(
    options: Sequence[PollOption],
    counts: Mapping[int, int],
    published: Mapping[int, dict[str, float | None]],
    remainder_of: Mapping[int, tuple[str, ...]],
) -> tuple[OptionResult, ...]:
    n = sum(counts.values())
    out: list[OptionResult] = []
    for option in options:
        votes = counts.get(option.index, 0)
        if n:
            low, high = wilson_interval(votes, n)
            share: float | None = 100.0 * votes / n
            low_pct: float | None = 100.0 * low
            high_pct: float | None = 100.0 * high
        else:
            share = low_pct = high_pct = None
        out.append(
            OptionResult(
                index=option.index,
                label=option.label,
                votes=votes,
                share_pct=share,
                low_pct=low_pct,
                high_pct=high_pct,
                published_pct=dict(published.get(option.index, {})),
                published_is_remainder=remainder_of.get(option.index, ()),
            )
        )
    return tuple(out)


def _leader_verdict(options: Sequence[PollOption], counts: Mapping[int, int], n: int) -> Verdict:
    top = leaders({o.index: counts.get(o.index, 0) for o in options})
    labels = {o.index: o.label for o in options}
    if len(top) > 1:
        names = [f"“{labels[i]}”" for i in top]
        joined = ", ".join(names[:-1]) + f" and {names[-1]}"
        each = counts[top[0]]
        return Verdict(
            VerdictKind.TIE,
            f"It's a tie between {joined}, with {_votes(each)} each (of {n}).",
        )
    index = top[0]
    share = 100.0 * counts[index] / n
    return Verdict(
        VerdictKind.LEADER,
        f"Most common answer: “{labels[index]}”, {counts[index]} of {_votes(n)} ({fmt.pct(share)}).",
        option=labels[index],
        community_pct=share,
    )


def classify(community_pct: float, published_pct: float, low_pct: float, high_pct: float) -> VerdictKind:
    """The comparison kind for one option and population (rules in the module doc)."""
    d = community_pct - published_pct
    inside = low_pct <= published_pct <= high_pct
    if inside or abs(d) < SIMILAR_POINTS:
        return VerdictKind.SIMILAR
    if abs(d) >= FAR_POINTS:
        return VerdictKind.FAR_MORE if d > 0 else VerdictKind.FAR_LESS
    return VerdictKind.MORE if d > 0 else VerdictKind.LESS


_PHRASES = {
    VerdictKind.FAR_LESS: "far less likely than",
    VerdictKind.LESS: "somewhat less likely than",
    VerdictKind.SIMILAR: "about as likely as",
    VerdictKind.MORE: "somewhat more likely than",
    VerdictKind.FAR_MORE: "far more likely than",
}


def _comparisons(results: Sequence[OptionResult], population: str, *, subgroup: str | None) -> list[Verdict]:
    out: list[Verdict] = []
    for r in results:
        published = r.published_pct.get(population)
        if published is None or r.share_pct is None or r.low_pct is None or r.high_pct is None:
            continue
        kind = classify(r.share_pct, published, r.low_pct, r.high_pct)
        inside = r.low_pct <= published <= r.high_pct
        subject = "The community is" if subgroup is None else f"Members who answered “{subgroup}” are"
        who = population or "the published poll"
        text = (
            f"{subject} {_PHRASES[kind]} {who} to say “{r.label}” "
            f"({fmt.pct(r.share_pct)} vs {fmt.published(published)})"
        )
        span = fmt.interval(r.low_pct, r.high_pct)
        if inside:
            text += f"; the published figure lies inside our 95% interval ({span})"
            if abs(r.share_pct - published) >= SIMILAR_POINTS:
                text += ", so the gap may be chance"
        else:
            text += f"; the published figure lies outside our 95% interval ({span})"
        if population in r.published_is_remainder:
            text += f". The published {fmt.published(published)} is what the other answers leave below 100%"
        out.append(
            Verdict(
                kind,
                text + ".",
                population=population,
                option=r.label,
                community_pct=r.share_pct,
                published_pct=published,
                published_inside_interval=inside,
                subgroup=subgroup,
            )
        )
    return out


def _sum_caveats(refs: Sequence[ReferenceSeries], remainder_of: Mapping[int, tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    mapped = {p for pops in remainder_of.values() for p in pops}
    for ref in refs:
        total = ref.total
        who = ref.population or "the published poll"
        if total <= 100.0 - ROUNDING_POINTS:
            where = "the poll's not-sure option" if ref.population in mapped else "“not sure/other”"
            out.append(
                f"Published figures for {who} add up to {fmt.published(total)}; the remaining "
                f"{fmt.published(100.0 - total)} is shown as {where}."
            )
        elif total >= 100.0 + ROUNDING_POINTS:
            out.append(
                f"Published figures for {who} add up to {fmt.published(total)}: rounding, or more than one "
                "answer was allowed."
            )
    return out
