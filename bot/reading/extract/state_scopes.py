"""The US state each figure of a state poll, or of a report on several states, was polled in, on its
population.

A report on several states gives each state's figures under that state: a table row opening with the
state's postal code or name ("OH | Ada Ruiz Bo Lane | ... | 48% 47% |", "OH: Ruiz 47, Lane 44"), a heading
line naming the state ("Nevada", "OHIO"), the figure's own sentence ("In Ohio, Ruiz leads 47 to 44") or
the sentence that opens its state's part ("In Ohio, ... . Among women, Ruiz leads 51 to 40"). The shared
labels write that state on every such figure's population: the sample ("Ohio likely voters") and, where
the report covers several states, each subgroup too ("Ohio women", "Nevada Latino voters"); a report on one
state writes its subgroups bare ("women"). The rankers and the state steps before this one read the
figure's sentence and the sentences before it, not table rows or headings, and the steps that settle a
subgroup's reach can leave bare "voters" after them.

A fixed step after those (just before :mod:`marked_samples`): a figure whose state is known from one of
the cues above, in that order, takes it on
- a placeless sample ("likely voters", bare "voters"): "<State> likely voters";
- a sample written with a postal code ("NV registered voters") or another state's name (the passage's
  main state proposed for a figure under another state's row): "<State> registered voters";
- a subgroup naming no place, where the figures' states are two or more and the state is the figure's own
  (its row, sentence or heading: "In Ohio, women back Ruiz 51 to 40"): "<State> women". A subgroup
  whose state only an earlier sentence names stays bare, as the labels write it.
A sentence naming the nation ("nationwide", "a national poll") gives no state.
"""

from __future__ import annotations

import bisect
import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.candidate_tables import STATE_BY_CODE
from bot.reading.extract.earlier_states import earlier_state
from bot.reading.extract.groups import Labelled
from bot.reading.extract.passage_cues import US_STATES, US_STATES_ALTERNATION
from bot.reading.extract.poll_states import passage_state, people_state
from bot.reading.extract.population_candidates import is_placeless_sample, names_any_state, sentence_places
from bot.reading.extract.race_codes import code_state, has_codes
from bot.reading.extract.regions import INDIAN_STATES, REGION_NAMES
from bot.reading.extract.scan import Anchored, longest_first

STATE_SCOPES = True

_BY_LOW = {s.lower(): s for s in US_STATES}
# A cell longer than every state's name names none (lower-casing never shortens a text), so it is not
# lower-cased: a post written as one long line has cells of thousands of characters.
_LONGEST = max(map(len, _BY_LOW))
# A row opening with a postal code and a cell break or colon ("NV | ...", "AZ: TIE (46/46)").
_CODE_ROW = re.compile(r"[ \t#*•-]*(?P<code>[A-Z]{2})[ \t]*(?:\||:)")
_ANY_CODE_ROW = re.compile(r"^[ \t#*•-]*[A-Z]{2}[ \t]*(?:\||:)", re.MULTILINE)
# A heading line that is a state's name alone, in any case ("Nevada", "NEVADA", "## Ohio:", "Washington
# State").
_HEADING = re.compile(
    r"[ \t#*_]*(?P<s>" + US_STATES_ALTERNATION + r")(?:[ \t]+[Ss]tate)?[ \t*_:]*", re.IGNORECASE
)
_ROW_LINES = 6  # lines of one table row read back (a row's cells written a line each)
_HEADING_LINES = 80
# A sample written with a state's postal code or name before it ("NV registered voters", "Texas voters").
_CODED = re.compile(r"(?P<code>[A-Z]{2})\s+(?P<rest>.+)")
_NAMED = re.compile(r"(?P<state>" + US_STATES_ALTERNATION + r")\s+(?P<rest>.+)")
# A subgroup that already says where, or is the nation's: it keeps its words.
_PLACED = re.compile(
    r"\b(?:" + US_STATES_ALTERNATION + r"|national(?:ly)?|nationwide|Americans?|U\.?S\.?|USA?|country|"
    r"County|City|state(?:wide|['’]s)?|in|across|" + "|".join(re.escape(r) for r in REGION_NAMES) + r")\b",
    re.IGNORECASE,
)
# An Indian state named as a place ("In Rajasthan, 60% ..."; the capital "New Delhi" is no state's name).
_INDIAN = Anchored(re.compile(r"(?<!New )\b(?P<s>" + longest_first(INDIAN_STATES) + r")\b"))
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BACK = 12  # sentences of a paragraph read back for the state that opens its part
# A subgroup told as a clause ("those who rank jobs first"): a state before it does not read.
_CLAUSAL = re.compile(r"^(?:those|people|anyone|everyone)\b|\bwho\b", re.IGNORECASE)
_NOT_SUBGROUPS = frozenset({"", "respondents", "people", "the public", "public", "all", "total", "overall"})


