"""The race a roundup line's race code names ("AZ-Sen:", "SEN-NC:", "OH-09:", "Ohio Governor race:").

Blogs that gather the day's US polls give each poll a line of its own, opened by the race it polls: a
state's postal code and the office ("ZZ-Sen", "ZZ-Gov", "ZZ-07", "ZZ-AL", "SEN-ZZ", "#ZZSEN"), or the
state's name and the office ("Zedland Governor race:"), then the pollster and the shares ("Ann Lee (D): 46,
Bo Ruiz (R): 44"). Some print the shares one to a line under the code's line:

    ZZ-Sen: Harbor Polling (9/20-22, likely voters, 8/1 in parens):
    Ann Lee (D): 46 (44)
    Bo Ruiz (R): 41 (43)

Every such line is its own race, and no sentence names it: the rankers took the roundup's heading (often
a writer's question) or the passage's first race for all of them, and its first state for their people.
A code's party letter after it ("ZZ-Gov (R)", "ZZ-Sen'D") is that party's primary.

Here the race a figure's line opens with, or else the code line heading its block of short lines (no blank
line or prose between), is read once per line; :func:`apply` (a fixed step after grouping, label only)
writes that race's question on a vote share's figures, and :mod:`state_scopes` reads its state as the
row's. The year is the passage's own where it writes one before the figure; none is made up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.candidate_tables import STATE_BY_CODE
from bot.reading.extract.district_races import ordinal_of
from bot.reading.extract.groups import Labelled
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.question_templates import passage_year
from bot.reading.extract.race_templates import RaceParts, race_question
from bot.reading.extract.vocab import MONTHS

RACE_CODES = True

# A line's bullet, or a live blog's time stamp ("9:25 AM PT:"), before the code.
_OPEN: Final = (
    r"^[ \t]*(?:[-*•·#>]+[ \t]*)?(?:\d{1,2}:\d\d[ \t]*[AaPp]\.?[Mm]\.?(?:[ \t]+[A-Z]{2,3})?[ \t]*:[ \t]*)?"
)
# "AZ-Sen", "AZ-SEN", "OH-09", "ND-AL", "SEN-NC", "#NCSEN", "#AZsen"; a party letter may follow ("AZ-Gov (R)",
# "ND-AL'R") and the line goes on with ":" or the poll's bracket ("AR-Sen (5/19, likely voters):").
_CODE: Final = re.compile(
    _OPEN
    + r"(?:(?P<code>[A-Z]{2})-(?P<office>Sen|SEN|Gov|GOV|AL|\d{1,2})"
    + r"|(?P<office2>SEN|GOV|Sen|Gov)-(?P<code2>[A-Z]{2})"
    + r"|\#(?P<code3>[A-Z]{2})(?P<office3>SEN|Sen|sen|GOV|Gov|gov))\b"
    + r"(?:[ \t]*\((?P<party>[RD])\)|['’](?P<party2>[RD])\b)?"
    + r"(?=[ \t]*(?:[:(]|$)|[ \t]+\S)"
)
# "Ohio Governor race:", "Ohio Senate:", "Ohio gubernatorial race:", "Ohio Senate Republican primary:".
_NAMED: Final = re.compile(
    _OPEN
    + r"(?P<state>"
    + US_STATES_ALTERNATION
    + r")[ \t]+(?:U\.?S\.?[ \t]+)?(?P<office>Senate|Governor|Gubernatorial|governor|gubernatorial)"
    + r"(?:['’]s)?(?:[ \t]+(?:[Rr]ace|[Cc]ontest))?[ \t]*:"
)
_LIKELY: Final = re.compile(r"\b(?:likely voters|LV)\b")
_BLOCK_LINES: Final = 8  # lines of one code's block read back
_BLOCK_LINE_CHARS: Final = 90  # a block's lines are short: a name and its shares, a margin, a note
_PARTIES: Final = {"R": "Republican", "D": "Democratic"}
# A printed question that is not a vote (a rating told on a code's line) keeps its own words.
_OTHER_MEASURE: Final = re.compile(r"\b(?:favou?rabl|approv|opinion|rating|job)", re.IGNORECASE)


# An earlier reading told in brackets after the line's shares, opened by its time: "(early Oct.: 47-45 Lee)",
# "(July: 55-38 Ruiz)", "(September results: Lee 46-40)", "(last poll: 44-41 Lee)".
_TIME_BRACKET: Final = re.compile(
    r"\((?P<time>(?:(?:early|mid|late)[ -]?)?(?:"
    + MONTHS
    + r")\.?(?:[ \t][^():]{0,20})?|(?:[Ll]ast|[Pp]revious|[Pp]rior|[Ee]arlier)[ \t][^():]{0,20})[ \t]*:(?P<body>[^()]*)\)"
)
# A block that prints each share's earlier reading in brackets after it says so on its code line
# ("..., 4/26 in parens)", "trendlines from May in parentheses").
_IN_PARENS: Final = re.compile(r"\bin\s+(?:parens|parentheses|brackets)\b")
# A candidate's name and party tag: "Ann Lee (D-inc)", "Lee (R)", "Bo Ray (D-NPL-inc)".
_NAME_TAG: Final = (
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*\((?:[DRILG]|Dem|Rep|Ind|Lib|Grn)(?:-[A-Za-z]+)*\)"
)
# A candidate's name and party tag right before a share: "Ann Lee (D-inc): ", "Lee (R) ", "Bo Ray (D-NPL-inc): ".
_TAGGED: Final = re.compile(r"(?:^|[:,;]\s*|\band\s+)" + _NAME_TAG + r"\s*:?\s*$")
# A bracketed earlier reading's shares and the name of the side that led it: "47-45 Lee", "43-41-6 Lee".
_LED: Final = re.compile(r"^\s*(?P<values>\d{1,2}(?:\s*-\s*\d{1,2})+)\s+(?P<name>[A-Z][\w'’-]+|tie|tied)\s*$")
# Every party-tagged name with its share on a line, in order: "Ann Lee (D-inc): 48, Bo Ray (R) 44".
_TAGGED_ALL: Final = re.compile(_NAME_TAG + r"\s*:?\s*\d")


@dataclass(frozen=True, slots=True)
class RaceCode:
    state: str
    office: str  # "Senate", "governor", "House"
    district: str  # "9th", "at-large" or "" (House seats only)
    party: str  # a party's primary, or ""


def _read(line: str) -> RaceCode | None:
    m = _CODE.match(line)
    if m is not None:
        code = m.group("code") or m.group("code2") or m.group("code3")
        raw = (m.group("office") or m.group("office2") or m.group("office3")).lower()
        state = STATE_BY_CODE.get(code, "")
        if not state:
            return None
        party = _PARTIES.get(m.group("party") or m.group("party2") or "", "")
        if raw == "sen":
            return RaceCode(state, "Senate", "", party)
        if raw == "gov":
            return RaceCode(state, "governor", "", party)
        if raw == "al":
            return RaceCode(state, "House", "at-large", party)
        return RaceCode(state, "House", ordinal_of(raw), party) if int(raw) > 0 else None
    m = _NAMED.match(line)
    if m is None:
        return None
    office = "Senate" if m.group("office") == "Senate" else "governor"
    return RaceCode(m.group("state"), office, "", "")


def line_race(a: Analysis, i: int) -> RaceCode | None:
    """The race line ``i`` opens with, or the code line heading the block of short lines it sits in."""
    key = ("race_code", i)
    if key in a.memo:
        got = a.memo[key]
        return got if isinstance(got, RaceCode) else None
    found: RaceCode | None = None
    for j in range(i, max(-1, i - _BLOCK_LINES), -1):
        text = a.line_text(j)
        found = _read(text)
        if found is not None or not text.strip():
            break
        if j != i and (len(text) > _BLOCK_LINE_CHARS or text.rstrip().endswith((".", "?", "!"))):
            break  # prose between: the block has ended
        if j == i and len(text) > _BLOCK_LINE_CHARS:
            break  # a line of prose of its own
    a.memo[key] = found if found is not None else False
    return found


def code_state(a: Analysis, n: Num) -> str:
    """The state of the race the figure's line or block opens with, or "" (for :mod:`state_scopes`)."""
    if not RACE_CODES or not has_codes(a):
        return ""
    race = line_race(a, n.line)
    return race.state if race is not None else ""


