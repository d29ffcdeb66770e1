"""A titled office-holder's rating in prose asks about that office-holder.

Reports abroad run through a cabinet's ratings one minister a clause: "Chancellor Ana Ruiz (UP) scores
a satisfaction rating of 31%, with 60% dissatisfied", "Trade Minister Tom Vale registers 44% approval",
"Interior Minister Lea Dorn wins a satisfaction rating of 38%". Each minister's shares answer
that minister's own question, but no template reads a person there: the shares took the passage's
vote template, nothing, or a rating of "him" (the rated name a pronoun).

A fixed step after grouping (label only; grouping and the rankers are untouched). A figure whose own
clause names a person after an office title ("Minister", "Chancellor", "Premier", "President", "Home
Secretary", "Secretary of State", ...) in a sentence with a rating word (satisfaction, approval,
popularity, a rating, support) takes that person's question, where its question is empty, a vote
template, a rating of a pronoun, or a satisfaction question naming someone else. The clause runs forward
from the figure to the next figure where "the work of / the job of / the performance of <Title> <Name>"
follows it ("38% are satisfied with the work of Home Secretary Lea Dorn"), else back to the figure before
it. A figure whose clause names no one takes the person of its group's nearest named figure before it
("with 60% dissatisfied" after the chancellor's 31%).

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
    r"|Chancellor|Premier|President|Taoiseach|T[áa]naiste|(?:[A-Z][a-z]+[ \t]+){1,2}Secretary"
    r"|Secretary[ \t]+of[ \t]+State))[ \t]+(?P<name>" + _NAME + r")"
)
# The rated one named after the figure, in its own clause: "38% are satisfied with the work of Home
# Secretary Lea Dorn", "... approve of the job Trade Minister Tom Vale is doing".
_AFTER: Final = re.compile(
    r"\b(?:(?:the[ \t]+)?(?:work|job|performance|record|handling)[ \t]+(?:of|by|done[ \t]+by)|the[ \t]+job)"
    r"[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)
# A satisfaction question naming someone, which names the wrong one where the figure's clause names another.
_NAMED_RATING: Final = re.compile(r"^Are you satisfied or dissatisfied with the (?:way|work of)\s")
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
    name = re.sub(r"['’]s$", "", last.group("name"))  # "Lea Dorn's satisfaction score"
    return (" ".join(words), name) if words else None


def _clause_person(a: Analysis, f: Labelled, ends: list[int], starts: list[int]) -> tuple[str, str] | None:
    """The titled person of the figure's clause: one named after the figure, forward to the next figure
    ("38% are satisfied with the work of Home Secretary Lea Dorn"); else back to the figure before it in
    its sentence; else, where the clause points back by a pronoun, the one named earlier in the sentence."""
    num = a.numbers[f.num_index]
    s = a.sentences[num.sentence]
    if not _RATING.search(a.text, s.start, s.end):
        return None
    hi = min((st for st in starts if st > num.start), default=s.end)
    after = _AFTER.search(a.text, num.end, min(hi, s.end))
    if after is not None:
        m = _TITLED.match(a.text, after.end())
        if m is not None:
            return _titled_person(a, m.start(), m.end())
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
    if not any(_replaceable(f.question) or _NAMED_RATING.match(f.question) for f in figs):
        return
    ends = sorted(a.numbers[f.num_index].end for f in figs)
    starts = sorted(a.numbers[f.num_index].start for f in figs)
    people = {i: _clause_person(a, f, ends, starts) for i, f in enumerate(figs)}
    satisfaction = len(_SATISFACTION.findall(a.text)) >= len(_APPROVAL.findall(a.text))
    for members in members_by_cluster(cluster_ids).values():
        if all(people[i] is None for i in members):
            continue
        first = min(a.numbers[figs[i].num_index].start for i in members if people[i])
        for i in members:
            # A figure naming its own person takes that person; one naming no one, the person of its
            # group's nearest named figure before it (a share before anyone is named is another finding:
            # "20% are satisfied with the government").
            person = people[i]
            if person is None and a.numbers[figs[i].num_index].start > first:
                person = _person_before(a, figs, members, people, i)
            if person is None:
                continue
            q = figs[i].question
            # A question rating someone other than this figure's person is replaced too: "Chancellor Ana
            # Ruiz scores 31%, and Home Secretary Lea Dorn's score is 38%" asks two questions.
            if _replaceable(q) or (_NAMED_RATING.match(q) and person[1] not in q):
                figs[i].question = _question(person, satisfaction)


def _person_before(
    a: Analysis,
    figs: list[Labelled],
    members: list[int],
    people: dict[int, tuple[str, str] | None],
    i: int,
) -> tuple[str, str]:
    """The person of the group's named figure nearest before figure ``i`` ("Chancellor Ana Ruiz scores
    31%, with 60% dissatisfied, and Home Secretary Lea Dorn's score is 38%": the 60% is the chancellor's)."""
    start = a.numbers[figs[i].num_index].start
    before = [
        (a.numbers[figs[j].num_index].start, p)
        for j in members
        if (p := people[j]) is not None and a.numbers[figs[j].num_index].start < start
    ]
    return max(before)[1]


def _question(person: tuple[str, str], satisfaction: bool) -> str:
    title, name = person
    if satisfaction:
        return f"Are you satisfied or dissatisfied with the work of {title} {name}?"
    return question_for(name, title.lower())
