"""A question written out just before a group, naming the group's options, is the group's question.

Posts print a poll's question and then its results: "Which candidate do voters rely on for the economy, Ann
Lee or Bo Ray? Lee 51%, Ray 40%". The rankers weigh that written question against the passage's race heading
and a question built from the figures' own words; on pages that report several polls (a feed of posts, a
roundup) the heading of another post can outscore it. A written question that names two of the group's
options by name, in the figure's paragraph and before it, with no other written question between, says
what the group answers whatever else the passage is about.

The question is printed as put to the respondent: a question asked of the people polled ("Which party
do Ohioans rely on more ...?") is asked of "you". Runs among the last question
steps, on the group's final labels; a question the checker refuses is never printed.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.label_check import printed_problem, tidy_question

OPTION_QUESTIONS = True

# How far before the group's first figure the question may stand (same paragraph).
_REACH: Final = 300
# A no-view share answers the same question when it comes right after an option's share.
_BESIDE: Final = 40
# "Which party do <people> rely on", "Which do Americans prefer": the people polled, asked of "you".
_ASKED_OF_PEOPLE: Final = re.compile(
    r"^(?P<wh>(?:Who|Whom|Which|What|How)\b[^?]{0,30}?\b(?:do|does|did|would|will)\s+)"
    r"(?P<who>(?:[A-Z][a-z]+(?:ns|ers|ans|ites|ians|ers)|Americans|voters|people|respondents|Britons|Canadians|"
    r"Australians)(?:\s+and\s+[A-Z][a-z]+(?:ns|ers|ites|ians))?)\b"
)
_THEM: Final = re.compile(r"\b(?:them|they)\b")
_WORD: Final = re.compile(r"[A-Za-z][\w'’-]+")


def _asked_of_you(question: str) -> str:
    """The question put to the respondent ("Which do Ohioans prefer ...?" -> "Which do you prefer ...?")."""
    m = _ASKED_OF_PEOPLE.match(question)
    if m is None:
        return question
    rest = question[m.end() :]
    return re.sub(r"#(?=\w)", "", m.group("wh") + "you" + _THEM.sub("you", rest))  # a hashtag's word


def _surnames(answers: list[str]) -> set[str]:
    """The last word of each answer that names someone or something (capitalised)."""
    out: set[str] = set()
    for x in answers:
        words = _WORD.findall(x)
        if words and words[-1][:1].isupper():
            out.add(words[-1])
    return out


def apply(a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """Give each figure whose paragraph writes out, just before it, a question naming two of the options
    of the figures that follow it that question (see the module docstring). Read figure by figure, not by
    group: a page of several posts may group a figure with one of another post."""
    if not OPTION_QUESTIONS or not a.questions:
        return
    del cluster_ids  # (the groups are not read: see above)
    starts = [s for s, _ in a.questions]
    by_start = sorted(range(len(figs)), key=lambda i: a.numbers[figs[i].num_index].start)
    asked_for: dict[int, str | None] = {}
    last_named = -_REACH  # where the last share of a named option ends
    for i in by_start:
        at = a.numbers[figs[i].num_index].start
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            continue
        start, written = a.questions[k]
        end = start + len(written)
        if end > at or at - end > _REACH or "\n\n" in a.text[start:at]:
            continue
        if k not in asked_for:
            asked_for[k] = _asked(a, figs, by_start, end, written)
        asked = asked_for[k]
        if asked is None:
            continue
        # Only the shares of the question's own options (and a no-view share beside them): a later item's
        # shares within reach answer another question.
        words = set(_WORD.findall(written))
        named = bool(_surnames([figs[i].answer]) & words)
        beside = group_stage.is_unsure(figs[i].answer) and 0 <= at - last_named <= _BESIDE
        if named or beside:
            figs[i].question = asked
            last_named = a.numbers[figs[i].num_index].end


def _asked(
    a: Analysis, figs: list[group_stage.Labelled], by_start: list[int], end: int, written: str
) -> str | None:
    """The written question as printed, where it names two of the options of the figures after it (up to
    the paragraph's end or the reach), else None."""
    stop = a.text.find("\n\n", end)
    stop = min(stop if stop >= 0 else len(a.text), end + _REACH)
    answers = [figs[i].answer for i in by_start if end <= a.numbers[figs[i].num_index].start < stop]
    names = _surnames(answers)
    if len(names & set(_WORD.findall(written))) < 2:
        return None
    asked = _asked_of_you(tidy_question(written))
    return asked if printed_problem(asked) is None else None


# A poll's question quoted in the prose (a survey "put to 900 adults: 'Overall, are you very hopeful, fairly
# hopeful, not very hopeful or not at all hopeful about ...?'"), whose options the
# passage's shares then name one by one far from it: a share left with no question whose answer is one of
# the quoted options answers it. Only shares with no question take it (the rankers' question stands).
QUOTED_OPTIONS = True
_QUOTED: Final = re.compile(r"[\"“](?P<q>[A-Z][^\"“”?\n]{10,300}\?)[\"”]")
_LEAD_IN: Final = re.compile(
    r"^(?:On\s+the\s+whole|Overall|In\s+general|Generally(?:\s+speaking)?|All\s+in\s+all),\s+", re.I
)
_TO_YOU: Final = re.compile(r"\byou\b", re.IGNORECASE)
_DEGREES = r"(?:very|fairly|somewhat|quite|not\s+very|not\s+at\s+all|not\s+too|a\s+little|completely)"
# "very hopeful, fairly hopeful, not very hopeful or not at all hopeful": the options of a degree scale,
# asked as the bare word ("hopeful").
_DEGREE_LIST: Final = re.compile(
    rf"\b{_DEGREES}\s+(?P<w>[a-z]+)(?:,?\s+(?:or\s+)?{_DEGREES}\s+(?P=w))+\b", re.IGNORECASE
)


def quoted_question(text: str) -> str | None:
    """The passage's one quoted question put to "you", in its short form (a lead-in and a degree scale's
    list dropped: "Are you hopeful about your town's future?"); None where it quotes none or several."""
    return _question_of([m.group("q") for m in _QUOTED.finditer(text)])


def _question_of(quoted: list[str]) -> str | None:
    """:func:`quoted_question` over the passage's quoted questions already found (in text order)."""
    found = {q for q in quoted if _TO_YOU.search(q)}
    if len(found) != 1:
        return None
    q = _LEAD_IN.sub("", found.pop())
    q = _DEGREE_LIST.sub(lambda m: m.group("w"), q)
    q = q[:1].upper() + q[1:]
    return q if printed_problem(q) is None else None


def apply_quoted(a: Analysis, figs: list[group_stage.Labelled]) -> None:
    """Give each share with no question whose answer is an option of the passage's quoted question that
    question (see QUOTED_OPTIONS)."""
    if not QUOTED_OPTIONS or "?" not in a.text:
        return
    asked: str | None = None
    words: set[str] = set()
    for f in figs:
        if f.question or not f.answer or f.answer[:1].isupper():
            continue
        if not words:
            found = [m.group("q") for m in _QUOTED.finditer(a.text)]
            if not found:
                return
            asked = _question_of(found)  # the same scan: _QUOTED is read once per passage
            if asked is None:
                return
            words = {w.lower() for q in found for w in _WORD.findall(q)}
        answer = {w.lower() for w in _WORD.findall(f.answer)}
        if answer and answer <= words and asked is not None:
            f.question = asked