def has_codes(a: Analysis) -> bool:
    """Whether any line of the passage opens with a race code (read once per passage)."""
    key = ("race_codes_any", 0)
    got = a.memo.get(key)
    if not isinstance(got, bool):
        got = a.memo[key] = any(_read(a.line_text(i)) is not None for i in range(len(a.lines)))
    return got


def race_of(race: RaceCode, year: str) -> str:
    """The race's question in the labels' words (see :func:`race_templates.race_question`)."""
    if race.office == "House" and race.district:
        words = [w for w in (year, race.state, race.party) if w]
        tail = "primary" if race.party else "race"
        return "Vote choice in the " + " ".join(words) + f" {race.district} congressional district {tail}"
    parts = RaceParts(year, race.state, race.party, race.office, "primary" if race.party else "race")
    return race_question(parts) or ""


def _names_no_one(a: Analysis, n: Num, population: str) -> bool:
    """Whether ``population`` names no one: empty, the sample's bare word, or the pollster's cell the line
    writes before the figure ("Mesa Research: Ruiz 47")."""
    low = population.strip().lower()
    if low in ("", "respondents", "people"):
        return True
    before = a.text[a.lines[n.line].start : n.start]
    return f"{population.strip()}:" in before


def _sample(a: Analysis, i: int, race: RaceCode) -> str:
    """The block's sample word for a figure whose population names no one: "likely voters" where the code's
    line writes it, else "voters"; a party's primary is its primary voters'."""
    words = (
        "likely voters"
        if any(_LIKELY.search(a.line_text(j)) for j in range(max(0, i - 1), i + 1))
        else "voters"
    )
    return f"{words.replace('voters', '')}{race.party} primary voters".strip() if race.party else words


