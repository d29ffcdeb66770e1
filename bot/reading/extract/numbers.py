"""Find candidate numbers in a text: every number that could be a poll percentage.

This module only *finds* numbers and records their shape (digits or words, followed by a percent
marker or bare, paired with a neighbour as in "52% to 41%" or "55-41"). Deciding whether a number is
a poll figure is the job of :mod:`bot.reading.extract.filters`.

All patterns are linear: no nested quantifiers, atomic groups where a digit run could otherwise be
re-tried, and lookbehinds that reject numbers glued to other numbers or to ``%`` signs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bot.reading.extract.scan import finder_starts, finditer_at, folded

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_TENS_ALT = "|".join(TENS)
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_UNITS_ALT = "|".join(sorted(UNITS, key=len, reverse=True))

# A percent marker right after a number: "%", " %", " percent", " per cent", "-per cent", " pct", and the
# press's " pc" written apart from its number ("37.2 pc", British, Irish and Indian papers; lower case only:
# "PC" is a party). Glued to the number ("35pc") it is no marker here: the digits are no candidate of
# the rules (see _PRESS_PC).
PCT_MARK = re.compile(r"[ \t]?(?:-[ \t]?)?(?:%|percent\b|per[ \t-]?cent\b|pct\b|(?-i:pc)\b)", re.IGNORECASE)

# The first digit comes before the lookbehind, which checks the character before it: the same matches
# as "(?<![\w.$£€%/])(?>\d{1,3}(?:,\d{3})+|\d+)...", but the engine can skip ahead to the next digit.
_DIGITS = re.compile(
    r"\d(?<![\w.$£€%/]\d)(?>\d{0,2}(?:,\d{3})+|\d{0,2},\d{1,2}(?=[ \t]?%)|\d*)(?:\.\d+)?(?![\w/]|\.\d)"
)
# A decimal comma, as pollsters in South Africa and much of Europe write a share ("39,8%"): one or two
# digits after the comma and a percent sign right after. A thousands group has three digits after its
# comma ("1,024"), and a list of numbers a space ("12, 15 and 20%").
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def written_decimal(written: str) -> bool:
    """Whether a number as written has a decimal part: "44.4", or "39,8" with a decimal comma."""
    return "." in written or DECIMAL_COMMA.fullmatch(written) is not None


# Characters PCT_MARK can start with (IGNORECASE; nothing but "p" and "P" matches "p"): a cheap test
# before PCT_MARK.match, which most numbers ("in 2019", "$2 million") fail.
_MARK_FIRST = frozenset(" \t-%pP")
# Spelled-out numbers only count before a percent marker, so they are looked for backwards from each
# marker in a short window instead of at every word of the text.
_MARKER = re.compile(r"(?<=[A-Za-z])[ \t]?-?[ \t]?(?:%|percent\b|per[ \t-]?cent\b|pct\b)", re.IGNORECASE)
# The same over lower-cased text, case-sensitive (about twice as fast; used when lower() keeps offsets).
_MARKER_LOWER = re.compile(r"(?<=[a-z])[ \t]?-?[ \t]?(?:%|percent\b|per[ \t-]?cent\b|pct\b)")
# Every _MARKER_LOWER match ends in "%", "per..." or "pct" at most three characters ("[ \t]?-?[ \t]?")
# after its start, which follows a letter: so it starts at most 3 characters before one of these keys,
# right after a letter or in a run of spaces, tabs and hyphens before the key.
_MARKER_KEY = re.compile(r"%|p(?:er|ct)")
_MARKER_GAP = frozenset(" \t-")
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")
_SPELLED_BEFORE = re.compile(
    rf"""\b(?P<w>
        (?:{_TENS_ALT})(?:[\s-](?:{_DIGIT_WORDS}))?
      | (?:{_UNITS_ALT})
      | (?:one[\s-]|a[\s-])?hundred
    )[ \t]?-?[ \t]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# "52% to 41%", "55-41", "67 - 29 percent", "39% vs. 36%", "47 to 53".
_PAIR_JOIN = re.compile(r"[ \t]*(?:-|–|—|to|vs\.?|versus|v\.?)[ \t]*", re.IGNORECASE)
# A number that names a ballot measure, a question or a district ("Measure 14 - 52% Yes", "Question 2 - 45%
# in favor") opens its line's result, not a pair of shares: the dash after it is not a pair's join. The
# name is capitalised, as an id is ("the measure 64% to 30%" is a pair).
_ID_BEFORE = re.compile(
    r"\b(?:Prop(?:osition)?|PROP(?:OSITION)?|Measure|MEASURE|Question|QUESTION|Amendment|AMENDMENT|Initiative|"
    r"Issue|ISSUE|Referendum|District|Ward|No)\.?[ \t]*$"
)
_DASH_JOIN = re.compile(r"[ \t]*[-–—][ \t]*")


