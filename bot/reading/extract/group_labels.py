"""A group's shared labels: one question and one population per group, the members' best-scored choices
winning (harmonising, run right after clustering; it sets populations as well as questions).
"""

from __future__ import annotations

import math

from bot.reading.extract import groups as group_stage
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.told_questions import leftover

# A group's question is the one its members' rankers support most, each member's vote shared among the
# group's questions by its own scores for them (see question_shares), not only its first choice's.
QUESTION_SHARES = True


def harmonise(
    figs: list[group_stage.Labelled],
    cluster_ids: list[int],
    prov: list[Provenance],
    keep_population: list[bool] | None = None,
) -> None:
    """One question and one population per group: the members' best-scored choice wins.

    A group is one question asked of one population, so its members' labels must agree; where they
    differ, the choice the label model was surest of (summed over members proposing it) is taken.
    """
    by_group = group_stage.members_by_cluster(cluster_ids)
    for members in by_group.values():
        if len(members) < 2:
            continue
        for kind in ("question", "population"):
            votes: dict[str, float] = {}
            if kind == "question" and QUESTION_SHARES:
                votes = question_shares(figs, members, prov)
            else:
                for i in members:
                    ch = prov[i].labels[kind]
                    text = getattr(figs[i], kind)  # the tidied label
                    if text:
                        votes[text] = votes.get(text, 0.0) + 1.0 / (
                            1.0 + math.exp(-max(-30.0, min(30.0, ch.score)))
                        )
            if not votes:
                continue
            if kind == "question":
                votes = refined_votes(votes)
                if LEFTOVER_LOSES:
                    votes = real_votes(votes)
            best = max(sorted(votes), key=lambda t: votes[t])
            for i in members:
                if kind == "population" and keep_population is not None and keep_population[i]:
                    continue
                setattr(figs[i], kind, best)


# A question left over from a clause ("Do you approve of it?") loses the group's vote to any other question
# a member chose ("Do you approve of the proposed bypass?", named by the member whose clause points back).
LEFTOVER_LOSES = True


def real_votes(votes: dict[str, float]) -> dict[str, float]:
    """The votes without the leftover questions' (see :func:`told_questions.leftover`), unless all are."""
    real = {t: v for t, v in votes.items() if not leftover(t)}
    return real or votes


def question_shares(
    figs: list[group_stage.Labelled], members: list[int], prov: list[Provenance]
) -> dict[str, float]:
    """The group's question votes: each member shares one vote among the questions its members chose, in
    proportion to how its own ranker scored each of them (a softmax over all its candidates).

    A member whose ranker had the group's quoted question a close second ("Who is your preferred prime
    minister?" just under a generic "Vote choice") supports it too, instead of only its own first choice;
    a member that never proposed a question gives it nothing."""
    chosen = {figs[i].question for i in members if figs[i].question}
    votes: dict[str, float] = {}
    for i in members:
        ranked = prov[i].labels["question"].ranked
        if not ranked:
            continue
        top = max(s for _, _, s in ranked)
        total = sum(math.exp(max(-60.0, s - top)) for _, _, s in ranked)
        seen: set[str] = set()
        for text, _, s in ranked:  # best first: a question proposed twice counts at its best score
            if text in chosen and text not in seen:
                seen.add(text)
                votes[text] = votes.get(text, 0.0) + math.exp(max(-60.0, s - top)) / total
    return votes


def refined_votes(votes: dict[str, float]) -> dict[str, float]:
    """A question that refines another one of the group ("Vote choice in the 2016 Republican primary"
    refines "Vote choice": it holds all its words) also counts the other's votes: members that could
    only name the question generically support the one a member could name fully."""
    words = {t: set(t.lower().rstrip("?").split()) for t in votes}
    out = dict(votes)
    for t, wt in words.items():
        for u, wu in words.items():
            if u != t and wu < wt:
                out[t] += votes[u]
    return out