_OFFICE_WORDS: Final = {
    "Senate": ("Senate",),
    "governor": ("governor", "gubernatorial"),
    "House": ("district",),
}


def _names_race(question: str, race: RaceCode) -> bool:
    """Whether ``question`` already asks this race in its own words ("... the 2030 Ohio U.S. Senate race"):
    the same state, office and contest (a party's primary, or none)."""
    if not question.startswith("Vote choice in ") or race.state not in question:
        return False
    if not any(w in question for w in _OFFICE_WORDS[race.office]):
        return False
    if race.district and race.district not in question:
        return False
    return (race.party in question) if race.party else ("primary" not in question)


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """A vote share on a race code's line or block asks that race, and a population that names no one
    takes the block's sample word, which :mod:`state_scopes` then places (module docstring); a block row's
    earlier reading in brackets with no answer takes the row's; a share with no answer after a party-tagged
    name takes the name; a bracketed "(July: 55-38 Lee)" gives its first share to the side it names."""
    if not figs or not a.lines or not has_codes(a):
        return
    for f in figs:
        if not f.answer and line_race(a, f.line) is not None:
            f.answer = _tagged_answer(a, a.numbers[f.num_index]) or f.answer
    _led_answers(a, figs)
    for k, f in enumerate(figs):
        row = figs[k - 1] if k else None
        if (
            row is not None
            and not f.answer
            and row.line == f.line
            and row.answer
            and _earlier(a, a.numbers[f.num_index]) == "earlier"
        ):
            f.answer = row.answer  # "Ann Lee (D): 48 (45)": the row's name
        if f.question and _OTHER_MEASURE.search(f.question) is not None:
            continue
        n = a.numbers[f.num_index]
        race = line_race(a, n.line)
        if race is None:
            continue
        if not _names_race(f.question, race):
            f.question = race_of(race, passage_year(a, n.start)) or f.question
        if _names_no_one(a, n, f.population):
            f.population = _sample(a, n.line, race)


def _full_name(a: Analysis, name: str) -> str:
    """A one-word name as the passage writes it in full elsewhere ("Nelson" -> "Bill Nelson"), else as is."""
    if " " in name:
        return name
    m = re.search(r"\b([A-Z][a-z]+)\s+" + re.escape(name) + r"\b", a.text)
    return f"{m.group(1)} {name}" if m is not None and m.group(1) not in ("Sen", "Gov", "Rep") else name


def _tagged_answer(a: Analysis, n: Num) -> str:
    """The name tagged with a party right before the figure on its line ("Ann Lee (D-inc): 48"), or ""."""
    line = a.lines[n.line]
    m = _TAGGED.search(a.text[line.start : n.start])
    return _full_name(a, m.group("name")) if m is not None else ""


