"""The region an earlier sentence scopes a run of figures to, in reports from outside the US.

Reports abroad give a national result, then the same list for one province, nation or state, the region
named once before the list and not again beside each figure ("In Quebec the Bloc and the Conservatives are
level on 29%. The Liberals are third (26%), then the NDP (8%) ...", "Among Ontario voters the picture
differs:" followed by a list of "Party: NN per cent" lines, "The Scottish poll has SNP 50%, LAB 21% ...").
The figures of the later sentences and lines are the region's respondents, until a national marker ("across
Canada", "nationally", "the GB poll") or a paragraph break ends the scope. A region that opens its clause
with a comma before the clause's first figure ("In Manitoba, 48% back the NDP against 31% for the
Conservatives ...") scopes the clause's later figures too; written after its figure's list item ("Quebec
(30%)", "Ontario, 42") it labels that figure alone.

This module gives that region to a figure whose population is only the passage's default: the last region
or national marker in its own sentence before it, else in the (at most ``_SENTENCES``) sentences before
it within its paragraph. A region that opens its sentence or bullet ("- In vote-rich Ontario, the Liberals
(40%) ...") also replaces a population written nowhere between it and the figure (a sample an earlier
national sentence named, "decided voters", or the rules pass's guess). A region written right after a
figure as an aside to another ("5% across the country, or 31% in Quebec") labels that figure alone.
A region is given as the text writes it ("Quebec", "Quebecers", "Ontario voters"); a region's adjective
before "poll", "subsample" or "voters" gives its voters ("Scottish voters"). A national marker gives
nothing: the default stands, except in a regional poll, whose default is the region's people: there the
figures after it are the country's (:func:`national_populations`). It is a fixed rule, applied after the
rankers (as a ranked proposal it had too few training figures to be weighed; docs/extraction.md).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from bot.reading.extract import populations
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.regional_polls import names_of as regional_names
from bot.reading.extract.regional_polls import voters_of
from bot.reading.extract.regions import REGION_NAMES
from bot.reading.extract.scan import folded, longest_first
from bot.reading.extract.sentences import Sentence

_SENTENCES = 4
_REACH = 700
_PARAGRAPH = re.compile(r"\n[ \t]*\n")

# Each region's adjective before a poll word, and how the labels write its voters.
_ADJECTIVES = {
    "Scottish": "Scottish voters",
    "Welsh": "Welsh voters",
    "Albertan": "Alberta voters",
    "Victorian": "Victorian voters",
    "Tasmanian": "Tasmanian voters",
    "Bavarian": "Bavarian voters",
    "Catalan": "Catalan voters",
}
# The people of a region as releases name them.
_DEMONYMS = (
    "Quebecers",
    "Quebeckers",
    "Ontarians",
    "Albertans",
    "British Columbians",
    "Manitobans",
    "Nova Scotians",
    "Atlantic Canadians",
    "Queenslanders",
    "Victorians",
    "Tasmanians",
    "Western Australians",
    "Scots",
    "Londoners",
    "Torontonians",
)
# Abbreviations releases write for a region in their bullets ("In BC, ..."): a scope here only (the
# ranker's region proposals read the full names).
_ABBREVIATIONS = ("BC",)
_ONE = longest_first(tuple(r[4:] if r.startswith("the ") else r for r in REGION_NAMES) + _ABBREVIATIONS)
_POLL_WORD = (
    r"(?:poll|polling|survey|subsample|sub-sample|sample|voters|respondents|electorate|results|figures)"
)
_REGION = re.compile(
    r"(?P<pre>\b(?:in|across|among|for|of)\s+)?(?:the\s+)?"
    r"(?:(?P<adj>" + longest_first(tuple(_ADJECTIVES)) + r")(?=(?:\s+[\w-]+){0,2}\s+" + _POLL_WORD + r"\b)"
    r"|(?P<dem>" + longest_first(_DEMONYMS) + r")\b"
    r"|(?P<reg>(?<![\w.-])(?:(?:North|South)(?:east|west)?ern\s+|Eastern\s+|Western\s+|Central\s+)?"
    r"(?:" + _ONE + r")(?:\s+(?:and|&)\s+(?:" + _ONE + r"))?)"
    r"(?P<voters>\s+(?:voters|residents|respondents|electors))?)(?![\w-])"
)
# A marker that the figures after it are the whole country's again.
_NATIONAL = re.compile(
    r"\b(?:nationally|nation-?wide|national(?:ly)?\s+(?:results?|figures?|numbers?|poll|vote|level|picture)"
    r"|country-?wide|federal\s+election|Canadians|Britons|Australians|New\s+Zealanders|Kiwis|Indians|Europeans|across\s+(?:the\s+country|Canada|Britain|Great\s+Britain|the\s+UK|Australia|"
    r"New\s+Zealand|Ireland|the\s+State|all\s+regions)|(?:GB|UK|Canada|Australia)-?wide|(?:the\s+)?"
    r"(?:regular\s+)?(?:GB|UK|British|national|federal|Canadian|Australian)\s+(?:poll|survey|sample|figures|"
    r"voting\s+intentions?)|(?:the\s+)?rest\s+of\s+(?:the\s+country|Canada|Britain|the\s+UK))\b",
    re.IGNORECASE,
)


def national_marker_at(text: str, lo: int, hi: int) -> int | None:
    """Where the first national marker ("nationally", "across Canada", "the GB poll") in ``text[lo:hi]``
    is written, or None."""
    m = _NATIONAL.search(text, lo, hi)
    return m.start() if m is not None else None


# Words after a region that make it part of a party's or body's name, not the region polled.
_NOT_REGION_AFTER = re.compile(
    r"\s+(?:National\s+Party|Nationalists?|Labour|Conservatives?|Liberals?|Greens?|Tories|Party|"
    r"First|Premier|Government|government|MPs?|MSPs?|leader)\b"
)


# A region written as a figure's own label ("Quebec (30%)", "Alberta: 51%", "Ontario, 42"): not a scope.
_LABELS_A_FIGURE = re.compile(r"[ \t]*(?:[(\[:,–-][ \t]*|were[ \t]+|was[ \t]+|at[ \t]+|on[ \t]+)?\d")
# A region written right after its figure as an aside to another figure ("5% across the country, or 31% in
# Quebec", "(19% in Quebec)", "55-45 in Victoria and 52-48 in Queensland"): that figure's own breakdown, not
# a scope for the figures after it. Written as the sentence's only result ("... ahead with 31% of the vote
# in Quebec"), it scopes the report that follows.
_AFTER_A_FIGURE = re.compile(
    r"(?:\(|\b(?:or|and|versus|vs\.?)[ \t]+)(?:\d+(?:\.\d+)?[ \t]*[-–][ \t]*)?\d+(?:\.\d+)?"
    r"(?:[ \t]*(?:%|per[ \t]*cent|percent))?(?:[ \t]+(?:support|of[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?vote))?"
    r"[ \t]+(?:in|within|among)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


# A clause that opens with "In <region>," or "Among <region>:" before its first figure ("In Manitoba, 48%
# back the NDP against 31% for the Conservatives ..."): the region scopes the whole clause (and the
# sentences after it), as a region written before a list does, not only the figure after the comma.
_CLAUSE_OPENER = re.compile(r"(?:^|[.;:!?\n•*–-]|\band)[ \t\"“]*(?i:in|among|across)[ \t]+(?:the[ \t]+)?$")
_COMMA_FIGURE = re.compile(r"[ \t]*[,:][ \t]*\d")


def _opens_clause(text: str, m: re.Match[str]) -> bool:
    """Whether the region ``m`` opens its clause ("In Manitoba, 48% ..."), rather than labelling one figure."""
    start = min(m.start(g) for g in ("adj", "dem", "reg") if m.start(g) >= 0)
    return (
        _COMMA_FIGURE.match(text, m.end()) is not None
        and _CLAUSE_OPENER.search(text, max(0, start - 16), start) is not None
    )


# Literal words every match holds, for a gate per span (see :func:`_markers`): a region match holds an
# adjective, a people or a region's name (first words taken, whole names need not be sought), written as
# the pattern writes them (it does not ignore case); a national marker holds one of the lower-case keys
# (a part of each of its alternatives), sought in the folded text (see :func:`scan.folded`).
_REGION_KEYS = re.compile(
    longest_first(
        sorted(
            {
                w.split()[0]
                for w in (
                    *_ADJECTIVES,
                    *_DEMONYMS,
                    *(r[4:] if r.startswith("the ") else r for r in REGION_NAMES),
                    *_ABBREVIATIONS,
                )
            }
        )
    )
)
_NATIONAL_KEYS = re.compile(
    longest_first(
        (
            "nation",  # nationally, nation-wide, national ...
            "country",
            "federal",
            "canadian",
            "briton",
            "british",
            "australian",
            "zealander",
            "kiwis",
            "indians",
            "european",
            "across",
            "wide",  # GB-wide, UKwide, Canada-wide
            "gb",
            "uk",
            "rest",  # the rest of the country
        )
    )
)


def _markers(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """Every region (``"region"``, its label) and national marker (``"national"``) in ``text[lo:hi]``.

    Each scan runs only where its keys occur in the span: a figure's own clause usually names no region
    and no nation, and the two patterns cost ~30 µs per clause tried at every character. Exact: every
    match lies inside the span and holds a key there."""
    out: list[tuple[int, str, str]] = []
    if _REGION_KEYS.search(text, lo, hi) is not None:
        out.extend(_regions(text, lo, hi))
    fold = folded(text)
    if fold is None or _NATIONAL_KEYS.search(fold, lo, hi) is not None:
        out.extend((m.start(), "national", "") for m in _NATIONAL.finditer(text, lo, hi))
    out.sort()
    return out


def _regions(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []
    for m in _REGION.finditer(text, lo, hi):
        if _NOT_REGION_AFTER.match(text, m.end()):
            continue
        name_at = min(m.start(g) for g in ("adj", "dem", "reg") if m.start(g) >= 0)
        if (_LABELS_A_FIGURE.match(text, m.end()) and not _opens_clause(text, m)) or _AFTER_A_FIGURE.search(
            text, max(0, name_at - 40), name_at
        ):
            out.append((m.start(), "label", ""))  # a figure's own region: a breakdown, not a scope
            continue
        if m.group("adj"):
            out.append((m.start("adj"), "region", _ADJECTIVES[m.group("adj")]))
        elif m.group("dem"):
            out.append((m.start("dem"), "region", m.group("dem")))
        else:
            label = m.group("reg") + (m.group("voters") or "")
            out.append((m.start("reg"), "region", label))
    return out


def _scope_in(a: Analysis, lo: int, hi: int) -> tuple[str, str, int] | None:
    marks = _markers(a.text, lo, hi)
    if not marks:
        return None
    at, kind, label = marks[-1]
    return kind, label, at


def scope_before(a: Analysis, n: Num) -> tuple[str, str, int] | None:
    """The last scope marker before the figure in its paragraph, in its own sentence before it, else in the
    ``_SENTENCES`` sentences before: its kind (``"region"``, ``"national"``, or ``"label"`` for a region
    that labels a figure of its own), its label and where it is written."""
    if not a.sentences:
        return None
    own = a.sentences[n.sentence]
    here = _scope_in(a, own.start, n.start)
    if here is not None:
        return here  # the figure's own clause, with no other number between the marker and it
    key = ("world_scope", n.sentence)
    if key in a.memo:
        got = a.memo[key]
        return got if isinstance(got, tuple) else None
    found: tuple[str, str, int] | None = None
    for lo, hi in _sentences_before(a, n, _paragraph_start(a, own.start)):
        found = _scope_in(a, lo, hi)
        if found is not None:
            break
    a.memo[key] = found if found is not None else 0
    return found


def _paragraph_start(a: Analysis, at: int) -> int:
    """Where the paragraph holding ``at`` starts, looking back at most ``_REACH`` characters (else 0)."""
    para = 0
    for m in _PARAGRAPH.finditer(a.text, max(0, at - _REACH), at):
        para = m.end()
    return para


def _sentences_before(a: Analysis, n: Num, para: int) -> Iterator[tuple[int, int]]:
    """The spans of the (at most ``_SENTENCES``) sentences before the figure's, nearest first, that lie in
    its paragraph (from ``para``) and within ``_REACH`` characters of its sentence."""
    own = a.sentences[n.sentence]
    for back in range(1, _SENTENCES + 1):
        k = n.sentence - back
        if k < 0:
            return
        s = a.sentences[k]
        if s.end <= para or own.start - s.start > _REACH:
            return
        yield max(s.start, para), s.end


_PEOPLE_WORDS = re.compile(r"\s+(?:voters|residents|respondents|electors)$")
# Populations that name nobody in particular: the passage's default, which a scope may replace.
_DEFAULTS = frozenset(
    {"", "voters", "people", "respondents", "public", "the public", "electorate", "the electorate"}
)


def default_populations(a: Analysis) -> frozenset[str]:
    """The populations (lower-cased) that are only the passage's default: its universe, its country's or
    a regional poll's voters, its sample, or a word naming nobody in particular."""
    cues = a.passage_cues
    own = {
        x.lower()
        for x in (cues.universe, cues.country_voters, cues.region_voters, cues.sample_population)
        if x
    }
    return _DEFAULTS | own | {x.removesuffix("voters") + "electors" for x in own if x.endswith(" voters")}


