"""Stage 3: which figures answer one question for one population in one wave.

Every pair of nearby figures is described by layout and label cues, and the fitted ``link`` model gives
the probability that the two share a group. Groups are then formed by average-link clustering: two
clusters merge while the mean link probability between them is at least the fitted threshold, never
across waves, and never when they would list one table or list option twice with two values (one group
gives each answer once). A table's figures group along the axis that is not its answer axis: one group per
column of a crosstab whose columns are subgroups, one per row of a table whose rows are subgroups, polls or
waves (see _table_axes), never across that axis.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from bot.reading.extract import (
    exit_rows,
    paired_columns,
    party_tags,
    spaced_heads,
    stacked_cells,
    values_first,
)
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.label_cues import PARTY_NAMES_ON_POP_WORDS, PARTY_OPTIONS
from bot.reading.extract.labels import pop_head_spans
from bot.reading.extract.layout import MAX_PER_LINE as LINE_LIMIT
from bot.reading.extract.layout import Place, adds_to_whole
from bot.reading.extract.learn import Model, load_meta, model
from bot.reading.extract.measure_words import asked_measure, broad
from bot.reading.extract.population_candidates import clause_population
from bot.reading.extract.regions import region_tie
from bot.reading.extract.vocab import LABEL_STOPWORDS

# Figures further apart than this (in figures) are never linked: keeps the pass linear on dumps.
WINDOW = 16
THRESHOLD = 0.3
# After clustering, join clusters that restate each other's figures (see _merge_restatements).
RESTATEMENTS = True
# A listed figure's option for the one-value-per-option rule is its row label (see option_of).
ROW_LABEL_OPTIONS = True
# After labelling, join prose groups that continue one question's options (see merge_continuations).
CONTINUATIONS = True
# A continuation's question may be the other's with fewer words, or missing ("Vote choice" beside "Vote
# choice in the 2016 Republican primary"): labels of one question read from two sentences (see
# _questions_agree).
LOOSE_CONTINUATIONS = True
# A continuation's figure whose own clause names its group's population in fewer words ("Four percent of
# the 374 likely voters" after "likely Republican primary voters") continues it (see _names_other).
SHORT_NAMINGS = True
# A cluster that gives one answer two values is no list of options to continue (see merge_continuations).
ONE_VALUE_OPTIONS = True
# A party named as a clause's subject is an option, not a population: a continuation's figure whose clause
# "population" is its own option ("The Greens are on 9%") names no other population (see _option_free), and
# a cluster whose population is word for word one of its own options ("Liberal Democrats" from "The Liberal
# Democrats are on 13%") continues another cluster of that question and takes its population (see
# _option_population). Fresh real pages split party lists so (the UK, Ireland, Canada); 5-fold CV grouping
# 0.893 -> 0.893, 3-fold 0.885 -> 0.886.
CLAUSE_OPTIONS = True
# A continuation may fill a gap in another: a sentence of one question's options between two others'.
NESTED_CONTINUATIONS = True
# Two complete results (a line or list adding up to a whole) never share a group (see _wholes_clash).
WHOLE_UNITS = True
# A pipe table's column under a relative time ("4 weeks ago", "Last week") is a wave of its own (see _wave).
# On 5-fold CV when it was turned on: groupF1 .767 -> .778 (real_b .667 -> .697), questions .656 -> .655 (a
# joined column group took the worse harmonised question); with the shared question vote (group_labels.py,
# QUESTION_SHARES) turning it off would read questions .664 against .662, all of it one real_b passage.
RELATIVE_WAVE_COLUMNS = True
# A table with no mapped header whose lines on one axis each take one population (a different one each)
# groups along that axis, when neither axis adds up to a whole (see _axis_of).
TABLE_POPULATION_AXIS = True
# Figures of two pollsters' polls never share a group (see cluster).
POLLSTERS = True
# Figures written for two different regions ("Quebec (30%)", "In Scotland, ...") never share a group.
REGIONS = True
# Two figures whose questions ask two different standard measures (an approval rating, then the most
# important issue; see measure_words.asked_measure) are marked so: usually two groups, but a member's own
# question is often the neighbouring measure's (a "not sure" after a best-PM list), so the link model
# weighs it rather than a hard rule (a hard rule split such lists off on fresh pages).
QUESTION_MEASURE_LINKS = True
# A table's figures are grouped along the axis that is not its answer axis (see _table_axes).
TABLE_AXES = True
# A table line listing a net beside its parts adds up to a whole without the net, and a second header
# of relative times opens a second table (see _whole_with_net, _table_axes).
TABLE_NETS = True
# Two prose clusters whose distinct shares would add up past a whole never merge (see _over_whole).
SHARE_LIMIT = True
# A net left out of the share limit's sum is the sum of two options' shares (see _over_whole).
NETS_OF_OPTIONS = True
# A lone prose figure joins the one larger group that restates it (see _merge_single_restatements).
SINGLE_RESTATEMENTS = True
# An earlier reading with no time of its own is of the one earlier wave the passage names (see name_waves).
WAVE_NAMES = True
# A line of prose (news copy written one paragraph or sentence a line) is no list row, even where the lines
# around it hold one number each too (see prose_line).
PROSE_LINES = True
# A population head word ending a party's name ("New Democrats") names no population (party_name_end).
POP_WORD_PARTIES = True
# A run of list rows, one option a row, whose clusters the average linkage split joins (_join_list_runs).
LIST_RUNS = True
# A two-way split written as one pair adding up to a whole ("55-45", "55% to 45%") is a group of its own.
SPLIT_UNITS = True
# A list whose rows stand one a paragraph (a blank line between rows, as web pages copy a list of <p> rows)
# is one block of list rows, like one with no blank lines (see list_blocks).
SPACED_LISTS = True


@dataclass(slots=True)
class Labelled:
    """A detected figure with its chosen labels (what grouping reads)."""

    num_index: int
    value: float
    sentence: int
    line: int
    answer: str
    population: str
    question: str
    when: str | None
    legacy_group: str | None


@dataclass(frozen=True, slots=True)
class _Profile:
    """What pair features need of one figure, computed once per figure instead of once per pair."""

    answer: str
    answer_words: frozenset[str]
    answer_capital: bool
    population: str
    pop_words: frozenset[str]
    question: str
    q_words: frozenset[str]
    column: int  # place among its line's numbers
    line_numbers: int
    pollster: str | None
    paragraph: int
    topic: frozenset[str]
    clause_pop: str  # the population the figure's own clause names, or ""
    start: int  # where the figure's number starts
    mark_end: int  # where the number and its percent marker end
    own_end: int  # where its own "of X" / "among X" reach ends (see pair_features)
    partner: int | None  # the other number of its pair ("55-45"), by index
    place: Place
    row_kind: str  # _row_label_kind_of its line when the line holds three numbers or more, else ""
    line_figures: int = 0  # how many figures its line holds (0: not counted)
    prose_line: bool = False  # its line is prose (see prose_line)


def _profile(a: Analysis, x: Labelled, line_figures: int = 0) -> _Profile:
    line = a.numbers_by_line.get(x.line, [])
    num = a.numbers[x.num_index]
    place = a.layout.places[x.num_index]
    # Its place among its line's numbers: the layout's, except on a line too long for the layout to read.
    if len(line) <= LINE_LIMIT:
        column = place.pos
    else:
        column = next((i for i, m in enumerate(line) if m.index == x.num_index), 0)
    ans, pop, q = _norm(x.answer), _norm(x.population), _norm(x.question)
    own = _OWN_REACH if _OWN_POP.match(a.text, num.cand.mark_end) else 0
    return _Profile(
        ans,
        _words(ans),
        x.answer[:1].isupper(),
        pop,
        _words(pop),
        q,
        _words(q),
        column,
        len(line),
        a.pollster_of(num),
        a.sentences[x.sentence].paragraph if a.sentences else 0,
        _topic_words(a, x.sentence) if a.sentences else frozenset(),
        _norm(clause_population(a, num)),
        num.start,
        num.cand.mark_end,
        num.cand.mark_end + own,
        num.cand.partner,
        place,
        _row_label_kind_of(a, x.line) if len(line) >= 3 else "",
        line_figures,
        prose_line(a, x.line),
    )


def _profiles(a: Analysis, figs: list[Labelled]) -> list[_Profile]:
    """Every figure's profile, with how many figures its line holds."""
    per_line = Counter(f.line for f in figs)
    return [_profile(a, f, per_line[f.line]) for f in figs]


_STOP = LABEL_STOPWORDS | {"who"}


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


@functools.lru_cache(maxsize=2048)
def _bucket(name: str, n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"{name}<={e}"
    return f"{name}>{edges[-1]}"


class _Buckets(dict[int, str]):
    """:func:`_bucket` of 0, 1, ... up to past the last edge, looked up by ``table[n]`` (every pair asks)."""

    def __init__(self, name: str, edges: tuple[int, ...]) -> None:
        super().__init__((n, _bucket(name, n, edges)) for n in range(edges[-1] + 2))
        self.over = self[edges[-1] + 1]

    def __missing__(self, n: int) -> str:
        return self.over


_LINE_GAP = _Buckets("line_gap", (0, 1, 2, 4, 8, 16))
_SENT_GAP = _Buckets("sent_gap", (0, 1, 2, 4, 8))
_BETWEEN = _Buckets("between", (0, 1, 2, 4, 8))
_POP_OVERLAP = _Buckets("pop_overlap10x", (0, 3, 6))
_Q_OVERLAP = _Buckets("q_overlap10x", (0, 2, 4, 6, 8))
_TOPIC = _Buckets("topic10x", (0, 1, 2, 4))


_COMPLEMENTS = (
    ("approve", "disapprove"),
    ("favorable", "unfavorable"),
    ("favourable", "unfavourable"),
    ("support", "oppose"),
    ("agree", "disagree"),
    ("yes", "no"),
    ("right", "wrong"),
    ("satisfied", "dissatisfied"),
    ("positive", "negative"),
    ("likely", "unlikely"),
    ("better", "worse"),
)
UNSURE = ("not sure", "unsure", "don't know", "dont know", "undecided", "no opinion", "refused", "neither")


def is_unsure(answer: str) -> bool:
    """An answer of those with no view (a don't-know, the undecided, a refusal): not a side of the question."""
    return answer.lower().startswith(UNSURE)


_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=4096)  # a passage's figures share a few labels: each is split once
def _words(s: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(s.lower()) if w not in _STOP)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _answer_relation(x: _Profile, y: _Profile) -> str:
    return _relation(x.answer, y.answer, x.answer_capital, y.answer_capital)


