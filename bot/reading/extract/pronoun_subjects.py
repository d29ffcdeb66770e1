"""A pronoun subject of a two-sided pair: "He led his opponent ... by 46 to 44", "Nationally she's at 58%
to 19% for <rival>". The person the pronoun stands for is named as the subject of the sentence before
("<Name> continues to lead ...", "Democratic Rep. <Name> is ahead ..."), so that name is the pair's first
side.

Only the sentence right before is read, and only a name that acts as a subject there (a capitalised run
followed by a verb, not after a preposition); a party or office word alone ("GOP", "Democratic") is never
the person. The pair modules (``split_pairs``, ``lead_pairs``) call :func:`pronoun_subject` when the clause
of the pair opens with the pronoun and names no subject of its own.
"""

from __future__ import annotations

import re

from bot.reading.extract.vocab import PARTY_WORDS, POLLSTER_RE

_REACH = 400  # characters read back from the pair for its own clause and the sentence before
_CHAIN = 2  # sentences read back at most, through one that opens with the same pronoun

# The end of a sentence (its stop and closing quote or bracket, then space) or a blank line.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*[ \t\n]+|\n[ \t]*\n")
# A clause that opens with the pronoun, after at most one adverb ("Nationally she's", "Overall, he").
_PRONOUN_OPEN = re.compile(
    r"^[ \t\n]*(?:[A-Z][a-z]+ly,?[ \t]+|[A-Z][a-z]+,[ \t]+)?(?:He|She|he|she)(?:['’]s)?\b"
)
# A capitalised run and the word after it; the run is a subject when that word is a verb.
_RUN_THEN_WORD = re.compile(
    r"(?<![\w.'’&-])(?P<run>[A-Z][\w.'’&-]*(?:[ \t\n]+[A-Z][\w.'’&-]*){0,4})[ \t\n]+(?P<word>[a-z]+)\b"
)
_VERBS = frozenset(
    [
        "is",
        "was",
        "has",
        "had",
        "led",
        "won",
        "ran",
        "kept",
        "got",
        "holds",
        "leads",
        "trails",
        "remains",
        "can",
        "will",
        "would",
        "may",
        "might",
        "could",
        "now",
        "still",
        "also",
        "only",
        "just",
        "narrowly",
        "easily",
        "clearly",
        "currently",
        "again",
        "continues",
    ]
)
# Plural nouns that end like a verb in "-s" and follow a place or party ("Iowa voters").
_NOUNS = frozenset(
    [
        "voters",
        "polls",
        "numbers",
        "supporters",
        "residents",
        "respondents",
        "adults",
        "members",
        "primaries",
        "caucuses",
        "results",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "in",
        "of",
        "for",
        "over",
        "to",
        "with",
        "against",
        "by",
        "than",
        "on",
        "at",
        "from",
        "into",
        "among",
        "about",
        "behind",
        "ahead",
        "like",
        "as",
    ]
)
# Words that are a party, an office or a role, never the person the pronoun stands for.
_NOT_PERSON = PARTY_WORDS | frozenset(
    [
        "greens",
        "conservatives",
        "labor",
        "liberals",
        "senate",
        "house",
        "congress",
        "party",
        "poll",
        "survey",
    ]
)
# Capitalised words that open a sentence and are no one's name.
OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "For",
        "In",
        "On",
        "At",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "But",
        "And",
    ]
)
TITLES = frozenset(
    [
        "republican",
        "democrat",
        "democratic",
        "gop",
        "libertarian",
        "independent",
        "sen.",
        "sen",
        "senator",
        "rep.",
        "rep",
        "representative",
        "gov.",
        "gov",
        "governor",
        "former",
        "incumbent",
        "u.s.",
        "state",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "president",
        "vice",
    ]
)


def _is_verb(word: str) -> bool:
    if word in _VERBS:
        return True
    if word in _NOUNS or word in _PREPOSITIONS:
        return False
    return (word.endswith("s") and not word.endswith("ss")) or word.endswith("ed")


def _clause_start(text: str, pos: int) -> int:
    return prose_sentence_start(text, pos)


def prose_sentence_start(text: str, pos: int, reach: int = _REACH) -> int:
    """Where the sentence holding ``pos`` starts, read back at most ``reach`` characters: past a single line
    break (hard-wrapped prose, where the sentence splitter may start a sentence at every line), never past a
    sentence's stop or a blank line."""
    lo = max(0, pos - reach)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def prose_sentence_end(text: str, pos: int, reach: int = _REACH) -> int:
    """Where the sentence holding ``pos`` ends (its stop, or a blank line), read on at most ``reach``
    characters and past single line breaks (see :func:`prose_sentence_start`)."""
    hi = min(len(text), pos + reach)
    m = _SENTENCE_END.search(text, pos, hi)
    return m.start() + 1 if m is not None else hi


def person_of(run: str) -> str | None:
    """``run`` without the party, office or role words before it; None when nothing but those is left."""
    words = run.split()
    while words and words[0].lower() in TITLES:
        words.pop(0)
    name = re.sub(r"['’]s?$", "", " ".join(words)).rstrip(".")
    if not name or any(w.lower() in _NOT_PERSON for w in name.split()):
        return None
    if POLLSTER_RE.search(name) is not None:
        return None
    return name


def subject_of(sentence: str) -> str | None:
    """The person named as the subject of ``sentence``: its first capitalised run that a verb follows and
    no preposition precedes, with party and office words dropped."""
    for m in _RUN_THEN_WORD.finditer(sentence):
        if not _is_verb(m.group("word")):
            continue
        head = sentence[: m.start()].split()
        if head and head[-1].lower() in _PREPOSITIONS:
            continue
        name = person_of(m.group("run"))
        if name is not None and name.split()[0] not in OPENERS:
            return name
    return None


def pronoun_subject(text: str, pos: int) -> str | None:
    """The person a pronoun opening the clause before ``pos`` stands for, or None when the clause does not
    open with "he"/"she", the clause names a subject of its own, or the sentence before names no person as
    its subject. A sentence before that opens with the pronoun too hands the search one sentence further
    back ("<Name> leads. Nationally she's at 58% to 19%. She's even stronger in <place> at 68% to 21%")."""
    start = _clause_start(text, pos)
    if _PRONOUN_OPEN.match(text[start:pos]) is None or subject_of(text[start:pos]) is not None:
        return None  # no pronoun opens the clause, or the clause names its own subject after it
    for _ in range(_CHAIN):
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0:
            return None
        prev = _clause_start(text, end - 1)  # before the previous sentence's own stop
        name = subject_of(text[prev:end])
        if name is not None or _PRONOUN_OPEN.match(text[prev:end]) is None:
            return name
        start = prev
    return None