def _led_answers(a: Analysis, figs: list[Labelled]) -> None:
    """A code line's earlier reading "(early Oct.: 47-45 Lee)": the first share is the named side's, the
    others go to the line's other party-tagged candidates in the order the line gives them (all of them in
    that order for a tie)."""
    by_line: dict[int, list[Labelled]] = {}
    for f in figs:
        by_line.setdefault(f.line, []).append(f)
    for line, members in by_line.items():
        text = a.line_text(line)
        start = a.lines[line].start
        for m in _TIME_BRACKET.finditer(text):
            led = _LED.match(m.group("body"))
            if led is None:
                continue
            lo, hi = start + m.start("body"), start + m.end("body")
            inside = [f for f in members if lo <= a.numbers[f.num_index].start < hi]
            sides = [_full_name(a, t.group("name")) for t in _TAGGED_ALL.finditer(text, 0, m.start())]
            leader = next((x for x in sides if x.split()[-1] == led.group("name")), "")
            order = [leader, *(x for x in sides if x != leader)] if leader else sides
            slots = [lo + v.start() for v in re.finditer(r"\d+", m.group("body"))]
            if (not leader and not led.group("name").startswith("tie")) or len(slots) > len(order):
                continue
            for f in inside:  # each share by its place in the reading (one may not be read as a figure)
                at = a.numbers[f.num_index].start
                if at in slots:
                    f.answer = order[slots.index(at)]


def _code_line(a: Analysis, i: int) -> int:
    """The index of the code line heading line ``i``'s block (``i`` itself where it opens with one)."""
    for j in range(i, max(-1, i - _BLOCK_LINES), -1):
        if _read(a.line_text(j)) is not None:
            return j
    return i


def _earlier(a: Analysis, n: Num) -> str | None:
    """The earlier wave a figure on a race code's line or block belongs to (its bracket's time, or the
    block's "in parens" reading), or None where it is the line's own poll."""
    line = a.lines[n.line]
    text = a.text[line.start : line.end]
    at = n.start - line.start
    for m in _TIME_BRACKET.finditer(text):
        if m.start("body") <= at < m.end("body"):
            return " ".join(m.group("time").split())
    before = text[:at].rstrip()
    if before.endswith("(") and text[at + len(a.text[n.start : n.end]) :].lstrip().startswith(")"):
        prior = before[:-1].rstrip().rstrip("%").rstrip()
        if prior[-1:].isdigit() and _IN_PARENS.search(a.line_text(_code_line(a, n.line))) is not None:
            return "earlier"
    return None


def _row_label(a: Analysis, n: Num) -> str:
    """The words a block's row writes before its first number ("Ann Lee (D)")."""
    line = a.lines[n.line]
    head = a.text[line.start : n.start]
    return " ".join(re.split(r"\d", head, maxsplit=1)[0].strip(" \t:-").split())


def _coded(a: Analysis, f: Labelled) -> bool:
    """Whether the figure sits on a race code's line or block (another race's, where not this block's)."""
    return line_race(a, a.numbers[f.num_index].line) is not None


def split_earlier(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with a race code line's earlier readings ("(early Oct.: 47-45 Lee)", a block's "43 (45)"
    under "4/26 in parens") in a group of their own, one per group they were clustered in; a figure with no
    wave yet takes the reading's time as its wave. A block of one candidate a line under its code line,
    whose rows name each candidate once, is one poll: its own readings one group, its earlier ones another
    (where no group reaches past the roundup's code lines). Run right after clustering."""
    if not figs or not a.lines or not has_codes(a):
        return cluster_ids
    ids = list(cluster_ids)
    fresh = max(ids, default=-1) + 1
    moved: dict[int, int] = {}
    blocks: dict[int, list[tuple[int, bool]]] = {}
    for k, f in enumerate(figs):
        n = a.numbers[f.num_index]
        if line_race(a, n.line) is None:
            continue
        time = _earlier(a, n)
        head = _code_line(a, n.line)
        if head != n.line:
            blocks.setdefault(head, []).append((k, time is not None))
        if time is None:
            continue
        if ids[k] not in moved:
            moved[ids[k]] = fresh
            fresh += 1
        ids[k] = moved[ids[k]]
        if f.when is None:
            f.when = time
    for members in blocks.values():
        rows = [a.numbers[figs[k].num_index].line for k, earlier in members if not earlier]
        labels = [_row_label(a, a.numbers[figs[k].num_index]) for k, earlier in members if not earlier]
        inside = {k for k, _ in members}
        reach = {ids[k] for k in inside}
        if (
            len(rows) < 2
            or len(set(rows)) != len(rows)
            or len(set(labels)) != len(labels)
            or any(ids[k] in reach and k not in inside and not _coded(a, figs[k]) for k in range(len(figs)))
        ):
            continue
        for earlier in (False, True):
            part = [k for k, e in members if e == earlier]
            if part:
                for k in part:
                    ids[k] = fresh
                fresh += 1
    return ids
