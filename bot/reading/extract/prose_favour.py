"""A named person's favourability written in prose asks about that person.

Reports give a politician's favourability in many shapes the rankers' templates do not read: "NN% view
Ana Ruiz favourably", "she is viewed unfavourably by NN per cent", "NN% rated Ruiz favorably", "Ruiz's
favorability stands at NN/MM", "NN% have a negative impression of Ruiz", "Ruiz posts the worst
unfavorables, NN-MM", "NN percent dislike Ruiz", "NN% rank her favourable". Such figures were left
without a question, took the horse race's vote template, the country's direction, or a favourability
question about a place or a party named nearby.

Here, after clustering (with the approval steps), each figure whose nearest rating word in its sentence is
a favourability word (not an approval, vote or direction word) has its rated one read from the same
sentence: the person nearest before the share in one of the shapes above (a pronoun stands for the person
named last before it; "the prime minister" for the one the passage titles so). A group whose every figure
reads so takes "Do you have a favorable or unfavorable opinion of <Person>?" per figure ("impression"
where the sentence says so; "favourable ... view" in a passage spelling "favourable", as labels abroad
write it). A question already asking the favourability of that person (by surname) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.answer_forms import spells_favour_british
from bot.reading.extract.groups import Labelled, is_unsure, members_by_cluster
from bot.reading.extract.nearest_rating import clause_bounds, clause_kind, sentence_bounds
from bot.reading.extract.prose_approval import names_someone
from bot.reading.extract.question_templates import clean_name, name_people, person_name
from bot.reading.extract.scan import folded

PROSE_FAVOUR = True

# Cheap test first: a passage with none of these words has no favourability in prose.
_ANY_CUE: Final = re.compile(r"(?i)favou?rab|impression|dislike|positively|negatively")
# The same cues as string searches of the folded text (see scan.folded): most posts hold none, and a
# case-blind alternation is tried at every character of the text.
_CUE_WORDS: Final = ("favorab", "favourab", "impression", "dislike", "positively", "negatively")

_NAME = r"(?P<name>(?:[A-Z][\w'’.-]+\s+){0,4}[A-Z][\w'’-]+)"
_PRONOUN = r"(?P<pro>him|her|he|she)"
_ADVERB = r"(?:(?:very|somewhat|more|less|mostly|strongly)\s+)?(?:un)?(?:favou?rably|positively|negatively)"
# Shapes naming the rated one, each with its name (or pronoun) group.
_SHAPES: Final = (
    # "Ruiz's favorability", "Ruiz's worst-ever favourability rating", "Ruiz's unfavorables"
    re.compile(rf"{_NAME}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:un)?favou?rab"),
    # "Her favorability rating ... is NN/MM"
    re.compile(r"\b(?P<pro>His|Her|his|her)\s+(?:[\w-]+\s+){0,2}?(?:un)?favou?rab"),
    # a list of ratings: "Ruiz’s (NN%-MM%)", "Ruiz’ (NN% favorable, ...)", "Sen. Ana Ruiz (NN%-MM%)"
    re.compile(rf"{_NAME}(?:'s|’s|’|')?\s*\((?=\d)"),
    # "..., compared to NN per cent for <party> leader Ruiz"
    re.compile(rf"(?:%|\bper\s*cent|\bpercent)\s+for\s+(?:[a-z]+\s+){{0,2}}?{_NAME}"),
    # "... and Ruiz's is NN/MM" (a second person's share of the same rating)
    re.compile(rf"{_NAME}(?:'s|’s)\s+(?:is|was|at)\s+\d"),
    # "view Ruiz favourably", "rated Ruiz favorably", "seeing him positively"
    re.compile(
        rf"\b(?:view|views|viewed|viewing|rate|rates|rated|rating|see|sees|seeing|saw)\s+(?:[a-z]+\s+){{0,2}}?"
        rf"(?:{_NAME}|{_PRONOUN})"
        rf"\s+{_ADVERB}"
    ),
    # "an unfavourable impression of Ruiz", "a favorable view of her", "dislike Ruiz"
    re.compile(
        rf"\b(?:(?:impression|view|opinion|assessment)s?\s+of|dislikes?)\s+(?:{_NAME}|{_PRONOUN}|(?P<office>the\s+"
        r"(?:prime\s+minister|premier|president|governor|mayor)))\b"
    ),
    # "Ruiz is viewed unfavourably", "he is seen positively"
    re.compile(
        rf"(?:\b(?P<pro2>He|She|he|she)|{_NAME})\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:viewed|seen|rated)\s+{_ADVERB}"
    ),
    # "giving her a favourable mark", "ranking her favourable"
    re.compile(
        rf"\b(?:giving|gave|gives|give|ranking|ranked|ranks|rank)\s+(?:{_NAME}|{_PRONOUN})\s+(?:an?\s+)?(?:un)?favou?rab"
    ),
    # "Ruiz (R) posts the worst unfavorables", "Ruiz had a 38% favourable rating, the best of the three"
    re.compile(
        rf"{_NAME}(?:\s*\([^()]{{0,20}}\))?\s+(?:has|had|holds|held|scored|scores|posted|posts|with|enjoys|earned)"
        r"\s+[^.;:]{0,50}?(?:un)?favou?rab(?:les|ility|le\s+rating)"
    ),
)
# Capitalised words that are a title or an office before a name, skipped when naming the person.
_TITLE_WORDS: Final = re.compile(
    r"^(?:(?:Prime\s+Minister|President|Premier|Governor|Gov\.|Senator|Sen\.|Mayor|Leader|Opposition|"
    r"Conservative|Liberal|Labour|NDP|Party|Democratic|Republican|Former|Rep\.)\s+)+"
)
_ANTECEDENT: Final = re.compile(
    r"\b(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\b"
    r"(?!\s+(?:found|finds|said|says|shows|showed|reports|reported|asked|[Pp]oll|[Ss]urvey)\b)"
)
# Words opening a sentence about a share, not a person ("More than half of ...").
_NOT_SUBJECTS: Final = frozenset(
    {
        *("More", "Less", "Fewer", "Half", "Nearly", "About", "Almost", "Over", "Under", "Very", "Somewhat"),
        # sentence adverbs ("Comparatively, <X>: NN percent favorable")
        *("Comparatively", "Similarly", "Likewise", "Conversely", "Additionally", "Notably", "Finally"),
        *("Separately", "Importantly", "Interestingly", "Currently", "Recently", "Meanwhile", "Overall"),
    }
)
_OFFICE_MENTION: Final = re.compile(
    r"\b[Tt]he\s+(?P<office>prime\s+minister|premier|president|governor|mayor)\b"
)
_FAVOURABLE_Q: Final = re.compile(
    r"^Do you have a favou?rable or (?:an )?unfavou?rable (?:opinion|view|impression) of "
)
_FEELINGS: Final = "Do you have positive or negative feelings about "
_OFFICE_HOLDER = r"\b{office}\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"


def _clean(a: Analysis, raw: str) -> str | None:
    name = re.sub(r"['’]s?$", "", raw.strip())
    name = _TITLE_WORDS.sub("", name)
    if not name or not names_someone(name) or (" " not in name and name in _NOT_SUBJECTS):
        return None
    return clean_name(name)


def _antecedent(a: Analysis, upto: int, lo: int) -> str | None:
    """The person named last before ``upto`` (from ``lo``): what a pronoun stands for."""
    found: tuple[int, str] | None = None
    for m in _ANTECEDENT.finditer(a.text, lo, upto):
        name = _clean(a, m.group())
        if name is not None:
            found = (m.start(), name)
    for m in _OFFICE_MENTION.finditer(a.text, lo, upto):
        name = _office_holder(a, "the " + m.group("office").lower())
        if name is not None and (found is None or m.start() > found[0]):
            found = (m.start(), name)  # "The governor saw her ...": her is the governor
    return found[1] if found else None


_ABBREVIATED: Final = {"Governor": r"(?:Governor|Gov\.)", "Senator": r"(?:Senator|Sen\.)"}


def _office_holder(a: Analysis, office: str) -> str | None:
    words = r"\s+".join(w.capitalize() for w in office.split()[1:])
    words = _ABBREVIATED.get(words, words)
    m = re.search(_OFFICE_HOLDER.format(office=words), a.text)
    return _clean(a, m.group("name")) if m else None


def rated_one(a: Analysis, num: Num) -> str | None:
    """The person whose favourability the share's sentence gives, or None (see module docstring)."""
    lo, hi, before = sentence_bounds(a, num)
    if clause_kind(a, num, lo, hi) != "favour":
        return (
            None  # (the share's own clause says favourable: "..., while impressions of <X> ..." is another's)
        )
    found: list[tuple[int, str]] = []
    for rx in _SHAPES:
        for m in rx.finditer(a.text, lo, hi):
            groups = m.groupdict()
            name: str | None = None
            if groups.get("name"):
                name = _clean(a, groups["name"])
            elif groups.get("office"):
                name = _office_holder(a, groups["office"])
            else:
                start = m.start("pro") if groups.get("pro") else m.start("pro2")
                name = _antecedent(a, start, before)
            if name is not None:
                found.append((m.start(), name))
    if not found:
        return _subject_before(a, num, before, lo)
    clause_lo, clause_hi = clause_bounds(a, num, lo, hi)
    own = [f for f in found if clause_lo <= f[0] < clause_hi]
    prior = [f for f in own or found if f[0] < num.start]
    return (max(prior) if prior else min(own or found))[1]


