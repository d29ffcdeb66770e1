"""The country or bloc a share is written for, in a release comparing several: "51 percent in <Country>".

A cross-national survey (a Eurobarometer, a multi-country study) reports each result for the whole and for
one or more member countries side by side: "52 percent of respondents across Europe trust the EU, compared
with 51 percent in <Country>", "60 percent across the bloc and 66 percent in the euro area",
"In <Country>, support is highest at 90 percent". The labels give such a figure the sample's people in that
place ("respondents in <Country>"), while the rankers give it the passage's universe ("Europeans") or the
subgroup of the other clause. :mod:`regions` reads a country's own regions ("48% in Quebec") and
:mod:`state_scopes` a US state; this reads countries and blocs, which neither table holds.

A figure is tied to a place written right after it ("N percent in <Place>", after "of the vote" at most),
right before it with only a comma between ("in <Place>, N percent"), or opening its clause ("In <Place>,
... N percent", no other figure between). Only where the passage ties its figures to two places or more,
or to one that is not the passage's own nation: in a one-country poll, "40% in Germany" is the whole
sample. A fixed step after the rankers: the training passages hold two such comparisons, too few to weigh
a proposal by.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.national_races import nation_people
from bot.reading.extract.scan import longest_first

SHARE_PLACES = True

# Countries by their names (besides those :mod:`national_races` reads for a nation's own polls), and the
# blocs cross-national surveys report.
_COUNTRIES = (
    "Kenya",
    "Nigeria",
    "Ghana",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "Ecuador",
    "Bolivia",
    "Brazil",
    "Mexico",
    "Indonesia",
    "Taiwan",
    "Japan",
    "India",
    "Pakistan",
    "Israel",
    "Turkey",
    "France",
    "Germany",
    "Poland",
    "Romania",
    "Ukraine",
    "Portugal",
    "Spain",
    "Italy",
    "Ireland",
    "Austria",
    "Czechia",
    "Hungary",
    "Greece",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Iceland",
    "Belgium",
    "Switzerland",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Slovakia",
    "Slovenia",
    "Croatia",
    "Bulgaria",
    "Cyprus",
    "Malta",
    "Luxembourg",
    "Serbia",
    "Russia",
    "China",
    "Canada",
    "Australia",
    "Britain",
    "Egypt",
    "Morocco",
    "Tunisia",
    "Senegal",
    "Uganda",
    "Tanzania",
    "Ethiopia",
    "Vietnam",
    "Thailand",
    "Malaysia",
    "Singapore",
    "Bangladesh",
    "Iran",
    "Iraq",
    "Jordan",
    "Lebanon",
    "Albania",
    "Moldova",
    "Georgia",
    "Armenia",
    "South Africa",
    "South Korea",
    "the Philippines",
    "the Netherlands",
    "the Czech Republic",
    "Sri Lanka",
    "New Zealand",
    "the United Kingdom",
    "the UK",
    "Great Britain",
    "North Macedonia",
    "Bosnia and Herzegovina",
)
_BLOCS = (
    "the EU as a whole",
    "the European Union as a whole",
    "the EU",
    "the European Union",
    "the euro area",
    "the euro zone",
    "the eurozone",
    "Europe",
    "the EU27",
    "the EU-27",
    "Scandinavia",
    "the Nordic countries",
    "the Baltic states",
    "the Balkans",
    "Latin America",
    "sub-Saharan Africa",
    "Africa",
    "Asia",
    "the Middle East",
)
_PLACE = longest_first((*_COUNTRIES, *_BLOCS))
# A US state is read by state_scopes; "Georgia" is the country only where the passage is not American
# (the nation's table says so: nation_people refuses a passage with American markers).
_AMBIGUOUS = frozenset({"Georgia"})
_UNIT = r"(?:[ \t]*(?:%|per[ \t]?cent\b|percent\b|pc\b))?"
# Right after the figure: "51 percent in <Place>", "8% of the vote in <Place>".
_AFTER = re.compile(
    _UNIT
    + rf"(?:[ \t]+of[ \t]+the[ \t]+vote)?[ \t]*,?[ \t]+(?P<by>in|across)[ \t]+(?P<p>{_PLACE})\b(?![ \t]+[A-Z])"
)
# The sample's word with its place right after the figure: "52 percent of respondents across Europe".
_OF_WORD = re.compile(
    _UNIT
    + rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<w>respondents|adults|citizens|people|voters)[ \t]+(?P<by>in|across)"
    rf"[ \t]+(?P<p>{_PLACE})\b(?![ \t]+[A-Z])"
)
# Right before it, a comma or "at" between: "in the euro area, 83 percent", "highest in <Country> at 66 percent".
_BEFORE = re.compile(
    rf"\b(?P<by>in|across)[ \t]+(?P<p>{_PLACE})(?:[ \t]*,[ \t]*(?:(?:at|with|on)[ \t]+)?|[ \t]+(?:at|with|on)[ \t]+)$"
)
# The figure's own people written right after it ("in <Country>, 35% of <Nation>s"): not the place's sample.
_OWN_PEOPLE = re.compile(_UNIT + r"[ \t]+of[ \t]+(?!the[ \t]+vote\b)")
# Opening the figure's clause: "In <Place>, support is high at 90 percent".
_OPENING = re.compile(
    rf"(?:^|[.;:!?\n]\s*|\b(?:while|whereas|but)\s+)(?P<by>[Ii]n|[Aa]cross)[ \t]+(?P<p>{_PLACE})[ \t]*,"
)


def tied_place(a: Analysis, n: Num) -> tuple[str, str, str]:
    """The country or bloc the figure ``n`` is written for (see the module's doc), the preposition that
    ties it ("in", "across") and the sample's word written with it ("respondents across Europe"), or
    ("", "", "")."""
    w = _OF_WORD.match(a.text, n.end)
    if w is not None:
        return w.group("p"), w.group("by").lower(), w.group("w").lower()
    if _OWN_PEOPLE.match(a.text, n.end) is not None:
        return "", "", ""  # "in <Country>, 35% of <Nation>s": the figure's own people
    m = _AFTER.match(a.text, n.end)
    if m is not None:
        return m.group("p"), m.group("by").lower(), ""
    lo = a.sentences[n.sentence].start if a.sentences else 0
    b = _BEFORE.search(a.text, max(lo, n.start - 60), n.start)
    if b is not None:
        return b.group("p"), b.group("by").lower(), ""
    best = None
    for o in _OPENING.finditer(a.text, max(0, lo - 2), n.start):
        if o.start("p") >= lo:
            best = o
    if best is not None and not any(
        best.end() <= m2.start < n.start and m2.index != n.index
        for m2 in a.numbers_by_sentence.get(n.sentence, [])
    ):
        return best.group("p"), best.group("by").lower(), ""
    return "", "", ""


def _people_word(a: Analysis) -> str:
    """Whom the passage's shares are of, as the labels write them in a place: the sample's word
    "respondents" where the text writes it, else its voters where it is a vote-intention release."""
    if re.search(r"\brespondents\b", a.text, re.IGNORECASE):
        return "respondents"
    if a.passage_cues.intention:
        return "voters"
    return "respondents"


def place_people(a: Analysis, indices: list[int]) -> dict[int, str]:
    """For the figures (number indices) tied to a country or bloc, the people there ("respondents in
    <Country>"), where the passage ties figures to two places or more, or to one not its own nation."""
    if not SHARE_PLACES:
        return {}
    found = {i: tied_place(a, a.numbers[i]) for i in indices}
    ties = {i: t for i, t in found.items() if t[0]}
    if not ties:
        return {}
    own, _ = nation_people(a.text[:20_000])
    own = own or a.passage_cues.universe  # (a country of the table: "Canadians", "Britons")
    if not own:
        ties = {i: t for i, t in ties.items() if t[0] not in _AMBIGUOUS}
    places = {t[0].lower() for t in ties.values()}
    if len(places) == 1:
        only = next(iter(places)).removeprefix("the ")
        if own and own.split()[0][:4].lower() == only[:4]:
            return {}  # a one-country poll's own country: its whole sample
    elif not places:
        return {}
    word = _people_word(a)
    return {i: f"{written or word} {by} {p}" for i, (p, by, written) in ties.items()}
