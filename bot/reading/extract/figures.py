"""Stage 1: which number candidates are poll figures, and which earlier wave a figure belongs to.

Each candidate is described by named cues (the rule table :data:`figure_cues.FIGURE_CUES`: words
just before and after it, its sentence, line, row label and passage) and by its layout (see
:mod:`bot.reading.extract.layout`: place in its line, pipe cell and column, block of same-shape
lines, whether its neighbours add up to a whole). The fitted ``figure`` model weighs them; the rule
extractor's keep-or-drop decision is one feature among them. Layout and cue features are also given
crossed with the number's shape (``m:`` percent-marked, ``b:`` bare, ``p:`` bare pair), so that a
cue can weigh differently for "37%" and for a bare "37".

**When a bare number is a figure.** A number written without a percent sign is a poll figure only
when the layout says it is a share of respondents (:func:`bare_rule`), in one of these shapes:

1. ``table_cell`` – the first number of a cell of a pipe-table row whose row has a text label (not a
   number inside the label cell, "18-20 June", nor in a cell with words, "6 months ago");
2. ``earlier_in_brackets`` – "53 (55)": the bracketed number after a figure in a row or list;
3. ``name_list`` – an item of a "Name NN" list of two or more items on one line ("Lopez 46 Carter
   44", "undecided 12" too) whose bare values add up to at most a whole, or a decimal of a sentence
   with two or more named decimals that add up to at most a whole ("Labour 27.9, Progress Party
   23.4, Conservatives 14.2", as pollsters outside the US print them);
4. ``pair`` – one side of "55-45", "48/43", "47 to 53" or "43:51" whose sides add up to at most a
   whole (the two sides of a pair are decided together, on the mean of their margins); not a change
   and the level it led to ("up 0.4 to 9.8%");
5. ``leader`` – after a dotted leader ("Right direction ...... 37", "Approve.......41");
6. ``after_count`` – the percentage after a count of a frequency column ("Crime  198  22");
7. ``label_list`` – a labelled number whose line, block or column adds up to about a whole, in a
   list or table row (short words on either side, not a sentence);
8. ``column`` – a later column of a labelled row set apart by spaces whose block column or line adds
   up to about a whole ("Approve  44  41  39" under "Dec  Sep  Jun"), or the first of a run of three or
   more bare numbers closing a line after its labels or question, adding up to a whole ("... Rather no
   Definitely no Don't know 31 28 17 15 9", :func:`run_head`);
9. ``flat_row`` – an item of a crosstab flattened onto one line ("Approve 45 41 49 Disapprove 48 53
   44"), whose column across the rows or row adds up to about a whole;
10. ``grid_cell`` – alone in its cell of a tab- or space-aligned table under a header line whose cell
   over it names an answer, party, candidate, group or wave (not a sample, margin, lead, date or
   result column; see :func:`tables.grid_cells`);
11. ``shares_marker`` – after the same word ("on", "at") as a percent-marked number of its sentence
   ("X is on 30.4, Y on 22.1 and Z on 8.9 per cent");
12. ``stacked_grid`` – a cell of a table copied without its grid, rebuilt by :mod:`layout` from lines of
   bare cells (every cell on its own line, a change cell "+0.4" among them; the labels of a list and then
   its values, with a "%" or "Per cent" header between them or with the labels run together on one line,
   "AUR PSD PNL USR" over "38.1 21.4 14.9 12.2"), whose row or column adds up to a whole, or to most of
   one (half to a whole, three or more values) under a header naming percentages or beside such a column.
13. ``headed_row`` – a cell of a crosstab under a header of options run together on one line, its row
   named by a subgroup (see :mod:`run_headers`), whose row's values (not the numbers of its label, such as
   "18-29", nor its count) add up to a whole.
14. ``net_row`` – a value of a row that prints each side's net before its parts ("TOTAL Strongly Somewhat
   TOTAL ..." over "2-5 Oct 26 51% 29 22 45 14 31 4"): a net is the sum of the two or three values after
   it, the values left once the nets are set aside add up to a whole, and a header above names a total
   or net column (see :mod:`net_rows`).
15. ``row_run`` – a value of a run of three or more bare values set apart by spaces alone, after a row's
   label, that adds up to a whole, in a poll table of two or more such rows whose lines go on with the
   poll's other columns ("Harbor Research Oct 9, 2026 33.5 27.1 24.3 8.8 6.2 ±3.1 pp 950 phone 6.4": the
   margin, sample and lead end the run; see :mod:`row_runs`).
16. ``dated_reading`` – a value followed by the month/day of its one wave in brackets, in a row of two or
   more such values after a label ("HIGHEST EVER 61 (3/14) 70 (9/30/08)"): a trend table's best and worst
   readings, each a figure of the wave it names (see :mod:`dated_readings`); a value credited to several
   waves ("5 (2/11, 6/15)") is a summary across polls, not a figure.
17. ``parallel_share`` – a bare number written in parallel with a percent-marked share before it in its
   sentence, the marker left off: after "and", a comma or a semicolon and followed by the word that follows
   the marked share ("41 percent backed Ortiz and 38 for Lee"), or the rival's share after "to" and a name
   in the possessive, closing its clause ("Ortiz draws 41 percent to Lee's 39"; see :mod:`parallel_shares`).
18. ``change_level`` – the share a change led to or came from, its percent sign left off: after a move in
   points ("edging up a point to 27", "a fall of four points to 12") or a move in a sentence that writes
   another share with its sign ("sheds 2 points to 36 per cent, with Oaks down 3 to 17"), or the bare end
   of a "from ... to" whose other end is marked ("from 31 percent in 2019 to 26", "from 29 then to 35
   percent"); or a named party set at a level by a verb of state in a sentence (or right after one) that
   writes a share with its sign ("has 38 per cent, while the Blues sit at 28", "came in at 12.4"); never
   where a lead, gap or majority moves, a result or turnout, before a word of units, or in a sentence
   about the economy (see :mod:`change_levels`).

A decimal is weighed as a share, not a rate, when it is a bare table cell of these shapes (a pipe, grid,
column, flattened or stacked row, not a "Label: 44.4%" list, the shape of results) whose row or column
adds up to a whole or to most of one (:func:`table_shares`): pollsters outside the US print one decimal.

The number is never a figure when it is signed ("+4", "-5", "minus 12", or a sign opening a line that
holds only the number: "-8", "+ 11%", a tracker's index or a table's spread; a fixed rule, see
:func:`signed_net`), a gap, a change after its verb and "by" or a day of a date ("6% ahead", "(Smith + 7)",
"leading X by just two per cent", "increased by four per cent", "June 3-5, 2026", "4/2-4/6", the
"3/14" of "61 (3/14)"; a fixed
rule, see :mod:`gaps`), in a row labelled as an average of polls or waves ("Polling Average", "Average
(2019-Present)"; a fixed rule, see :mod:`summary_rows`), one end of a range a single share may take
("48% to 51% of likely voters", "around 20 to 24 per cent"; a fixed rule, see :mod:`share_ranges`), a
share of the votes cast or of a registration roll ("38 per cent of all valid votes", "8.2 percent of the
registered voters"; a fixed rule, see :mod:`cast_votes`), a count before a percentage ("720 36%") or in a
column of counts, over 100, or year-like. An election-result row or column of a table ("2021 result", "General
Election"), an age band ("18-34 35-54 55+") and a bare count with its share in brackets ("1-in-4
(27%)") are evidence against. The shape found is the feature ``bare_rule=<shape>``; the model still weighs it against
the cues (a bare pair in a sports score, an election column) so it is evidence, not a verdict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import cast

from bot.reading.extract import (
    exit_rows,
    flat_toplines,
    gaps,
    not_poll_frames,
    number_shapes,
    result_columns,
    row_runs,
    sample_rows,
    share_ranges,
    summary_rows,
    tables,
    waves,
)
from bot.reading.extract.analysis import Analysis, Num, per_number
from bot.reading.extract.cast_votes import cast_share, election_share, elliptic_next
from bot.reading.extract.change_levels import change_level
from bot.reading.extract.cues import Cue, Where, WordGate, table
from bot.reading.extract.dated_readings import dated_reading, reading_wave
from bot.reading.extract.econ_words import economic
from bot.reading.extract.figure_cues import FIGURE_CUES, POP_WORDS, REACH, SHORT_REACH
from bot.reading.extract.layout import Place
from bot.reading.extract.lead_sides import lead_side, told_with_lead
from bot.reading.extract.learn import Model, model
from bot.reading.extract.numbers import Candidate, written_decimal
from bot.reading.extract.parallel_shares import parallel_share
from bot.reading.extract.poll_averages import time_average
from bot.reading.extract.scan import (
    literal_starts,
    longest_first,
    needed_words,
    opens_on_boundary,
    trie_regex,
)
from bot.reading.extract.seat_sums import in_seat_sum, seat_count
from bot.reading.extract.unit_shares import unit_share
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

THRESHOLD = 0.5
# L2 penalty of the figure model's fit (chosen by 5-fold cross-validation over training passages).
L2 = 1.0
MAX_PER_LINE = 150
MAX_FIGURES = 2000
WINDOW = 60
CUES: dict[Where, list[Cue]] = table("figure", FIGURE_CUES)
_SENTENCE_CUES = WordGate(CUES.get("sentence", []))
_ECON = next(c.compiled for c in CUES.get("sentence", []) if c.id == "s_econ")
_LETTER = re.compile(r"[^\W\d_]")
# A net or total row of a topline ("Total support", "NET: Approve", "Approve (net)").
_NET_LABEL = re.compile(r"^\W*(?:total|net|sub-?total)\b|\((?:net|total)\)\W*$|\bnet\W*$", re.IGNORECASE)
_WHOLE_LO, _WHOLE_HI = 96.0, 102.0
_JOIN = {"/": "slash", "-": "dash", "–": "dash", "—": "dash", ":": "colon", "to": "to"}
_RANGE_DASHES = frozenset({"-", "–", "—"})
_HEAD_NOT_POLL = re.compile(r"\b(?:election|result|results|actual|seats|votes|turnout)\b", re.IGNORECASE)
_HEAD_CHANGE = re.compile(
    r"\b(?:net|change|chg|diff|difference|lead|margin|gain|swing|\+/-|\+/−)\b|^[+±]", re.IGNORECASE
)
# ("n" alone, not the N of a party's initials: "N-VA")
_HEAD_COUNT = re.compile(
    r"\b(?:n(?![-–][^\W\d_])|number|count|frequency|freq|sample|base|polled|size)\b", re.IGNORECASE
)
_LEGEND = re.compile(
    r"(?P<w>[\w'’ -]{3,60}?(?:\s+(?:results?|figures?|numbers?|scores?|ratings?))?)\s*(?:are\s+|shown\s+)?"
    r"in\s+(?:parenthes[ie]s|brackets)",
    re.IGNORECASE,
)


# Passage features that say a poll was taken (their absence is a feature of its own, "p_no_poll").
_POLL_EVIDENCE = frozenset({"cue:p_poll", "cue:p_asked", "p_pollster", "p_legacy_any", "p_layout_whole"})
# A passage that tells an election's count or vote shares ("election results", "votes cast", "under
# votes", "vote share") and names no poll, survey, pollster or question is a results report: the
# figures the rule extractor or a results table's layout find there are the count, not a poll's
# (``p_results_only``, ruled out as "p_no_poll" is). "Polled" there is the verb of a tally ("the Congress
# polled about 19 per cent", "polled the most votes"), not a survey.
_RESULTS_WORDS = re.compile(
    r"\b(?:precincts?(?: reporting)?|election results?|votes? (?:counted|cast)|vote shares?|official results?|"
    r"seats? won|turnout|ballots? counted|election count|under ?votes?|provisional ballots?)\b"
)
_TALLY_POLLED = re.compile(
    r"\bpolled\s+(?:(?:about|around|some|just|only|nearly|almost|over|under|roughly)\s+)?(?:\d|a record\b|"
    r"the (?:most|largest|highest|second)\b|more\b|fewer\b|less\b|well\b|strongly\b|poorly\b|better\b|worse\b)"
)
_POLL_WORDS = next(c.compiled for c in FIGURE_CUES if c.id == "p_poll")
# Cues that a number is an opinion share (a figure even where nothing says "poll").
_OPINION = frozenset({"cue:s_opinion", "cue:opinion_after"})

# A sentence that reports a poll (its sentence cues, or the wording of a vote intention), and one that
# reports a result; the passage's results talk (the ``p_election`` cue) matched sentence by sentence.
_POLL_SENTENCE = frozenset({"cue:s_poll", "cue:s_opinion", "cue:s_sample", "cue:s_moe"})
_POLL_REPORT = re.compile(
    r"\b(?:would (?:vote|back|support|choose|pick)|if (?:the |an |a )?(?:[a-z]+ )?(?:election|vote|referendum) "
    r"(?:were|was) (?:held|today)|(?:plan|intend)s? to vote|would (?:win|get|take|receive)|(?:likely|registered) voters|"
    rf"among (?:[a-z-]+ ){{0,3}}{POP_WORDS})\b"
)
# A sentence that tells a past vote's tally ("In the first round two weeks ago, X took 31.4%").
_PAST_TALLY = re.compile(
    r"\b(?:won|took|came (?:first|second|third|top)|finished|secured|garnered|captured|(?:first|second) round|"
    r"run-?off|ago|last (?:election|time|vote))\b"
)
_RESULT_SENTENCE = frozenset({"cue:s_election", "cue:s_result"})
# The polls of election day are polling stations, not surveys ("after the polls close at 8").
_POLLING_DAY = re.compile(
    r"\bpolls (?:close|closed|closes|open|opened|opens)\b|\bpolling (?:stations?|places?|booths?)\b"
)
_RESULTS_TALK = next(c.compiled for c in FIGURE_CUES if c.id == "p_election")


@dataclass(frozen=True, slots=True)
class Detected:
    num: Num
    prob: float
    features: dict[str, float]


class FigureContext:
    """Once-per-text facts of the figure stage: cues of each sentence and line, and of the passage."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self._sent: dict[int, dict[str, float]] = {}
        self._line: dict[int, dict[str, float]] = {}
        self._label: dict[str, tuple[str, ...]] = {}
        self._lone: dict[int, bool] = {}
        self._caption: dict[int, bool] = {}
        self._poll_sent: dict[int, bool] = {}

    @cached_property
    def passage(self) -> dict[str, float]:
        f: dict[str, float] = {}
        head = self.a.lower[:20_000]
        for c in CUES.get("passage", []):
            if c.search(head):
                f["cue:" + c.id] = 1.0
        if self.a.legacy.meta.pollster:
            f["p_pollster"] = 1.0
        if self.a.legacy.figures:
            f["p_legacy_any"] = 1.0
        # A results layout anywhere in the passage (labelled lines or cells that add up to a whole) is
        # poll evidence of its own, for toplines that never say "poll".
        places = self.a.layout.places
        whole_lines = [
            n.line
            for n, p in zip(self.a.numbers, places, strict=True)
            if (
                (p.block_whole or p.col_whole or p.col_part or (p.line_whole and p.label_items >= 3))
                and (_LETTER.search(p.gap_before) or (p.block >= 2 and _LETTER.search(p.row_label)))
            )
            or (p.stack_whole and _LETTER.search(p.row_label))
        ]
        # Rows of a table, each labelled and adding up to a whole across its cells ("Men 41 52 7"): a
        # crosstab with the answers across the top, which never says "poll" either.
        whole_rows = {
            n.line
            for n, p in zip(self.a.numbers, places, strict=True)
            if p.pos == 0 and p.count >= 2 and p.line_whole and _LETTER.search(p.gap_before)
        }
        if (len(whole_lines) >= 3 and len(set(whole_lines)) >= 2) or len(whole_rows) >= 3:
            f["p_layout_whole"] = 1.0
        if not f.keys() & {"cue:p_asked", "p_pollster"} and _RESULTS_WORDS.search(head):
            polls = [m for m in _POLL_WORDS.finditer(head) if not _TALLY_POLLED.match(head, m.start())]
            if not polls:
                f["p_results_only"] = 1.0
        if not_poll_frames.count_report(self.a):
            f["p_count_report"] = 1.0  # the count named, and no poll share quoted (not_poll_frames)
        if not_poll_frames.forecast_report(self.a):
            f["p_forecast_report"] = 1.0  # the shares are predictions (not_poll_frames)
        if not f.keys() & _POLL_EVIDENCE:
            # Nothing in the passage says a poll was taken: "11 percent of adults smoked" is a statistic.
            f["p_no_poll"] = 1.0
        return f

    def sentence(self, i: int) -> dict[str, float]:
        got = self._sent.get(i)
        if got is None:
            got = {}
            if self.a.sentences:
                s = self.a.sentences[i]
                low = self.a.lower[s.start : min(s.end, s.start + 600)]
                _SENTENCE_CUES.fire(low, got)
                if "cue:s_econ" in got and not economic(low, _ECON):
                    del got["cue:s_econ"]  # a poll's "45-37 deficit", "People Before Profit" (econ_words)
            self._sent[i] = got
        return got

    def poll_follow(self, i: int) -> bool:
        """Whether sentence ``i`` goes on with the poll the sentence before it reports and names no result:
        "... with the DA on 27pc and the MK party on 13pc. The EFF is on 8pc." """
        if i <= 0 or not self.a.sentences or not self.poll_sentence(i - 1):
            return False
        if self.sentence(i).keys() & _RESULT_SENTENCE:
            return False
        s = self.a.sentences[i]
        end = min(s.end, s.start + 600)
        return (
            _RESULTS_TALK.search(self.a.lower, s.start, end) is None
            and _PAST_TALLY.search(self.a.lower, s.start, end) is None
        )

    def poll_sentence(self, i: int) -> bool:
        """Whether sentence ``i`` reports a poll and no result: a pollster or survey named, an opinion verb,
        "would vote", "if the election were held", a sample or margin of error, and no votes counted, turnout,
        past result or seats won."""
        got = self._poll_sent.get(i)
        if got is None:
            got = False
            sents = self.a.sentences
            if sents:
                own = self.sentence(i)
                text = self.a.lower[sents[i].start : min(sents[i].end, sents[i].start + 600)]
                got = (
                    not own.keys() & _RESULT_SENTENCE
                    and not _POLLING_DAY.search(text)
                    and bool(own.keys() & _POLL_SENTENCE or _POLL_REPORT.search(text))
                    and not any(
                        _RESULTS_TALK.search(self.a.lower[s.start : min(s.end, s.start + 600)])
                        for s in sents[max(0, i - 1) : i + 2]
                    )
                )
            self._poll_sent[i] = got
        return got

    def line(self, i: int) -> dict[str, float]:
        got = self._line.get(i)
        if got is None:
            got = {}
            sp = self.a.lines[i]
            text = self.a.lower[sp.start : min(sp.end, sp.start + 400)]
            for c in CUES.get("line", []):
                if c.search(text):
                    got["cue:" + c.id] = 1.0
            self._line[i] = got
        return got

    def label(self, text: str) -> tuple[str, ...]:
        """The ``label`` cues a row label or the text before a number fires (a table row's numbers share
        one row label, so each distinct label is matched once)."""
        got = self._label.get(text)
        if got is None:
            low = text.lower()
            got = tuple(
                "cue:" + c.id for c in CUES.get("label", ()) if low and c.compiled.search(low) is not None
            )
            self._label[text] = got
        return got

    @cached_property
    def nets_whole(self) -> frozenset[int]:
        """The numbers of a topline list with net rows whose other rows add up to a whole ("Total
        support 57 / Strongly support 35 / Somewhat support 22 / Total oppose 38 / ... / Undecided 5"):
        the totals make the list add up to far more than a whole, so the block sum misses it."""
        a, places = self.a, self.a.layout.places
        out: set[int] = set()
        run: list[Num] = []
        last = -10

        def close() -> None:
            if len(run) < 3:
                return
            nets = [m for m in run if _NET_LABEL.search(places[m.index].gap_before)]
            if nets and len(nets) < len(run):
                rest = sum(m.value for m in run if m not in nets)
                if _WHOLE_LO <= rest <= _WHOLE_HI:
                    out.update(m.index for m in run)

        for li in sorted(a.numbers_by_line):
            nums = a.numbers_by_line[li]
            n = nums[0]
            p = places[n.index]
            ok = (
                len(nums) == 1
                and n.value <= 100
                and not p.signed
                and _LETTER.search(p.gap_before)
                and len(p.gap_before.split()) <= 8
                and not _LETTER.search(p.gap_after)
            )
            if ok and li - last <= 2 and a.blank_between(last, li):
                run.append(n)
            else:
                close()
                run = [n] if ok else []
            last = li
        close()
        return frozenset(out)

    @cached_property
    def grid_whole(self) -> frozenset[int]:
        """The numbers of a space- or tab-aligned table column (three or more consecutive rows) that adds
        up to about a whole, read by where the numbers stand on their lines, so that a row whose empty
        cells are printed "—" or "*" (not asked, under half a percent) stays in its column."""
        a, places = self.a, self.a.layout.places
        out: set[int] = set()
        run: list[int] = []
        last = -10

        def close() -> None:
            if len(run) < 3:
                return
            cols: list[tuple[int, int, list[Num]]] = []  # (lo, hi, members)
            for li in run:
                ls = a.lines[li].start
                line = a.text[ls : a.lines[li].end]
                for n in a.numbers_by_line[li]:
                    if _MONTH_END.search(a.text, max(ls, n.start - 12), n.start):
                        continue  # a header's date ("Sep 26"), not a cell
                    if "\t" in line:
                        k = line.count("\t", 0, n.start - ls)
                        lo, hi = k * 1000, k * 1000
                    else:
                        lo, hi = n.start - ls - 1, n.cand.mark_end - ls + 1
                    for j, (clo, chi, members) in enumerate(cols):
                        if lo <= chi and clo <= hi:
                            members.append(n)
                            cols[j] = (min(lo, clo), max(hi, chi), members)
                            break
                    else:
                        cols.append((lo, hi, [n]))
            for _, _, members in cols:
                vals = [m.value for m in members if m.value < 100 and not places[m.index].signed]
                rows = {m.line for m in members}
                if len(rows) >= 3 and len(vals) >= 3 and _WHOLE_LO <= sum(vals) <= _WHOLE_HI:
                    out.update(m.index for m in members if m.value < 100)

        for li in sorted(a.numbers_by_line):
            nums = a.numbers_by_line[li]
            p = places[nums[0].index]
            row = (
                len(nums) <= 12
                and p.cell is None
                and (_LETTER.search(p.gap_before) or _DATE_ROW.fullmatch(p.gap_before))
                and len(a.text[a.lines[li].start : a.lines[li].end].split()) <= 16
                and all(len(places[m.index].gap_after.split()) <= 2 for m in nums)
            )
            if row and li == last + 1:
                run.append(li)
            else:
                close()
                run = [li] if row else []
            last = li
        close()
        return frozenset(out)

    def lone_signed(self, n: Num) -> bool:
        """Whether the only signed numbers of a number's column sit on one summary line of its block
        ("Castillo (D) 49 / Vreeland (R) 44 / Undecided 7 / Castillo +5"): a lead under a list, not a
        change column."""
        got = self._lone.get(n.line)
        if got is None:
            a, places = self.a, self.a.layout.places
            shape = places[n.index].shape
            lines = [n.line]
            for step in (-1, 1):
                li = n.line + step
                while 0 <= li < len(a.lines):
                    nums = a.numbers_by_line.get(li)
                    if nums:
                        if places[nums[0].index].shape != shape:
                            break
                        lines.append(li)
                    elif a.text[a.lines[li].start : a.lines[li].end].strip():
                        break
                    li += step
            signed = [li for li in lines if any(places[m.index].signed for m in a.numbers_by_line[li])]
            got = len(signed) == 1 and len(lines) >= 3 and signed[0] in (min(lines), max(lines))
            got = got and signed[0] != n.line
            self._lone[n.line] = got
        return got

    @cached_property
    def grid(self) -> dict[int, tables.GridCell]:
        """Each number's cell in a tab- or space-aligned table under a header line (see tables.grid_cells)."""
        a = self.a
        return tables.grid_cells(
            a.text,
            [(s.start, s.end) for s in a.lines],
            {
                li: [(n.index, n.start, n.cand.mark_end) for n in nums]
                for li, nums in a.numbers_by_line.items()
            },
        )

    @cached_property
    def cells_whole(self) -> frozenset[int]:
        """The grid cells (see :func:`grid_cell`) of table rows whose grid cells add up to about a whole
        ("Abacus Data | June 8 | 41 | 38 | 9 | 7 | 2 | 2 | ±2.5 | 1,500 | 3": the party columns make 99)."""
        out: set[int] = set()
        for nums in self.a.numbers_by_line.values():
            cells = [n for n in nums if n.index in self.grid and grid_cell(self.a, n)]
            if len(cells) >= 2 and _WHOLE_LO <= sum(n.value for n in cells) <= _WHOLE_HI:
                out.update(n.index for n in cells)
        return frozenset(out)

    def result_caption(self, n: Num) -> bool:
        """Whether a table row's caption names an election result: the first lines without numbers above
        its block of same-shape rows (the header, then the title) say "result", "election", "turnout",
        "seats" and nothing of a poll, nor ask a question ("Official results, county council election")."""
        p = self.a.layout.places[n.index]
        if p.block < 2:
            return False
        got = self._caption.get(p.run)
        if got is None:
            a, by_line, places = self.a, self.a.numbers_by_line, self.a.layout.places
            li = n.line
            while li - 1 >= 0 and (
                not a.text[a.lines[li - 1].start : a.lines[li - 1].end].strip()
                or (li - 1 in by_line and places[by_line[li - 1][0].index].run == p.run)
            ):
                li -= 1
            got, seen, j = False, 0, li - 1
            while j >= 0 and seen < 2 and j not in by_line:
                line = a.text[a.lines[j].start : a.lines[j].end]
                if line.strip():
                    seen += 1
                    # (a question asked about an election, "How likely are you to vote in the
                    # election?", is a poll's caption)
                    if (
                        len(line) <= 120
                        and "?" not in line
                        and _ELECTION.search(line)
                        and not _POLL_WORD.search(line)
                    ):
                        got = True
                        break
                j -= 1
            self._caption[p.run] = got
        return got

    @cached_property
    def range_lists(self) -> frozenset[int]:
        """The numbers of a list of ranges: three or more bare dash pairs on lines running close together,
        each written low to high ("Party A: 72-82, Party B: 25-31", ...), at least one of which adds up past
        a whole. Two shares of one question never add up past a whole, and they are written either way
        round, so such a list is a projection's or forecast's ranges, which the labelling rules never count
        as shares."""
        out: set[int] = set()
        run: list[tuple[Num, Num]] = []

        def close() -> None:
            if (
                len(run) >= 3
                and all(lo.value < hi.value for lo, hi in run)
                and any(lo.value + hi.value > 101 for lo, hi in run)
            ):
                for lo, hi in run:
                    out.update((lo.index, hi.index))
            run.clear()

        for n in self.a.numbers:
            c = n.cand
            if c.partner is None or not c.first:
                continue
            mate = self.a.numbers[c.partner]
            if c.marked or self.a.text[c.mark_end : mate.start].strip() not in _RANGE_DASHES:
                continue  # ("44%-46%" is two shares; a projection's ranges are bare numbers)
            if run and n.line - run[-1][0].line > 2:
                close()
            run.append((n, mate))
        close()
        return frozenset(out)

    def split_pair(self, n: Num) -> bool:
        """Whether a number's pair partner sits in another cell of an aligned table ("9<tab>-49": a
        don't-know cell and the net cell after it are no "X-Y" split)."""
        if n.cand.partner is None:
            return False
        mate = self.a.numbers[n.cand.partner]
        first, second = (n, mate) if n.start < mate.start else (mate, n)
        return "\t" in self.a.text[first.cand.mark_end : second.start]

    @cached_property
    def cands(self) -> list[Candidate]:
        return [m.cand for m in self.a.numbers]

    @cached_property
    def legend(self) -> str | None:
        """What bracketed numbers stand for, when the passage says so ("last week's results in brackets")."""
        low = self.a.text
        k = max(low.find("parenthes"), low.find("brackets"))
        if k < 0:
            return None
        m = _LEGEND.search(low, max(0, k - 90), k + 12)
        return " ".join(m.group("w").split()).strip("( ") if m else None


