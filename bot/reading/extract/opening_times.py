"""After the late joins: a sentence that opens with a past time, or a dated record, tells an earlier wave.

News write-ups set an earlier reading beside the new one by opening a sentence with its time: "Last
month, the mayor had 41 percent. Now she stands at 45 percent", "In 2019, that share was 12 percent",
"A year ago, 30 per cent backed the plan", "In the previous poll, the Greens were on 9 per cent",
"When that question was asked in May, 38 percent agreed"; by a sentence that compares with another
survey ("This compares with a March 3 survey showing the mayor with 40 percent"); or by a record
reading dated after it ("support peaked at 66 percent in May 1998"). The wave reader
(`waves.wave_of`) reads a time beside a figure, not one opening its sentence some words before, so such
figures keep the main poll's wave and the link model joins them to the main poll's group of the same
question and people.

Here every figure of such a sentence that has no wave of its own takes the opening's time as its
``when`` and leaves its cluster for one of its own time (two record readings of two dates part); a
figure it leaves alone joins the one cluster of the other figures of its sentence. Guards: a
bare year is past only where the passage names a later year; a sentence that also says the poll is new
or current ("new", "latest", "now", "today", "this year") is left alone, and another sentence must say
so of the current poll (else the opening time may date the passage's only poll); and the passage must keep
figures of the main poll outside such sentences (a passage whose only poll is dated by an opening time
is that poll, not an earlier wave). Runs on the clusters only and moves no feature.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, members_by_cluster
from bot.reading.extract.scan import Anchored, gated
from bot.reading.extract.vocab import MONTHS

# Off: the clusters are left as the late joins made them.
OPENING_TIMES = True

_COUNT: Final = r"(?:a|an|one|two|three|four|five|six|several|\d+)"
# A past time opening a sentence, before its comma.
_OPENING: Final = re.compile(
    r"[\s\"'“‘(]*(?:(?:back\s+)?in\s+|during\s+|as\s+of\s+)?(?P<t>"
    rf"last\s+(?:week|month|year|spring|summer|fall|autumn|winter|time|poll|survey|quarter|{MONTHS})"
    rf"|{_COUNT}\s+(?:weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)"
    r"|(?:the|a|an|its|their)\s+(?:previous|prior|earlier|last|preceding)\s+(?:[\w/.-]+\s+){0,3}?"
    r"(?:poll|survey|wave|edition|release|Newspoll|monitor)"
    r"|(?P<year>(?:19|20)\d\d))\s*,"
    # "When that question was asked in May,", "In a poll released on May 3,": a survey dated in the clause
    r"|[\s\"'“‘(]*(?:When|In)\s+(?:a|an|the)\s+(?:[\w/.-]+\s+){0,3}?(?:poll|survey|question)\s+(?:was\s+)?"
    r"(?:asked|reported|taken|conducted|released|published)\s+(?:in|on)\s+"
    rf"(?P<dated>(?:{MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)\s*,",
    re.IGNORECASE,
)
# "This compares with a March 3 survey ...": the sentence reports another (earlier) survey's readings.
_COMPARES: Final = re.compile(
    r"[\s\"'“‘]*(?:This|That|It|These|Those)\s+(?:compares?|compared)\s+(?:to|with)\s+"
    r"(?:the\s+)?(?:(?:results?|findings?|figures?|numbers?)\s+(?:of|from|in)\s+)?(?:a|an|the)\s+"
    r"(?P<t>[^.;]{0,50}?\b(?:poll|survey))\b",
    re.IGNORECASE,
)
# A record reading: "its lowest ever, 9% in March 2009", "sank to a low of 33% in July 2016".
_RECORD_BEFORE: Final = gated(
    re.compile(
        r"\b(?:lowest|highest|(?:high|low)\s+point|record|peak(?:ed)?|all-time|low-water\s+mark"
        r"|(?:a|an|its|their|his|her)\s+(?:new\s+|all-time\s+)?(?:high|low)\s+of)\b[^.;%\d]{0,40}$",
        re.IGNORECASE,
    )
)
# ... and its date right after the figure (a year, with its month where given).
_DATE_AFTER: Final = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)?\s*,?\s*(?:in|from|during|back\s+in)\s+(?:the\s+)?"
    rf"(?P<t>(?:(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# The sentence says its own poll is the current one.
_NOW: Final = gated(
    re.compile(r"\b(?:new|newest|latest|now|today|this\s+(?:week|month|year|time))\b", re.IGNORECASE)
)
# Found from its start words "19" and "20" by str.find (one whole-text pass a post: the plain pattern,
# opening on \b, is tried at every character).
_YEAR: Final = Anchored(re.compile(r"\b(?:19|20)\d\d\b"))
# Cheap gate: a passage with no year and none of these words opens no sentence with a past time and
# dates no record reading.
_GATE: Final = (
    "last",
    "ago",
    "earlier",
    "before",
    "previous",
    "prior",
    "preceding",
    "compare",
    "asked",
    "reported",
    "taken",
    "conducted",
    "released",
    "published",
)
# A full stop inside a sentence that the splitter passed over, before a capital.
_BREAK: Final = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _opening_at(a: Analysis, start: int, end: int, latest_year: int) -> tuple[str, bool] | None:
    """The past time the text opens with at ``start`` (its sentence ending at ``end``) and whether it is
    a past year, or None."""
    m = _OPENING.match(a.text, start, end)
    year = False
    if m is not None:
        if m.group("year") is not None:
            if int(m.group("year")) >= latest_year:
                return None
            year = True
        when = m.group("t") or m.group("dated")
    else:
        m = _COMPARES.match(a.text, start, end)
        if m is None:
            return None
        when = "earlier poll"
    if _NOW.search(a.text, m.end(), end):
        return None
    return re.sub(r"\s+", " ", when), year


def _opening(a: Analysis, sentence: int, latest_year: int) -> tuple[int, str, bool] | None:
    """Where in sentence ``sentence`` a past time opens it, the time, and whether it is a past year: at
    the sentence's start, or after a full stop inside it that the sentence splitter passed over
    ("... on 11 per cent. A year ago, ...")."""
    s = a.sentences[sentence]
    starts = [s.start, *(m.end() for m in _BREAK.finditer(a.text, s.start, s.end))]
    for start in starts:
        got = _opening_at(a, start, s.end, latest_year)
        if got is not None:
            return start, got[0], got[1]
    return None


def _current_elsewhere(a: Analysis, opened: dict[int, int]) -> bool:
    """Whether the text outside the opened parts of sentences (sentence -> where its opening starts)
    tells the current poll as such ("a new poll", "the latest survey", "released today", "this time")."""
    for k, s in enumerate(a.sentences):
        end = opened.get(k, s.end)
        if end > s.start and _NOW.search(a.text, s.start, end):
            return True
    return False


def _record_time(a: Analysis, f: Labelled) -> str | None:
    """The date of a record reading ("peaked at 66% in May 1998"), or None."""
    n = a.numbers[f.num_index]
    s = a.sentences[f.sentence]
    if _RECORD_BEFORE.search(a.text, max(s.start, n.start - 60), n.start) is None:
        return None
    m = _DATE_AFTER.match(a.text, n.end, s.end)
    return re.sub(r"\s+", " ", m.group("t")) if m is not None else None


def _rejoin(figs: list[Labelled], ids: list[int], i: int, marked: dict[int, str]) -> None:
    """A figure left alone once its cluster's earlier readings went joins the one cluster the other
    current figures of its sentence belong to ("the X on 36%, the Y on 29% and the Greens on 11%. A year ago,
    ...": the link model had set the last share with the year-old readings)."""
    others = {
        ids[j] for j, f in enumerate(figs) if j != i and j not in marked and f.sentence == figs[i].sentence
    }
    if len(others) == 1:
        ids[i] = others.pop()


def split_openings(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each sentence-opening earlier wave's figures in clusters of their own, their
    ``when`` set (see the module docstring); ids renumbered in order of first appearance."""
    if len(figs) < 2 or not a.sentences:
        return cluster_ids
    years = [int(m.group()) for m in _YEAR.finditer(a.text)]
    low = a.lower
    if not years and not any(w in low for w in _GATE):
        return cluster_ids
    latest = max(years) if years else 0
    openings: dict[int, tuple[int, str, bool] | None] = {}
    for f in figs:
        if not f.when and f.sentence not in openings:
            openings[f.sentence] = _opening(a, f.sentence, latest)
    opened = {k: o for k, o in openings.items() if o is not None}
    if not _current_elsewhere(a, {k: o[0] for k, o in opened.items()}):
        # nothing else is told as the current poll: an opening time may date that poll itself (a past
        # year before a later year named in the passage is past all the same)
        opened = {k: o for k, o in opened.items() if o[2]}
    marked: dict[int, str] = {}
    for i, f in enumerate(figs):
        if f.when:
            continue
        o = opened.get(f.sentence)
        when = o[1] if o is not None and a.numbers[f.num_index].start >= o[0] else _record_time(a, f)
        if when is not None:
            marked[i] = when
    return split_marked(figs, cluster_ids, marked)


def split_marked(figs: list[Labelled], cluster_ids: list[int], marked: dict[int, str]) -> list[int]:
    """Cluster ids with each figure of ``marked`` (index -> its earlier wave's time) moved to a cluster of
    that time's own, its ``when`` set; a figure left alone rejoins its sentence's one other cluster. Ids
    renumbered in order of first appearance. Unchanged where every figure would be an earlier wave's (the
    times then date the passage's only poll)."""
    if not marked or all(f.when or i in marked for i, f in enumerate(figs)):
        return cluster_ids
    ids = list(cluster_ids)
    fresh = max(ids) + 1
    for members in members_by_cluster(ids).values():
        moved = [i for i in members if i in marked]
        if not moved:
            continue  # (a cluster of one wave's figures only takes a new id, the same cluster)
        new_ids: dict[str, int] = {}
        for i in moved:
            key = marked[i].lower()
            if key not in new_ids:
                new_ids[key] = fresh
                fresh += 1
            ids[i] = new_ids[key]
        left = [i for i in members if i not in marked]
        if len(left) == 1:
            _rejoin(figs, ids, left[0], marked)
    for i, when in marked.items():
        figs[i].when = when
    return in_order(ids)
