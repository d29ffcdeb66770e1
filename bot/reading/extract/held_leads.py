"""A two-sided split written as a lead one side holds, with no rival named beside it: "<subject> holds a 68% to
11% advantage with <people>", "<subject> keeps an 81% to 9% lead with <people> and a 47% to 31% edge with
<people>", "<side>'s lead on the two-party measure is now 54-46", "<subject>'s lead as preferred premier slips
from 61-22 to 57-25", "a 50 - 42 percent <subject> lead in the spring".

The first share is the holder's, the second the other side's: the name the passage's other figures carry most
often (:func:`split_pairs.rival_carried`: a person against a person, a party against a party), or nothing
where none does. :mod:`split_pairs` reads a lead only where its rival is written ("... lead over <rival>",
"... to <rival>'s"), so the rankers give these pairs the subgroup, "unlikely" or the holder twice.

Runs after grouping, right after split_pairs (so no feature moves), and only on a pair split_pairs can read
as one (:func:`split_pairs.is_pair`).
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.pronoun_subjects import prose_sentence_end, prose_sentence_start
from bot.reading.extract.scan import Anchored
from bot.reading.extract.split_pairs import joined_pairs, name_in, rival_carried, same_side
from bot.reading.extract.vocab import SHARE_SIGN

# Off: such pairs keep the rankers' answers.
HELD_LEADS = True

_SIGN: Final = SHARE_SIGN
# A passage writing none of these words holds no lead (found by str.find, not tried at every character).
_LEAD_WORD: Final = Anchored(re.compile(r"\b(?:lead|advantage|edge)\b"))
# Right after the pair: the lead's noun, no rival after it ("... edge among independents", not "... over X").
_LEAD_AFTER: Final = re.compile(
    rf"^{_SIGN}[ \t]+(?P<words>(?:[\w'’-]+[ \t]+){{0,2}}?)(?:lead|advantage|edge)\b(?![ \t]*,?[ \t]*over\b)",
    re.IGNORECASE,
)
# Before it: a verb of holding and its article ("has a", "enjoys an", "holds a steady", "and a" after an
# earlier held lead of the same subject).
_HOLD_VERBS: Final = (
    r"has|had|holds|held|enjoys|enjoyed|keeps|kept|maintains|maintained|boasts|opens|opened|builds|built"
)
_HOLDS: Final = re.compile(
    rf"\b(?P<verb>{_HOLD_VERBS})[ \t]+(?:a|an|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?$"
    r"|\band[ \t]+(?P<also>a|an)[ \t]+$",
    re.IGNORECASE,
)
_VERB_ANYWHERE: Final = re.compile(rf"\b(?:{_HOLD_VERBS})\b", re.IGNORECASE)
# The lead's noun before the pair: "<subject> keeps a narrow lead of 47% to 44%", "has an edge of".
_LEAD_OF: Final = re.compile(
    rf"\b(?:{_HOLD_VERBS})[ \t\n]+(?:a|an|his|her|its|their)[ \t\n]+(?:[\w-]+[ \t\n]+){{0,3}}?"
    r"(?:lead|advantage|edge)[ \t\n]+of[ \t\n]+$",
    re.IGNORECASE,
)
# The rival a lead of that shape names later in its sentence: "... and remains in a dogfight with <rival>",
# "... in a close fight against <rival>".
_RIVAL_LATER: Final = re.compile(
    r"^[^.;:!?%\d]{0,90}?\b(?:with|against|over|versus)[ \t\n]+(?P<rival>[^.;:!?%\d,()]{2,80})"
)
# A possessive lead before the pair: "<side>'s lead on the two-party measure is now", "<side>'s lead as
# preferred premier slips from"; an earlier pair of the same chain ("from 61-22 to") is read past.
_OWNED: Final = re.compile(
    r"(?P<side>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2})['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:lead|advantage|edge)\b(?P<gap>[^;:!?%()]{0,80})$"
)
_CHAIN_PAIR: Final = re.compile(r"\d+(?:\.\d+)?[ \t]*(?:-|–)[ \t]*\d+(?:\.\d+)?[ \t]+to[ \t]+")
_REACH: Final = 200


# The rival written beside the pair after all: "40 percent to 31 percent for <rival>", "52% to <rival>'s 17%".
_RIVAL_AFTER: Final = re.compile(
    rf"^{_SIGN}[ \t]*,?[ \t]+(?:for|over|against|versus|vs\.?|to(?![ \t]+\d))\b", re.IGNORECASE
)


def _holder(before: str, between: str, after: str) -> str | None:
    """The side holding the lead the pair is written as, or None (see the module's docstring)."""
    if re.search(r"[A-Z]", between) or _RIVAL_AFTER.match(after):
        return None
    owned = _OWNED.search(_CHAIN_PAIR.sub("", before))
    if owned is not None and not re.search(r"\d|\bover\b", owned.group("gap")):
        return name_in(owned.group("side"), first=False)
    lead = _LEAD_AFTER.match(after)
    if lead is None:
        held = _LEAD_OF.search(before)
        return _subject(before[: held.start()]) if held is not None else None
    named = name_in(lead.group("words"), first=False) if re.search(r"[A-Z]", lead.group("words")) else None
    if named is not None:
        return named  # "a 50 - 42 percent <name> lead in the spring": the lead's own holder
    held = _HOLDS.search(before)
    if held is None:
        return None
    head = before[: held.start()]
    if held.group("also"):
        # "... an 81% to 9% lead with X and a 47% to 31% edge": the earlier verb's subject
        verbs = list(_VERB_ANYWHERE.finditer(head))
        if not verbs:
            return None
        head = head[: verbs[-1].start()]
    clause = re.split(r"[,;]|\b(?:while|whereas|but|and)\b", head)[-1]
    return name_in(clause, first=False) if clause.strip() else None


def _subject(head: str) -> str | None:
    """The name that is the subject of the clause ending ``head`` (the words before its verb); an aside
    between commas that holds the name counts ("His colleague in Ohio, <name>, holds ...")."""
    pieces = re.split(r"[;]|\b(?:while|whereas|but|and)\b", head)[-1].split(",")
    for piece in reversed(pieces):
        if re.search(r"[A-Z]", piece):
            return name_in(piece, first=False)
        if piece.strip():
            return None
    return None


def _rival_later(after: str, side: str) -> str | None:
    """The person a held lead's sentence sets against its holder after the pair (see ``_RIVAL_LATER``)."""
    got = _RIVAL_LATER.match(after)
    if got is None or not re.search(r"[A-Z]", got.group("rival")):
        return None
    rival = name_in(got.group("rival"), first=True)
    return rival if rival is not None and not same_side(rival, side) else None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a lead one side holds its side (see the module's docstring)."""
    if next(_LEAD_WORD.finditer(a.text), None) is None:
        return
    for f, g in joined_pairs(a, figs):
        k = f.num_index
        n, m = a.numbers[k], a.numbers[g.num_index]
        sent = a.sentences[n.sentence]
        start = min(sent.start, prose_sentence_start(a.text, n.start))  # hard-wrapped lines read as one
        end = max(sent.end, prose_sentence_end(a.text, m.end))
        before = a.text[max(start, n.start - _REACH) : n.start]
        side = _holder(before, a.text[n.end : m.start], a.text[m.end : end])
        if side is None or not usable("answer", side):
            continue
        other = _rival_later(a.text[m.cand.mark_end : end], side) or rival_carried(a, f, g, figs, side)
        if other is not None and name_in(other, first=True) != other:
            other = None  # a clause some figure carries ("Coalition down"), not a side
        if f.answer and same_side(f.answer, side) and (other is None or g.answer == other):
            continue  # already read as the holder (and the rival)
        f.answer = side
        if other is not None:
            g.answer = other
