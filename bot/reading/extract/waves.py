"""Earlier-wave figures: "up from 23 per cent last month", "compared to December 2000, when Gallup
found 51 percent". Such figures get ``when`` set and so a group of their own."""

from __future__ import annotations

import re

from bot.reading.extract.gates import Guarded, contains_any, ends_with_word
from bot.reading.extract.numbers import Candidate
from bot.reading.extract.vocab import MONTHS

_TIME = (
    rf"(?:(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d|(?:19|20)\d\d|"
    r"last\s+(?:week|month|year|spring|summer|fall|autumn|winter|time|poll|survey|election|wave|"
    rf"quarter|(?:{MONTHS}))|"
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)|"
    r"(?:the|a|an)\s+(?:previous|prior|earlier|last|preceding)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:poll|survey|wave|month|year|Newspoll|edition|release|monitor)|"
    rf"(?:in|back\s+in)\s+(?:{MONTHS})\b|"
    r"(?:in|back\s+in)\s+the\s+(?:spring|summer|autumn|fall|winter)\b)"
)
_TIME_RE = re.compile(_TIME, re.IGNORECASE)
# "rose to 45% from 41%" marks the second number as the earlier reading (see _TO_FROM_LEFT).
TO_FROM = True
# "compared with 27% and 24% a month ago": the first of two readings given together takes the second's time.
PAIRED_TIMES = True
# "up from 46-45 in May": the two numbers of a split are one reading, so the second has the first's wave
# and the first reads its time past the second (see _SPLIT_JOIN).
SPLIT_WAVES = True
# Verbs of a change in a reading, shared by the two "from" patterns below.
_CHANGE_VERBS = (
    "up|down|rising|falling|climbing|dropping|risen|fallen|rose|fell|increased|decreased|jumped|slipped|"
    "grew|shrank|declined|improved|moved"
)
_FROM_LEFT = Guarded(
    re.compile(
        rf"\b(?:{_CHANGE_VERBS}|compared|changed?)\s+"
        r"(?:\w+\s+){0,2}?(?:from|with|since)\s+(?:a\s+|an\s+)?(?:(?:high|low|peak)\s+of\s+)?$",
        re.IGNORECASE,
    ),
    ends_with_word("from", "with", "since", "a", "an", "of"),
)
# "fell to 38% from 49%", "edged up to 24 per cent from 22": the number after a change's new reading and
# "from" is the earlier reading.
_TO_FROM_LEFT = Guarded(
    re.compile(
        rf"\b(?:{_CHANGE_VERBS}|edged|ticked|dipped|climbed|dropped|sank|slid|surged)\s+"
        r"(?:\w+\s+){0,2}?to\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pc\b)?\s*,?\s*from\s*$",
        re.IGNORECASE,
    ),
    ends_with_word("from"),
)
_FROM_ONLY = Guarded(re.compile(r"\bfrom\s*$", re.IGNORECASE), ends_with_word("from"))
_WHEN_CLAUSE = Guarded(
    re.compile(
        rf"(?:compar(?:e|es|ed|ing)\s+(?:to|with)|since|back\s+in|in|than\s+in|than)\s+(?P<t>{_TIME}),?\s+when\b[^.;]{{0,90}}$",
        re.IGNORECASE,
    ),
    contains_any("when"),
)
_RIGHT_TIME = re.compile(
    rf"^\s*(?:\)\s*)?(?:of\s+[\w\s]{{0,30}}?\s+)?(?:(?:in|from|during|at)\s+)?(?:the\s+)?(?P<t>{_TIME})",
    re.IGNORECASE,
)
# "compared to 32 per cent in August", "to 33% from 37% in 2014": a comparison's figure with its own
# time is the earlier reading (a subgroup comparison, "compared with 48% of men", names no time).
_COMPARED_LEFT = Guarded(
    re.compile(r"\b(?:compared\s+(?:to|with)|from|versus|vs\.?)\s*$", re.IGNORECASE),
    contains_any("compared", "from", "vs"),
)
# "fewer back the plan today (41%) than did in May (48%)": a bracketed figure right after the time of
# a comparison.
_TIME_PAREN_LEFT = Guarded(
    re.compile(
        rf"\b(?:than|compared\s+(?:to|with)|from|versus|vs\.?)\b[^.;()]{{0,40}}?\b(?P<t>{_TIME})\s*\(\s*$",
        re.IGNORECASE,
    ),
    contains_any("than", "compared", "from", "vs"),
)
_RIGHT_TIME_NEAR = re.compile(
    rf"^\s*(?:\)\s*)?(?:percent\b|per\s+cent\b)?\s*(?:(?:in|from|during|at)\s+)?(?:the\s+)?(?P<t>{_TIME})",
    re.IGNORECASE,
)
# "compared with 27% and 24% a month ago", "down from 41 and 38 per cent in May": the time after the second
# of two readings given together is the first one's too.
_RIGHT_TIME_PAIR = re.compile(
    rf"^\s*(?:percent\b|per\s+cent\b)?\s*(?:and\s+|[-–/]\s*)\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pc\b)?"
    rf"\s*(?:respectively\s*)?,?\s*(?:(?:in|from|during|at)\s+)?(?:the\s+)?(?P<t>{_TIME})",
    re.IGNORECASE,
)
_TO_BETWEEN = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pc\b)?\s*to\s*", re.IGNORECASE)


