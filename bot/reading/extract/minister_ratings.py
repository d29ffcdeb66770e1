"""A titled office-holder's rating in prose asks about that office-holder.

Reports abroad run through a cabinet's ratings one minister a clause: "Chancellor Ana Ruiz (UP) scores
a satisfaction rating of 31%, with 60% dissatisfied", "Trade Minister Tom Vale registers 44% approval",
"Interior Minister Lea Dorn wins a satisfaction rating of 38%". Each minister's shares answer
that minister's own question, but no template reads a person there: the shares took the passage's
vote template, nothing, or a rating of "him" (the rated name a pronoun).

A fixed step after grouping (label only; grouping and the rankers are untouched). A figure whose own
clause, back to the figure before it in its sentence, names a person after an office title ("Minister",
"Chancellor", "Premier", "President", "Taoiseach", ...) and a rating word (satisfaction, approval,
popularity, a rating, support) takes that person's question, where its question is empty, a vote
template, or a rating of a pronoun. A figure whose clause names no one takes the person of the other
figures of its group where they name exactly one ("with 60% dissatisfied" after the chancellor's 31%).

The measure is the passage's: a report that rates its people by satisfaction and now and then writes
"approval" for it ("commanding 58% approval") asks one question of satisfaction, so the step counts the
passage's satisfaction and approval words and asks the more frequent. Satisfaction is worded "Are you
satisfied or dissatisfied with the work of <Title> <Name>?" (the labels' wording for such cabinet
ratings), approval as :mod:`person_approval` words it.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.label_check import printed_problem
from bot.reading.extract.person_approval import needs_question, question_for

# An office title and the titled person's name (up to three capitalised words; "Finance Minister and
# Vice Chancellor Ana Ruiz" keeps its last title).
_NAME: Final = r"[A-Z][\w'’-]*[\w](?:[ \t]+[A-Z][\w'’-]*[\w]){0,2}"
_TITLED: Final = re.compile(
    r"\b(?P<title>(?:(?:[A-Z][a-z]+[ \t]+){0,3}(?:and[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3})?Minister|Vice[ \t]+Chancellor"
    r"|Chancellor|Premier|President|Taoiseach|T[áa]naiste))[ \t]+(?P<name>" + _NAME + r")"
)
# A first office before a second ("Finance Minister and Deputy Premier Ana Ruiz"): the first is named.
_FIRST_TITLE: Final = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+[ \t]+){0,3}Minister)[ \t]+and[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}$"
)
# A pronoun standing for a person named earlier in the sentence ("40% are dissatisfied with his work").
_PRONOUN: Final = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
# A rating word of the figure's clause.
_RATING: Final = re.compile(r"satisf|approv|popular|rating|support", re.IGNORECASE)
_SATISFACTION: Final = re.compile(r"\b(?:dis)?satisf", re.IGNORECASE)
_APPROVAL: Final = re.compile(r"\b(?:dis)?approv", re.IGNORECASE)
# A rating whose rated one is a pronoun ("... with his performance?", "... of him?").
_PRONOUN_RATED: Final = re.compile(
    r"\b(?:of|with)[ \t]+(?:him|her|them|his|her|their)\b(?:[ \t]+\w+)?\?$", re.IGNORECASE
)
# Titles whose words open the title but are no office ("And", a sentence's first word).
_NOT_TITLE_WORDS: Final = frozenset({"The", "And", "While", "But", "However", "Meanwhile", "Former", "Only"})


def _replaceable(question: str) -> bool:
    """No question, a vote template, a rating of a pronoun, or one refused when printed ("Are you
    dissatisfied?")."""
    return (
        needs_question([question] if question else [])
        or bool(_PRONOUN_RATED.search(question))
        or printed_problem(question) is not None
    )


def _titled_person(a: Analysis, lo: int, hi: int) -> tuple[str, str] | None:
    """The title and name of the person the clause ``a.text[lo:hi]`` last writes after a title, or None."""
    last = None
    for m in _TITLED.finditer(a.text, lo, hi):
        last = m
    if last is None:
        return None
    first = _FIRST_TITLE.search(a.text, max(lo, last.start() - 60), last.start())
    words = (first.group("title") if first else last.group("title")).split()
    while words and words[0] in _NOT_TITLE_WORDS:
        words = words[1:]
    return (" ".join(words), last.group("name")) if words else None


def _clause_person(a: Analysis, f: Labelled, ends: list[int]) -> tuple[str, str] | None:
    """The titled person of the figure's clause, back to the figure before it in its sentence; else, where
    the clause points back by a pronoun, the one named earlier in the sentence."""
    num = a.numbers[f.num_index]
    s = a.sentences[num.sentence]
    if not _RATING.search(a.text, s.start, s.end):
        return None
    lo = max(s.start, max((e for e in ends if e <= num.start), default=0))
    found = _titled_person(a, lo, num.start)
    if found is None and lo > s.start:
        hi = min((e for e in ends if e > num.end), default=s.end)
        if _PRONOUN.search(a.text, lo, min(hi, s.end)):
            found = _titled_person(a, s.start, num.start)
    return found


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each office-holder's rated shares the question about that office-holder."""
    if not a.sentences or (
        "Minister" not in a.text and "Chancellor" not in a.text and "Premier" not in a.text
    ):
        return
    todo = {i for i, f in enumerate(figs) if _replaceable(f.question)}
    if not todo:
        return
    satisfaction = len(_SATISFACTION.findall(a.text)) >= len(_APPROVAL.findall(a.text))
    ends = sorted(a.numbers[f.num_index].end for f in figs)
    people: dict[int, tuple[str, str] | None] = {}
    for i, f in enumerate(figs):
        people[i] = _clause_person(a, f, ends)
    for members in members_by_cluster(cluster_ids).values():
        named = {p for i in members if (p := people[i]) is not None}
        if len(named) != 1:
            continue
        (person,) = named
        first = min(a.numbers[figs[i].num_index].start for i in members if people[i])
        for i in members:
            # (a share before the person is named is another finding: "20% are satisfied with the government")
            if i in todo and (people[i] or a.numbers[figs[i].num_index].start > first):
                figs[i].question = _question(person, satisfaction)


def _question(person: tuple[str, str], satisfaction: bool) -> str:
    title, name = person
    if satisfaction:
        return f"Are you satisfied or dissatisfied with the work of {title} {name}?"
    return question_for(name, title.lower())