def _subject_before(a: Analysis, num: Num, before: int, lo: int) -> str | None:
    """The person the share's sentence opens with ("Ruiz breaks even (NN% favourable, ...)"), or, where
    its sentence names no one before the share, the one the sentence before opens with ("Ruiz, by
    contrast, is liked. NN% have a favourable impression ...")."""
    for start in (lo, before):
        if start == lo and _ANTECEDENT.search(a.text, lo, num.start) is None:
            continue  # the share's own sentence names no one: the sentence before may
        if start == before and (before >= lo or _ANTECEDENT.search(a.text, lo, num.start) is not None):
            return None
        end = lo if start == before else num.start
        lead = len(a.text[start:end]) - len(a.text[start:end].lstrip())
        m = _ANTECEDENT.match(a.text, start + lead, end)
        return _clean(a, m.group()) if m is not None else None
    return None


def _respelled(a: Analysis, question: str) -> str:
    """The favourable template as labels abroad write it, in a passage spelling "favourable"."""
    if spells_favour_british(a):
        return question.replace("favorable", "favourable").replace(" opinion of ", " view of ")
    return question


def _question(a: Analysis, name: str, sentence: str) -> str:
    q = name_people(a, f"Do you have a favorable or unfavorable opinion of {name}?")
    if "impression" in sentence.lower():
        q = q.replace(" opinion of ", " impression of ")
    return _respelled(a, q)


