"""Labels for a figure: who was asked (population) and which option the figure belongs to (answer).

Everything here reads a bounded window around one number, so the cost per figure is constant.
"""

from __future__ import annotations

import bisect
import itertools
import re
from operator import itemgetter

from bot.reading.extract.fuzzy import close_match
from bot.reading.extract.memo import per_text
from bot.reading.extract.population_spans import (
    RACE_NOUNS,
    predicate_clause,
    runs_on,
)
from bot.reading.extract.scan import WordStarts, finditer_at, finditer_word, folded, longest_first
from bot.reading.extract.vocab import (
    DAY_WORDS,
    GENERIC_POPS,
    NOT_NAMES,
    OPINION_VERBS,
    PARTY_PLURALS,
    POLLSTERS,
    POP_HEADS,
    POP_MODS,
    REGIONS,
    TITLES,
)

_WORD = re.compile(r"[A-Za-z0-9][\w.'’+-]*")
# Demonyms name who was asked too: "adult Kentuckians", "New Yorkers", "Wisconsinites".
_DEMONYM = (
    r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|ites)|(?:New\s+York|Maryland|Vermont|Main|Michigand|London|Island)ers"
    # Peoples whose names take other endings ("1,100 Poles", "adult Filipinos", "most Spaniards").
    r"|Spaniards|Poles|Swedes|Danes|Finns|Filipinos|Israelis|Pakistanis|Bangladeshis|Iraqis|Kiwis|Turks|Greeks"
    r"|Czechs|Slovaks|Thais|Quebecers|Quebeckers)"
)
# Every head and demonym opens with a letter: the lookahead lets the engine pass over the other word
# boundaries (word ends, digits) in one step instead of trying the whole alternation there.
_HEAD_FIRST = "A-Za-z" + "".join(sorted({re.escape(w[:1]) for w in POP_HEADS if w and not w[:1].isascii()}))
_POP_HEAD_RE = re.compile(
    r"\b(?=[" + _HEAD_FIRST + r"])(?:" + longest_first(POP_HEADS) + "|" + _DEMONYM + r")\b",
    re.IGNORECASE,
)
# Public name for stages that look for where populations are named (groups.py's link cues).
POP_HEAD_RE = _POP_HEAD_RE
_THOSE = re.compile(r"\bthose\b", re.IGNORECASE)


# Where a match of _POP_HEAD_RE can start, found without the engine's pass over every character: at an
# occurrence of a head word (see scan.WordStarts), or at an ASCII capital (every demonym alternative
# opens on one, case-sensitively). The pattern decides at each.
_HEAD_STARTS = WordStarts(h.lower() for h in POP_HEADS)
_CAPITAL = re.compile(r"[A-Z]")


@per_text  # the passage cues and the group links both look for where populations are named
def pop_head_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names a population head word ("voters", "Republicans", "Ohioans"), in order."""
    fold = folded(text)
    if fold is None:
        return tuple(m.span() for m in _POP_HEAD_RE.finditer(text))
    starts = _HEAD_STARTS.starts(fold, (m.start() for m in _CAPITAL.finditer(text)))
    return tuple(m.span() for m in finditer_at(_POP_HEAD_RE, text, starts))


def _wordy(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def names_no_population(
    text: str,
    spans: tuple[tuple[int, int], ...],
    start: int,
    end: int,
    those: tuple[tuple[int, int], ...] | None = None,
) -> bool:
    """True when :func:`population_in` of ``text[start:end]`` is sure to find nothing: no head word of
    the whole text's scan (``spans``, from :func:`pop_head_spans`) lies in the span, no "those" either,
    and neither end of the span cuts a word (a cut word could read as a head word on its own)."""
    if 0 < start < len(text) and _wordy(text[start - 1]) and _wordy(text[start]):
        return False
    if 0 < end < len(text) and _wordy(text[end - 1]) and _wordy(text[end]):
        return False
    k = bisect.bisect_left(spans, (start, -1))
    if k < len(spans) and spans[k][0] < end:
        return False  # a head word starts inside
    if k > 0 and spans[k - 1][1] > start:
        return False  # a head word runs into the span
    # No "those" inside: read off one scan of the whole text. (A search of the span alone could also
    # find one cut off by the span's end, but then the end cuts a word, which was ruled out above.)
    if those is None:
        those = those_spans(text)
    j = bisect.bisect_left(those, (start, -1))
    return j == len(those) or those[j][1] > end


@per_text
def those_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` says "those" (the one scan :func:`names_no_population` reads)."""
    # (found where the folded text holds "those", as the pattern would: its every match starts so)
    return tuple(m.span() for m in finditer_word(_THOSE, text, folded(text), "those", 0, len(text)))


_QUALIFIER = re.compile(
    r"""(?:
        ,?\s*(?:aged|ages|age)\s+(?:(?:over|under)\s+)?\d+\s*(?:\+|(?:-|–|to)\s*\d+|(?:and|or)\s+(?:older|over|up|above))?
      | \s+(?:under|over)\s+(?:the\s+age\s+of\s+)?\d+(?:\s+years?\s+old)?
      | \s+(?:younger|older)\s+than\s+\d+(?:\s+years?\s+old)?  # "adults younger than 30"
      | \s+in\s+their\s+(?:early\s+|late\s+|mid-?)?  # an age decade: "voters in their 30s", "in their late forties"
        (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|['’]?[1-9]0s)
      | \s+\d+(?:\s*\+|\s*(?:-|–|to)\s*\d+)?(?:\s+(?:or|and)\s+(?:older|over|up|above|younger|under))?
        (?:\s+years?\s+old)?
      | \s+with(?:out)?\s+(?:a\s+|an\s+|no\s+)?(?:college|university|four-year|bachelor['’]?s|high[\s-]school|
        post-?graduate|graduate|advanced)\s+
        (?:degrees?|diplomas?|education)  # an education subgroup: "adults without a college degree"
      | \s+with(?:out)?\s+(?:a|any)\s+degree\b  # "men without a degree"
      | \s+with\s+some\s+college\b  # "White men with some college"
      | \s+of\s+(?:[\w-]+\s+){0,2}?(?:children|kids)(?:\s+under\s+\d+)?  # "parents of school-age children"
      | \s+(?:living\s+)?in\s+(?:the\s+)?
        (?!(?:[A-Z][\w.'’/-]*\s+){1,3}(?:poll|survey|sample|panel|study)\b)  # "in the Emerson survey": whose poll
        (?!(?:['‘’"“]?[A-Z][\w.'’/-]*['’"”]?\s+|of\s+|the\s+){1,8}(?:poll|survey|sample|panel|study)\b)  # a long name
        (?>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})
        (?!\s+(?:"""
    + RACE_NOUNS
    + r""")\b)  # "in the Governor race": a contest, not a place
      | \s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}
      | \s+likely\s+to\s+vote(?:\s+in\s+[^,;.()]{0,60})?
      | \s+(?:who|that(?!\s+(?:year|month|week|day|night|time|election|cycle|season|spring|summer|fall|autumn|winter)\b))
        \s+[^,;:()]{2,80}  # "that year" after a population is when, not a relative clause
    )""",
    re.VERBOSE,
)
_STOP_VERB = re.compile(rf"\s+(?:{OPINION_VERBS}|say|thought|realize|backed|favored)\b", re.IGNORECASE)
_FIXABLE_MODS = ("registered", "likely", "eligible", "self-described", "self-identified", "independent")
_FUZZY_TARGETS = (
    "registered voters",
    "likely voters",
    "republicans",
    "democrats",
    "independents",
    "americans",
    "adults",
    "respondents",
)
_AUX = (
    "is|are|was|were|should|would|will|can|could|has|have|had|does|do|did|must|might|may|"
    "shall|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|won't|can't|doesn't|don't|didn't"
)
_AUX_RE = re.compile(rf"\b(?:{_AUX})\b", re.IGNORECASE)


