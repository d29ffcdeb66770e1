"""A stance on a proposal the sentence names is the question of the stance's figures.

Prose about issue polls often gives a proposal and the shares for and against it in one clause, with no
question written: "a congestion charge was backed by 58%", "there was wide support for a ban on fireworks
with 64 percent support and 30 percent opposed", "41% of residents would oppose moving the market",
"Most favor widening the ring road, 55 - 40 percent". The rules pass reads a question from such a clause
only where its words fit one of its shapes, so the figures were often left with no question, or with
one that names no proposal ("Are you opposed?"), and the question borrowed later from a neighbouring
group asked about another proposal. This step, run after grouping and before that borrowing, gives such
a group the proposal as a support question ("Do you support or oppose a congestion charge?"). It fills
only groups with no question or with a stance question that names nothing; every other question stands.
A group with no question at all whose sentences name no proposal takes a view reported right after its
share instead ("38% of residents think the council should sell the depot" -> "Should the council sell
the depot?"), where the view's clause has a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.label_check import usable
from bot.reading.extract.labels import _q, yes_no_question

ISSUE_TOPICS = True

# A share as written: "58%", "58 percent", "58 per cent", "Fifty-eight percent (58%)".
_SHARE: Final = (
    r"(?:about\s+|some\s+|almost\s+|nearly\s+|only\s+|just\s+)?"
    r"(?:\d+(?:\.\d+)?|[A-Z][a-z]+(?:[- ][a-z]+)?)[ \t]*(?:%|percent\b|per[ \t]?cent\b|pc\b)"
    r"(?:\s*\(\d+(?:\.\d+)?%\))?"
)
# The stance verbs and the question's verb for each ("back" asks for support).
_VERB: Final = r"(?P<v>support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?|oppose[sd]?)"
# Where a proposal's words stop: a clause break, a share, or a word that opens another clause.
_OBJECT: Final = (
    r"(?!(?:and|or|to|with|but|of|for|in|at|among)\b)(?P<obj>[A-Za-z\"“‘][^,;:.()?!–—]{2,110}?)"
    r"(?=\s*(?:[,;:.()?!–—]|$)|\s+(?:(?:while|whereas|but|compared|according|including|until|among|up\s+from|"
    r"down\s+from)\b|with\s+(?:an?\s+)?\d|by\s+(?:a\s+)?(?:margin\b|\d)|\d))"
)
# A proposal's words where the shape itself says where they stop.
_OBJECT_WORDS: Final = (
    r"(?!(?:and|or|to|with|but|of|for|in|at|among)\b)(?P<obj>[A-Za-z\"“‘][^,;:.()?!–—]{2,110}?)"
)
_SHAPES: Final[tuple[re.Pattern[str], ...]] = (
    # "41% of residents would oppose moving the market", "18% would support sending more rangers"
    re.compile(
        _SHARE
        + r"(?:\s+of\s+(?:[^,;:.()]|(?<=[A-Z])\.){1,50}?)?\s+(?:would\s+|now\s+|also\s+|still\s+)?(?:strongly\s+)?"
        + _VERB
        + r"\s+"
        + _OBJECT
    ),
    # "a congestion charge was backed by 58%", "Closing the ferry office was only supported by 31%"
    re.compile(
        r"(?:^|[.;:–—]\s+)(?P<obj>[A-Z\"“‘][^,;:.()?!–—]{2,110}?)\s+(?:was|were|is|are)\s+"
        r"(?:only\s+|also\s+|strongly\s+|narrowly\s+)?(?P<v>supported|backed|favou?red|opposed)\s+by\s+"
        + _SHARE
    ),
    # "wide support for a ban on fireworks with 64 percent support", "support for the levy stands at 40%"
    re.compile(
        r"\b(?P<v>[Ss]upport|[Bb]acking)\s+for\s+"
        + _OBJECT_WORDS
        + r"\s+(?:(?:now\s+)?(?:stands|is|was|sits)\s+at|rose\s+to|fell\s+to|with|at|of)\s+"
        + _SHARE
    ),
    # "Most favor widening the ring road, 55 - 40 percent", "Voters said they support X, 66 percent to 30"
    re.compile(
        r"(?:^|[.;:]\s+)(?:Most|Majorities|A\s+majority|Voters|Residents|People|Respondents|[A-Z][a-z]+\s+voters)"
        r"(?:\s+said\s+they|\s+say\s+they)?\s+" + _VERB + r"\s+" + _OBJECT + r",\s+(?:at\s+)?" + _SHARE
    ),
)
# A stance told with its pair of shares as a score, the proposal before or after it: "respondents
# favoring a repeal by a tally of 54 to 38 percent", "men oppose the curfew 49 - 44 percent", "voters
# support 58 - 35 percent allowing food trucks downtown", "favor a repeal by a margin of 9 points (51 to 42
# percent)" (the margin itself is no figure). The proposal must be lower-case words (a name or a party
# there is a race's vote: "favor the Democrat 45 - 40" is refused by _RACE_WORDS below).
_TALLY: Final = (
    r"(?:by\s+(?:a\s+)?(?:\w+\s+)?(?:(?:tally|margin|score|count)\s+of\s+)?"
    r"(?:\d+\s+(?:percentage\s+)?points?\s*\(\s*)?)?"  # "by a margin of 9 points (51 to 42 percent)"
    r"\d+(?:\.\d+)?\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)"
)
_TALLY_VERB: Final = (
    r"(?P<v>support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|oppos(?:e|es|ed|ing))"
)
# The proposal: lower-case words not opening with a function word, a pointer or a verb (the noun "support"
# followed by "is" or "runs" is no stance).
_LOWER_OBJECT: Final = (
    r"(?P<obj>(?!(?:and|or|to|with|but|of|for|in|at|among|by|it|this|that|these|those|them|is|are|was|were|"
    r"has|have|had|will|would|remains?|stands?|holds?|runs?|grew|rose|fell|drops?|dropped)\b)[a-z][a-z' -]{2,90}?)"
)
_TALLY_SHAPES: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"\b" + _TALLY_VERB + r"\s+" + _LOWER_OBJECT + r",?\s+(?:at\s+)?" + _TALLY),
    re.compile(
        r"\b"
        + _TALLY_VERB
        + r"\s+"
        + _TALLY
        + r",?\s+"
        + _LOWER_OBJECT
        + r"(?=\s*(?:[,;:.()?!–—]|$)|\s+(?:while|whereas|but|among|according)\b)"
    ),
)
# Words that make a stance a race's vote, not a proposal's.
_RACE_WORDS: Final = re.compile(
    r"\b(?:democrats?|republicans?|candidates?|incumbents?|challengers?|party|parties|nominees?|ticket|gop|"
    r"him|her|them|it|ballot|re-?election|president|governor|senator|mayor)\b"
)
# An object that only points back ("that proposal", "it") names no proposal: the anaphoric step reads it.
_POINTER: Final = re.compile(
    r"^(?:it|this|that|these|those|them|him|her|the\s+(?:ban|plan|proposal|idea|measure|policy|bill|law|"
    r"change|move|decision|order|concept|notion|provision|legislation|requirement)|that\s+\w+|this\s+\w+|such\s+\w+|a\s+(?:lot|little|majority|party))\b",
    re.IGNORECASE,
)
# A question that names no proposal: "Are you opposed?", "Do you support it?", "Are you in favor?".
_EMPTY_STANCE: Final = re.compile(
    r"^(?:are|do|would|were|did)\s+you\s+(?:strongly\s+|somewhat\s+)?(?:opposed|oppose|support|supportive|"
    r"in\s+favou?r|favou?r|against)(?:\s+(?:to\s+|of\s+)?(?:it|this|that|them))?\?$",
    re.IGNORECASE,
)
# An opening that only frames the proposal ("the idea of a mansion levy"): the proposal follows it.
_LEAD: Final = re.compile(r"^(?:(?:the|a|an)\s+)?(?:idea\s+of\s+)", re.IGNORECASE)


def _question(verb: str, obj: str, *, one_word: bool = False) -> str | None:
    """The support question of a proposal, or None where its words do not make a usable one (a
    one-word proposal only where ``one_word``: a score's stance names it in one noun, "favor repeal")."""
    obj = _LEAD.sub("", " ".join(obj.split())).strip(" \"“”‘’'")
    words = obj.split()
    if (
        len(words) < (1 if one_word else 2)
        or len(words) > 18
        or _POINTER.match(obj)
        or re.search(r"\d\s*%", obj)
    ):
        return None
    obj = re.sub(r"\btheir\b", "your", obj)
    obj = re.sub(r"^(?:A|An|The)\b", lambda m: m.group(0).lower(), obj)
    if obj[:1].isupper() and not obj[1:2].isupper() and not re.match(r"[A-Z][a-z]+\s+[A-Z]", obj):
        obj = obj[0].lower() + obj[1:]  # a sentence's capital, not a name's
    lead = "Do you favor or oppose" if verb.lower().startswith("favo") else "Do you support or oppose"
    q = _q(f"{lead} {obj}")
    return q if usable("question", q) else None


def proposals(sentence: str) -> list[tuple[int, str]]:
    """Each stance clause's proposal in ``sentence`` as a question, with the clause's end offset."""
    found: list[tuple[int, str]] = []
    for shape in _SHAPES:
        for m in shape.finditer(sentence):
            q = _question(m.group("v"), m.group("obj"))
            if q is not None:
                found.append((m.end(), q))
    return sorted(found)


def tally_proposals(sentence: str) -> list[tuple[int, str]]:
    """Each stance told as a score ("oppose the curfew 49 - 44 percent") in ``sentence`` as a support
    question, with the clause's end offset; none whose proposal reads as a race."""
    found: list[tuple[int, str]] = []
    for shape in _TALLY_SHAPES:
        for m in shape.finditer(sentence):
            if _RACE_WORDS.search(m.group("obj")):
                continue
            q = _question(m.group("v"), m.group("obj"), one_word=True)
            if q is not None:
                found.append((m.end(), q))
    return sorted(found)


# A reported view right after its share: "56 percent of adults say (they believe) (that) <clause>", the
# clause a statement with its own subject and verb ("the economy is already in a recession").
_VIEW: Final = re.compile(
    _SHARE + r"(?:\s+of\s+(?:[^,;:.()]|(?<=[A-Z])\.){1,50}?)?\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:say|says|said|think|thinks|thought|believe|believes|believed|feel|feels|felt)"
    r"(?:\s+they\s+(?:believe|think|feel))?(?:\s+that)?\s+"
    r"(?P<c>(?!(?:they|he|she|we|you|i|this|that|these|those)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:is|are|was|were|will|would|should|can|could|has|have)\s+"
    r"[^,;:.()?!–—]{2,90}?)"
    r"(?=\s*(?:[,;:.()?!–—]|$)|\s+(?:while|whereas|but|compared|according|up|down)\b)",
    re.IGNORECASE,
)


def views(sentence: str) -> list[tuple[int, str]]:
    """Each reported view in ``sentence`` as a yes-or-no question, with the clause's end offset."""
    found: list[tuple[int, str]] = []
    for m in _VIEW.finditer(sentence):
        if len(m.group("c").split()) > 18 or re.search(r"\d\s*%", m.group("c")):
            continue
        q = yes_no_question(m.group("c"))
        if q and usable("question", q):
            found.append((m.end(), q))
    return found


def _open(figs: Sequence[Labelled], members: list[int]) -> bool:
    """A group with no question, or with only a stance question that names nothing."""
    return all(not figs[i].question or _EMPTY_STANCE.match(figs[i].question.strip()) for i in members)


def _bare_vote(figs: Sequence[Labelled], members: list[int]) -> bool:
    """A group asking only the bare "Vote choice", which names no race: where its sentence tells a
    proposal's score instead, the vote template was the rankers' guess."""
    return all(figs[i].question.strip() == "Vote choice" for i in members)


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each open group the proposal its sentences name: in the first of its members' sentences
    that holds a stance clause, the clause that holds or follows that member's figure (or, for a figure
    written after every clause, the last). A group with no question at all whose sentences name no
    proposal takes the reported view ("say the economy is in a recession") found the same way."""
    if not a.sentences:
        return
    found_in: dict[tuple[int, str], list[tuple[int, str]]] = {}
    readers = {"proposal": proposals, "view": views, "tally": tally_proposals}

    def clauses(s: int, kind: str) -> list[tuple[int, str]]:
        if (s, kind) not in found_in:
            found_in[s, kind] = readers[kind](a.sentence_text(s))
        return found_in[s, kind]

    for members in members_by_cluster(cluster_ids).values():
        if _open(figs, members):
            kinds: tuple[str, ...] = (
                ("proposal", "tally", "view")
                if all(not figs[i].question for i in members)
                else ("proposal", "tally")
            )
        elif _bare_vote(figs, members):
            kinds = ("tally",)
        else:
            continue
        ordered = sorted(members, key=lambda i: figs[i].num_index)
        question = None
        for view in kinds:
            for i in ordered:
                s = figs[i].sentence
                found = clauses(s, view) if s < len(a.sentences) else []
                if found:
                    at = a.numbers[figs[i].num_index].end - a.sentences[s].start
                    question = next((q for end, q in found if end >= at), found[-1][1])
                    break
            if question is not None:
                break
        if question is not None:
            for i in members:
                figs[i].question = question
