"""A race question checked against the race its group's own sentences name.

A horse-race question reaches a group from far away: the passage's first race (its heading), the
fuller question of a group before it (:func:`question_measures.fuller_question`), the group's vote
after clustering. A page that reports several contests then gives its later ones the first one's name:
"In the Democratic primary, X leads Y 48 to 6" under "Vote choice in the Republican primary", a general
election matchup under the party primary named above it, a poll in Maine under the Minnesota race
reported before it. The group's own words say which contest it is.

Here each group asking a named race ("Vote choice in the ...") reads the race its members' own
sentences (and a table's block heading) name, with nothing filled in from the passage. Where that race
contradicts the question's (another party's contest; a general election against a party's
primary; another state), the question is rebuilt: the parts the group's words name replace the
question's, the parts they leave out (year, office, state) are kept. Runs after clustering, so grouping
never depends on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.candidate_tables import STATE_BY_CODE
from bot.reading.extract.memo import per_text
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.race_templates import RaceParts, mask_past, race_parts, race_question
from bot.reading.extract.scan import folded, gated, search_at, word_starts

RACE_SCOPE = True
MATCHUP_ACROSS_PARTIES = True

_STATES = US_STATES_ALTERNATION
# A state named as where the poll or the race is ("a survey in Maine", "Maine voters", "the Maine governor's
# race"), not a candidate's ("Florida Gov. X", "Sen. Y of Texas").
_STATE = re.compile(
    rf"\b[Ii]n\s+({_STATES})\b(?!\s+(?:Gov|Sen|Rep|Lt)\b)|"
    rf"\b({_STATES})(?:['’]s)?\s+(?:(?:likely|registered|Democratic|Republican|GOP|primary)\s+)*"
    r"(?:voters|residents|adults|electorate|Democrats|Republicans|independents|governor['’]s\s+race|"
    r"gubernatorial|Senate\s+race|U\.S\.\s+Senate\s+race|primary|caucus(?:es)?)\b"
)

# A state heading a section of a page that reports several states' races: a line that is the state's name
# alone ("Montana", "Nevada:"), or a paragraph led by the name and a colon or a dash ("Iowa: Kettle edges
# Brandt ..."). The races below it, up to the next such heading, are that state's. Capitals only as the
# name is written (a dateline in capitals, "WASHINGTON --", is a city).
SECTION_STATES = True
POSTAL_HEADS = True
_SECTION_LINES = 40
# A list's bullet may lead the line ("- Maryland: ...", "• OH: ...").
_STATE_HEAD = re.compile(rf"^[ \t#*•-]*({_STATES})[ \t]*(?::|[—–]|\s-\s|$)")
# The state's postal code opening a roundup's row ("OH: Ruiz (D) 47, Lane (R) 44", "NV - ..."), a colon or
# a dash after it, never the code alone: that row's race is the state's.
_CODE_HEAD = re.compile(r"^[ \t#*•-]*([A-Z]{2})[ \t]*(?::|[—–]|\s-\s)")
# An office alone as a block heading ("Governor", "Senate", "U.S. Senate:") over a list of candidates: the
# list is that office's race.
OFFICE_HEADINGS = True
_OFFICE_HEAD = re.compile(
    r"^(?P<o>(?:U\.?S\.?\s+)?Senate|Governor|Gubernatorial|President(?:ial)?|Mayor(?:al)?)(?:\s+race)?$",
    re.IGNORECASE,
)

_RACE_QUESTION = re.compile(r"^Vote choice in the\b")
# A contest between the parties' candidates, not within one party: "if the general election were held today",
# "the general-election matchup". A matchup or head-to-head alone may be within one party's primary.
_GENERAL = re.compile(
    r"\bgeneral[-\s]+elections?\b|\bgeneral\s+(?:race|contest|matchups?|match-ups?)\b", re.IGNORECASE
)
_PARTY_CONTEST = re.compile(r"\b(?:primary|primaries|nomination|caucus(?:es)?|runoff)\b", re.IGNORECASE)
# A party's own contest: "the Democrat primary", "the GOP nomination for governor", "on the Republican side".
# A party beside "race" or "candidates" may name a candidate's side in a contest between the parties
# ("three Republican candidates for the Senate contest"), so it does not count.
_PARTY_OWN = re.compile(
    r"\b(?P<p>GOP|Republican|Democratic|Democrat)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:primary|primaries|nomination|caucus(?:es)?|runoff)\b|"
    r"\b(?:on\s+the|among)\s+(?P<s>GOP|Republican|Democratic|Democrat)\s+side\b",
    re.IGNORECASE,
)
# The party a contest belongs to, as its words name it (lower-cased) -> the labels' spelling.
PARTY_NAMES: dict[str, str] = {
    "gop": "Republican",
    "republican": "Republican",
    "democratic": "Democratic",
    "democrat": "Democratic",
}


def own_contexts(a: Analysis, members: list[Num], block_heading: str = "") -> list[str]:
    """The members' own sentences (a table row's line), each once, in order; a table's block heading leads
    each of them."""
    spans: list[tuple[int, int]] = []
    for n in members:
        if a.sentences:
            s = a.sentences[n.sentence]
            span = (s.start, s.end)
        else:
            line = a.lines[n.line]
            span = (line.start, line.end)
        if span not in spans:
            spans.append(span)
    lead = f"{office_race(block_heading) or block_heading} " if block_heading else ""
    return [lead + a.text[lo:hi] for lo, hi in sorted(spans)]


def office_race(heading: str) -> str:
    """The race an office heading names ("Governor" -> "the governor's race"), or ""."""
    m = _OFFICE_HEAD.match(heading.strip()) if OFFICE_HEADINGS else None
    if m is None:
        return ""
    office = m.group("o").lower()
    if office.startswith(("governor", "gubernatorial")):
        return "the governor's race"
    if office.startswith("president"):
        return "the presidential race"
    if office.startswith("mayor"):
        return "the mayoral race"
    return f"the {m.group('o')} race"


def _state_heads(a: Analysis) -> dict[int, str | None]:
    """The state each line heads (see _STATE_HEAD; None: none), by line index, filled as lines are
    read: the figures of a section walk back over the same lines."""
    key = ("race_scope.state_heads", None)
    got = a.memo.get(key)
    if got is None:
        got = a.memo[key] = {}
    return cast("dict[int, str | None]", got)


def section_state(a: Analysis, n: Num) -> str:
    """The state whose section the figure stands in (see _STATE_HEAD), or ""."""
    if not SECTION_STATES or not a.lines:
        return ""
    heads = _state_heads(a)
    for i in range(n.line, max(-1, n.line - _SECTION_LINES), -1):
        if i not in heads:
            m = _STATE_HEAD.match(a.line_text(i))
            heads[i] = m.group(1) if m is not None else None
        head = heads[i]
        if head is not None:
            return head
        # A code heads its own row only: the prose after a roundup is no one state's.
        code = _CODE_HEAD.match(a.line_text(i)) if POSTAL_HEADS and i == n.line else None
        if code is not None and code.group(1) in STATE_BY_CODE:
            return STATE_BY_CODE[code.group(1)]
    return ""


# The sentence before a group's first figure names the state the figure's own sentence leaves out: "In
# Maine, Ada Cole leads Bo Park. Cole has 49 percent to Park's 45 ..." (the same paragraph
# only: a line break ends the lead).
LEAD_STATES = True
_NATIONAL = gated(re.compile(r"\bnational(?:ly)?\b|\bnationwide\b", re.IGNORECASE))


def lead_state(a: Analysis, n: Num, contexts: list[str]) -> str:
    """The one state the sentence right before the figure's own names as a place ("in Maine"; not "the
    Iowa caucus", which may be a look back), where the figure's own sentences name none and no national
    race; "" otherwise."""
    if not LEAD_STATES or not a.sentences or n.sentence == 0:
        return ""
    if any(_states_named(text) or _NATIONAL.search(text) for text in contexts):
        return ""
    before = a.sentences[n.sentence - 1]
    if "\n" in a.text[before.start : a.sentences[n.sentence].start]:
        return ""
    named = {m.group(1) for m in _STATE.finditer(mask_past(a.text[before.start : before.end])) if m.group(1)}
    return named.pop() if len(named) == 1 else ""


def _parts(text: str) -> RaceParts | None:
    """The race ``text`` names, nothing filled in from elsewhere."""
    return race_parts(text, _STATES, "", "")


def _names_general(context: str) -> bool:
    """Whether the context names a contest between the parties and no party's own contest."""
    masked = mask_past(context)
    return _GENERAL.search(masked) is not None and _PARTY_CONTEST.search(masked) is None


