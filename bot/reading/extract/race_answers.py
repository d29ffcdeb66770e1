"""After clustering: a vote-choice question on a group whose answers are another measure's options.

The race a passage names (its heading, "the 2010 midterm elections", a party's voters read as its contest)
reaches every group that has no better proposal, and the race steps name it further. A group whose answers
are all the options of a rating ("approve"/"disapprove", "favorable"/"unfavorable", "deserves
re-election"/"time for someone new", "good"/"bad") answers no race: its figures count people rating or
judging something, not choosing a candidate or a party (a table row under a midterm release, a governor's
ratings in a report on her race).

Such a group takes the best-ranked question its members were offered that is not a vote, and that the
printed-question check passes; none where there is none (a moderator writes it, rather than print a race
the figures do not answer). A group naming any candidate or party keeps its race, and so does one whose
answers are a stance's sides ("support", "yes", "favor"): a ballot measure's vote is asked with them, and a
party's share in prose is often read as "favour" or "back" (both measured: a shared and an open passage
lost). Runs after clustering and moves no feature, so the fitted weights are unchanged (twenty-sixth round,
uq27).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.reading.extract.groups import Labelled, is_unsure, members_by_cluster
from bot.reading.extract.label_check import printed_problem

RATING_RACES = True

# The options of a rating, whole, after an optional degree word: never a vote's.
_RATING_OPTION = re.compile(
    r"^(?:(?:strongly|somewhat|very|mostly)\s+)?(?:"
    r"approve|disapprove|favou?rable|unfavou?rable|satisfied|dissatisfied|good|bad|positive|negative|"
    r"deserves?\s+re-?election|(?:it\s+is\s+)?time\s+(?:for|to\s+give)\s+(?:someone|somebody|new\s+people)\b.*"
    r")$",
    re.IGNORECASE,
)
# A question asking a vote: a race ("Vote choice in ...", "2016 presidential vote choice"), a vote intention.
_VOTE = re.compile(r"\bvot(?:e|es|ing)\b", re.IGNORECASE)
# A race question as the rankers and race steps write it.
_RACE = re.compile(r"^(?:Vote choice\b|(?:19|20)\d\d\s+(?:[\w.]+\s+){0,4}vote choice\b)")


def measure_answers(answers: Sequence[str]) -> bool:
    """Whether a group's answers are a rating's options only, no-view options aside, at least one of them a
    side (see _RATING_OPTION)."""
    given = [x.strip() for x in answers if x and x.strip()]
    sides = [x for x in given if _RATING_OPTION.match(x)]
    return bool(sides) and all(x in sides or is_unsure(x) for x in given)


def is_race(question: str) -> bool:
    """Whether a question asks a vote choice ("Vote choice in the ...", "2016 presidential vote choice")."""
    return _RACE.match(question) is not None


def _offered(members: list[int], ranked: Sequence[Sequence[tuple[str, str, float]]]) -> str:
    """The best-ranked question the members were offered that asks no vote and prints cleanly, or ""."""
    best: tuple[float, str] | None = None
    for i in members:
        for text, _source, score in ranked[i]:
            if not text or _VOTE.search(text) or printed_problem(text) is not None:
                continue
            if best is None or score > best[0]:
                best = (score, text)
    return best[1] if best is not None else ""


def apply(
    figs: list[Labelled], cluster_ids: list[int], ranked: Sequence[Sequence[tuple[str, str, float]]]
) -> None:
    """Give each group asking a race with a rating's answers the question it answers (see the module
    docstring)."""
    if not RATING_RACES:
        return
    for members in members_by_cluster(cluster_ids).values():
        question = figs[members[0]].question
        if not question or not is_race(question) or any(figs[i].question != question for i in members):
            continue
        if not measure_answers([figs[i].answer for i in members]):
            continue
        better = _offered(members, ranked)
        for i in members:
            figs[i].question = better
