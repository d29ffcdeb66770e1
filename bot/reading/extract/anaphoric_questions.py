"""A question that only points back ("Do you support the increase?", "Do you favor it?") is the question
of the figures just before it: a crosstab sentence ("61% of women support the increase") follows the
topline sentence that names the proposal ("voters support raising the minimum wage to $17 ...")."""

from __future__ import annotations

import re

from bot.reading.extract.groups import Labelled, members_by_cluster

# The object is a pronoun or a definite noun that stands for a proposal named earlier.
_POINTS_BACK = re.compile(
    r"^(?:do|does|would|will|should|did)[ \t]+(?:you|they)[ \t]+(?P<verb>[a-z]+)(?:[ \t]+(?:of|to|with))?"
    r"[ \t]+(?:it|this|that|(?:the|this|that|such[ \t]+an?)[ \t]+(?:increase|plan|proposal|idea|measure|change|"
    r"policy|bill|law|deal|move|cut|hike|ban|decision|program|programme|rule|reform|agreement|raise|tax|"
    r"amendment|initiative|option))\?$",
    re.IGNORECASE,
)
# How far back (in sentences) the named proposal may be.
_REACH = 2


def points_back(question: str) -> str | None:
    """The verb of a question whose object only points back, else None."""
    m = _POINTS_BACK.match(question.strip())
    return m.group("verb").lower() if m else None


def apply(figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Each group whose question points back takes the question of the nearest earlier figure (within
    two sentences) whose question names the proposal with the same verb or whose answers are the group's."""
    by_group = members_by_cluster(cluster_ids)
    for members in by_group.values():
        questions = {figs[i].question for i in members}
        if len(questions) != 1:
            continue
        verb = points_back(next(iter(questions)))
        if verb is None:
            continue
        first = min(members, key=lambda i: figs[i].num_index)
        answers = {figs[i].answer.lower() for i in members if figs[i].answer}
        donors = sorted(
            (
                j
                for j, g in enumerate(figs)
                if g.num_index < figs[first].num_index
                and figs[first].sentence - _REACH <= g.sentence < figs[first].sentence
                and g.question
                and points_back(g.question) is None
            ),
            key=lambda j: -figs[j].num_index,
        )
        for j in donors:
            words = set(re.findall(r"[a-z]+", figs[j].question.lower()))
            if verb in words or figs[j].answer.lower() in answers:
                for i in members:
                    figs[i].question = figs[j].question
                break