def context(a: Analysis) -> FigureContext:
    return a.figure_context


def _windows(a: Analysis, n: Num) -> tuple[str, str]:
    """The lower-cased text just before the number and just after it (after its partner for the
    first of a pair), kept inside its sentence and line."""
    lo, hi = a.lines[n.line].start, a.lines[n.line].end
    if a.sentences:
        s = a.sentences[n.sentence]
        if s.start <= n.start < s.end:
            lo, hi = max(lo, s.start), min(hi, s.end)
    last = n
    if n.cand.partner is not None and n.cand.first:
        last = a.numbers[n.cand.partner]
    low = a.lower
    start = max(lo, n.start - WINDOW)
    before = low[start : max(start, n.start)]
    end = last.cand.mark_end
    # The words after a number end at the next number: in "Right track ...... 37% Wrong direction
    # ...... 54%" what follows 37 is the next answer's label, not a word about 37.
    nxt = a.layout.places[last.index]
    stop = end + len(nxt.gap_after) if nxt.pos + 1 < nxt.count else hi
    after = low[end : max(end, min(hi, stop, end + WINDOW))]
    if nxt.pos + 1 < nxt.count and stop <= end + WINDOW and a.layout.places[last.index + 1].signed:
        after = after.rstrip()[:-1]  # the next number's sign ("78   15   +63"), not a "65+" after this one
    return before, after