# "49/41", "52/44", "90/5": two shares written with a slash (a favourability or head-to-head split).
# Not dates ("3/22/10": a third part), fractions of a whole ("1/2" is kept: the figure stage weighs it)
# or numbers glued to letters; each side at most two digits and one decimal.
_SLASH_PAIR = re.compile(r"(?<![\w./$£€%])(\d{1,2}(?:\.\d)?)/(\d{1,2}(?:\.\d)?)(?![\w/%]|\.\d|/)")

# "38%/49%": the second share of a slash split glued to the first one's percent sign (the digits after a
# slash are no candidate of the rules, which read them as a date's or fraction's tail).
_SLASH_SECOND = re.compile(r"(?<=\d%/)(\d{1,2}(?:\.\d)?)%")

# "35pc": the press's percent sign, glued to the number (not "PC" the party, not "pcs").
_PRESS_PC = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)pc\b")

# "Approve.......41": a number glued to a dotted leader (the digits after a dot are no candidate of the
# rules, which read them as a decimal's tail).
_LEADER_NUM = re.compile(r"(?:\.{3,}|…)(\d{1,3}(?:\.\d+)?)(?![\w/]|\.\d)")

# A safety valve for number dumps: real posts have a few hundred numbers at most.
MAX_CANDIDATES = 20_000


@dataclass(slots=True)
class Candidate:
    """A number found in the text, before any decision about whether it is a poll figure.

    ``marked`` is true when a percent marker follows (or, for the first number of a pair such as
    "67 - 29 percent", follows its partner). ``mark_end`` is the offset after the marker (or after the
    number when unmarked). ``partner`` is the index of the other number of a pair, ``first`` tells
    which side of the pair this one is.
    """

    value: float
    start: int
    end: int
    mark_end: int
    marked: bool
    spelled: bool
    partner: int | None = None
    first: bool = False


def words_to_number(words: str) -> float | None:
    """Parse a spelled-out number from 0 to 100 ("Sixty-four", "thirty one", "a hundred")."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p]
    if not parts:
        return None
    if parts[-1] == "hundred":
        return 100.0 if len(parts) <= 2 else None
    if len(parts) == 1:
        if parts[0] in UNITS:
            return float(UNITS[parts[0]])
        if parts[0] in TENS:
            return float(TENS[parts[0]])
        return None
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return float(TENS[parts[0]] + UNITS[parts[1]])
    return None


def parse_number(written: str) -> float | None:
    """The value of a number as written: "45", "45.5", "1,024", "Sixty-four". None if not a number."""
    s = written.strip()
    if not s:
        return None
    if s[0].isdigit():
        if len(s) > 15:
            return None
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    return words_to_number(s)


def find_candidates(text: str, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Every number in ``text`` (up to ``limit``) with its percent marker and pairing, in text order."""
    out: list[Candidate] = []
    for m in _DIGITS.finditer(text):
        if len(out) >= limit:
            break
        written = m.group()
        if len(written) > 15:  # parse_number's limit (a match is digits, commas and a dot: no strip)
            continue
        try:
            if DECIMAL_COMMA.fullmatch(written):
                number = float(written.replace(",", "."))
            else:
                number = float(written.replace(",", ""))
        except ValueError:  # as parse_number does (not seen: any Unicode digit parses)
            continue
        start, end = m.start(), m.end()
        mk = PCT_MARK.match(text, end) if text[end : end + 1] in _MARK_FIRST else None
        out.append(Candidate(number, start, end, mk.end() if mk else end, mk is not None, spelled=False))
    spelled: list[Candidate] = []
    low = folded(text)  # shared with other passes; None only where _MARKER gives the same matches anyway
    markers = _MARKER.finditer(text) if low is None else finditer_at(_MARKER_LOWER, low, _marker_starts(low))
    for mk in markers:
        if len(spelled) >= limit:
            break
        window_start = max(0, mk.start() - 24)
        w = _SPELLED_BEFORE.search(text, window_start, mk.start())
        if w is None:
            continue
        value = words_to_number(w.group("w"))
        if value is None:
            continue
        pm = PCT_MARK.match(text, w.end("w"))
        if pm is None:
            continue
        spelled.append(Candidate(value, w.start("w"), w.end("w"), pm.end(), True, spelled=True))
    if spelled:
        out = sorted(out + spelled, key=lambda c: c.start)
    _link_pairs(text, out)
    _mark_chains(text, out)
    return out