@functools.lru_cache(maxsize=4096)  # a passage's figures share a few answers: each pair of them is read once
def _relation(ax: str, ay: str, x_capital: bool, y_capital: bool) -> str:
    if not ax or not ay:
        return "answer_missing" if not (ax or ay) else "answer_one_missing"
    if ax == ay:
        return "answer_same"
    for p, q in _COMPLEMENTS:
        if (p in ax and q in ay) or (q in ax and p in ay):
            return "answer_complement"
    if any(u in ax for u in UNSURE) or any(u in ay for u in UNSURE):
        return "answer_unsure"
    if x_capital and y_capital:
        return "answer_names"
    return "answer_diff"


_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}\s*[-–/]\s*\d{1,2}\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


_HEAD = re.compile(r"[ \t\-–•*]*([^:|\n%]{2,60}?)\s*:")


def _line_head(a: Analysis, line: int) -> str:
    """The heading a line opens with before a colon ("GTHA (905): ...", "Women: ..."), or ""."""
    got = a.memo.get(("line_head", line))
    if isinstance(got, str):
        return got
    span = a.lines[line]
    m = _HEAD.match(a.text, span.start, span.end)
    first = a.numbers_by_line[line][0].start if line in a.numbers_by_line else span.end
    # Only a heading over named results ("Toronto: Conservative 47%"): in "Labour: 26%" the words before
    # the colon are the option itself.
    named = m is not None and m.end() < first and re.search(r"[A-Za-z]", a.text[m.end() : first]) is not None
    head = _norm(m.group(1)) if m is not None and named else ""
    a.memo[("line_head", line)] = head
    return head


_BULLET = re.compile(r"[\s\-–—•*·>]*")


def _opens_finding(a: Analysis, x: Labelled) -> bool:
    """The figure opens its line and a clause of several words follows it ("39% of voters believe ...")."""
    span = a.lines[x.line]
    n = a.numbers[x.num_index]
    lead = _BULLET.match(a.text, span.start, n.start)
    if lead is None or lead.end() != n.start:
        return False
    return len(a.text[n.cand.mark_end : span.end].split()) >= 5


def _row_label_kind_of(a: Analysis, line: int) -> str:
    """:func:`_row_label_kind` of a line, looked up once per text."""
    got = a.memo.get(("row_label_kind", line))
    if isinstance(got, str):
        return got
    kind = _row_label_kind(a, line, a.numbers_by_line[line][0].start)
    a.memo[("row_label_kind", line)] = kind
    return kind


def _row_label_kind(a: Analysis, line: int, first_number_start: int) -> str:
    """What a table row's leading cell looks like: a date or pollster (a poll per row) or words (an answer)."""
    label = a.text[a.lines[line].start : first_number_start]
    if _MONTH.search(label):
        return "label_date"
    if not label.strip(" |:-–—.\t*•"):
        return "label_none"
    return "label_words"