# Cues that a pair's second number takes from its first: "May 1-10", "aged 18-24", "between 20-30%".
_PAIR_SHARED = (
    "date_before",
    "range_before",
    "bound_before",
    "sample_before",
    "date_range_before",
    "ballot_result_before",
    "won_with_before",
)


# A month name just before a number reads as a date only for a day of the month: "Jan. 42-53" is a
# trend row's two shares, not a date.
_MONTH_END = re.compile(rf"\b(?:{MONTHS}|{WEEKDAYS})\.?,?\s*$", re.IGNORECASE)


def _no_day(before: str, v: float) -> bool:
    """Whether a date cue on a number is wrong: the number follows a month name but is no day."""
    return v > 31 and _MONTH_END.search(before) is not None


_NOT_SHARE = frozenset(
    "cue:" + c
    for c in (
        "moe",
        "moe_after",
        "points_after",
        "change_before",
        "change_after",
        "lead_before",
        "lead_noun_before",
        "won_with_before",
        "voted_verb_after",
        "bound_before",
        "range_before",
        "range_after",
        "rate_after",
        "rate_before",
        "of_thing_after",
        "unit_after",
        "sample_before",
        "date_before",
        "date_after",
        "ratio_after",
        "ratio_before",
        "money_before",
        "decimal_context",
        "mode_after",
        "weighted_before",
        "average_before",
        "stat_before",
        "votes_before",
    )
)


def not_share(fired: dict[str, float] | set[str]) -> bool:
    """Whether any cue says the number is not a share of respondents (an error, change, bound,
    rate, count, date, ratio or money)."""
    return any(k in _NOT_SHARE for k in fired)


# Column headers that say a table's numbers are no shares of respondents (tables.head_kind).
_HEAD_NOT_SHARE = frozenset({"moe", "change", "count", "date", "meta", "result"})

_PAIR_LEAD = re.compile(r"\s*(?:-?\s*points?\s+)?(?:lead|margin|advantage|edge|deficit)\b")


# The second side of a split with its own name between the two numbers ("Yes 52.5 - No 47.5", "Leave
# 48 to Remain 52"): a dash or "to" and one to three words.
_NAMED_GAP = re.compile(r"\s*(?:[-–—]|to)\s+[a-z][\w’'.&]*(?:\s+[a-z][\w’'.&]*){0,2}\s*$", re.IGNORECASE)


def _named_split(a: Analysis, n: Num, p: Place) -> bool:
    """Whether a bare number and its neighbour on the line are the two named sides of a split ("Yes 52.5 -
    No 47.5"): a name before the first, a dash or "to" and a name between them, about a whole between
    them, in a passage with poll evidence."""
    if n.cand.marked or p.count < 2 or "p_no_poll" in context(a).passage:
        return False
    row = a.numbers_by_line[n.line]
    first_pos = p.pos if _NAMED_GAP.fullmatch(p.gap_after) else p.pos - 1
    if first_pos < 0 or first_pos + 1 >= len(row):
        return False
    first, second = row[first_pos], row[first_pos + 1]
    fp = a.layout.places[first.index]
    return (
        fp.name_before
        and first.sentence == second.sentence
        and first.cand.partner is None
        and second.cand.partner is None
        and not second.cand.marked
        and _NAMED_GAP.fullmatch(fp.gap_after) is not None
        and 97 <= first.value + second.value <= 101
    )


def _joined_tight(a: Analysis, n: Num) -> bool:
    """Whether a pair is written "48/43" or "55-45" (no "to" between: "from 14% to 27%" is a change)."""
    other = a.numbers[n.cand.partner] if n.cand.partner is not None else n
    first, second = (n, other) if n.start < other.start else (other, n)
    return a.text[first.cand.mark_end : second.start].strip() in ("/", "-", "–", ":")


# A table row or column of an election's result, not a poll: "Election 2021 | 32.6 |", "| Result |".
# ("re-election" is no result: "Should be re-elected or replaced" tables of opinion hold the word)
_ELECTION = re.compile(
    r"\b(?<!re-)(?:elections?|result|results|actual|outcome|turnout|seats)\b", re.IGNORECASE
)
_POLL_WORD = re.compile(
    r"\b(?:poll|polls|survey|intention|intentions|would|if|next|preference|preferred|exit)\b", re.IGNORECASE
)


def _election_row(p: Place) -> bool:
    """Whether a table number sits in an election-result row or under an election-result column header
    (a pipe cell, or a row of a block of same-shape lines); "Voting intention, next election" is a poll."""
    if p.cell is None and p.block < 2:
        return False
    for label in (p.row_label, p.header or ""):
        # a row label or header is a few words: a longer "label" is prose around a stray pipe
        if label and len(label) <= 80 and _ELECTION.search(label) and not _POLL_WORD.search(label):
            return True
    return False