# A matchup ("a possible match", "matched against X", "a head-to-head", "a 2030 rematch") whose own
# sentences, and the sentence before them in their paragraph, name no party's contest, in a passage that
# reports general-election contests somewhere ("General Election Matches", "general election contests with
# the president"): a contest between the parties, not inside the party whose primary a title or an earlier
# paragraph named (twenty-sixth round, uq27). Without the passage's general election, a head-to-head may be
# a primary's ("In a head-to-head matchup, Abernathy leads Tillman"), and stays so.
MATCHES_IN_GENERAL = True
_MATCH = gated(
    re.compile(r"\b(?:re)?match(?:e[sd])?\b|\bmatch-?ups?\b|\bhead[-\s]+to[-\s]+heads?\b", re.IGNORECASE)
)


def names_match(context: str) -> bool:
    """Whether the context calls its contest a match and names no party's own contest (see
    MATCHES_IN_GENERAL)."""
    masked = mask_past(context)
    return _MATCH.search(masked) is not None and _PARTY_CONTEST.search(masked) is None


def names_party_contest(text: str) -> bool:
    """Whether the text names a party's contest (a primary, nomination, caucus or runoff), past ones left out."""
    return _PARTY_CONTEST.search(mask_past(text)) is not None


@per_text  # asked with the whole text for every group's figures
def reports_general(text: str) -> bool:
    """Whether the passage names a general election (or a general race or matchup) anywhere, past elections
    it looks back on left out."""
    low = text.lower()
    return "general" in low and _GENERAL.search(mask_past(text)) is not None


