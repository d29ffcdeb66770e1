"""A figure whose chosen question is refused when printed takes the one question the figures beside it
print, where its refused question tells that the figure answers theirs (a fixed step after the printing in
:mod:`build`; twenty-third round, q25).

``label_check.printed_question`` prints nothing for a question it refuses. Two refusals still leave the
figure's question plain from its neighbours:
- a no-view share (the undecided, the unsure, a don't-know) whose option was asked back ("Are you still
  undecided?"): it is one option of the question the figures reported beside it answer ("48% will vote
  Yes, 39% No and 13% are still undecided" asks one question of all three);
- a figure whose chosen question is the writer's own ("Why are they so gloomy?", "What is it that ...?"):
  the writer asks about the findings told beside it, which answer the poll's question.
Such a figure prints the question the other figures of its sentence, or else of its line (a table row),
print, when they print one question only; none where they print two or more, or none, or where the
figure is told inside the writer's question itself. Grouping is
untouched: the step reads and writes the printed strings only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.reading.extract import labels
from bot.reading.extract.groups import Labelled, is_unsure
from bot.reading.extract.label_check import writers_question


def neighbours_question(
    figs: Sequence[Labelled], printed: Sequence[str], sentence_text: Callable[[int], str]
) -> list[str]:
    """``printed`` (one question per figure, "" where refused or none) with each refused no-view share's or
    writer's question replaced by the question of the figures beside it, as the module docstring says."""
    out = list(printed)
    for i, f in enumerate(figs):
        if out[i] or not f.question:
            continue
        # A figure told inside the writer's question ("What keeps her afloat when 61% say ...?") is no
        # finding of the poll's question beside it.
        unsure = is_unsure(labels._LEAD_ADVERBS.sub("", f.answer))  # "still undecided"
        if not unsure and not (writers_question(f.question) and "?" not in sentence_text(f.sentence)):
            continue
        for where in ("sentence", "line"):
            at = getattr(f, where)
            asked = {
                printed[j] for j, g in enumerate(figs) if j != i and printed[j] and getattr(g, where) == at
            }
            if asked:
                if len(asked) == 1:
                    out[i] = asked.pop()
                break
    return out
