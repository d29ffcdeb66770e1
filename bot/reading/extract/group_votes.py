"""A candidate's or party's share of one group's vote: "the Unity Party may get 46 pc farmer votes, 38 pc
trader votes", "Ruiz won 64 percent of the Latino vote", "Marsh gets 55% of the women's vote".

The share answers with the subject that gets it (the capitalised name before the verb "get", "win", "take",
"receive", ... of the share's clause, a modal allowed between), not with the group's "votes" the rankers
read beside the figure. A share written "N pc <group> votes" or "N% of <group> votes" (the plural, no
article) is that group's voters' ("farmer voters", as the labels write it); one written "N% of the <Group>
vote" keeps its population (the labels write it both "Latinos" and "Latino voters"). Where the subject's
clause lists several shares ("46 pc farmer votes, 38 pc trader votes and 51 pc tribal votes") each takes the
subject. A share of the whole vote ("29 pc votes", "39% of the vote") takes its subject as answer too.
Nothing is set where the sentence names no subject before a getting verb; the answer is kept where it
already names a side (a capitalised name) that is not the group's votes.

Runs after grouping, before :mod:`answer_forms` (which writes a person's name as the labels write it), so no
feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.vocab import SHARE_SIGN

# Off: such shares keep the rankers' answers and populations.
GROUP_VOTES = True

# After the figure: its unit, then the group's votes ("pc farmer votes", "% of Catholic votes", "percent of
# the Latino vote"); "votes" without "of the" marks the forms whose group is written as its voters.
_TAIL: Final = re.compile(
    SHARE_SIGN + r"[ \t]*"
    r"(?:(?P<of_the>of[ \t]+the[ \t]+)|(?P<of>of[ \t]+))?"
    r"(?:(?P<group>(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+?)(?:'s|’s)?[ \t]+)?(?P<noun>votes|vote)\b"
)
# Words that make "the <word> vote" the whole vote, not one group's.
_WHOLE: Final = frozenset(
    [
        "the",
        "total",
        "popular",
        "national",
        "overall",
        "decided",
        "first",
        "preference",
        "primary",
        "party",
        "state",
        "general",
        "their",
        "its",
        "his",
        "her",
        "our",
        "valid",
        "eligible",
    ]
)
_MODAL: Final = (
    r"(?:(?:may|will|would|could|might|can|should|shall)[ \t]+(?:also[ \t]+|still[ \t]+|only[ \t]+)?"
    r"|(?:is|are|was|were)[ \t]+(?:likely|set|expected|projected|poised|forecast)[ \t]+to[ \t]+)?"
)
_VERB: Final = (
    r"(?:get|gets|got|getting|win|wins|won|winning|take|takes|took|receive|receives|received|"
    r"earn|earns|earned|earning|garner|garners|garnered|secure|secures|secured|capture|captures|captured|draw|draws|drew|"
    r"pull(?:s|ed)?[ \t]+in|carr(?:y|ies|ied))"
)
_NAME_WORD: Final = r"(?:[A-Z][\w'’.&-]*)"
# The subject and its verb: a run of capitalised words ending just before the (modal and) verb.
_SUBJECT: Final = re.compile(
    rf"(?P<subj>{_NAME_WORD}(?:[ \t]+(?:of[ \t]+)?{_NAME_WORD}){{0,3}})[ \t]+{_MODAL}{_VERB}\b"
)
# Words that make the words before "vote" a clause ("of Republicans would vote"), not a group.
_CLAUSE: Final = frozenset(
    [
        "would",
        "will",
        "say",
        "says",
        "said",
        "saying",
        "plan",
        "plans",
        "planning",
        "who",
        "that",
        "which",
        "to",
        "they",
        "their",
        "them",
        "intend",
        "intends",
        "not",
        "never",
        "to",
        "cast",
        "casting",
        "likely",
        "certain",
        "definitely",
        "probably",
        "in",
        "for",
        "against",
    ]
)
# Capitalised words that open a sentence or title a name without naming a side.
_NOT_SUBJECT: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "According",
        "Overall",
        "Meanwhile",
        "However",
        "And",
        "But",
        "While",
        "Also",
        "This",
        "That",
        "It",
        "They",
        "He",
        "She",
        "President",
        "Senator",
        "Sen.",
        "Gov.",
        "Governor",
        "Rep.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Mayor",
        "Prime",
        "Minister",
    ]
)
# What may stand between the subject's verb and a later share of its list: shares, their groups, commas.
_BREAK: Final = re.compile(r"[;:!?]|\bwhile\b|\bwhereas\b|\bbut\b")


def _subject(head: str) -> str | None:
    """The side named last before a getting verb in ``head`` (the sentence up to the share), or None."""
    found = None
    for m in _SUBJECT.finditer(head):
        found = m
    if found is None or _BREAK.search(head[found.end() :]) is not None:
        return None
    if _SUBJECT.search(head[found.end() :]) is not None:
        return None
    words = found.group("subj").split()
    while words and words[0] in _NOT_SUBJECT:
        words = words[1:]
    if not words or words[-1] in _NOT_SUBJECT:
        return None
    subj = " ".join(words).removesuffix("’s").removesuffix("'s")
    return subj if usable("answer", subj) else None


def _replaceable(answer: str) -> bool:
    """Whether the rankers' answer names no side: none, the group's "votes", or a lower-case word
    ("support"); a capitalised name ("Conservatives", kept as a later step wrote it) stays."""
    return not answer or "vote" in answer.lower() or answer[:1].islower()


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a group's vote its subject as answer and, for "N pc <group> votes", the group's
    voters as population (module docstring)."""
    text = a.text
    if "vote" not in text:
        return
    for f in figs:
        n = a.numbers[f.num_index]
        m = _TAIL.match(text, n.end)
        if m is None:
            continue
        group = m.group("group") or ""
        words = group.lower().split()
        if any(w in _CLAUSE for w in words):
            continue
        whole = not words or words[0] in _WHOLE
        sent = a.sentences[n.sentence]
        subj = _subject(text[sent.start : n.start])
        if subj is None:
            continue
        if _replaceable(f.answer) and subj.split()[-1].lower() not in f.answer.lower():
            f.answer = subj
        if not whole and m.group("noun") == "votes" and m.group("of_the") is None:
            f.population = f"{group} voters"
