"""A party's or candidate's share written with "support" as its noun: "the Greens' support is steady at
9 per cent", "the Liberals are drawing 41% of decided support", "Labour has 38 per cent support",
"31 per cent would support the Greens", "to the Tories' 35%".

The ranker takes the noun itself ("support") as the option, though the option is whose support it is:
the possessor before the noun, the clause's subject, the party or person supported after the share, or a
possessor written right before the share. A name is taken only where it is a party's name or the option
of another figure of the passage (the race's sides), so "47% support Proposition 12" keeps "support".

Runs after grouping (as ``change_clauses`` does), so no feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_who import names_who
from bot.reading.extract.groups import Labelled
from bot.reading.extract.question_templates import is_party
from bot.reading.extract.vocab import POLLSTER_RE

# Off: the ranker's answers stand.
SUPPORT_SHARES = True

# An answer that is only the share's noun.
_NOUN_WORDS: Final = frozenset({"support", "supporting", "share", "of", "decided", "the", "their", "backing"})
_NAME: Final = r"(?P<name>[A-Za-z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})"
# "<name>'s (share of) support ... <share>", within the clause.
# A change's size may stand between ("has climbed 4 points to", "slipped 2 percentage points to").
_GAP: Final = r"(?:[^,;:.!?\d%()]|\d+(?:\.\d+)?[ \t]+(?:percentage[ \t]+)?points?\b)"
_POSSESSOR_OF_SUPPORT: Final = re.compile(
    rf"\b{_NAME}['’]s?[ \t]+(?:[a-z]+[ \t]+){{0,3}}support\b{_GAP}{{0,50}}$"
)
# "... to the <name>'s <share>": a possessor right before the share.
_POSSESSOR_BEFORE: Final = re.compile(rf"\b{_NAME}['’]s?[ \t]+$")
# "<name> are seeing / have / has / gets <share>": the clause's subject before its verb.
_SUBJECT: Final = re.compile(
    rf"^[ \t]*(?:[Tt]he[ \t]+)?{_NAME.replace('[A-Za-z]', '[A-Z]')}[ \t]+"
    r"(?:(?:is|are|was|were|has|have|had|now|currently|still)[ \t]+)?"
    r"(?:[a-z]+ing|has|have|had|gets?|got|receives?|received|garners?|garnered|holds?|held|wins?|won)"
    r"[^,;:.!?\d%()]{0,30}$"
)
# A verb phrase other than those, where the share is followed by "support" (the noun says what the share
# is): "<name> gained 2 points with <share> support", "<name> continues to retain <share> support",
# "<name> recorded <share> of primary vote support". A figure of "points" may stand in it, no other share.
_SUBJECT_ANY_VERB: Final = re.compile(
    rf"^[ \t]*(?:[Tt]he[ \t]+)?{_NAME.replace('[A-Za-z]', '[A-Z]')}[ \t]+"
    r"(?:[a-z]+[ \t]+){0,3}?(?:[a-z]+ed|[a-z]+s|retain|keep|hold|has|have)"
    r"(?:[ \t]+(?:\d+[ \t]+points?|[a-z]+)){0,4}[ \t]*$"
)
# "support for <name> has fallen to <share>": whose support, written before the share in its clause.
_SUPPORT_FOR: Final = re.compile(
    rf"\b[Ss]upport[ \t]+for[ \t]+(?:the[ \t]+)?{_NAME.replace('[A-Za-z]', '[A-Z]')}[ \t]+{_GAP}{{0,40}}$"
)
# Right after the share, the noun itself: "41% of decided support", "38 per cent support".
_SUPPORT_AFTER: Final = re.compile(
    r"[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}?support\b",
    re.IGNORECASE,
)
# After the share, whom it supports: "31 per cent would support the Greens", "8 per cent supporting the Bloc".
_SUPPORTED_AFTER: Final = re.compile(
    r"[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[^,;:.!?\d%()]{0,40}?\b(?:support|supporting|supported|back|backing)"
    rf"[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?{_NAME.replace('[A-Za-z]', '[A-Z]')}",
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:!?]|\.(?:\s|$)|\b(?:while|whereas|but)\b")


def _noun_only(answer: str) -> bool:
    words = re.findall(r"[a-z]+", answer.lower())
    return bool(words) and all(w in _NOUN_WORDS for w in words) and ("support" in words or "backing" in words)


def _side(name: str, options: set[str]) -> bool:
    """Whether ``name`` is a party or one of the passage's own options (or a short form of one)."""
    low = " ".join(name.lower().split())
    if low.startswith("the "):
        low = low[4:]
    if not low or POLLSTER_RE.search(name) is not None:
        return False
    if is_party(low) or is_party(name):
        return True
    return any(o == low or o.endswith(" " + low) for o in options)


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give shares answered with the noun "support" whose support it is (see the module docstring)."""
    if not SUPPORT_SHARES:
        return
    text = a.text
    options = {" ".join(f.answer.lower().split()) for f in figs if f.answer and not _noun_only(f.answer)}
    order = sorted(figs, key=lambda f: a.numbers[f.num_index].start)
    for k, f in enumerate(order):
        if not _noun_only(f.answer) and f.answer.lower() != "yes":
            continue
        n = a.numbers[f.num_index]
        s = a.sentences[f.sentence]
        prev = order[k - 1] if k > 0 and order[k - 1].sentence == f.sentence else None
        lo = a.numbers[prev.num_index].cand.mark_end if prev is not None else s.start
        before = text[max(lo, n.start - 120) : n.start]
        ends = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
        clause = before[ends[-1] :] if ends else before
        noun_after = _SUPPORT_AFTER.match(text, n.end, s.end) is not None
        if f.answer.lower() == "yes" and not noun_after:
            continue  # a "yes" is read as the noun's stand-in only where "support" follows the share
        found: list[str] = []
        for m in (
            _POSSESSOR_OF_SUPPORT.search(clause),
            _POSSESSOR_BEFORE.search(clause),
            _SUPPORT_FOR.search(clause),
        ):
            if m is not None:
                found.append(m.group("name"))
        if noun_after:
            m = _SUBJECT.search(clause) or _SUBJECT_ANY_VERB.search(clause)
            if m is not None:
                found.append(m.group("name"))
        after = _SUPPORTED_AFTER.match(text, n.end, s.end)
        if after is not None:
            found.append(after.group("name"))
        for name in found:
            name = re.sub(r"^[Tt]he[ \t]+", "", name)
            if _side(name, options) and not names_who(name, f.population):
                f.answer = tidy(name) or name
                break
