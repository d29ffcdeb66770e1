"""Answers for two ways prose reports a share without the option right after its number.

- ``by_agent``: a passive verb whose complement is the option comes before the figure, which is its
  agent: "the parks were rated great or good by 31%", "viewed favorably by 38%";
- ``more_pair``: "trust Republicans more on crime, 48% to 37%": the pair is the named side's share and
  then the other side's; the other side is the rival the sentence (or the one before or after) names.

:func:`apply` settles them after the ranker has chosen (the training passages hold too few of them to
learn from: proposing them as candidates only moved cross-validation by noise): the complement replaces
an answer that is none of its words, and a "more" pair's sides replace whatever was chosen.

A bare modal reply ("43% say it should and 52% say it should not") is left to the ranker: the training
labels answer it "yes" / "no" in five passages and "should" / "should not" in one.

Each reads a short window of text around the figure (no scan of the whole passage).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis, Num, per_number
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import PARTY_OPTIONS
from bot.reading.extract.vocab import SHARE_SIGN

_REACH = 80  # characters before a figure read for its passive verb or its "X more" side

# "rated great or good by (just) 31%": the verb, its complement (1-4 words), "by", a hedge.
_BY_AGENT = re.compile(
    r"\b(?:rated|rate|viewed|seen|considered|described|regarded|judged|graded|ranked|deemed|called|"
    r"labell?ed|picked|chosen|selected|named|cited|preferred|favou?red)[ \t]+(?:as[ \t]+)?"
    r"(?P<opt>[A-Za-z'’-]+(?:[ \t]+[A-Za-z'’-]+){0,3}?)[ \t]+by[ \t]+"
    r"(?:(?:just|only|about|nearly|almost|some|roughly|around|over|under|fully)[ \t]+)?$",
    re.IGNORECASE,
)
# ", regular by 29%", "and bad or terrible by 38%": the same verb understood before the complement.
_BY_ELLIPTIC = re.compile(
    r"(?:,|\band\b|\bwhile\b)[ \t]+(?P<opt>[A-Za-z'’-]+(?:[ \t]+[A-Za-z'’-]+){0,3}?)[ \t]+by[ \t]+"
    r"(?:(?:just|only|about|nearly|almost|some|roughly|around|over|under|fully)[ \t]+)?$",
    re.IGNORECASE,
)
_NOT_OPTION = frozenset({"the", "a", "an", "it", "them", "him", "her", "this", "that", "most", "many"})

# "trust Republicans more on crime, " right before the first figure of "A% to B%".
_MORE_SIDE = re.compile(
    r"\b(?:trust|trusts|trusted|prefer|prefers|preferred|favou?r|favou?rs|favou?red|back|backs|backed|pick|"
    r"picks|picked|choose|chooses|chose|rate|rates|rated|side[ \t]+with|sided[ \t]+with)[ \t]+(?:the[ \t]+)?"
    r"(?P<x>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?:[ \t]+(?:more|better))?"
    r"[ \t]+(?:on|in|to|for|when|over|as)\b[^.;:?!\d%]{0,50}?[,:(—–-]?[ \t]*(?:by[ \t]+)?$"
)
_PAIR_LINK = re.compile(r"[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]*(?:to|-|–|—|vs\.?|versus)[ \t]*$", re.I)
_RIVALS = {
    "republicans": "Democrats",
    "democrats": "Republicans",
    "the republicans": "Democrats",
    "the democrats": "Republicans",
    "republican": "Democratic",
    "democratic": "Republican",
    "gop": "Democrats",
}
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
# "52% disagree that ...", "26% agree", "31 per cent of voters strongly agree": the verb right after the
# figure (past its group) is the option, whatever a "that" clause after it says.
_AGREE = re.compile(
    SHARE_SIGN + r"(?:[ \t]+of[ \t]+[^,;:%\d()]{1,40}?)?"
    r"(?:[ \t]+(?:say|said)[ \t]+(?:they|that[ \t]+they))?[ \t]+(?:(?P<deg>strongly|somewhat|completely|totally|fully|partially|largely|"
    r"mostly|slightly|partly|tend[ \t]+to)[ \t]+)?(?P<verb>(?:dis)?agree)[ds]?\b(?![ \t]+(?:with[ \t]+)?(?:him|her|them))",
    re.IGNORECASE,
)


def _sentence_start(a: Analysis, n: Num) -> int:
    return a.sentences[n.sentence].start if a.sentences else 0


@per_number  # asked again of the figure before, for each figure of a sentence with no agent of its own
def by_agent(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """The complement of a passive verb whose agent is the figure ("rated great or good by 31%"), or,
    after such a figure, a complement the verb is left out of (", regular by 29% and bad by 38%")."""
    lo = max(_sentence_start(a, n), n.start - _REACH)
    m = _BY_AGENT.search(a.text, lo, n.start)
    if m is None:
        prev = a.numbers[n.index - 1] if n.index > 0 else None
        if prev is None or prev.sentence != n.sentence or by_agent(a, prev) is None:
            return None
        m = _BY_ELLIPTIC.search(a.text, max(lo, prev.end), n.start)
        if m is None:
            return None
    opt = m.group("opt")
    words = opt.lower().split()
    if words[0] in _NOT_OPTION or words[-1] in _NOT_OPTION:
        return None
    return opt, "by_agent", {f"by_agent_words={min(len(words), 3)}": 1.0}


def _other_side(a: Analysis, n: Num, side: str) -> str | None:
    """The rival of ``side`` that its sentence or a neighbouring one names."""
    rival = _RIVALS.get(side.lower())
    idx = n.sentence if a.sentences else -1
    texts = [a.sentence_text(i) for i in (idx, idx - 1, idx + 1) if a.sentences and 0 <= i < len(a.sentences)]
    for text in texts:
        for m in _NAME.finditer(text):
            name = m.group(0)
            low = name.lower()
            if rival is not None and low in (rival.lower(), "the " + rival.lower()):
                return rival
            if (
                rival is None
                and low != side.lower()
                and low in PARTY_OPTIONS
                and side.lower() in PARTY_OPTIONS
            ):
                return name
    return rival


def more_pair(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """ "trust Republicans more on crime, 48% to 37%": 48 is Republicans', 37 the other party's."""
    lo = max(_sentence_start(a, n), n.start - _REACH)
    k = n.index
    if k > 0 and a.numbers[k - 1].sentence == n.sentence:
        prev = a.numbers[k - 1]
        if _PAIR_LINK.match(a.text[prev.cand.mark_end : n.start]) is not None:
            m = _MORE_SIDE.search(a.text, max(lo, prev.start - _REACH), prev.start)
            if m is not None:
                other = _other_side(a, n, m.group("x"))
                if other is not None:
                    return other, "more_pair", {"more_pair_second": 1.0}
            return None
    nxt = a.numbers[k + 1] if k + 1 < len(a.numbers) else None
    if nxt is None or nxt.sentence != n.sentence:
        return None
    if _PAIR_LINK.match(a.text[n.cand.mark_end : nxt.start]) is None:
        return None
    m = _MORE_SIDE.search(a.text, lo, n.start)
    if m is None:
        return None
    return m.group("x"), "more_pair", {"more_pair_first": 1.0}


def _same_word(answer: str, words: list[str]) -> bool:
    """The chosen answer is already the complement, in any form ("favorable" for "favorably"); a part of
    a longer complement ("good" of "great or good") is not."""
    low = answer.lower()
    if low == " ".join(words):
        return True
    return len(words) == 1 and len(low.split()) == 1 and low[:4] == words[0][:4]


def agreeing(a: Analysis, n: Num) -> str | None:
    """ "agree" / "disagree" (with its degree: "strongly agree") when that verb follows the figure."""
    m = _AGREE.match(a.text, n.cand.mark_end)
    if m is None:
        return None
    verb = m.group("verb").lower()
    return f"{' '.join(m.group('deg').lower().split())} {verb}" if m.group("deg") else verb


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give a passive verb's agent its complement and a "more" pair's figures their sides."""
    for f in figs:
        n = a.numbers[f.num_index]
        agreed = agreeing(a, n)
        if agreed is not None:
            # "called it a threat and 6% disagreed": the negated sibling's "not a threat" stays
            if not f.answer.lower().startswith("not "):
                f.answer = agreed
            continue
        agent = by_agent(a, n)
        if agent is not None:
            if not _same_word(f.answer, agent[0].lower().split()):
                f.answer = tidy(agent[0])
            continue
        side = more_pair(a, n)
        if side is not None:
            f.answer = side[0]
