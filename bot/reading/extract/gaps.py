"""Numbers that tell a gap, a change or a date, written in the shapes of shares: never poll figures.

The labelling rules count no lead, margin, gap or change ("a 3% lead", "up 6 points"), and no date. The
figure cues already weigh most such wordings (:mod:`figure_cues`: ``lead_before``, ``change_before``,
``date_before``), but a weighed cue loses to a percent sign and a poll sentence, and the shapes below are
too rare in the training passages for the fit to learn that they outweigh them:

- **a gap told by where one side stands**: "Unity 12% ahead", "just 4% behind the Greens", "7 points clear
  of", or by a spaced plus sign after its name ("(Smith + 7)");
- **a gap after "by"**: "leading Smith by just three per cent", "leads by an average of 2.5 points", "ahead of
  the Greens by 6%", "trailing by 4" (not the first side of a split: "leads Smith by 48 to 45 percent" gives
  both sides' shares);
- **a change after its verb and "by"**, or after a perfect participle: "support increased by two per cent",
  "has fallen 3 percent", "has risen 3%", "dipped slightly by 2%" (a level is written with "to": "fell to
  31%");
- **a change or a difference named by a noun**: "an increase of 4 per cent", "a 6% improvement", "a five per
  cent rise", or a comparison after the number: "9% more than", "5 per cent less than", "4% below where";
- **a day of a date**: "June 3-5, 2026", "Oct. 2 and 7", "4/2-4/6", "2026-11", and the month/day of a
  wave's date in brackets after its value ("HIGHEST EVER 61 (3/14) 70 (9/30/08)", "5 (2/11, 6/15)"): a
  trend table's best and worst readings, each dated by its wave.

So they are ruled out in :func:`bot.reading.extract.figures.detect`, outside the features (as signed numbers
are): the weights are unchanged.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.scan import folded, gated
from bot.reading.extract.vocab import MONTHS

# "12% ahead", "4 per cent behind", "7 points clear of": the number is how far one side stands from another.
_GAP_AFTER = re.compile(
    r"\s*(?:%|per[ \t]?cent\b|percent\b|pc\b|pct\b)?[ \t]*(?:-?[ \t]*(?:percentage[ \t-]+)?points?[ \t]+)?"
    r"(?:ahead|behind|clear[ \t]+of)\b",
    re.IGNORECASE,
)
_ADVERB = (
    r"(?:just|only|about|around|roughly|nearly|almost|some|over|under|more[ \t]+than|less[ \t]+than|"
    r"an[ \t]+average[ \t]+of|a[ \t]+margin[ \t]+of|a[ \t]+further|another)"
)
# The word before a side's own share: "on 33% ahead of", "at 40 per cent, behind".
_SHARE_WORD = re.compile(
    r"\b(?:on|at|with|to|from|of|has|had|have|polling|gets?|got|takes?|took)[ \t]+$", re.IGNORECASE
)
# "(Ortiz + 5)", "Alder + 12": a side's lead written after its name with a spaced plus sign (a sign glued
# to the number, "+7", is read by the layout).
_NAMED_PLUS = re.compile(r"\b[^\W\d_]{2,}[ \t]*\+[ \t]+$")
# "leading Smith by just", "leads by an average of", "ahead of the Greens by", "trails her rival by": a gap.
_GAP_BY = re.compile(
    r"\b(?:lead|leads|leading|led|ahead|behind|trail|trails|trailing|trailed|outpac\w*|edges?|edging|edged|"
    r"beat|beats|beating|won|wins|winning)\b[^.;:!?\d%]{0,40}?[ \t]by[ \t]+"
    rf"(?:{_ADVERB}[ \t]+)*$",
    re.IGNORECASE,
)
# "increased by two", "has fallen 3", "rose by", "dipped slightly by": a change (the level is written "to 31%").
_CHANGE_BY = re.compile(
    r"\b(?:(?:increased|decreased|rose|risen|fell|fallen|dropped|declined|grew|grown|gained|lost|slipped|"
    r"jumped|climbed|surged|plunged|tumbled|slumped|widened|narrowed|shrank|shrunk|improved|worsened|dipped|"
    r"sank|sunk|soared|slid|eased|edged|crept|ticked|moved|shifted|"
    r"increases|decreases|rises|falls|drops|declines|grows|gains|loses|slips|jumps|climbs|dips)"
    r"(?:[ \t]+(?:[a-z]+ly|up|down|back))?[ \t]+by|"
    r"(?:has|have|had|['’]ve)[ \t]+(?:fallen|risen|dropped|declined|grown|slipped|jumped|climbed|increased|"
    r"decreased))"
    rf"[ \t]+(?:{_ADVERB}[ \t]+)*$",
    re.IGNORECASE,
)
# One of which every match of _CHANGE_BY holds: "by", or a participle after "has".
_CHANGE_WORDS = (
    "by",
    "fallen",
    "risen",
    "dropped",
    "declined",
    "grown",
    "slipped",
    "jumped",
    "climbed",
    "creased",
)
# "an increase of", "a small rise of", "the drop of": a change named by its noun before the number.
_CHANGE_NOUN = (
    r"(?:increase|decrease|rise|drop|fall|decline|gain|jump|swing|dip|improvement|loss|boost|slide|uptick)"
)
_NOUN_OF = re.compile(
    rf"\b(?:an?|the)[ \t]+(?:[a-z]+[ \t]+)?{_CHANGE_NOUN}[ \t]+of[ \t]+(?:{_ADVERB}[ \t]+)*$", re.IGNORECASE
)
# "a 6% improvement", "a five per cent rise", "its 3-point drop": the noun after the number, in a noun phrase
# opened by an article or a possessive (not a table's answer label after a share: "Increase 41% Decrease 30%").
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|its|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?$", re.IGNORECASE)
_UNIT = r"(?:[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b))?"
_NOUN_AFTER = re.compile(
    rf"{_UNIT}[ \t-]*(?:(?:percentage[ \t-]+)?points?[ \t-]+)?{_CHANGE_NOUN}s?\b", re.IGNORECASE
)
# "9% more than", "5 per cent less than", "4% below where they were": how far one side is from another.
_COMPARED_AFTER = re.compile(
    rf"{_UNIT}[ \t]+(?:(?:more|less|fewer|higher|lower)[ \t]+than|(?:below|above)[ \t]+(?:where|what|the|its|"
    r"their|his|her|that|those)\b)",
    re.IGNORECASE,
)
# "to" after the first side of a pair: "by 2 per cent to 9 per cent" (a split after a lead is told "by 51 to
# 39", read by _GAP_BY, not here).
_TO_LEVEL = re.compile(r"[ \t]+to[ \t]", re.IGNORECASE)
_SHARE_OF = re.compile(r"[ \t]*(?:%|per[ \t]?cent|percent|pc)?[ \t]+of\b", re.IGNORECASE)
# The days of a month's date: "June 3-5, 2026" (the first day and the second), "Oct. 2 and 7".
_MONTH_DAY = re.compile(rf"\b(?:{MONTHS})\.?[ \t]+$", re.IGNORECASE)
# (the second day is no share: no percent sign, no further digits after it)
_DAY_RANGE_AFTER = re.compile(
    r"[ \t]*(?:[-–]|and|to|through)[ \t]*\d{1,2}(?:st|nd|rd|th)?\b(?![ \t]*(?:%|per|pc\b|\d|\.\d))",
    re.IGNORECASE,
)
_SECOND_DAY = re.compile(
    rf"\b(?:{MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]*(?:[-–]|and|to|through)[ \t]*$", re.IGNORECASE
)
_NO_SHARE_AFTER = re.compile(r"(?:st|nd|rd|th)?\b(?![ \t]*(?:%|per|pc\b|\d|\.\d))", re.IGNORECASE)
# "4/2-4/6": a field period written month/day to month/day, either side of the dash; "2026-08".
_SLASH_RANGE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]*[-–][ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_YEAR_MONTH = re.compile(r"(?<![\d.])(?:19|20)\d\d-$")
# "61 (3/14)", "70 (9/30/08)", "5 (2/11, 6/15, etc.)": a bracket of month/day dates right after a value.
SLASH_DATE = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/\d{2}(?:\d{2})?)?"
DATED_BRACKET = gated(
    re.compile(
        rf"(?<=\d)(?:%|[ \t]*per[ \t]?cent)?[ \t]*\(({SLASH_DATE}(?:,[ \t]*{SLASH_DATE})*(?:,?[ \t]*etc\.?)?)\)",
        re.IGNORECASE,
    )
)


def _split_first(a: Analysis, n: Num) -> bool:
    """The first side of a written split ("by 48 to 45 percent", "by 55-41"): both sides are shares."""
    c = n.cand
    return c.partner is not None and c.first


def gap(a: Analysis, n: Num) -> bool:
    """Whether a number is a lead or gap between two sides ("12% ahead", "leading X by just three per cent");
    not a side's own share written before whom it leads ("leads on 33% ahead of the Greens on 27%")."""
    if (
        n.cand.partner is None
        and _GAP_AFTER.match(a.text, n.cand.mark_end, n.cand.mark_end + 40) is not None
        and _SHARE_WORD.search(a.text, max(0, n.start - 12), n.start) is None
    ):
        return True
    lo = max(a.lines[n.line].start, n.start - 40)
    if a.text.find("+", lo, n.start) >= 0 and _NAMED_PLUS.search(a.text, lo, n.start) is not None:
        return True
    if _split_first(a, n):
        return False
    lo = max(a.lines[n.line].start, n.start - 80)
    if not _may_hold(a, lo, n.start, ("by",)):
        return False
    return _GAP_BY.search(a.text, lo, n.start) is not None


