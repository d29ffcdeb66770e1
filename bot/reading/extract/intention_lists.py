"""After clustering: a party list abroad asks the country's vote intention, not a question about one party.

Reports abroad often write a vote-intention list as a sentence about its first party ("31 per cent say
they would vote Conservative, with 26 per cent voting Liberal and 14 per cent NDP"). Turned into a question,
that sentence asks about the one party ("Would you vote Conservative?"), and the whole list took it. A
group whose one question is such a yes/no question built from the passage's words (not one it prints), in
a passage whose parliament's vote-intention question is known ("Federal voting intention"), takes that
question where its figures are party shares: at least one figure's own clause names a party and none
names a rating (`rating_lists.kinds`), and the question names a party or a vote. Runs after clustering
and moves no feature, so the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.label_cues import PARTY_OPTIONS
from bot.reading.extract.measure_words import asked_measure
from bot.reading.extract.question_measures import passage_prints
from bot.reading.extract.question_templates import as_vote_choice, intention_name

INTENTION_LISTS = True

# A yes/no question put to the respondent ("Would you vote ...?", "Have you gone to ...?").
_YES_NO_YOU: Final = re.compile(r"^(?:Would|Will|Do|Did|Have|Are|Were)\s+you\b")
# A vote or a party's support asked about ("vote", "support", "back").
_VOTE_VERB: Final = re.compile(r"\b(?:vote|voting|support|back)\b", re.IGNORECASE)


def _names_party(question: str) -> bool:
    """The question names a party ("Conservative", "Reform", "the Liberal Party") or asks a vote."""
    if _VOTE_VERB.search(question):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", question)
    return any(
        " ".join(words[i : i + k]).lower() in PARTY_OPTIONS for k in (1, 2, 3) for i in range(len(words))
    )


def one_party_question(question: str) -> bool:
    """A yes/no question about one party or a vote, asking no standard measure by name."""
    return bool(_YES_NO_YOU.match(question)) and not asked_measure(question) and _names_party(question)


def apply(
    a: Analysis,
    figs: list[Labelled],
    cluster_ids: list[int],
    kinds: Sequence[str | None],
    ranked: Sequence[Sequence[tuple[str, str, float]]],
) -> None:
    """Give each party list abroad asked as a question about one party the country's vote-intention
    question. ``kinds``: `rating_lists.kinds`; ``ranked[i]``: figure ``i``'s ranked question candidates."""
    if not INTENTION_LISTS or not a.passage_cues.country_voters:
        return
    name = intention_name(a)
    if not name:
        return
    for members in members_by_cluster(cluster_ids).values():
        question = figs[members[0]].question
        if any(figs[i].question != question for i in members) or not one_party_question(question):
            continue
        if passage_prints(question, [ranked[i] for i in members]):
            continue
        own = [kinds[i] for i in members]
        if "vote" in own and "rating" not in own:
            for i in members:
                figs[i].question = as_vote_choice(name)
