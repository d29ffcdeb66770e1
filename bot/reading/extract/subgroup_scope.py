"""A subgroup named for one figure holds for the figures that continue its clause.

A release names a crosstab subgroup once and lists its results after it: "Smith leads with voters who
call themselves moderate with 40%, followed by Jones at 31% and Lee at 12%"; "62% of Republican voters
pick the governor and another 30% the senator". Only the first figure has the subgroup beside it, so the
rankers give the later ones the whole sample's population. The labels give every figure of the list the
subgroup (a crosstab subgroup is its own group, README "How groups are assigned").

And a sentence may point back to the previous sentence's subgroup in so many words: "... among voters
under 40. Lee trails in that group with 20%, Jones with 14%". Its figures are that subgroup's too.

Here, after the rankers, a figure whose population is not written in its sentence (a passage default: the
sample, the state's voters, the country's people) takes the subgroup of the figure before it in the same
sentence, where that subgroup is written in the sentence beside its own figure and nothing between the
two figures names other people or turns the clause to someone else ("while", "compared with", "overall",
a semicolon). Likewise a sentence that says "that group" / "this group" / "among them" before its first
figure takes the subgroup of the previous sentence's last figure. A fixed step on the final populations
(after clustering), so no ranker feature moves.
"""

from __future__ import annotations

import re

from bot.reading.extract import exit_rows, labels
from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.label_cues import SUBGROUP_WORDS
from bot.reading.extract.populations import is_main_like
from bot.reading.extract.reason_people import sentence_people
from bot.reading.extract.stacked_subgroups import stacked_people

SUBGROUP_SCOPE = True

# What between two figures hands the later one to other people, or to the whole sample again.
_TURN = re.compile(
    r"[;:]|\b(?:while|whereas|but|however|compared\s+(?:with|to)|versus|vs\.?|than|overall|nationally|"
    r"statewide|all\s+(?:voters|adults|respondents)|everyone|the\s+(?:whole|full|entire|overall)\s+sample)\b",
    re.IGNORECASE,
)
# A sentence pointing back to the subgroup of the sentence before.
_BACK_REFERENCE = re.compile(
    r"\b(?:(?:in|among|with|within|for)\s+(?:that|this|the\s+same)\s+(?:group|bloc|cohort|segment|subgroup)"
    r"|among\s+them|among\s+these\s+voters|among\s+those\s+voters)\b",
    re.IGNORECASE,
)
# What stands between a subgroup's figure and the next item of its ranking: "..., followed by Jones at",
# ", Lee with", "and another", "; then Kim with" -- nothing but the next option's name and its link word.
_LIST_GOES_ON = re.compile(
    r"\W*(?:(?:and|,)\s+)*(?:(?:followed|trailed|chased)\s+by\s+|then\s+|with\s+|another\s*$|next\s+(?:is|comes)\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:at|with|on|has|had|gets|got|takes|took)\s+(?:just\s+|only\s+)?$"
    r"|[^.;:\d]{0,60}?\band\s+another\s+(?:just\s+|only\s+)?$"
)
# Words before a people noun that make it a crosstab subgroup, not the poll's universe ("independent voters",
# "white voters", "suburban women", "younger adults", "swing voters"); see label_cues.SUBGROUP_WORDS.
_SUBGROUP_MODIFIERS = SUBGROUP_WORDS | frozenset(
    [
        "younger",
        "swing",
        "undecided",
        "moderate",
        "liberal",
        "conservative",
        "evangelical",
        "college-educated",
        "non-college",
        "working-class",
        "unaffiliated",
        "non-white",
        "nonwhite",
    ]
)
_PEOPLE_HEADS = frozenset(["voters", "adults", "residents", "americans", "women", "men", "people"])
# A sample's screen, which makes a modified noun a universe again ("likely independent voters").
_SCREEN = re.compile(r"\b(?:likely|registered|eligible|primary|caucus)\b", re.IGNORECASE)


def names_subgroup(pop: str) -> bool:
    """Whether a population is a crosstab subgroup by its words: a demographic or party word before a people
    noun ("independent voters", "older Americans")."""
    words = pop.lower().split()
    if len(words) < 2 or _SCREEN.search(pop):
        return False
    if _QUALIFIED_SAMPLE.match(pop):
        return True  # "respondents who support the Cabinet": the sample's word narrowed by a relative clause
    return words[-1] in _PEOPLE_HEADS and any(w in _SUBGROUP_MODIFIERS for w in words[:-1])


