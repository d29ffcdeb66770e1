"""Answer proposals read from the figure's clause and its neighbours (more sources for the ranker).

- ``quoted``: a short quoted wording next to the figure, with no other figure between ("the “likely”
  share hit 78%", "3% described them as “thoughtful”");
- ``negated_sibling``: "83% called it a threat and 6% disagreed": the figure says no to the option
  its sentence's previous figure names, so its answer is that option's opposite ("not a threat");
- ``pair_other``: the second figure of a matchup whose first names one side ("men favor Caldwell
  54% to 38%"): the other sides named in the sentence and the one before;
- ``after_option_far``: a known option further along the figure's clause ("59% ... say the state
  is on the wrong track");
- ``paren_phrase``: the lower-case words a bracketed figure follows in a list ("security and
  defence (39%), the economy (29%)");
- ``choice_object``: the name a choice verb after the figure takes ("14% chose Pence", "5% favour
  the Conservatives");
- ``pair_side``: the side of a two-way split a paired figure ("48-41", "48/41", "48% to 41%") takes
  from two names joined by "leads", "over", "vs" before it, in the order written ("Ruiz leads Birch
  48-41", "Ruiz vs. Birch: 48/41");
- ``joint_names``: names listed before one share ("Jeb Bush and Scott Walker at 13 percent each"),
  joined as the labelling rules write them ("Jeb Bush; Scott Walker (13% each)").

``date_like`` tells a wave ("18-20 June") from an option for every candidate.

Each proposal is (text, source, features); :mod:`answer_candidates` describes and merges them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_cues import is_option, opposite
from bot.reading.extract.pronoun_subjects import prose_sentence_end
from bot.reading.extract.tidy import without_title
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,60}?)[”\"]")
_QUOTE_WORDS = 5
_QUOTE_REACH = 90  # characters between a quote and its figure
_NEGATORS = frozenset(
    {
        "disagreed",
        "disagree",
        "disagrees",
        "not",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "wouldn't",
        "won't",
        "no",
    }
)
_PREFER_VERBS = frozenset(
    {
        "favor",
        "favors",
        "favored",
        "favour",
        "favours",
        "favoured",
        "back",
        "backs",
        "backed",
        "prefer",
        "prefers",
        "preferred",
        "support",
        "supports",
        "supported",
        "choose",
        "chose",
        "pick",
        "picks",
        "picked",
    }
)
# Public for other readers of the preference form (preference_pairs.py).
PREFER_VERBS = _PREFER_VERBS
_PAREN_STOPS = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        ".",
        "?",
        "!",
        "by",
        "than",
        "while",
        "with",
        "at",
        "in",
        "of",
        "as",
        "to",
        "is",
        "are",
    }
)
_PAIR_GAP = re.compile(r"\s*(?:%|percent|per\s?cent)?\s*(?:to|-|–|—|vs\.?|versus)\s*", re.IGNORECASE)
_NAME_BEFORE = re.compile(
    r"([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})(?:['’]s)?[ \t]*(?:at|with|on|:)?[ \t]*$"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def _sentence(a: Analysis, n: Num) -> tuple[int, int]:
    if not a.sentences:
        return 0, len(a.text)
    s = a.sentences[n.sentence]
    return s.start, s.end


def _numbers_between(a: Analysis, n: Num, lo: int, hi: int) -> bool:
    return any(lo <= m.start < hi for m in a.numbers_by_sentence.get(n.sentence, []) if m is not n)


def _quotes(a: Analysis, n: Num) -> list[tuple[int, int, str]]:
    """Short quoted wordings of the figure's sentence (found once per sentence)."""
    key = ("quotes", n.sentence)
    got = a.memo.get(key)
    if isinstance(got, list):
        return got
    lo, hi = _sentence(a, n)
    out: list[tuple[int, int, str]] = []
    if '"' in a.text[lo:hi] or "“" in a.text[lo:hi]:
        for m in _QUOTED.finditer(a.text, lo, hi):
            words = m.group(1).strip(" ,.;:!?").split()
            if 1 <= len(words) <= _QUOTE_WORDS and any(ch.isalpha() for ch in m.group(1)):
                out.append((m.start(), m.end(), " ".join(words)))
    a.memo[key] = out
    return out


