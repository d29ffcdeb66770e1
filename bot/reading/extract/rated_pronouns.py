"""A printed rating question whose rated name is a pronoun ("Do you have a favorable or unfavorable opinion of
He?", "Do you approve of him?") names the person the pronoun stands for, or prints nothing (a fixed step
after the printing in :mod:`build`; twenty-third round, q26).

The rating templates take the rated name from the words before the figure; where the report points back
with a pronoun ("He might want ... only 10% have a positive opinion"), the pronoun fills the slot. Issue 11's
rule 3 makes such a question garbage. The person is the nearest name before the figure in its own sentence
("... below those of President Ann Lee, who 42% viewed favorably"), or else the subject of one of the two
sentences before (:func:`pronoun_subjects.subject_of`); a name of one word only counts where another printed
question of the passage rates someone of that surname. None found: a capitalised pronoun ("of He?") is
refused; a lower-case one ("the job he is doing", "of him?") is left as the poll may have worded it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.pronoun_subjects import OPENERS, TITLES, person_of, subject_of
from bot.reading.extract.regions import REGION_NAMES

# The rated slot holding a pronoun or a bare function word: after "of"/"job", before the question's end,
# "is doing" or a possessive. Lower case only for the object pronouns a clause asked back keeps ("of him?")
# and the subject of "the job he is doing".
_RATED_PRONOUN = re.compile(
    r"\b(?:of|job)\s+(?P<p>He|She|Her|Him|His|They|Them|Their|It|Its|We|Us|This|That|Who|The|And|But|him|her)"
    r"(?=\?$|\s+is\s+doing\b|['’]s\b)|\bjob\s+(?P<s>he|she)(?=\s+is\s+doing\b)"
)
_RUN = re.compile(r"(?<![\w.'’&-])[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}")
_BACK = 2  # sentences read back for the subject the pronoun stands for
_PLACES = frozenset(US_STATES) | frozenset(REGION_NAMES)  # "New Jersey" is no one's name


def has_rated_pronoun(q: str) -> bool:
    return bool(q) and _RATED_PRONOUN.search(q) is not None


def _known(name: str, rated: str) -> bool:
    """A full name (two words or more, not a place), or one word the passage's other printed questions rate."""
    if name in _PLACES:
        return False
    return len(name.split()) >= 2 or re.search(rf"\b{re.escape(name)}\b", rated) is not None


def _person_in(run: str, rated: str) -> str | None:
    """The person ``run`` names, passing over words before the name that no person is ("Senate Ann Lee")."""
    words = run.split()
    titled = [k for k, w in enumerate(words) if w.lower() in TITLES]
    if titled:  # a place or a party before the office ("Ruritania Gov. Ann Lee")
        words = words[titled[-1] + 1 :]
    for k in range(len(words)):
        if words[k] in OPENERS:
            continue
        name = person_of(" ".join(words[k:]))
        if name is not None and _known(name, rated):
            return name
    return None


def _named_person(a: Analysis, f: Labelled, rated: str) -> str | None:
    if not a.sentences:
        return None
    n = a.numbers[f.num_index]
    s = a.sentences[f.sentence]
    for m in reversed(list(_RUN.finditer(a.text, s.start, n.start))):
        if m.start() == s.start:  # the sentence's first word ("Her numbers ...") may be any capitalised word
            continue
        name = _person_in(m.group(0), rated)
        if name is not None:
            return name
    for i in range(f.sentence - 1, max(-1, f.sentence - 1 - _BACK), -1):
        text = a.sentence_text(i)
        name = subject_of(text)
        if name is not None and _known(name, rated):
            return name
        # else the first name the sentence holds ("After he left the Senate Ann Lee faded ...")
        for m in _RUN.finditer(text):
            name = _person_in(m.group(0), rated)
            if name is not None:
                return name
    return None


def named_or_refused(a: Analysis, figs: Sequence[Labelled], printed: Sequence[str]) -> list[str]:
    """``printed`` with each question whose rated name is a pronoun given the person it stands for, or ""
    where no person is found and the pronoun is capitalised (the figures of one printed question share the name any of them finds, when
    they find one only)."""
    out = list(printed)
    hits = [i for i, q in enumerate(printed) if has_rated_pronoun(q)]
    if not hits:
        return out
    rated = " ".join(q for q in printed if q and not has_rated_pronoun(q))
    found: dict[str, set[str]] = {}
    for i in hits:
        name = _named_person(a, figs[i], rated)
        if name is not None:
            found.setdefault(printed[i], set()).add(name)
    for i in hits:
        q = printed[i]
        m = _RATED_PRONOUN.search(q)
        assert m is not None
        slot = "p" if m.group("p") else "s"
        names = found.get(q, set())
        if len(names) == 1:
            out[i] = f"{q[: m.start(slot)]}{next(iter(names))}{q[m.end(slot) :]}"
        elif m.group(slot)[0].isupper():
            # A capitalised pronoun in the slot is garbage; "the job he is doing" or "of him?" is the poll's
            # own wording where the report named the person further back, and stays.
            out[i] = ""
    return out