def change(a: Analysis, n: Num) -> bool:
    """Whether a number is a change after its verb and "by", or after "has fallen" ("increased by two
    per cent", "has fallen 3 percent"); the first of "by 2 per cent to 9 per cent" too: the change and then
    the level it led to, not a split."""
    if _split_first(a, n) and _TO_LEVEL.match(a.text, n.cand.mark_end, n.cand.mark_end + 8) is None:
        return False
    lo = max(a.lines[n.line].start, n.start - 60)
    if _SHARE_OF.match(a.text, n.cand.mark_end if n.cand.marked else n.end, n.end + 24):
        return False  # "has grown 5% of ...": a share of a whole, not how far it moved
    if not _may_hold(a, lo, n.start, _CHANGE_WORDS):
        return False
    return _CHANGE_BY.search(a.text, lo, n.start) is not None


def named_change(a: Analysis, n: Num) -> bool:
    """Whether a number is a change or a difference named by a noun or a comparison ("an increase of 4 per
    cent", "a 6% improvement", "9% more than", "4% below where")."""
    if n.cand.partner is not None:
        return False
    lo = max(a.lines[n.line].start, n.start - 40)
    end = n.cand.mark_end if n.cand.marked else n.end
    if _may_hold(a, lo, n.start, (" of",)) and _NOUN_OF.search(a.text, lo, n.start) is not None:
        return True
    if _COMPARED_AFTER.match(a.text, end, end + 24) is not None:
        return True
    return (
        _NOUN_AFTER.match(a.text, end, end + 40) is not None
        and _ARTICLE_BEFORE.search(a.text, max(lo, n.start - 24), n.start) is not None
    )