def with_extra_candidates(text: str, cands: list[Candidate], limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """``cands`` plus the numbers the rules do not read: both sides of every "49/41" split, each
    paired with the other (bare), press-style percentages ("35pc") and numbers glued to a dotted leader
    ("Approve.......41"), in text order. ``cands`` is
    left as it is (the rules read it): the result holds copies with partner indices renumbered.
    Numbers that would pass ``limit`` are left out."""
    found: list[tuple[Candidate, ...]] = []
    room = limit - len(cands)
    used = 0
    if "/" in text:
        for m in _SLASH_PAIR.finditer(text):
            if used + 2 > room:
                break
            x = Candidate(float(m.group(1)), m.start(1), m.end(1), m.end(1), False, spelled=False, first=True)
            y = Candidate(float(m.group(2)), m.start(2), m.end(2), m.end(2), False, spelled=False)
            found.append((x, y))
            used += 2
        for m in _SLASH_SECOND.finditer(text):
            if used + 1 > room:
                break
            found.append((Candidate(float(m.group(1)), m.start(1), m.end(1), m.end(), True, spelled=False),))
            used += 1
    if "pc" in text:
        for m in _PRESS_PC.finditer(text):
            if used + 1 > room:
                break
            found.append((Candidate(float(m.group(1)), m.start(1), m.end(1), m.end(), True, spelled=False),))
            used += 1
    if "..." in text or "…" in text:
        for m in _LEADER_NUM.finditer(text):
            if used + 1 > room:
                break
            mk = PCT_MARK.match(text, m.end(1))
            end = mk.end() if mk else m.end(1)
            found.append(
                (Candidate(float(m.group(1)), m.start(1), m.end(1), end, mk is not None, spelled=False),)
            )
            used += 1
    if not found:
        return cands
    copies = [replace(c) for c in cands]
    merged = sorted(copies + [c for group in found for c in group], key=lambda c: c.start)
    at = {id(c): i for i, c in enumerate(merged)}
    for old, new in zip(cands, copies, strict=True):
        if old.partner is not None:
            new.partner = at[id(copies[old.partner])]
    for group in found:
        if len(group) == 2:
            x, y = group
            x.partner, y.partner = at[id(y)], at[id(x)]
    return merged


def _marker_starts(low: str) -> Iterator[int]:
    """Offsets where _MARKER_LOWER can match ``low`` (a superset, ascending): see _MARKER_KEY."""
    last = 0
    for q in finder_starts(_MARKER_KEY, low):
        before = low[q - 1 : q]
        if before in _LOWER_ASCII:
            first = q
        elif before in _MARKER_GAP:
            first = max(q - 3, 1)
        else:
            continue  # a digit, "(", ...: no match ends at this key
        yield from range(max(first, last), q + 1)
        last = q + 1


# A dash between two numbers of a chain: "25-19-18-13-8 percent" (no spaces, as such lists are written).
_CHAIN_DASH = frozenset({"-", "–", "—"})
# Fewest numbers of a chain: two are a pair, read by _link_pairs.
_CHAIN_MIN = 3


def _mark_chains(text: str, cands: list[Candidate]) -> None:
    """Mark every number of a chain of three or more shares joined by dashes whose last carries the
    percent marker ("25-19-18-13-8 percent", a field's shares in order): the marker is the whole chain's,
    as "67 - 29 percent" marks its 67. _link_pairs pairs the chain's numbers two by two and leaves the
    pairs before the last bare, so the figure stage weighed "25-19" as an unmarked pair (a score, a range)."""
    run: list[Candidate] = []
    for c in cands:
        if run and not c.spelled and c.start - run[-1].end == 1 and text[run[-1].end] in _CHAIN_DASH:
            if run[-1].marked:  # a marked number mid-chain ("44%-40%-...") is written as a pair's side
                run = [c]
                continue
            run.append(c)
        else:
            run = [] if c.spelled else [c]
        if len(run) >= _CHAIN_MIN and c.marked and all(x.value <= 100 for x in run):
            for x in run:
                x.marked = True


def _link_pairs(text: str, cands: list[Candidate]) -> None:
    """Pair neighbours joined by "-", "to", "vs." so that "67 - 29 percent" marks the 67 too."""
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if a.partner is not None or b.partner is not None or a.spelled or b.spelled:
            continue
        gap_start = a.mark_end
        if b.start - gap_start > 12:
            continue
        j = _PAIR_JOIN.fullmatch(text, gap_start, b.start)
        if j is None:
            continue
        if _DASH_JOIN.fullmatch(j.group()) and _ID_BEFORE.search(text, max(0, a.start - 16), a.start):
            continue
        if a.marked != b.marked and not (b.marked and not a.marked):
            # "52% - 41" (marked then bare) is not a pair we trust.
            continue
        a.partner, b.partner = i + 1, i
        a.first = True
        if b.marked and not a.marked:
            a.marked = True
