"""After clustering: US party figures that answer no vote, and a generic ballot, take their own template.

A US report gives shares of the two parties for several measures that name no rating word: party
identification ("31% call themselves Republicans, 28% Democrats"), the generic congressional ballot
("44% would vote for their district's Democratic candidate"), and which party is trusted more on an issue
("voters trust Democrats over Republicans on housing, 45% to 39%"). The rankers read a party named
near a figure as a vote intention, so these groups got the parliamentary vote-intention template
("Vote choice in the next general election (voting intention)"), or a question built from the sentence
that asks about one side ("Do you favor Democrats?"), or a template of a measure another clause names.

A group takes the template of the measure its own sentences name, where:
- the passage is not a parliamentary country's (its vote intention is asked the country's way);
- some member's answer, or its sentence, names a US party side;
- the group's question is not one the passage prints (a printed question stands).

The measures, most specific first: the generic ballot, the party trusted (or doing a better job) on an
issue, party identification (with or without leaners). Runs after clustering and moves no feature, so the
fitted weights are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, members_by_cluster
from bot.reading.extract.label_check import PARTY_SELF_ID_QUESTION, usable
from bot.reading.extract.measure_words import asked_measure
from bot.reading.extract.question_measures import passage_prints
from bot.reading.extract.question_templates import lead
from bot.reading.extract.scan import gated

PARTY_MEASURES = True

GENERIC_BALLOT_QUESTION: Final = "If the election for Congress were held today, would you vote for the Democratic or the Republican candidate?"
PARTY_ID_QUESTION: Final = "Party identification"
PARTY_ID_LEANERS_QUESTION: Final = "Party identification (including leaners)"
# Where the passage reports the identification question as asked ("asked whether they identify as ..."),
# its question form (the self-identification template's wording).
PARTY_ID_ASKED_QUESTION: Final = PARTY_SELF_ID_QUESTION
_ASKED: Final = re.compile(r"\basked\b", re.IGNORECASE)

_SIDE: Final = r"(?:the\s+)?(?:Democrats|Republicans|GOP|Democratic\s+Party|Republican\s+Party|Dems)"
# A US party side or the independents (party identification's third option), in an answer or a sentence.
_PARTY_ANSWER: Final = re.compile(r"\b(?:Democrat\w*|Republican\w*|GOP|Dems?|[Ii]ndependents?)\b")

# The generic congressional ballot: named, or asked as a vote for a district's party candidate.
_GENERIC: Final = gated(
    re.compile(
        r"\bgeneric\s+(?:congressional\s+|House\s+)?ballot\b|\bcongressional\s+ballot\b|"
        r"\belections?\s+for\s+(?:the\s+U\.?S\.?\s+)?(?:Congress|the\s+House)\b|"
        r"\bdistrict['’]s\s+(?:Democratic|Republican|GOP)\s+candidate\b|"
        r"\b(?:Democratic|Republican|GOP)\s+candidate\s+in\s+(?:their|your|his|her)\s+(?:congressional\s+)?district\b",
        re.IGNORECASE,
    )
)
# The issue a party is trusted on, or does a better job on: up to seven words, to the clause's end.
# (the report's own words after it end it: "than", "while", "according to ...", "in the latest poll")
_TOPIC: Final = (
    r"(?P<topic>(?:(?!(?:than|while|compared|over|by|among|according|percent|per)\b|and\s+\d|"
    r"in\s+(?:the|a|an|this|their)\s+(?:[\w'’./&-]+\s+){0,3}?(?:poll|survey)\b)[A-Za-z][\w'’-]*\s*){1,7})"
)
# "trust Republicans more on the economy", "trusted the GOP more with managing the economy", "trust
# Democrats over Republicans to handle health care", "more trust in Democrats when it comes to taxes".
_TRUST: Final = re.compile(
    rf"\btrust(?:s|ed)?\s+{_SIDE}(?:\s+in\s+Congress)?\s+(?:more\s+)?(?:over\s+{_SIDE}\s+)?"
    r"(?:(?:more\s+)?(?P<prep>on|to\s+handle|to\s+manage|to\s+deal\s+with|with|when\s+it\s+comes\s+to)\s+)"
    + _TOPIC,
    re.IGNORECASE,
)
# "Republicans in Congress would do a better job of dealing with the economy", "is better able to handle".
_BETTER: Final = re.compile(
    r"\b(?:do|doing|does)\s+(?:a\s+)?better\s+job\s+(?P<prep>of|on|at|in|with|handling|dealing\s+with)\s+"
    + _TOPIC
    + r"|\bbetter\s+able\s+to\s+(?P<verb>handle|manage|deal\s+with)\s+"
    + _TOPIC.replace("topic", "topic2"),
    re.IGNORECASE,
)
# Party identification: the measure named, or people describing themselves by a party. "self-identified
# Democrats" names who answered another question, so it is no cue by itself.
_PARTY_ID: Final = re.compile(
    r"\bparty\s+(?:identification|affiliation|ID)\b|"
    # a verb with the people as its subject ("31% identify as Republicans"), never a relative clause naming
    # who answered ("voters who identify as Republicans")
    r"(?<!who\s)(?<!that\s)\b(?:identif(?:y|ies|ied)\s+(?:themselves\s+)?(?:as|with)|affiliat(?:e|es|ed)\s+with|"
    r"(?:consider|call|describe)(?:s|ed)?\s+themselves(?:\s+as)?)\s+(?:either\s+)?(?:the\s+|an?\s+)?"
    r"(?:Democrat|Republican|GOP|[Ii]ndependent|or\s+lean)",
)
_LEANERS: Final = re.compile(r"\blean(?:s|ing|ers?|ed)?\b|\bleaned\b", re.IGNORECASE)
# Another measure named in the same sentence: the party is who answered or whom they rated.
_OTHER_MEASURE: Final = gated(
    re.compile(r"\b(?:dis)?approv\w*|\b(?:un)?favou?rab\w*|\b(?:dis)?satisf\w*", re.IGNORECASE)
)


def _topic(m: re.Match[str]) -> str:
    topic = m.group("topic") if m.group("topic") else m.group("topic2")
    return re.sub(r"\s+", " ", topic).strip().rstrip(",;:")


def trust_question(sentence: str) -> str | None:
    """ "Which party do you trust more on the economy?" for a sentence saying which party is trusted more,
    or does a better job, on an issue; None where it says neither."""
    m = _TRUST.search(sentence)
    if m is not None:
        prep = m.group("prep").lower()
        prep = "on" if prep.startswith("when") else re.sub(r"\s+", " ", prep)
        q = f"Which party do you trust more {prep} {_topic(m)}?"
        return q if usable("question", q) else None
    m = _BETTER.search(sentence)
    if m is not None:
        if m.group("verb"):
            q = f"Which party is better able to {m.group('verb').lower()} {_topic(m)}?"
        else:
            prep = m.group("prep").lower()
            prep = f"of {prep}" if prep in ("handling", "dealing with") else prep
            q = f"Which party would do a better job {prep} {_topic(m)}?"
        return q if usable("question", q) else None
    return None


def measure_question(sentences: Sequence[str], before: str = "") -> str | None:
    """The template of the US party measure the group's sentences name, most specific first; None where
    they name none, or name a rating (the party is then who answered, or whom they rated). Where the
    sentences name no measure, ``before`` (the sentences leading into the group, passed only for a group
    the rankers took for a vote or left without a question) may: "... a count of party identification.
    Independents are at 39 percent"."""
    if any(_OTHER_MEASURE.search(s) for s in sentences):
        return None
    got = _named_measure(sentences)
    if got is None and before and not _OTHER_MEASURE.search(before):
        got = _named_measure([before])
    return got


