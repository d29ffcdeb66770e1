"""After the late joins: the ratings of two people are two groups.

Reports abroad give a round of leaders' ratings in one run of prose: "48 per cent are satisfied with the
Premier; Opposition leader Ana Kell scores 39 per cent and the Greens' Tom Dray holds 31 per cent". Each leader's rating answers its own question (a battery item, in the labels'
words), yet the link model joins them: they share the wave, the people, the rating's words and often the
chosen question. The text names whom each share rates beside it, and that reading decides here.

A cluster is read only where every figure's sentence names a rating (satisfaction, approval,
favourability, popularity and their opposites) and none names a choice between people (a preferred or
better prime minister, a vote, a race, one ahead of another): a preferred leader's list is one question
whose options are people. Each figure's person is the nearest one named before it in its sentence (back
to the figure before, past numbers that are no figure): a name after a title or office ("Tánaiste Ana
Kell", "Mr Kell", "leader Ana Kell"), after a party's possessive ("the Greens' Tom Dray"), or a
possessive name before a bracket ("Kell's (41%-38%)"). People are told apart by
surname. Walking the cluster in order, a figure naming another person than the one before starts a new
cluster; a figure naming no one ("33 per cent are dissatisfied with him") stays with the person before.
Table cells and list rows are left alone. Runs after clustering and moves no feature.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, in_rows, members_by_cluster
from bot.reading.extract.question_templates import is_party
from bot.reading.extract.rating_lists import RATING_WORDS
from bot.reading.extract.scan import gated, search_at, word_starts

# Off: the clusters are left as the late joins made them.
RATED_PEOPLE = True

# A rating of someone, in the figure's sentence: the rating words of `rating_lists`, and favourability,
# popularity and a rating named as such.
_RATED: Final = gated(
    re.compile(
        rf"{RATING_WORDS.pattern}|\b(?:(?:un)?favou?rab(?:le|ly|ility)|ratings?|popular(?:ity)?|positively|negatively)\b",
        re.IGNORECASE,
    )
)
# A choice between people (one question whose options are people), in any member's sentence.
_CHOICE: Final = re.compile(
    r"\b(?:prefer(?:s|red|ence)?|better|best|choice|choose|chose|chosen|votes?|voting|ballot|race|contest"
    r"|primary|nominee|nomination|ahead|behind|leads?|leading|trails?|trailing|versus|vs)\b",
    re.IGNORECASE,
)
_NAME: Final = r"[A-Z][\w'’-]*[\w]"
# A person as the clause names one: after a title or office, after a party's possessive, or a possessive
# name right before a bracket.
_PERSON: Final = re.compile(
    r"\b(?:Taoiseach|T[áa]naiste|[Ll]eader|Prime\s+Minister|Premier|President|Chancellor|Minister"
    r"|Mr|Ms|Mrs|Dr|Sen|Gov|Rep)\.?,?\s+"
    rf"(?P<titled>{_NAME}(?:\s+{_NAME}){{0,3}})"
    rf"|\b(?P<owner>{_NAME}(?:\s+{_NAME})?)['’]s?\s+(?P<owned>{_NAME}(?:\s+{_NAME}){{0,3}})"
    rf"|\b(?P<bracketed>{_NAME}(?:\s+{_NAME}){{0,2}})['’]s?\s*\((?=\s*\d)"
)
_TITLES: Final = frozenset({"mr", "ms", "mrs", "dr", "sen", "gov", "rep"})


def _surname(words: str) -> str | None:
    """The person's surname from the matched name ("Mr Gerry Adams's" -> "adams"), or None where the
    words name a party or nothing."""
    if is_party(words):
        return None
    tokens = [t for t in re.split(r"\s+", words) if t.lower().rstrip(".") not in _TITLES]
    if not tokens:
        return None
    last = re.sub(r"['’]s?$", "", tokens[-1])
    return last.lower() if len(last) > 1 else None


def _people_in(a: Analysis, lo: int, hi: int) -> list[str]:
    found = []
    for m in _PERSON.finditer(a.text, lo, hi):
        if m.group("owned") and not is_party(m.group("owner")):
            continue  # a possessive names a person's party ("Labour's Ana Kell"), not a headline's words
        name = m.group("titled") or m.group("owned") or m.group("bracketed")
        who = _surname(name) if name else None
        if who:
            found.append(who)
    return found


def _person(a: Analysis, figs: list[Labelled], k: int, shares: list[int]) -> str | None:
    """The person figure ``k``'s clause names: the nearest before it, back to the figure before in its
    sentence. Not after it: there the next share's person stands ("DeSantis' (80% favorable, 6%
    unfavorable), Cruz's (73%-13%)")."""
    num = a.numbers[figs[k].num_index]
    s = a.sentences[num.sentence]
    pos = shares.index(figs[k].num_index)
    before = a.numbers[shares[pos - 1]].end if pos > 0 else 0
    back = _people_in(a, max(s.start, before), num.start)
    return back[-1] if back else None


# A word every match of _RATED holds (lower case): a folded passage with none cannot match.
_RATED_WORDS: Final = (
    "satisf",
    "approv",
    "preferred",
    "better",
    "favorab",
    "favourab",
    "rating",
    "popular",
    "positively",
    "negatively",
)


# At most this many characters open a match of _RATED before its word ("dis", "un"): every match starts
# within it before an occurrence of one of _RATED_WORDS.
_RATED_LEAD: Final = 3


def _rated_passage(a: Analysis) -> bool:
    """Whether the passage writes a rating word (_RATED), tried only where the folded passage writes one of
    its words, at the offsets up to :data:`_RATED_LEAD` before each (the case-blind pattern is otherwise
    tried at every character of the passage)."""
    fold = a.folded
    if fold is None:
        return _RATED.search(a.text) is not None
    found = word_starts(fold, _RATED_WORDS)
    if not found:
        return False
    starts = sorted({max(0, at - k) for at in found for k in range(_RATED_LEAD + 1)})
    return search_at(_RATED.compiled, a.text, starts) is not None


def split_people(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each rating cluster cut where its figures name another person (see the module
    docstring); ids renumbered in order of first appearance."""
    if not RATED_PEOPLE or len(figs) < 2 or not a.sentences or not _rated_passage(a):
        return cluster_ids
    ids = list(cluster_ids)
    shares = sorted(f.num_index for f in figs)
    fresh = max(ids) + 1
    for members in members_by_cluster(ids).values():
        if len(members) < 2:
            continue
        if any(a.layout.places[figs[i].num_index].col is not None or in_rows(a, figs[i]) for i in members):
            continue
        spans = [a.sentences[figs[i].sentence] for i in members]
        if not all(_RATED.search(a.text, s.start, s.end) for s in spans):
            continue
        if any(_CHOICE.search(a.text, s.start, s.end) for s in spans):
            continue
        current: str | None = None
        cut = False
        for i in sorted(members, key=lambda j: figs[j].num_index):
            who = _person(a, figs, i, shares)
            if who is not None and current is not None and who != current:
                fresh += 1
                cut = True
            if who is not None:
                current = who
            if cut:
                ids[i] = fresh
        fresh += 1
    return in_order(ids)