def _row_state(a: Analysis, n: Num) -> str:
    """The state whose postal code or name opens the figure's table row: its own line ("AZ: 46/46"), or a
    line of the same pipe row above it ("IN | Pence Cragg |" over "47% 52% |"), or the race code opening its
    line or block (:mod:`race_codes`); ""."""
    line = a.line_text(n.line)
    piped = "|" in line
    for i in range(n.line, max(-1, n.line - _ROW_LINES), -1):
        text = a.line_text(i)
        if i != n.line and (not piped or "|" not in text):
            break
        m = _CODE_ROW.match(text)
        if m is not None and m.group("code") in STATE_BY_CODE:
            return STATE_BY_CODE[m.group("code")]
        if "|" in text:  # a cell that is a state's name, before the figure on its own line
            named = _named_cells(a, i, a.lines[i].end if i != n.line else n.start)
            if len(named) == 1:
                return _BY_LOW[next(iter(named))]
    return code_state(a, n)  # "AZ-Sen: ...", or a line of the block such a line heads


def _named_cells(a: Analysis, i: int, cut: int) -> frozenset[str]:
    """The state names (lower-cased) among the pipe cells of line ``i`` up to offset ``cut``: the cells
    ``a.text[line start:cut].split("|")``, stripped. The line's whole cells are read once per analysis
    (every figure of a row asks, and a post that is one long line asked of the whole text each time)."""
    key = ("state_pipe_cells", i)
    got = a.memo.get(key)
    if not isinstance(got, tuple):
        start = a.lines[i].start
        text = a.line_text(i)
        pipes: list[int] = []
        before: list[frozenset[str]] = []  # the names in the cells up to each pipe
        names: frozenset[str] = frozenset()
        at = text.find("|")
        while at >= 0:
            cell = text[pipes[-1] - start + 1 if pipes else 0 : at].strip()
            if len(cell) <= _LONGEST and (low := cell.lower()) in _BY_LOW:
                names = names | {low}
            pipes.append(start + at)
            before.append(names)
            at = text.find("|", at + 1)
        got = a.memo[key] = (tuple(pipes), tuple(before))
    pipes_at, named_before = got
    k = bisect.bisect_left(pipes_at, cut)  # the pipes before the cut end whole cells
    last = a.text[pipes_at[k - 1] + 1 if k else a.lines[i].start : cut].strip()
    whole = named_before[k - 1] if k else frozenset()
    if len(last) > _LONGEST:
        return whole
    last = last.lower()
    return whole | {last} if last in _BY_LOW else whole


def _heading_state(a: Analysis, k: int) -> str:
    """The state a heading line at or above line ``k`` names alone (see _HEADING); ""."""
    key = ("state_heading", k)
    got = a.memo.get(key)
    if isinstance(got, str):
        return got
    state = ""
    for i in range(k, max(-1, k - _HEADING_LINES), -1):
        m = _HEADING.fullmatch(a.line_text(i))
        if m is not None:
            state = _BY_LOW[" ".join(m.group("s").lower().split())]
            break
    a.memo[key] = state
    return state


def figure_state(a: Analysis, n: Num) -> tuple[str, bool]:
    """The state the figure was polled in, from its row, its own sentence, a heading above it or the
    sentence opening its part (module docstring), and whether the cue is the figure's own (not the
    sentence before); ("", False) where none."""
    row = _row_state(a, n)
    if row:
        return row, True
    if a.sentences:
        states, national = sentence_places(a, n.sentence)
        if national or len(states) > 1:
            return "", False
        if states:
            return next(iter(states)), True
    heading = _heading_state(a, n.line)
    if heading:
        return heading, True
    return (earlier_state(a, n.sentence), False) if a.sentences else ("", False)


def _indian_states(a: Analysis, k: int) -> frozenset[str]:
    key = ("indian_states", k)
    got = a.memo.get(key)
    if not isinstance(got, frozenset):
        s = a.sentences[k]
        got = a.memo[key] = frozenset(m.group("s") for m in _INDIAN.finditer(a.text, s.start, s.end))
    return got


