"""Answers a figure gives by saying no to its neighbour's: "60% said it is a threat, 14% disagreed",
"8% would allow it and 65% would not".

The second figure's own words name no option, only dissent; its answer is the negation of the first
figure's answer (its opposite option where there is one). Only a bare or generic negative answer is
replaced, so a figure whose own words name an option keeps it.

:func:`apply` runs before grouping. :func:`apply_wide`, after grouping (so no feature moves), reads the
shapes it leaves: the dissent told in a relative clause or after a bracket ("while 29 percent of them do
not", "set against 44% who don't", "a fifth (21 per cent) do not"), and a rating option whose opposite is the
standard one ("approve" -> "disapprove", "favourable" -> "unfavourable"), which :func:`apply` leaves to the
scale of agreement it guards.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import opposite

# Off: the dissent shapes read only before grouping stand.
WIDE_DISSENT = True

# Right after the figure (and its % or "percent"): dissent and nothing more before the clause ends.
_DISSENT = re.compile(
    r"[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]*(?:(?:said|say|says|were|are|was|is|did|do|does)[ \t]+)?"
    r"(?P<neg>disagreed|disagree|disagrees|would[ \t]+not|wouldn['’]t|did[ \t]+not|didn['’]t|do[ \t]+not|"
    r"don['’]t|does[ \t]+not|doesn['’]t|(?:it[ \t]+)?(?:is|are|was|were)[ \t]+not|(?:it[ \t]+)?(?:isn|aren|wasn|weren)['’]t|"
    r"not)[ \t]*(?=[.,;:!?)]|[ \t]+(?:and|but|while)\b|$)",
    re.IGNORECASE,
)
# Answers that are themselves the bare negative (what the rankers pick for dissent with no option).
_GENERIC_NEGATIVE = frozenset({"", "no", "not", "disagree", "disagreed", "would not", "did not", "do not"})
# Answers whose negation is already a generic option ("agree" → "disagree"): nothing to add.
_GENERIC_POSITIVE = frozenset({"agree", "yes", "approve", "favor", "support"})


def negated(answer: str, between: str = "") -> str:
    """ "yes, a threat" → "no, not a threat"; "would allow it" → "would not allow it"; an option with an
    opposite → the opposite; anything else → "not …"."""
    low = answer.lower()
    if low.startswith("yes, "):
        return "no, not " + answer[5:]
    other = opposite(low)
    if other is not None:
        return other
    for aux in ("would", "will", "should", "could"):
        if low.startswith(aux + " "):
            return f"{answer[: len(aux)]} not {answer[len(aux) + 1 :]}"
    article = re.search(r"\b(an?)[ \t]+" + re.escape(answer) + r"\b", between, re.IGNORECASE)
    if article is not None:
        return f"not {article.group(1).lower()} {answer}"  # "called it a threat" → "not a threat"
    return "not " + answer


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each dissenting figure the negation of the previous figure's answer in its sentence."""
    by_index = {f.num_index: f for f in figs}
    for f in figs:
        if f.answer.lower() not in _GENERIC_NEGATIVE:
            continue
        prev = by_index.get(f.num_index - 1)
        if prev is None or prev.sentence != f.sentence or not prev.answer:
            continue
        low = prev.answer.lower()
        if low in _GENERIC_POSITIVE or low in _GENERIC_NEGATIVE or low.split()[-1] in _GENERIC_POSITIVE:
            continue  # "28% partly agreed and 24% disagreed": a scale's degree, its dissent stays plain
        if len(low.split()) > 3 and not low.startswith("yes, "):
            continue  # a statement ("it is the government's job to …"): its plain "no" reads better
        n = a.numbers[f.num_index]
        if _DISSENT.match(a.text, n.end) is None:
            continue
        f.answer = negated(prev.answer, a.text[a.numbers[prev.num_index].end : n.start])


# The wider dissent: a closing bracket, then "who"/"that" (or nothing) before the verb of dissent.
_WIDE_DISSENT = re.compile(
    r"[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]*\)?[ \t]*(?:(?:who|that)[ \t]+)?"
    r"(?:(?:say|said|do|does|did)[ \t]+)?"
    r"(?P<neg>do[ \t]+not|don['’]t|does[ \t]+not|doesn['’]t|did[ \t]+not|didn['’]t|disapprove|disagree|not)"
    r"[ \t]*(?=[.,;:!?)]|[ \t]+(?:and|but|while)\b|$)",
    re.IGNORECASE,
)
# Rating options whose opposite the labels write for a bare dissent.
_RATED = frozenset({"approve", "favorable", "favourable", "satisfied", "positive"})


def apply_wide(a: Analysis, figs: list[Labelled]) -> None:
    """Give each dissenting figure of the wider shapes the negation of the previous figure's answer."""
    if not re.search(r"\b(?:not|don['’]t|doesn['’]t|didn['’]t)\b", a.text):
        return
    by_index = {f.num_index: f for f in figs}
    for f in figs:
        prev = by_index.get(f.num_index - 1)
        if prev is None or prev.sentence != f.sentence or not prev.answer:
            continue
        between = a.text[a.numbers[prev.num_index].end : a.numbers[f.num_index].start]
        if f.answer.lower() not in _GENERIC_NEGATIVE and (f.answer not in between or f.answer == prev.answer):
            continue  # an answer of its own, not the words of the share before ("approving of him against")
        low = prev.answer.lower()
        rated = low in _RATED
        if not rated and (
            low in _GENERIC_POSITIVE or low in _GENERIC_NEGATIVE or low.split()[-1] in _GENERIC_POSITIVE
        ):
            continue
        n = a.numbers[f.num_index]
        if _WIDE_DISSENT.match(a.text, n.end) is None:
            continue
        named = opposite(low) is not None or low.startswith("yes, ")
        if named or re.search(r"\b(an?)[ \t]+" + re.escape(prev.answer) + r"\b", between, re.IGNORECASE):
            f.answer = negated(prev.answer, between)  # an option the labels negate, never a clause's words
