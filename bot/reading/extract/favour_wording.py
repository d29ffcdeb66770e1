"""A favourability group's question in the words its options use.

Trackers ask one rating two ways: "favorable / unfavorable" ("Do you have a favorable or unfavorable opinion
of <X>?") or a scale of feelings, "Very Positive ... Neutral ... Very Negative" under a "<X> Favorable
Rating" title, which the labels ask as "Do you have positive or negative feelings about <X>?". The rankers
offer both templates and choose between them by the words around the block, not by its options, so a
scale of feelings often took the favourable template and a favorable/unfavorable split the feelings one.
Here, last, a group whose options (besides a don't-know and a neutral middle) are all positive/negative
takes the feelings template, and one whose options are all favorable/unfavorable the favourable one, about
the same rated one; a party named without its article ("Republican Party") takes it. A question the
passage prints is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.groups import Labelled, is_unsure, members_by_cluster
from bot.reading.extract.question_measures import passage_prints

FAVOUR_WORDING = True

_FAVOURABLE_Q: Final = re.compile(
    r"^Do you have a favou?rable or (?:an )?unfavou?rable (?:opinion|view|impression) of (?P<rated>.+)\?$"
)
_FEELINGS_Q: Final = re.compile(r"^Do you have positive or negative feelings about (?P<rated>.+)\?$")
_DEGREE = r"(?:(?:very|somewhat|mostly|strongly|fairly)\s+)?"
_POSNEG: Final = re.compile(rf"^{_DEGREE}(?:positive|negative)$", re.IGNORECASE)
_FAVOURABLE: Final = re.compile(rf"^{_DEGREE}(?:un)?favou?rable$", re.IGNORECASE)
_MIDDLE: Final = re.compile(r"^(?:neutral|neither\b.*|mixed)$", re.IGNORECASE)
_BARE_PARTY: Final = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,3}Party$")


def _sides(figs: Sequence[Labelled], members: list[int]) -> list[str]:
    """The group's answers other than a don't-know or a neutral middle."""
    out = []
    for i in members:
        answer = figs[i].answer.strip()
        if answer and not is_unsure(answer) and not _MIDDLE.match(answer):
            out.append(answer)
    return out


def _rated(name: str) -> str:
    return f"the {name}" if _BARE_PARTY.match(name) else name


def worded(question: str, sides: Sequence[str]) -> str:
    """The favourability question in the options' words (see module docstring); unchanged otherwise."""
    if len(sides) < 2:
        return question
    m = _FAVOURABLE_Q.match(question)
    if m is not None and all(_POSNEG.match(s) for s in sides):
        return f"Do you have positive or negative feelings about {_rated(m.group('rated'))}?"
    m = _FEELINGS_Q.match(question)
    if m is not None and all(_FAVOURABLE.match(s) for s in sides):
        return f"Do you have a favorable or unfavorable opinion of {_rated(m.group('rated'))}?"
    return question


def apply(
    figs: list[Labelled], cluster_ids: list[int], ranked: Sequence[Sequence[tuple[str, str, float]]]
) -> None:
    """Reword each favourability group's question to its options' words, unless the passage prints it."""
    for members in members_by_cluster(cluster_ids).values():
        asked = {figs[i].question for i in members}
        if len(asked) != 1:
            continue
        (question,) = asked
        if not question.startswith("Do you have "):
            continue
        better = worded(question, _sides(figs, members))
        if better != question and not passage_prints(question, ranked):
            for i in members:
                figs[i].question = better