_SPACES = re.compile(r"\s+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PREFIXED = re.compile(r"(?:self|non|pro|anti)-[a-z]+")
_LEAD_DET = re.compile(r"^(?:the|all|of)\s+", re.IGNORECASE)
_THOSE_AGED = re.compile(r"^those\s+(?=aged\b)", re.IGNORECASE)
_YEARS_OLD = re.compile(r"\s+years?\s+old$")
_GOP = re.compile(r"\bGOP\b(?=\s+\w)")
_PAREN_COLON_END = re.compile(r"[(:]\s*$")
_FREQ_END = re.compile(r"(?<=[A-Za-z])\s+\d[\d,]*\s*$")
_WORD_SPACE_END = re.compile(r"[A-Za-z.]\s+$")
_REL_CLAUSE_END = re.compile(r",\s*(?:who|which|whose)\b[^,]*,\s*$")
_COMMA_END_ONLY = re.compile(r"[,;]\s*$")
_LEAD_REL = re.compile(r"^(?:who|that|which)\s+", re.I)
_LEAD_NUMBER = re.compile(r"(?:\d|and\s+\d)")
# A figure followed by a place or group ("18% in Ohio", "among ...") has no answer here; "in favor" is one.
_LEAD_PREP = re.compile(r"(?:in(?!\s+favou?r\b)|among|from|across|at|on|to)\b", re.I)
_TRAIL_FUNCTION = re.compile(r"\s+(?:to|of|at|in|for|by|from|with|than|the|a|an)$", re.I)
_CLAUSE_END_START = re.compile(r"\s*(?:[,;:()]|\.(?:\s|$)|$)")


def _clean(s: str) -> str:
    s = _SPACES.sub(" ", s).strip(" \t\n,;:.-–—\"'“”‘’()")
    return s


_PLACE_FIRST = frozenset({"New", "North", "South", "West", "East", "Rhode", "Puerto"})
# The head may not be the "-leaning" modifier itself: "Republicans and Republican-leaning independents".
_COORD = re.compile(
    r"\s+(?:and|or)\s+(?:[\w-]+-leaning\s+|(?:self-)?[\w-]+\s+){0,2}?(?P<head>(?![\w-]+-leaning\b)[A-Za-z'-]+)\b"
)


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _head_ok(chunk: str, start: int, end: int) -> bool:
    """A head word found at ``chunk[start:end]`` names people here (and is not a possessive's)."""
    if chunk[start:end] in PARTY_PLURALS:
        # "the Conservatives" is a party; "self-identified conservatives" a population.
        before = chunk[:start].rstrip().lower()
        if not before.endswith(("self-identified", "self-described", "very", "moderate")):
            return False
    if chunk[start:end] in _NAME_WORDS and _NAME_GOES_ON.match(chunk, end):
        return False  # "Chicago Public Schools", "People Before Profit": a body's or party's name
    if COUNTED_IN.match(chunk, end) is not None:
        return False  # "When leaners are included, X leads 49% to 42%": the whole sample, counted with them
    return not chunk.startswith(("'", "’"), end)


# People added into a count of the whole sample ("when leaners are included", "with undecideds pushed",
# "once leaners are allocated"): the figure is the sample's, not theirs.
COUNTED_IN = re.compile(
    r"[”\"’']?[ \t]+(?:are|were|is)[ \t]+(?:also[ \t]+)?(?:included|counted|added|allocated|pushed|factored[ \t]+in)\b"
)


# Head words that, capitalised and followed by another capitalised word, are part of a proper name rather
# than people ("Public Health", "the People Before Profit party"); "the Public" alone still names people.
_NAME_WORDS = frozenset({"Public", "People"})
_NAME_GOES_ON = re.compile(r"[ \t-]+(?-i:[A-Z][a-z])")


_WORD_TAIL = frozenset(".'’+-_")
_MODIFIERS_READ = 5  # population_in reads at most this many words before a head
_BACK_CHARS = 120


def _words_before(chunk: str, end: int) -> list[re.Match[str]]:
    """``_WORD.finditer(chunk, 0, end)`` as far as its last :data:`_MODIFIERS_READ` matches go.

    A scan from just after a character no word holds (not ``\\w`` nor ``.'’+-``) finds the same words
    as one from the start, since no word runs across that character: so only a short stretch before
    ``end`` is scanned, and the whole prefix only when it holds too few words."""
    p = end - _BACK_CHARS
    if p > 0:
        while p > 0 and (chunk[p - 1].isalnum() or chunk[p - 1] in _WORD_TAIL):
            p -= 1
        if p > 0:
            words = list(_WORD.finditer(chunk, p, end))
            if len(words) >= _MODIFIERS_READ:
                return words
    return list(_WORD.finditer(chunk, 0, end))


# (a comma inside a sum of money, "$100,000", does not end the phrase)
_THOSE_REST = re.compile(r"\s+(?:[^,;:()]|(?<=\d),(?=\d{3})){2,70}")
_THOSE_PARTICIPLE = re.compile(r"\s+[a-z]+ed\b")
_THOSE_ASKED = re.compile(r"\s+(?:surveyed|polled|asked|questioned|interviewed|sampled)\s*")
# An office or a stretch of time is not a kind of voter: "a year into her Governorship voters are split"
# names voters, and the capital letter belongs to the phrase before them.
_NOT_VOTER_KIND = frozenset(
    {"presidency", "administration", "tenure", "term", "premiership", "governorship", "reign", "era"}
)
_PARTY_BASE = re.compile(
    r"^(?:(?:his|her|their|its)\s+)?(Republican|Democratic|Labour|Conservative)\s+base\b"
)


# Generations, which also stand before a head word as adjectives: "Gen Z voters".
_GENERATIONS = frozenset(
    {"gen z", "gen x", "generation z", "generation x", "silent generation", "greatest generation"}
)
# A head word that is also a capitalised adjective (no plural "s"): "Welsh voters", "Irish adults".
_ADJECTIVE_HEAD = re.compile(r"(?-i:[A-Z][a-z]+)(?<!s)")


@per_text
def population_in(chunk: str, prefer_last: bool) -> tuple[str, int, int] | None:
    """The population named in ``chunk`` (head noun with modifiers and qualifiers): text, start, end."""
    heads = [m.span() for m in _POP_HEAD_RE.finditer(chunk)]
    those = [m.span() for m in _THOSE.finditer(chunk)]
    return _population_at(chunk, heads, those, prefer_last)


def _cuts(text: str, at: int) -> bool:
    """Whether offset ``at`` falls inside a word of ``text``."""
    return 0 < at < len(text) and _wordy(text[at - 1]) and _wordy(text[at])


def _inside(spans: tuple[tuple[int, int], ...], lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The spans of a whole-text scan that lie in ``[lo, hi)``, shifted to the window's offsets; None when
    one crosses either end, or ends right at ``hi`` (a head word may end on an apostrophe, where the
    window's ``\\b`` at its end, seeing no character after it, can differ from the text's)."""
    k = bisect.bisect_left(spans, (lo, -1))
    j = bisect.bisect_left(spans, (hi, -1), k)
    if (k > 0 and spans[k - 1][1] > lo) or (j > 0 and spans[j - 1][1] > hi):
        return None
    if j > k and spans[j - 1][1] == hi:
        return None
    return [(s - lo, e - lo) for s, e in spans[k:j]]


def population_in_span(
    text: str,
    lo: int,
    hi: int,
    prefer_last: bool,
    spans: tuple[tuple[int, int], ...],
    those: tuple[tuple[int, int], ...],
) -> tuple[str, int, int] | None:
    """:func:`population_in` of ``text[lo:hi]``, with its head words and "those" read off the whole
    text's scans (``spans`` from :func:`pop_head_spans`, ``those`` from :func:`those_spans`) instead of
    searching the window again.

    Exact where neither end of the window cuts a word and no match of either scan crosses an end: every
    head word and "those" starts and ends with a letter, so a match at an offset inside the window is
    the one the window's own search finds there. Elsewhere the window is searched itself."""
    chunk = text[lo:hi]
    if _cuts(text, lo) or _cuts(text, hi):
        return population_in(chunk, prefer_last)
    heads = _inside(spans, lo, hi)
    near = _inside(those, lo, hi) if heads is not None else None
    if heads is None or near is None:
        return population_in(chunk, prefer_last)
    return _population_at(chunk, heads, near, prefer_last)


_JOINS = frozenset({"and", "or", "&"})


def _joins_modifiers(chunk: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether ``words[k]`` (the words before a head, nearest first) is an "and"/"or" between two
    lower-case people modifiers ("decided and leaning voters", "leaning or decided voters"): the phrase
    goes on past it. A capitalised word on either side is left alone ("Democrats and independent voters"
    names two peoples, not one)."""
    if words[k].group(0).lower() not in _JOINS or k == 0 or k + 1 >= len(words):
        return False
    after, before = words[k - 1], words[k + 1]
    if chunk[before.end() : words[k].start()].strip() or chunk[words[k].end() : after.start()].strip():
        return False
    pair = (after.group(0), before.group(0))
    heading = all(t.istitle() for t in pair) and chunk[after.end() :].lstrip()[:1].isupper()
    return (heading or all(t.islower() for t in pair)) and all(t.lower() in POP_MODS for t in pair)


def _population_at(
    chunk: str, heads: list[tuple[int, int]], those: list[tuple[int, int]], prefer_last: bool
) -> tuple[str, int, int] | None:
    """:func:`population_in` given where ``chunk`` names head words and "those" (in order)."""
    cands = [h for h in heads if _head_ok(chunk, *h)] + those
    if not cands:
        return None
    cands.sort(key=itemgetter(0))
    k = len(cands) - 1 if prefer_last else 0
    if (
        k + 1 < len(cands)
        and (
            _ADJECTIVE_HEAD.fullmatch(chunk[cands[k][0] : cands[k][1]])
            or chunk[cands[k][0] : cands[k][1]].lower() in _GENERATIONS
        )
        and not chunk[cands[k][1] : cands[k + 1][0]].strip()
    ):
        k += 1  # "Welsh voters", "Gen Z voters": a people's name used as an adjective, before a head word
    start, end = cands[k]
    head_word = chunk[start:end]
    # Modifiers before the head: "2020 Trump voters", "likely GOP primary voters", "U.S. adults".
    fixed_mod: str | None = None
    words = list(reversed(_words_before(chunk, start)))
    edge = start  # where the phrase read so far begins, or the joining "and" before it
    for taken, w in enumerate(words):
        tok = w.group(0)
        low = tok.lower()[:-2] if tok.lower().endswith(("'s", "’s")) else tok.lower()
        if chunk[w.end() : edge].strip(" \t-") or low in _NOT_VOTER_KIND or tok in DAY_WORDS:
            break  # (a day or month: "Tuesday voters" are voters)
        if _joins_modifiers(chunk, words, taken):
            edge = w.start()  # "decided and leaning voters": two kinds of the same people, one phrase
            continue
        if low == "party" and low != tok.lower():
            break  # "the party's 2024 voters": whose voters, said of a party named before
        ok = (
            low in POP_MODS
            or _YEAR.fullmatch(tok) is not None
            or (_is_cap(tok) and tok.strip(".") not in NOT_NAMES)
            or (tok in _PLACE_FIRST and taken > 0 and _is_cap(chunk[w.end() :].lstrip()[:1]))
            or _PREFIXED.fullmatch(low) is not None
        )
        if not ok and taken == 0 and len(low) > 4:
            close = close_match(low, _FIXABLE_MODS, 0.8)
            if close is not None:
                # "regstered voters": an obvious misspelling of a population modifier.
                fixed_mod = close
                start = w.start()
                break
        if not ok or taken >= 4:
            break
        start = edge = w.start()
    co = _COORD.match(chunk, end)
    if co is not None and _POP_HEAD_RE.fullmatch(co.group("head")):
        end = co.end()  # "Republicans and Republican-leaning independents"
    q = _QUALIFIER.match(chunk, end)
    if q is not None and head_word.lower() != "those" and predicate_clause(q.group(0)):
        q = None  # "voters who say ...": what they answered, not who they are (population_spans)
    elif q is not None:
        end = q.end()
        q = _QUALIFIER.match(chunk, end)
        if q is not None and not predicate_clause(q.group(0)):
            end = q.end()  # a second qualifier: "people aged 18 and over living in Catalonia"
    elif head_word.lower() == "those":
        rest = _THOSE_REST.match(chunk[end:])
        if rest is None:
            return None
        said = rest.group(0)
        verb = _STOP_VERB.search(said, 1) if _THOSE_PARTICIPLE.match(said) else None
        if verb is None:
            end += rest.end()
        elif _THOSE_ASKED.fullmatch(said[: verb.start()]):
            return None  # "those surveyed say ...": whoever answered, no population of its own
        else:
            end += verb.start()  # "those polled in March say ...": the people end where their verb begins
    text = _clean(chunk[start:end])
    if fixed_mod is not None:
        text = fixed_mod + text[len(text.split()[0]) :] if text.split() else text
    text = _LEAD_DET.sub("", text)
    text = _THOSE_AGED.sub("", text)
    if "base" in text:  # (the pattern needs the word: most populations skip the substitution)
        text = _PARTY_BASE.sub(r"\1s", text)
    text = text.replace("Democratics", "Democrats")
    text = _YEARS_OLD.sub("", text)
    text = _GOP.sub("Republican", text)
    if not text:
        return None
    return text, start, end


POLLSTER_WORDS: frozenset[str] = frozenset(w for p in POLLSTERS for w in re.findall(r"[A-Za-z]+", p))


def fuzzy_population(phrase: str) -> str | None:
    """Correct an obvious misspelling of a common population ("regifted votes" -> "registered voters")."""
    words = phrase.lower().split()
    for n in (2, 1):
        if len(words) < n:
            continue
        tail = " ".join(words[-n:])
        best = close_match(tail, _FUZZY_TARGETS, 0.8)
        if best is not None and best != tail and len(best.split()) == n:
            return " ".join([*phrase.split()[:-n], best])
    return None


_NEXT_FIGURE = re.compile(r"\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
_REL = re.compile(r"(?:the\s+)?(?:those|[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+(?:who|that)\s+(?P<verb>\w+)")
_MAIN_VERB = re.compile(
    r"\s+(?:say|says|said|think|thinks|believe|believes|support|supports|oppose|opposes|favou?r|favou?red|"
    r"approve|approves|disapprove|want|wants|would|will|expect|expects|agree|agrees|feel|feels|backed|"
    r"prefer|prefers)\b",
    re.IGNORECASE,
)


_OF_START = re.compile(r"[ \t]*\)?[ \t]*of[ \t]+")


@per_text
def of_chunk(right: str) -> tuple[str, int] | None:
    """The words of "of <population>" after a figure's percent marker, and where they end in ``right``."""
    m = _OF_START.match(right)
    if m is None:
        return None
    rest = right[m.end() :]
    cut = re.search(r"[,;:()!?]|(?<![A-Z])\.(?:\s|$)", rest)
    nxt = _NEXT_FIGURE.search(rest)
    ends = [x.start() for x in (cut, nxt) if x is not None]
    chunk = rest[: min(ends)] if ends else rest
    rel = _REL.match(chunk)
    v = _MAIN_VERB.search(chunk, rel.end()) if rel else _STOP_VERB.search(chunk)
    if v is not None and v.start() > 0:
        chunk = chunk[: v.start()]
    chunk = re.sub(r"\s+(?:and|or|but|while)\s*$", "", chunk)
    end = m.end() + len(chunk)
    chunk = re.sub(r"\s+in\s+(?:the\s+)?\S+(?:\s+\S+)?\s+(?:poll|survey)\b.*$", "", chunk, flags=re.I)
    chunk = chunk[:120].replace('"', "").replace("“", "").replace("”", "")
    return chunk, end


def of_population(right: str) -> str | None:
    """Population in "N% of <population> say ..." given the text after the percent marker."""
    got = of_chunk(right)
    if got is None:
        return None
    chunk = got[0]
    found = population_in(chunk, prefer_last=False)
    if found is not None:
        return found[0]
    words = chunk.split()
    if 1 <= len(words) <= 4:
        fixed = fuzzy_population(" ".join(words))
        if fixed is not None:
            return fixed
    return None


def _left_chunk(left: str) -> str:
    """The clause-ish stretch at the end of ``left``: after the last ",", ";", "(", number or conjunction."""
    cut = 0
    for m in re.finditer(
        r"[,;:(\[]|\d+(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)|\b(?:and|but|while|whereas|than|though|"
        r"although|compared)\b|(?<![A-Z])\.\s",
        left,
    ):
        cut = m.end()
    return left[cut:]


def paren_population(left: str, right: str) -> str | None:
    """Population around a parenthesised figure: "most registered voters (60%)", "(59%) Americans"."""
    if not re.search(r"[(\[]\s*$", left):
        return None
    chunk = _left_chunk(left[: left.rstrip().rstrip("([").rstrip().__len__()])
    found = population_in(chunk, prefer_last=True)
    if found is not None:
        return found[0]
    words = chunk.split()
    if 1 <= len(words) <= 5:
        fixed = fuzzy_population(" ".join(words[-2:]))
        if fixed is not None:
            return fixed
    m = re.match(r"[ \t]*\)[ \t]*([^,;:.()]{2,60})", right)
    if m is not None:
        after = population_in(m.group(1), prefer_last=False)
        if after is not None and after[1] < 4:
            return after[0]
    return None


_COMMA_END = re.compile(r"\w,\s*$")
_COMMA_RIGHT = re.compile(r"\s*(?:[,;)]|and\b|\.|$)")


@per_text
def comma_label(left: str, right: str) -> tuple[str, str] | None:
    """Crosstab prose "Women, 48%, and men, 33%": the label before ", N%," and whether it is a population.

    Returns ("pop", text) or ("answer", text).
    """
    if not _COMMA_END.search(left[-16:]) or not _COMMA_RIGHT.match(right):
        return None
    body = left.rstrip()[:-1]
    chunk = _left_chunk(body)
    chunk = re.sub(
        r"^\s*(?:a\s+)?(?:majority|plurality|minority|most|many|some|few|fewer|more)\s+of\s+",
        "",
        chunk,
        flags=re.IGNORECASE,
    )
    if not chunk.strip() or len(chunk.split()) > 12:
        return None
    found = population_in(chunk, prefer_last=True)
    if found is not None:
        if runs_on(chunk[found[2] :]):
            return "pop", found[0]  # "voters now view her unfavorably, 49%,": the people end before the verb
        return "pop", _clean(chunk[found[1] :]) if found[1] < len(chunk) else found[0]
    words = chunk.split()
    if words and words[-1].strip(".") in REGIONS:
        return "pop", _clean(chunk)
    name = trailing_name(chunk)
    if name is not None:
        return "answer", name
    return None


_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'’-]*\.?|du|de|van|von|der|al|bin|la|le|of|the)")


@per_text
def trailing_name(s: str) -> str | None:
    """A proper name (candidate, party, option label) ending ``s``; titles are dropped."""
    words = s.rstrip().split()
    taken: list[str] = []
    for w in reversed(words):
        tok = w.strip(",;:\"“”'‘’")
        if not tok or not _NAME_TOKEN.fullmatch(tok):
            break
        if tok in {"of", "the", "du", "de", "van", "von", "der", "al", "bin", "la", "le"} and not taken:
            break
        taken.append(tok)
        if len(taken) >= 5:
            break
    while taken and taken[-1] in {"of", "the"}:
        taken.pop()
    taken.reverse()
    # Drop everything up to the last title: "Texas Gov. Rick Perry" -> "Rick Perry".
    for i in range(len(taken) - 1, -1, -1):
        if taken[i] in TITLES or taken[i].rstrip(".") in TITLES:
            taken = taken[i + 1 :]
            break
    taken = [t for t in taken if t.rstrip(".") not in NOT_NAMES or t in {"Yes", "No"}]
    while taken and taken[0] in {"of", "the"}:
        taken.pop(0)
    if not taken:
        return None
    while len(taken) > 1 and taken[0] in _PARTY_ADJ:
        taken.pop(0)
    name = " ".join(taken).rstrip(".")
    if name.endswith(("'s", "’s")):
        return None
    if _NUMBERISH.search(name):
        return None
    if name in POLLSTER_WORDS or re.fullmatch(r"[A-Z]", name):
        return None
    return name


_PARTY_ADJ = frozenset(
    {
        "Democrat",
        "Democratic",
        "Republican",
        "GOP",
        "Labour",
        "Labor",
        "Conservative",
        "Tory",
        "Liberal",
        "Incumbent",
        "incumbent",
        "Independent",
        "Green",
        "Senator",
        "Candidate",
    }
)
_NUMBERISH = re.compile(
    r"-in-|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|quarters?|thirds?|fifths?|"
    r"majority|most|many|all|none)\b",
    re.IGNORECASE,
)
_PEOPLE_OF_PLACE = re.compile(
    r"^(?:Residents|Voters|Adults|Americans|Canadians|Britons|Australians|People|Citizens|Respondents)\s+(?:of|in|from)\s"
)
_NAME_LEFT_VERB = re.compile(
    r"\s+(?:at|with|on|is\s+on|are\s+on|was\s+on|were\s+on|stands\s+on|sits\s+on|"
    r"(?:is|are|was|were|remains|remained|stayed|held)\s+(?:steady|unchanged|flat|stable|level)\s+(?:on|at)|"
    r"(?:climbed|rose|fell|dropped|slipped|jumped|slid|edged\s+up|edged\s+down|is\s+down|is\s+up|"
    r"down|up)\s+to|has|had|have|holds|held|wins|won|leads|led|carries|carried|gets|got|drew|draws|took|takes|received|receives|garners|garnered|"
    r"earned|earns|polled|polls|is\s+at|was\s+at|stands\s+at|sits\s+at|scored|scores|leads\s+with|"
    r"trails\s+with|came\s+in\s+at|finished\s+with|registers|registered)\s*$"
)


def name_answer(left: str) -> str | None:
    """Option named right before the figure: "Sarah Palin (16%)", "Perry at 8%", "Approve 45%"."""
    m = _PAREN_COLON_END.search(left)
    base = left[: m.start()] if m else left
    base = _FREQ_END.sub(" ", base)  # "Right Direction 412 41%": a frequency column
    v = _NAME_LEFT_VERB.search(base)
    if v is not None:
        base = base[: v.start()]
    elif m is None and not _WORD_SPACE_END.search(base):
        return None
    base = _REL_CLAUSE_END.sub(" ", base)
    if _COMMA_END_ONLY.search(base):
        return None
    name = trailing_name(base)
    if name is None:
        return None
    given_a_share = v is not None and v.group(0).strip() in ("at", "on")
    if (
        _POP_HEAD_RE.fullmatch(name.split()[-1])
        and name.split()[-1] not in PARTY_PLURALS
        # "puts Democrats at 44% and Republicans at 41%": parties given a share are the options
        and not (given_a_share and name.split()[-1] in ("Democrats", "Republicans"))
    ):
        return None
    if _PEOPLE_OF_PLACE.match(name):
        return None  # "Residents of Quebec (79%)", "Voters in Ohio": who answered, not an option
    return name


_VERB_MAP = {
    "backed": "support",
    "back": "support",
    "backing": "support",
    "favored": "favor",
    "favour": "favor",
    "favoured": "favor",
    "favors": "favor",
    "supported": "support",
    "supports": "support",
    "supporting": "support",
    "opposed": "oppose",
    "opposes": "oppose",
    "opposing": "oppose",
    "approved": "approve",
    "approves": "approve",
    "disapproved": "disapprove",
    "disapproves": "disapprove",
    "preferred": "prefer",
    "prefers": "prefer",
    "agreed": "agree",
    "agrees": "agree",
    "disagreed": "disagree",
    "approving": "approve",
    "agreeing": "agree",
    "disagreeing": "disagree",
    "preferring": "prefer",
    "disapproving": "disapprove",
    "favoring": "favor",
    "favouring": "favor",
    "backs": "support",
    "disagrees": "disagree",
}
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|his|her|their|its|our|your|my)\b", re.I)
_SAY_VERBS = (
    r"(?:say|says|said|think|thinks|thought|believe|believes|believed|feel|feels|felt|expect|expects|"
    r"expected|consider|considers|agree|agreed|realize|realise|reckon|claim|claimed|insist|"
    r"answer|answers|answered|respond|responds|responded|reply|replies|replied)"
)
_AGREE_THAT = re.compile(
    # "agreed with the statement that ...": the statement is what follows "that" all the same
    r"^(?P<verb>agree|agrees|agreed|disagree|disagrees|disagreed)\s+"
    r"(?:with\s+the\s+(?:statement|idea|view|notion|claim)\s+)?that\s+(?P<rest>.+)$",
    re.I,
)
_MODALS = r"(?:do|does|did|is|are|was|were|would|will|should|could|can|has|have|had|must)"
_YES = re.compile(
    rf"^(?:{_SAY_VERBS}\s+|(?:said|says|say|answered|responded)\s+)?(?:it\s+is|it's|it\s+was|so|yes|"
    rf"(?:it|they|he|she|we|I)\s+{_MODALS}|{_MODALS})$",
    re.I,
)
_NO = re.compile(
    rf"^(?:{_SAY_VERBS}\s+|(?:said|says|say|answered|responded)\s+)?(?:it\s+(?:isn['’]t|is\s+not|wasn['’]t|was\s+not)|"
    rf"it['’]s\s+not|not|no|not\s+so|(?:(?:it|they|he|she|we|I)\s+)?(?:{_MODALS}\s+not|{_MODALS}n['’]t|won['’]t|can['’]t))$",
    re.I,
)
_VP_CUT = re.compile(
    r"[,;:()!?\"“”—–/]|\s-\s|(?<![A-Z])\.(?:\s|$)|\s+(?:while|whereas|but|compared|according|though|although|versus|vs\.?|"
    r"if|unless|because|"
    r"as\s+did|with\s+no\b)\b|\s+(?:with|and)\s+(?:just\s+|only\s+|another\s+|nearly\s+|almost\s+|"
    r"about\s+|some\s+|a\s+mere\s+|merely\s+|barely\s+|a\s+scant\s+)?\d|\s+\d",
    re.I,
)


_LEAD_ADVERBS = re.compile(
    r"^(?:(?:just|only|still|now|also|actually|really|even|already|overall|though|however|too|then)\s+)+",
    re.I,
)
_QUOTED_STATEMENT = re.compile(rf"^{_SAY_VERBS}\s+(?:that\s+)?[\"“‘'](?P<q>[^\"”’]{{3,200}})", re.I)
_NON_SUBSTANTIVE = re.compile(
    r"^(?:(?:are|were|is|was|remain|remained|still|say\s+they(?:['’]re|\s+are)|(?:say|said)\s+they|have|has|had)\s+)?"
    r"(?P<x>undecided|unsure|not\s+sure|don['’]t\s+know|do\s+not\s+know|did\s+not\s+know|didn['’]t\s+know|"
    r"no\s+opinions?|"
    r"(?:offering|having|had|with|expressing|giving)\s+no\s+opinions?|someone\s+else|neither|none|other)\b",
    re.I,
)


_DISCOURSE = re.compile(
    r"^\s*,\s*(?:though|however|meanwhile|by\s+contrast|in\s+contrast|too|also|in\s+turn|overall),\s*",
    re.I,
)


_TIME_ONLY = re.compile(
    r"^(?:(?:in|from|during|since)\s+)?(?:the\s+)?(?:last|previous|prior|this|that|a)?\s*"
    r"(?:week|month|year|spring|summer|fall|autumn|winter|poll|survey|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:19|20)\d\d)s?(?:\s+ago)?$",
    re.I,
)


def verb_phrase(right: str) -> str:
    """The words after a figure that say what the respondents answered, up to the next clause.

    Empty when the figure is an item of a list whose predicate comes later ("65% of Republicans, ...").
    """
    s = re.sub(
        r"^[ \t]*\)?[ \t]*(?:,[ \t]*(?=(?:say|said|think|believe|agree|feel|want|support|oppose)\b))?",
        "",
        right,
    )
    got = of_chunk(right)
    if got is not None:
        s = right[got[1] :]
        s = _DISCOURSE.sub("", s)
        if _CLAUSE_END_START.match(s):
            return ""
    else:
        lead = re.match(r"([\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+(?=(?:say|said|think|believe|agree|feel)\b)", s)
        if lead is not None and population_in(lead.group(1), prefer_last=True) is not None:
            s = s[lead.end() :]
    s = _LEAD_REL.sub("", s.strip())
    if _LEAD_NUMBER.match(s):
        return ""
    q = _QUOTED_STATEMENT.match(_LEAD_ADVERBS.sub("", s))
    if q is not None:
        return _LEAD_ADVERBS.sub("", s)[: q.end()]
    s = s.replace('"', "").replace("“", "").replace("”", "")
    if _LEAD_PREP.match(s):
        return ""
    cut = _VP_CUT.search(s)
    if cut is not None:
        s = s[: cut.start()]
    s = _TRAIL_FUNCTION.sub("", _clean(s))
    if _TIME_ONLY.match(s):
        return ""
    return s


# "agreeing strongly with this": the tail only points back at the statement already quoted.
_POINTING_TAIL = re.compile(
    r"\s+(?:(?:with|to)\s+(?:this|that|it|(?:the|this|that)\s+(?:statement|view|idea))|of\s+(?:it|this|that|them))$",
    re.I,
)
_CALL = re.compile(
    r"^(?:call|calls|called|consider|considers|considered|rate|rates|rated|describe|describes|described|"
    r"view|views|viewed|see|sees|saw|regard|regards|regarded|deem|find|found)\s+"
    r"(?P<obj>it|them|this|that|him|her|[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:as\s+(?:(?P<det>a|an|the)\s+)?|(?P<det2>a|an|the)\s+)(?P<c>[\w'’-]+(?:\s+[\w'’-]+){0,5})$",
    re.I,
)


_TRACK = re.compile(r"\b(?P<side>right|wrong)\s+(?P<kind>direction|track)\b", re.I)


@per_text
def normalise_answer(vp: str) -> tuple[str, str | None]:
    """:func:`_normalise_answer`, with the standard tracking options named by their label: "think the
    country is headed in the right direction" -> "right direction", "say it is on the wrong track" ->
    "wrong track"."""
    answer, statement = _normalise_answer(vp)
    said = statement if answer == "yes" and statement else answer
    sides = {(m.group("side").lower(), m.group("kind").lower()) for m in _TRACK.finditer(said)}
    if len(sides) == 1:
        side, kind = next(iter(sides))
        return f"{side} {kind}", statement  # the statement still gives the question
    return answer, statement


def _normalise_answer(vp: str) -> tuple[str, str | None]:
    """(answer, statement) from a verb phrase. ``statement`` is a clause the answer agrees with.

    "say it is" -> ("yes", None); "believe Obama should be impeached" -> ("yes", "Obama should be
    impeached"); "are opposed" -> ("oppose", None); "support negotiations" -> ("support negotiations", None);
    'say "too many people ..."' -> ("too many people ...", "too many people ...").
    """
    s = _LEAD_ADVERBS.sub("", vp.strip())
    if not s:
        return "", None
    q = _QUOTED_STATEMENT.match(s)
    if q is not None:
        quoted = _clean(q.group("q"))
        verb = s.split()[0].lower()
        if verb in ("agree", "agreed", "agrees", "disagree", "disagreed", "disagrees"):
            return _lemma(verb) or verb, quoted
        return " ".join(quoted.split()[:8]), quoted
    s = _clean(s.replace('"', "").replace("“", "").replace("”", ""))
    s = _POINTING_TAIL.sub("", s)
    s = (
        re.sub(r"\s+(?:it|them|this|that|so)$", "", s, flags=re.I)
        if len(s.split()) == 2 and not re.match(rf"^{_SAY_VERBS}\b", s, re.I)
        else s
    )
    if _YES.match(s) or re.match(r"^saying\s+so$", s, re.I):
        return "yes", None
    if re.match(r"^in\s+favou?r$", s, re.I):  # "18% in favor and 55% opposed"
        return "favor", None
    if re.match(r"^(?:opposed|against)$", s, re.I):
        return "oppose", None
    if _NO.match(s):
        return "no", None
    m = _NON_SUBSTANTIVE.match(s)
    if m:
        return _canon(m.group("x")), None
    m = _AGREE_THAT.match(s)
    if m:  # "41% agree that a four-day week would help": agreeing is the option, the rest the statement
        return _lemma(m.group("verb")) or m.group("verb").lower(), m.group("rest")
    m = re.match(rf"^(?:{_SAY_VERBS}|saying)\s+(?:that\s+)?(?P<rest>.+)$", s, re.I)
    if m:
        rest = m.group("rest")
        rest2 = re.sub(
            r"^(?:it['’]s|it\s+is|it\s+was|they['’](?:re|d|ll)|they\s+(?:are|were|would|will)|they)\s+",
            "",
            rest,
            flags=re.I,
        )
        if rest2 != rest:
            choice = _CHOICE.match(rest2)
            if choice is not None:
                name = _first_name(choice.group("rest"))
                if name is not None and choice.group("rest").startswith(name):
                    return name, None  # "say they would vote for Ortiz": the option is Ortiz
            if _NON_SUBSTANTIVE.match(rest2):
                return _canon(_NON_SUBSTANTIVE.match(rest2).group("x")), None  # type: ignore[union-attr]
            return _short(rest2), None
        if not _AUX_RE.search(rest.split(" to be ", 1)[0]):
            # "believe Obama to be honest" -> "Obama is honest"; not "is better qualified to be President"
            rest = re.sub(r"\bto\s+be\b", "is", rest, count=1)
        if re.match(r"expect", s, re.I):
            rest = re.sub(r"^(?P<np>(?:\S+\s+){1,5}?)to\s+(?=[a-z])", r"\g<np>will ", rest, count=1)
        if len(rest.split()) >= 3:
            return "yes", rest
        return _short(rest), None
    m = _CALL.match(s)
    if m is not None:
        comp = re.split(r"\s+(?:for|to|in|of|on|at|by|because)\b", m.group("c"))[0]
        obj = m.group("obj")
        statement: str | None = None
        if obj.lower() not in ("it", "them", "this", "that", "him", "her"):
            det = m.group("det") or m.group("det2") or ""
            statement = f"{obj} is {det} {m.group('c')}".replace("  ", " ")
        return comp, statement
    m = re.match(r"^(?:are|were|is|was|remain|remained|would\s+be|will\s+be)\s+(?P<rest>.+)$", s, re.I)
    if m:
        rest = m.group("rest")
        if rest.lower().startswith(("for it", "for this", "for that", "in favor", "in favour", "for ")):
            return "favor", None
        if rest.lower().startswith("against"):
            return "oppose", None
        return _short(rest), None
    m = _CHOICE.match(s)
    if m is not None:
        name = _first_name(m.group("rest"))
        if name is not None and m.group("rest").startswith(name):
            return name, None
    m = _PICK.match(s)
    if m is not None:
        # "picked defence", "chose schools": the option is what they picked, not the picking.
        return " ".join(m.group("rest").split()[:6]), None
    m = _CALL_ADJ.match(s)
    if m is not None:
        return m.group("c"), None  # "call it good", "rated them poor"
    m = re.match(r"^(?:want|wants|wanted|would\s+like|prefer|would\s+prefer)\s+(?P<rest>.+)$", s, re.I)
    if m:
        if m.group("rest").lower().startswith("to "):
            return "yes", None
        name = _first_name(m.group("rest"))
        if name is not None:
            return name, None
    return _short(s), None


_PICK = re.compile(
    r"^(?:pick|picks|picked|choose|chooses|chose|select|selects|selected|name|names|named|cite|cites|cited)\s+"
    r"(?P<rest>\S.*)$",
    re.I,
)
_CALL_ADJ = re.compile(
    r"^(?:call|calls|called|rate|rates|rated|describe|describes|described|judge|judges|judged|find|finds|found)\s+"
    r"(?:it|them|this|that|him|her|things)\s+(?:as\s+)?(?P<c>[\w'’-]+(?:\s+(?:or|and)\s+[\w'’-]+)?)$",
    re.I,
)
_CHOICE = re.compile(
    r"^(?:(?:would|will|'d)\s+)?(?:pick|picks|picked|choose|chooses|chose|name|names|named|select|selects|selected|prefer|prefers|"
    r"preferred|back|backs|backed|support|supports|supported|favou?r|favou?rs|favou?red|vote\s+for|voted\s+for|"
    r"would\s+vote\s+for|side\s+with|sided\s+with)\s+(?P<rest>.+)$",
    re.I,
)


def _first_name(s: str) -> str | None:
    """The first capitalised name in ``s`` ("to see the CPC take over" -> "CPC")."""
    for m in re.finditer(r"\b[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and\s+the|and))*", s):
        words = [w for w in m.group(0).split() if w.rstrip(".") not in NOT_NAMES]
        while words and words[-1] in {"and", "the"}:
            words.pop()
        if words:
            return " ".join(words)
    return None


def _canon(s: str) -> str:
    low = re.sub(r"\s+", " ", s.lower())
    if low.startswith(("don", "do not", "did not", "didn")):
        return "don't know"
    if low == "not sure":  # "unsure" stays as written: an option keeps the report's own word
        return "not sure"
    if "no opinion" in low:
        return "no opinion"
    return low


_LEMMAS = ("support", "oppose", "favor", "approve", "disapprove", "prefer", "agree", "disagree")


_LEMMA_PREFIXES = frozenset(w[:2] for w in (*_VERB_MAP, *_LEMMAS))
_LEMMA_WORDS = (*_VERB_MAP, *_LEMMAS)


@per_text
def _lemma(word: str) -> str | None:
    low = word.lower()
    if low in _VERB_MAP:
        return _VERB_MAP[low]
    if low in _LEMMAS:
        return low
    if len(low) < 5 or low[:2] not in _LEMMA_PREFIXES:
        return None
    close = close_match(low, _LEMMA_WORDS, 0.88)
    if close is not None:
        return _VERB_MAP.get(close, close)
    return None


def _short(s: str) -> str:
    """Verb + short object, lemma-normalised: "backed the sales tax hike" -> "favor"."""
    words = s.split()
    if not words:
        return ""
    lemma = _lemma(words[0])
    rest = words[1:]
    if words[0].lower() == "for":
        named = rest[1:] if rest and rest[0].lower() == "the" else rest
        name = list(itertools.takewhile(lambda w: w[:1].isupper(), named[:4]))
        # "15% for Paul Ryan", "20% for the SNP": the share a candidate or party takes is that option
        return " ".join(name).strip(" ,.;:'\"“”‘’") if name else "favor"
    if lemma is not None:
        if rest and (_DETERMINERS.match(rest[0]) or len(rest) > 2):
            return lemma
        return " ".join([lemma, *rest])
    out = " ".join(words[:8])
    out = re.sub(r"^(?:(?:on|in|at)\s+)?(?:the|a|an)\s+(?=\w)", "", out, flags=re.I)
    return out.strip(" '\"“”‘’")


_REGION_ALT = "|".join(sorted(REGIONS, key=len, reverse=True))
_PLACE = rf"(?:{_REGION_ALT}|\d+(?:st|nd|rd|th)\s+(?:congressional\s+)?district)"
_LIVING_IN = re.compile(
    rf"^(?:(?:[\w-]+\s+)?(?:living|who\s+live|residing)\s+in|residents\s+(?:in|of))\s+(?:the\s+)?(?P<p>{_PLACE})$",
    re.I,
)
_BARE_PLACE = re.compile(rf"^(?:the\s+)?(?P<p>{_PLACE})$", re.I)


def head_noun(pop: str) -> str | None:
    """The head noun of a population ("Americans" in "Americans aged 18 to 29")."""
    m = _POP_HEAD_RE.search(pop)
    if m is None or m.group(0).lower() == "those":
        return None
    return m.group(0)


def tidy_population(pop: str) -> str:
    """Light normalisation of where people live: "Americans living in the Northeast", "residents in the
    Midwest", "West" and "the 5th congressional district" all become "<place> residents"."""
    m = _LIVING_IN.match(pop) or _BARE_PLACE.match(pop)
    if m is not None:
        return f"{m.group('p')} residents"
    return pop


_THOSE_SURVEYED = re.compile(r"those\s+(?:surveyed|polled|interviewed|asked|questioned)\b")


def is_generic(pop: str) -> bool:
    """Words that only restate the poll's universe: "residents", "those surveyed in the X poll"."""
    low = pop.lower()
    return low in GENERIC_POPS or (low.startswith("those") and _THOSE_SURVEYED.match(low) is not None)


_MAIN_DO = r"(?:something|nothing|anything|a|an|the|it|this|that|so|enough|well|more|less|no|any|some)\b"


def without_asides(clause: str) -> str:
    """A statement without its relative asides: "Sarah Palin- whose lies are legion- is better
    qualified" -> "Sarah Palin is better qualified"."""
    c = re.sub(r"\s*[-–—]+\s+(?:who|whose|which)\b.*?\w[-–—]+\s+", " ", clause)
    return re.sub(r",\s*(?:who|whose|which)\b[^,]*,\s*", " ", c)


def yes_no_question(clause: str) -> str:
    """Turn a statement into a yes/no question: "the U.S. should negotiate" -> "Should the U.S. negotiate?"."""
    c = without_asides(_clean(clause))
    if re.match(r"(?:they|their|them)\b", c, re.IGNORECASE):
        c = _you(c)  # "they would vote for ..." is the respondents; "... the money they cost" is not
    m = _AUX_RE.search(c)
    if m is not None and m.start() > 0 and len(c[: m.start()].split()) <= 14:
        subject = c[: m.start()].strip()
        aux = m.group(0)
        rest = c[m.end() :].strip()
        low = aux.lower()
        if low in ("did", "does", "do") and re.match(_MAIN_DO, rest, re.I):
            return _q(f"{aux} {subject} do {rest}")
        if low in ("has", "have", "had") and re.match(_MAIN_DO, rest, re.I):
            return _q(f"{'Did' if low == 'had' else 'Does'} {subject} have {rest}")
        return _q(f"{aux} {subject} {rest}")
    if c.lower().startswith("you "):
        return _q(f"Do {c}")
    return _q(f"Do you think {c}")


def wh_question(wh: str, body: str) -> str:
    """Embedded wh-question to direct: "what result they would prefer" -> "What result would you prefer?"."""
    b = _you(_clean(body))
    m = re.match(
        rf"(?P<np>.*?)\b(?P<subj>you|people|voters|Americans|Canadians|Britons)\s+(?P<aux>{_AUX})\b(?P<rest>.*)",
        b,
    )
    if m is not None:
        np = m.group("np").strip()
        return _q(f"{wh} {np} {m.group('aux')} {m.group('subj')}{m.group('rest')}")
    # "you" after a preposition is no subject: "which issues matter most to them" asks "... to you?".
    m = re.match(r"(?P<np>.*?)(?<!\bto )(?<!\bfor )(?<!\bof )(?<!\bwith )(?<!\bby )\byou\s+(?P<rest>.+)", b)
    if m is not None:
        return _q(f"{wh} {m.group('np').strip()} do you {m.group('rest')}")
    m = _DET_MODAL.match(b)
    if m is not None:
        # "what the state should do first" -> "What should the state do first?"
        return _q(f"{wh} {m.group('aux')} {m.group('np')} {m.group('rest')}")
    m = _IT_IS.match(b)
    if m is not None:
        # "how likely it is that ..." -> "How likely is it that ...?"
        return _q(f"{wh} {m.group('np')} {m.group('aux')} {m.group('subj')}{m.group('rest')}")
    return _q(f"{wh} {b}")


_DET_MODAL = re.compile(
    r"(?P<np>(?:the|this|that|your|our)\s+[^,;]{1,60}?)\s+(?P<aux>should|would|will|can|could|must)\s+(?P<rest>\S.*)",
    re.IGNORECASE,
)
_IT_IS = re.compile(
    r"(?P<np>(?:\S+\s+){0,1}\S+)\s+(?P<subj>it|there|this|that)\s+(?P<aux>is|was|will\s+be|would\s+be)\b(?P<rest>.*)",
    re.IGNORECASE,
)


def _you(s: str) -> str:
    s = re.sub(r"\bthey\b", "you", s)
    s = re.sub(r"\bthemselves\b", "yourself", s)
    s = re.sub(r"\btheir\b", "your", s)
    s = re.sub(r"\bthem\b", "you", s)
    return s


def _q(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,;:.\"'“”‘’-–—")
    s = re.sub(r"\s+([,?])", r"\1", s)
    if not s:
        return s
    s = s[0].upper() + s[1:]
    return s if s.endswith("?") else s + "?"
