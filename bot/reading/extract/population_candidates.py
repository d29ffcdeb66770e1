"""Population proposals for one figure: who the text says gave it, near the figure and in the release.

Sources (each a proposal the fitted ``population`` ranker weighs):

- ``of_after``: "45% of likely voters say ...";
- ``among``: the nearest "among X" in the figure's sentence ("Among Democrats, 61% ...");
- ``before``: a population named just before the figure ("Democrats (74%)", "women, 48%");
- ``sentence``: the first population the figure's sentence names;
- ``whole_sample``: the sample described nearest before the figure when its own clause names the whole
  sample ("6% of the whole sample", "Overall, 41% ...", "Among all voters, 48%"); the other proposals are
  then marked ``not_whole_sample``, and an earlier sentence's subgroup does not carry over;
- ``sample``: the universe of the release's sample description ("a poll of 1,000 likely voters");
- ``universe``: the passage's country default ("Americans", "Britons", ...), and ``country_voters``
  ("Australian voters") when the passage is about vote intention.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import cast

from bot.reading.extract import labels
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_cues import (
    ANSWER_OPTIONS,
    CLIPPED_HEADS,
    DEMOGRAPHIC_WORDS,
    PARTY_OPTIONS,
    PARTY_PEOPLE,
    SUBGROUP_WORDS,
)
from bot.reading.extract.outlets import OUTLET_HEADS, in_outlet
from bot.reading.extract.passage_cues import US_STATES, WASHINGTON_STATE
from bot.reading.extract.population_spans import RACE_NOUNS
from bot.reading.extract.populations import is_place_people, sample_in, sample_mentions
from bot.reading.extract.regions import region_proposals
from bot.reading.extract.scan import WordStarts, finditer_at, finditer_word, folded, gated, longest_first
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

_WINDOW = 90
_AMONG = re.compile(r"\bamong\s+", re.IGNORECASE)
_OF = re.compile(r"[ \t]*\)?[ \t]*of[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _found(chunk: str, prefer_last: bool) -> tuple[str, int, int] | None:
    try:
        return labels.population_in(chunk, prefer_last)
    except (IndexError, ValueError):  # a defensive floor: a label is optional, an exception is not
        return None


def _found_in(a: Analysis, lo: int, hi: int, prefer_last: bool) -> tuple[str, int, int] | None:
    """:func:`_found` over ``a.text[lo:hi]``, not read where the text's one scan for population head words
    (and "those") shows the span names none (see :func:`labels.names_no_population`): most windows
    around a figure name nobody."""
    spans = a.memo.get(("population_spans", None))
    if not isinstance(spans, tuple):
        spans = a.memo[("population_spans", None)] = (
            labels.pop_head_spans(a.text),
            labels.those_spans(a.text),
        )
    if labels.names_no_population(a.text, spans[0], lo, hi, spans[1]):
        return None
    key = ("population_in_span", (lo, hi, prefer_last))  # a sentence's figures share its windows
    if key in a.memo:
        return cast("tuple[str, int, int] | None", a.memo[key])
    try:  # the head words are read off the same scans (see labels.population_in_span)
        got = labels.population_in_span(a.text, lo, hi, prefer_last, spans[0], spans[1])
    except (IndexError, ValueError):  # as in _found
        got = None
    a.memo[key] = got
    return got


def _sentence_span(a: Analysis, n: Num) -> tuple[int, int]:
    if not a.sentences:
        return 0, len(a.text)
    s = a.sentences[n.sentence]
    return s.start, s.end


# A clause boundary: a subgroup named on its far side ("among women ..., while men ...") is another
# clause's population.
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:while|whereas|but|compared\s+(?:with|to)|versus|vs\.?|and\s+(?:just|only)|than)\b",
    re.IGNORECASE,
)
# A leading count on a population ("1,996 Registered Voters", "N=804 likely voters") is a sample size.
_LEADING_COUNT = re.compile(r"^(?:n\s*=\s*)?\d[\d,]*\s+(?=[A-Za-z])", re.IGNORECASE)
# Short crosstab column headers and what they stand for.
_HEADER_WORDS = {
    "dem": "Democrats",
    "dems": "Democrats",
    "rep": "Republicans",
    "reps": "Republicans",
    "gop": "Republicans",
    "ind": "independents",
    "inds": "independents",
    **CLIPPED_HEADS,
}
# Crosstab column headers that name a subgroup without a population head word.
_CROSSTAB_WORDS = DEMOGRAPHIC_WORDS | frozenset(
    ["college", "non-college", "conservative", "moderate", "liberal", "evangelical", "catholic", "protestant"]
)
_AGE_BAND = re.compile(
    r"^\s*(?:age[sd]?\s+)?\d\d\s*(?:[-–]|to)\s*\d\d\s*$|^\s*\d\d\s*\+\s*$|^\s*(?:under|over)\s+\d\d"
)
_TOTAL_HEADERS = frozenset({"all", "total", "tot", "overall", "all voters", "all adults", "total sample"})
# Populations that name no subgroup: the poll's own sample refines them ("voters" -> "likely voters").
GENERIC = frozenset(
    {
        "voters",
        "adults",
        "respondents",
        "americans",
        "britons",
        "canadians",
        "australians",
        "people",
        "public",
    }
)


# The whole sample named in a figure's own clause ("6% of the whole sample", "Overall, 41% ...", "Among all
# voters, 48%", "across the full sample", "of all respondents"): the figure is the sample's, whatever
# subgroup an earlier sentence scoped.
_WHOLE_SAMPLE = re.compile(
    r"\b(?:(?:the\s+)?(?:whole|entire|full|total|overall)\s+sample|overall|all\s+(?:(?:likely|registered)\s+)?"
    r"(?:voters|adults|respondents|americans|britons|canadians|australians|those\s+(?:surveyed|polled|asked))"
    r"|everyone\s+(?:surveyed|polled|asked))\b",
    re.IGNORECASE,
)
# Right after the figure: "6% of the whole sample", "41% overall", "48% of all voters".
_WHOLE_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?:of\s+|among\s+|across\s+)?(?:the\s+)?$", re.IGNORECASE)


def _whole_word(text: str) -> bool:
    """A population that names no subgroup: "voters", "all adults", "the whole sample"."""
    low = text.lower()
    return (
        low in GENERIC or low.startswith(("all ", "the whole", "the full", "the entire")) or "sample" in low
    )


def whole_sample_clause(a: Analysis, n: Num, lo: int, hi: int) -> bool:
    """The figure's own clause names the whole sample: before it, with no clause boundary or other figure
    between, or right after it ("6% of the whole sample", "41% overall")."""
    left_lo = max(lo, n.start - _WINDOW)
    for m in _WHOLE_SAMPLE.finditer(a.text, left_lo, n.start):
        if not _scope(a, n, m.end(), n.start):
            return True
    right_hi = min(hi, n.cand.mark_end + 40)
    for m in _WHOLE_SAMPLE.finditer(a.text, n.cand.mark_end, right_hi):
        if _WHOLE_AFTER.match(a.text[n.cand.mark_end : m.start()]) is not None:
            return True
    return False


def _numbers_between(a: Analysis, n: Num, lo: int, hi: int) -> bool:
    """Another figure of the sentence lies in ``[lo, hi)``."""
    return any(lo <= m.start < hi and m.index != n.index for m in a.numbers_by_sentence.get(n.sentence, []))


def _scope(a: Analysis, n: Num, lo: int, hi: int) -> dict[str, float]:
    """Whether a population named in ``[lo, hi)`` (before or after the figure) reaches it: not past a
    clause boundary, not past another figure."""
    f: dict[str, float] = {}
    if _CLAUSE_BREAK.search(a.text, lo, hi) is not None:
        f["past_clause"] = 1.0
    if _numbers_between(a, n, lo, hi):
        f["past_figure"] = 1.0
    return f


_STATE_NAMES = frozenset(w for st in US_STATES for w in st.split())
# The lookahead passes over word boundaries no state name opens at (word ends, digits) in one step.
_STATE_FIRST = "".join(sorted({re.escape(st[:1]) for st in US_STATES}))
_STATE_ANY = re.compile(r"\b(?=[" + _STATE_FIRST + r"])(" + longest_first(US_STATES) + r")\b", re.IGNORECASE)
_STATE_BY_LOW = {st.lower(): st for st in US_STATES}
# Where a match of _STATE_ANY can start (see scan.WordStarts).
_STATE_STARTS = WordStarts(st.lower() for st in US_STATES)


def _state_before(a: Analysis, n: Num, lo: int) -> tuple[str, bool]:
    """The US state named nearest before the figure (within 300 characters), and whether that is before
    the figure's sentence; ("", False) when none."""
    start = max(0, n.start - 300)
    found = _last_state_in(a, start, n.start)
    if found is None:
        return "", False
    at, word = found
    if word[:1].islower():
        return "", False  # "washington" in lower case is rarely the state
    if word == "Washington" and WASHINGTON_STATE.match(a.text, at + len(word)) is None:
        return "", False  # "the debate in Washington": the capital, as often as not
    return _STATE_BY_LOW[" ".join(word.lower().split())], at < lo