def _named_measure(sentences: Sequence[str]) -> str | None:
    if any(_GENERIC.search(s) for s in sentences):
        return GENERIC_BALLOT_QUESTION
    for s in sentences:
        q = trust_question(s)
        if q is not None:
            return q
    named = [s for s in sentences if _PARTY_ID.search(s)]
    if named:
        if any(_LEANERS.search(s) for s in named):
            return PARTY_ID_LEANERS_QUESTION
        return PARTY_ID_ASKED_QUESTION if any(_ASKED.search(s) for s in named) else PARTY_ID_QUESTION
    return None


def apply(
    a: Analysis,
    figs: list[Labelled],
    cluster_ids: list[int],
    ranked: Sequence[Sequence[tuple[str, str, float]]],
) -> None:
    """Give each US party group the template of the measure its sentences name (see the module docstring).
    ``ranked[i]`` is figure ``i``'s ranked question candidates."""
    if not PARTY_MEASURES or a.passage_cues.country_voters:
        return
    for members in members_by_cluster(cluster_ids).values():
        question = figs[members[0]].question
        if any(figs[i].question != question for i in members):
            continue
        if question and passage_prints(question, [ranked[i] for i in members]):
            continue
        sentences = list(dict.fromkeys(a.sentence_text(figs[i].sentence) for i in members if a.sentences))
        # (answers are read before their last mends: "Ten years ago independents stood at 34 percent"
        # still answers "Ten" here, so the sentences count too)
        if not any(_PARTY_ANSWER.search(figs[i].answer) for i in members) and not any(
            _PARTY_ANSWER.search(s) for s in sentences
        ):
            continue
        before = ""
        if not question or asked_measure(question) == "vote":
            first = min(members, key=lambda i: figs[i].num_index)
            before = lead(a, a.numbers[figs[first].num_index])
        better = measure_question(sentences, before)
        if better is not None and better != question:
            for i in members:
                figs[i].question = better