# The sample's word narrowed by a relative clause: "respondents who support the Cabinet", "those who back the
# plan", "those polled who back it" (a part of the sample, however often the passage names it).
_QUALIFIED_SAMPLE = re.compile(
    r"(?:the\s+)?(?:respondents|those(?:\s+(?:polled|surveyed|asked))?)\s+(?:who|that)\s+\w", re.IGNORECASE
)


# Populations that name nobody in particular: never a subgroup to carry.
_NOT_SUBGROUPS = frozenset({"voters", "adults", "respondents", "people", "public", "the public", "americans"})


def _sentence_span(a: Analysis, index: int) -> tuple[int, int]:
    if not a.sentences:
        return 0, len(a.text)
    s = a.sentences[index]
    return s.start, s.end


def _subgroup(a: Analysis, f: group_stage.Labelled) -> tuple[str, int] | None:
    """The figure's population and where it ends, where it is a subgroup written in the figure's sentence
    right beside the figure (its clause): else None."""
    if _default(f):
        return None
    pop = f.population.strip()
    low = pop.lower()
    lo, hi = _sentence_span(a, f.sentence)
    n = a.numbers[f.num_index]
    at = a.lower.find(low, lo, hi)
    best = -1
    while at >= 0:
        if best < 0 or abs(at - n.start) < abs(best - n.start):
            best = at
        at = a.lower.find(low, at + 1, hi)
    if best < 0:
        return None
    end = best + len(low)
    between = (end, n.start) if best < n.start else (n.cand.mark_end, best)
    if between[1] - between[0] > 120 or _TURN.search(a.text, *between) is not None:
        return None
    return pop, max(end, n.cand.mark_end)


def _default(f: group_stage.Labelled) -> bool:
    """Whether the figure's population is the passage's default kind (the sample, a place's people, nobody
    in particular), which a subgroup of its clause refines; not a subgroup of its own."""
    pop = f.population.strip()
    return not pop or pop.lower() in _NOT_SUBGROUPS or labels.is_generic(pop) or is_main_like(pop)


def _names_people(a: Analysis, lo: int, hi: int) -> bool:
    """Whether the text between two figures names people of its own (a population head word)."""
    if hi <= lo:
        return False
    try:
        return labels.population_in(a.text[lo:hi], False) is not None
    except (IndexError, ValueError):  # a defensive floor, as population_candidates._found
        return True


def _clause_end(a: Analysis, f: group_stage.Labelled, s_hi: int) -> int:
    """Where the figure's clause ends: the next figure, a clause break or the sentence's end."""
    n = a.numbers[f.num_index]
    hi = min(s_hi, n.cand.mark_end + 60)
    nxt = a.numbers[f.num_index + 1].start if f.num_index + 1 < len(a.numbers) else hi
    hi = min(hi, nxt) if nxt > n.cand.mark_end else hi
    m = re.compile(r"[,;:]|\b(?:while|whereas|but|and)\b").search(a.text, n.cand.mark_end, hi)
    return m.start() if m is not None else hi


def apply(a: Analysis, figs: list[group_stage.Labelled]) -> None:
    """Carry a written subgroup to the figures that continue its clause or point back to it."""
    order = sorted(range(len(figs)), key=lambda i: a.numbers[figs[i].num_index].start)
    carried: tuple[str, int, int] | None = None  # (subgroup, end offset, sentence)
    for i in order:
        f = figs[i]
        n = a.numbers[f.num_index]
        own = _subgroup(a, f)
        if own is not None:
            carried = (own[0], own[1], f.sentence)
            continue
        if carried is None:
            continue
        pop, end, sentence = carried
        carried = None
        if a.text.count("\n", end, n.start):
            continue  # a table's next row, a list's next item: its own line says whose it is
        if sentence == f.sentence:
            lo = end
        elif sentence == f.sentence - 1:
            s_lo, _ = _sentence_span(a, f.sentence)
            m = _BACK_REFERENCE.search(a.text, s_lo, n.start)
            if m is None:
                continue
            lo = m.end()
        else:
            continue
        if not _default(f) or lo > n.start:
            continue
        if _TURN.search(a.text, lo, n.start) is not None or _names_people(a, lo, n.start):
            continue
        if sentence == f.sentence and _LIST_GOES_ON.match(a.text, lo, n.start) is None:
            continue  # only a ranking's next items ("followed by Lee at", ", Kim with") go on
        _, s_hi = _sentence_span(a, f.sentence)
        if f.population and a.lower.find(f.population.lower(), lo, s_hi) >= 0:
            continue  # "... 44% of likely voters", "46% among registered voters": its own people, written
        if _names_people(a, n.cand.mark_end, _clause_end(a, f, s_hi)):
            continue  # "62% of self-identified conservatives": people named after it, in its clause
        f.population = pop
        carried = (pop, n.cand.mark_end, f.sentence)