def _may_hold(a: Analysis, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """False only where the window holds none of ``words`` (lower case), one of which every match of a
    case-blind pattern over it needs: a few string searches of the folded text (see scan.folded) instead
    of the pattern tried at each of the window's characters, for the many figures with no such word."""
    fold = folded(a.text)
    if fold is None:
        return True
    window = fold[lo:hi]
    return any(w in window for w in words)


def date_part(a: Analysis, n: Num) -> bool:
    """Whether a bare number is a day or month of a date: "June 3-5, 2026", "Oct. 2 and 7", "4/2-4/6",
    "2026-11"."""
    c = n.cand
    if c.marked or c.value > 31 or c.value != int(c.value):
        return False
    t, s = a.text, n.start
    line_start = a.lines[n.line].start
    # Each pattern before the number ends on what must be the character just before it (the window
    # holds no line break): tried only where that character is written.
    last = t[s - 1] if s > line_start else ""
    if (
        last in _BLANKS
        and _MONTH_DAY.search(t, max(line_start, s - 12), s)
        and _DAY_RANGE_AFTER.match(t, n.end, n.end + 24)
    ):
        return True
    if (
        last in _DAY_JOIN_ENDS
        and _SECOND_DAY.search(t, max(line_start, s - 30), s)
        and _NO_SHARE_AFTER.match(t, n.end, n.end + 10)
    ):
        return True
    if last == "-" and _YEAR_MONTH.search(t, max(line_start, s - 5), s):
        return True
    lo, hi = max(line_start, s - 16), min(len(t), n.end + 16)
    if t.find("/", lo, hi) >= 0:
        for m in _SLASH_RANGE.finditer(t, lo, hi):
            if m.start() <= s and n.end <= m.end():
                return True
    return _in_dated_bracket(a, n)


# The last characters of _MONTH_DAY's and _SECOND_DAY's matches (a blank; a dash, "and", "to", "through").
_BLANKS = frozenset(" \t")
_DAY_JOIN_ENDS = frozenset(" \t-–dDoOhH")


def _in_dated_bracket(a: Analysis, n: Num) -> bool:
    """Whether a number is a month or day of a bracket of slash dates right after a value ("61 (3/14)",
    "5 (2/11, 6/15)"): the wave a trend table's best or worst reading was taken in."""
    t, s = a.text, n.start
    lo, hi = max(a.lines[n.line].start, s - 40), min(len(t), n.end + 40)
    if t.find("/", lo, hi) < 0:
        return False  # no slash date near: most figures (the scan opens on a lookbehind, tried everywhere)
    return any(m.start(1) <= s and n.end <= m.end(1) for m in DATED_BRACKET.finditer(t, lo, hi))


def ruled_out(a: Analysis, n: Num) -> bool:
    """A gap, a change (after its verb, or named by a noun) or a date's day (see the module doc): never a poll
    figure."""
    return gap(a, n) or change(a, n) or named_change(a, n) or date_part(a, n)


# A day written with its month: "27 Sep", "11-13 Oct", "28 Sep – 9 Oct" (after the number), "Sep 27" (before).
_MONTH_AFTER = re.compile(rf"[ \t]*(?:[-–][ \t]*\d{{1,2}}[ \t]*)?(?:{MONTHS})\b", re.IGNORECASE)


def dated(a: Analysis, n: Num) -> bool:
    """Whether a bare number is a day written with its month ("(27 Sep)", "(11-13 Oct)", "(Sep 27)"): a
    bracketed field date after a figure, not the figure's earlier reading ("48% (45%)")."""
    if n.cand.marked or n.value > 31:
        return False
    if _MONTH_AFTER.match(a.text, n.end, n.end + 24):
        return True
    return _MONTH_DAY.search(a.text, max(a.lines[n.line].start, n.start - 12), n.start) is not None
