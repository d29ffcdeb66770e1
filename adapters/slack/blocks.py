"""Block Kit for digests, bundles, reader polls and their results (pure: data in, dicts out).

Slack's limits shape everything here: 50 blocks per message, 3,000 characters per section text, 150 per
header, 75 per button label, 10 elements per context block. Text is trimmed on a word boundary with "…";
a digest whose figures do not fit says how many questions were left out and links to the post, and a bundle
too big for one message is split into several (never dropped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.models import Digest, DigestBundle
from bot.polls.models import Poll
from bot.polls.rules import format_time
from bot.polls.service import ClosedPoll
from bot.polls.table import render_table
from bot.render import (
    answer_and_value,
    heading_of,
    language_note,
    meta_notes,
    names_pollsters,
    questions_of,
    row_label,
)

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON = 75
MAX_FALLBACK = 3000
# Blocks one digest may use inside a bundle, and alone (room left for the bundle's own header/dividers).
DIGEST_BLOCKS = 12
VOTE_ACTION_PREFIX = "poll_vote"
SUBGROUP_ACTION_PREFIX = "poll_subgroup"
WITHDRAW_ACTION_PREFIX = "poll_withdraw"
MAX_PLACEHOLDER = 150


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn gives meaning to."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def trim(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut on a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    amp = cut.rfind("&", len(cut) - 5)
    if amp >= 0 and ";" not in cut[amp:]:  # never leave half an escape (``&am``) behind
        cut = cut[:amp]
    return cut.rstrip() + "…"


def link(url: str | None, label: str) -> str:
    label = escape(label).replace("|", "¦")
    if not url or not url.startswith(("http://", "https://")):
        return label
    return f"<{url.replace('>', '%3E').replace('|', '%7C')}|{label}>"


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": trim(text, MAX_SECTION)}}


def context(*parts: str) -> Block:
    elements = [{"type": "mrkdwn", "text": trim(p, MAX_SECTION)} for p in parts if p][:10]
    return {"type": "context", "elements": elements}


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": trim(text, MAX_HEADER), "emoji": True}}


def divider() -> Block:
    return {"type": "divider"}


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else format_time(moment)


def _pct(value: float) -> str:
    return f"{value:g}%"


# --- digests --------------------------------------------------------------------------------------


def figure_sections(digest: Digest, *, question_ids: bool = True) -> list[str]:
    """One mrkdwn text per question: the question (with its id for ``polls start``), then each population's
    answers and percentages."""
    out: list[str] = []
    several = names_pollsters(digest.groups)
    for number, (question, groups) in enumerate(questions_of(digest.groups), start=1):
        qid = f" `p{digest.post_id}q{number}`" if question_ids else ""
        lines = [f"*Q{number}*{qid} {escape(heading_of(question, groups, digest.language))}"]
        for group in groups:
            answers = " · ".join(
                answer_and_value(replace(f, answer=escape(f.answer)), f"*{_pct(f.value)}*")
                for f in group.figures
            )
            lines.append(f"    • {escape(row_label(group, pollster=several))}: {answers}")
        out.append("\n".join(lines))
    return out


def _poll_notes(digest: Digest) -> str:
    notes = [f"Pollster: *{escape(digest.pollster)}*"] if digest.pollster else []
    return " · ".join(notes + [escape(note) for note in meta_notes(digest.meta)])


def digest_blocks(
    digest: Digest, *, max_blocks: int = DIGEST_BLOCKS, question_ids: bool = True
) -> list[Block]:
    """A post as Block Kit: linked title, feed and time, summary, figures table, pollster.

    Uses at most ``max_blocks`` blocks; figures beyond that are counted, not shown.
    """
    blocks: list[Block] = [section(f"*{link(digest.link, trim(digest.title or 'Untitled post', 250))}*")]
    blocks.append(context(*[escape(p) for p in (digest.feed_title, _when(digest.published_at)) if p]))
    if not blocks[-1]["elements"]:
        blocks.pop()
    blocks.append(section(escape(digest.summary) if digest.summary else "_(no text)_"))
    questions = figure_sections(digest, question_ids=question_ids)
    if questions:
        notes = _poll_notes(digest)
        language = language_note(digest.language)
        if (
            language
        ):  # a post not in English: said before its figures, which name no question, answer or group
            blocks.append(context(f":globe_with_meridians: {escape(language)}"))
        room = max_blocks - len(blocks) - (1 if notes else 0)
        shown = questions if len(questions) <= room else questions[: max(room - 1, 0)]
        blocks.extend(section(q) for q in shown)
        left = len(questions) - len(shown)
        if left:
            more = f"… and {left} more question{'s' if left != 1 else ''}"
            blocks.append(context(f"{more} in {link(digest.link, 'the post')}" if digest.link else more))
        if notes:
            blocks.append(context(notes))
    return blocks[:max_blocks]


def fallback(text: str) -> str:
    """A message's top-level ``text`` (what notifications show) from third-party words: escaped like the
    blocks, since Slack parses mentions (``<!channel>``, ``<@U…>``) and links there too."""
    return trim(escape(text), MAX_FALLBACK)


def digest_text(digest: Digest) -> str:
    """The notification/fallback text of a digest message."""
    return fallback(f"{digest.title} — {digest.feed_title}" if digest.feed_title else digest.title)


def bundle_messages(bundle: DigestBundle) -> list[list[Block]]:
    """A scheduled digest as one or more messages of at most 50 blocks, each post whole in one message."""
    count = len(bundle.digests)
    title = f"{bundle.title} — {count} new post{'s' if count != 1 else ''}" if count else bundle.title
    first: list[Block] = [header(title)]
    if not bundle.digests:
        since = f" since {format_time(bundle.since)}" if bundle.since else ""
        first.append(section(f"Nothing new{since}."))
        return [first]
    messages: list[list[Block]] = [first]
    for digest in bundle.digests:
        blocks = [divider(), *digest_blocks(digest)]
        if len(messages[-1]) + len(blocks) > MAX_BLOCKS:
            messages.append([context(f"{escape(bundle.title)} (continued)")])
        messages[-1].extend(blocks)
    return messages


# --- reader polls -----------------------------------------------------------------------------------


def vote_action_id(poll_id: int, option: int) -> str:
    return f"{VOTE_ACTION_PREFIX}:{poll_id}:{option}"


def parse_vote(value: str) -> tuple[int, int]:
    """``"<poll>:<option>"`` from a button's value (or ``poll_vote:<poll>:<option>`` from its action_id)."""
    parts = value.removeprefix(VOTE_ACTION_PREFIX + ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a vote: {value!r}")
    return int(parts[0]), int(parts[1])


def subgroup_action_id(poll_id: int) -> str:
    return f"{SUBGROUP_ACTION_PREFIX}:{poll_id}"


def withdraw_action_id(poll_id: int) -> str:
    return f"{WITHDRAW_ACTION_PREFIX}:{poll_id}"


def parse_poll_action(action_id: str, prefix: str) -> int:
    """The poll id of ``<prefix>:<poll>`` (the subgroup menu, the withdraw button)."""
    rest = action_id.removeprefix(prefix + ":")
    if rest == action_id or not rest.isdigit():
        raise ValueError(f"not a {prefix} action: {action_id!r}")
    return int(rest)


def parse_subgroup_choice(value: str) -> tuple[int, int]:
    """``"<poll>:<answer index>"`` from a subgroup menu option's value."""
    return parse_vote(value)


def _subgroup_select(poll: Poll) -> Block:
    spec = poll.spec
    return {
        "type": "static_select",
        "action_id": subgroup_action_id(poll.id),
        "placeholder": {
            "type": "plain_text",
            "text": trim(spec.subgroup_question or "Which of these describes you?", MAX_PLACEHOLDER),
        },
        "options": [
            {
                "text": {"type": "plain_text", "text": trim(o.label, MAX_BUTTON)},
                "value": f"{poll.id}:{o.index}",
            }
            for o in spec.subgroup_options
        ],
    }


def vote_buttons(poll: Poll) -> Block:
    """One button per option (``action_id`` carrying poll and option)."""
    return {
        "type": "actions",
        "block_id": f"poll:{poll.id}",
        "elements": [
            {
                "type": "button",
                "action_id": vote_action_id(poll.id, option.index),
                "text": {"type": "plain_text", "text": trim(option.label, MAX_BUTTON), "emoji": True},
                "value": f"{poll.id}:{option.index}",
            }
            for option in poll.spec.options
        ],
    }


def _reference_line(poll: Poll) -> str:
    refs = poll.spec.references
    if not refs:
        return ""
    pollster = next((r.pollster for r in refs if r.pollster), None)
    source = next((r.source_link for r in refs if r.source_link), None)
    pops = ", ".join(escape(r.population) for r in refs if r.population)
    by = f"{escape(pollster)}: " if pollster else ""
    where = f" ({link(source, 'post')})" if source else ""
    return f"Compared at the close with {by}{pops}{where}"


def poll_blocks(
    poll: Poll, *, counts: dict[int, int] | None = None, closed_at: datetime | None = None
) -> list[Block]:
    """The poll message: the question, one button per option (while open), and what happens at the close.

    ``counts`` (live results, or the final tally) are shown beside the options when given.
    """
    spec = poll.spec
    blocks: list[Block] = [section(f":bar_chart: *Reader poll #{poll.id}*\n*{escape(spec.question)}*")]
    if counts is not None:
        total = sum(counts.values())
        lines = []
        for option in spec.options:
            n = counts.get(option.index, 0)
            share = f"{100 * n / total:.0f}%" if total else "—"
            lines.append(f"• {escape(option.label)}: *{share}* ({n})")
        blocks.append(section("\n".join(lines) + f"\n_{total} vote{'s' if total != 1 else ''}_"))
    if closed_at is None:
        blocks.append(vote_buttons(poll))
        if spec.subgroup_question and spec.subgroup_options:
            blocks.append(
                section(
                    f"*{escape(spec.subgroup_question)}* (optional: the results compare the answers "
                    "group by group; no one sees yours)"
                )
            )
        more: list[Block] = []
        if spec.subgroup_question and spec.subgroup_options:
            more.append(_subgroup_select(poll))
        more.append(
            {
                "type": "button",
                "action_id": withdraw_action_id(poll.id),
                "text": {"type": "plain_text", "text": "Withdraw my vote"},
                "value": str(poll.id),
            }
        )
        blocks.append({"type": "actions", "block_id": f"poll_more:{poll.id}", "elements": more})
        shown = "shown live" if not spec.hide_results else "hidden until it closes"
        notes = [
            f"Open until {format_time(spec.closes_at)} · results {shown} · click again to change your vote"
        ]
    else:
        notes = [f":lock: Closed at {format_time(closed_at)} · results in the thread"]
    reference = _reference_line(poll)
    if reference:
        notes.append(reference)
    blocks.append(context(*notes))
    return blocks


def poll_text(poll: Poll, *, closed: bool = False) -> str:
    state = "closed" if closed else "open"
    return fallback(f"Reader poll #{poll.id} ({state}): {poll.spec.question}")


def code_sections(text: str, *, limit: int = MAX_SECTION - 8) -> list[Block]:
    """Monospace text in as many sections as it needs, split between lines."""
    chunks: list[str] = []
    current = ""
    # Slack reads <!channel> and <@U…> inside code blocks too: the table is escaped like any text.
    for line in escape(text.replace("```", "'''")).splitlines():
        line = trim(line, limit)
        if current and len(current) + len(line) + 1 > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return [section(f"```{chunk}```") for chunk in chunks]


def results_blocks(closed: ClosedPoll) -> list[Block]:
    """The results posted in the poll's thread: verdicts first, then the comparison table."""
    results = closed.results
    blocks: list[Block] = [section(f"*Results of reader poll #{closed.poll.id}:* {escape(results.question)}")]
    verdicts = [f"• {escape(v.text)}" for v in results.verdicts]
    if verdicts:
        blocks.append(section("\n".join(verdicts)))
    blocks.extend(code_sections(render_table(results)))
    if results.caveats:
        blocks.append(context(*[escape(c) for c in results.caveats]))
    return blocks[:MAX_BLOCKS]


def results_text(closed: ClosedPoll) -> str:
    n = closed.results.n
    return fallback(
        f"Results of reader poll #{closed.poll.id} ({n} vote{'s' if n != 1 else ''}): {closed.results.question}"
    )


def text_blocks(lines: Sequence[str]) -> list[Block]:
    """Plain mrkdwn lines gathered into as few sections as fit (for lists in ephemeral answers)."""
    blocks: list[Block] = []
    current = ""
    for line in lines:
        line = trim(line, MAX_SECTION)
        if current and len(current) + len(line) + 1 > MAX_SECTION:
            blocks.append(section(current))
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        blocks.append(section(current))
    return blocks[:MAX_BLOCKS]
