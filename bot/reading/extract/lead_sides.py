"""The two shares a printed lead is worked out from: "Ortiz (D) +7 (45/38)".

Roundups of races print each race's lead with a plus sign and then, in brackets, the two sides' shares
that give it. The lead is no figure (a signed number, :func:`figures.signed_net`), and the leads of the
other lines make the column read as one of signed changes, which would reject the bracketed shares with
it. A bracketed pair right after a signed lead whose sides differ by that lead (within a point of
rounding) is the two shares, not a change: its column's signs are no evidence against it.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num

# "+7 (45/38)", "+ 4.5 (48.5-44)": a signed lead, then the two shares in brackets
_LEAD_PAIR = re.compile(
    r"(?<![\w.])\+[ \t]?(\d{1,2}(?:\.\d)?)[ \t]*\([ \t]*(\d{1,2}(?:\.\d)?)[ \t]*[/-][ \t]*(\d{1,2}(?:\.\d)?)[ \t]*\)"
)


def lead_side(a: Analysis, n: Num) -> bool:
    """Whether a number is one side of a bracketed pair after the signed lead it adds up to."""
    line = a.lines[n.line]
    for m in _LEAD_PAIR.finditer(a.text, line.start, line.end):
        if not (m.start(2) <= n.start < m.end(3)):
            continue
        lead, first, second = (float(m.group(i)) for i in (1, 2, 3))
        return first + second <= 100 and abs(abs(first - second) - lead) <= 1
    return False


# "in the lead at 36.4 per cent", "in the lead with 41%": a side's position, not the size of its lead
_IN_THE_LEAD = re.compile(r"\bin[ \t]+the[ \t]+lead[ \t]+(?:at|with|on)[ \t]*$", re.IGNORECASE)
# a lead noun's pair told as its value: "was 36-28", "stood at 41-27", "is 44/39", or as the two readings it
# moved between: "narrows from 44-30 to 42-33", "from 25-22 last month to 27-21"
_TOLD_AS = re.compile(
    r"\b(?:was|is|were|are|stood[ \t]+at|stands[ \t]+at|at|from|"
    r"from[ \t]+\d{1,2}(?:\.\d)?[ \t]*[-–/][ \t]*\d{1,2}(?:\.\d)?(?:[ \t]+[a-z]+){0,3}[ \t]+to)[ \t]*$",
    re.IGNORECASE,
)
# after a share, the rival's share in the possessive: "52% to Lee's 17%", "41 percent to Mayor Ortiz’s 38"
_TO_RIVAL = re.compile(r"[ \t]+to[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}?[A-Z][\w.-]*['’]s[ \t]+\d")


def told_with_lead(a: Analysis, n: Num, *, written_pair: bool) -> bool:
    """Whether a lead noun before a number names the lead its shares make, not the number: a written
    pair ("the lead over the Reds stood at 41-27"), a side "in the lead at 36.4 per cent", or a share set
    against the rival's ("Ortiz's lead widens with the young: 52% to Lee's 17%"). Such a number is a share."""
    if written_pair and n.cand.partner is not None:
        # "the lead ... stood at 41-27", "... was 36-28", "narrows from 44-30 to 42-33": the pair told as the
        # lead's value or the readings it moved between (after a change verb alone, "has narrowed to 52-48",
        # the model's own evidence decides)
        first = min(n.start, a.numbers[n.cand.partner].start)
        return _TOLD_AS.search(a.text, max(0, first - 48), first) is not None
    if _IN_THE_LEAD.search(a.text, max(0, n.start - 24), n.start):
        return True
    return n.cand.marked and _TO_RIVAL.match(a.text, n.cand.mark_end) is not None
