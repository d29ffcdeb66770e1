"""Plain-text rendering of digests and figure tables (the console, logs, and chat fallbacks)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Digest, DigestBundle, Figure, FigureGroup, PollMeta
from bot.polls.compare import normalize_label
from bot.polls.rules import question_id
from bot.reading.language import ENGLISH, name_of


def meta_notes(meta: PollMeta) -> list[str]:
    """What the post says about the poll itself: sample size, margin of error, fieldwork."""
    notes = []
    if meta.sample_size:
        notes.append(f"n = {meta.sample_size:,}")
    if meta.margin_of_error:
        notes.append(f"margin of error ±{meta.margin_of_error:g} points")
    if meta.fieldwork:
        notes.append(f"fieldwork {meta.fieldwork}")
    return notes


def _pct(value: float) -> str:
    return f"{value:g}%"


def questions_of(groups: Sequence[FigureGroup]) -> list[tuple[str, list[FigureGroup]]]:
    """Groups gathered by question, in order of first appearance, one row per population and wave.

    A post often gives its results twice, in prose and again in a table: the extractor keeps both copies
    (each is a figure of the text), but a reader is shown each population's answers once. Groups of one
    question with the same population and wave become one row, and a figure repeating an answer and value
    already in the row is left out. Two polls asking one question (two pollsters' readings of one race)
    stay two rows.
    """
    # Keyed by the question and, for a group the post gives no question for, its own place: such groups
    # are not one question, each stays its own.
    ordered: dict[tuple[str, int], dict[tuple[str, str, str | None], FigureGroup]] = {}
    for index, group in enumerate(groups):
        rows = ordered.setdefault((group.question, -1 if group.question else index), {})
        key = (normalize_label(group.pollster or ""), normalize_label(group.population), group.when)
        seen = rows.get(key)
        rows[key] = _distinct(group if seen is None else replace(seen, figures=seen.figures + group.figures))
    return [(question, list(rows.values())) for (question, _), rows in ordered.items()]


# Shown where the post gives figures without wording their question: the moderator words it at poll start.
UNWORDED_QUESTION = "(question not worded in the post)"


def question_heading(question: str) -> str:
    """A question as a heading: its text, or a note that the post does not word it."""
    return question or UNWORDED_QUESTION


def language_note(language: str) -> str | None:
    """What a digest says of a post not in English (None for English): its language, and that its figures
    were not read in full. Pollwatch reads English; in another language it keeps the figures and the words
    around them and names no question, answer or group (:mod:`bot.reading.extract.other_languages`)."""
    if language == ENGLISH:
        return None
    return (
        f"This post is in {name_of(language)}. Pollwatch reads English only, so it did not read these poll "
        "figures in full: it names no question, answer or who was asked, and shows each figure with the "
        "post's own words around it."
    )


def heading_of(question: str, groups: Sequence[FigureGroup], language: str = ENGLISH) -> str:
    """A question's heading in a digest: its wording; in a post not in English, where no question is read,
    the post's own words around the figures (in quotes); else a note that the post does not word it."""
    if not question and language != ENGLISH and groups and groups[0].quote:
        return f"“{groups[0].quote}”"
    return question_heading(question)


def answer_and_value(figure: Figure, value: str) -> str:
    """A figure as a row shows it: its answer, then ``value`` (the percentage as the platform marks it up);
    the value alone where no answer was read."""
    return f"{figure.answer} {value}" if figure.answer else value


def _distinct(group: FigureGroup) -> FigureGroup:
    kept: list[Figure] = []
    seen: set[tuple[str, float]] = set()
    for figure in group.figures:
        key = (normalize_label(figure.answer), figure.value)
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return group if len(kept) == len(group.figures) else replace(group, figures=tuple(kept))


def names_pollsters(groups: Sequence[FigureGroup]) -> bool:
    """Whether the figures come from more than one pollster, so each row must say whose poll it is."""
    return len({normalize_label(g.pollster) for g in groups if g.pollster}) > 1


def row_label(group: FigureGroup, *, pollster: bool = False) -> str:
    """A figure row's label, unescaped: the population (or "Published" when the post names none), the
    pollster when the post quotes several, and the wave."""
    label = group.population or "Published"
    if pollster and group.pollster:
        label += f", {group.pollster}"
    return label + (f" ({group.when})" if group.when else "")


def figure_lines(
    groups: Sequence[FigureGroup],
    *,
    indent: str = "  ",
    post_id: int | None = None,
    language: str = ENGLISH,
) -> list[str]:
    """question -> population -> answers and percentages, one line per population.

    With ``post_id``, each question shows its short id (``[p12q1]``) that ``poll start`` takes. In a post
    not in English (``language``) a question is headed by the post's words around its figures.
    """
    lines: list[str] = []
    several = names_pollsters(groups)
    for number, (question, members) in enumerate(questions_of(groups), start=1):
        qid = f" [{question_id(post_id, number)}]" if post_id is not None else ""
        lines.append(f"{indent}Q{number}.{qid} {heading_of(question, members, language)}")
        for group in members:
            answers = " · ".join(answer_and_value(f, _pct(f.value)) for f in group.figures)
            lines.append(f"{indent}    {row_label(group, pollster=several)}: {answers}")
    return lines


def digest_to_text(digest: Digest) -> str:
    header = digest.title
    details = [part for part in (digest.feed_title, _when(digest)) if part]
    lines = [f"== {header} =="]
    if details:
        lines.append(" · ".join(details))
    if digest.link:
        lines.append(digest.link)
    lines += ["", digest.summary or "(no text)"]
    if digest.groups:
        pollster = digest.pollster
        lines += ["", f"Poll figures{f' ({pollster})' if pollster else ''}:"]
        note = language_note(digest.language)
        if note:
            lines.append(f"  {note}")
        lines += figure_lines(digest.groups, post_id=digest.post_id, language=digest.language)
        notes = meta_notes(digest.meta)
        if notes:
            lines.append("  (" + "; ".join(notes) + ")")
    return "\n".join(lines)


def _when(digest: Digest) -> str | None:
    if digest.published_at is None:
        return None
    return digest.published_at.strftime("%Y-%m-%d %H:%M UTC")


def bundle_to_text(bundle: DigestBundle) -> str:
    """A scheduled digest: a header, then each post's digest, newest first."""
    if not bundle.digests:
        since = f" since {bundle.since:%Y-%m-%d %H:%M} UTC" if bundle.since else ""
        return f"## {bundle.title}\nNothing new{since}."
    count = len(bundle.digests)
    lines = [f"## {bundle.title} — {count} new post{'s' if count != 1 else ''}"]
    for digest in bundle.digests:
        lines += ["", digest_to_text(digest)]
    return "\n".join(lines)
