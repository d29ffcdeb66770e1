"""A national race named by its country: "Vote choice in the presidential election" in a Kenyan poll is
"Vote choice in the Kenyan presidential election", as reports and labels name a country's election.

US races are named by state, party and office (:mod:`race_templates`); a poll of another country names
its national election by the country's adjective ("the Chilean presidential runoff", "the Turkish
parliamentary election"). The country is the one the passage's head names most often, by its own name,
its people, its parliament or its parties; a passage with American markers (Americans, the GOP, the U.S.)
is left alone, since a US poll about a foreign country names its own races.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

from bot.reading.extract.memo import per_text
from bot.reading.extract.scan import Anchored

# (pattern, adjective): a country by its name, its people and, where it has them, its parliament and the
# parties only its polls list.
_NATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b"), adjective)
    for words, adjective in (
        ("Kenya|Kenyans", "Kenyan"),
        ("Nigeria|Nigerians", "Nigerian"),
        ("Ghana|Ghanaians|NDC|NPP", "Ghanaian"),
        ("South\\s+Africa|South\\s+Africans|ANC", "South African"),
        ("Argentina|Argentines|Argentinians", "Argentine"),
        ("Chile|Chileans", "Chilean"),
        ("Colombia|Colombians", "Colombian"),
        ("Peru|Peruvians", "Peruvian"),
        ("Ecuador|Ecuadorians", "Ecuadorian"),
        ("Bolivia|Bolivians", "Bolivian"),
        ("Brazil|Brazilians", "Brazilian"),
        ("(?<!New\\s)Mexico|Mexicans|Morena", "Mexican"),
        ("Philippines|Filipinos", "Philippine"),
        ("Indonesia|Indonesians", "Indonesian"),
        ("Taiwan|Taiwanese", "Taiwanese"),
        ("South\\s+Korea|South\\s+Koreans|People\\s+Power\\s+Party", "South Korean"),
        ("Japan|Japanese|LDP|Komeito", "Japanese"),
        ("India|Indians|BJP|Lok\\s+Sabha", "Indian"),
        ("Pakistan|Pakistanis", "Pakistani"),
        ("Sri\\s+Lanka|Sri\\s+Lankans", "Sri Lankan"),
        ("Israel|Israelis|Knesset|Likud", "Israeli"),
        ("Turkey|T[üu]rkiye|Turks|AKP|CHP", "Turkish"),
        ("France|French|Rassemblement\\s+[Nn]ational|National\\s+Rally|LFI", "French"),
        ("Germany|Germans|Bundestag|CDU|SPD|AfD", "German"),
        ("Poland|Poles|Sejm|PiS|Civic\\s+Coalition", "Polish"),
        ("Romania|Romanians", "Romanian"),
        ("Ukraine|Ukrainians", "Ukrainian"),
        ("Portugal|Portuguese|Chega", "Portuguese"),
        ("Spain|Spaniards|PSOE|Sumar", "Spanish"),
        ("Italy|Italians|Fratelli\\s+d['’]Italia|Brothers\\s+of\\s+Italy", "Italian"),
        ("Ireland|Irish|D[áa]il|Fianna\\s+F[áa]il|Fine\\s+Gael|Sinn\\s+F[ée]in|Taoiseach", "Irish"),
        ("Austria|Austrians|FPÖ|ÖVP", "Austrian"),
        ("Czechia|Czech\\s+Republic|Czechs", "Czech"),
        ("Hungary|Hungarians|Fidesz", "Hungarian"),
        ("Greece|Greeks|Syriza|PASOK", "Greek"),
        ("Netherlands|Dutch|PVV|VVD|GroenLinks", "Dutch"),
        ("Sweden|Swedes|Riksdag|Sweden\\s+Democrats", "Swedish"),
        ("Norway|Norwegians|Storting|H[øo]yre", "Norwegian"),
        ("Denmark|Danes|Folketing", "Danish"),
        ("Finland|Finns|Eduskunta", "Finnish"),
        ("Iceland|Icelanders", "Icelandic"),
        ("Belgium|Belgians", "Belgian"),
        ("Switzerland|Swiss", "Swiss"),
    )
)
# Run from their literal first words (scan.Anchored: the same matches; a pattern opening on ``\b`` is
# otherwise tried at every character of the head, once per nation).
SCAN_NATIONS = tuple((Anchored(rx), adjective) for rx, adjective in _NATIONS)

# Pollsters that poll one country of the table only: a release by one of them is that country's poll
# however it names the people ("an Ifop poll", "according to Datafolha").
_NATION_POLLSTERS: dict[str, str] = {
    "French": r"Ifop|Elabe|Odoxa|OpinionWay|Harris\s+Interactive\s+France|Ipsos\s+France|Viavoice|Cluster17",
    "German": r"Forsa|INSA|Infratest\s+dimap|Forschungsgruppe\s+Wahlen|Allensbach|GMS|Politbarometer",
    "Brazilian": r"Datafolha|Ibope|Quaest|Ipec|Ipespe|PoderData",
    "Mexican": r"El\s+Financiero|Mitofsky|Enkoll",
    "Italian": r"SWG|Tecn[èe]|Ixè|Demopolis|Piepoli",
    "Spanish": r"CIS|40dB|Sigma\s+Dos|GAD3|NC\s+Report",
    "South Korean": r"Gallup\s+Korea|Realmeter|Korea\s+Research",
    "Japanese": r"NHK|Kyodo|Asahi|Yomiuri|Mainichi|Nikkei",
    "Indian": r"CVoter|C-Voter|Axis\s+My\s+India|Lokniti|CSDS",
    "South African": r"Ipsos\s+South\s+Africa|Social\s+Research\s+Foundation",
    "Polish": r"CBOS|IBRiS|Pollster\s+Institute",
    "Dutch": r"Peil\.nl|Maurice\s+de\s+Hond|I&O\s+Research|EenVandaag",
}
# Each nation by its own words (_NATIONS) and the adjective itself ("former Brazilian President").
_NATION_WORDS = tuple(
    (Anchored(re.compile(rf"\b(?:{rx.pattern}|{re.escape(adjective)}s?)\b")), adjective)
    for rx, adjective in _NATIONS
)
_POLLSTER_WORDS = tuple(
    (Anchored(re.compile(rf"\b(?:{names})\b")), adjective) for adjective, names in _NATION_POLLSTERS.items()
)
_POLLSTER_WEIGHT = 2  # a release's pollster says whose poll it is as surely as two of the nation's words


def nation_counts(head: str) -> dict[str, int]:
    """How often ``head`` names each nation of the table it names: its words and adjective once each, a
    one-country pollster of it (_NATION_POLLSTERS) twice."""
    counts: dict[str, int] = {}
    for table, weight in ((_NATION_WORDS, 1), (_POLLSTER_WORDS, _POLLSTER_WEIGHT)):
        for rx, adjective in table:
            hits = sum(1 for _ in zip(range(_CAP), rx.finditer(head), strict=False))
            if hits:
                counts[adjective] = counts.get(adjective, 0) + weight * hits
    return counts


_CAP = 50


@per_text
def nation_voters(head: str) -> str:
    """The voters of the one nation ``head`` is a poll of ("Brazilian voters", "French voters"): the nation
    named most, at least twice and more than any other, in a passage with no American markers; or ""."""
    if _AMERICAN.search(head):
        return ""
    counts = nation_counts(head)
    if not counts:
        return ""
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda k: counts[k])
    if ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return ""
    return f"{best} voters"


def _people_word(words: str, adjective: str) -> str:
    """A nation's people as a population: its plural people word where the table writes one after the
    country's name ("Kenya|Kenyans" -> "Kenyans"), else its adjective's voters ("Japanese voters")."""
    alternatives = words.split("|")
    people = alternatives[1].replace("\\s+", " ") if len(alternatives) > 1 else ""
    if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*s", people):
        return people
    return f"{adjective} voters"


# Each nation's people, by its adjective: the population a release from that nation is labelled with where
# it writes no people of its own.
NATION_PEOPLE: dict[str, str] = {
    adjective: _people_word(rx.pattern.removeprefix(r"\b(?:").removesuffix(r")\b"), adjective)
    for rx, adjective in _NATIONS
}


@per_text
def nation_people(head: str) -> tuple[str, int]:
    """The people of the one nation ``head`` names most (at least twice, more than any other, in a passage
    with no American markers; see :func:`nation_counts`) and how often it names it, or ("", 0)."""
    if _AMERICAN.search(head):
        return "", 0
    counts = nation_counts(head)
    if not counts:
        return "", 0
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda k: counts[k])
    if ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return "", 0
    return NATION_PEOPLE[best], ranked[0]


_AMERICAN = re.compile(r"\bAmericans\b|\bU\.S\.|\bGOP\b|\bRepublicans?\b|\bcaucus|\bCapitol\s+Hill\b")
_HEAD = 5000
# A national contest a poll's race question may name without its country; "federal" and "general" are
# left to the level names ("Federal voting intention", "Westminster voting intention").
_NATIONAL_RACE = re.compile(
    r"^(?P<pre>Vote choice in the (?:(?:19|20)\d\d\s+)?(?:(?:first|second)\s+round\s+of\s+the\s+)?)"
    r"(?P<rest>(?:presidential|parliamentary|legislative)\s+(?:election|runoff|race|vote|contest|run-off)\b.*)$"
)


@per_text
def passage_nation(text: str) -> str:
    """The adjective of the country the passage's head names most often (the earlier listed on a tie),
    or "" where it names none or reads as an American passage."""
    head = text[:_HEAD]
    if _AMERICAN.search(head):
        return ""
    return most_named(head, SCAN_NATIONS)


class _Finder(Protocol):
    def finditer(self, s: str, /) -> Iterator[re.Match[str]]: ...


def most_named(head: str, names: Iterable[tuple[_Finder, str]]) -> str:
    """The name whose pattern matches ``head`` most often (the earlier listed on a tie), or ""."""
    best, most = "", 0
    for rx, name in names:
        count = sum(1 for _ in rx.finditer(head))
        if count > most:
            best, most = name, count
    return best


def name_nation(question: str, text: str) -> str:
    """ "Vote choice in the presidential election" -> "Vote choice in the Kenyan presidential election"
    where the passage is a Kenyan poll; any other question unchanged."""
    m = _NATIONAL_RACE.match(question)
    if m is None:
        return question
    nation = passage_nation(text)
    if not nation:
        return question
    return f"{m.group('pre')}{nation} {m.group('rest')}"