def _listed(p: Place) -> bool:
    """Whether a number sits in a list or table row, not in prose: short labels on either side ("Measure
    12 is losing in the latest survey, with 37% ..." is a sentence whose numbers happen to add up)."""
    return len(p.gap_before[-60:].split()) <= 5 and len(p.gap_after.split()) <= 5


_ALONE = re.compile(r"\s*\d{1,3}(?:\.\d+)?\s*%?\s*")
_CELL_LABEL = re.compile(r"\s*[^\W\d_][^\d?:]{0,40}")


def _line_text(a: Analysis, i: int) -> str:
    if not 0 <= i < len(a.lines):
        return ""
    s = a.lines[i]
    return a.text[s.start : s.end]


def stacked(a: Analysis, n: Num) -> bool:
    """A table flattened one cell per line: the number alone on its line under a short label line, next
    to another such pair ("Support\n63%\nOppose\n29%"). Reads at most four neighbouring lines."""
    i = n.line
    if not _ALONE.fullmatch(_line_text(a, i)) or not _CELL_LABEL.fullmatch(_line_text(a, i - 1)):
        return False
    if len(_line_text(a, i - 1).split()) > 5:
        return False
    before = _ALONE.fullmatch(_line_text(a, i - 2)) and _CELL_LABEL.fullmatch(_line_text(a, i - 3))
    after = _CELL_LABEL.fullmatch(_line_text(a, i + 1)) and _ALONE.fullmatch(_line_text(a, i + 2))
    return bool(before or after)


# A trend table's row labelled by its date alone ("11/2026", "2026-08", "10/3/26"): a label all the same.
_DATE_ROW = re.compile(r"\s*(?:\d{1,2}/(?:\d{1,2}/)?\d{2,4}|\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?)\s*[:|]?\s*")
# A bracketed change after a figure: "Labour 29 (+2)", "CON 18% (-1)", "NDP 10 (=)", "(nc)".
_CHANGE_NEXT = re.compile(
    r"\s*[(\[]\s*(?:[+\-−–±]\s*\d{1,2}(?:\.\d)?|=|nc|n/c|unch\.?|no change)\s*[)\]]", re.I
)
# An answer word right before a bare number in a clause: "(approve 54, disapprove 38)".
_ANSWER_WORD = re.compile(
    r"(?:^|[\s(,;:])(?:approve|disapprove|favou?rable|unfavou?rable|favou?r|support|oppose|yes|no|agree|"
    r"disagree|satisfied|dissatisfied|right direction|wrong track|better|worse|trust|distrust)\s*:?\s*$",
    re.IGNORECASE,
)


_ANSWER_AFTER = re.compile(
    r"\s*(?:approve|disapprove|favou?rable|unfavou?rable|support|oppose|yes|no|agree|disagree|satisfied|"
    r"dissatisfied|right direction|wrong track|better|worse|undecided|unsure|not sure)\b",
    re.IGNORECASE,
)


# "47 percent to 45": a split whose second side drops the percent sign.
_PCT_TO_BARE = re.compile(
    r"\s+to\s+(?P<v>\d{1,2}(?:\.\d)?)\b(?!\s*(?:%|per ?cent|pct|points?|pts|[-–/]\s*\d)|\.\d)", re.IGNORECASE
)
_BARE_AFTER_PCT = re.compile(
    r"(?<![\d.])(?P<v>\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent|pct\.?)\s+to\s+$", re.IGNORECASE
)
# A line that names its share: "Percent who rate the economy as good: 27", "Share saying yes ... 41".
_PERCENT_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:percent(?:age)?|pct\.?|share|%)\s+(?:of|who|that|saying|[a-z]+ing)\b", re.IGNORECASE
)


def pct_to_bare(a: Analysis, n: Num) -> bool:
    """Either side of "47 percent to 45" (the second side bare), adding up to at most a whole and not a
    change and the level it led to ("rose 3 percent to 45")."""
    c = n.cand
    if c.partner is not None or c.value > 100:
        return False
    if c.marked:
        m = _PCT_TO_BARE.match(a.text, c.mark_end, c.mark_end + 16)
        first = n.start
    else:
        m = _BARE_AFTER_PCT.search(a.text, max(0, n.start - 24), n.start)
        first = m.start() if m else n.start
    if m is None or c.value + float(m.group("v")) > 101:
        return False
    return _CHANGE_WORD.search(a.lower, max(0, first - 30), first) is None


def answer_line(a: Analysis, n: Num, p: Place) -> bool:
    """The first number of a line labelled by an answer option and a colon: "Wrong track: 67 percent"."""
    if p.pos != 0 or p.cell is not None:
        return False
    label = p.gap_before.strip()
    if not label.endswith(":") or len(label.split()) > 5:
        return False
    fired = context(a).label(label)
    return "cue:lab_answer" in fired and "cue:lab_not_poll" not in fired


def percent_label(p: Place) -> bool:
    """The last number of a line whose label says it is a percentage of people ("Percent who ...: 27")."""
    return p.pos == p.count - 1 and p.cell is None and _PERCENT_LABEL.match(p.gap_before) is not None


def _row_labelled(p: Place) -> bool:
    """Whether a number's row has a label: words, or a trend table's date alone."""
    return _LETTER.search(p.row_label) is not None or _DATE_ROW.fullmatch(p.row_label) is not None


def _date_first(p: Place) -> bool:
    """The first number of a row whose only label is a date ("11/2026   29   58   9")."""
    return p.pos == 0 and _DATE_ROW.fullmatch(p.gap_before) is not None


def before_change(a: Analysis, n: Num) -> bool:
    """A share followed by its change in brackets ("Labour 29 (+2)", "NDP 10 (=)")."""
    return _CHANGE_NEXT.match(a.text, n.cand.mark_end, n.cand.mark_end + 16) is not None


def _answer_side(p: Place) -> str | None:
    """Which side of a bare number an answer word sits on, right next to it ("approve 54", "54
    favorable"), or None."""
    if _ANSWER_WORD.search(p.gap_before[-30:]):
        return "before"
    if _ANSWER_AFTER.match(p.gap_after):
        return "after"
    return None


def answer_items(a: Analysis, n: Num, p: Place) -> bool:
    """A bare number with an answer word next to another such item on its line, the two adding up to at
    most a whole: "(approve 54, disapprove 38)", "(48 favorable, 42 unfavorable)"."""
    side = _answer_side(p)
    if side is None:
        return False
    line = a.numbers_by_line.get(n.line, [])
    for k in (p.pos - 1, p.pos + 1):
        if 0 <= k < len(line):
            m = line[k]
            q = a.layout.places[m.index]
            gap = q.gap_before if k > p.pos else p.gap_before
            if (
                not m.cand.marked
                and m.cand.partner is None
                and len(gap) <= 40
                and n.value + m.value <= 101
                and _answer_side(q) == side
            ):
                return True
    return False


def run_head(a: Analysis, n: Num, p: Place) -> bool:
    """The first of a run of three or more bare numbers that close a line, set apart by spaces alone and
    adding up to a whole, after the run's labels or a question ("... Definitely no Don't know 31 28 17 15
    9"): the first cell of the row its later numbers are columns of, however long the words before it."""
    if n.cand.marked or p.pos != 0 or p.count < 3 or not p.line_whole or not _LETTER.search(p.gap_before):
        return False
    line = a.numbers_by_line.get(n.line, [])
    places = a.layout.places
    return all(not m.cand.marked and m.cand.partner is None for m in line) and all(
        not places[m.index].gap_after.strip() for m in line
    )


def layout_rule(a: Analysis, n: Num, p: Place | None = None) -> str | None:
    """Which documented figure layout holds the number (see the module docstring), or None.

    For bare numbers this is the rule that admits them; percent-marked numbers in the same layouts
    get the same evidence (a topline's "Approve 44%" line, "720 36%").
    """
    c = n.cand
    p = p or a.layout.places[n.index]
    v = c.value
    if (
        v > 100
        or (v == 100 and not p.pct_above)  # (a whole under a printed unit is a cell: see unit_lines)
        or p.code
        or p.signed
        or p.paren_change
        or p.count_before_pct
        or p.col_count
        or (1900 <= v <= 2100 and v == int(v))
    ):
        return None
    if dated_reading(a, n):
        return "dated_reading"  # a trend table's best or worst reading with its wave's date (dated_readings)
    if n.index in flat_toplines.cells(a):
        return "flat_topline"  # a value of a topline flattened onto one line (see flat_toplines)
    if p.net_row:
        return "net_row"  # a row that prints each side's net beside its parts (see net_rows)
    if p.stack_row:
        # a cell of a table copied without its grid: a figure where its row or column makes a whole
        return "stacked_grid" if p.stack_whole else None
    if p.headed >= 0 and p.line_whole:
        return "headed_row"
    if p.cell is not None and p.cell_lead and not p.cell_words and not p.in_label_cell and _row_labelled(p):
        return "table_cell"
    if p.paren_after_num and (p.cell is not None or p.label_items > 0):
        return "earlier_in_brackets"
    if p.name_list or (
        not c.marked and a.sentences and written_decimal(a.text[n.start : n.end]) and _dec_list(a, n)
    ):
        return "name_list"  # ("Labour 27.9, Progress Party 23.4, Conservatives 14.2": decimals too)
    if c.partner is not None and not change_then_level(a, n) and not context(a).split_pair(n):
        other = a.numbers[c.partner].value
        if v + other <= 101 and (c.marked or (v >= 1 and other >= 1)):
            return "pair"
    if p.colon_pair and (p.count == 2 or p.name_before):
        return "pair"
    if p.leader:
        return "leader"
    if p.after_count:
        return "after_count"
    if (
        (c.marked or _listed(p))
        and (_LETTER.search(p.gap_before[-40:]) or _date_first(p))
        and (p.block_whole or p.col_whole or p.line_whole)
    ):
        return "label_list"
    # "Ortiz 31 / Lee 26 / Park 12 / ..." one name and its bare share a line, four or more lines that make
    # most of a whole: a topline that lists the main candidates only (under a subgroup's heading)
    if (
        p.col_part
        and p.block >= 4
        and p.count == 1
        and p.name_before
        and not p.gap_after.strip()
        and _listed(p)
    ):
        return "label_list"
    # A later column of a labelled row: in a block of rows whose column or line adds up to a whole, or a
    # row of three or more numbers set apart by spaces alone that adds up to a whole.
    if (
        p.pos > 0
        and _row_labelled(p)
        and not _LETTER.search(p.gap_before)
        and _listed(p)
        and ((p.block >= 2 and (p.col_whole or p.line_whole)) or (p.line_whole and p.count >= 3))
    ):
        return "column"
    if run_head(a, n, p):
        return "column"
    if p.pct_above and _row_labelled(p):
        return "percent_above"  # a later row of a table that marks its first row only (percent_once)
    if p.flat_row and p.flat_whole:
        return "flat_row"
    # "Education 48 (51)": a labelled row's figure before its earlier reading in brackets
    if p.has_paren_next and p.pos == 0 and p.block >= 2 and _LETTER.search(p.row_label) and _listed(p):
        return "before_brackets"
    if p.count == 1 and stacked(a, n):
        return "stacked"
    if _LETTER.search(p.gap_before[-40:]) and _listed(p) and before_change(a, n):
        return "before_change"
    if answer_items(a, n, p):
        return "answer_items"
    if n.index in context(a).nets_whole:
        return "nets_list"
    if n.index in context(a).grid_whole and _row_labelled(p) and _listed(p):
        return "grid_column"
    if pct_to_bare(a, n):
        return "pct_to_bare"
    if answer_line(a, n, p):
        return "answer_line"
    if percent_label(p):
        return "percent_label"
    if grid_cell(a, n):
        return "grid_cell"
    if shares_marker(a, n):
        return "shares_marker"
    if parallel_share(a, n):
        return "parallel_share"  # "41 percent backed Ortiz and 38 for Lee" (parallel_shares)
    if change_level(a, n) and "cue:s_econ" not in context(a).sentence(n.sentence):
        return "change_level"  # "edging up a point to 27", "from 31 percent to 26" (change_levels)
    if n.index in row_runs.whole_runs(a):
        return "row_run"  # a poll table's row with its shares mid-line, before its other columns (row_runs)
    return None


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _word_before(a: Analysis, n: Num) -> str | None:
    m = _LAST_WORD.search(a.layout.places[n.index].gap_before[-24:])
    return m.group(1).lower() if m else None