_PIVOT = re.compile(
    r"\b(?:among|while|whereas|compared|but|versus|vs|up from|down from|from|last|previous|earlier|than)\b",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[a-z][a-z'’-]{3,}")
_TOPIC_STOP = frozenset(
    [
        "percent",
        "poll",
        "survey",
        "voters",
        "said",
        "says",
        "that",
        "with",
        "this",
        "they",
        "their",
        "were",
        "have",
        "from",
        "would",
        "which",
        "about",
        "more",
        "than",
        "those",
        "other",
        "while",
        "among",
        "cent",
    ]
)


# Population words further than this after a figure are not its own "of X" / "among X".
_OWN_REACH = 30
_BETWEEN_REACH = 400
# "45% of women", "12 percent among Democrats": the population right after a figure is its own.
_OWN_POP = re.compile(r"[\s%)]*(?:percent|per\s+cent|pc)?[\s,]*(?:of|among|for)\b", re.IGNORECASE)


def _pop_heads(a: Analysis) -> list[int]:
    """Where the text names a population head word ("voters", "Republicans", "women"), found once per text."""
    got = a.memo.get(("pop_heads", 0))
    if isinstance(got, list):
        return got
    # The passage cues' scan, shared; a head word that ends a party's name ("the New Democrats") names an
    # option, not a population, so it opens no new group.
    heads = [start for start, end in pop_head_spans(a.text) if not party_name_end(a.text, start, end)]
    a.memo[("pop_heads", 0)] = heads
    return heads


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_PARTY_NAMES = PARTY_NAMES_ON_POP_WORDS | frozenset(p for p in PARTY_OPTIONS if " " in p)


def party_name_end(text: str, start: int, end: int) -> bool:
    """Whether the head word at ``text[start:end]`` ends a party's two-word name ("New Democrats")."""
    if not POP_WORD_PARTIES or not text[start : start + 1].isupper():
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and f"{m.group(1)} {text[start:end]}".lower() in _PARTY_NAMES


def _pop_named_between(a: Analysis, lo: int, hi: int) -> str | None:
    """Whether a population is named between two figures (``lo`` after the first figure's own reach,
    ``hi`` at the second): "... 81 - 14 percent and independents disapprove 70 - 22" opens another group."""
    if hi - lo > _BETWEEN_REACH or hi <= lo:
        return None
    heads = _pop_heads(a)
    k = bisect.bisect_left(heads, lo)
    if k >= len(heads) or heads[k] >= hi:
        return None
    last = heads[bisect.bisect_left(heads, hi) - 1]
    return "pop_named_before_second" if hi - last <= 80 else "pop_named_between"


def _topic_words(a: Analysis, i: int) -> frozenset[str]:
    got = a.memo.get(("topic", i))
    if isinstance(got, frozenset):
        return got
    words = frozenset(w for w in _CONTENT.findall(a.sentence_text(i).lower()) if w not in _TOPIC_STOP)
    a.memo[("topic", i)] = words
    return words


def _topic_overlap(x: frozenset[str], y: frozenset[str]) -> float:
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def pair_features(
    a: Analysis,
    x: Labelled,
    y: Labelled,
    between: int,
    px: _Profile | None = None,
    py: _Profile | None = None,
) -> dict[str, float]:
    """The link cues of two figures (``x`` before ``y``); profiles may be passed in when precomputed."""
    px = px or _profile(a, x)
    py = py or _profile(a, y)
    f: dict[str, float] = {}
    same_sentence = x.sentence == y.sentence
    same_line = x.line == y.line
    f["same_sentence"] = 1.0 if same_sentence else 0.0
    rel = _answer_relation(px, py)
    f[rel] = 1.0
    f["same_line"] = 1.0 if same_line else 0.0
    f[_LINE_GAP[abs(y.line - x.line)]] = 1.0
    f[_SENT_GAP[abs(y.sentence - x.sentence)]] = 1.0
    f[_BETWEEN[between]] = 1.0
    if px.partner == y.num_index:
        f["pair_partners"] = 1.0
    if x.legacy_group is not None and y.legacy_group is not None:
        f["legacy_same" if x.legacy_group == y.legacy_group else "legacy_diff"] = 1.0
    else:
        f["legacy_missing"] = 1.0
    same_value = abs(x.value - y.value) < 1e-6
    if rel == "answer_same":
        f["repeat" if same_value else "answer_same_other_value"] = 1.0
    elif same_value:
        f["value_same"] = 1.0
    if px.population and py.population:
        if px.population == py.population:
            f["pop_same"] = 1.0
        else:
            f["pop_diff"] = 1.0
            f[_POP_OVERLAP[int(10 * _overlap(px.pop_words, py.pop_words))]] = 1.0
    else:
        f["pop_missing"] = 1.0
    named = _pop_named_between(a, px.own_end, py.start)
    if named is not None:
        f[named] = 1.0
    if px.clause_pop and py.clause_pop:
        # Each figure's own clause names a population: "Republicans back Trump 96 - 2 and Democrats
        # back Biden 94 - 4" is two groups whatever the chosen labels say.
        f["clause_pop_same" if px.clause_pop == py.clause_pop else "clause_pop_diff"] = 1.0
    elif px.clause_pop or py.clause_pop:
        f["clause_pop_one"] = 1.0
    if px.question and py.question:
        if px.question == py.question:
            f["q_same"] = 1.0
        else:
            f["q_diff"] = 1.0
            f[_Q_OVERLAP[int(10 * _overlap(px.q_words, py.q_words))]] = 1.0
            if QUESTION_MEASURE_LINKS:
                mx, my = broad(asked_measure(px.question)), broad(asked_measure(py.question))
                if mx and my and mx != my:
                    f["q_measure_diff"] = 1.0
    else:
        f["q_missing"] = 1.0
    if (x.when is None) != (y.when is None):
        f["when_one"] = 1.0
    elif x.when and y.when:
        f["when_same" if x.when == y.when else "when_diff"] = 1.0
    if x.value + y.value > 100.5 and not same_value:
        f["sum_over_100"] = 1.0
    if same_line and not same_sentence:
        f["line_not_sentence"] = 1.0
    lx_, ly_ = px.place, py.place
    if px.line_numbers >= 2 and py.line_numbers >= 2 and not same_line:
        # Two table rows: the same column is usually the same population or wave. Two lines of wrapped
        # prose that happen to hold two numbers each are not rows.
        tabular = (lx_.col is not None and ly_.col is not None) or (
            lx_.shape == ly_.shape and lx_.block > 1 and ly_.block > 1
        )
        if tabular:
            rows = "rows_same_col" if px.column == py.column else "rows_diff_col"
        else:
            rows = "lines_same_pos" if px.column == py.column else "lines_diff_pos"
        f[rows] = 1.0
        if lx_.label_items >= 2 and ly_.label_items >= 2:
            # "Toronto: Conservative 47%, Liberal 26%" over "Ottawa: Conservative 48%, Liberal 25%": each
            # line names its own options under its own heading, so each line is a whole result (a region,
            # a poll, a wave).
            hx, hy = _line_head(a, x.line), _line_head(a, y.line)
            if hx and hy:
                f["line_heads_same" if hx == hy else "line_heads_differ"] = 1.0
    if same_line and px.line_numbers >= 3:
        f["row_" + px.row_kind] = 1.0
    if px.paragraph == py.paragraph:
        f["same_paragraph"] = 1.0
    if not same_sentence:
        f[_TOPIC[int(10 * _topic_overlap(px.topic, py.topic))]] = 1.0
    else:
        gap = a.text[px.mark_end : py.start]
        if _PIVOT.search(gap):
            f["pivot_between"] = 1.0
        if ";" in gap:
            f["semicolon_between"] = 1.0
    if px.pollster and py.pollster and px.pollster != py.pollster:
        f["pollster_diff"] = 1.0
    prose_lines = not same_line and px.prose_line and py.prose_line
    if prose_lines and px.line_figures == 1 and py.line_figures == 1 and abs(y.line - x.line) <= 2:
        # Two paragraphs of news copy a line apart, one figure each: sentences, not a list's rows.
        f["prose_lines"] = 1.0
    elif (
        px.line_figures == 1
        and py.line_figures == 1
        and not same_line
        and abs(y.line - x.line) <= 2
        and (px.line_numbers > 1 or py.line_numbers > 1)
    ):
        # "• Green: 31 percent, up 2 points (40 seats)" over "• Liberal: 24 percent, ...": one figure a
        # line, whatever changes, seats or samples the lines also give.
        f["list_lines_figures"] = 1.0
    if (
        px.line_numbers == 1
        and py.line_numbers == 1
        and not same_line
        and not prose_lines
        and abs(y.line - x.line) <= 2
    ):
        f["list_lines"] = 1.0
        if _opens_finding(a, x) and _opens_finding(a, y):
            # "39% of Republicans believe ..." over "36% of Republicans are ...": a list of findings, each
            # its own question (an options list puts a name before each number instead).
            f["list_of_findings"] = 1.0
    if lx_.col is not None and ly_.col is not None:
        if same_line:
            f["cells_same_row"] = 1.0
            if lx_.header and ly_.header:
                f["row_headers_dates" if lx_.header_date and ly_.header_date else "row_headers_words"] = 1.0
        else:
            f["cells_same_col" if lx_.col == ly_.col else "cells_diff_col"] = 1.0
            if lx_.row_label and lx_.row_label == ly_.row_label:
                f["cells_same_row_label"] = 1.0
    if lx_.paren_after_num != ly_.paren_after_num:
        f["one_in_parens_after_number"] = 1.0
    if lx_.header_date or ly_.header_date:
        f["header_dates_same" if lx_.header_date == ly_.header_date else "header_dates_diff"] = 1.0
    if lx_.block > 1 and ly_.block > 1 and lx_.shape == ly_.shape and abs(y.line - x.line) <= 1:
        f["same_block_shape"] = 1.0
    return f


def all_pair_features(a: Analysis, figs: list[Labelled]) -> dict[tuple[int, int], dict[str, float]]:
    """The link cues of every pair of figures at most WINDOW apart."""
    name_waves(figs)
    n = len(figs)
    profiles = _profiles(a, figs)
    return {
        (i, j): pair_features(a, figs[i], figs[j], j - i - 1, profiles[i], profiles[j])
        for i in range(n)
        for j in range(i + 1, min(n, i + 1 + WINDOW))
    }


def link_probs(a: Analysis, figs: list[Labelled], m: Model | None = None) -> dict[tuple[int, int], float]:
    """The link model's probability for every pair of figures at most WINDOW apart that clustering may
    join: :func:`cluster` never merges two waves, nor two clusters marked with two pollsters (or two
    regions), and a cluster keeps its first figure's wave and its marked figures' one mark. So a pair of
    two waves or of two marks (whose link could only ever add to the mean link of two clusters that never
    merge) is left out, as if its probability were 0."""
    m = m or model("link")
    name_waves(figs)
    n = len(figs)
    profiles = _profiles(a, figs)
    waves = [_wave(a, f) for f in figs]
    marks = [tuple(mark(f) or "" for mark in mark_kinds(a)) for f in figs]
    return {
        (i, j): m.prob(pair_features(a, figs[i], figs[j], j - i - 1, profiles[i], profiles[j]))
        for i in range(n)
        for j in range(i + 1, min(n, i + 1 + WINDOW))
        if waves[i] == waves[j] and (marks[i] == marks[j] or _marks_agree(marks[i], marks[j]))
    }


def mark_kinds(a: Analysis) -> list[Callable[[Labelled], str | None]]:
    """The marks a group has only one of (see :func:`cluster`): its pollster, its region."""
    out: list[Callable[[Labelled], str | None]] = []
    if POLLSTERS:
        out.append(lambda f: a.pollster_of(a.numbers[f.num_index]))
    if REGIONS:
        out.append(lambda f: (region_tie(a, a.numbers[f.num_index]) or "").lower())
    return out


def _marks_agree(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """No kind of mark both figures have differs between them."""
    return all(not u or not v or u == v for u, v in zip(x, y, strict=True))


def _marks_clash(marks: list[dict[int, set[str]]], xs: list[int], ys: list[int]) -> bool:
    """Two clusters carry different marks of one kind (two pollsters, two regions) and none in common;
    ``marks`` holds each figure's mark of each kind (see :func:`_marks`)."""
    for mk in marks:
        mx = {m for i in xs for m in mk.get(i, ())}
        my = {m for i in ys for m in mk.get(i, ())}
        if mx and my and not mx & my:
            return True
    return False


def in_order(cluster_ids: list[int]) -> list[int]:
    """The same clusters, their ids renumbered in order of first appearance (what every step that moves
    figures between clusters returns)."""
    order: dict[int, int] = {}
    return [order.setdefault(c, len(order)) for c in cluster_ids]


def members_by_cluster(cluster_ids: list[int]) -> dict[int, list[int]]:
    """Each cluster's figure indices, clusters in order of their first figure (the order every pass over
    the groups walks them in)."""
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cluster_ids):
        members.setdefault(c, []).append(i)
    return members


def cluster(
    a: Analysis,
    figs: list[Labelled],
    m: Model | None = None,
    *,
    threshold: float | None = None,
    probs: dict[tuple[int, int], float] | None = None,
) -> list[int]:
    """A cluster id for each figure (ids in order of first appearance).

    Average linkage over the sparse link probabilities (pairs further apart than WINDOW count as 0):
    the best pair of clusters merges while its mean link is at least the threshold, never across
    waves, and never when it would give one row label two values (see :func:`_row_answers`).
    (Refusing every merge that gives one answer two values cost grouping F1 0.83 -> 0.77 on the
    training part: answers read from prose are too noisy for a hard rule, so there they only weigh in
    through the link cues; the one-value rule is applied within a sentence, after grouping, in weighed.py.)
    """
    if threshold is None:
        threshold = link_threshold()
    name_waves(figs)
    n = len(figs)
    prob = probs if probs is not None else link_probs(a, figs, m)
    size = dict.fromkeys(range(n), 1)
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (i, j), p in prob.items():
        if p > 0.0:
            links[i][j] = p
            links[j][i] = p
    waves = {i: _wave(a, f) for i, f in enumerate(figs)}
    rows = _row_answers(a, figs)
    wholes = _whole_units(a, figs) if WHOLE_UNITS else {}
    # Marks a group has only one of (its pollster, its region): clusters whose marks of one kind do not
    # overlap never merge, and a merged cluster keeps both sides' marks.
    exclusive = [_marks(figs, mark) for mark in mark_kinds(a)]
    axes = _table_axes(a, figs) if TABLE_AXES else {}
    if TABLE_AXES:
        _fixed_axes(a, figs, axes)
    shares = _prose_shares(a, figs, axes) if SHARE_LIMIT else {}
    splits = _split_units(a, figs) if SPLIT_UNITS else {}
    tags: dict[int, party_tags.Tags] = {}
    if party_tags.PARTY_TAGS:
        for i, f in enumerate(figs):
            tag = party_tags.tag_of(a, f.num_index)
            if tag:
                tags[i] = {tag: {f.value}}
    # Each cluster's place on its tables' group axes: table -> the row or column it lies in.
    spots: dict[int, dict[int, int]] = {i: {t: k} for i, (t, k) in axes.items()}
    version = dict.fromkeys(range(n), 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(ca: int, cb: int) -> None:
        lo, hi = (ca, cb) if ca < cb else (cb, ca)
        avg = links[lo][hi] / (size[lo] * size[hi])
        if avg >= threshold:
            heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))

    for i in range(n):
        for j in links[i]:
            if i < j:
                push(i, j)
    owner = list(range(n))
    # Each cluster's figures, relabelled when it merges into another.
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def may_join(ca: int, cb: int) -> bool:
        """Whether two clusters may merge, by the structure the labels do not decide."""
        return (
            # a group is one wave: an earlier poll's figures never join this one's
            waves[ca] == waves[cb]
            # one option listed twice with two values: two questions, populations or waves
            and not _rows_clash(rows.get(ca), rows.get(cb))
            # two complete results (each adds up to a whole) are two groups
            and not _wholes_clash(wholes.get(ca), wholes.get(cb))
            # two pollsters' polls (a concurrent poll quoted beside the main one), two regions' figures
            and not any(ca in mk and cb in mk and not mk[ca] & mk[cb] for mk in exclusive)
            # two rows (or columns) of one table that groups by row (column)
            and not _spots_clash(spots.get(ca), spots.get(cb))
            # one party's candidate given two shares beside a match-up: two races
            and not party_tags.tags_clash(tags.get(ca), tags.get(cb))
        )

    def join(ca: int, cb: int) -> None:
        """Merge cluster ``cb`` into ``ca``: its marks, rows, wholes, table places and figures."""
        _join_rows(rows, ca, cb)
        party_tags.join_tags(tags, ca, cb)
        for mk in exclusive:
            if ca in mk or cb in mk:
                mk[ca] = mk.get(ca, set()) | mk.pop(cb, set())
        _absorb(wholes, ca, cb, {})
        _absorb(spots, ca, cb, {})
        del waves[cb]
        for i in members[cb]:
            owner[i] = ca
        members[ca].extend(members.pop(cb))

    while heap:
        _, ca, cb, va, vb = heapq.heappop(heap)
        if version.get(ca) != va or version.get(cb) != vb:
            continue  # stale: one side has merged since
        if not may_join(ca, cb):
            continue
        if ca in shares and cb in shares and _over_whole(shares[ca] | shares[cb]):
            continue  # one question's options for one population add up to a whole at most
        if splits and _splits_clash(splits, members[ca], members[cb]):
            continue  # a complete two-way split ("55-45") takes no third figure
        # Merge cb into ca: its links move over and add up.
        for other, total in links.pop(cb).items():
            links[other].pop(cb, None)
            if other != ca:
                links[ca][other] = links[ca].get(other, 0.0) + total
                links[other][ca] = links[ca][other]
        links[ca].pop(cb, None)
        size[ca] += size.pop(cb)
        join(ca, cb)
        _absorb(shares, ca, cb, frozenset())
        del version[cb]
        version[ca] += 1
        for other in links[ca]:
            push(ca, other)
    if splits:
        _join_split_sides(splits, owner, members, may_join, join)
    if LIST_RUNS:
        _join_list_runs(a, figs, owner, may_join, join)
    if axes:
        _join_table_lines(axes, waves, spots, owner)
    if RESTATEMENTS:
        _merge_restatements(a, figs, owner, axes)
    order: dict[int, int] = {}
    out: list[int] = []
    for i in range(n):
        c = owner[i]
        if c not in order:
            order[c] = len(order)
        out.append(order[c])
    return out


# Between the two sides of a split written as a pair: "55-45", "55% to 45%", "55–45", "55/45".
_SPLIT_GAP = re.compile(r"[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]*(?:-|–|—|/|to)[ \t]*$", re.IGNORECASE)


def _split_units(a: Analysis, figs: list[Labelled]) -> dict[int, int]:
    """Figures that are one side of a two-way split written as a pair adding up to a whole ("Labor
    leads 55-45", "from 54% to 46%"): each figure -> the index of the pair's first figure. Such a pair is
    a complete result by itself (a two-party-preferred split, a head-to-head with no undecided), so in
    clustering it never shares a group with a third figure, whatever the labels say (a primary vote
    beside it names the same parties). A restated pair may still join it afterwards (_merge_restatements)."""
    out: dict[int, int] = {}
    for i in range(len(figs) - 1):
        x, y = figs[i], figs[i + 1]
        if i in out:
            continue  # each figure is a side of one pair at most: "from 52-48 to 51-49"
        nx, ny = a.numbers[x.num_index], a.numbers[y.num_index]
        if nx.sentence != ny.sentence or not 99.0 <= x.value + y.value <= 101.0:
            continue
        if ny.start - nx.end > 12 or _SPLIT_GAP.match(a.text[nx.end : ny.start]) is None:
            continue
        out[i] = i
        out[i + 1] = i
    return out


def _join_split_sides(
    splits: dict[int, int],
    owner: list[int],
    members: dict[int, list[int]],
    may_join: Callable[[int, int], bool],
    join: Callable[[int, int], None],
) -> None:
    """Join the two sides of a split that clustering left apart, each alone in its cluster: "Labor leads
    51-49" is one result even where both sides were read as one party (their answers then look alike,
    and the link model takes a repeated answer for two groups)."""
    for i, first in splits.items():
        if i == first or owner[i] == owner[first]:
            continue
        ca, cb = owner[first], owner[i]
        if len(members[ca]) == 1 and len(members[cb]) == 1 and may_join(ca, cb):
            join(ca, cb)


def _splits_clash(splits: dict[int, int], xs: list[int], ys: list[int]) -> bool:
    """Joined, two clusters would hold a split's side beside a figure that is no side of that split."""
    pairs = {splits.get(i, -1 - i) for i in xs} | {splits.get(i, -1 - i) for i in ys}
    return len(pairs) > 1 and any(p >= 0 for p in pairs)


def list_blocks(a: Analysis, figs: list[Labelled]) -> list[list[int]]:
    """Figures (indices) of each block of list rows: consecutive lines, none of them prose, each holding
    one figure after a label of its own ("- Green: 11.2 percent, up 0.8 points (14 seats)"). Unlike a
    run of same-shape lines (layout), the rows may differ in the numbers around the figure."""
    places = a.layout.places
    by_line: dict[int, list[int]] = {}
    for i, f in enumerate(figs):
        by_line.setdefault(f.line, []).append(i)
    blocks: list[list[int]] = []
    last = -2
    for line in sorted(by_line):
        idx = by_line[line]
        f = figs[idx[0]]
        p = places[f.num_index]
        row = (
            len(idx) == 1
            and p.col is None
            and not prose_line(a, line)
            and _LETTERS.search(p.row_label) is not None
        )
        if not row:
            last = -2
            continue
        if line == last + 1 or (SPACED_LISTS and last >= 0 and _blank_between(a, last, line)):
            blocks[-1].append(idx[0])
        else:
            blocks.append([idx[0]])
        last = line
    return [b for b in blocks if len(b) >= 2]


def _blank_between(a: Analysis, above: int, below: int) -> bool:
    """Whether only blank lines stand between lines ``above`` and ``below``, two at most: one paragraph
    break, however it was copied."""
    return below - above <= 3 and a.blank_between(above, below)


def list_sum(figs: list[Labelled], idx: list[int]) -> float:
    """The shares a list's rows add up to, its no-view rows left out: a party list abroad gives each party's
    share of those who named one, and the undecided beside them on all who were asked ("Unsure: 9%"
    under shares adding up to 100), so the undecided row is no second question's."""
    if not SPACED_LISTS:
        return sum(figs[i].value for i in idx)
    return sum(figs[i].value for i in idx if not is_unsure(figs[i].answer.replace("’", "'")))


def restating_outside(a: Analysis, figs: list[Labelled], outside: list[int], idx: list[int]) -> bool:
    """Whether every figure of ``outside`` restates a row of the list ``idx`` (the same value and option):
    a list's shares told first in prose ("the Harbour Party leads on 41%" above "Harbour Party: 41%") are its
    own, not another group's."""
    if not SPACED_LISTS:
        return False
    rows = {(figs[i].value, list_option(a, figs[i])) for i in idx} | {
        (figs[i].value, _norm(figs[i].answer)) for i in idx
    }
    return bool(outside) and all((figs[j].value, _norm(figs[j].answer)) in rows for j in outside)


def _join_list_runs(
    a: Analysis,
    figs: list[Labelled],
    owner: list[int],
    may_join: Callable[[int, int], bool],
    join: Callable[[int, int], None],
) -> None:
    """Join the clusters that split one list: a block of list rows, one figure a row, each row another
    option ("- Green: 11.2 percent, up 0.8 points (14 seats)" over "- Labour: 29.4 ..."), whose
    shares add up to a whole at most. Average linkage splits a long list: its first rows link to its
    last ones only weakly, though each row links strongly to the next. The layout, not the labels, says
    such rows are one list; the clustering's own checks (waves, an option listed twice, two complete
    results, two pollsters or regions) still keep two lists apart."""
    for idx in list_blocks(a, figs):
        clusters = sorted({owner[i] for i in idx}, key=lambda c: min(i for i in idx if owner[i] == c))
        if len(clusters) < 2:
            continue
        inside = set(idx)
        outside = [j for j in range(len(figs)) if owner[j] in clusters and j not in inside]
        if outside and not restating_outside(a, figs, outside, idx):
            continue  # a cluster reaching outside the block is another group's (unless it only restates it)
        options = {list_option(a, figs[i]) for i in idx}
        if len(options) < len(idx) or "" in options or list_sum(figs, idx) > WHOLE_SHARES:
            continue
        first = clusters[0]
        for c in clusters[1:]:
            if not may_join(first, c):
                break
            join(first, c)


# The distinct shares of one group add up to no more than this (a whole with rounding; see _over_whole).
WHOLE_SHARES = 102.0


# A cluster's prose shares: (value, answer) of each of its figures.
_Shares = frozenset[tuple[float, str]]


def _prose_shares(a: Analysis, figs: list[Labelled], axes: dict[int, tuple[int, int]]) -> dict[int, _Shares]:
    """Each singleton cluster's value and answer, for figures of prose (not table cells, list rows or
    table axes, whose layout decides their groups)."""
    return {
        i: frozenset(((f.value, _norm(f.answer)),))
        for i, f in enumerate(figs)
        if i not in axes and not listed(a, f)
    }


def _over_whole(shares: _Shares) -> bool:
    """Whether a cluster's distinct shares add up past a whole: the options of one question for one
    population and wave share out at most 100% (rounding allowed), so shares adding up to more are two
    questions, populations, waves or polls ("45% support the government ..., while 62% want ...").
    A value counted once however often it recurs (a repeat mention, or two options on one share only
    under-counts), and a net given with its parts ("57% support it (31% strongly, 26% somewhat)") is left
    out of the sum: a value within a point of two others' sum, where the two are two options (one option's
    two readings are no net's parts: "SNP 34%, ... Reform UK 18%." then "SNP 28%, ... Reform UK 17%")."""
    values = {v for v, _ in shares}
    total = sum(values)
    if total <= WHOLE_SHARES:
        return False
    if NETS_OF_OPTIONS:
        nets = {v for v, _ in shares if _net_of_options(v, [(x, t) for x, t in shares if 0 < x < v])}
    else:
        nets = {v for v in values if _net_of_two(v, [x for x in values if 0 < x < v])}
    return total - sum(nets) > WHOLE_SHARES


def _net_of_options(v: float, others: list[tuple[float, str]]) -> bool:
    """Whether ``v`` is, within a point, the sum of two of ``others`` (value, answer) that are not one
    option's two readings (an answer missing counts as another option)."""
    return any(
        abs(v - (x + y)) <= 1.0 and not (ax and ax == ay)
        for i, (x, ax) in enumerate(others)
        for y, ay in others[i + 1 :]
    )


# Two row segments of one table lie at most this far apart: a row label on one line, or the rest of a
# row and the next row's leading cells (a pollster, dates, a sample size) across a line break.
_TABLE_GAP = 60
# What stands between two rows of a flattened table besides the next row's label: numbers, "%" and dashes.
_CELLS_ONLY = re.compile(r"(?:[\d%.,\s–—-])+")
_ROW_GAP = 150
_LETTERS = re.compile(r"[A-Za-z]")


def _fixed_axes(a: Analysis, figs: list[Labelled], axes: dict[int, tuple[int, int]]) -> None:
    """Tables whose readers say which cells are one result, as tables of their own in ``axes`` (over any
    placing _table_axes made): a voter survey's tagged rows (the Total column's shares one group, each
    row's vote one group; :func:`exit_rows.tagged_places`) and side-by-side small tables (each one group;
    :func:`paired_columns.places`) and lists whose values stand above their labels (each one group;
    :mod:`values_first`), and tables whose cells stack their items or whose options head them with single
    spaces (each value cell one group, each row one group: :mod:`stacked_cells`, :mod:`spaced_heads`)."""
    from bot.reading.extract.table_labels import (  # (table_labels reads the figure stage)
        is_option_label,
        label_kind,
    )

    value_first = {i: (c.run, 0) for i, c in values_first.cells(a, is_option_label).items()}
    readers = (exit_rows.tagged_places(a), paired_columns.places(a), value_first)
    for fixed in (*readers, stacked_cells.places(a), spaced_heads.places(a, label_kind)):
        if not fixed:
            continue
        base = 1 + max((t for t, _ in axes.values()), default=-1)
        for i, f in enumerate(figs):
            got = fixed.get(f.num_index)
            if got is not None:
                axes[i] = (base + got[0], got[1])


def _table_axes(a: Analysis, figs: list[Labelled]) -> dict[int, tuple[int, int]]:
    """Each table figure's (table, place on the table's group axis), by index in ``figs``.

    A table is a run of two or more row segments with the same number of figures (two or more; under a
    header line rows may be narrower, a "—" cell left out), where a row segment is a run of figures with no
    letters between them ("44 | 40 | 48", "62%   32%   6%") and two segments are at most a short row label
    apart; a segment of two figures opens a table only where the layout reads its figures as cells or list
    rows. Its figures form a grid (segment x column header, or place in segment).
    One axis lists the answers and the other the populations, waves or polls: the group axis is the
    one more of whose lines add up to a whole (the options of one question for one population, wave or
    poll), half of them at least ("Cole 44 | Baxter 39 | Undecided 17" down a column: the columns are the
    groups; "Right 31, Wrong 56, Don't know 13" along a row: the rows are)."""
    if len(figs) < 4:
        return {}
    places = a.layout.places
    text = a.text
    waves = [_wave(a, f) for f in figs]
    order = sorted(range(len(figs)), key=lambda i: a.numbers[figs[i].num_index].start)
    segments: list[list[int]] = []
    prev_end = -1
    for i in order:
        num = a.numbers[figs[i].num_index]
        gap = text[prev_end : num.start] if prev_end >= 0 else "x"
        if segments and (
            ("\n" not in gap and not _LETTERS.search(gap))
            or _one_stacked_row(a, figs[segments[-1][-1]], figs[i])
        ):
            segments[-1].append(i)
        else:
            segments.append([i])
        prev_end = num.cand.mark_end
    out: dict[int, tuple[int, int]] = {}
    table: list[list[int]] = []

    def headed(seg: list[int]) -> bool:
        return all(places[figs[i].num_index].header for i in seg)

    def head(i: int) -> str:
        p = places[figs[i].num_index]
        return p.header or (f"#{p.flat_slot}" if p.flat_slot >= 0 else "")  # a flattened row's column

    def slotted(seg: list[int]) -> bool:
        return all(places[figs[i].num_index].flat_width > 0 for i in seg)

    def width(seg: list[int]) -> int:
        """A row's width: its cells, empty ones counted, in a flattened table (see flat_slots)."""
        ws = {places[figs[i].num_index].flat_width for i in seg}
        return ws.pop() if len(ws) == 1 and 0 not in ws else len(seg)

    def close() -> None:
        if len(table) >= 2:
            grid = _grid(table, [[head(i) for i in seg] for seg in table])
            if grid is not None:
                # (the columns of a flattened table are placed as surely as a header's)
                known = all(headed(seg) for seg in table) or all(slotted(seg) for seg in table)
                _axis_of(figs, grid, len(out), out, known)
        table.clear()

    def cellular(seg: list[int]) -> bool:
        if len(seg) >= 3:
            return True
        ps = [places[figs[i].num_index] for i in seg]
        return all(
            p.col is not None
            or p.header is not None
            or (p.block > 1 and not prose_line(a, figs[i].line))
            or p.flat_row
            for i, p in zip(seg, ps, strict=True)
        )

    def continues(seg: list[int]) -> bool:
        """``seg`` is the next row of the open table: near its last row, as wide, or both under the
        header line (a row with a "—" or "*" cell left out is narrower), and under the same header of
        relative times where the rows have one (a second header line opens a second table)."""
        if (
            TABLE_NETS
            and [waves[i] for i in seg] != [waves[i] for i in table[-1]]
            # (a flattened table's rows, or a headed table's, may differ in how many cells are figures, a
            # party's row of empty cells but one: one wave each is enough)
            and not (
                ((slotted(seg) and slotted(table[-1])) or (headed(seg) and headed(table[-1])))
                and {waves[i] for i in seg} == {waves[i] for i in table[-1]}
            )
        ):
            return False
        last = a.numbers[figs[table[-1][-1]].num_index]
        first = a.numbers[figs[seg[0]].num_index]
        gap = text[last.cand.mark_end : first.start]
        if slotted(seg) and slotted(table[-1]):
            # a flattened table's rows: a row's empty cells and its counts row are no distance
            gap = _CELLS_ONLY.sub(" ", gap)
        if len(gap) > (_TABLE_GAP if "\n" not in gap else _ROW_GAP) or _new_table(gap):
            return False
        return width(seg) == width(table[-1]) or (headed(seg) and all(headed(row) for row in table))

    for seg in segments:
        if table and continues(seg) and (len(seg) >= 2 or headed(seg)):
            table.append(seg)
            continue
        close()
        if len(seg) >= 2 and cellular(seg):
            table.append(seg)
    close()
    return out


# A blank line, then a whole line of words (a title, a header row) before the next row: a second table.
_TITLE_BETWEEN = re.compile(r"\n[ \t]*\n(?:.*\n)*?[ \t]*[^\W\d_][^\n]*\n")


# A line of its own asking a question between two rows: the next table's question (no blank line needed).
_QUESTION_BETWEEN = re.compile(r"\n[^\n]*\?[ \t]*\n")


def _new_table(gap: str) -> bool:
    """Whether the text between two rows opens a second table: past a blank line, a whole line (its own
    title or header row) stands before the next row ("... No opinion 12\n\nTransit levy\nTotal Dem Rep\n"),
    or a line of its own asks the next table's question ("... No opinion 12\nQ2. Do you ...?\nTotal ...")."""
    if gap.count("\n") < 2:
        return False
    return (gap.count("\n") >= 3 and _TITLE_BETWEEN.search(gap) is not None) or (
        "?" in gap and _QUESTION_BETWEEN.search(gap) is not None
    )


def _one_stacked_row(a: Analysis, x: Labelled, y: Labelled) -> bool:
    """Two figures of one row of a table copied without its grid, one cell a line (layout.stack_at)."""
    at = a.layout.places[x.num_index].stack_at
    return at >= 0 and at == a.layout.places[y.num_index].stack_at


def _grid(table: list[list[int]], heads: list[list[str]]) -> list[dict[str, int]] | None:
    """The table's rows as column -> figure: columns named by their header cells where every figure has
    one and no row names one twice, else by place in the row when all rows are as wide, else None."""
    if all(all(row) and len(set(row)) == len(row) for row in heads):
        return [dict(zip(row, seg, strict=True)) for row, seg in zip(heads, table, strict=True)]
    if len({len(seg) for seg in table}) == 1:
        return [{str(k): i for k, i in enumerate(seg)} for seg in table]
    return None


def _axis_of(
    figs: list[Labelled], grid: list[dict[str, int]], tid: int, out: dict[int, tuple[int, int]], headed: bool
) -> None:
    """Set each figure of ``grid`` (its rows, column -> figure) to its row or column, whichever axis
    groups; ``headed``: a header row names the table's columns."""

    def whole(values: list[float]) -> bool:
        return adds_to_whole(sum(values)) or (TABLE_NETS and _whole_with_net(values))

    columns = list(dict.fromkeys(k for row in grid for k in row))
    cols_of = [[row[k] for row in grid if k in row] for k in columns]
    rows_of = [list(row.values()) for row in grid]
    row_share = sum(whole([figs[i].value for i in r]) for r in rows_of) / len(rows_of)
    col_share = sum(whole([figs[i].value for i in c]) for c in cols_of) / len(cols_of)
    if row_share < 0.5 and col_share < 0.5 and headed:
        # Neither axis adds up (options left out, a net beside its parts): in a table with a header row, the
        # answers the label stage read off the header and the row labels tell which axis lists them, the one
        # along which they change while staying put across the other. (Without a header the row label is
        # all there is to read, an option or a battery's item alike.)
        row_share = _sharing(figs, rows_of, cols_of)
        col_share = _sharing(figs, cols_of, rows_of)
    elif row_share < 0.5 and col_share < 0.5 and TABLE_POPULATION_AXIS:
        # No header the layout could map cell by cell, and neither axis adds up (a multi-select question:
        # "which of these issues matter most", each column summing past a whole). Where the label stage
        # read one population per line of one axis, not one for all, that axis is the populations'
        # and so the groups' (a battery's items share one population along each row).
        if _one_population_each(figs, cols_of):
            col_share = _sharing(figs, cols_of, rows_of)
        elif _one_population_each(figs, rows_of):
            row_share = _sharing(figs, rows_of, cols_of)
    if row_share >= 0.5 and row_share > col_share:
        for r, row in enumerate(rows_of):
            for i in row:
                out[i] = (tid, r)
    elif col_share >= 0.5 and col_share > row_share:
        for k, col in enumerate(cols_of):
            for i in col:
                out[i] = (tid, k)


def _whole_with_net(values: list[float]) -> bool:
    """Whether a table line adds up to a whole once one net row is left out: "Liberal 36, National 3,
    Total Lib/Nat 39, Labor 45, ..." lists a net beside its parts (a value within a point of two others'
    sum), so the line holds more than a whole."""
    total = sum(values)
    if total <= 100.0 or len(values) < 4:
        return False
    for k, v in enumerate(values):
        if not adds_to_whole(total - v):
            continue
        if _net_of_two(v, values[:k] + values[k + 1 :]):
            return True
    return False


def _net_of_two(v: float, others: list[float]) -> bool:
    """Whether ``v`` is, within a point, the sum of two of ``others``: a net given beside its parts
    ("57% support it (31% strongly, 26% somewhat)", "Total Lib/Nat 39" beside 36 and 3)."""
    return any(abs(v - (x + y)) <= 1.0 for i, x in enumerate(others) for y in others[i + 1 :])


def _one_population_each(figs: list[Labelled], lines: list[list[int]]) -> bool:
    """Whether each of ``lines`` (two or more) has one population all along, not the same one on all
    (a total column may take the passage's default, and so may a column whose header the label stage
    could not read)."""
    pops = [{_norm(figs[i].population) for i in line} for line in lines]
    if len(pops) < 2 or any(len(p) != 1 or "" in p for p in pops):
        return False
    return len({next(iter(p)) for p in pops}) >= 2


def _sharing(figs: list[Labelled], lines: list[list[int]], across: list[list[int]]) -> float:
    """How far each of ``lines`` is a group: the share of the ``across`` lines (the other axis) that hold
    one answer all along, when the answers change along most of ``lines`` (the axis lists the answers)."""
    answers = [[_norm(figs[i].answer) for i in x] for x in across]
    if any("" in x for x in answers):
        return 0.0
    one_across = sum(1 for x in answers if len(set(x)) == 1) / len(across)
    one_along = sum(1 for line in lines if len({_norm(figs[i].answer) for i in line}) == 1) / len(lines)
    return one_across if one_along < 0.5 else 0.0


def _spots_clash(x: dict[int, int] | None, y: dict[int, int] | None) -> bool:
    """Two clusters lie in two different rows (columns) of a table grouped by row (column)."""
    if not x or not y:
        return False
    return any(t in y and y[t] != k for t, k in x.items())


def _join_table_lines(
    axes: dict[int, tuple[int, int]],
    waves: dict[int, str],
    spots: dict[int, dict[int, int]],
    owner: list[int],
) -> None:
    """Join the clusters of one table row (column) of a table grouped by row (column): the table's layout
    says they are one result even where the link model left them apart."""
    first: dict[tuple[int, int], int] = {}
    for i in sorted(axes):
        key = axes[i]
        if key not in first:
            first[key] = i
            continue
        ca, cb = owner[first[key]], owner[i]
        if ca == cb or waves.get(ca) != waves.get(cb) or _spots_clash(spots.get(ca), spots.get(cb)):
            continue
        _absorb(spots, ca, cb, {})
        waves.pop(cb, None)
        for j, c in enumerate(owner):
            if c == cb:
                owner[j] = ca


_RELATIVE_TIME = re.compile(
    r"\b(?:ago|earlier|previous|prior|last|this|current|latest)\s*(?:week|month|fortnight|quarter|year|poll|"
    r"survey|wave|time)?s?\b|\b(?:weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)


def _wave(a: Analysis, f: Labelled) -> str:
    """The wave a figure belongs to for clustering: its ``when``, else, in a pipe table whose header
    row names relative times ("3 months ago | 2 weeks ago | This week"), its column's time.
    A tracker's columns are its waves (one group per column) even where the header's own numbers kept
    the layout from reading it as a header."""
    if f.when:
        return f.when.lower()
    if not RELATIVE_WAVE_COLUMNS:
        return ""
    cell = a.layout.places[f.num_index].cell
    if cell is None:
        return ""
    header = _relative_header(a, f.line)
    return header[cell] if cell < len(header) else ""


# The waves a figure gets when the text marks it as an earlier reading without saying when ("up from 16%",
# a bracketed reading with no legend).
_UNNAMED_WAVES = frozenset({"earlier poll", "earlier wave"})


def name_waves(figs: list[Labelled]) -> None:
    """An earlier reading the text gives without its time ("up from 16%") is of the one earlier wave the
    passage names ("compared with 27% a month ago"), where it names exactly one: set to that wave, so the
    readings of one earlier poll form one group instead of one per way of writing it. Idempotent."""
    if not WAVE_NAMES:
        return
    named = {f.when for f in figs if f.when and f.when.lower() not in _UNNAMED_WAVES}
    if len({w.lower() for w in named}) != 1:
        return
    wave = min(named)
    for f in figs:
        if f.when and f.when.lower() in _UNNAMED_WAVES:
            f.when = wave


def _relative_header(a: Analysis, line: int) -> list[str]:
    """The cells of the nearest pipe line above ``line`` (within its table) that names relative times in
    two cells or more, lower-cased with the header's line ("" for the other cells), or []."""
    got = a.memo.get(("relative_header", line))
    if isinstance(got, list):
        return got
    out: list[str] = []
    for above in range(line - 1, max(line - 12, -1), -1):
        span = a.lines[above]
        text = a.text[span.start : span.end]
        if "|" not in text:
            if text.strip():
                break  # the table ended
            continue
        cells = [c.strip().lower() for c in text.split("|")]
        # Keyed by the header's line too: two tables under two headers are two questions or populations.
        times = [f"{c} (line {above})" if _RELATIVE_TIME.search(c) and len(c) <= 30 else "" for c in cells]
        if sum(1 for c in times if c) >= 2:
            out = times
            break
    a.memo[("relative_header", line)] = out
    return out


def _marks(figs: list[Labelled], mark_of: Callable[[Labelled], str | None]) -> dict[int, set[str]]:
    """Each figure's mark (a pollster, a region) as its singleton cluster's set; unmarked figures left out."""
    out: dict[int, set[str]] = {}
    for i, f in enumerate(figs):
        mark = mark_of(f)
        if mark:
            out[i] = {mark}
    return out


# A cluster's listed options: normalised answer -> the (value, line) pairs it was listed with.
_Rows = dict[str, list[tuple[float, int]]]


def listed(a: Analysis, f: Labelled) -> bool:
    """The figure is an item of a table or list: a cell, a line of a run of same-shape lines, or a lone
    "Name NN" on its line. Such an item's answer is its row's label, read far more reliably than an
    answer in prose."""
    p = a.layout.places[f.num_index]
    return p.col is not None or in_rows(a, f) or (p.count == 1 and p.name_before)


def in_rows(a: Analysis, f: Labelled) -> bool:
    """The figure's line is one of a run of same-shape lines that are rows of a list, not prose lines."""
    return a.layout.places[f.num_index].block > 1 and not prose_line(a, f.line)


# Words a line of prose holds at least: a list row names an option and its share, a few words besides
# ("• Green: 31 percent, up 2 points (40 seats)"), a paragraph of news copy a sentence or more.
_PROSE_WORDS = 12
_ROW_LEAD = re.compile(r"[ \t]*[-–—•*·>|#]")


def prose_line(a: Analysis, line: int) -> bool:
    """Whether a line is prose: many words, with no bullet, table pipes or tab-separated cells. Such lines
    (one paragraph a line in news copy) take the same shape as a list's rows, one number each among words,
    but are sentences: their figures are grouped as prose is, by the link cues and the share limit."""
    if not PROSE_LINES:
        return False
    got = a.memo.get(("prose_line", line))
    if isinstance(got, bool):
        return got
    span = a.lines[line]
    text = a.text[span.start : span.end]
    prose = (
        _ROW_LEAD.match(text) is None
        and "|" not in text
        and "\t" not in text.strip()
        and len(text.split()) >= _PROSE_WORDS
    )
    a.memo[("prose_line", line)] = prose
    return prose


def _row_answers(a: Analysis, figs: list[Labelled]) -> dict[int, _Rows]:
    """Each singleton cluster's listed option, for :func:`_rows_clash` (figures of tables and lists only)."""
    out: dict[int, _Rows] = {}
    # (a list block's row gives its row label even where the row holds a change besides its share)
    rows = {i for block in list_blocks(a, figs) for i in block} if SPACED_LISTS else set()
    for i, f in enumerate(figs):
        if f.answer and listed(a, f):
            out[i] = {(list_option if i in rows else option_of)(a, f): [(f.value, f.line)]}
    return out


def list_option(a: Analysis, f: Labelled) -> str:
    """The option a row of a list block gives (see list_blocks, one figure a row): its row label as written
    even where the row holds other numbers besides its share ("Progress: 28% (down 3)"), else its answer."""
    if SPACED_LISTS:
        label = _norm(a.layout.places[f.num_index].row_label.strip(" |:-–—.\t*•"))
        if label:
            return label
    return option_of(a, f)


def option_of(a: Analysis, f: Labelled) -> str:
    """The option a listed figure gives: its row label as written where it has one ("Very positive"
    and "Somewhat positive" are two options even when both answers read "positive"), else its answer."""
    place = a.layout.places[f.num_index]
    if ROW_LABEL_OPTIONS and place.count == 1:
        label = _norm(place.row_label.strip(" |:-–—.\t*•"))
        if label:
            return label
    return _norm(f.answer)


# A cluster's complete results: a whole unit's key -> its values, sorted.
_Wholes = dict[tuple[str, int], tuple[float, ...]]
# What a cluster carries through merges: its complete results, its places on table axes, its shares.
_Marks = TypeVar("_Marks", _Wholes, dict[int, int], frozenset[tuple[float, str]])


def _absorb(marks: dict[int, _Marks], ca: int, cb: int, empty: _Marks) -> None:
    """Cluster ``cb`` merges into ``ca``: its marks join ``ca``'s (a cluster with none has no entry)."""
    if ca in marks or cb in marks:
        marks[ca] = marks.get(ca, empty) | marks.pop(cb, empty)


def _whole_units(a: Analysis, figs: list[Labelled]) -> dict[int, _Wholes]:
    """Each singleton cluster's complete result, where its figure belongs to one: a line whose shares add up
    to about a whole ("Labour 41%, Conservative 33%, Reform 14%, ... 12%"), or a run of one-number lines
    that does (a topline's options). Such a unit lists every option of one question for one population."""
    places = a.layout.places
    units: dict[tuple[str, int], list[float]] = {}
    keys: dict[int, tuple[str, int]] = {}
    for i, f in enumerate(figs):
        p = places[f.num_index]
        key = ("line", f.line) if p.line_whole and p.count >= 2 else ("run", p.run) if p.block_whole else None
        if key is not None:
            keys[i] = key
    for n in a.numbers:  # a unit's values are all its numbers, figures or not (a whole adds them all)
        p = places[n.index]
        if p.line_whole and p.count >= 2:
            units.setdefault(("line", n.line), []).append(n.value)
        elif p.block_whole:
            units.setdefault(("run", p.run), []).append(n.value)
    return {i: {k: tuple(sorted(units.get(k, ())))} for i, k in keys.items()}


def _wholes_clash(x: _Wholes | None, y: _Wholes | None) -> bool:
    """Two clusters hold figures of two complete results with different values: each is a whole
    question for one population, so joined they would be two waves, populations or questions in one
    group. (A result restated with the same values, a headline list over the body's, may join.)"""
    if not x or not y:
        return False
    return any(kx != ky and vx != vy for kx, vx in x.items() for ky, vy in y.items())


def _rows_clash(x: _Rows | None, y: _Rows | None) -> bool:
    """Two clusters list one option on two lines with two values: "Approve 44%" under one heading and
    "Approve 29%" under the next are two groups (one question and population gives each answer once).
    Cells of one row may share a label (the row names an item, its cells are the item's answers)."""
    if not x or not y:
        return False
    if len(y) < len(x):
        x, y = y, x
    for answer, items in x.items():
        for value, line in items:
            for other_value, other_line in y.get(answer, ()):
                if line != other_line and abs(value - other_value) > 1e-6:
                    return True
    return False


def _join_rows(rows: dict[int, _Rows], ca: int, cb: int) -> None:
    """Cluster ``cb``'s listed options move to ``ca``."""
    moved = rows.pop(cb, None)
    if not moved:
        return
    into = rows.setdefault(ca, {})
    for answer, items in moved.items():
        into.setdefault(answer, []).extend(items)


def _answers_agree(x: str, y: str) -> bool:
    """Two answers that may name one option: equal, one missing, or one's words within the other's."""
    if not x or not y:
        return True
    wx, wy = _words(x), _words(y)
    return x == y or (bool(wx) and bool(wy) and (wx <= wy or wy <= wx))


def _merge_restatements(
    a: Analysis, figs: list[Labelled], owner: list[int], axes: dict[int, tuple[int, int]] | None = None
) -> None:
    """Join clusters that restate one another: a results list or table repeating the prose's figures
    ("Trump 52%, DeSantis 28%" and then "• Trump — 52%" ...), which lie too far apart to be linked pairwise.

    Two clusters of one wave are one group when at least two of their values recur with agreeing
    answers and no answer of one has another value in the other, and they are not both rows of tables
    or lists (a tracker's rows repeat values from poll to poll), nor two groups of one table (a crosstab's
    columns repeat one another where two subgroups answered alike: the total and the men, see
    :func:`_table_axes`)."""
    places = a.layout.places
    tabular = [places[f.num_index].col is not None or in_rows(a, f) for f in figs]
    marks = [_marks(figs, mark) for mark in mark_kinds(a)] if SPLIT_UNITS else []
    members = members_by_cluster(owner)
    changed = True
    while changed:
        changed = False
        # Only clusters sharing two values can restate each other: find those pairs through the values.
        by_value: dict[float, set[int]] = {}
        for c, idx in members.items():
            if len(idx) >= 2:
                for i in idx:
                    by_value.setdefault(figs[i].value, set()).add(c)
        shared: dict[tuple[int, int], int] = {}
        for cs in by_value.values():
            if 1 < len(cs) <= 8:
                ordered = sorted(cs)
                for k, ca in enumerate(ordered):
                    for cb in ordered[k + 1 :]:
                        shared[(ca, cb)] = shared.get((ca, cb), 0) + 1
        for (ca, cb), count in sorted(shared.items()):
            if count < 2 or ca not in members or cb not in members:
                continue
            both_rows = all(tabular[i] for i in members[ca]) and all(tabular[i] for i in members[cb])
            if SPLIT_UNITS and _marks_clash(marks, members[ca], members[cb]):
                continue  # one split given for two regions ("Queensland: 51-49", "Western Australia: 51-49")
            if axes and _one_table(axes, members[ca], members[cb]):
                continue
            if _two_headed_rows(places, figs, members[ca], members[cb]):
                continue
            if not both_rows and _restates(figs, members[ca], members[cb]):
                for i in members.pop(cb):
                    owner[i] = ca
                    members[ca].append(i)
                changed = True
    if SINGLE_RESTATEMENTS:
        _merge_single_restatements(figs, owner, members, tabular)


def restated(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with the clusters that restate one another joined (see :func:`_merge_restatements`), for
    a step after clustering that cut a cluster in two (ids renumbered in order of first appearance)."""
    owner = list(cluster_ids)
    _merge_restatements(a, figs, owner, _table_axes(a, figs) if TABLE_AXES else {})
    return in_order(owner)


def _two_headed_rows(places: list[Place], figs: list[Labelled], xs: list[int], ys: list[int]) -> bool:
    """Whether two clusters are cells under column headers whose populations differ: two subgroups'
    rows of a crosstab that answered alike ("$50,000 or more" and "$100,000 or more"), not a restatement."""
    idx = (*xs, *ys)
    if not all(places[figs[i].num_index].header for i in idx):
        return False
    return {figs[i].population.lower() for i in xs}.isdisjoint({figs[i].population.lower() for i in ys})


def _one_table(axes: dict[int, tuple[int, int]], xs: list[int], ys: list[int]) -> bool:
    """Whether two clusters are two groups of one table: all their figures lie in one table (by
    :func:`_table_axes`), at places on its group axis that differ."""
    tables = {axes[i][0] for i in (*xs, *ys) if i in axes}
    if len(tables) != 1 or not all(i in axes for i in (*xs, *ys)):
        return False
    return not {axes[i][1] for i in xs} & {axes[i][1] for i in ys}


def _merge_single_restatements(
    figs: list[Labelled], owner: list[int], members: dict[int, list[int]], tabular: list[bool]
) -> None:
    """A lone prose figure that restates one figure of a larger group (the same answer, value, population
    and wave: "DeSantis at 28 %" in the story and "• DeSantis — 28%" in the list under it) joins that
    group, when only one group restates it so and no figure there gives its answer another value."""
    for c, idx in list(members.items()):
        if len(idx) != 1 or tabular[idx[0]]:
            continue
        x = figs[idx[0]]
        ax = _norm(x.answer)
        if not ax or not x.population:
            continue
        hosts = [
            d
            for d, ys in members.items()
            if d != c
            and len(ys) >= 2
            and any(
                abs(figs[j].value - x.value) < 1e-6
                and _norm(figs[j].answer) == ax
                and _norm(figs[j].population) == _norm(x.population)
                and (figs[j].when or "").lower() == (x.when or "").lower()
                for j in ys
            )
            and not any(_norm(figs[j].answer) == ax and abs(figs[j].value - x.value) > 1e-6 for j in ys)
        ]
        if len(hosts) != 1:
            continue
        (d,) = hosts
        members[d].append(idx[0])
        owner[idx[0]] = d
        del members[c]


def _restates(figs: list[Labelled], xs: list[int], ys: list[int]) -> bool:
    if len(xs) < 2 or len(ys) < 2:
        return False
    if (figs[xs[0]].when or "").lower() != (figs[ys[0]].when or "").lower():
        return False
    values: set[float] = set()
    for i in xs:
        x = figs[i]
        ax = _norm(x.answer)
        for j in ys:
            y = figs[j]
            ay = _norm(y.answer)
            same_value = abs(x.value - y.value) < 1e-6
            if ax and ax == ay and not same_value:
                return False  # one answer, two values: two populations or two questions
            if same_value and _answers_agree(ax, ay):
                values.add(x.value)
    return len(values) >= 2


# The options of one question for one population add up to at most a whole (rounding allowed).
_WHOLE_LIMIT = 101.0


def merge_continuations(a: Analysis, figs: list[Labelled], owner: list[int]) -> None:
    """Join prose clusters that give more options of one question: "Labour (26%) and Reform UK (25%)."
    then "The Conservatives are third (22%), the Lib Dems on 14%": the link model splits them across the
    sentence break, but their figures carry one question and one population, name different options and
    add up to no more than a whole together, which two populations' or two waves' results would not.

    Two clusters join when every figure of both has the same question (or, for two clusters with no other
    cluster's figure between them, agreeing questions: see _questions_agree) and population, one wave and no
    two pollsters or regions, no figure whose own clause names another population, each answer is given in one cluster only, the options' values (a repeated
    option counted once) add up to at most a whole, one cluster ends before the other starts, and no
    figure is a table cell or list row (the layout's structure decides those). It runs on the final
    labels, after the groups have shared and harmonised them (raw labels disagree too often), so the
    clustering threshold is fitted without it; cluster ids are renumbered in order of first appearance."""
    places = a.layout.places
    members = members_by_cluster(owner)
    info: dict[int, tuple[str, str, str, str, str, dict[str, float]]] = {}
    # Clusters whose population is one of their own options ("Liberal Democrats" read from "The Liberal
    # Democrats are on 13%"): a party named as a clause's subject, not who was asked (see CLAUSE_OPTIONS).
    option_pops: set[int] = set()
    for c, idx in members.items():
        fs = [figs[i] for i in idx]
        keys = {(_norm(f.question), _norm(f.population), (f.when or "").lower()) for f in fs}
        if len(keys) != 1 or any(places[f.num_index].col is not None or in_rows(a, f) for f in fs):
            continue
        ((q, pop, wave),) = keys
        answers = {_norm(f.answer): f.value for f in fs}
        if (not q and not LOOSE_CONTINUATIONS) or not pop or "" in answers:
            continue
        if ONE_VALUE_OPTIONS and len({(_norm(f.answer), f.value) for f in fs}) > len(answers):
            continue  # one answer with two values ("Fine Gael on 35%, Sinn Fein up to 29%" both read "Fine Gael"):
            # its labels are wrong, and the options' sum, one value an answer, would come out short
        if any(
            _names_other(_option_free(clause_population(a, a.numbers[f.num_index]), f.answer), pop)
            for f in fs
        ):
            continue  # a figure's own clause names another population ("among independents, 38%")
        pollsters = {p for f in fs if (p := a.pollster_of(a.numbers[f.num_index]))}
        regions = {r.lower() for f in fs if (r := region_tie(a, a.numbers[f.num_index]))}
        if len(pollsters) > 1 or len(regions) > 1:
            continue
        info[c] = (q, pop, wave, next(iter(pollsters), ""), next(iter(regions), ""), answers)
        if CLAUSE_OPTIONS and _option_population(a, fs, pop, answers):
            option_pops.add(c)
    order = sorted(info, key=lambda c: members[c][0])
    for k, ca in enumerate(order):
        if ca not in info:
            continue
        for cb in order[k + 1 :]:
            if cb not in info:
                continue
            qa, pa, wa, pla, ra, ansa = info[ca]
            qb, pb, wb, plb, rb, ansb = info[cb]
            # Two populations agree when equal, or when one of them is only its cluster's own option.
            pop_agree = pa == pb or ((ca in option_pops) != (cb in option_pops))
            if not pop_agree or wa != wb or (pla and plb and pla != plb) or (ra and rb and ra != rb):
                continue
            if qa != qb and not (_questions_agree(qa, qb) and _adjacent(owner, members[ca], members[cb])):
                continue
            if max(members[ca]) > min(members[cb]) and not _nested(members[ca], members[cb]):
                continue
            if ansa.keys() & ansb.keys():
                continue
            if sum(ansa.values()) + sum(ansb.values()) > _WHOLE_LIMIT:
                continue
            if pa != pb:
                real = figs[members[cb][0] if ca in option_pops else members[ca][0]].population
                for i in members[ca] + members[cb]:
                    figs[i].population = real  # the option read as a population gives way to who was asked
                option_pops.discard(ca)
                pa = _norm(real)
            for i in members.pop(cb):
                owner[i] = ca
                members[ca].append(i)
            info[ca] = (_fuller(qa, qb), pa, wa, pla or plb, ra or rb, ansa | ansb)
            del info[cb]
    if LOOSE_CONTINUATIONS:
        for idx in members.values():
            asked = [figs[i].question for i in idx if figs[i].question]
            if asked and len(asked) < len(idx):
                best = max(asked, key=lambda q: len(_words(q)))
                for i in idx:
                    if not figs[i].question:
                        figs[i].question = best  # a continuation's missing question is the group's
    order_of: dict[int, int] = {}
    for i, c in enumerate(owner):
        owner[i] = order_of.setdefault(c, len(order_of))


def _nested(xs: list[int], ys: list[int]) -> bool:
    """Whether cluster ``ys`` is the whole of a gap in cluster ``xs``: "Ortiz holds first place on 38
    percent. Blake has 19 percent and Moreno 15 percent. Hale and Park are at 6 percent each." where
    the middle sentence split off (see NESTED_CONTINUATIONS)."""
    if not NESTED_CONTINUATIONS:
        return False
    lo, hi = min(ys), max(ys)
    before = [i for i in xs if i < lo]
    after = [i for i in xs if i > hi]
    if not before or not after:
        return False
    return sorted(ys) == list(range(max(before) + 1, min(after)))


def _option_population(a: Analysis, fs: list[Labelled], pop: str, answers: dict[str, float]) -> bool:
    """Whether a cluster's population is only one of its own options: one of its answers word for word
    (an answer that merely holds the population's words, "Fewer Republicans", is a misread answer, not
    this), and no figure of it names whom it counts right after the number ("8% of Republicans", "26% in
    Quebec") or is tied to a region."""
    if not pop:
        return False
    if pop not in answers and not (POP_WORD_PARTIES and any(_party_tail(ans, pop) for ans in answers)):
        return False
    for f in fs:
        num = a.numbers[f.num_index]
        if _OWN_OR_PLACE.match(a.text, num.cand.mark_end) or region_tie(a, num):
            return False
    return True


def _party_tail(answer: str, pop: str) -> bool:
    """Whether ``pop`` is the head word that ends the party name ``answer`` ("democrats" of "new democrats")."""
    return answer in _PARTY_NAMES and answer.endswith(" " + pop)


# "45% of women", "12 percent among Democrats", "26% in Quebec": whom a figure counts, right after it.
_OWN_OR_PLACE = re.compile(r"[\s%)]*(?:percent|per\s+cent|pc)?[\s,]*(?:of|among|for|in)\b", re.IGNORECASE)


def _option_free(own: str, answer: str) -> str:
    """A figure's clause population, or "" where it is the figure's own option: "The Liberal Democrats are
    on 8%" names a party as its subject, not a population (see CLAUSE_OPTIONS)."""
    own = _norm(own)
    if CLAUSE_OPTIONS and own and _words(own) and _words(own) <= _words(answer):
        return ""
    return own


def _names_other(own: str, pop: str) -> bool:
    """Whether a figure's own clause names a population other than its group's: one named, and not the
    group's sample in fewer words ("4 percent of the 374 likely voters" in a group of "likely Republican
    primary voters"; a subgroup such as "independents" is another population even where the group's
    population names it too; see SHORT_NAMINGS)."""
    if not own or own == pop:
        return False
    if SHORT_NAMINGS:
        mine = frozenset(w for w in _words(own) if not w.isdigit())
        sample = own.split()[-1] in _SAMPLE_HEADS  # the sample named again, not a subgroup ("independents")
        return not (sample and mine and mine <= _words(pop))
    return True


# The head words of a naming of the whole sample ("the 374 likely voters", "those adults").
_SAMPLE_HEADS = frozenset({"voters", "adults", "respondents", "residents", "people", "electors"})


def _adjacent(owner: list[int], xs: list[int], ys: list[int]) -> bool:
    """No other cluster's figure lies between cluster ``xs``'s last figure and ``ys``'s first."""
    lo, hi = max(xs), min(ys)
    mine = {owner[xs[0]], owner[ys[0]]}
    return all(owner[i] in mine for i in range(lo + 1, hi))


# The question of a horse race whose race the sentence does not name, and any race's question.
_BARE_RACE = "vote choice"
_RACE = re.compile(r"\bvot(?:e|ing)\b")


def _questions_agree(x: str, y: str) -> bool:
    """Two clusters' questions are one question's labels: equal, or (see LOOSE_CONTINUATIONS) one missing,
    one the bare "Vote choice" and the other a race's, or one's content words all among the other's."""
    if x == y:
        return True
    if not LOOSE_CONTINUATIONS:
        return False
    if not x or not y:
        return True
    if _BARE_RACE in (x, y):
        return _RACE.search(x) is not None and _RACE.search(y) is not None  # the race's name left out
    wx, wy = _words(x), _words(y)
    return bool(wx) and bool(wy) and (wx <= wy or wy <= wx)


def _fuller(x: str, y: str) -> str:
    """The more specific of two agreeing questions (the one with more words)."""
    return x if len(_words(x)) >= len(_words(y)) else y


def link_threshold() -> float:
    """The clustering threshold chosen by the fit (best grouping F1 on the training part)."""
    value = load_meta().get("link_threshold", THRESHOLD)
    return float(value) if isinstance(value, (int, float)) else THRESHOLD
