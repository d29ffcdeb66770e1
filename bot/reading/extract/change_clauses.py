"""Figures written as a change: the clause's own subject, and the end point of "from X to Y".

"NZ First is down 2 to 6%, the Greens up 3 points to 12%": each clause names its option first, then the
change, then the new share. The ranker's window around "6%" holds two names, and the nearer one is the
next clause's ("the Greens"), so it often hands a figure its neighbour's option. Here the subject that
opens the clause (a capitalised run of one to four words right before the verb of change) is the answer.

"the Socialists slid from 19 per cent a year ago to only 12": the second figure is the same
option's new share, but its own window names nothing, so it gets no answer (or a stray word). It takes
the first figure's answer. So do the later links of a chain ("from 22% in May, to 27% in June, to
31% now") and an earlier wave written after the figure ("slid to 44 per cent from 47", "44 per cent, down
from 51").

:func:`apply` runs last, after grouping, so neither step moves a feature and grouping reads the answers
as the ranker chose them: run before grouping, the mended answers moved the grouping model's links (its
answer relations were weighed on the ranker's answers) and cost grouping on the held-out floor (0.80 ->
0.77). A clause that sets its option at a share without a change reads the same way ("the Greens steady
on 12%", "One Nation is at 14%", "the Coalition hasn't moved from 31%"). A subject is read only when the clause opens right before it (the sentence start, the previous
figure, a comma or semicolon, or a joining word such as "and" / "while"), so "approval of Trump is down 3
to 40%" is left alone, and never for a list closed by "respectively" (respective_lists reads those).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_who import names_who
from bot.reading.extract.group_lists import subject_name
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import answer_problem
from bot.reading.extract.respective_lists import RESPECTIVELY
from bot.reading.extract.scan import gated
from bot.reading.extract.vocab import CALENDAR_NAMES

_REACH = 120  # characters before a figure read for its clause

_AMOUNT = (
    r"(?:[ \t]+(?:by[ \t]+)?(?:[0-9]+(?:\.[0-9]+)?|a|an|half[ \t]+a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty)(?:[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b))?"
    r"(?:[ \t]+(?:percentage[ \t]+)?(?:points?|pts?)\b)?)?"
)
_MOVE = (
    r"(?:up|down|(?:fell|falls|falling|fallen|rose|rises|rising|risen|dropped|drops|dropping|climbed|climbs|"
    r"climbing|slipped|slips|slipping|jumped|jumps|jumping|gained|gains|gaining|lost|loses|losing|dipped|"
    r"dips|dipping|eased|eases|easing|sank|sinks|sinking|surged|surges|surging|slumped|slumps|slumping|"
    r"grew|grows|growing|improved|improves|improving|increased|increases|decreased|decreases)"
    r"|(?:edged|edges|edging|ticked|ticks|ticking|moved|moves|moving|went|goes|going|crept|creeps)"
    r"[ \t]+(?:up|down|back))"
)
# Read by change_levels too: the verb of a change, and its amount ("down", "rising one point").
MOVE, AMOUNT = _MOVE, _AMOUNT
# The tail of a change clause, from right after its subject to the figure: " is down 1 point to ".
_CHANGE_TAIL = gated(
    re.compile(
        # "ANC support could fall to", "Labour's support has risen two points to": the subject's share noun.
        r"(?:['’]s)?(?:[ \t]+(?:support|backing|vote[ \t]+share))?"
        r"[ \t]+(?:(?:is|are|was|were|has|have|had|now|also|then|again)[ \t]+)*"
        rf"(?:{_MOVE}{_AMOUNT}[ \t]+(?:to|at)"
        r"|(?:(?:remains?|remained|stays?|stayed|holds?|held|is|are|was|were)[ \t]+)?(?:unchanged|steady|stable|"
        r"flat)[ \t]+(?:at|on)"
        r"|(?:is|are|was|were|sits?|sat|stands?|stood)[ \t]+(?:now[ \t]+)?(?:at|on)"
        r"|(?:has|have|had)(?:n['’]t|[ \t]+not)[ \t]+(?:moved|budged|changed)[ \t]+(?:from|off)"
        r"|(?:would|will|could|may|might)[ \t]+(?:get|take|win|receive|(?:fall|drop|slip|dip|rise|climb|grow)[ \t]+to)"
        r"|polled(?:[ \t]+(?:at|on))?)"
        r"[ \t]+(?:just|only|about|around|nearly|almost|some|a[ \t]+mere)?[ \t]*$"
        # A rank with its share: "the Greens are in third place with 14 per cent", "... in a distant fourth place (7%)".
        r"|[ \t]+(?:is|are|was|were|remains?|stays?)[ \t]+(?:now[ \t]+)?in[ \t]+(?:a[ \t]+)?"
        r"(?:(?:close|distant|clear)[ \t]+)?(?:first|second|third|fourth|fifth|sixth|last)[ \t]+place"
        r"(?:[ \t]*,?[ \t]+(?:with|on|at)[ \t]+|[ \t]*\()$",
        re.IGNORECASE,
    )
)
# What may stand right before a clause's subject.
_OPENER = re.compile(
    r"(?:^|[,;:(/\n–—-]|\b(?:and|while|whereas|but|with|has|had|have|sees|saw|puts|put|shows|showed|show|"
    r"as|meanwhile|where|when))[ \t]*(?:(?:the|The)[ \t]+)?$"
)
# A subject that closes a coordinated list ("Conservatives and Liberals"): the clause has two options.
_LISTED = re.compile(r"[A-Z][\w'’.-]*,?[ \t]+(?:and|&)[ \t]+(?:(?:the|The)[ \t]+)?$")
# Capitalised words that open a clause about a measure, not an option.
_NOT_OPTIONS = frozenset(
    {
        "Support",
        "Approval",
        "Disapproval",
        "Satisfaction",
        "Dissatisfaction",
        "Turnout",
        "Trust",
        "Vote",
        "Confidence",
        "Favourability",
        "Favorability",
        "Rating",
        "Ratings",
        "Poll",
        "Survey",
        "Backing",
    }
)
# "from 19 per cent" ... " to only 12": the words between the two figures.
_FROM = re.compile(r"\bfrom[ \t]+(?:just|only|about|around|nearly|almost|some)?[ \t]*$", re.IGNORECASE)
_TO = re.compile(
    r"^[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b)?(?:[ \t]+(?:in|at|on|among|last|this|the|a)\b[^\d%;:.!?,()]{0,30}?)?"
    r"[ \t]+to[ \t]+(?:just|only|about|around|nearly|almost|some|a[ \t]+mere)?[ \t]*$",
    re.IGNORECASE,
)


# "to 44 percent from 47", "44 percent, down from 51", "from 47 percent in May and down from 51":
# the words between a figure and an earlier wave of the same option written after it. No capital, digit or
# clause break may stand between, so a second option's clause ("while the Greens fell from 12") is not one.
_BACK_FROM = gated(
    re.compile(
        r"^[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b)?[^A-Z\d%;:.!?()\n]{0,40}?\bfrom[ \t]+"
        r"(?:the[ \t]+)?(?:just|only|about|around|nearly|almost|some)?[ \t]*$"
    )
)
# A chain of waves written "from X ago, to Y last week, to its Z": the link from one wave to the next.
_ON_TO = re.compile(
    r"^[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b)?[^A-Z%;:.!?()\n]{0,30}?,?[ \t]+to[ \t]+"
    r"(?:its|their|his|her|just|only|about|around|nearly|almost|some|a[ \t]+mere)?[ \t]*$"
)
_CALENDAR = re.compile(r"\b(?:" + "|".join(sorted(CALENDAR_NAMES)) + r")\b", re.IGNORECASE)
_CHAINED = re.compile(
    r"\b(?:from|to)[ \t]+(?:its|their|his|her|just|only|about|around)?[ \t]*$", re.IGNORECASE
)


def _same_wave_option(a: Analysis, prev: Labelled, f: Labelled, s_start: int) -> bool:
    """Whether ``f`` is ``prev``'s option at another wave: "from X to Y" (and its chains "from X ago, to Y
    last week, to its Z"), or written back from it ("to X from Y", "X, down from Y")."""
    p, n = a.numbers[prev.num_index], a.numbers[f.num_index]
    # A month or weekday is a wave's date, not an option: "from 28% in March, to 33% in June".
    between = _CALENDAR.sub(lambda w: w.group(0).lower(), a.text[p.cand.mark_end : n.start])
    if _BACK_FROM.match(between):
        return True
    if _FROM.search(a.text, max(s_start, p.start - 30), p.start) and _TO.match(between):
        return True
    return bool(_CHAINED.search(a.text, max(s_start, p.start - 30), p.start) and _ON_TO.match(between))