def _near(a: Analysis, f: group_stage.Labelled, low: str) -> bool:
    """Whether the words of ``low`` are all written in the figure's sentence or the one before it in its
    paragraph (a label may reorder them: "2020 Trump voters" from "those who voted for Trump in 2020")."""
    if a.sentences:
        lo, hi = _sentence_span(a, f.sentence)
        before, gap = _sentence_span(a, max(0, f.sentence - 1))
        if "\n\n" not in a.text[min(gap, lo) : lo]:
            lo = before  # the sentence before, in the same paragraph
    else:
        lo, hi = 0, len(a.text)
    window = set(re.findall(r"[\w-]+", a.lower[lo:hi]))
    return all(w in window for w in re.findall(r"[\w-]+", low))


def release_people(a: Analysis, figs: list[group_stage.Labelled]) -> None:
    """A subgroup named far from a figure is not its population: the release's people are.

    The rule extractor takes the first people a passage names as its universe where no sample line says who
    was asked, so a release that opens with a toplines and names "independent voters" in its second
    paragraph gave every figure with no people near it "independent voters". A figure whose population is a
    subgroup by its words (see :func:`names_subgroup`) written neither in its own sentence nor in the one
    before takes the release's sample (else the country's people)."""
    cues = a.passage_cues
    whole = cues.sample_population or cues.universe
    if not whole:
        return
    sampled = cues.sample_population.strip().lower()
    for f in figs:
        pop = f.population.strip()
        if not pop or not names_subgroup(pop) or _near(a, f, pop.lower()):
            continue
        if pop.lower() == sampled:
            continue  # "a survey of 5,103 Latino adults": the release's own sample, not a crosstab's subgroup
        if pop == sentence_people(a, f.sentence):
            continue  # "the most common reason for disapproval (15%)": that side's people (reason_people)
        place = a.layout.places[f.num_index]
        if place.header or f.num_index in exit_rows.cells(a) or f.line in stacked_people(a):
            continue  # a table's cell: its row and column say whose it is (labels built from a banner)
        lo, hi = _sentence_span(a, f.sentence)
        if _names_people(a, lo, hi):
            # Its sentence names people in other words than the label: where those are nobody in
            # particular ("21% of voters", "... of those surveyed"), they are the figure's; a subgroup
            # ("GOP voters") may be the label's in other words, and is left alone.
            own = _sentence_people(a, lo, hi)
            if own is not None:
                f.population = own
            continue
        f.population = whole


def _sentence_people(a: Analysis, lo: int, hi: int) -> str | None:
    """The first population ``a.text[lo:hi]`` names, where it is the sample's kind rather than a subgroup
    ("voters", "registered voters"), else None."""
    try:
        first = labels.population_in(a.text[lo:hi], False)
    except (IndexError, ValueError):  # a defensive floor, as _names_people
        return None
    if first is None:
        return None
    pop = first[0]
    low = pop.lower()
    if names_subgroup(pop) or not (low in _NOT_SUBGROUPS or labels.is_generic(pop) or is_main_like(pop)):
        return None
    return pop


# People written right after a figure with an age cut "over age 65" / "under age 30" after them.
_AGE_AFTER = re.compile(
    r"\s*(?:among|of)\s+(?:the\s+)?(?P<people>(?:[A-Za-z][\w-]*\s+){0,2}?(?:voters|adults|Americans|residents|"
    r"respondents|people|men|women))\s+(?P<age>(?:over|under|above|below)\s+age\s+\d{2})\b"
)


def age_after(a: Analysis, figs: list[group_stage.Labelled]) -> None:
    """ "32% among voters over age 65": the figure's people, age cut and all ("voters over age 65").

    The label grammar reads "voters over 65" and "under the age of 50" but not "over age 65", so the rankers
    took the sample for such a figure. Here a figure followed right away ("among", "of") by people with
    such a cut, whose population is the passage's default kind or those people, takes them with the cut."""
    for f in figs:
        n = a.numbers[f.num_index]
        m = _AGE_AFTER.match(a.text, n.cand.mark_end, min(len(a.text), n.cand.mark_end + 80))
        if m is None:
            continue
        people = m.group("people")
        if _default(f) or f.population.strip().lower() == people.lower():
            f.population = f"{people} {m.group('age')}"
