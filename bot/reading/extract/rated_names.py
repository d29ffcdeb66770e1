"""A person's rating told in prose, whose figure the rankers answered with the person's name.

Reports abroad run office-holders' ratings through sentences naming each person beside the share: "Germans are
most satisfied with the finance minister, <Name>, who climbed four points, to 61 percent", "satisfaction with
the work of <Name> (56 percent), <Name> (55 percent) ...", "<Leader> slips two on approval to 41% with
disapproval up two to 52%, while <Rival> gains three to 36% and drops two to 47%". The option is the rating's
(satisfied, approve, ...), the person is the question's subject; the rankers print the name, the strongest
capitalised candidate beside the share.

Here, after grouping, a figure whose answer is a name (capitalised words, no option or party word), in a group
asking a rating or no question at all, takes the option of the rating word written last before it in its
sentence, unless a vote's word ("support", "backing", "polled") stands between them. Where the figure's clause ("while <Rival> gains three to 36% and drops two to 47%") writes no rating
word and holds two shares, and the sentence before it names both sides in order ("approval ... disapproval"),
its first share takes the first side and its second the other. A fixed step: no fitted input moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import PARTY_OPTIONS
from bot.reading.extract.vocab import LABEL_WORDS

# Off: such figures keep the names the rankers chose.
RATED_NAMES = True

_RATING: Final = re.compile(
    r"\b(?P<w>(?:dis)?satisf(?:ied|action)|(?:dis)?approv(?:al|e|es|ed|ing)|(?:un)?favou?r(?:able|ability))\b",
    re.IGNORECASE,
)
_RATING_QUESTION: Final = re.compile(r"satisf|approv|favou?rab|rating", re.IGNORECASE)
# A rating word closing the share's own clause: "18 per cent were dissatisfied", "18 percent of <people>
# dissatisfied" (up to three words between, none a clause's joint or a negation).
_AFTER: Final = re.compile(
    r"[ \t]*(?:%|per[ \t]?cent\b|percent\b)?(?:[ \t]+(?!(?:while|whereas|but|and|who|than|not)\b)[A-Za-z'’]+){0,3}"
    r"[ \t]+(?P<w>(?:dis)?satisfied|(?:dis)?approv(?:e|ed))\b",
    re.IGNORECASE,
)
# A clause's opening inside a sentence: the clause of a second person's shares.
_CLAUSE_OPEN: Final = re.compile(r"\b(?:while|whereas|but)\b|;", re.IGNORECASE)
_NAME: Final = re.compile(r"^[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|von|der|van|da|la|le)){0,4}$")
_REACH: Final = 300
# A no-view option's words: an option already, never a person.
_NO_VIEW: Final = frozenset(
    {"refused", "unsure", "undecided", "neither", "other", "others", "none", "dk", "don't"}
)
# A vote's words after the last rating word: the share is a party's or candidate's vote, not a rating.
_VOTE: Final = re.compile(
    r"\b(?:support|vote|votes|voting|backing|backed|polled|polling|intention|ballot)\b", re.I
)


def _option(word: str) -> str:
    """The option a rating word names ("satisfaction" -> "satisfied", "disapproval" -> "disapprove")."""
    low = word.lower()
    neg = low.startswith(("dis", "un"))
    if "satisf" in low:
        return "dissatisfied" if neg else "satisfied"
    if "approv" in low:
        return "disapprove" if neg else "approve"
    spelled = "favourable" if "our" in low else "favorable"
    return "un" + spelled if neg else spelled


def _is_name(answer: str) -> bool:
    a = answer.strip()
    if not a or _NAME.match(a) is None:
        return False
    words = {w.lower() for w in a.split()}
    return (
        not (words & (LABEL_WORDS | _NO_VIEW))
        and "party" not in words
        and a.lower() not in PARTY_OPTIONS
        and not _RATING.search(a)
    )


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give a named person's rated share the rating's option (see the module's docstring)."""
    if _RATING.search(a.text) is None:
        return
    by_sentence: dict[int, list[Labelled]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    for f in figs:
        if not _is_name(f.answer):
            continue
        if f.question and _RATING_QUESTION.search(f.question) is None:
            continue  # a vote's or another measure's question: the name is its option
        n = a.numbers[f.num_index]
        s = a.sentences[f.sentence]
        after = _AFTER.match(a.text, n.end, min(s.end, n.end + 80))
        if after is not None:
            f.answer = _option(after.group("w"))  # "18 per cent were dissatisfied": its own word
            continue
        lo = max(s.start, n.start - _REACH)
        words = list(_RATING.finditer(a.text, lo, n.start))
        if not words:
            continue
        if _VOTE.search(a.text, words[-1].end(), n.start):
            continue  # "Satisfaction with X rose ... Support for <party> was steady at 29 per cent"
        opens = [m.end() for m in _CLAUSE_OPEN.finditer(a.text, lo, n.start)]
        clause = opens[-1] if opens else lo
        own = [m for m in words if m.start() >= clause]
        if own:
            f.answer = _option(own[-1].group("w"))
            continue
        sides = [_option(m.group("w")) for m in words]
        mates = sorted(
            (g for g in by_sentence[f.sentence] if a.numbers[g.num_index].start >= clause),
            key=lambda g: a.numbers[g.num_index].start,
        )
        if len(mates) == 2 and len(sides) >= 2 and sides[-2] != sides[-1]:
            f.answer = sides[-2] if mates[0] is f else sides[-1]
        else:
            f.answer = sides[-1]