def _keeps(a: Analysis, question: str, name: str, sentence: str) -> bool:
    """The question already asks this person's favourability, naming them as this step would (a feelings
    question only where the sentence does not say "favourable")."""
    if name.split()[-1] not in question:
        return False
    m = _FAVOURABLE_Q.match(question)
    if m is not None:
        return question[m.end() :].rstrip("?") == person_name(a, name)
    return question.startswith(_FEELINGS) and not re.search(r"(?i)favou?rab", sentence)


def apply(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> None:
    """Give each group of favourability shares written in prose the question of the person rated."""
    fold = folded(a.text)
    # (Where the folded text holds a cue word, the pattern matches there: it is searched only without one.)
    if not (any(w in fold for w in _CUE_WORDS) if fold is not None else _ANY_CUE.search(a.text)):
        return
    for members in members_by_cluster(cluster_ids).values():
        sides = [i for i in members if not is_unsure(figs[i].answer)]
        if not sides:
            continue
        people = {i: rated_one(a, a.numbers[figs[i].num_index]) for i in sides}
        if 2 * sum(1 for p in people.values() if p) <= len(sides):
            continue  # most of the group is something else (a horse race with a rating beside it)
        for i in members:
            name = people[i] if i in people else _only(people.values())
            if name is None:
                continue
            n = a.numbers[figs[i].num_index]
            sentence = a.sentence_text(n.sentence) if a.sentences else a.text
            current = figs[i].question
            if (
                current
                and current in a.text
                and (_FAVOURABLE_Q.match(current) or current.startswith(_FEELINGS))
            ):
                continue  # a favourability question the passage prints
            if _keeps(a, current, name, sentence):
                figs[i].question = _respelled(a, current)
            else:
                figs[i].question = _question(a, name, sentence)


def _only(names: Iterable[str | None]) -> str | None:
    got = {n for n in names if n}
    return got.pop() if len(got) == 1 else None
