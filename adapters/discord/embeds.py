"""Pollwatch values → Discord embeds (pure: no I/O, nothing but ``discord.Embed`` objects).

Third-party text (feed titles, summaries, extracted questions, answers, populations) goes through
:func:`adapters.discord.text.escape` wherever Discord renders markdown, so it can't mention anyone or
disguise a link; author names and footers are plain text on Discord and are only clipped.

Discord refuses a message whose embeds break its limits, so every text is cut to fit, at a word boundary
with "…", and what does not fit is counted ("…and 3 more questions") rather than silently dropped:
title 256, description 4096, 25 fields of 256 (name) / 1024 (value), footer 2048, author 256, and 6000
characters over all the embeds of one message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import discord

from adapters.discord.text import escape, in_code_block
from bot.models import Digest, DigestBundle, FigureGroup
from bot.polls import format as fmt
from bot.polls.compare import MIN_SUBGROUP_N
from bot.polls.models import Poll, PollResults
from bot.polls.rules import question_id
from bot.polls.service import ClosedPoll
from bot.polls.table import reference_cards, render_grid
from bot.reading.language import name_of
from bot.render import (
    answer_and_value,
    heading_of,
    language_note,
    meta_notes,
    names_pollsters,
    questions_of,
    row_label,
)

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
FOOTER_MAX = 2048
AUTHOR_MAX = 256
TOTAL_MAX = 6000
EMBEDS_PER_MESSAGE = 10
SUMMARY_MAX = 1500  # a digest is a teaser, not the article

DIGEST_COLOUR = discord.Colour(0x0072B2)
OPEN_COLOUR = discord.Colour(0x009E73)
CLOSED_COLOUR = discord.Colour(0x999999)


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, ending with "…" when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def embed_size(embed: discord.Embed) -> int:
    """Characters Discord counts towards the 6000 limit: title, description, field names and values,
    footer text and author name."""
    return len(embed)


def _pct(value: float) -> str:
    return f"{value:g}%"


def population_line(group: FigureGroup, *, pollster: bool = False) -> str:
    answers = " · ".join(
        answer_and_value(replace(f, answer=escape(f.answer)), f"**{_pct(f.value)}**") for f in group.figures
    )
    return f"{escape(row_label(group, pollster=pollster))}: {answers}"


def _lines_within(lines: Sequence[str], limit: int, noun: str) -> str:
    """Join as many ``lines`` as fit in ``limit`` characters, then "…and N more <noun>"."""
    out: list[str] = []
    for i, line in enumerate(lines):
        rest = len(lines) - i - 1
        tail = f"\n…and {rest} more {noun}" if rest else ""
        candidate = "\n".join([*out, clip(line, limit)])
        if len(candidate) + len(tail) > limit:
            if not out:  # the first line alone is too long: clipped, with room to say what follows
                return clip(line, limit - len(tail)) + tail
            more = len(lines) - i
            return "\n".join([*out, f"…and {more} more {noun}"])
        out.append(clip(line, limit))
    return "\n".join(out)


def _footer(digest: Digest) -> str:
    parts = [f"Poll by {digest.pollster}"] if digest.pollster else []
    return clip(" · ".join(parts + meta_notes(digest.meta)), FOOTER_MAX)


def digest_embed(digest: Digest, *, budget: int = TOTAL_MAX, question_ids: bool = True) -> discord.Embed:
    """One post: title linking to it, feed name, time, summary, and the poll figures as fields
    (one per question: population → answers and %), the pollster in the footer. At most ``budget``
    characters in all (≤ 6000). ``question_ids`` shows each question's id (``p12q1``) for ``/poll start``."""
    budget = min(budget, TOTAL_MAX)
    title = clip(escape(digest.title) if digest.title else "(untitled post)", TITLE_MAX)
    embed = discord.Embed(
        title=title,
        url=digest.link or None,
        colour=DIGEST_COLOUR,
        timestamp=digest.published_at,
    )
    if digest.feed_title:
        embed.set_author(name=clip(digest.feed_title, AUTHOR_MAX))
    footer = _footer(digest)
    if footer:
        embed.set_footer(text=footer)
    fixed = embed_size(embed)
    questions = questions_of(digest.groups)
    several = names_pollsters(digest.groups)
    # The summary gets what is left after the header, keeping room for at least the first question.
    note = language_note(digest.language) if questions else None
    reserve = min(800, 300 * len(questions)) + (len(note) + 40 if note else 0) if questions else 0
    room = max(0, min(DESCRIPTION_MAX, SUMMARY_MAX, budget - fixed - reserve))
    embed.description = (
        clip(escape(digest.summary) if digest.summary else "(no text)", room) if room else None
    )
    if note:  # a post not in English: said before its figures, which name no question, answer or group
        embed.add_field(name=f"Not in English: {name_of(digest.language)}", value=note, inline=False)
    for number, (question, groups) in enumerate(questions, start=1):
        remaining = len(questions) - number + 1
        qid = f" · {question_id(digest.post_id, number)}" if question_ids else ""
        heading = heading_of(question, groups, digest.language)
        name = clip(f"Q{number}{qid} · {escape(heading)}", FIELD_NAME_MAX)
        # Keep room for a "…and N more questions" field after this one.
        value_room = min(FIELD_VALUE_MAX, budget - embed_size(embed) - len(name) - 60)
        if (len(embed.fields) == FIELDS_MAX - 1 and remaining > 1) or value_room < 40:
            _more_field(embed, remaining, budget)
            break
        value = _lines_within(
            [population_line(g, pollster=several) for g in groups], value_room, "populations"
        )
        embed.add_field(name=name, value=value or "…", inline=False)
    return embed


