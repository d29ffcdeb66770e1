"""What an extraction keeps of a text that is not in English: its figures and their exact words, no labels.

The extractor's labels are English: question templates ("Do you … or …?", "Vote choice"), people words
("respondents"), answers read as the words after a figure by English grammar. Around the words of a Spanish
or German post they make labels that look read and are wrong: a question built from Spanish words in an
English template, "respondents" where the post names women over sixty, an answer that is the clause after the
figure. A newcomer who sees one in a digest stops trusting the bot.

So the language is told first (:mod:`bot.reading.language`); an English text (or one that shows no other
language) is read exactly as before. In another language every figure keeps its value, its place in the text,
its group and its wave where the post writes that wave's words; the question, answer and population are left
empty for a moderator to write, each group's quote is the text's own words around its figures, and a pollster
or fieldwork is kept only where the text writes it as given. The extraction carries the language
(``Extraction.language``), so the digest and the thread say, in plain words, that the post is in <language>
and its figures were not read in full.

Why no answer or population is kept even where it is a verbatim span: on the open Spanish page every span the
English rankers chose (a party's name before its supporters' share, the clause after a figure) was the wrong label, and no
language-neutral sign told the right ones apart.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.models import Extraction, Figure, FigureGroup, PollMeta
from bot.reading.extract import neutral_figures
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.weighed import WeighedExtractor
from bot.reading.language import Language, detect

if TYPE_CHECKING:
    from bot.reading.extract.weighed import Explained

# A quote is the words around a group's figures: this many characters before its first figure and after its
# last, within the figures' paragraph, cut at words.
QUOTE_BEFORE = 90
QUOTE_AFTER = 50


class LanguageAwareExtractor(WeighedExtractor):
    """The weighed extractor behind the language check (``default_extractor()``): ``extract`` and ``explain``
    tell the language first; every other method (``analyse``, ``ranked``) is the weighed extractor's own."""

    def extract(self, text: str) -> Extraction:
        extraction = super().extract(text)
        language = detect(text) if text else None
        if language is None or language.is_english:
            return extraction
        return without_labels(extraction, text, language)

    def explain(self, text: str) -> Explained:
        """The weighed extractor's account; in another language its extraction is the one kept (no labels),
        and the rankers' choices stay in the provenance for a developer to read."""
        explained = super().explain(text)
        language = detect(text) if text else None
        if language is None or language.is_english:
            return explained
        kept = without_labels(explained.extraction, text, language)
        weighed = {
            f.start: p for f, p in zip(explained.extraction.figures, explained.provenance, strict=True)
        }
        provenance = [
            weighed.get(f.start)
            or Provenance(1.0, [("neutral_figures (a share written as in any language)", 0.0)])
            for f in kept.figures
        ]
        return replace(explained, extraction=kept, provenance=provenance)


def _written(label: str | None, text: str) -> str | None:
    """``label`` where the text writes it as it is, else None."""
    return label if label and label in text else None


def quote_around(text: str, start: int, end: int) -> str:
    """The text's words around ``text[start:end]``, within its paragraph, cut at word boundaries, "…" where
    cut, spaces folded."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - QUOTE_BEFORE)
    hi = min(line_end, end + QUOTE_AFTER)
    cut_before = lo > line_start
    if cut_before:
        sentence = text.rfind(". ", lo, start)
        if sentence >= 0:  # the figure's sentence opens inside the window: start there, nothing cut
            lo, cut_before = sentence + 2, False
        else:
            space = text.find(" ", lo, start)
            lo = space + 1 if space >= 0 else lo
    full_stop = text.find(". ", end, hi)
    if full_stop >= 0:  # the last figure's sentence ends inside the window: stop there
        hi = full_stop + 1
        cut_after = False
    else:
        cut_after = hi < line_end
        space = text.rfind(" ", end, hi) if cut_after else -1
        hi = space if space >= 0 else hi
    words = " ".join(text[lo:hi].split())
    return ("…" if cut_before else "") + words.rstrip(",;:") + ("…" if cut_after else "")


def _bare(figure: Figure, text: str) -> Figure:
    return replace(
        figure,
        question="",
        answer="",
        population="",
        pollster=_written(figure.pollster, text),
        when=_written(figure.when, text),
    )


def _group_number(group_id: str) -> int:
    digits = group_id.lstrip("g")
    return int(digits) if digits.isdigit() else 0


def _shares_not_read(extraction: Extraction, text: str, language: Language) -> list[FigureGroup]:
    """The shares :mod:`neutral_figures` finds that the extraction has no figure for: one group a sentence,
    and one a slash pair."""
    taken = [(f.start, f.end) for f in extraction.figures]
    shares = [
        s
        for s in neutral_figures.find_shares(text, language.code)
        if not any(s.start < end and start < s.end for start, end in taken)
    ]
    by_sentence: dict[tuple[int, int], list[neutral_figures.Share]] = {}
    for share in shares:
        key = (
            (0, share.pair) if share.pair is not None else (1, neutral_figures.sentence_of(text, share.start))
        )
        by_sentence.setdefault(key, []).append(share)
    number = max((_group_number(g.id) for g in extraction.groups), default=0)
    groups: list[FigureGroup] = []
    for members in by_sentence.values():
        number += 1
        gid = f"g{number}"
        figures = tuple(Figure(s.value, s.start, s.end, gid, "", "", "") for s in members)
        groups.append(FigureGroup(gid, "", "", None, "", figures))
    return groups


def without_labels(extraction: Extraction, text: str, language: Language) -> Extraction:
    """``extraction`` of a text in ``language`` (not English): figures, groups and exact words only, with the
    shares every language writes alike that the English reading missed."""
    bare = {id(f): _bare(f, text) for f in extraction.figures}
    added = _shares_not_read(extraction, text, language)
    groups: list[FigureGroup] = []
    for group in [*extraction.groups, *added]:
        figures = tuple(bare.get(id(f)) or _bare(f, text) for f in group.figures)
        quote = (
            quote_around(text, min(f.start for f in figures), max(f.end for f in figures))
            if figures
            else group.quote
        )
        groups.append(
            replace(
                group,
                question="",
                population="",
                pollster=_written(group.pollster, text),
                when=_written(group.when, text),
                quote=quote,
                figures=figures,
            )
        )
    groups.sort(key=lambda g: min((f.start for f in g.figures), default=len(text)))
    meta = extraction.meta
    kept_meta = PollMeta(
        pollster=_written(meta.pollster, text),
        sample_size=meta.sample_size,
        margin_of_error=meta.margin_of_error,
        fieldwork=_written(meta.fieldwork, text),
    )
    return Extraction(
        figures=tuple(
            sorted([*bare.values(), *(f for g in added for f in g.figures)], key=lambda f: f.start)
        ),
        groups=tuple(groups),
        meta=kept_meta,
        language=language.code,
    )