# A comma aside between a clause's subject and its verb: "The DA, the country's official opposition, polled
# at 22%", "The EFF, the third-largest party, could receive 11%": the subject stands before it.
_ASIDE_END = re.compile(
    r",[ \t]+(?:the|a|an|its|their|his|her|[A-Z][\w-]*['’]s)\b[^,;:.!?()\n]{1,60},[ \t]*$"
)


# "down from 14.2% in March and 13% in January", "up from the 9.5% on June 3, and 8% of May
# 2024": a further earlier wave joined to the one before it by "and" (a date, no other name, between).
_AND_WAVE = re.compile(
    r"^[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b)?[ \t]+(?:in|on|of|at)[ \t]+[^A-Z\d%;:.!?()\n]{0,30}?"
    r",?[ \t]+and[ \t]+(?:the[ \t]+)?$"
)
_DAY_AND_YEAR = re.compile(r"(?<=[a-z])[ \t]+\d{1,2}(?:st|nd|rd|th)?\b|[ \t]+(?:19|20)\d\d\b")


def _further_wave(a: Analysis, prev: Labelled, f: Labelled) -> bool:
    """Whether ``f`` is one more earlier wave after ``prev`` (itself an earlier wave), joined by "and"."""
    p, n = a.numbers[prev.num_index], a.numbers[f.num_index]
    between = _CALENDAR.sub(lambda w: w.group(0).lower(), a.text[p.cand.mark_end : n.start])
    if not _CALENDAR.search(between):
        return False  # "in February and 18% in October": only a dated wave is read as one
    return _AND_WAVE.match(_DAY_AND_YEAR.sub("", between)) is not None