def _more_field(embed: discord.Embed, count: int, budget: int) -> None:
    text = f"…and {count} more question{'s' if count != 1 else ''} in the post"
    if embed_size(embed) + len(text) + 1 <= budget and len(embed.fields) < FIELDS_MAX:
        embed.add_field(name="More", value=text, inline=False)


def bundle_messages(bundle: DigestBundle) -> list[tuple[str, list[discord.Embed]]]:
    """A scheduled digest as messages (content, embeds): one embed per post, up to 10 embeds and 6000
    characters a message; every post is included, split over as many messages as needed."""
    count = len(bundle.digests)
    title = clip(escape(bundle.title), 1900)
    header = f"**{title}** — {count} new post{'s' if count != 1 else ''}"
    if not bundle.digests:
        since = f" since {bundle.since:%Y-%m-%d %H:%M} UTC" if bundle.since else ""
        return [(f"**{title}**\nNothing new{since}.", [])]
    per_post = max(900, TOTAL_MAX // min(count, EMBEDS_PER_MESSAGE))
    messages: list[tuple[str, list[discord.Embed]]] = []
    current: list[discord.Embed] = []
    used = 0
    for digest in bundle.digests:
        embed = digest_embed(digest, budget=per_post)
        size = embed_size(embed)
        if current and (len(current) == EMBEDS_PER_MESSAGE or used + size > TOTAL_MAX):
            messages.append(("", current))
            current, used = [], 0
        current.append(embed)
        used += size
    messages.append(("", current))
    total = len(messages)
    return [
        (f"{header} ({i}/{total})" if total > 1 else header, embeds)
        for i, (_c, embeds) in enumerate(messages, 1)
    ]


# --- reader polls -----------------------------------------------------------------------------------


def _ts(when: datetime, style: str = "f") -> str:
    """A Discord timestamp: shown in each reader's own time zone."""
    return f"<t:{int(when.timestamp())}:{style}>"


def poll_embed(poll: Poll) -> discord.Embed:
    """The poll message: question, options, deadline, what it is compared with."""
    spec = poll.spec
    closed = not poll.is_open
    embed = discord.Embed(
        title=clip(f"Reader poll #{poll.id}: {escape(spec.question)}", TITLE_MAX),
        colour=CLOSED_COLOUR if closed else OPEN_COLOUR,
    )
    lines = [f"{o.index + 1}. {escape(o.label)}" for o in spec.options]
    if closed:
        when = poll.closed_at or spec.closes_at
        lines.append(f"\n**Closed** {_ts(when)}: results below.")
    else:
        shown = "hidden until it closes" if spec.hide_results else "shown live with `/poll results`"
        lines.append(f"\nCloses {_ts(spec.closes_at)} ({_ts(spec.closes_at, 'R')}); results {shown}.")
        lines.append("Click an answer to vote; click again to keep it, another one to change it.")
    embed.description = clip("\n".join(lines), DESCRIPTION_MAX)
    if spec.subgroup_question:
        embed.add_field(
            name=clip(f"Optional: {escape(spec.subgroup_question)}", FIELD_NAME_MAX),
            value=clip(" / ".join(escape(o.label) for o in spec.subgroup_options), FIELD_VALUE_MAX),
            inline=False,
        )
    if spec.references:
        pollster = next((r.pollster for r in spec.references if r.pollster), None)
        populations = ", ".join(
            escape(r.population) if r.population else "published" for r in spec.references
        )
        embed.add_field(
            name="Compared with",
            value=clip(f"{escape(pollster) + ': ' if pollster else ''}{populations}", FIELD_VALUE_MAX),
            inline=False,
        )
    embed.set_footer(text="Votes are private: results never show who voted for what.")
    return embed


def subgroup_lines(results: PollResults) -> list[str]:
    """One line per answer to the self-report question: its votes and shares, or "too small" under
    ``MIN_SUBGROUP_N`` votes (never a percentage then, so a handful of members can't be singled out)."""
    lines = []
    for sub in results.subgroups:
        if sub.too_small or sub.n is None:
            lines.append(f"{escape(sub.label)}: too small to report (fewer than {MIN_SUBGROUP_N} votes)")
            continue
        shares = " · ".join(f"{escape(o.label)} {fmt.pct(o.share_pct)} ({o.votes})" for o in sub.options)
        lines.append(f"{escape(sub.label)} ({sub.n} votes): {shares}")
    return lines


def results_embed(closed: ClosedPoll, *, chart_name: str | None = None) -> discord.Embed:
    """The results: the comparison table in a code block, the verdicts, reference cards and caveats,
    and the chart image when it is attached as ``chart_name``."""
    results = closed.results
    votes = f"{results.n} vote{'' if results.n == 1 else 's'}"
    embed = discord.Embed(
        title=clip(f"Results of poll #{closed.poll.id}: {escape(results.question)}", TITLE_MAX),
        colour=DIGEST_COLOUR,
        timestamp=results.closed_at,
    )
    grid = in_code_block(render_grid(results))
    fence_room = DESCRIPTION_MAX - len(votes) - 12
    if len(grid) > fence_room:
        grid = grid[: fence_room - 1] + "…"
    embed.description = f"{votes}\n```\n{grid}\n```"
    sections = [
        ("Comparison", [escape(v.text) for v in results.verdicts]),
        (clip(f"By answer to “{escape(results.subgroup_question or '')}”", 200), subgroup_lines(results)),
        ("Published polls", [escape(card) for card in reference_cards(results)]),
        ("Note", [escape(caveat) for caveat in results.caveats]),
    ]
    for name, lines in sections:
        left = TOTAL_MAX - embed_size(embed) - len(name) - 40
        if not lines or left < 80:
            continue
        embed.add_field(
            name=name,
            value=_lines_within([f"• {line}" for line in lines], min(FIELD_VALUE_MAX, left), "lines"),
            inline=False,
        )
    if chart_name:
        embed.set_image(url=f"attachment://{chart_name}")
    return embed