def quoted(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    out: list[tuple[str, str, dict[str, float]]] = []
    qs = _quotes(a, n)
    if not qs:
        return out
    before = [q for q in qs if q[1] <= n.start and n.start - q[1] <= _QUOTE_REACH]
    after = [q for q in qs if q[0] >= n.cand.mark_end and q[0] - n.cand.mark_end <= _QUOTE_REACH]
    for side, pick in (("before", before[-1:] if before else []), ("after", after[:1])):
        for s, e, text in pick:
            lo, hi = (e, n.start) if side == "before" else (n.cand.mark_end, s)
            f = {f"quote_{side}": 1.0, f"quote_words={min(len(text.split()), 4)}": 1.0}
            if _numbers_between(a, n, lo, hi):
                f["quote_past_figure"] = 1.0
            if hi - lo <= 25:
                f["quote_close"] = 1.0
            out.append((text, "quoted", f))
    return out


def _after_words(a: Analysis, n: Num, k: int) -> list[str]:
    return a.after(n, k)


OptionFinder = Callable[..., tuple[str, int] | None]


def negated_sibling(
    a: Analysis, n: Num, option_after: OptionFinder
) -> tuple[str, str, dict[str, float]] | None:
    """The opposite of the previous figure's option when this one's words say no to it."""
    words = _after_words(a, n, 4)
    hit = next((i for i, w in enumerate(words) if w in _NEGATORS or w.endswith("n't")), None)
    if hit is None or hit > 3:
        return None
    k = n.index - 1
    if k < 0 or a.numbers[k].sentence != n.sentence:
        return None
    m = a.numbers[k]
    got = option_after(a, m, window=6)
    if got is None:
        q = [t for s, _e, t in _quotes(a, m) if s >= m.cand.mark_end and s < n.start]
        if not q:
            return None
        text = q[0]
    else:
        text = got[0]
    low = text.lower()
    if low.startswith(("not ", "no ")) or low in ("no", "none", "neither"):
        return None
    other = opposite(low) or ("not " + text)
    return other, "negated_sibling", {f"negator_at={hit}": 1.0, "negator_option": float(is_option(low))}


def _name_before(a: Analysis, pos: int, lo: int) -> tuple[str, str] | None:
    """The capitalised name right before offset ``pos`` and the word before it."""
    m = _NAME_BEFORE.search(a.text, max(lo, pos - 60), pos)
    if m is None:
        return None
    w = _WORD_BEFORE.search(a.text, max(lo, m.start(1) - 20), m.start(1))
    return m.group(1), (w.group(1).lower() if w else "")


def preference_object(a: Analysis, n: Num, name: str) -> bool:
    """The name before the figure is what the subject favours ("men favor Caldwell 54%")."""
    lo, _ = _sentence(a, n)
    got = _name_before(a, n.start, lo)
    return got is not None and got[0].endswith(name.split()[-1]) and got[1] in _PREFER_VERBS


def pair_other(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """For the second figure of "X 54% to 38%", the sides named for other figures nearby but not X."""
    k = n.index - 1
    if k < 0:
        return []
    first = a.numbers[k]
    if first.sentence != n.sentence or _PAIR_GAP.fullmatch(a.text, first.end, n.start) is None:
        return []
    lo, _ = _sentence(a, n)
    got = _name_before(a, first.start, lo)
    if got is None:
        return []
    side = got[0].split()[-1]
    prefer = got[1] in _PREFER_VERBS
    names: list[str] = []
    for m in a.numbers[max(0, k - 12) : k]:
        if m.sentence < n.sentence - 1:
            continue
        mlo = a.sentences[m.sentence].start if a.sentences else 0
        near = _name_before(a, m.start, mlo)
        if near is None:
            continue
        text = near[0]
        last = text.split()[-1]
        if last == side or text.split()[0].lower() in _NOT_SIDES:
            continue
        if text not in names:
            names.append(text)
    out = []
    for i, text in enumerate(reversed(names[-3:])):
        f = {f"pair_other_rank={i}": 1.0}
        if prefer:
            f["pair_other_prefer"] = 1.0
        out.append((re.sub(r"['’]s$", "", text), "pair_other", f))
    return out


_NOT_SIDES = frozenset(
    {
        "a",
        "the",
        "in",
        "on",
        "among",
        "and",
        "but",
        "while",
        "with",
        "that",
        "this",
        "its",
        "his",
        "her",
        "their",
        "six-in-ten",
        "poll",
        "survey",
        "research",
        "polling",
    }
)


def paren_phrase(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """ "the economy (29%)": the words before a bracketed figure, back to a list separator."""
    i = n.token - 1
    if i < 1 or a.tokens[i].text != "(":
        return []
    lo = a.token_at(_sentence(a, n)[0])
    j = i - 1
    words = 0
    while j >= lo and words < 4:
        t = a.tokens[j]
        if t.lower in _PAREN_STOPS or t.text[:1].isdigit():
            break
        words += 1
        j -= 1
    out = []
    for width in range(1, words + 1):
        start = i - width
        if a.tokens[start].lower in ("the", "a", "an", "and", "or") and width > 1:
            continue
        text = a.text[a.tokens[start].start : a.tokens[i - 1].end]
        f = {f"paren_width={width}": 1.0}
        if width == words:
            f["paren_whole"] = 1.0
        out.append((text, "paren_phrase", f))
    return out


_DATE_WORD = re.compile(
    rf"\d\s*(?:{MONTHS})\b|\b(?:{MONTHS})\.?\s*\d|\b(?:{WEEKDAYS})\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}\b"
    rf"|\b(?:in|since|from|last|this|until|by)\s+(?:{MONTHS})\b"
)


@functools.lru_cache(maxsize=4096)  # a pure fact about a short text, asked of it many times
def date_like(text: str) -> bool:
    """A date, a weekday or a year in the candidate ("18-20 June", "Sept. 9", "on Tuesday"): a wave, not
    an option. A month name alone may be a name ("May", "June Abbott")."""
    return _DATE_WORD.search(text) is not None


# Verbs whose object is the option chosen ("14% chose Pence", "5% favour the Conservatives").
_CHOICE_VERBS = _PREFER_VERBS | frozenset(
    {"chosen", "selected", "select", "named", "name", "opted", "vote", "voted", "voting", "want", "wanted"}
    | {"backing", "supporting", "favoring", "favouring"}
)
_NARROW_CHOICE_VERBS = _CHOICE_VERBS - {"backing", "supporting", "favoring", "favouring"}
# Off: the verb is read within six tokens of the figure, never past a comma or a line's end, as before hr26.
WIDE_CHOICE_OBJECT = True
_BE_FOR = frozenset({"is", "are", "was", "were"})  # "86% are for <name>": "for" after a copula chooses
_CHOICE_REACH = (
    10  # tokens after the figure read for the verb ("of moderates who plan to vote this fall back")
)


def choice_object(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """The capitalised name a choice verb after the figure takes as its object: "19% support <name>", "41% of
    moderates who plan to vote this fall back <name>", "72% of Republicans said they were behind <name>", an
    aside's figure "<people>, 86%, are for <name>". A verb with no name after it is read past."""
    _lo, hi = _sentence(a, n)
    wide = WIDE_CHOICE_OBJECT
    if wide:
        hi = max(hi, prose_sentence_end(a.text, n.cand.mark_end, reach=120))  # a hard-wrapped line goes on
    i = a.token_at(n.cand.mark_end)
    k = i
    if (
        wide
        and k < len(a.tokens)
        and a.tokens[k].text == ","
        and n.token > 0
        and a.tokens[n.token - 1].text == ","
    ):
        k += 1  # "A plurality of independents, 38%, supports <name>": the figure is an aside
    end = min(len(a.tokens), k + (_CHOICE_REACH if wide else 6))
    while k < end and a.tokens[k].start < hi:
        tok = a.tokens[k]
        if tok.text[:1].isdigit() or tok.text in (".", ";", ",", ":"):
            return None
        verb = tok.lower
        chooses = verb in _CHOICE_VERBS or (verb == "for" and k > i and a.tokens[k - 1].lower in _BE_FOR)
        if not wide:
            chooses = verb in _NARROW_CHOICE_VERBS
        k += 1
        if not chooses:
            continue
        j = k
        while j < len(a.tokens) and a.tokens[j].lower in ("for", "the", "to", "as", "a", "an"):
            j += 1
        start = j
        while (
            j < len(a.tokens) and j - start < 4 and a.tokens[j].start < hi and a.tokens[j].text[:1].isupper()
        ):
            j += 1
        if start == j:
            if not wide:
                return None
            continue
        text = a.text[a.tokens[start].start : a.tokens[j - 1].end]
        return (
            re.sub(r"['’]s$", "", text),
            "choice_object",
            {f"choice_verb_at={min(start - i, 4)}": 1.0, "choice_prefer": float(verb in _PREFER_VERBS)},
        )
    return None


def vertical_headers(a: Analysis) -> dict[int, str]:
    """Number index -> column header in tables flattened one cell a line ("In favor |", "Opposed |",
    then "41% |", "50% |"): the leading cells without digits are the header, and every later cell of
    the run sits under header ``i % width``. Read once per text."""
    got = a.memo.get(("vertical_headers", 0))
    if isinstance(got, dict):
        return got
    out: dict[int, str] = {}
    if "\n|" in a.text or "|\n" in a.text:
        run: list[tuple[str, int]] = []
        for li, span in enumerate(a.lines):
            line = a.text[span.start : span.end].strip()
            if line == "|":
                continue
            nxt = a.text[span.end : span.end + 3].strip()[:1]
            if line.endswith("|") and line.count("|") == 1:
                run.append((line[:-1].strip(), li))
            elif line and "|" not in line and nxt == "|":
                run.append((line, li))
            else:
                _vertical_run(a, run, out)
                run = []
        _vertical_run(a, run, out)
    a.memo[("vertical_headers", 0)] = out
    return out


def _vertical_run(a: Analysis, run: list[tuple[str, int]], out: dict[int, str]) -> None:
    width = 0
    while width < len(run) and not any(ch.isdigit() for ch in run[width][0]):
        width += 1
    if width < 2 or len(run) < 2 * width:
        return
    header = [text for text, _ in run[:width]]
    for i, (_text, li) in enumerate(run[width:]):
        for m in a.numbers_by_line.get(li, []):
            out[m.index] = header[i % width]


_LEGEND_LINE = re.compile(r"^[ \t]*([A-Za-z])[ \t]*=[ \t]*([^\n=]*[A-Za-z][^\n=]*?)[ \t]*$", re.MULTILINE)
_KEY_BEFORE = re.compile(r"(?<![\w])([A-Za-z])[ \t]*[:=][ \t]*$")


def legend(a: Analysis) -> dict[str, str]:
    """A chart's key written out ("a = Should have a program", "b = Don't know"), read once per text."""
    got = a.memo.get(("legend", 0))
    if isinstance(got, dict):
        return got
    out: dict[str, str] = {}
    if " = " in a.text:
        for m in _LEGEND_LINE.finditer(a.text):
            words = m.group(2).split()
            if 1 <= len(words) <= 12:
                out.setdefault(m.group(1).lower(), " ".join(words))
    if len(out) < 2:
        out = {}
    a.memo[("legend", 0)] = out
    return out


def legend_label(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """ "a: 69%" under a key that says what "a" stands for."""
    keys = legend(a)
    if not keys:
        return None
    m = _KEY_BEFORE.search(a.text, max(0, n.start - 6), n.start)
    if m is None:
        return None
    text = keys.get(m.group(1).lower())
    return (text, "legend", {}) if text else None


def pair_side(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """The side of a two-way split a paired figure takes from the names of the sides written before it,
    in their order: "Ruiz leads Birch 48-41" (48 = Ruiz, 41 = Birch)."""
    if n.cand.partner is None:
        return None
    other = a.numbers[n.cand.partner]
    if other.sentence != n.sentence:
        return None
    pos = 0 if n.cand.first else 1
    first = n if pos == 0 else other
    lo, _ = _sentence(a, first)
    k = a.token_at(first.start) - 1
    if k >= 0 and a.tokens[k].start >= lo and a.tokens[k].lower in _CHANGE_WORDS:
        return None  # "up from 44-39": two readings of one side
    return _pair_names(a, first, pos)


# Words before a pair that make it two readings of one side, not the two sides: "from 44-39",
# "up 0.4 to 9.8%", "rose 3 to 41".
_CHANGE_WORDS = frozenset(
    {"from", "up", "down", "to", "by", "rose", "fell", "dropped", "slipped", "gained", "climbed", "between"}
)


_NAME = r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}"
_NAMES_JOINED = re.compile(
    rf"({_NAME})(?:['’]s)?[ \t]+(?:leads?|led|leading|over|vs\.?|versus|v\.|against|beats?|beat|tops?|topped"
    rf"|edges?|edged|trails?|trailed|ahead[ \t]+of|behind)[ \t]+(?:the[ \t]+)?({_NAME})(?:['’]s)?\b"
)
_NAMES_REACH = 70  # characters before a pair searched for the names of its sides


def _pair_names(a: Analysis, first: Num, pos: int) -> tuple[str, str, dict[str, float]] | None:
    """ "Ruiz leads Birch 48-41", "Ruiz vs. Birch: 48/41": the names in the order written."""
    lo, _ = _sentence(a, first)
    start = max(lo, first.start - _NAMES_REACH)
    if _numbers_between(a, first, start, first.start):
        ends = [m.end for m in a.numbers_by_sentence.get(first.sentence, []) if m.end <= first.start]
        start = max([start, *ends])
    got = None
    for m in _NAMES_JOINED.finditer(a.text, start, first.start):
        got = m
    if got is None:
        return None
    names = (_bare_name(got.group(1)), _bare_name(got.group(2)))
    if not all(names):
        return None
    if any(w.lower() in _NOT_SIDES for w in (names[0].split()[0], names[1].split()[0])):
        return None
    f = {
        "pair_names": 1.0,
        f"pair_names_gap={min((first.start - got.end()) // 15, 3)}": 1.0,
        f"pair_side_pos={pos}": 1.0,
    }
    return names[pos], "pair_side", f


_TITLES = frozenset(
    {
        "the",
        "republican",
        "democrat",
        "democratic",
        "gop",
        "sen.",
        "gov.",
        "rep.",
        "president",
        "former",
        "mr.",
        "ms.",
    }
)


def _bare_name(text: str, keep: int = 1) -> str:
    """A name without the article, party or title before it ("Republican Luke Harmon" -> "Luke Harmon"),
    keeping at least ``keep`` words ("Republican Party" stays whole with ``keep=2``)."""
    words = text.rstrip(".’'").split()
    while len(words) > keep and words[0].lower() in _TITLES:
        words.pop(0)
    return " ".join(words)


# Public for other readers of a named side (group_lists.py).
bare_name = _bare_name


# A share written once for several names ("Jeb Bush and Scott Walker at 13 percent each", "Warren and
# Klobuchar tied at 12%"): the labelled answer names them all, "Jeb Bush; Scott Walker (13% each)".
_SHARE_CUE = re.compile(r"\b(?:each|apiece|both|tied?|ties|equal|level)\b", re.IGNORECASE)
# The marks :func:`joint_names` reads with ``wide`` (for joint_shares, after grouping): "all got", "neck and neck".
_WIDE_SHARE_CUE = re.compile(r"\b(?:each|apiece|both|all|tied?|ties|equal|level|neck)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|Jr\.?|de|van|von|al-\w+)$")
_TAG = re.compile(r"\s*\([A-Z][A-Z.\-–]{0,6}\)")  # "(R-SC)", "(D)"
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_EACH_AFTER = re.compile(r"\s*(?:%|percent|per\s?cent|pc)?\s*(?:each|apiece)\b", re.IGNORECASE)
_JOINT_LINK_WORDS = 6  # words between the last name and its figure ("are tied at", "each hold")
_JOINT_OPENERS = frozenset({"The", "A", "An", "From", "With", "And", "But", "While", "Meanwhile", "Both"})
# A piece that opens with one of these says where or when ("In Ardenne, Lee and Ruiz are tied"), not who.
_PLACE_OPENERS = frozenset(
    {"In", "At", "Across", "Among", "Of", "On", "For", "By", "Since", "After", "Before"}
)
# "... at 10 and 6.4% respectively": the next share belongs to the second name.
_AND_SHARE = re.compile(r"\s*(?:%|percent|per\s?cent)?\s*(?:and|&)\s+\d")
# "Sen. Ana Ruiz, R-Ore., and ...": a party tag between commas is no name of the list.
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][\w.]*$")
# "neck and neck": its "and" joins no names.
_NECK = re.compile(r"neck[ \t-]+and[ \t-]+neck", re.IGNORECASE)
# "12% each for Ana Ruiz and Tom Vale", "5 percent apiece for Lee, Ruiz and Vale": the names after the share.
_EACH_FOR = re.compile(
    r"\s*(?:%|percent|per\s?cent|pc)?\s*(?:each|apiece)\s+(?:for|to|going\s+to)\s+(?P<names>[^;:()\n]{3,160})",
    re.IGNORECASE,
)
# The names' list ends at the next share or clause: ", 9% for ...", ", while ...", ". ".
_LIST_END = re.compile(r",?\s*(?:\d|while\b|with\b|but\b|who\b|which\b)|[.!?](?:\s|$)", re.IGNORECASE)


def _trailing_name(piece: str, *, whole: bool, wide: bool = False) -> str | None:
    """The capitalised run that ends ``piece`` ("former Utah Gov. Jon Huntsman" -> "Utah Gov. Jon
    Huntsman"); with ``whole`` only when at most two lower-case words (titles) come before it."""
    words = _TAG.sub("", piece).split()
    k = len(words)
    while k > 0 and _NAME_WORD.match(words[k - 1]):
        k -= 1
    while k < len(words) and words[k] in _JOINT_OPENERS:
        k += 1
    if k >= len(words) or len(words) - k > 5 or (whole and k > 2):
        return None
    if not wide:
        return without_title(" ".join(words[k:]).rstrip(".,")) or None
    if words[k] in _PLACE_OPENERS or (k > 0 and words[k - 1].capitalize() in _PLACE_OPENERS):
        return None  # "In Ardenne", "And in North Carolina": a place
    return _bare_name(without_title(" ".join(words[k:]).rstrip(".,")), keep=2) or None


def _leading_name(piece: str, *, wide: bool = False) -> tuple[str, str] | None:
    """The name that opens ``piece`` past up to two lower-case titles ("former Gov. Nikki Haley (R-SC)
    each hold" -> "Gov. Nikki Haley"), and the words after it."""
    words = _TAG.sub("", piece).split()
    k = 0
    while k < len(words) and k < 2 and not words[k][:1].isupper():
        k += 1
    j = k
    while j < len(words) and j - k < 5 and _NAME_WORD.match(words[j]):
        j += 1
    if (
        wide
        and j == k + 1
        and words[k].lower() in _TITLES
        and j + 1 < len(words)
        and not words[j][:1].isupper()
    ):
        k = j = j + 1  # "GOP opponent Tom Vale": the party, its role word, then the name
        while j < len(words) and j - k < 5 and _NAME_WORD.match(words[j]):
            j += 1
    if j == k or words[k] in _JOINT_OPENERS:
        return None
    name = without_title(" ".join(words[k:j]).rstrip(".,"))
    return (_bare_name(name, keep=2) if wide else name), " ".join(words[j:])


def _names_after(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """ "12% each for Ana Ruiz and Tom Vale": the names listed after a share marked "each" or "apiece"."""
    m = _EACH_FOR.match(a.text, n.cand.mark_end, min(len(a.text), n.cand.mark_end + 200))
    if m is None:
        return None
    listed = m.group("names")
    end = _LIST_END.search(listed)
    listed = listed[: end.start()] if end is not None else listed
    listed = re.sub(r"[\s,]*(?:\band|&)?[\s,]*$", "", listed)  # "..., and 1% for others": the list's end
    names: list[str] = []
    for piece in _LIST_SPLIT.split(_TAG.sub("", listed).strip()):
        words = piece.split()
        while words and not words[0][:1].isupper():
            words.pop(0)  # "the now departed Rand Paul": the words before the name
        if not words or len(words) > 5 or not all(_NAME_WORD.match(w) for w in words):
            return None
        names.append(_bare_name(without_title(" ".join(words).rstrip(".,")), keep=2))
    if len(names) < 2 or len({x.lower() for x in names}) < len(names):
        return None
    f = {"joint_cue": 1.0, f"joint_names={min(len(names), 4)}": 1.0}
    return f"{'; '.join(names)} ({n.value:g}% each)", "joint_names", f


def joint_names(a: Analysis, n: Num, *, wide: bool = False) -> tuple[str, str, dict[str, float]] | None:
    """ "Jeb Bush and Scott Walker at 13 percent each", "Buttigieg and Klobuchar tied at 19%": the
    names listed just before the figure, joined as one answer ("Jeb Bush; Scott Walker (13% each)")."""
    lo = a.sentences[n.sentence].start if a.sentences else 0
    if n.index > 0 and a.numbers[n.index - 1].sentence == n.sentence:
        lo = max(lo, a.numbers[n.index - 1].cand.mark_end)
    before = re.split(r"[\n;:]", a.text[lo : n.start])[-1]
    if wide:  # the shapes joint_shares reads after grouping (the rankers' proposal stays as it was fitted)
        after = _names_after(a, n)
        if after is not None:
            return after
        tail = a.text[n.cand.mark_end : a.sentences[n.sentence].end if a.sentences else len(a.text)]
        if _AND_SHARE.match(tail) or "respectively" in tail:
            return None  # "Lee and Ruiz both fell, to 10 and 6%": one share each
        before = _NECK.sub(lambda m: "x" * len(m.group()), before)
    joins = list(re.finditer(r"\s(?:and|&)\s", before))
    if not joins:
        return None
    last = joins[-1]
    lead = _leading_name(before[last.end() :], wide=wide)
    if lead is None:
        return None
    name, rest = lead
    # "... tied for second place, each with 16%": a closing "each" after the comma still shares the figure
    link = rest.rsplit(",", 1)[-1] if wide and re.search(r",\s*(?:each|both)\b[^,]*$", rest) else rest
    if len(rest.split()) > _JOINT_LINK_WORDS or any(ch in link for ch in ",.()") or "." in rest:
        return None
    names = [name]
    pieces = before[: last.start()].rstrip(" ,").split(",")
    for k, piece in enumerate(reversed([p for p in pieces if not (wide and _PARTY_TAG.match(p.strip()))])):
        got = _trailing_name(piece, whole=k > 0, wide=wide)
        if got is None or len(names) >= 4:
            break
        names.insert(0, got)
        if k == 0 and len(piece.split()) > len(got.split()) + 2:
            break  # the list's first name, after words that open the sentence
    if len(names) < 2 or len({x.lower() for x in names}) < len(names):
        return None
    each = _EACH_AFTER.match(a.text, n.cand.mark_end, n.cand.mark_end + 24) is not None
    f = {
        "joint_cue": float(
            each
            or _SHARE_CUE.search(rest) is not None
            or (wide and _WIDE_SHARE_CUE.search(rest.replace("x" * 13, "neck")) is not None)
            or (
                wide and re.search(r"\bboth\s+(?:the\s+)?[A-Z]", pieces[-1]) is not None
            )  # "both A and B hold"
        ),
        f"joint_names={min(len(names), 4)}": 1.0,
    }
    if all(" " not in x and x.endswith("s") for x in names):
        f["joint_plural"] = 1.0  # "Democrats and independents at 40%": people more often than options
    return f"{'; '.join(names)} ({n.value:g}% each)", "joint_names", f