def scoped_populations(a: Analysis, figures: list[tuple[int, str]]) -> dict[int, str]:
    """The region each figure's scope gives it, for the figures (number index, chosen population) whose
    chosen population is only the passage's default (its universe, its country's or a regional poll's
    voters, its sample, or a word naming nobody), or whose region opens its sentence or bullet and whose
    population is written nowhere from there to the figure's sentence's end: {number index: region}. A
    population the figure's own clause names is kept."""
    cues = a.passage_cues
    defaults = default_populations(a)
    out: dict[int, str] = {}
    places = a.layout.places
    for index, population in figures:
        if places[index].flat_width > 0:
            continue  # a cell of a table run onto one line: its column names its people, not a banner's place
        got = scope_before(a, a.numbers[index])
        if got is None or got[0] != "region" or got[1].lower() == population.lower():
            continue
        default = population.lower() in defaults
        if not default and not _opening_region_outranks(a, a.numbers[index], got[2], population):
            continue
        if cues.region_voters and voters_of(_PEOPLE_WORDS.sub("", got[1])) == cues.region_voters:
            continue  # the regional poll's own region, named again: its voters stand
        if set(got[1].lower().split()) <= set(population.lower().split()):
            continue  # "Ontario adults" already names the region
        # The default's own kind of people, in the region: "Australian voters" -> "Western Australian
        # voters", "Canadians" -> "Quebec" (the labels write a breakdown's region bare). A country's
        # voters the labels write as its people ("Canadian voters": "Canadians") count as the people.
        by_name = (
            default
            and populations.release_word(population).lower().endswith("voters")
            and got[1] not in _DEMONYMS
        )
        voters = voters_of(_PEOPLE_WORDS.sub("", got[1])) if by_name else ""
        out[index] = voters or got[1]
    return out