@per_text  # each group's contexts are read again by lead_state and _own_race
def _states_named(context: str) -> frozenset[str]:
    """The US states the context names by name."""
    return frozenset(m.group(1) or m.group(2) for m in _STATE.finditer(mask_past(context)))


@dataclass(frozen=True, slots=True)
class _OwnRace:
    """What a group's own sentences agree on: "" (or False) where they name nothing or disagree."""

    party: str
    general: bool
    state: str
    office: str
    contest: str
    year: str


def _parties_named(context: str) -> set[str]:
    """The parties whose own contest the context names (see _PARTY_OWN)."""
    return {
        PARTY_NAMES[(m.group("p") or m.group("s")).lower()] for m in _PARTY_OWN.finditer(mask_past(context))
    }


def _one(values: list[str]) -> str:
    named = {v for v in values if v}
    return named.pop() if len(named) == 1 else ""


def _own_race(contexts: list[str], matches: bool = False) -> _OwnRace:
    parties: set[str] = set()
    offices: list[str] = []
    contests: list[str] = []
    years: list[str] = []
    generals: list[bool] = []
    states: set[str] = set()
    for text in contexts:
        own = _parts(text)
        generals.append(_names_general(text) or (matches and names_match(text)))
        states |= _states_named(text)
        parties |= _parties_named(text)
        if own is None:
            continue
        contests.append(own.contest if own.contest != "race" else "")
        offices.append(own.office)
        years.append(own.year)
    party = parties.pop() if len(parties) == 1 else ""
    general = any(generals) and not party and not parties
    return _OwnRace(
        party,
        general,
        states.pop() if len(states) == 1 else "",
        _one(offices),
        _one(contests),
        _one(years),
    )


def _same_office(one: str, other: str) -> bool:
    return one.replace("U.S. ", "") == other.replace("U.S. ", "")


def scoped_race(
    question: str, contexts: list[str], section: str = "", *, matches: bool = False
) -> str | None:
    """The race question for a group whose own words (``contexts``, its members' sentences) name another
    contest than ``question`` does (see the module docstring), or None where the question stands. A
    ``section`` state (:func:`section_state`) counts as named by the group's own words, and names the state
    of a question that names none. ``matches``: a context calling its contest a match names a general
    election (the caller has checked the passage for one, see MATCHES_IN_GENERAL)."""
    if not RACE_SCOPE or not _RACE_QUESTION.match(question):
        return None
    asked = _parts(question)
    if asked is None:
        return None
    own = _own_race([*contexts, f"in {section}"] if section else contexts, matches)
    wrong_party = bool(own.party and asked.party and own.party != asked.party)
    wrong_kind = bool(own.general and asked.party)
    wrong_state = bool(own.state and own.state != asked.state and (asked.state or own.state == section))
    wrong_office = bool(own.office and asked.office and not _same_office(own.office, asked.office))
    if not (wrong_party or wrong_kind or wrong_state or wrong_office):
        return None
    office = own.office if wrong_office else (own.office or asked.office)
    state = own.state or asked.state
    if wrong_kind:
        parts = RaceParts(asked.year, state, "", office, "general election")
    else:
        parts = RaceParts(
            own.year or asked.year, state, own.party or asked.party, office, own.contest or asked.contest
        )
    rebuilt = race_question(parts)
    return rebuilt if rebuilt and rebuilt != question else None