def _subject(piece: str, opens: bool) -> str | None:
    """The option that opens the change clause ending ``piece`` (the text up to the figure), else None.
    ``opens``: the piece starts where a clause may (the sentence start or the previous figure)."""
    m = _CHANGE_TAIL.search(piece)
    if m is None:
        return None
    before = piece[: m.start()]
    aside = _ASIDE_END.search(before)
    if aside is not None:
        before = before[: aside.start()]
    name = subject_name(before)
    if not name or any(w in _NOT_OPTIONS for w in name.split()):
        return None
    rest = before[: before.rstrip().rfind(name.split()[0])]
    if not rest.strip():
        return name if opens else None
    if _LISTED.search(rest):
        return None  # "the Greens and Labour each slipping a point to ...": a shared subject
    return name if _OPENER.search(rest) else None


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give change clauses' figures their own subject, and "from X to Y" the first figure's answer."""
    order = sorted(figs, key=lambda f: a.numbers[f.num_index].start)
    waves: set[int] = set()  # the figures read as an earlier wave of the figure before them
    for k, f in enumerate(order):
        n = a.numbers[f.num_index]
        s = a.sentences[f.sentence]
        prev = order[k - 1] if k > 0 and order[k - 1].sentence == f.sentence else None
        lo = a.numbers[prev.num_index].cand.mark_end if prev is not None else s.start
        opens = n.start - lo <= _REACH
        lo = max(lo, n.start - _REACH)
        listed = RESPECTIVELY.search(a.text, n.end, s.end) is not None
        name = None if listed else _subject(a.text[lo : n.start], opens)
        if name is not None and names_who(name, f.population):
            name = None  # "Democrats are down 5 to 80%": who answered, not an option
        if name is not None and answer_problem(name) == "answer runs over a sentence's end":
            name = None  # "... for the Conservatives. The Bloc sits at": two sentences' words
        if name is not None:
            f.answer = tidy(name) or name
            continue
        if prev is None or not prev.answer or prev.answer == f.answer:
            continue
        if _same_wave_option(a, prev, f, s.start) or (prev.num_index in waves and _further_wave(a, prev, f)):
            f.answer = prev.answer
            waves.add(f.num_index)
