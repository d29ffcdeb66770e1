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
        ("Ghana|Ghanaians", "Ghanaian"),
        ("South\\s+Africa|South\\s+Africans|ANC", "South African"),
        ("Argentina|Argentines|Argentinians", "Argentine"),
        ("Chile|Chileans", "Chilean"),
        ("Colombia|Colombians", "Colombian"),
        ("Peru|Peruvians", "Peruvian"),
        ("Ecuador|Ecuadorians", "Ecuadorian"),
        ("Bolivia|Bolivians", "Bolivian"),
        ("Brazil|Brazilians", "Brazilian"),
        ("Mexico|Mexicans|Morena", "Mexican"),
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
