"""Earlier readings told in a sentence of their own that points back with a pronoun: "Some 58% now call the
economy weak. That's up from 41 percent in 2019 and 36 percent in 2015.", "Renters make up 23 percent of the
sample. It was 19 percent in 2016."

The shares after "That's up from" / "It was" are the same option's earlier waves, so they take the answer of
the share the pronoun points to: the last figure of the sentence before that has one. The rankers read
these shares on their own and find no option in their sentence, so they are left empty (or read the
clause's own words, "it polled on", or the wave's month, "May"); only those answers are filled here.

Runs after grouping (as ``change_clauses`` does), so no feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import is_option
from bot.reading.extract.scan import Anchored
from bot.reading.extract.vocab import CALENDAR_NAMES

# Off: the earlier readings keep the rankers' (empty) answers.
EARLIER_READINGS = True
# Off: an earlier reading after ", up from" in its current reading's own sentence keeps the rankers' answer.
EARLIER_WITHIN = True

# A passage writing none of these words points back to no reading (found by str.find, not tried at every
# character).
_POINTER_WORD: Final = Anchored(re.compile(r"\b(?:That|This|It)\b"))
# A sentence opening with a pronoun for the reading before and a verb of being or comparing, then a change
# word or none: "That's up from", "This is down from", "It was", "That compares with", "That is higher than".
_POINTS_BACK: Final = re.compile(
    r"^[\W_]*(?:That|This|It)(?:['’]s|[ \t]+(?:is|was|had[ \t]+been|has[ \t]+been|compares))\b"
    r"(?:[ \t]+(?:up|down|higher|lower|little|slightly|sharply|a|an|the|point|points|\d+|from|than|to|with|at))*"
    r"[ \t]+\d",
)


# An answer that is the pointing clause's own words ("it polled on February", "it recorded"): no option.
_PRONOUN_CLAUSE: Final = re.compile(r"^(?:it|they|he|she)\s+\w", re.IGNORECASE)


def _fillable(answer: str) -> bool:
    """No option of its own: empty, the pointing clause's words ("it polled on"), or the wave's month."""
    return not answer or _PRONOUN_CLAUSE.match(answer) is not None or answer.lower() in CALENDAR_NAMES


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each empty answer of an earlier reading told this way the answer of the share it points to."""
    if next(_POINTER_WORD.finditer(a.text), None) is None:
        return
    by_sentence: dict[int, list[Labelled]] = {}
    for f in sorted(figs, key=lambda f: f.num_index):
        by_sentence.setdefault(f.sentence, []).append(f)
    for k, here in by_sentence.items():
        if k == 0 or not any(_fillable(f.answer) for f in here):
            continue
        sent = a.sentences[k]
        if _POINTS_BACK.match(a.text[sent.start : sent.end]) is None:
            continue
        before = [f for f in by_sentence.get(k - 1, []) if f.answer]
        if not before:
            continue
        for f in here:
            if _fillable(f.answer):
                f.answer = before[-1].answer


# Within the reading's own sentence: "<name> was the choice of 32 percent, up from 28 percent in <month>",
# "approval stands at 41%, down sharply from 47% in June" ("compared with 38% who ..." is often a contrast).
_CHANGE_FROM: Final = re.compile(
    r"\b(?:up|down|higher|lower)(?:[ \t\n]+[a-z]+){0,2}?[ \t\n]+from[ \t\n]+$",
    re.IGNORECASE,
)
_WORDS_ONLY: Final = re.compile(r"^[^\d%]*$")  # nothing but words between the two readings


def apply_within(a: Analysis, figs: list[Labelled]) -> None:
    """An earlier reading written after its current one in the same sentence ("up from 28 percent in ...")
    takes the current one's answer where the rankers gave it none or words that name no option (the
    phrase after it, "in the last poll")."""
    by_num = {f.num_index: f for f in figs}
    for f in figs:
        prev = by_num.get(f.num_index - 1)
        if prev is None or prev.sentence != f.sentence or not prev.answer:
            continue
        n, p = a.numbers[f.num_index], a.numbers[prev.num_index]
        gap = a.text[p.cand.mark_end : n.start]
        if _CHANGE_FROM.search(gap) is None or _WORDS_ONLY.match(gap) is None or len(gap) > 80:
            continue
        own = f.answer.strip()
        if own and (own[:1].isupper() or is_option(own.lower())):
            continue  # an answer of its own ("Clinton", "approve") stands
        f.answer = prev.answer


# Off: an earlier pair told after its current pair in one sentence keeps the answers it was given.
EARLIER_PAIRS = True

# Between a current pair and an earlier one in its sentence, closing the words between them (no number): the
# pair's unit or a clause's comma, then a word that compares or moves ("percent, compared to a", "..., the
# county's former mayor, compared to a", "largely unchanged from", "up from", "widening a").
_PAIR_BACK: Final = re.compile(
    r"(?:^[ \t\n]*(?:percent|per[ \t]+cent|%|points?)?|[,;–—-])[ \t\n]*(?:[a-z]+[ \t\n]+){0,2}?"
    r"(?:compared[ \t\n]+(?:to|with)|unchanged[ \t\n]+from|(?:up|down)(?:[ \t\n]+[a-z]+ly)?[ \t\n]+from|"
    r"widening|narrowing|extending|cutting|from)"
    r"(?:[ \t\n]+(?:a|an|the|his|her|their|its))?[ \t\n]*$",
    re.IGNORECASE,
)
_NO_DIGIT: Final = re.compile(r"^[^\d]*$")
# Words after an earlier pair that name other sides than the current pair's ("45-40 for Ruiz over Hale").
_OTHER_SIDES: Final = re.compile(r"^[^.;\n]{0,40}?\b(?:for|over|against|between|among)\b", re.IGNORECASE)


def apply_pairs(a: Analysis, figs: list[Labelled]) -> None:
    """An earlier two-number reading told after the current two in one sentence ("Ruiz tops Hale, 51 - 43
    percent, against 48 - 44 percent in May" with "compared to" for "against"; "back the levy, 57-38 percent,
    largely unchanged from 55-39 percent") is the same question's earlier wave: its two shares take the current
    two's answers, in order, where the rankers and the pair steps gave them others (the pair's own words
    rarely name its sides: "a 46 - 41 percent Ruiz edge" names one, its next words often a party or a
    month)."""
    from bot.reading.extract.split_pairs import joined_pairs  # (split_pairs reads the label steps)

    by_num = {f.num_index: f for f in figs}
    for g, h in joined_pairs(a, figs):
        f2, f1 = by_num.get(g.num_index - 1), by_num.get(g.num_index - 2)
        if f1 is None or f2 is None or not (f1.sentence == f2.sentence == g.sentence):
            continue
        first, second = f1.answer.strip(), f2.answer.strip()
        if not first or not second or first.lower() == second.lower():
            continue
        if {g.answer.strip().lower(), h.answer.strip().lower()} == {first.lower(), second.lower()}:
            continue
        n1, n2, m = a.numbers[f1.num_index], a.numbers[f2.num_index], a.numbers[g.num_index]
        gap = a.text[n2.cand.mark_end : m.start]
        if a.text[n1.cand.mark_end : n2.start].count("\n") or len(gap) > 120 or not _NO_DIGIT.match(gap):
            continue
        if _PAIR_BACK.search(gap) is None:
            continue
        after = a.text[a.numbers[h.num_index].cand.mark_end : a.sentences[g.sentence].end]
        if _OTHER_SIDES.match(after) is not None:
            continue
        g.answer, h.answer = f1.answer, f2.answer