def _wordy(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _state_hits(a: Analysis) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every state name matched in the text (offsets, spans), found in one scan per analysis."""
    hits = a.memo.get(("state_hits", None))
    if not isinstance(hits, tuple):
        fold = folded(a.text)
        scan = (
            _STATE_ANY.finditer(a.text)
            if fold is None
            else finditer_at(_STATE_ANY, a.text, _STATE_STARTS.starts(fold))
        )
        found = [(m.start(), m.end(), m.group(1)) for m in scan]
        hits = a.memo[("state_hits", None)] = ([h[0] for h in found], found)
    return cast("tuple[list[int], list[tuple[int, int, str]]]", hits)


def names_any_state(a: Analysis) -> bool:
    """Whether the text writes any US state's name (in any case)."""
    return bool(_state_hits(a)[0])


def _last_state_in(a: Analysis, start: int, end: int) -> tuple[int, str] | None:
    """The last state name matched in ``text[start:end]`` that names a place (its offset and words)."""
    text = a.text
    found = _states_in(a, start, end)
    for i in range(len(found) - 1, -1, -1):  # the last one that names the place, not a person's or paper's
        if _names_place(text, found[i][0], found[i][1]):
            return found[i][0], found[i][2]
    return None


def _states_in(a: Analysis, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, words) of every match of :data:`_STATE_ANY` in ``text[start:end]``, as its
    ``finditer(text, start, end)`` gives them, read off one scan of the whole text; the window is searched
    itself where a name in the text crosses one of its ends or a word runs on past its end (there a
    window's search can differ from the text's)."""
    starts, spans = _state_hits(a)
    text = a.text
    k = bisect.bisect_left(starts, start)
    crossing = (k > 0 and spans[k - 1][1] > start) or (
        0 < end < len(text) and _wordy(text[end - 1]) and _wordy(text[end])
    )
    j = bisect.bisect_left(starts, end)
    if crossing or (j > 0 and spans[j - 1][1] > end):
        return [(m.start(), m.end(), m.group(1)) for m in _STATE_ANY.finditer(text, start, end)]
    return spans[k:j]


def _names_place(text: str, start: int, end: int) -> bool:
    """Whether the state written at ``text[start:end]`` names a place polled, not part of a person's title
    ("Florida Gov. Jeb Bush"), a paper, outlet or institution ("Arizona Republic", "CBS NEWS/NEW YORK
    TIMES", :mod:`outlets`) or "X of" ("Rand Paul of Kentucky")."""
    if _STATE_NAME_AFTER.match(text, end) is not None or in_outlet(text, start, end):
        return False
    return _STATE_NAME_BEFORE.search(text, max(0, start - 30), start) is None


_STATE_SAMPLE_HEADS = frozenset({"voters", "adults", "residents", "caucusgoers"})


def _inner_cells(a: Analysis, n: Num) -> int:
    """Cells of the figure's pipe row, not counting the empty cells of outer pipes ("| a | b |" has 2)."""
    span = a.lines[n.line]
    cells = a.text[span.start : span.end].split("|")
    lead = 1 if len(cells) > 1 and not cells[0].strip() else 0
    trail = 1 if len(cells) > 1 + lead and not cells[-1].strip() else 0
    return len(cells) - lead - trail


# A figure caught on a population's end ("women 53" out of "among women 53% to 41%"); age bounds stay.
_TRAILING_FIGURE = re.compile(r"(\S+)\s+\d{1,3}(?:\.\d+)?$")
_AGE_WORDS = frozenset({"under", "over", "aged", "ages", "age", "to", "and", "than", "-", "–"})


_THOSE_PEOPLE = frozenset(
    [
        "who",
        "aged",
        "age",
        "ages",
        "under",
        "over",
        "with",
        "without",
        "in",
        "polled",
        "surveyed",
        "asked",
        "questioned",
        "voting",
        "backing",
        "supporting",
        "living",
        "earning",
        "identifying",
        "describing",
        "rating",
    ]
)
_LINE_HEAD = re.compile(r"[ \t\-–•*]*([^:|\n%]{2,60}?)\s*:")


def _line_head(a: Analysis, n: Num) -> str:
    """The heading the figure's line opens with before a colon, when it is a few words over named results
    ("Eastern Ontario: Conservative 48%"), or ""."""
    span = a.lines[n.line]
    m = _LINE_HEAD.match(a.text, span.start, n.start)
    if m is None or len(m.group(1).split()) > 5:
        return ""
    first = a.numbers_by_line[n.line][0].start
    if m.end() >= first or not any(ch.isalpha() for ch in a.text[m.end() : first]):
        return ""  # "Labour: 26%": the words before the colon are the option, not whose results these are
    return " ".join(m.group(1).split())


# An election year before the side its voters chose is part of the population ("2020 Trump voters",
# "2016 Leave voters"), not a sample size ("1996 Registered Voters" is one).
_ELECTION_YEAR = re.compile(r"^(?:18|19|20)\d\d\s+(?P<side>[A-Z][\w'’-]*)\s")
_SAMPLE_WORDS = frozenset(
    {
        "registered",
        "likely",
        "self-identified",
        "adult",
        "adults",
        "eligible",
        "probable",
        "national",
        "american",
    }
)
# "Trump's 2020 voters" is written "2020 Trump voters" (the labels' one wording for one population).
_POSSESSIVE_YEAR = re.compile(
    r"^(?P<side>[A-Z][\w-]*)['’]s\s+(?P<year>(?:18|19|20)\d\d)\s+(?P<head>voters|supporters|backers)$"
)


# A past vote written as a clause ("those who voted Conservative in 2024", "people who backed Leave at
# the 2016 referendum") is written as the labels write it: "2024 Conservative voters", "2016 Leave voters".
_PAST_VOTE = re.compile(
    r"^(?:those|people|voters|respondents|adults|Britons|Canadians|Americans|Australians)\s+who\s+"
    r"(?:voted|backed|supported)\s+(?:for\s+)?(?:the\s+)?"
    r"(?P<side>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*|UK)){0,2})"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:(?P<year>(?:18|19|20)\d\d)|last|previous)"
    r"(?:\s+(?:general\s+|federal\s+|presidential\s+)?(?:election|referendum|vote))?)?$",
    re.IGNORECASE,
)


# The adult threshold after a population names every adult, not an age band.
_ADULT_AGE = re.compile(
    r"(?<=\w)\s+(?:(?:aged\s+|ages\s+)?18\s*(?:\+|(?:years?\s+)?(?:and|or)\s+(?:older|over|up|above))|"
    r"(?:aged\s+)?(?:over|above)\s+18)(?:\s+years?(?:\s+old)?)?$",
    re.IGNORECASE,
)  # ("adults aged over 18" too)


def _past_vote(text: str) -> str:
    m = _PAST_VOTE.match(text)
    if m is None:
        return text
    side = m.group("side")
    side = side[len("the ") :] if side.lower().startswith("the ") else side
    return f"{m.group('year')} {side} voters" if m.group("year") else f"{side} voters"


# A part of the sample told by a clause of its state of mind ("Amongst those that are undecided", "those
# who remain unsure", "voters who are still undecided"): the labels' short form, "undecided voters".
_THOSE_WHO_ARE = re.compile(
    r"^(?:among(?:st)?\s+)?(?:the\s+)?(?:those|people|voters|respondents)\s+(?:who|that)\s+"
    r"(?:are|were|remain|remained|say\s+they\s+are|said\s+they\s+were)\s+(?:still\s+)?"
    r"(?P<state>undecided|unsure|uncommitted|undeclared|decided)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)  # a pure fact about a short text, asked of it many times
def tidy_population(text: str) -> str:
    """A population without a sample size before it or a figure caught after it."""
    if " who " in text or " that " in text:
        text = _past_vote(text)
        m = _THOSE_WHO_ARE.match(text)
        if m is not None:
            text = f"{m.group('state').lower()} voters"
    if "18" in text:
        text = _ADULT_AGE.sub("", text)  # "adults 18 and older", "electors aged 18+": all adults, no subgroup
    year = _ELECTION_YEAR.match(text)
    if year is None or year.group("side").lower() in _SAMPLE_WORDS:
        text = _LEADING_COUNT.sub("", text).strip()
    text = _POSSESSIVE_YEAR.sub(r"\g<year> \g<side> \g<head>", text)
    m = _TRAILING_FIGURE.search(text)
    if m is not None and m.group(1).lower() not in _AGE_WORDS:
        text = text[: m.end(1)]
    return _PARTY_PLURAL.get(text.lower(), text)


# A crosstab row or column names a party's people in the singular ("Democrat — 79%"); the labels say
# "Democrats".
_PARTY_PLURAL = {
    "democrat": "Democrats",
    "republican": "Republicans",
    "independent": "independents",
    "dem": "Democrats",
    "rep": "Republicans",
    "gop": "Republicans",
}


# Crosstab column heads of one banner dimension: two of them side by side are two columns, not a group.
_BANNER_SETS = (
    frozenset({"men", "women", "male", "female"}),
    frozenset({"dem", "dems", "rep", "reps", "gop", "ind", "inds"}),
)


def _all_column_heads(words: list[str]) -> bool:
    heads = _CROSSTAB_WORDS | _HEADER_WORDS.keys() | _TOTAL_HEADERS
    return bool(words) and all(w in heads or _AGE_BAND.search(w) for w in words)


def header_names_people(header: str) -> bool:
    """Whether a column header names people: "Men", "Dem", "Women 18-34", "Likely voters"."""
    low = header.lower()
    return low in _HEADER_WORDS or low in _CROSSTAB_WORDS or _found(header, prefer_last=False) is not None


def is_column_head(text: str) -> bool:
    """Words that are crosstab column heads naming people ("Total", "Dem", "Men Women", "18-34"): the
    column's population, never a person or body a question rates ("the way Total Dem is handling ...")."""
    return _all_column_heads(text.lower().split())


def _header_run(words: list[str]) -> bool:
    """Words that are a run of a crosstab header row's cells ("Ind Men Women", "Men Women 18-34",
    "Total Dem Rep"): every word a column head, and two heads of one banner (two genders, two party
    abbreviations, two age bands) or a total column's head among them."""
    if len(words) < 2 or not _all_column_heads(words):
        return False
    return (
        any(len(set(words) & banner) >= 2 for banner in _BANNER_SETS)
        or sum(1 for w in words if _AGE_BAND.search(w)) >= 2
        or any(w in _TOTAL_HEADERS for w in words)
    )


def rejected(text: str) -> bool:
    """A proposal that cannot name who was asked: an answer option ("Unfavorable", "Don't know"), a run
    of a crosstab header row's cells ("Ind Men Women") or "those" followed by no people ("those
    results", "those numbers")."""
    low = text.lower().strip()
    if low in ANSWER_OPTIONS or _OPTION_HEADER.fullmatch(low) is not None:
        return True
    words = low.split()
    if _header_run(words):
        return True
    return bool(words) and words[0] == "those" and not _those_people(words)


def _those_people(words: list[str]) -> bool:
    """ "those" followed by who they are: "those who ...", "those aged 18 to 29", "those 65 and over"."""
    return len(words) >= 2 and (words[1] in _THOSE_PEOPLE or words[1][:1].isdigit())


_NOBODY_IN_PARTICULAR = frozenset(
    {"people", "public", "the public", "respondents", "residents", "participants"}
)


def population_proposals(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    out = [(tidy_population(t), s, f) for t, s, f in _proposals(a, n)]
    # The rule extractor's proposal (tidied as choices.py tidies it) is told where it is written too.
    legacy = tidy_population(n.legacy.population) if n.legacy is not None else ""
    texts = {t.lower(): t for t, _, _ in out if t}
    if legacy:
        texts.setdefault(legacy.lower(), legacy)
    header = next((t.lower() for t, _, f in out if "header_names_people" in f), None)
    where = {low: _written(a, n, low) for low in texts}
    # The population written nearest before the figure (or right after it, "of X") is its own; one
    # written further away belongs to another figure ("among women 53% ..., while men favor ... 54%").
    whole = a.memo.get(("whole_sample", n.index))
    near_dist = [d for _, d in where.values() if d is not None]
    nearest = min(near_dist) if near_dist else None
    # Whether the figure's own clause names someone (nearest, nothing between): then every other proposal
    # (the rule extractor's, the release's sample, a mention elsewhere) says who a different clause meant.
    clause_names = nearest is not None and any(
        d == nearest and pos.startswith("pos:here") for pos, d in where.values()
    )
    subject = _sentence_subject(a, n, texts)
    abroad = bool(a.passage_cues.country_voters)
    for low, text in texts.items():
        pos, dist = where[low]
        feats = {pos: 1.0}
        words = low.split()
        if subject is not None:
            # The figure's clause opens with who or where it speaks of ("In rural Wales, 58% ...", "...,
            # while independents are split, with 46 percent ..."): that subject is the figure's, over the
            # release's sample or an earlier clause's subgroup.
            feats["sentence_subject" if low == subject else "sentence_subject_other"] = 1.0
        if words[0] == "those" and not _those_people(words):
            feats["those_not_people"] = 1.0  # "those results", "those numbers"
        if low in PARTY_OPTIONS and (low not in PARTY_PEOPLE or (abroad and low.startswith("independent"))):
            # "Liberal Democrats", "Labour": a party, an answer; abroad "Independents" stand for election
            # ("Independents and others 14 per cent"), where in the US they are a crosstab's people.
            feats["party_name"] = 1.0
        if low in _NOBODY_IN_PARTICULAR:
            feats["generic_word"] = 1.0  # "people", "public": says nobody in particular
        if dist is not None and nearest is not None:
            feats["nearest_written" if dist == nearest else "farther_written"] = 1.0
            if dist == nearest and pos.startswith("pos:here"):
                feats["own_clause"] = 1.0  # nearest, and nothing between it and the figure
        if clause_names and "own_clause" not in feats:
            feats["clause_names_other"] = 1.0
        if isinstance(whole, str) and low != whole:
            feats["not_whole_sample"] = 1.0  # the figure's clause names the whole sample, not this
        if header is not None and low != header and low != _HEADER_WORDS.get(header, header).lower():
            # A crosstab column names who answered: another proposal is another column's or the release's.
            feats["not_the_column_header"] = 1.0
        out.append((text, "scope", feats))
    return out


# What may stand before a sentence's subject: a quote mark, a list bullet, "In", "Among", "For".
_SUBJECT_LEAD = re.compile(r"[\s\"'“‘(*•-]*(?:(?:in|among|for|across)\s+(?:the\s+)?)?$", re.IGNORECASE)
# Where a clause with a subject of its own opens inside a sentence ("..., while Democrats are split").
_SUBJECT_OPEN = gated(re.compile(r";|\b(?:while|whereas|but)\b,?", re.IGNORECASE))
# A turn between the subject and the figure that hands the figure to someone else.
_SUBJECT_TURN = re.compile(
    r"\b(?:while|whereas|but|compared\s+(?:with|to)|versus|vs\.?|than)\b", re.IGNORECASE
)


def _sentence_subject(a: Analysis, n: Num, texts: dict[str, str]) -> str | None:
    """The proposal (lower-cased) the figure's clause opens with (the sentence's start, or a clause after
    "while", "whereas", "but" or a semicolon), when no turn ("than", "versus") stands between it and the
    figure; the longest such; None when no proposal opens the clause."""
    lo, _ = _sentence_span(a, n)
    for m in _SUBJECT_OPEN.finditer(a.text, lo, n.start):
        lo = m.end()
    best: str | None = None
    for low in texts:
        at = a.lower.find(low, lo, n.start)
        if at < 0 or at - lo > 24 or _SUBJECT_LEAD.fullmatch(a.text, lo, at) is None:
            continue
        if _SUBJECT_TURN.search(a.text, at + len(low), n.start) is not None:
            continue
        if best is None or len(low) > len(best):
            best = low
    return best


def _written(a: Analysis, n: Num, low: str) -> tuple[str, int | None]:
    """Where the population ``low`` is written relative to the figure in its sentence: in its clause
    (no clause boundary or other figure between), past a clause boundary or figure, or not there; and
    its distance in characters when it is written before the figure or right after it ("45% of X")."""
    lo, hi = _sentence_span(a, n)
    best: tuple[int, int] | None = None
    at = a.lower.find(low, lo, hi)
    while at >= 0:
        d = n.start - (at + len(low)) if at < n.start else at - n.cand.mark_end
        if best is None or abs(d) < abs(best[1]):
            best = (at, d)
        at = a.lower.find(low, at + 1, hi)
    if best is None:
        return "pos:absent", None
    at, d = best
    dist = d if at < n.start or d <= 12 else None
    span = (at + len(low), n.start) if at < n.start else (n.cand.mark_end, at)
    if _numbers_between(a, n, *span):
        return "pos:past_figure", dist
    if _CLAUSE_BREAK.search(a.text, *span) is not None:
        return "pos:past_clause", dist
    return ("pos:here_before" if at < n.start else "pos:here_after"), dist


def _proposals(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    out: list[tuple[str, str, dict[str, float]]] = []
    near: list[str] = []  # what the figure's own clause names
    lo, hi = _sentence_span(a, n)
    right_hi = min(hi, n.cand.mark_end + _WINDOW)
    m = _OF.match(a.text, n.cand.mark_end, right_hi)
    if m is not None:
        found = _found_in(a, m.end(), right_hi, prefer_last=False)
        if found is not None and found[1] <= 12:
            out.append((found[0], "of_after", {}))
            near.append(found[0])
    left_lo = max(lo, n.start - _WINDOW)
    among = list(
        finditer_word(_AMONG, a.text, a.folded, "among", max(lo, n.start - 300), min(hi, n.end + 300))
    )
    if among:
        best = min(among, key=lambda x: abs(x.start() - n.start))
        found = _found_in(a, best.end(), min(hi, best.end() + _WINDOW), prefer_last=False)
        if found is not None and found[1] <= 8:
            before = best.start() < n.start
            side = "among_before" if before else "among_after"
            feats = {side: 1.0, f"among_count={min(len(among), 3)}": 1.0}
            scope = (
                _scope(a, n, best.end() + found[2], n.start)
                if before
                else _scope(a, n, n.cand.mark_end, best.start())
            )
            feats.update({f"among_{k}": v for k, v in scope.items()})
            out.append((found[0], "among", feats))
            if not scope:
                near.append(found[0])
    found = _found_in(a, left_lo, n.start, prefer_last=True)
    if found is not None:
        gap = n.start - left_lo - found[2]
        feats = {f"gap={min(gap // 10, 4)}": 1.0}
        scope = _scope(a, n, left_lo + found[2], n.start)
        feats.update({f"before_{k}": v for k, v in scope.items()})
        out.append((found[0], "before", feats))
        if not scope:
            near.append(found[0])
    found = _found_in(a, lo, min(hi, lo + 600), prefer_last=False)
    if found is not None:
        out.append((found[0], "sentence", {}))
    place = a.layout.places[n.index]
    if place.label_items >= 2:
        head = _line_head(a, n)
        if head:
            # "Southwestern Ontario: Conservative 42%, Liberal 24%", "Men: Trump 48%, Harris 45%": a line
            # of named results under a heading; the heading says whose results they are.
            out.append((head, "line_head", {}))
    header = " ".join((place.header or "").replace("*", " ").split()).strip(" :|-–")
    cues = a.passage_cues
    if header and not place.header_date and (any(ch.isalpha() for ch in header) or _AGE_BAND.search(header)):
        low = header.lower()
        cells = {f"cells={min(_inner_cells(a, n), 6)}": 1.0}
        if (total := _TOTAL_OF_OPTION.match(low)) is not None and total.group(1) in ANSWER_OPTIONS:
            pass  # "Total approve": an option's summed parts, no people
        elif low in _TOTAL_HEADERS:
            # The total column is the whole sample.
            whole = cues.sample_population or cues.universe
            if whole:
                out.append((whole, "col_header_total", cells))
        else:
            feats = dict(cells)
            if header_names_people(header):
                feats["header_names_people"] = 1.0  # "Men", "Dem", "Women 18-34", "Likely voters"
            elif _AGE_BAND.search(header):
                feats["header_age_band"] = 1.0
                # An age band heads the column of an age group: it names who answered as a noun would.
                feats["header_names_people"] = 1.0
            if low in ANSWER_OPTIONS or _OPTION_HEADER.search(low) is not None:
                feats["header_option"] = 1.0  # "Unfavorable", "Net change": the column is an answer
            if not any(ch.isalpha() for ch in header):
                header = f"aged {header}"  # a bare age band ("18-34", "65+") names the age group
            out.append((_HEADER_WORDS.get(low, header), "col_header", feats))
            near.append(header)
    out.extend(_subgroup_proposals(a, n, lo, hi, place.row_label))
    age = _age_noun(a, n, lo, hi)
    if age is not None:
        out.append(age)
        if "age_noun_before" in age[2] and len(age[2]) == 1:
            near.append(age[0])
    mentions = _samples(a)
    subgroup = [t for t in near if not _whole_word(t)]
    if not subgroup and whole_sample_clause(a, n, lo, hi):
        # "Just 6% of the whole sample ...": the sample described nearest before the figure (else the
        # release's), which its own clause names, not a subgroup an earlier sentence scoped.
        k = bisect.bisect_right(mentions[0], n.start) if mentions[0] else 0
        whole = (mentions[1][k - 1] if k else "") or cues.sample_population or cues.universe
        if whole:
            out.append((whole, "whole_sample", {}))
            near.insert(0, whole)
            a.memo[("whole_sample", n.index)] = tidy_population(whole).lower()
    a.memo[("clause_population", n.index)] = near[0] if near else ""
    if mentions[0]:
        # The sample described nearest before the figure (else the first one after it): a release that
        # describes several samples gives each table or paragraph its own.
        k = bisect.bisect_right(mentions[0], n.start)
        universe, side = (mentions[1][k - 1], "before") if k else (mentions[1][0], "after")
        feats = {f"sample_near_{side}": 1.0, f"samples={min(len(set(mentions[2])), 3)}": 1.0}
        if near:
            feats["sample_near_subgroup"] = 1.0
        out.append((universe, "sample_near", feats))
    if cues.sample_population:
        sample_words = set(cues.sample_population.lower().split())
        feats = {}
        if near:
            nearest = near[0].lower()
            if nearest in GENERIC or set(nearest.split()) <= sample_words:
                feats["refines_near"] = 1.0  # "voters" near the figure, "likely voters" sampled
            else:
                feats["near_subgroup"] = 1.0
        out.append((cues.sample_population, "sample", feats))
    if cues.universe:
        feats = {f"universe={cues.universe.lower()}": 1.0}
        if _written_anywhere(a, cues.universe):
            feats["universe_written"] = 1.0
        if mentions[0]:
            feats["universe_with_sample"] = 1.0  # the release says who it sampled
        sampled = cues.sample_population.lower().split()
        if len(sampled) > 1 and cues.universe.lower() in sampled:
            feats["sample_refines_universe"] = 1.0  # "voters" in a poll of "likely Republican primary voters"
        out.append((cues.universe, "universe", feats))
    for rank, mention in enumerate(cues.mentions):
        out.append((mention, "passage_mention", {f"mention_rank={rank}": 1.0}))
    state, far = _state_before(a, n, lo)
    if state:
        # "COLORADO: McCain 46 Obama 44 MICHIGAN: ...", a state's heading above its table rows: the state
        # named nearest before the figure.
        feats = {"state_same": 1.0} if state == cues.state else {}
        if far:
            feats["state_far"] = 1.0
        out.append((f"{state} voters", "state_near", feats))
        mods = [cues.sample_population] if cues.sample_population else []
        mods += [m for m in cues.mentions if m.lower() in ("likely voters", "registered voters")]
        for mod in mods[:1]:
            if mod.split()[-1].lower() == "voters" and not any(w in _STATE_NAMES for w in mod.split()):
                out.append((f"{state} {mod}", "state_near", {"state_mod": 1.0, **feats}))
    if cues.state and cues.sample_population:
        sample = cues.sample_population
        if sample.split()[-1].lower() in _STATE_SAMPLE_HEADS and not any(
            w in _STATE_NAMES for w in sample.split()
        ):
            # A state poll's sample named without its state ("likely Republican primary voters" in a New
            # Hampshire poll): the labels write the state's people ("New Hampshire likely voters").
            out.append(
                (
                    f"{cues.state} {sample}",
                    "state_sample",
                    {"other_state_nearer": 1.0} if state and state != cues.state else {},
                )
            )
    if cues.state:
        out.append(
            (
                f"{cues.state} voters",
                "state_voters",
                {"other_state_nearer": 1.0} if state and state != cues.state else {},
            )
        )
        for mod in ("likely voters", "registered voters"):
            if any(mod in m for m in cues.mentions):
                out.append((f"{cues.state} {mod}", "state_voters", {"state_mod": 1.0}))
    opening = _place_in(a, n, lo)
    if opening is not None:
        out.append(opening)
    for region, feats in region_proposals(a, n, lo):
        # "Quebec (30%)", "In Scotland, Labour 42%", "Alberta: UCP 51%": a breakdown by region.
        out.append((region, "region", feats))
    # A regional poll's voters stand where a national poll's would ("Scottish voters", not "GB voters").
    voters = cues.region_voters or cues.country_voters
    if voters.endswith(" voters") and cues.sample_population.lower() == "electors":
        # "a cross-section of 966 electors" (Roy Morgan's word, in Australia and New Zealand): the country's
        # voters in the release's own word, "Australian electors".
        voters = voters.removesuffix("voters") + "electors"
    if voters:
        out.append((voters, "country_voters", {"intention": 1.0} if cues.intention else {}))
    return out


# A place that opens the figure's clause ("In Bogotá, approval is 27 percent", "in regional Queensland it
# trails 41-59", "In the eastern states the AfD leads with 37 percent", "in rural municipalities it falls
# to 26 percent"): the figures that follow are that place's respondents'. Any capitalised place, not only
# the regions :mod:`regions` knows, with a town/country qualifier or a compass part of the country.
_PLACE_IN = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?P<p>"
    r"(?:(?:regional|rural|urban|suburban|outer|inner|metropolitan|metro|greater|downtown)\s+)?"
    r"(?-i:[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|and|&)){0,3})"
    r"|(?:rural|urban|suburban|regional|coastal|remote)\s+(?:areas|municipalities|communities|counties|districts|"
    r"regions|towns|constituencies|seats|ridings)"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern\s+(?:states|regions|"
    r"provinces|part\s+of\s+the\s+country|Länder))?)(?=\s*[,;]|\s+(?:the|it|its|his|her|their|[a-z]+s|is|are|was|were|"
    r"support|approval|opposition)\b)"
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:(.]|\b(?:while|whereas|but|and|though))\s*$", re.IGNORECASE)
# Capitalised words after "In" that name no place ("In March", "In Tuesday's poll", "In Total").
_NOT_PLACES = frozenset(
    [
        *MONTHS.split("|"),
        *WEEKDAYS.split("|"),
        "Addition",
        "Total",
        "All",
        "Contrast",
        "Comparison",
        "General",
        "Particular",
        "Fact",
        "Short",
        "Sum",
        "Response",
        "Other",
        "Either",
        "Both",
        "Each",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "His",
        "Her",
        "Their",
        "Its",
        "Spite",
        "Terms",
        "Part",
    ]
)


def _place_in(a: Analysis, n: Num, lo: int) -> tuple[str, str, dict[str, float]] | None:
    """The place that opens the figure's clause ("In Oslo the yes side reaches 49 percent"), or None."""
    window_lo = max(lo, n.start - _WINDOW)
    best = None
    for m in _PLACE_IN.finditer(a.text, window_lo, n.start):
        if m.start() == lo or _CLAUSE_OPENS.search(a.text, max(lo, m.start() - 12), m.start()) is not None:
            best = m
    if best is None:
        return None
    place = best.group("p").strip()
    first = place.split()[0]
    if first in _NOT_PLACES or first.lower() in {"the", "a", "an"} or any(ch.isdigit() for ch in place):
        return None
    if re.search(r"\b(?:poll|survey|polls|surveys|study|sample|election|race|primary|caucus)\b", place, re.I):
        return None  # "In the Emerson poll", "In the Iowa caucus": whose poll or which contest, not a place
    feats: dict[str, float] = {}
    feats.update({f"place_{k}": v for k, v in _scope(a, n, best.end(), n.start).items()})
    cues = a.passage_cues
    if cues.state and place == cues.state:
        feats["place_is_passage_state"] = 1.0  # a state poll's own state: the whole sample
    return place, "place_in", feats


# "Total approve": a column of an option's summed parts (the option's total, not the total sample).
_TOTAL_OF_OPTION = re.compile(r"^total\W+(.+)$")
_OPTION_HEADER = re.compile(r"\b(?:net|change|diff|difference|lead|margin|moe|n|base|trend)(?:\s+change)?\b")


def _samples(a: Analysis) -> tuple[list[int], list[str], list[str]]:
    """The passage's sample descriptions (offsets, universes, lower-cased), found once per analysis."""
    got = a.memo.get(("sample_mentions", None))
    if not isinstance(got, tuple):
        found = sample_mentions(a.text)
        got = ([at for at, _ in found], [tidy_population(t) for _, t in found], [t.lower() for _, t in found])
        a.memo[("sample_mentions", None)] = got
    return got


def sample_universes(a: Analysis) -> list[str]:
    """The universes of the passage's sample descriptions, in order (see :func:`populations.sample_mentions`)."""
    return _samples(a)[1]


def sampled_place_people(a: Analysis, n: Num, population: str) -> str:
    """The sample a figure's sentence describes, where the figure's population names the people of a place
    as a whole, else "".

    "American voters give Congress a 27 percent approval rating, according to a national poll of
    registered voters"; "Glaswegians back the zone by 51% to 40%, according to a poll of 600 Glasgow
    residents": the lead names the release's people loosely and the same sentence says who was asked, in
    the words the labels keep. A fixed rule, not a ranker feature: the training text holds too few leads
    of this shape for a weight to learn it (the figure's own "51 percent of Americans" with the sample
    described in another paragraph keeps "Americans")."""
    if not population or not is_place_people(population):
        return ""
    key = ("sentence_sample", n.sentence)
    got = a.memo.get(key)
    if not isinstance(got, str):
        lo, hi = _sentence_span(a, n)
        found = sample_in(a.text, lo, hi) or ""
        got = a.memo[key] = "" if not found or is_place_people(found) else tidy_population(found)
    if not got or set(got.lower().split()) <= set(population.lower().split()):
        return ""  # "57% of U.S. adults ..., in a survey of 10,221 adults": the lead's words are the fuller
    return got


def _written_anywhere(a: Analysis, word: str) -> bool:
    key = ("written_anywhere", word)
    got = a.memo.get(key)
    if not isinstance(got, bool):
        got = re.search(rf"\b{re.escape(word)}\b", a.text) is not None
        a.memo[key] = got
    return got


# "Democrat — a: 79%", "Women - 52%", "All likely voters — 69%": a row head before a dash.
_DASH_HEAD = re.compile(r"[ \t•*]*([^—–:|\n%\d]{2,60}?)\s+[—–-]{1,2}\s+")
# A subgroup after "among" that names no population head word: "among males", "among 55+",
# "among 18 to 34", "among Quebecers"; read up to the clause's end or a number.
_AMONG_LOOSE = re.compile(
    r"\bamong\s+(?:the\s+|those\s+)?(?P<g>(?:aged\s+)?\d\d\s*(?:\+|(?:-|–|to)\s*\d\d|and\s+(?:over|older))"
    r"|[A-Za-z][\w'’-]*(?-i:(?:\s+[A-Z][\w'’-]*){0,2}))",
    re.IGNORECASE,
)
_AGE_ONLY = re.compile(r"^(?:aged\s+)?\d\d")
# Capitalised words after "among" that name no group of people ("among The ...", "among May's ...").
_NOT_SUBGROUPS = frozenset(
    [
        *MONTHS.split("|")[:12],
        *[
            "The",
            "This",
            "That",
            "These",
            "Those",
            "Their",
            "His",
            "Her",
            "Its",
            "Our",
            "A",
            "An",
            "All",
            "Them",
            "Us",
        ],
    ]
)


def _people_head(head: str) -> str:
    """``head`` as a population when it names people ("Democrat", "All likely voters", "Women 18-34"),
    else ""."""
    head = " ".join(head.split()).strip(" .,;:-–—")
    if not head or len(head.split()) > 6:
        return ""
    first = head.split()[0].lower()
    if first in SUBGROUP_WORDS or head.lower() in _CROSSTAB_WORDS or head.lower() in _HEADER_WORDS:
        return tidy_population(_HEADER_WORDS.get(head.lower(), head))
    found = _found(head, prefer_last=False)
    if found is not None and found[1] <= 4:
        return found[0]
    return ""


def _subgroup_proposals(
    a: Analysis, n: Num, lo: int, hi: int, row_label: str
) -> list[tuple[str, str, dict[str, float]]]:
    """Subgroups named by a row head or by an "among X" without a population head word."""
    out: list[tuple[str, str, dict[str, float]]] = []
    span = a.lines[n.line]
    m = _DASH_HEAD.match(a.text, span.start, n.start)
    if m is not None:
        head = _people_head(m.group(1))
        if head:
            out.append((head, "row_head", {"row_head_dash": 1.0}))
    if row_label and m is None:
        head = _row_label_head(a, row_label)
        if head:
            out.append((head, "row_head", {"row_head_label": 1.0}))
    window_lo, window_hi = max(lo, n.start - 200), min(hi, n.cand.mark_end + 120)
    best: tuple[int, str, int, int] | None = None
    for am in finditer_word(_AMONG_LOOSE, a.text, a.folded, "among", window_lo, window_hi):
        g = am.group("g")
        words = g.split()
        age = _AGE_ONLY.match(g) is not None
        if not age and (
            (words[0].lower() not in SUBGROUP_WORDS and not g[:1].isupper()) or words[0] in _NOT_SUBGROUPS
        ):
            continue
        ahead = _found(a.text[am.start() : am.end() + 40], prefer_last=False)
        if ahead is not None and ahead[1] <= 12:
            continue  # "among EU citizens": the "among" proposal reads it whole
        if not age and words[0].lower() in SUBGROUP_WORDS:
            g = words[0]  # "among women GOP voters ...": the subgroup word alone
        text = g if not age or g.lower().startswith("aged") else "aged " + g
        d = abs(am.start() - n.start)
        if best is None or d < best[0]:
            best = (d, text, am.start(), am.end())
    if best is not None:
        _, text, at, end = best
        before = at < n.start
        # The same cue as "among Democrats" (and weighed as one), with a wider vocabulary.
        feats = {"among_loose": 1.0, "among_before" if before else "among_after": 1.0}
        feats.update(
            {
                f"among_{k}": v
                for k, v in _scope(a, n, *((end, n.start) if before else (n.cand.mark_end, at))).items()
            }
        )
        out.append((text, "among", feats))
    return out


# An age band written as a noun: "18-24 year olds", "25 to 34-year-olds", "over-65s", "the under-35s".
_AGE_NOUN = gated(
    re.compile(
        r"\b(?:(?:those|people|voters|adults|respondents)\s+)?(?:aged\s+)?"
        r"(?:\d\d\s*(?:-|–|to)\s*\d\d[- ]?years?[- ]olds|(?:over|under)-\d\ds)\b",
        re.IGNORECASE,
    )
)


# An age band written with "among" right beside the figure: after it ("36% among 18 to 34", "43 per cent
# among those 55+") or just before it ("among 35 to 54 (46%)", "among 18-24, 15%"). The figure's own clause
# names its age group: a fixed rule after the rankers gives it (population_steps.age_bands), over the
# passage's people or a neighbouring figure's band.
_BAND = r"(?:aged\s+)?(?P<band>\d\d\s*(?:\+|(?:-|–|to)\s*\d\d|and\s+(?:over|older)))"
_AGE_AMONG_AFTER = re.compile(
    r"[ \t]*(?:%|per[ \t]*cent|percent)?[ \t]+among[ \t]+(?:those[ \t]+)?" + _BAND + r"(?![\w-])"
)
_AGE_AMONG_BEFORE = re.compile(r"\bamong[ \t]+(?:those[ \t]+)?" + _BAND + r"[ \t]*(?:\(|,|:)[ \t]*$")


def adjacent_age_band(a: Analysis, n: Num) -> str:
    """The age group an "among" right beside the figure names ("aged 18 to 34"), or ""."""
    m = _AGE_AMONG_AFTER.match(a.text, n.cand.mark_end)
    if m is None:
        m = _AGE_AMONG_BEFORE.search(a.text, max(0, n.start - 40), n.start)
    return "aged " + " ".join(m.group("band").split()) if m is not None else ""


def _age_noun(a: Analysis, n: Num, lo: int, hi: int) -> tuple[str, str, dict[str, float]] | None:
    """The age band written as a noun nearest the figure in its sentence ("Among 18-24 year olds, 36%",
    "58% of over-65s"), with where it stands; None when the window names none."""
    window_lo, window_hi = max(lo, n.start - _WINDOW), min(hi, n.cand.mark_end + 40)
    best: tuple[int, re.Match[str]] | None = None
    for m in _AGE_NOUN.finditer(a.text, window_lo, window_hi):
        if m.start() <= n.start < m.end():
            continue  # the figure's own digits
        d = n.start - m.end() if m.end() <= n.start else m.start() - n.cand.mark_end
        if best is None or d < best[0]:
            best = (d, m)
    if best is None:
        return None
    m = best[1]
    before = m.end() <= n.start
    feats = {"age_noun_before" if before else "age_noun_after": 1.0}
    span = (m.end(), n.start) if before else (n.cand.mark_end, m.start())
    feats.update({f"age_noun_{k}": v for k, v in _scope(a, n, *span).items()})
    return " ".join(m.group(0).split()), "age_noun", feats


def _row_label_head(a: Analysis, row_label: str) -> str:
    """The people a row label opens with (see :func:`_people_head`), read once per label in an analysis:
    every figure of a row shares it, and a table's first cell can be long."""
    key = ("row_label_head", row_label)
    got = a.memo.get(key)
    if not isinstance(got, str):
        cut = re.split(r"\s+[—–-]{1,2}\s+|[:|]", row_label, maxsplit=1)[0]
        got = a.memo[key] = _people_head(cut)
    return got


def clause_population(a: Analysis, n: Num) -> str:
    """The population the figure's own clause names ("48 percent of men", "Among women, 53%"), or ""."""
    got = a.memo.get(("clause_population", n.index))
    if not isinstance(got, str):
        _proposals(a, n)
        got = a.memo.get(("clause_population", n.index))
    return tidy_population(got) if isinstance(got, str) else ""


# A sample's own words with no place in them ("likely voters", "registered voters", "likely Republican primary
# voters", "the electorate"): where the figure's sentence names the state the poll was taken in, the labels
# write the state's sample ("In Arizona, a poll of 784 registered voters found 50 percent ..." -> "Arizona
# registered voters").
_PLACELESS_SAMPLE = re.compile(
    r"(?:(?:likely|registered|eligible|probable|decided|all)\s+)*"
    r"(?:(?:democratic|republican|gop)\s+primary\s+|primary\s+|general[- ]election\s+)?"
    r"(?:voters|adults|residents|caucusgoers|caucus-goers)",
    re.IGNORECASE,
)
_GENERIC_SAMPLE = frozenset({"voters", "electorate", "the electorate"})
# A state written as part of a name, not as the place polled: a person's title after it ("Texas Gov.",
# "Ohio senator", "Texas Congressman"), a newspaper or institution after it ("Arizona Republic", "OHIO STAR":
# outlets.OUTLET_HEADS, in a capitals header too; the outlets the table names are read by outlets.in_outlet),
# another contest ("the Iowa caucus"), or "X of" before it ("Gore Jr. of Tennessee").
_STATE_TITLE_WORDS = (
    r"Gov\.|Sen\.|Rep\.|Lt\.|Gen\.|(?:Governor|governor|Senator|senator|Representative|"
    r"[Cc]ongress(?:man|woman)|Speaker|Mayor|mayor|Lieutenant|Attorney|attorney|Secretary|University|College|"
    r"Public|Democrat|News|[Cc]aucus(?:es)?|"
    + "|".join(w for head in OUTLET_HEADS for w in (head, head.upper()))
    + r")\b"
)
_STATE_NAME_AFTER = re.compile(
    r"['’]?s?\s+(?:"
    + _STATE_TITLE_WORDS
    + r"(?!(?:['’]s)?\s+(?:"
    + RACE_NOUNS
    + r")\b))"  # "the Iowa Governor race", "the Ohio governor's race" are the state's
)
# "Rand Paul of Kentucky", "the University of Iowa"; never a poll's own "Poll of New York State voters".
_STATE_NAME_BEFORE = re.compile(r"(?!(?:Poll|POLL|Survey|SURVEY)\b)(?-i:[A-Z][\w.]*)\s+of\s+(?:the\s+)?$")
_STATE_LEAD = re.compile(r"(?P<state>" + longest_first(US_STATES) + r")\s+(?P<rest>.+)$")
_STATE_TAIL = re.compile(r"(?P<rest>.+?)\s+in\s+(?P<state>" + longest_first(US_STATES) + r")$")
_NATIONAL = re.compile(r"\b(?:national(?:ly)?|nationwide|across\s+the\s+country)\b", re.IGNORECASE)


def is_placeless_sample(population: str) -> bool:
    """Whether ``population`` is a sample's words with no place ("likely voters", "registered Republican
    primary voters", "voters", "the electorate")."""
    low = population.lower().strip()
    return bool(low) and (_PLACELESS_SAMPLE.fullmatch(low) is not None or low in _GENERIC_SAMPLE)


def _sentence_state(a: Analysis, n: Num) -> str:
    """The one US state the figure's sentence names as a place ("In Arizona, ...", "Wisconsin's race for
    governor", "a survey in Georgia"), or "" where it names none, two, or names the nation."""
    states, national = sentence_places(a, n.sentence)
    return next(iter(states)) if len(states) == 1 and not national else ""


def sentence_places(a: Analysis, k: int) -> tuple[frozenset[str], bool]:
    """The US states sentence ``k`` names as places polled (see :func:`_names_place`; "Washington" only as
    "Washington state"), and whether it names the nation ("nationally", "nationwide", "across the
    country")."""
    key = ("sentence_places", k)
    got = a.memo.get(key)
    if isinstance(got, tuple):
        return cast("tuple[frozenset[str], bool]", got)
    if a.sentences:
        lo, hi = a.sentences[k].start, a.sentences[k].end
    else:
        lo, hi = 0, len(a.text)
    found: set[str] = set()
    fold = folded(a.text)
    national = (
        fold is None or fold.find("nation", lo, hi) >= 0 or fold.find("across", lo, hi) >= 0
    ) and _NATIONAL.search(a.text, lo, hi) is not None  # (string searches first: most sentences hold neither)
    if not national:
        for start, end, word in _states_in(a, lo, hi):
            if not word[:1].isupper() or not _names_place(a.text, start, end):
                continue
            state = _STATE_BY_LOW[" ".join(word.lower().split())]
            if state == "Washington" and not re.match(r"\s+[Ss]tate\b", a.text[end : end + 8]):
                continue  # "Washington" alone is as often the capital
            found.add(state)
    got = a.memo[key] = (frozenset(found), national)
    return got


def state_sample(a: Analysis, n: Num, population: str) -> str:
    """The figure's sample with the state its sentence names before it ("Arizona registered voters"), where
    the chosen population is a sample's words with no place ("registered voters", "the electorate"), or a
    state's sample where the figure stands under another state's heading or sentence; else "".

    The shared labels write a state poll's sample with the state wherever the text names it beside the
    figure ("Kentucky likely voters", "New Hampshire likely Democratic primary voters"); a fixed rule like
    :func:`sampled_place_people`, as the state is a fact of the sentence, not a proposal to weigh. Only the
    figure's own sentence counts: a state named once at the top of a story (a race's name) is left alone."""
    low = population.lower().strip()
    named = _STATE_LEAD.match(population) or _STATE_TAIL.match(population)
    if named is not None and _PLACELESS_SAMPLE.fullmatch(named.group("rest")) is not None:
        # "Arizona likely voters" from the passage's main state, under a heading or sentence of another
        # state ("OHIO: Ortiz 47 - Lee 43", "Across the country in Massachusetts, ... 40 percent"):
        # the state named nearest before the figure.
        state = _sentence_state(a, n) or _state_before(a, n, 0)[0]
        here = _STATE_BY_LOW.get(named.group("state").lower(), "")
        return f"{state} {named.group('rest')}" if state and here and state != here else ""
    if not low or (_PLACELESS_SAMPLE.fullmatch(low) is None and low not in _GENERIC_SAMPLE):
        return ""
    state = _sentence_state(a, n)
    if not state:
        return ""
    if low in _GENERIC_SAMPLE:
        lo, hi = _sentence_span(a, n)
        sampled = tidy_population(sample_in(a.text, lo, hi) or "")
        population = sampled if _PLACELESS_SAMPLE.fullmatch(sampled.lower()) else "voters"
    return f"{state} {population.strip()}"