def indian_state(a: Analysis, n: Num) -> str:
    """The one Indian state the figure's sentence names, or else the nearest sentence before it in its
    paragraph that names any ("In Rajasthan, ... . Others are at 9 per cent"); ""."""
    if not a.sentences:
        return ""
    for j in range(n.sentence, max(-1, n.sentence - _BACK), -1):
        if j < n.sentence and _PARAGRAPH.search(a.text, a.sentences[j].end, a.sentences[j + 1].start):
            return ""
        named = _indian_states(a, j)
        if named:
            return next(iter(named)) if len(named) == 1 else ""
    return ""


def _with_indian_state(population: str, state: str) -> str:
    """A placeless sample, or the state's bare name, as the state's voters ("Rajasthan voters"); ""."""
    words = " ".join(population.split())
    if words == state:
        return f"{state} voters"
    if is_placeless_sample(words):
        return f"{state} {'voters' if words.lower() in ('electorate', 'the electorate') else words}"
    return ""


def _with_state(population: str, state: str, own: bool, several: bool) -> str:
    """``population`` with ``state`` (module docstring), or ""."""
    words = " ".join(population.split())
    if words == state:
        return f"{state} voters"  # "Nevada" (a place clause's proposal): the state's voters
    if is_placeless_sample(words):
        low = words.lower()
        return f"{state} {'voters' if low in ('electorate', 'the electorate') else words}"
    for pattern, group in ((_CODED, "code"), (_NAMED, "state")):
        m = pattern.fullmatch(words)
        if m is None or not is_placeless_sample(m.group("rest")):
            continue
        written = m.group(group)
        here = STATE_BY_CODE.get(written, "") if group == "code" else _BY_LOW.get(written.lower(), "")
        if here and (group == "code" or (own and here != state)):
            return f"{state} {m.group('rest')}"
        return ""
    if (
        several
        and own
        and words.lower() not in _NOT_SUBGROUPS
        and _PLACED.search(words) is None
        and _CLAUSAL.search(words) is None
    ):
        return f"{state} {words}"
    return ""


def _placed(a: Analysis, n: Num, state: str, own: bool) -> tuple[str, bool]:
    """A figure's state where its own cues give none: the state the people its sentence names were named
    with (before the sentence before's, which may open another race), else the passage's one state
    (poll_states)."""
    if own:
        return state, own
    # (not the figure's own cue: a subgroup stays bare, a sample the rankers gave a state keeps it; read
    # as its own, it moved probe19's and the helpers' multi-state reports to a state named with the same
    # people in one sentence)
    return (people_state(a, n) or state or passage_state(a)), False


def apply(a: Analysis, figs: list[Labelled], passage_states: bool = False) -> None:
    """Give each figure's population the state it was polled in (module docstring); with
    ``passage_states``, a figure no cue of its own places takes the state :func:`poll_states.people_state` or
    :func:`poll_states.passage_state` reads."""
    indian = bool(figs) and _INDIAN.search(a.text) is not None
    if indian:
        for f in figs:
            state = indian_state(a, a.numbers[f.num_index])
            if state:
                f.population = _with_indian_state(f.population, state) or f.population
    if not figs or not (
        names_any_state(a)
        or _ANY_CODE_ROW.search(a.text)
        or has_codes(a)
        or any(_CODED.match(f.population) for f in figs)
    ):
        return
    found = [figure_state(a, a.numbers[f.num_index]) for f in figs]
    several = len({state for state, _ in found if state}) >= 2  # (the figures' own cues only)
    if passage_states:
        found = [
            _placed(a, a.numbers[f.num_index], state, own)
            for f, (state, own) in zip(figs, found, strict=True)
        ]
    for f, (state, own) in zip(figs, found, strict=True):
        if state:
            f.population = _with_state(f.population, state, own, several) or f.population
        elif not indian:  # "NV registered voters" where nothing else names the state: the code's own
            # (not in a report on an Indian state, where "SC voters" and "ST voters" are scheduled castes
            # and tribes, not South Carolina's or any state's)
            m = _CODED.fullmatch(" ".join(f.population.split()))
            if m is not None and m.group("code") in STATE_BY_CODE and is_placeless_sample(m.group("rest")):
                f.population = f"{STATE_BY_CODE[m.group('code')]} {m.group('rest')}"
