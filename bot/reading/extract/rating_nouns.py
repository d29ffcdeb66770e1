"""A rating named by its noun right before a share: "satisfaction with the premier has fallen to 31 per
cent", "the mayor's approval ratings went up from 48 to 53 per cent", "dissatisfaction with her rose to
58%", "more are dissatisfied (40%) than satisfied (35%)".

The ranker reads the clause's name ("the premier", "the mayor") or a stray word as the answer, though the
option is the rating the noun names: "satisfied", "dissatisfied", "approve", "disapprove". Here the
nearest rating word before a figure in its own clause (no comma, clause break or other number between)
gives the figure that option, where the ranker's answer names none of the rating's options. A figure
joined to such a figure by "from" ("fell to 31 per cent, down from 35") takes the same option, and so
does a share written right before the noun ("a 44% job approval rating"). The second share of a pair
("44 - 48 percent approval") is left to ``split_pairs``, which runs after this and reads both sides.

Runs after grouping (as ``change_clauses`` does), so no feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.scan import Gated, gated

# Off: the ranker's answers stand.
RATING_NOUNS = True

# A rating word and the option it names. Nouns and the adjectives of satisfaction name the option
# wherever they head the clause; the verbs only right before the share's parenthesis ("disapprove of
# the premier (55%)").
WORD_OPTION: Final = {
    "satisfaction": "satisfied",
    "dissatisfaction": "dissatisfied",
    "satisfied": "satisfied",
    "dissatisfied": "dissatisfied",
    "approval": "approve",
    "disapproval": "disapprove",
    "approve": "approve",
    "disapprove": "disapprove",
    "approving": "approve",
    "disapproving": "disapprove",
    "favorability": "favorable",
    "favourability": "favourable",
    "favorable": "favorable",
    "unfavorable": "unfavorable",
    "favourable": "favourable",
    "unfavourable": "unfavourable",
}
# A favourability rating by its noun or adjective ("an unfavourable view of <name> stood at 47%", "a
# favorability rating with Democrats of 90/5"; US and British spelling).
_FAVOUR = r"(?:un)?favou?rable|favou?rability"
_CUE: Final = gated(
    re.compile(r"\b(?:(?:dis)?(?:satisfaction|satisfied|approval)|" + _FAVOUR + r")\b", re.IGNORECASE)
)
# With the verbs too: where the ranker read a bare rating word, a verb written nearer decides its side.
_CUE_OR_VERB: Final = re.compile(
    r"\b(?:dis)?(?:satisfaction|satisfied|approval|approve|approving)\b", re.IGNORECASE
)
_VERB_BEFORE_PAREN: Final = re.compile(
    r"\b(?P<verb>disapprove|approve)\b[^,;:.!?()\d%]{0,60}\($", re.IGNORECASE
)
# What ends a clause between a rating word and a share: punctuation, a joining word, a relative pronoun.
_BREAK: Final = re.compile(
    r"[,;:!?]|\.(?:\s|$)|\b(?:while|whereas|but|and|compared|than|who|which|that|those|among)\b",
    re.IGNORECASE,
)
# Right after a share: "a 44% job approval rating".
_NOUN_AFTER: Final = re.compile(
    r"(?:[ \t]*-?[ \t]*(?:%|percent\b|per[ \t]?cent\b))?[ \t]+(?:job[ \t]+)?"
    r"(?P<noun>(?:dis)?approval|(?:dis)?satisfaction|favou?rability)\b",
    re.IGNORECASE,
)
# An adverb closing the share's clause: "35% viewed him favorably", "39% of voters see <name> favourably"
# (not past a clause break: in "35% who view him favorably back him" the adverb tells the people).
_ADVERB_AFTER: Final = gated(
    re.compile(
        r"(?:[ \t]*(?:%|percent\b|per[ \t]?cent\b))?(?:[ \t]+[^\W\d][\w'’]*){1,8}?[ \t]+"
        r"(?P<adverb>(?:un)?favou?rably)\b",
        re.IGNORECASE,
    )
)
# A verb of rating closing the share's clause: "75 percent approve of <name>", "31 per cent say they
# approve", "52 percent of voters saying they disapprove", "Eighty-five percent (85%) of <people>
# disapprove" (not past a clause break, nor negated).
_VERB_AFTER: Final = gated(
    re.compile(
        r"(?:[ \t]*(?:%|percent\b|per[ \t]?cent\b))?\)?(?:[ \t]*\([ \t]*\d+(?:\.\d+)?[ \t]*%[ \t]*\))?"
        r"(?P<gap>(?:[ \t]+[^\W\d][\w'’]*){0,5}?)[ \t]+(?P<verb>(?:dis)?approv(?:e|es|ed|ing))\b",
        re.IGNORECASE,
    )
)
_NEGATION: Final = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
ADVERB_OPTION: Final = {
    "favorably": "favorable",
    "unfavorably": "unfavorable",
    "favourably": "favourable",
    "unfavourably": "unfavourable",
}
# Between two shares of one option's change: "to 31 per cent, down four points from 35".
_FROM_LINK: Final = re.compile(r"^[^;:.!?\d]{0,40}\bfrom[ \t]+$", re.IGNORECASE)
# "rose from 41 per cent to 47 per cent": the later wave of a "from ... to" pair.
_TO_LINK: Final = re.compile(r"^[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]+to[ \t]+$", re.IGNORECASE)
_FROM_BEFORE: Final = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)
# Between the two shares of a pair: "44 - 48", "44% to 48%", "44/48".
_PAIR_LINK: Final = re.compile(
    r"^[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]*(?:-|–|—|to|/)[ \t]*$", re.IGNORECASE
)
# Words of an answer that already name an option of a rating (or another option the ranker read).
_OPTION_WORDS: Final = frozenset(
    {
        "satisfied",
        "dissatisfied",
        "approve",
        "disapprove",
        "approving",
        "disapproving",
        "unsure",
        "sure",
        "know",
        "opinion",
        "undecided",
        "neither",
        "refused",
        "strongly",
        "somewhat",
        "very",
        "fairly",
        "total",
        "net",
        "yes",
        "no",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
    }
)


_OPPOSITE: Final = {
    "satisfied": "dissatisfied",
    "dissatisfied": "satisfied",
    "approve": "disapprove",
    "disapprove": "approve",
}


def _names_option(answer: str) -> bool:
    return any(w in _OPTION_WORDS for w in re.findall(r"[a-z]+", answer.lower()))


def _cue_before(text: str, lo: int, hi: int, cues: re.Pattern[str] | Gated) -> str | None:
    """The option of the nearest rating word in ``text[lo:hi]`` with no clause break after it."""
    span = text[lo:hi]
    verb = _VERB_BEFORE_PAREN.search(span)
    if verb is not None and _BREAK.search(span, verb.end("verb")) is None:
        return verb.group("verb").lower()
    last = None
    for m in cues.finditer(span):
        last = m
    if last is None or _BREAK.search(span, last.end()) is not None:
        return None
    return WORD_OPTION[last.group(0).lower()]


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give figures headed by a rating noun the option it names (see the module docstring)."""
    if not RATING_NOUNS:
        return
    text = a.text
    order = sorted(figs, key=lambda f: a.numbers[f.num_index].start)
    set_here: dict[int, str] = {}
    for k, f in enumerate(order):
        # A bare rating word the ranker read may be the rating's other side ("... and disapproval at 47%"
        # read as "approve"); any other option word stands.
        bare = " ".join(f.answer.lower().split())
        n = a.numbers[f.num_index]
        s = a.sentences[f.sentence]
        if bare in ("", "yes", "no"):
            verb = _verb_after(text, n.end, s.end)
            if verb is not None:
                f.answer = verb
                set_here[f.num_index] = verb
                continue
        if _names_option(f.answer) and bare not in _OPPOSITE:
            continue
        prev = order[k - 1] if k > 0 and order[k - 1].sentence == f.sentence else None
        lo = a.numbers[prev.num_index].cand.mark_end if prev is not None else s.start
        waves = prev is not None and _FROM_BEFORE.search(
            text, max(s.start, a.numbers[prev.num_index].start - 20), a.numbers[prev.num_index].start
        )
        if prev is not None and not waves and _PAIR_LINK.match(text[lo : n.start]):
            continue
        cues = _CUE_OR_VERB if bare in _OPPOSITE else _CUE
        option = _cue_before(text, max(lo, n.start - 100), n.start, cues)
        if (
            option is None
            and prev is not None
            and prev.num_index in set_here
            and (_FROM_LINK.match(text[lo : n.start]) or (waves and _TO_LINK.match(text[lo : n.start])))
        ):
            option = set_here[prev.num_index]
        if option is None:
            after = _NOUN_AFTER.match(text, n.end, s.end)
            if after is not None:
                option = WORD_OPTION[after.group("noun").lower()]
        if option is None:
            adverb = _ADVERB_AFTER.match(text, n.end, s.end)
            if adverb is not None and _BREAK.search(text, n.end, adverb.start("adverb")) is None:
                word = adverb.group("adverb").lower()
                option = ADVERB_OPTION.get(word, "unfavourable" if word.startswith("un") else "favourable")
        if option is None and bare not in _OPPOSITE:
            option = _verb_after(text, n.end, s.end)
        if option is not None:
            f.answer = option
            set_here[f.num_index] = option


def _verb_after(text: str, end: int, stop: int) -> str | None:
    """The option of a rating verb closing the clause of a share ending at ``end`` (see ``_VERB_AFTER``)."""
    got = _VERB_AFTER.match(text, end, stop)
    if got is None or _BREAK.search(got.group("gap")) or _NEGATION.search(got.group("gap")):
        return None
    if not got.group("verb").islower():
        return None  # "Approve: 36% Disapprove: 61%": the next cell's label, not a verb
    return "disapprove" if got.group("verb").lower().startswith("dis") else "approve"