def from_to_change(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether a pair is a change written "from X to Y" (two readings of two waves), not a split."""
    return bool(
        _FROM_ONLY.pattern.search(text, max(0, first.start - 8), first.start)
        and _TO_BETWEEN.fullmatch(text, first.end, second.start)
    )


def names_time_after(text: str, mark_end: int, s_end: int) -> bool:
    """Whether a time follows a figure ("... to 45% in May"): the reading is of that time's wave."""
    return _RIGHT_TIME.match(text[mark_end : min(s_end, mark_end + 60)]) is not None


# What joins the two numbers of one split ("46-45", "49/41"); "from 14% to 27%" joins two readings.
_SPLIT_JOIN = re.compile(r"\s*[-–—/]\s*")
_PAST_MARK = re.compile(
    r"\b(?:ago|last|previous|prior|earlier|preceding|back\s+in|compared|up\s+from|down\s+from|then)\b",
    re.IGNORECASE,
)


def wave_of(text: str, cands: list[Candidate], i: int, s_start: int, s_end: int) -> str | None:
    """The earlier wave figure ``i`` belongs to, or None for the passage's main poll."""
    c = cands[i]
    if SPLIT_WAVES and c.partner is not None and not c.first:
        first = cands[c.partner]
        if _SPLIT_JOIN.fullmatch(text, first.mark_end, c.start):
            return wave_of(text, cands, c.partner, s_start, s_end)  # the first's partner is this one
    left = text[max(s_start, c.start - 120) : c.start]
    right = text[c.mark_end : min(s_end, c.mark_end + 60)]
    m = _WHEN_CLAUSE.search(left)
    if m is not None:
        return m.group("t")
    m = _TIME_PAREN_LEFT.search(left)
    if m is not None:
        return m.group("t")
    trend = _FROM_LEFT.search(left) is not None or (TO_FROM and _TO_FROM_LEFT.search(left) is not None)
    partner = cands[c.partner] if c.partner is not None else None
    if not trend and _FROM_ONLY.search(left) and partner is not None and c.first:
        # "from 14% to 27%": the first number is the earlier reading.
        trend = True
    rt = _RIGHT_TIME.match(right)
    if trend and rt is None and PAIRED_TIMES:
        rt = _RIGHT_TIME_PAIR.match(right)
    if trend and rt is None and re.search(r"\bcompared\s+(?:\w+\s+){0,2}?(?:with|to)\s*$", left):
        # "61% of women ..., compared with 48% of men": a subgroup comparison, not an earlier wave.
        trend = False
    if trend:
        return rt.group("t") if rt else "earlier poll"
    if _COMPARED_LEFT.search(left):
        near = _RIGHT_TIME_NEAR.match(right)  # not "from 12% of Leave voters in 2016" (a population's time)
        if near is None and PAIRED_TIMES:
            near = _RIGHT_TIME_PAIR.match(right)
        if near is not None:
            return near.group("t")
    if rt is not None and _PAST_MARK.search(rt.group("t")):
        return rt.group("t")
    return None