# What may stand before a region that opens its sentence or bullet: a bullet, "In", "Among", "Across",
# "For", and one word describing the region ("In vote-rich Ontario, ...", "- Atlantic Canada gives ...").
_OPENS_SENTENCE = re.compile(
    r"[\s\-–•*\"“]*(?:(?:in|among|across|for)\s+(?:the\s+)?(?:[\w-]+\s+)?)?", re.IGNORECASE
)


# A dateline: a place, an optional province or state abbreviation, then a dash.
_DATELINE = re.compile(
    r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*)*(?:,[ \t]*[A-Z][A-Za-z.]{1,4})?[ \t]*[-–—][ \t]"
)


def _start(s: Sentence) -> int:
    return s.start


def _opening_region_outranks(a: Analysis, n: Num, at: int, population: str) -> bool:
    """Whether a region that opens its sentence or bullet (written at ``at``, at or before the figure's
    sentence: "- In vote-rich Ontario, the Liberals (40%) ...") is the figure's population over one the
    rankers chose that is not written anywhere from the region to the end of the figure's sentence (the
    release's sample named in an earlier national sentence, "decided voters", or a rule's guess)."""
    k = bisect.bisect_right(a.sentences, at, key=_start) - 1
    if k < 0 or _OPENS_SENTENCE.fullmatch(a.text, a.sentences[k].start, at) is None:
        return False
    if _DATELINE.match(a.text, at) is not None:
        return False  # "Halifax, NS - A survey out today ...": where the story was filed, not who answered
    end = a.sentences[n.sentence].end
    return a.lower.find(population.lower(), at, end) < 0


