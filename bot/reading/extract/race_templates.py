"""A horse-race question named from the figure's own surroundings: "Vote choice in the 2016 Iowa
Republican presidential primary", "Vote choice in the Arizona governor's race".

The passage-wide race heading (:func:`questions.horse_race_question`) names one race per passage; a
passage that covers several ("On the Democratic side ...", a Senate race after a governor's race) needs
the race each figure's sentence, or the sentences leading into it, talks about. The name is assembled
from parts the text writes: a year, a US state, a party whose contest it is, the office and the kind
of contest. A part the context does not write is left out, never guessed; a year or state the whole
passage names (its main race, its most-named state) may fill in.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.reading.extract.memo import per_text
from bot.reading.extract.scan import gated

_YEAR = re.compile(r"\b(?:19[6-9]\d|20[0-4]\d)\b")
_PARTY_WORDS = r"GOP|Republican|Democratic|Democrat|Labour|Conservative|Liberal"
_PARTY = gated(
    re.compile(
        rf"\b(?P<p>{_PARTY_WORDS})\s+(?:[\w'’-]+\s+){{0,3}}?"
        r"(?:primary|primaries|nomination|caucus(?:es)?|side|field|contest|race|tracking|candidates|hopefuls|"
        r"contenders|runoff)\b",
    )
)
_SIDE = gated(
    re.compile(r"\b(?:on\s+the|among)\s+(?P<p>GOP|Republican|Democratic|Democrat)\s+side\b", re.IGNORECASE)
)
_OFFICE_WORDS = (
    r"presidential|U\.?S\.?\s+Senate|Senate|gubernatorial|governor(?:'s|’s)|mayoral|congressional|House"
)
_CONTEST_WORDS = (
    r"primary|primaries|nomination|caucus(?:es)?|runoff|general\s+election|special\s+election|by-election|"
    r"race|contest"
)


def _race_phrase(offices: str, contests: str) -> re.Pattern[str]:
    """The race phrase over these office and contest words ("{states}" stands for the states' alternation)."""
    return re.compile(
        r"(?:(?P<year>(?:19|20)\d\d)\s+)?(?:(?P<state>{states})\s+)?(?:(?P<party>" + _PARTY_WORDS + r")\s+)?"
        r"(?:(?P<office>" + offices + r")\s+)?(?P<contest>" + contests + r")\b"
        r"(?:\s+for\s+(?:the\s+)?(?P<office2>governor|president|Senate|U\.?S\.?\s+Senate|mayor)\b)?",
    )


# "the 2020 Georgia Republican presidential primary", "the Arizona governor's race", "the Senate race",
# "the race for governor", "the primary for governor".
_PHRASE = _race_phrase(_OFFICE_WORDS, _CONTEST_WORDS)
_RACE_FOR = gated(
    re.compile(
        r"\b(?P<word>race|contest|campaign|election)\s+for\s+(?:the\s+)?(?:(?P<party>"
        + _PARTY_WORDS
        + r")\s+)?"
        r"(?P<office>[Gg]overnor|[Pp]resident|presidential\s+nomination|Senate|U\.?S\.?\s+Senate|[Mm]ayor|"
        r"nomination)\b"
    )
)
# "the race for Pennsylvania's open Senate seat", "the contest for the vacant governorship"
_SEAT_RACE = re.compile(
    r"\b(?:race|contest|battle|fight)\s+for\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?"
    r"(?:open\s+|vacant\s+|\d\w*\s+district\s+)?(?P<party>)(?P<office>U\.?S\.?\s+Senate|Senate|House|"
    r"governor(?:ship)?|mayoralty)\s+seat\b|"
    r"\b(?:race|contest)\s+for\s+(?:the\s+)?(?:open\s+|vacant\s+)?(?P<party2>)(?P<office2>governorship|mayoralty)\b"
)
# The same phrase as headlines and roundups also write it (post-steps only, see ``race_parts(wide=True)``):
# office and contest words capitalised ("the Iowa Governor race", "Texas Senate Race"), plural ("competitive
# governor races in ..."), and an office's "election" ("the 2030 Senate election"). The rankers' proposals read
# the narrow phrase, so their features stay as fitted.
_OFFICE_WORDS_WIDE = (
    r"(?i:presidential)|U\.?S\.?\s+Senate|Senate|(?i:gubernatorial)|(?i:governor)(?:'s|’s)?|(?i:mayoral)|"
    r"(?i:congressional)|House"
)
# "election" is a contest only after an office ("the Senate election"; a conditional on the office group).
_CONTEST_WORDS_WIDE = (
    r"primary|primaries|nomination|caucus(?:es)?|runoff|general\s+election|special\s+election|by-election|"
    r"(?i:races?|contests?)|(?(office)(?i:elections?)|(?!))"
)
_PHRASE_WIDE = _race_phrase(_OFFICE_WORDS_WIDE, _CONTEST_WORDS_WIDE)
# "the election for U.S. Senate in ...", "the race for Governor": an office written after its contest.
_RACE_FOR_WIDE = gated(
    re.compile(
        r"\b(?P<word>(?i:race|contest|campaign|election))\s+for\s+(?:the\s+)?(?:(?P<party>"
        + _PARTY_WORDS
        + r")\s+)?"
        r"(?P<office>(?i:governor|president)|presidential\s+nomination|Senate|U\.?S\.?\s+Senate|(?i:mayor)|"
        r"nomination)\b"
    )
)
# A passage about the fight for a chamber names its races' office only so: "the battle for control of the
# U.S. Senate", "Democrats hope to take back the Senate" (read where nothing else names a race).
_CHAMBER = gated(
    re.compile(
        r"\b(?:control\s+of|majority\s+in|take\s+(?:over|back)|flip|keep|hold)\s+the\s+"
        r"(?P<office>U\.?S\.?\s+Senate|Senate)\b"
    )
)
_IN_STATE = r"in\s+({states})\b"
# A contest word followed by the people who vote in it: "primary voters", "caucus-goers" (a population).
_VOTERS_AFTER = re.compile(r"[\s-]*(?:voters?|electorate|goers|participants)\b", re.IGNORECASE)

# An earlier election a passage looks back on names who answered or what happened, never the race its
# figures are about: "those who supported Sanders in the 2016 primary", "voted for Obama in 2012",
# "2020 Biden voters", "In 2018 the final polls missed the Senate race".
_PAST_VOTE = re.compile(
    r"\b(?:[Vv]oted|[Ss]upported|[Bb]acked|[Cc]hose|[Pp]icked|[Cc]aucused|[Cc]ast\s+(?:a\s+|their\s+)?"
    r"(?:ballots?|votes?))\b(?:\s+(?!in\b)[\w.'’-]+){0,4}?\s+in\s+(?:the\s+)?(?:19|20)\d\d\b"
    r"(?:\s+(?:[A-Z][\w.'’-]*|presidential|general|primary|primaries|election|race|caucus(?:es)?|contest|"
    r"gubernatorial|governor['’]s|mayoral|runoff)){0,4}"
)
_PAST_VOTERS = re.compile(r"\b(?:19|20)\d\d\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:voters|supporters|backers)\b")
_PAST_YEAR_CLAUSE = re.compile(
    r"\b[Ii]n\s+(?:19|20)\d\d,?\s+(?:(?![.;!?])\S+\s+){0,8}?"
    r"(?:missed|won|lost|voted|beat|defeated|elected|carried|took|got|was|were|had|did|went|received|"
    r"finished|overstated|understated|overestimated|underestimated|predicted|called|showed|gave)\b[^.;!?\n]*"
)


# Every look-back pattern names a year: a text without one is left as it is.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
# Every race phrase ends on a contest word: a context without one of these has none.
_CONTEST_KEYS = (
    "primar",
    "nomination",
    "caucus",
    "runoff",
    "general",
    "special",
    "by-election",
    "race",
    "contest",
)
_WIDE_CONTEST_KEYS = (*_CONTEST_KEYS, "election")


@functools.lru_cache(maxsize=2048)  # each figure's context is asked once per sentence
def mask_past(text: str) -> str:
    """``text`` with the earlier elections it looks back on blanked out (same length, so offsets hold)."""
    if _ANY_YEAR.search(text) is None:
        return text
    out = text
    for rx in (_PAST_VOTE, _PAST_VOTERS, _PAST_YEAR_CLAUSE):
        for m in rx.finditer(text):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


@dataclass(frozen=True, slots=True)
class RaceParts:
    year: str
    state: str
    party: str
    office: str  # "presidential", "Senate", "governor", "mayoral", "House" or ""
    contest: str  # "primary", "nomination", "caucus", "race", "general election" or ""
    office_guessed: bool = False  # "presidential" read from a presidential election year


def _office(raw: str) -> str:
    low = raw.lower().replace(".", "")
    if low.startswith(("president", "white")):
        return "presidential"
    if "senat" in low:
        return "U.S. Senate" if low.startswith("us") else "Senate"
    if low.startswith(("gubernatorial", "governor")):
        return "governor"
    if low.startswith("mayor"):
        return "mayoral"
    if low == "nomination":
        return ""
    return "House"


def _contest(raw: str) -> str:
    low = " ".join(raw.lower().split())
    if low == "nominations":  # "their parties' 2016 nominations": each party's one
        return "nomination"
    if low.startswith("primar"):
        return "primary"
    if low.startswith("caucus"):
        return "caucus"
    if low in ("contest", "races", "contests"):
        return "race"
    if low == "elections":
        return "election"
    return low


_COMPILED: dict[tuple[str, bool], tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _patterns(states: str, wide: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    got = _COMPILED.get((states, wide))
    if got is None:
        phrase = _PHRASE_WIDE if wide else _PHRASE
        got = (
            re.compile(r"\b" + phrase.pattern.replace("{states}", states)),
            re.compile(r"\b" + _IN_STATE.format(states=states)),
        )
        _COMPILED[(states, wide)] = got
    return got


@per_text  # a group's contexts are read by several steps, with the same passage year and state
def race_parts(
    context: str,
    states: str,
    year: str,
    state: str,
    *,
    guess_office: bool = False,
    first_party: bool = False,
    wide: bool = False,
) -> RaceParts | None:
    """The parts of the race ``context`` (a sentence and the sentences leading into it) talks about;
    None when it names no contest and no party side. ``states`` is an alternation of state names;
    ``year``/``state`` are the passage's own, used where the context names none. The party side named
    last is the one a figure's context leads into; over a whole passage (``first_party``) the one named
    first is the passage's main race. ``wide`` also reads the phrase as headlines and roundups write it
    (see _PHRASE_WIDE): the steps after grouping ask so, the rankers' proposals do not."""
    phrase_rx, in_state_rx = _patterns(states, wide)
    context = mask_past(context)
    keyed = context.lower() if wide else context
    keys = _WIDE_CONTEST_KEYS if wide else _CONTEST_KEYS
    phrases = list(phrase_rx.finditer(context)) if any(k in keyed for k in keys) else []
    race_for = list((_RACE_FOR_WIDE if wide else _RACE_FOR).finditer(context))
    if guess_office:
        race_for += list(_SEAT_RACE.finditer(context))
    party_m = list(_PARTY.finditer(context)) or list(_SIDE.finditer(context))
    chamber = _CHAMBER.search(context) if wide else None
    if not phrases and not race_for and not party_m and chamber is None:
        return None

    # The fullest phrase names the race; the other mentions fill in what it leaves out.
    def size(m: re.Match[str]) -> int:
        return sum(1 for g in ("year", "state", "party", "office", "office2") if m.group(g))

    # "GOP primary voters" names who answered, not the contest: a phrase that names the contest itself
    # ("the race for the Republican nomination") names it better, however few parts it has.
    def names_contest(m: re.Match[str]) -> bool:
        return _VOTERS_AFTER.match(context, m.end()) is None

    best = max(phrases, key=lambda m: (names_contest(m), size(m), m.start())) if phrases else None
    got = {k: "" for k in ("year", "state", "party", "office", "contest")}
    if best is not None:
        got["year"] = best.group("year") or ""
        got["state"] = best.group("state") or ""
        got["party"] = best.group("party") or ""
        got["office"] = (
            _office(best.group("office") or best.group("office2") or "")
            if (best.group("office") or best.group("office2"))
            else ""
        )
        got["contest"] = _contest(best.group("contest"))
    for m in race_for:
        office = m.group("office") or (m.groupdict().get("office2") or "")
        got["party"] = got["party"] or (m.groupdict().get("party") or "")
        got["office"] = got["office"] or _office(office)
        word = (m.groupdict().get("word") or "").lower()  # "the election for Senate": an election
        got["contest"] = got["contest"] or ("election" if word == "election" else "race")
    if not got["party"] and party_m:
        got["party"] = party_m[0 if first_party else -1].group("p")
    if chamber is not None and not got["office"] and not got["party"]:
        got["office"] = _office(chamber.group("office"))
        got["contest"] = got["contest"] or "race"
    if got["party"] == "GOP":
        got["party"] = "Republican"
    elif got["party"] == "Democrat":  # "the Democrat primary", as its opponents write it
        got["party"] = "Democratic"
    if not got["year"]:
        years = _YEAR.findall(context)
        got["year"] = years[-1] if years else year
    state_guessed = False
    if not got["state"]:
        in_state = in_state_rx.findall(context)
        national = re.search(r"\bnational(?:ly)?\b", context, re.IGNORECASE) is not None
        got["state"] = in_state[-1] if in_state else ("" if national else state)
        state_guessed = bool(got["state"])
    # A party's nomination contest in a US presidential election year, with no office named, is
    # almost always the presidential one ("the 2016 GOP race", "the Democratic side in 2020").
    guessed = bool(
        guess_office
        and got["party"] in ("Republican", "Democratic")
        and not got["office"]
        and got["year"]
        and int(got["year"]) % 4 == 0
    )
    if guessed:
        got["office"] = "presidential"
    if guess_office and state_guessed and got["office"] == "presidential":
        # A state the race phrase itself does not name is often a candidate's ("Texas Gov. Rick Perry")
        # or where a figure was polled; a presidential race is national unless its own words name one.
        got["state"] = ""
    return RaceParts(**got, office_guessed=guessed)


def race_question(parts: RaceParts) -> str | None:
    """ "Vote choice in the {year} {state} {party} {office} {contest}", in the order headlines use."""
    office, contest = parts.office, parts.contest
    if parts.party:
        if contest in ("", "race", "election", "general election"):
            contest = "primary"
        if office == "governor":
            body = f"{parts.party} {contest} for governor"
        elif office in ("presidential", "Senate", "U.S. Senate", "mayoral"):
            body = f"{parts.party} {office} {contest}"
        else:
            body = f"{parts.party} {contest}"
    elif office:
        if office == "governor":
            body = "governor's race"
        elif contest in ("", "race", "contest"):
            body = f"{office} race"
        else:
            body = f"{office} {contest}"
    elif contest in ("general election", "special election", "by-election"):
        body = contest
    else:
        return None
    words = [w for w in (parts.year, parts.state) if w]
    return "Vote choice in the " + " ".join([*words, body])