def shares_marker(a: Analysis, n: Num) -> bool:
    """A bare number in a sentence that lists shares after one word, with the percent sign written on
    another item only: "Brothers of Italy is on 30.4, the Democrats on 22.1 and Forza Italia on 8.9 per
    cent", "has him at 41 percent and his challenger at 44"."""
    c = n.cand
    if c.marked or c.partner is not None or not a.sentences:
        return False
    word = _word_before(a, n)
    if word not in _LIST_WORDS:
        return False
    return any(
        m.cand.marked and not m.cand.spelled and m.index != n.index and _word_before(a, m) == word
        for m in a.numbers_by_sentence.get(n.sentence, ())
    )


# The words a list of shares repeats before each item ("on 30.4, ... on 8.9 per cent").
_LIST_WORDS = frozenset({"on", "at", "with"})


def grid_cell(a: Analysis, n: Num) -> bool:
    """A number alone in its cell of a tab- or space-aligned table, under a column header that names an
    answer, party, candidate, group or wave (not a sample, margin, lead, date, pollster or result), in
    a row whose first cell has words: "Reform UK   27   16   29" under "Total   London   Rest of South"."""
    g = context(a).grid.get(n.index)
    return (
        g is not None
        and g.pure
        and bool(g.header)
        and tables.head_kind(g.header) == "plain"
        and _LETTER.search(g.row_label) is not None
    )


def _before_scan(cue: Cue) -> tuple[str, str, SearchFn, SearchFn | None, int]:
    """A ``before`` cue as (id, feature, search, trigger, reach). The trigger finds where any literal
    word every match starts with occurs (see scan.literal_starts): with none in the tail the cue
    cannot match, and one pass of the small trie regex is cheaper than trying the pattern."""
    words = literal_starts(cue.compiled) if not cue.compiled.flags & re.IGNORECASE else None
    trigger = re.compile(trie_regex(words)).search if words else None
    return cue.id, "cue:" + cue.id, cue.compiled.search, trigger, REACH.get(cue.id, SHORT_REACH)


SearchFn = Callable[[str, int], "re.Match[str] | None"]
_BEFORE = tuple(_before_scan(c) for c in CUES.get("before", ()))


def _word_cues() -> dict[int, frozenset[str]]:
    """The ``before`` cues (by index) whose every match opens on ``\\b`` and then one of their literal
    start words, each opening on a word character: their start words can only count at word starts."""
    out: dict[int, frozenset[str]] = {}
    for i, c in enumerate(CUES.get("before", ())):
        rx = c.compiled
        words = literal_starts(rx) if not rx.flags & (re.IGNORECASE | re.ASCII) else None
        if words and all(_WORD_CHAR.match(w) for w in words) and opens_on_boundary(rx):
            out[i] = words
    return out


_WORD_CHAR = re.compile(r"\w")
_WORD_CUES = _word_cues()
# One pass per window finds the word starts where any of those cues' start words is written: at each,
# the longest such word (longest_first), whose prefixes are all the start words written there. So the
# cues a word start can fire are those with a start word that the longest word begins with.
_START_WORDS = sorted({w for ws in _WORD_CUES.values() for w in ws})
_WORD_STARTS = re.compile(r"\b(?=(" + longest_first(_START_WORDS) + "))") if _START_WORDS else None
_CUES_OF_WORD = {
    w: tuple(i for i, ws in _WORD_CUES.items() if any(w.startswith(x) for x in ws)) for w in _START_WORDS
}
# The cues read every time: no start words, or some that need not follow a word boundary.
_OTHER_CUES = frozenset(i for i in range(len(_BEFORE)) if i not in _WORD_CUES)
_BEFORE_REACH = tuple(scan[4] for scan in _BEFORE)
_MAX_REACH = max(_BEFORE_REACH, default=0)


def _needing_cues() -> dict[int, frozenset[str]]:
    """Of the other cues, those (by index) with literal words one of which every match holds, written
    as they must be (:func:`needed_words`, case-sensitive patterns only)."""
    out: dict[int, frozenset[str]] = {}
    for i in sorted(_OTHER_CUES):
        got = needed_words(CUES["before"][i].compiled)
        if got is not None and not got[1]:
            out[i] = got[0]
    return out


# One pass per window finds, at each offset, the longest of those needed words written there
# (longest_first in a lookahead, so overlapping words are all seen); every needed word written at that
# offset is a prefix of it. A needing cue is tried only where one of its words starts within its reach
# (the match lies between the search's start and the window's end, and so does every word it holds).
_NEEDING = _needing_cues()
_NEEDED_WORDS = sorted({w for ws in _NEEDING.values() for w in ws})
_NEEDED_AT = re.compile("(?=(" + longest_first(_NEEDED_WORDS) + "))") if _NEEDED_WORDS else None
_CUES_NEEDING = {
    w: tuple(i for i, ws in _NEEDING.items() if any(w.startswith(x) for x in ws)) for w in _NEEDED_WORDS
}
_ALWAYS_CUES = _OTHER_CUES - frozenset(_NEEDING)
_MAX_NEEDING_REACH = max((_BEFORE_REACH[i] for i in _NEEDING), default=0)


def _words_within_reach(
    finder: re.Pattern[str], cues_of: dict[str, tuple[int, ...]], most: int, before: str, todo: set[int]
) -> None:
    """Add to ``todo`` the cues of each word ``finder`` (one lookahead pass, its group 1 the word) finds
    in the last ``most`` characters of ``before``, where the word starts within the cue's reach."""
    n, reach = len(before), _BEFORE_REACH
    for m in finder.finditer(before, n - most if n > most else 0):
        back = n - m.start()
        for i in cues_of[m.group(1)]:
            if back <= reach[i]:
                todo.add(i)


def _fire_before(before: str, into: dict[str, float], only: tuple[str, ...] | None = None) -> None:
    """Fire the ``before`` cues (anchored at the window's end) on the last :data:`REACH` characters
    the cue can need: the regex engine tries every start, so a short tail keeps this cheap.

    The cues whose matches open on a word (see :data:`_WORD_CUES`) are tried only where one pass over
    the window found one of their start words at a word start within their reach: exactly the cues
    whose trigger would have found a word a match can open on. The features are set in the cues'
    order, as trying each in turn did (a feature dict's order is the order its weights are summed in)."""
    n = len(before)
    todo = set(_ALWAYS_CUES if _NEEDED_AT is not None else _OTHER_CUES)
    if _NEEDED_AT is not None:
        _words_within_reach(_NEEDED_AT, _CUES_NEEDING, _MAX_NEEDING_REACH, before, todo)
    if _WORD_STARTS is not None:
        _words_within_reach(_WORD_STARTS, _CUES_OF_WORD, _MAX_REACH, before, todo)
    for i in sorted(todo):
        cue_id, key, search, trigger, reach_i = _BEFORE[i]
        if only is not None and cue_id not in only:
            continue
        start = n - reach_i if n > reach_i else 0
        if (i in _WORD_CUES or trigger is None or trigger(before, start) is not None) and search(
            before, start
        ) is not None:
            into[key] = 1.0


def _after_pattern(k: int) -> re.Pattern[str]:
    """The ``after`` cues k, k+1, ... in order as one pattern, each a named group ``c<j>`` (see
    :func:`_fire_after`); compiled when first needed (the longer ones take a few milliseconds each)."""
    got = _AFTER_CHAIN[k]
    if got is None:
        got = _AFTER_CHAIN[k] = re.compile(
            "|".join(f"(?P<c{j}>{_AFTER[j].pattern})" for j in range(k, len(_AFTER))), _AFTER[k].flags
        )
    return got


_AFTER = tuple(CUES.get("after", ()))
assert len({c.flags for c in _AFTER}) <= 1, "the after cues are chained: they must share their flags"
_AFTER_KEYS = tuple("cue:" + c.id for c in _AFTER)
_AFTER_CHAIN: list[re.Pattern[str] | None] = [None] * len(_AFTER)


def _fire_after(after: str, into: dict[str, float]) -> None:
    """Fire the ``after`` cues in their order, as ``cue.compiled.match(after)`` for each would: they
    are matched at the window's start, so where the pattern of cues k, k+1, ... matches, its group
    names the first of them that matches there (the ones before it do not), and the chain goes on
    after it. One call per cue that fires (plus one) instead of one per cue."""
    k, count = 0, len(_AFTER)
    while k < count:
        m = (_AFTER_CHAIN[k] or _after_pattern(k)).match(after)
        if m is None:
            return
        j = int(m.lastgroup[1:]) if m.lastgroup else next(i for i in range(k, count) if m.start(f"c{i}") >= 0)
        into[_AFTER_KEYS[j]] = 1.0
        k = j + 1


def bare_rule(a: Analysis, n: Num, p: Place | None = None) -> str | None:
    """The documented shape that makes a bare number a figure, or None (percent-marked: None)."""
    if n.cand.marked:
        return None
    return layout_rule(a, n, p)


