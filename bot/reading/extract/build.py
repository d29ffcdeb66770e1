"""The extraction built from the labelled, grouped figures: each figure's printed question, its group and
pollster, and the groups' summaries (the last step of :class:`weighed.WeighedExtractor`).
"""

from __future__ import annotations

from bot.models import Extraction, Figure
from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.grouping import groups_of
from bot.reading.extract.label_check import finish_at_initials, printed_question, rating_asked_back
from bot.reading.extract.rated_pronouns import named_or_refused
from bot.reading.extract.refused_fallback import neighbours_question
from bot.reading.extract.tidy import close_initialism


def _borrow_ratings(printed: dict[str, str]) -> None:
    """An option asked back ("Do you somewhat approve?", refused when printed) takes the passage's one printed
    question of that rating ("Do you approve or disapprove of the job <name> is doing?"), where there is one."""
    shown = {q for q in printed.values() if q}
    for chosen, question in printed.items():
        sides = rating_asked_back(chosen) if not question else None
        if sides is None:
            continue
        rated = {q for q in shown if sides in q.lower()}
        if len(rated) == 1:
            printed[chosen] = rated.pop()


def build(
    a: Analysis,
    figs: list[group_stage.Labelled],
    cluster_ids: list[int],
    *,
    borrow_ratings: bool = True,
    unsure_neighbours: bool = True,
    rated_pronouns: bool = True,
) -> Extraction:
    pollster = a.legacy.meta.pollster
    out: list[Figure] = []
    # Each distinct question is printed once: a group's figures share theirs (the printing is pure).
    printed: dict[str, str] = {}
    for f in figs:
        if f.question not in printed:
            printed[f.question] = printed_question(finish_at_initials(close_initialism(f.question), a.text))
    if borrow_ratings:
        _borrow_ratings(printed)
    sentence_text = a.sentence_text if a.sentences else (lambda i: "")
    questions = [printed[f.question] for f in figs]
    if rated_pronouns:
        questions = named_or_refused(a, figs, questions)
    if unsure_neighbours:
        questions = neighbours_question(figs, questions, sentence_text)
    for f, c, question in zip(figs, cluster_ids, questions, strict=True):
        n = a.numbers[f.num_index]
        named = a.pollster_of(n)
        out.append(
            Figure(
                value=f.value,
                start=n.start,
                end=n.end,
                group=f"g{c + 1}",
                question=question,
                answer=f.answer,
                population=f.population,
                pollster=named or pollster,
                when=f.when,
            )
        )
    groups = groups_of(out, [f.sentence for f in figs], sentence_text)
    return Extraction(tuple(out), groups, a.legacy.meta)
