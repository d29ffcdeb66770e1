"""Shares of the reasons people give for a rating ask why they give it.

Cabinet and presidential polls in Japan and Korea (and exit polls elsewhere) follow the approval rating with
the reasons its two sides gave: "disapprovers most often cited <issue> (NN%) as their reason for
disapproval", "<reason> (NN%) led the positive evaluation factors", "of the voters who do not back the
Cabinet, NN% said its programme offers them little", then "Next came MM% who said ...". The rankers had no
reasons template, so such shares took the reason itself asked back ("Does the premier seem weak?"), the
approval question of the sentence before, or nothing.

Here, among the last question steps, a share in a sentence that names a reason (or a supporters' group that
"said" something about a cabinet or government), or in a sentence that goes on from one ("Next came",
"Another NN% said"), takes the question of that reason: "Reasons for disapproval", "Reasons for backing
<name>", "Reasons for a positive rating", or "Why do you (not) support the Cabinet?". The approval share
itself, in the same sentence before the reason is named ("Disapproval rose to 70%, and the top reason ..."),
keeps its question.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract import reason_cues
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.nearest_rating import clause_bounds, sentence_bounds

REASON_QUESTIONS = True

# "Of (the voters / those) who (do not) back the Cabinet, NN% said ...": a supporters' group
# of a cabinet or a government, whose shares say why.
_SUPPORTERS_SAID: Final = re.compile(
    r"\b(?i:among|of)\s+(?:the\s+)?(?:respondents|those|people|voters|participants)\s+who\s+"
    r"(?P<neg>do\s+not\s+|don['’]t\s+|did\s+not\s+|didn['’]t\s+)?(?:support|back)\s+"
    r"(?P<obj>the\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:Cabinet|cabinet|[Gg]overnment|[Aa]dministration))\b",
)
# "Of the voters who back <Name>, NN% give <reason> as their main reason": a candidate's
# backers, in a sentence naming a reason with no "for" after it.
_BACKERS: Final = re.compile(
    r"\b(?i:among|of)\s+(?:the\s+)?(?:those|voters|people|respondents)\s+who\s+(?:[\w'’]+\s+){0,5}?"
    r"(?:vote|voting|support|supporting|back|backing)\s+(?:for\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_BARE_REASON: Final = re.compile(r"\breasons?\b", re.IGNORECASE)
_SAID_AFTER: Final = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*,?\s*(?:of\s+them\s+)?(?:who\s+)?(?:said|say|says|cited|chose|gave|answered|picked|named|mentioned|pointed\s+to)\b",
    re.IGNORECASE,
)
# What a reason is for, as the labels name it.
_FOR_WHAT: Final = {
    "approval": "approval",
    "approving": "approval",
    "support": "support",
    "supporting": "support",
    "disapproval": "disapproval",
    "disapproving": "disapproval",
    "opposition": "opposition",
    "opposing": "opposition",
    "not supporting": "not supporting",
}
_VOTED_OR_BACKED: Final = re.compile(
    r"^(?:backing|supporting|voting\s+for|choosing|picking|rejecting|opposing)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
)


def _reason_question(text: str) -> tuple[int, str] | None:
    """Where a sentence's reason cue opens and the question it asks, or None where it names none."""
    ev = reason_cues.evaluation_side(text)
    if ev is not None:
        return ev[0], f"Reasons for a {ev[1]} rating"
    said = _SUPPORTERS_SAID.search(text)
    if said is not None:
        neg = "not " if said.group("neg") else ""
        return said.start(), f"Why do you {neg}support {said.group('obj')}?"
    m = reason_cues.reason_for(text)
    if m is None:
        backers = _BACKERS.search(text) if _BARE_REASON.search(text) else None
        return (
            (backers.start(), f"Reasons for supporting {backers.group('name')}")
            if backers is not None
            else None
        )
    at, what = m[0], " ".join(m[1].split())
    low = what.lower()
    if low in _FOR_WHAT:
        return at, f"Reasons for {_FOR_WHAT[low]}"
    named = _VOTED_OR_BACKED.match(what)
    if named is not None:
        return at, f"Reasons for {what}"
    return None


def _cue_at(a: Analysis, s: int) -> tuple[int, str] | None:
    """Where sentence ``s`` names a reason (an offset in the text) and the question it asks, or None."""
    key = ("reason_cue", s)
    if key in a.memo:
        got = a.memo[key]
        return got if isinstance(got, tuple) else None
    cue = _reason_question(a.sentence_text(s))
    found = (a.sentences[s].start + cue[0], cue[1]) if cue is not None else None
    a.memo[key] = found if found is not None else False
    return found


def _asked(a: Analysis, num: Num) -> str | None:
    """The reasons question a share answers (see the module's docstring), or None."""
    if not a.sentences:
        return None
    s = num.sentence
    cue = _cue_at(a, s)
    if cue is not None:
        at, q = cue
        lo, hi, _ = sentence_bounds(a, num)
        c_lo, c_hi = clause_bounds(a, num, lo, hi)
        if at > num.end and not c_lo <= at < c_hi:
            return None  # the rating's own share, told before the reason is named in another clause
        if q.startswith("Why") and at < num.start and not _SAID_AFTER.match(a.text, num.end, hi):
            return None  # a supporters' share that is no reason they said
        return q
    # A sentence going on from one that named the reason ("Next came 24% who said ...").
    back = s
    while back > 0 and reason_cues.goes_on(a, back):
        back -= 1
        cue = _cue_at(a, back)
        if cue is not None:
            return cue[1]
    return None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a rating's reasons the question of that reason."""
    low = a.text.lower()
    if "reason" not in low and "evaluation" not in low and " who " not in low:
        return
    for f in figs:
        q = _asked(a, a.numbers[f.num_index])
        if q is not None:
            f.question = q