def _bucket(v: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if v <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def figure_features(a: Analysis, n: Num) -> dict[str, float]:
    """The features of one number: its shape, layout and the cues around it (see the module doc)."""
    c = n.cand
    f: dict[str, float] = {}
    f["legacy_kept"] = 1.0 if n.legacy is not None else 0.0
    split = context(a).split_pair(n)
    shape = "m" if c.marked else ("p" if c.partner is not None and not split else "b")
    f["shape=" + shape] = 1.0
    if c.value > 100:
        f["over_100"] = 1.0
        return f
    if 1900 <= c.value <= 2100 and c.value == int(c.value):
        f["year_like"] = 1.0
        return f
    ctx = context(a)
    p = a.layout.places[n.index]
    cross = shape != "m"

    def add(key: str) -> None:
        f[key] = 1.0
        if cross:
            f["b:" + key] = 1.0

    if c.spelled:
        f["spelled"] = 1.0
    # A table row whose answer cells add up to a whole says its small and decimal cells are shares too.
    whole_row = bool(ctx.grid) and n.index in ctx.cells_whole
    decimal = c.value != int(c.value) and not whole_row
    if c.value == 0:
        add("zero")
    elif c.value <= 3 and not whole_row:
        add("small")
    if c.value == 100 and not p.pct_above:
        # (a cell of a row under a printed unit is a share though it is a whole: a party's own voters)
        add("hundred")
    stepped = change_then_level(a, n)
    if stepped:
        add("change_to_level=" + ("change" if c.first else "level"))
    if c.partner is not None and not stepped and not split:
        other = a.numbers[c.partner].value
        add("pair")
        if 99 <= c.value + other <= 101:
            add("pair_whole")
        elif c.value + other < 50 and not (p.block >= 2 and p.name_before):
            # (a block of "Name: 22/19" rows is lesser-known names' favourable/unfavourable ratings)
            add("pair_small")  # "9/11", "1-2": no two shares of one question leave half the people out
        first, second = (n, a.numbers[c.partner]) if c.first else (a.numbers[c.partner], n)
        add("pair_join=" + _JOIN.get(a.text[first.cand.mark_end : second.start].strip().lower(), "word"))
    elif _named_split(a, n, p):
        # weighed like the bare pair it is ("Yes 52.5 - No 47.5" is "52.5-47.5" with its sides named)
        add("pair")
        add("pair_whole")
        add("pair_named")
    # cues
    fired: dict[str, float] = {}
    before, after = _windows(a, n)
    _fire_before(before, fired)
    if "cue:date_before" in fired and _no_day(before, c.value):
        del fired["cue:date_before"]
    _fire_after(after, fired)
    flat = flat_toplines.read(a)
    if n.index in flat.cells:
        # the dates around a flattened topline's value label its row or the next one, not the value
        fired.pop("cue:date_before", None)
        fired.pop("cue:date_after", None)
    if c.partner is not None and not c.first:
        first_before, _ = _windows(a, a.numbers[c.partner])
        dated = "cue:date_before" in fired
        _fire_before(first_before, fired, _PAIR_SHARED)
        if not dated and "cue:date_before" in fired and _no_day(first_before, a.numbers[c.partner].value):
            del fired["cue:date_before"]
    # a later number of a row set apart by spaces reads the row's label too ("Composition of LV 100% 47% 53%")
    row_cell = p.cell is not None or (p.pos > 0 and not _LETTER.search(p.gap_before))
    for k in ctx.label(p.row_label if row_cell else p.gap_before[-50:]):
        fired[k] = 1.0
    if not before.strip() and _QUESTION_NUMBER.match(after):
        add("question_number")  # "17. Do you approve or disapprove ...": the question's number
    if c.marked and _POLLED_BEFORE.search(before) and _IN_POLL_AFTER.match(after):
        # "Labour polled 27.5% in the latest Norstat survey": "polled" is the poll's verb here, not a
        # tally's ("the Congress polled about 19 per cent") nor a sample's ("polled 1,000 voters")
        for k in _POLLED_CUES:
            fired.pop(k, None)
    if _YEAR_OWNS.search(before) and _SHARE_NOUN.match(after):
        fired["cue:year_share_after"] = 1.0  # "2017's 28% vote share"
    past = past_result(fired, ctx.sentence(n.sentence))
    # ("of the vote" says something only after a past tally: "would win 38pc of the vote" is a poll's share)
    fired.pop("cue:vote_after", None)
    for k in fired:
        add(k)
    if past:
        add("past_result")
    # A decimal is rarely a poll share in the training text (rates, results, indexes), but many pollsters
    # outside the US print one decimal: only a decimal without a share's evidence (a party or answer named
    # just before it, a list of named decimals that adds up to at most a whole, a share of a population, a
    # split that makes a whole) is weighed as "a decimal"; the others are weighed like whole numbers.
    rule = layout_rule(a, n, p)
    if decimal and not decimal_evidence(a, n, fired, rule):
        add("fraction")
    if (
        not c.marked
        and rule is None
        and not a.line_text(n.line).strip(" \t|*-").replace(a.text[n.start : n.end], "", 1)
    ):
        # a bare number alone on its line in no table shape: a comment's score, a count, a page number
        add("lone_bare")
    against = fired
    drop: set[str] = set()
    written_pair = c.partner is not None and _joined_tight(a, n)
    if written_pair:
        # "he's up 48/43 on Rubio", "leads 55-45", "by a 55-41 margin", "a 52-45 lead": a written pair
        # is the two shares, and the change or lead is the difference between them.
        drop.add("cue:change_before")
        if _PAIR_LEAD.match(after):
            drop.add("cue:change_after")
    if "cue:lead_noun_before" in fired and told_with_lead(a, n, written_pair=written_pair):
        drop.add("cue:lead_noun_before")  # "the lead over X stood at 41-27", "in the lead at 36.4 per cent"
    if drop:
        against = {k: v for k, v in fired.items() if k not in drop}
    g = ctx.grid.get(n.index)
    head = tables.head_kind(g.header) if g is not None and g.header else None
    if head is not None and head != "plain":
        add("grid_head=" + head)
    rejected = (
        # (a "net" column over a side's total is no net score where the row holds the total's parts: net_rows)
        (head in _HEAD_NOT_SHARE and not (p.net_row and head == "change"))
        or not_share(against)
        or age_band(a, n)
        or p.signed
        or p.count_before_pct
        or (p.col_signed and not context(a).lone_signed(n) and not lead_side(a, n))
        or p.paren_change
        or p.col_count
        or p.code
        or p.label_num
        or n.index in exit_rows.label_numbers(a)  # "30-44" of an exit poll's row "30-44 (24%)"
        or _election_row(p)
        or ctx.result_caption(n)
        or n.index in flat.items
    )
    if rejected:
        add("not_share")
    if rule is not None and not rejected:
        add("layout_rule")
        add("layout_rule=" + rule)
    # layout
    add(
        "pos="
        + ("only" if p.count == 1 else "first" if p.pos == 0 else "last" if p.pos == p.count - 1 else "mid")
    )
    for key in (
        "signed",
        "count_before_pct",
        "after_count",
        "in_parens",
        "paren_after_num",
        "has_paren_next",
        "leader",
        "name_before",
        "name_list",
        "colon_pair",
        "paren_change",
        "line_whole",
        "block_whole",
        "col_whole",
        "col_signed",
        "col_count",
        "cell_words",
        "in_label_cell",
        "flat_row",
        "flat_whole",
        "stack_row",
        "stack_whole",
        "code",
    ):
        if getattr(p, key):
            add(key)
    if p.headed >= 0:
        add("headed_row")  # a cell of a crosstab under a header of run-together options (run_headers)
    if p.label_items >= 2:
        add("label_items>=2")
    if _LETTER.search(p.gap_before[-40:]):
        add("label_before")
    if p.block >= 2:
        add("block")
    if p.cell is not None:
        add("cell")
        if p.col:
            add("cell_later_col")
        if p.cell_pure:
            add("cell_pure")
        if p.header:
            if _HEAD_NOT_POLL.search(p.header):
                add("header_not_poll")
            if _HEAD_CHANGE.search(p.header):
                add("header_change")
            if _HEAD_COUNT.search(p.header):
                add("header_count")
    for k in ctx.sentence(n.sentence):
        add(k)
    for k in ctx.line(n.line):
        add(k)
    f.update(ctx.passage)
    if "cue:p_election" in f and (ctx.poll_sentence(n.sentence) or ctx.poll_follow(n.sentence)):
        # Results talk elsewhere in the passage says little about a share in a sentence that reports a poll
        # ("turnout was 58% in 2021 ... the survey puts Labour on 34%"): the fit weighs that case on its own.
        del f["cue:p_election"]
        f["p_election_poll"] = 1.0
    if fired.keys() & _OPINION_AT and ("cue:s_econ" in f or "cue:p_econ" in f):
        # An opinion held by a share ("named as a serious concern by 44 per cent", "60% say tariffs hurt")
        # is a poll figure whatever economics its sentence or passage talks about: weighed on its own.
        for k in ("cue:s_econ", "b:cue:s_econ", "cue:p_econ"):
            f.pop(k, None)
        f["econ_opinion"] = 1.0
    sent = ctx.sentence(n.sentence)
    if "cue:s_summary" in sent and _summary_clause(a, n):
        add("summary_clause")
    # a count of votes or a prediction told in the number's clause or over its table (not_poll_frames)
    counted = not_poll_frames.count_clause(a, n)
    if counted is not None:
        add(counted)
    told = not_poll_frames.forecast_clause(a, n, fired)
    if told is not None:
        add(told)
    return f


# A past election's year owning the share, and the share named after it: "2017's 28% vote share".
_YEAR_OWNS = re.compile(r"\b(?:19|20)\d\d(?:'s|’s)\s*$")
_SHARE_NOUN = re.compile(r"\s*(?:vote share|share of (?:the )?votes?)\b")


# A clause whose subject is a summary of answers or of polls, however far its numbers stand from it:
# "Our polling average now has approval at 41.6 percent and disapproval at 55.2 percent", "The mean
# perceived probability of losing one's job in the next 12 months rose to 14.0 percent".
_SUMMARY = re.compile(
    r"\b(?:poll(?:ing|s)? averages?|average of (?:the |recent |all |the latest )?(?:polls|surveys)|polls? of polls|"
    r"polling aggregates?|aggregate of (?:the )?polls|median|the mean|mean (?:perceived|expected|estimated?|score|"
    r"rating|value|response|answer))\b(?:[^.;:]|\.\d){0,200}$"
)


def _summary_clause(a: Analysis, n: Num) -> bool:
    s = a.sentences[n.sentence]
    start = max(s.start, n.start - 240)
    return _SUMMARY.search(a.lower, start, n.start) is not None


# A party, candidate or answer named right before a number, with at most "on", "at", "with" or a bracket
# between ("PSOE 32.6%", "the PP on 26.8%", "Poilievre (26.1%)", "others 6.4"), matched in the text's own case.
_DEC_NAME = re.compile(
    r"(?:\b(?:[A-ZÀ-ÖØ-Þ][\w'’.&/-]*|d['’]\w+|of|du|de|la|le)\s+){0,3}?(?:\b[A-ZÀ-ÖØ-Þ][\w'’.&/-]*|\b(?:others?|undecided|"
    r"don['’]t know|none|yes|no))(?:['’]s)?(?:\s+(?:stays|stands|sits|is|are)?\s*(?:on|at|with))?\s*[(:]?\s*$"
)
# Capitalised words that open a sentence or name a time or a measure, not a party or an answer.
_DEC_NOT_NAME = re.compile(
    rf"^(?:the|a|an|in|at|on|of|by|and|but|or|it|its|this|that|some|just|about|turnout|inflation|"
    rf"unemployment|gdp|average|total|share|rate|{MONTHS}|{WEEKDAYS})$",
    re.IGNORECASE,
)
_DEC_SHARE_CUES = frozenset(
    {"cue:of_pop_after", "cue:opinion_after", "cue:support_after", "cue:yes_no_after"}
)


@per_number
def _dec_named(a: Analysis, n: Num) -> bool:
    s = a.sentences[n.sentence] if a.sentences else None
    lo = max(a.lines[n.line].start, s.start if s is not None and s.start <= n.start else 0, n.start - 40)
    m = _DEC_NAME.search(a.text, lo, n.start)
    if m is None:
        return False
    words = re.findall(r"[\w'’.&/-]+", m.group(0))
    names = [w for w in words if w[:1].isupper() or w.lower() in ("others", "other", "undecided")]
    return bool(names) and not _DEC_NOT_NAME.match(names[-1].strip(".'’"))


# A sentence about an average across polls or weeks ("the poll of polls, which averages the last four weeks
# of surveys, has X at 29.8 and Y at 22.4"): its named decimals are a summary, not one poll's shares.
_AVERAGING = re.compile(r"\b(?:averag\w*|polls? of polls|aggregat\w*|rolling)\b")


def _dec_list(a: Analysis, n: Num) -> bool:
    """Whether a decimal is one of two or more named decimals of its sentence that together make at most a
    whole ("Labour 27.9, Progress Party 23.4, Conservatives 14.2, …"): shares of one question."""
    cache = cast("dict[int, bool]", a.memo.setdefault(("dec_list", None), {}))
    got = cache.get(n.sentence)
    if got is None:
        places = a.layout.places
        sib = [
            m
            for m in a.numbers_by_sentence.get(n.sentence, [])
            if written_decimal(a.text[m.start : m.end]) and m.value <= 100 and not places[m.index].signed
        ]
        s = a.sentences[n.sentence]
        got = cache[n.sentence] = (
            len(sib) >= 2
            and _AVERAGING.search(a.lower, s.start, s.end) is None
            and sum(m.value for m in sib) <= _WHOLE_HI
            and sum(1 for m in sib if _dec_named(a, m)) >= 2
        )
    return got and written_decimal(a.text[n.start : n.end])


# The table layouts whose rows and columns are an answer's shares (not a list in a sentence).
_TABLE_RULES = frozenset(
    {
        "table_cell",
        "column",
        "percent_above",
        "grid_cell",
        "grid_column",
        "stacked_grid",
        "flat_row",
        "row_run",
    }
)


def table_shares(p: Place) -> bool:
    """Whether a table number's row or column adds up to a whole, or to most of one (a table of the main
    parties that leaves the small ones out): shares, where rates and indexes rarely add up so."""
    return p.line_whole or p.col_whole or p.stack_whole or p.line_part or p.col_part


def decimal_evidence(
    a: Analysis, n: Num, fired: dict[str, float], rule: str | None = None
) -> tuple[str, ...]:
    """The signs that a decimal number is a share of respondents rather than a rate, a result or an index
    (see :func:`figure_features`): among them a bare cell of a table (not a "Label: 44.4%" list, the
    shape of election results) whose row or column adds up like shares (pollsters outside the US print
    their tables with one decimal)."""
    out: list[str] = []
    if (
        not n.cand.marked
        and rule in _TABLE_RULES
        and (rule == "row_run" or table_shares(a.layout.places[n.index]))
    ) or (rule == "flat_topline" and flat_toplines.cells(a)[n.index].whole):
        out.append("table")
    if a.sentences and _dec_list(a, n):
        out.append("list")
    if fired.keys() & _DEC_SHARE_CUES:
        out.append("of_people")
    c = n.cand
    if c.partner is not None and 99 <= c.value + a.numbers[c.partner].value <= 101:
        out.append("split_whole")
    return tuple(out)


def wave_of(a: Analysis, n: Num) -> str | None:
    """The earlier (or other) wave a figure belongs to, or None for the passage's main poll.

    A bracketed number after a figure in a row ("53 (55)") is the earlier reading the passage's
    legend names ("last week's results in brackets"); a number under a date column header of a
    trend table belongs to that date's wave; otherwise the prose says it ("up from 23% last month").
    """
    flat = flat_toplines.cells(a).get(n.index)
    if flat is not None:
        return flat.wave
    dated = reading_wave(a, n)
    if dated is not None:
        return dated
    p = a.layout.places[n.index]
    if p.paren_after_num and (p.cell is not None or p.label_items > 0 or p.count > 2) and not _restated(a, n):
        return context(a).legend or "earlier wave"
    if p.header_date:
        return p.header_date
    if n.legacy is not None and n.legacy.when:
        return n.legacy.when
    if not a.sentences:
        return None
    s = a.sentences[n.sentence]
    return waves.wave_of(a.text, context(a).cands, n.index, s.start, s.end) or _earlier_poll_clause(a, n)


def _restated(a: Analysis, n: Num) -> bool:
    """ "Sixty-two percent (62%)": the bracketed digits repeat the spelled-out number before them, so it
    is the same reading written twice (one group), not an earlier one ("Labour 36 (36)" is unchanged).
    So does a share after a proportion in words: "four in 10 (39%)", "one out of 5 (21%)" give the
    bracketed percentage as the proportion's exact value; the number before the bracket is its base."""
    if n.index == 0:
        return False
    before = a.numbers[n.index - 1]
    if _PROPORTION_BASE.search(a.text, max(0, before.start - 12), before.start):
        return True
    return abs(before.value - n.value) < 1e-6 and a.text[before.start : before.start + 1].isalpha()


# The words before a proportion's base: "four in 10", "one out of 5".
_PROPORTION_BASE = re.compile(r"\b(?:in|out\s+of)\s+$", re.IGNORECASE)


# "…up from a single point in the group's January poll, when X had 45 percent…": the clause before a
# figure names an earlier poll (a month's, last week's, the previous one).
_EARLIER_POLL = re.compile(
    rf"\b(?P<when>(?:(?:{MONTHS})\b|last\s+(?:week|month|year)['’]?s?|(?:the\s+)?(?:previous|prior|earlier|"
    r"last|preceding))[^,;.()]{0,24}?\b(?:poll|survey|wave|reading)s?)\b(?P<rest>[^;.()]*)$",
    re.IGNORECASE,
)


_EARLIER_KEYS = ("poll", "survey", "wave", "reading")
# A new clause opening after the earlier poll's mention (", and ...", ", while ..."), not "when" nor a name.
_NEW_CLAUSE = re.compile(r"\s*,?\s*(?:and|but|while|whereas)\b", re.IGNORECASE)


@per_number  # a sentence's later figures ask it again of the ones before them
def _earlier_poll_clause(a: Analysis, n: Num) -> str | None:
    """The earlier poll named just before a figure in its sentence, with nothing but a comma, "when" or a
    name between (the figure is that poll's reading), else None."""
    s = a.sentences[n.sentence]
    lo = max(s.start, n.start - 120)
    prev = [m for m in a.numbers_by_sentence.get(n.sentence, []) if m.index < n.index]
    if prev:
        lo = max(lo, prev[-1].cand.mark_end)
    fold = a.folded  # every match names a poll, survey, wave or reading: most clauses name none
    named = fold is None or any(fold.find(w, lo, n.start) >= 0 for w in _EARLIER_KEYS)
    m = _EARLIER_POLL.search(a.text, lo, n.start) if named else None
    if m is None and prev:
        # "…when X had 45 percent to Y's 44 percent": the second reading belongs to the same poll.
        gap = a.text[prev[-1].cand.mark_end : n.start]
        if len(gap.split()) <= 6 and not re.search(r"[,;]|\bwhile\b|\bwhereas\b", gap):
            return _earlier_poll_clause(a, prev[-1])
        return None
    if m is None or len(m.group("rest").split()) > 8:
        return None
    if _NEW_CLAUSE.match(m.group("rest")):
        # "down from 41 per cent in the last poll, and Labour is on 30 per cent": the poll is the time of
        # the reading before it; a new clause with its own subject gives this poll's reading.
        return None
    when = " ".join(m.group("when").split())
    if when.split()[0].lower() not in _EARLIER_WORDS and not _COMPARED.search(a.text, s.start, m.start()):
        return None  # "the March Quinnipiac poll finds 45%" names the main poll by its month
    if _CHANGES_ON.search(a.text, max(s.start, m.start() - 40), m.start()):
        return None  # "with changes on the previous poll: Reform 31 (+2)" names what the changes are from
    if _OWN_CHANGE.match(a.text, n.cand.mark_end, min(s.end, n.cand.mark_end + 40)):
        # "compared with the last poll, the figures are: Party A 36 per cent (up one point)": a figure given
        # with its own change is the current reading, and the poll named before it is what it moved from.
        return None
    return when


# "changes on / since / from the previous poll": a legend for the changes beside the figures that follow.
_CHANGES_ON = re.compile(
    r"\bchanges?\s+(?:on|since|from|over|against|compared\s+(?:to|with))\s+$", re.IGNORECASE
)


# A change given right after a figure, bracketed or after a comma: "(up one point)", "(-3)", ", unchanged".
_OWN_CHANGE = re.compile(
    r"\s*(?:per\s*cent|percent|pc)?\s*[(,]\s*(?:(?:up|down)\s+(?:by\s+)?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a)\b|[+\-−–]\s*\d|no\s+change\b|unchanged\b|steady\b|nc\b|n/c\b)",
    re.IGNORECASE,
)


_EARLIER_WORDS = frozenset({"last", "previous", "prior", "earlier", "preceding", "the"})
_COMPARED = re.compile(r"\b(?:from|compared|than|versus|vs|since|before|ago)\b", re.IGNORECASE)


def joint_margins(a: Analysis, zs: dict[int, float]) -> dict[int, float]:
    """Margins with the numbers that stand or fall together decided on their mean.

    The two sides of a pair ("55-45", "48/43"), and a figure with its bracketed reading ("53 (55)",
    unsigned: "(+3)" is a change and is left to its own margin), are both figures or neither.
    """
    out = dict(zs)
    places = a.layout.places
    for i, z in zs.items():
        n = a.numbers[i]
        mate: int | None = None
        if n.cand.partner is not None:
            mate = n.cand.partner if not (change_then_level(a, n) or context(a).split_pair(n)) else None
        elif places[i].has_paren_next and i + 1 < len(a.numbers):
            nxt = places[i + 1]
            bracketed = a.numbers[i + 1]
            mate = (
                i + 1
                if not (nxt.signed or nxt.paren_change or gaps.dated(a, bracketed))
                and _same_kind(n, bracketed)
                else None
            )
        elif (
            places[i].paren_after_num
            and i > 0
            and places[i - 1].has_paren_next
            and not (places[i].signed or places[i].paren_change or gaps.dated(a, n))
        ):
            mate = i - 1 if _same_kind(a.numbers[i - 1], n) else None
        if mate is not None and mate in zs and n.value <= 100 and a.numbers[mate].value <= 100:
            out[i] = (z + zs[mate]) / 2
    return out


_AGE_STARTS = frozenset({16, 18, 25, 30, 35, 40, 45, 50, 55, 60, 65})
_AGE_NEAR = re.compile(r"\b(?:ages?d?|years?|yrs|year-olds?)\b|\b[1-9][05]\s*(?:\+|and (?:over|older))")


def _band(a: Analysis, n: Num) -> tuple[Num, Num] | None:
    """The two sides of a bare dash pair whose values look like an age band ("18-34", "35-54"), else None."""
    c = n.cand
    if c.partner is None or c.marked:
        return None
    other = a.numbers[c.partner]
    first, second = (n, other) if n.start < other.start else (other, n)
    if first.value not in _AGE_STARTS or second.value % 5 != 4 or second.value - first.value < 4:
        return None
    if a.text[first.cand.mark_end : second.start].strip() not in ("-", "–"):
        return None
    return first, second


def age_band(a: Analysis, n: Num) -> bool:
    """Whether a bare pair is an age band rather than a split: band-like values ("18-34") with an age word
    or another band just before or after it (a crosstab header flattened into text: "Men Women 18-34
    35-54 55+")."""
    band = _band(a, n)
    if band is None:
        return False
    first, second = band
    if _AGE_NEAR.search(a.lower, max(0, first.start - 24), min(len(a.text), second.end + 24)):
        return True
    for k in (first.index - 1, second.index + 1):
        if 0 <= k < len(a.numbers) and abs(a.numbers[k].start - n.start) < 30 and _band(a, a.numbers[k]):
            return True
    return False


def _same_kind(first: Num, bracketed: Num) -> bool:
    """A figure and its bracketed reading are written alike ("53 (55)", "53% (55%)"); a bare number with a
    marked one in brackets is a ratio or a count with its share ("1-in-4 (27%)", "412 (41%)")."""
    return first.cand.marked or not bracketed.cand.marked


_CHANGE_WORD = re.compile(
    r"\b(?:up|down|rose|rises|rising|fell|falls|falling|dropped|drops|dropping|gained|gains|gaining|lost|loses|"
    r"losing|slipped|slipping|climbed|climbing|jumped|jumping|increased|increasing|decreased|decreasing|declined|"
    r"declining|edged up|edging up|ticked up|ticked down)"
    # the thing that moved, between the verb and its size: "increased their backing by 2 to 12%"
    r"(?:\s+(?:its|their|his|her|the)\s+(?:support|share|vote|vote share|rating|standing|backing|score))?"
    r"\s*(?:by\s*)?[(\[]?\s*$"
)

_RISE = re.compile(r"up|ris|rose|gain|climb|jump|increas|edg|ticked up")


def change_then_level(a: Analysis, n: Num) -> bool:
    """Whether a "X to Y" pair is a change and the level it led to ("up 0.4 to 9.8%", "fell 2 to 31 per
    cent"): the first number follows a change word, so the two are not the sides of one split."""
    if n.cand.partner is None:
        return False
    other = a.numbers[n.cand.partner]
    first, second = (n, other) if n.start < other.start else (other, n)
    if a.text[first.cand.mark_end : second.start].strip().lower() != "to":
        return False
    m = _CHANGE_WORD.search(a.lower, max(0, first.start - 30), first.start)
    # a rise is no larger than the level it led to: "is up 44 to 29 per cent" is a split, not a change
    return m is not None and not (_RISE.match(m.group()) and first.value > second.value)


# A questionnaire's item number at the start of its line, before the question's wording.
_QUESTION_NUMBER = re.compile(
    r"\s*[.)]\s+(?:do|does|did|would|will|how|which|what|who|whom|why|when|where|if|thinking|generally|overall|"
    r"are|is|should|have|has|please|in general|now|on|and|as|suppose|regardless)\b"
)


# Cues right at a number that say someone holds an opinion (see figure_features: econ_opinion).
_OPINION_AT = frozenset({"cue:opinion_after", "cue:opinion_by_before", "cue:rating_at_before"})


# "polled" right before a share (with a hedge), and a poll or survey named right after the share
_POLLED_BEFORE = re.compile(r"\bpolled\s+(?:(?:about|around|some|just|only|nearly|roughly)\s+)?$")
_IN_POLL_AFTER = re.compile(
    r"^\s*(?:in|according to|for|with)\s+(?:the|a|an|this|its|their|last\s+\w+'s|[\w'’-]+'s)\s+"
    r"(?:[\w'’.&-]+\s+){0,4}?(?:poll|survey|barometer|tracker)s?\b"
)
_POLLED_CUES = ("cue:won_before", "cue:result_verb_before", "cue:sample_before")


def past_result(fired: dict[str, float], sent: dict[str, float] | set[str]) -> bool:
    """A party's past tally: a result verb right before the number ("Labour won", "came first with") and
    the vote or a past election named ("of the regional vote", "in 2021", "At the 2023 election ... came
    first with"), or a win "with" its share or a ballot measure's passage told before it ("won with 58.2%
    against 41.8%", "voters approved the levy 63% to 37%"); and no group of people after it ("won 57
    percent of women" is an exit poll's share)."""
    if "cue:of_pop_after" in fired:
        return False
    if "cue:year_share_before" in fired or "cue:year_share_after" in fired:
        return True  # "its 2021 vote share of 41%", "2017's 28% vote share": a past election's share
    if "cue:won_with_before" in fired or ("cue:ballot_result_before" in fired and "cue:s_poll" not in sent):
        # "won the run-off with 58.2% against 41.8%", "voters approved the levy 63% to 37%": the verb
        # and the shares after it tell the result whatever else the sentence names
        return True
    return "cue:result_verb_before" in fired and (
        "cue:vote_after" in fired or "cue:voted_after" in fired or "cue:s_result" in sent
    )


def ruled_out(feats: dict[str, float]) -> bool:
    """The fixed rules over the model: a never-a-share cue rules a number out, and in a passage with no
    sign of a poll only an opinion counts.

    "11 percent of adults smoked" is a statistic; "61% of Democrats think …" is an opinion share even
    when the post never says "poll". Few training passages lack any poll word, too few for the fit to
    learn this from them.
    """
    if feats.keys() & _NEVER_SHARE:
        return True
    if ("p_no_poll" in feats or "p_results_only" in feats) and not feats.keys() & _OPINION:
        return True
    # A passage whose shares are an election's count or predictions, and a sentence that names the count
    # and no poll (not_poll_frames), report no poll figure but a share that holds an opinion ("54% think
    # ..."): their sentences' opinion words are the predictors' ("readers think the Alliance will sit on
    # 38"). In the training part these fire on no labelled figure.
    return bool(feats.keys() & _NOT_POLL_PASSAGE) and "cue:opinion_after" not in feats


_NOT_POLL_PASSAGE = frozenset({"p_count_report", "p_forecast_report", "count_clause", "forecast_clause"})


# Cues whose number is never a share of respondents whatever else the model sees: how the sample was
# drawn ("62% were reached on cell phones"), a weighting target ("weighted to match the 2024 vote (Trump
# 50.3%"), a summary across polls ("Polling average: 42.4% approve") or of the answers (a clause whose
# subject is a polling average, a median or a mean, :func:`_summary_clause`). Too rare in the training
# passages for the fit to weigh them against a percent sign and an opinion verb.
_NEVER_SHARE = frozenset(
    {
        "cue:mode_after",
        "cue:certainty_after",
        "cue:weighted_before",
        "cue:average_before",
        "summary_clause",
        # and the bounds, ranges and ratios the labelling rules name, which no training figure fires
        # ("short of the 60% bar", "between 40 and 45 percent", "one in four"): unseen prose wraps them in
        # opinion verbs and percent signs that the fit would otherwise weigh above them
        "cue:bound_before",
        # a share a party needs or aims for ("unless one list wins 50%", "aiming at a 47% result")
        "cue:target_before",
        "cue:range_before",
        "cue:range_after",
        # a margin of error or confidence level named at the number ("a 3% MoE", "Confidence level: 90%")
        "cue:moe_named_before",
        "cue:moe_named_after",
        "cue:ratio_before",
        # a bare number after seat talk in its clause (see figure_cues: seats_before); a percent-marked
        # one there is a share ("would win 350 seats on 38%")
        "b:cue:seats_before",
        # a past election's result cited beside the poll ("Labour won 36.2 per cent of the vote in 2021")
        "past_result",
        "question_number",
        "b:question_number",
        # the end of a field period written as month/day ("10/1 - 10/10"): too rare in training to weigh
        "cue:date_range_before",
        # a bare number that names a thing: "week 46", "Channel 12 poll", "Ward 4"
        "b:cue:name_num_before",
        # a bare number alone on its line in no table shape (a forum comment's score, a page number): the
        # layouts that make a bare number a share (module doc) all give it a label or a row
        "lone_bare",
    }
)


# A sign written as a word before a number: "from minus 20 to minus 12", "a net rating of minus 13.6".
_MINUS_BEFORE = re.compile(r"\bminus[ \t]+$", re.IGNORECASE)


def signed_net(a: Analysis, n: Num) -> bool:
    """Whether a number carries a sign, as a change, lead, spread, index or net does ("+4", "-8" alone on
    its line, "+ 11%" in a spread column, "minus 13"): the labelling rules count none of them, and no
    labelled figure of the training text is signed. A fixed rule, outside the features, because such
    numbers also sit in the shapes of shares (a tracker's column, a prose change "from minus 9 per cent
    to minus 17 per cent") and the fit has too few of them to learn that the sign outweighs the shape."""
    if a.layout.places[n.index].signed:
        return True
    line_start = a.lines[n.line].start
    return _MINUS_BEFORE.search(a.text, max(line_start, n.start - 12), n.start) is not None


def below_bound(a: Analysis, n: Num) -> bool:
    """Whether a number is written as an upper bound, "<1%" or "< 0.5%" (a crosstab's cell too small to
    print): a bound, which the labelling rules never count, however much its row looks like shares."""
    lo = a.lines[n.line].start
    return a.text[max(lo, n.start - 2) : n.start].rstrip(" ").endswith("<")


# A sample-size row's cells ("Weighted Sample 1210 402 96 ...") are counts, never figures (xt25).
SAMPLE_ROWS = True


def detect(a: Analysis, m: Model | None = None) -> list[Detected]:
    """The numbers the fitted model takes for poll figures.

    The two numbers of a pair ("55-45", "48/43") are decided together, on the mean of their margins: a
    split is both figures or neither. A line and sentence that both hold more than
    :data:`MAX_PER_LINE` numbers is a dump, not a table or prose, and is skipped (but for the rows of a
    table flattened onto one line, which the layout reads as such); at most
    :data:`MAX_FIGURES` figures are kept (the rule extractor's limits).
    """
    m = m or model("figure")
    by_line, by_sentence = a.numbers_by_line, a.numbers_by_sentence
    scored: dict[int, tuple[float, dict[str, float]]] = {}
    past: set[int] = set()  # the past tallies read so far ("past_result", a share of the votes cast ...)
    for n in a.numbers:
        if (
            len(by_line[n.line]) > MAX_PER_LINE
            and len(by_sentence[n.sentence]) > MAX_PER_LINE
            and not a.layout.places[n.index].flat_row
        ):
            continue  # a dump of numbers, unless a row of a table run onto one line (see layout._flat_rows)
        feats = figure_features(a, n)
        if (
            "past_result" in feats
            or cast_share(a, n)
            or election_share(a, n)
            or (n.index - 1 in past and elliptic_next(a, a.numbers[n.index - 1], n))
        ):
            past.add(n.index)
            continue
        if (
            ruled_out(feats)
            or n.index in context(a).range_lists
            or signed_net(a, n)
            or below_bound(a, n)
            or a.layout.places[n.index].unit_head
            or result_columns.result_cell(a, n)
            or gaps.ruled_out(a, n)
            or summary_rows.average_row(a, n)
            or (SAMPLE_ROWS and sample_rows.count_cell(a, n))
            or time_average(a, n)
            or share_ranges.range_end(a, n)
            or unit_share(a, n)
            or seat_count(a, n)
            or in_seat_sum(a, n)
            or (n.cand.first and change_then_level(a, n))
            or number_shapes.fraction(a, n)
            or number_shapes.clock_time(a, n)
        ):
            # (a list of ranges, a signed number, a bound written "<1%", a gap, a change after "by", a date's day, an average row or
            # one told in prose, a range one share may take, a share of the votes cast, a past election's
            # result told by its election, a share of places or things, a seat sum, the change of a change and
            # the level it led to ("slipped 2 to 18%": in the training part it is never a figure), a fraction
            # "2/5" and a clock time "10:15 a.m." are ruled out outside the features, so the fit never weighs them)
            continue
        scored[n.index] = (m.margin(feats), feats)
    joint = joint_margins(a, {i: z for i, (z, _) in scored.items()})
    out: list[Detected] = []
    for n in a.numbers:
        got = scored.get(n.index)
        if got is None:
            continue
        feats = got[1]
        p = _squash(joint[n.index])
        if p >= THRESHOLD:
            out.append(Detected(n, p, feats))
            if len(out) >= MAX_FIGURES:
                break
    return out


def _squash(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