# What a regional default is once its region's name is taken out: "Quebec voters", "Quebec", "Iowa likely
# voters", "Quebec residents" all leave one of these.
_REGIONAL_REST = frozenset({"", "voters", "residents", "respondents", "electors", "adults"})
_REST_WITH_KIND = re.compile(r"(?:likely|registered)\s+voters")


@functools.lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The region's names as whole words, case ignored (compiled once per region: an extraction compiles
    nothing, so it leaves no parser objects for the cyclic collector)."""
    return re.compile(r"(?<![\w-])(?:" + longest_first(names) + r")(?![\w-])", re.IGNORECASE)


def _regional_rest(population: str, names: tuple[str, ...]) -> str | None:
    """``population`` without its region's name, lower-cased, when it is only the region's people ("Quebec
    voters" -> "voters", "Iowa likely voters" -> "likely voters"); None for any other population."""
    pattern = _names_pattern(names)
    if pattern.search(population) is None:
        return None
    rest = " ".join(pattern.sub(" ", population).lower().split()).removeprefix("in ").strip()
    if rest in _REGIONAL_REST or _REST_WITH_KIND.fullmatch(rest):
        return rest
    return None


def _national_before(a: Analysis, n: Num, own_region: re.Pattern[str]) -> bool:
    """Whether the last scope marker before the figure (its own sentence, else the sentences before it in
    its paragraph, as :func:`scope_before` reads them) is a national one, counting the regional poll's own
    region (``own_region``, which ``_REGION`` may not know: a US state) as a region marker."""
    if not a.sentences:
        return False
    own = a.sentences[n.sentence]
    para = _paragraph_start(a, own.start)
    for lo, hi in ((max(own.start, para), n.start), *_sentences_before(a, n, para)):
        marks = [(at, kind) for at, kind, _ in _markers(a.text, lo, hi) if kind != "label"]
        marks.extend((m.start(), "region") for m in own_region.finditer(a.text, lo, hi))
        if marks:
            return max(marks)[1] == "national"
    return False


def national_populations(a: Analysis, figures: list[tuple[int, str]]) -> dict[int, str]:
    """The country's people for the figures (number index, chosen population) of a regional poll whose
    population is only the region's default ("Quebec voters", "Iowa voters") but whose nearest scope marker
    is a national one ("across Canada (42%)", "Nationally she's at 58%"): a regional release that reports
    the national figures beside its own. A poll abroad gives the release's people ("Canadians"), else its
    country's voters; a US state's poll gives the default's kind "nationally" ("voters nationally", the
    phrase US releases write for a national sample). {number index: population}."""
    cues = a.passage_cues
    if cues.region_voters:
        names = regional_names(cues.region_voters)
        people = cues.universe if cues.universe.lower() not in _DEFAULTS else cues.country_voters
    elif cues.state:
        names, people = (cues.state,), ""
    else:
        return {}
    if not names or (cues.region_voters and not people):
        return {}
    own_region = _names_pattern(names)
    out: dict[int, str] = {}
    for index, population in figures:
        rest = _regional_rest(population, names)
        if rest is None or not _national_before(a, a.numbers[index], own_region):
            continue
        out[index] = people or f"{rest or 'voters'} nationally"
    return out