# A candidate's name as an answer: up to five capitalised words, titles included ("Ana Ruiz", "County Sheriff Dale
# Ortman"); the last word names the candidate.
_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+")
_EACH = re.compile(r"\s*\([^)]*\)\s*$")
# A passage reporting contests between the parties' candidates somewhere: "general election contests with
# Biden", "a head-to-head with the governor", "a 2024 rematch".
_BETWEEN_PARTIES = re.compile(
    r"\bgeneral[-\s]+elections?\b|\bhead[-\s]+to[-\s]+heads?\b|\bmatch-?ups?\b|\brematch\b", re.IGNORECASE
)
_BETWEEN_WORDS = ("general", "head", "match", "rematch")
_NOT_NAMES = {"party", "democrats", "republicans", "independents", "undecided", "other", "none", "labour"}


def answer_names(answer: str) -> set[str]:
    """The candidates an answer names, each by its last word lower-cased ("Donald Trump; Joe Biden (38%
    each)" → {"trump", "biden"}); an answer that is not a list of names gives none."""
    names: set[str] = set()
    for piece in answer.split(";"):
        piece = _EACH.sub("", piece.strip())
        if not _NAME.fullmatch(piece):
            continue
        last = piece.split()[-1].lower()
        if last not in _NOT_NAMES:
            names.add(last)
    return names


def party_field(question: str, answers: list[str]) -> tuple[str, set[str]] | None:
    """The party and candidates a group lists as that party's field: three names or more, each an answer
    of its own, in a group asking the party's contest. A tie ("X; Y (44% each)") counts unless one of its
    names has a share of its own in the group: then it is another list's, perhaps a matchup of the field's
    candidate with another party's."""
    asked = _parts(question) if _RACE_QUESTION.match(question) else None
    if asked is None or not asked.party:
        return None
    names = {name for answer in answers if ";" not in answer for name in answer_names(answer)}
    for answer in answers:
        tied = answer_names(answer) if ";" in answer else set()
        if not tied & names:  # a candidate with a share of their own is in another list there
            names |= tied
    return (asked.party, names) if len(names) >= 3 else None


def party_fields(groups: list[tuple[str, list[str]]]) -> dict[str, set[str]]:
    """The candidates each party's contest lists as a field, from ``groups`` (each a question and its
    answers; see :func:`party_field`)."""
    return merged_fields([party_field(question, answers) for question, answers in groups])


def merged_fields(fields: list[tuple[str, set[str]] | None]) -> dict[str, set[str]]:
    """Each party's candidates over several groups' fields (see :func:`party_field`)."""
    out: dict[str, set[str]] = {}
    for field in fields:
        if field is not None:
            out.setdefault(field[0], set()).update(field[1])
    return out


def reports_matchups(text: str) -> bool:
    """Whether the passage reports a contest between the parties' candidates anywhere (see
    :func:`matchup_across_parties`, which only a passage that does may use)."""
    fold = folded(text)
    if fold is None:
        return _BETWEEN_PARTIES.search(text) is not None
    # Every match opens on one of these words (folded): tried only where one is written.
    return search_at(_BETWEEN_PARTIES, text, word_starts(fold, _BETWEEN_WORDS)) is not None


def matchup_across_parties(question: str, names: set[str], fields: dict[str, set[str]]) -> str | None:
    """The general election for a group asking one party's contest whose few candidates (two or three)
    are partly of that party's field and partly outside it: a matchup against another party's candidate
    ("Okafor edges Banner 44-42" under the Republican primary whose field lists Okafor and not
    Banner). A pairing inside the field stays the primary's."""
    if not RACE_SCOPE or not _RACE_QUESTION.match(question) or not 2 <= len(names) <= 3:
        return None
    asked = _parts(question)
    if asked is None or not asked.party:
        return None
    field = fields.get(asked.party, set())
    if len(field) < 3 or not names & field or not names - field:
        return None
    rebuilt = race_question(RaceParts(asked.year, asked.state, "", asked.office, "general election"))
    return rebuilt if rebuilt and rebuilt != question else None
