"""Poll results as monospace text, meant to sit inside a chat code block.

Layout: title and vote count; one row per option (community % (votes), 95% interval, one column per published
population) plus rows for published answers that have no option; the verdict lines; subgroups; one reference
card line per published poll (pollster, populations, fieldwork, sample size, margin of error, time between the
post and our poll); the caveats. Prose is wrapped at ``WIDTH`` columns, table cells are cut with "…" so a row
stays within about that width, and column widths count East Asian wide characters as two columns.
Backticks are replaced so a label cannot close the code block it is shown in.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence

from bot.polls import format as fmt
from bot.polls.compare import MIN_SUBGROUP_N
from bot.polls.models import OptionResult, PollResults, ReferenceSeries

WIDTH = 78
LABEL_MAX = 22
POPULATION_MAX = 17
REMAINDER_MARK = "*"


def _cell_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _clean(text: str) -> str:
    # One line, and no backticks: a label must not end the code block the table is shown in.
    return " ".join(text.replace("`", "'").split())


def _fit(text: str, width: int) -> str:
    text = _clean(text)
    if _cell_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if _cell_width(out + ch) > width - 1:
            break
        out += ch
    return out.rstrip() + "…"


def _pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * max(0, width - _cell_width(text))
    return space + text if right else text + space


def _rows_to_text(rows: Sequence[Sequence[str]], right_align_from: int) -> list[str]:
    widths = [max(_cell_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [_pad(cell, widths[i], right=i >= right_align_from) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _community(result: OptionResult) -> str:
    if result.share_pct is None:
        return f"— ({result.votes})"
    return f"{fmt.pct(result.share_pct)} ({result.votes})"


def _wrap(text: str, *, bullet: str = "") -> list[str]:
    indent = " " * len(bullet)
    return textwrap.wrap(
        _clean(text), width=WIDTH, initial_indent=bullet, subsequent_indent=indent, break_on_hyphens=False
    )


def _table(results: PollResults) -> list[str]:
    populations = results.populations
    header = ["Answer", "Community", "95% CI", *(_fit(p or "Published", POPULATION_MAX) for p in populations)]
    rows: list[list[str]] = [header]
    marked = False
    for r in results.options:
        cells = [_fit(r.label, LABEL_MAX), _community(r), fmt.interval(r.low_pct, r.high_pct)]
        for p in populations:
            value = fmt.published(r.published_pct.get(p))
            if p in r.published_is_remainder:
                value += REMAINDER_MARK
                marked = True
            cells.append(value)
        rows.append(cells)
    for extra in results.published_only:
        cells = [_fit(extra.label, LABEL_MAX), "not asked", "—"]
        for p in populations:
            value = fmt.published(extra.published_pct.get(p))
            if extra.is_remainder and extra.published_pct.get(p) is not None:
                value += REMAINDER_MARK
                marked = True
            cells.append(value)
        rows.append(cells)
    lines = _rows_to_text(rows, right_align_from=1)
    lines.insert(1, "-" * max(_cell_width(line) for line in lines))
    if marked:
        lines.append(f"{REMAINDER_MARK} not printed in the post: what the published answers leave below 100%")
    return lines


def _subgroups(results: PollResults) -> list[str]:
    if not results.subgroups:
        return []
    lines = [_fit(f"By answer to “{results.subgroup_question or 'subgroup question'}”:", WIDTH)]
    for sub in results.subgroups:
        if sub.too_small or sub.n is None:
            lines.extend(
                _wrap(f"{sub.label}: too few to report (fewer than {MIN_SUBGROUP_N} votes)", bullet="  ")
            )
            continue
        parts = [f"{_fit(o.label, LABEL_MAX)} {fmt.pct(o.share_pct)} ({o.votes})" for o in sub.options]
        lines.extend(_wrap(f"{sub.label} ({sub.n} votes): " + " · ".join(parts), bullet="  "))
    return lines


def _card_key(ref: ReferenceSeries) -> tuple[object, ...]:
    return (
        ref.pollster,
        ref.sample_size,
        ref.margin_of_error,
        ref.fieldwork,
        ref.published_at,
        ref.source_link,
    )


def reference_cards(results: PollResults) -> list[str]:
    """One line per published poll: who, whom, when, how many, how precise, and how long before our poll.

    References that differ only in population (one poll quoted for several groups) share a line. The sample
    size and margin of error are the published poll's own, as the post gives them.
    """
    groups: dict[tuple[object, ...], list[ReferenceSeries]] = {}
    for ref in results.references:
        groups.setdefault(_card_key(ref), []).append(ref)
    lines: list[str] = []
    for refs in groups.values():
        ref = refs[0]
        parts = [ref.pollster or "Pollster not named"]
        parts.append(", ".join(r.population or "population not named" for r in refs))
        if ref.fieldwork:
            parts.append(f"fieldwork {ref.fieldwork}")
        if ref.sample_size:
            parts.append(f"n = {ref.sample_size:,}")
        if ref.margin_of_error is not None:
            parts.append(f"margin of error ±{ref.margin_of_error:g} points")
        if ref.published_at is not None:
            delta = results.closed_at - ref.published_at
            when = "after" if delta.total_seconds() >= 0 else "before"
            verb = "is still open" if results.open_until else "closed"
            parts.append(f"our poll {verb} {fmt.gap(delta)} {when} the post")
        if ref.source_link:
            parts.append(ref.source_link)
        lines.extend(_wrap("Published: " + " · ".join(parts)))
    return lines


def render_grid(results: PollResults) -> str:
    """Only the table of options (for adapters that put verdicts and notes in their own fields)."""
    return "\n".join(_table(results))


def render_table(results: PollResults) -> str:
    """The whole results message as monospace text (no code fence: the adapter adds its own)."""
    votes = f"{results.n} vote{'' if results.n == 1 else 's'}"
    state = (
        f"so far · open until {results.open_until:%d %b %Y %H:%M %Z}"
        if results.open_until
        else f"closed {results.closed_at:%d %b %Y %H:%M %Z}"
    )
    lines = [*_wrap(results.question), f"{votes} · {state}".rstrip(), ""]
    lines.extend(_table(results))
    lines.append("")
    for verdict in results.verdicts:
        lines.extend(_wrap(verdict.text, bullet="• "))
    sub = _subgroups(results)
    if sub:
        lines.extend(["", *sub])
    cards = reference_cards(results)
    if cards:
        lines.extend(["", *cards])
    lines.append("")
    for caveat in results.caveats:
        lines.extend(_wrap(caveat, bullet="Note: "))
    return "\n".join(lines)
