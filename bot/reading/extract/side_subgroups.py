"""After clustering: two subgroups named side by side in one sentence are two groups.

Prose gives a question's result for two or more subgroups in one sentence: "Only 4 percent of Greens
would switch, while 12 percent of Liberals were thinking of it", "Conservatives lead among men (41%),
18-29 year olds (22%) and the over-65s (48%)", "compared with 28% of renters and 36% of homeowners". The
labels make each subgroup its own group (README: each crosstab subgroup is its own group). The link
model weighs the figures' population labels, which at clustering time are often one label for the whole
sentence or a subgroup carried from a neighbour, so such figures were joined (out of fold five passages,
and three of the fresh pages of the seventeenth round).

The text decides here: each figure's own subgroup is the one its own words name (``clause_population``
where "of" or "among" ties it to the figure: "12 percent of Liberals", "Among renters, 61%";
``beside_subgroup``: "61% among renters"; an age band beside it; or a subgroup written just before the
figure's bracket, "homeowners (36%)"). In the training labels, 40 pairs of one sentence whose own
subgroups differ so are in two groups, none in one. A cluster holding two figures of one sentence whose
own subgroups differ gives each subgroup a cluster of its own; figures with no own subgroup stay where
they were. Subgroups differ when, after leaving out the words that only
name the sample ("voters", "respondents", "likely", ...), neither one's words hold the other's ("likely
voters" and "voters" agree, so do "Republican voters" and "Republicans"; "Liberals" and "Greens" do not).
A party's name ending in a people word ("the New Democrats") is an option, not a subgroup. Runs after
clustering and moves no feature, so the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.beside_subgroups import SUBGROUP_STOPS, beside_subgroup
from bot.reading.extract.groups import Labelled, in_order, members_by_cluster, party_name_end, prose_line
from bot.reading.extract.label_cues import PARTY_OPTIONS, SUBGROUP_WORDS
from bot.reading.extract.population_candidates import adjacent_age_band, clause_population
from bot.reading.extract.vocab import GENERIC_POPS, POP_HEADS

# Off: the clusters are left as clustering made them.
SIDE_SUBGROUPS = True

# Up to four words right before the figure's bracket: "men (41%)", "18-29 year olds (22%)".
_BEFORE_BRACKET: Final = re.compile(r"(?P<who>[\w'’+-]+(?:[ \t]+[\w'’+-]+){0,3})[ \t]*\([ \t]*$")
# Words that name only the sample, not a part of it.
_SAMPLE_WORDS: Final = frozenset(
    {"voters", "voter", "adults", "likely", "registered", "all", "eligible", "decided", "overall", "the"}
    | {w for p in GENERIC_POPS for w in p.split()}
)
_WORD: Final = re.compile(r"[a-z0-9+]+")
# An age band ending the words: "those aged 35-to-54 (38%)".
_AGED: Final = re.compile(r"\baged?[ \t]+\d[^()]*$", re.IGNORECASE)


def _bracketed(a: Analysis, n: Num) -> str:
    """The people written just before the figure's bracket ("homeowners (36%)"), or ""."""
    lo = max(0, n.start - 50)
    # No bracket just before (the pattern's "$" also matches before a last newline): most figures have
    # none, and the search would try every start of the window.
    if not a.text[lo : n.start].rstrip(" \t\n").endswith("("):
        return ""
    m = _BEFORE_BRACKET.search(a.text, lo, n.start)
    if m is None:
        return ""
    words = m.group("who").split()
    kept: list[str] = []
    for w in reversed(words):
        if w.lower() in SUBGROUP_STOPS or w.lower() == "among":  # "and men (41%)": it starts after "and"
            break
        kept.insert(0, w)
    if not kept:
        return ""
    who = " ".join(kept)
    if who.lower() in PARTY_OPTIONS:
        return ""  # "behind the Tories (30%)": a party's share, not its voters
    return who


def _people(who: str) -> bool:
    """Whether the words end in a word for people ("Labor voters", "men", "18-29 year olds") or an age band."""
    words = who.lower().split()
    if not words:
        return False
    last = words[-1].strip("'’,.")
    return last in POP_HEADS or last in SUBGROUP_WORDS or last == "olds" or _AGED.search(who) is not None


# The words tying a clause's people to the figure: after it ("41 percent of", "12% among") or before it
# ("Among renters, 61%", "among women (58%)").
_TIE_AFTER: Final = re.compile(r"[\s%)]*(?:percent|per[ \t]*cent|pc)?[\s,]*(?:of|among)\s+(?:the\s+|all\s+)?")
_TIE_GAP: Final = re.compile(r"[\s,:]*(?:\([ \t]*)?")
_TIE_BEFORE: Final = re.compile(r"\b(?:among|for)\s+(?:all\s+|the\s+)?$", re.IGNORECASE)


def _tied(a: Analysis, n: Num, who: str) -> bool:
    """Whether the clause's people stand right beside the figure, tied to it by "of" or "among" (not a
    people word further on: "4 percent of Greens called the Liberals honest, 3 percent competent")."""
    after = a.text.find(who, n.end, n.cand.mark_end + 60)
    if after >= 0 and _TIE_AFTER.fullmatch(a.text, n.end, after):
        return True
    before = a.text.rfind(who, max(0, n.start - 80), n.start)
    return (
        before >= 0
        and _TIE_GAP.fullmatch(a.text, before + len(who), n.start) is not None
        and _TIE_BEFORE.search(a.text, max(0, before - 16), before) is not None
    )


def own_subgroup(a: Analysis, n: Num) -> str:
    """The subgroup the figure's own words name (see the module docstring), or "". Table cells and list
    rows name none here: their columns and row labels are options as often as people. Read once per figure:
    the step runs again after the late joins."""
    key = ("own_subgroup", n.index)
    got = a.memo.get(key)
    if isinstance(got, str):
        return got
    who = _own_subgroup(a, n)
    a.memo[key] = who
    return who


def _own_subgroup(a: Analysis, n: Num) -> str:
    place = a.layout.places[n.index]
    if place.col is not None or (place.block > 1 and not prose_line(a, n.line)):
        return ""
    clause = clause_population(a, n)
    for who in (
        clause if _tied(a, n, clause) else "",
        beside_subgroup(a, n),
        adjacent_age_band(a, n),
        _bracketed(a, n),
    ):
        if not _people(who):
            continue
        at = a.text.rfind(who, max(0, n.start - 120), n.cand.mark_end + 120)
        if at >= 0 and party_name_end(a.text, at + len(who) - len(who.split()[-1]), at + len(who)):
            continue  # "the New Democrats (33%)": a party's name, not people
        return who
    return ""


def _key(who: str) -> frozenset[str]:
    """The words that set a subgroup apart, each without a plural ending."""
    return frozenset(w.rstrip("s") for w in _WORD.findall(who.lower()) if w not in _SAMPLE_WORDS)


def sample_only(who: str) -> bool:
    """Whether the words name only the sample ("decided voters", "all adults"), not a part of it."""
    return not _key(who)


def differ(x: str, y: str) -> bool:
    """Whether two subgroups are two parts of the sample (see the module docstring)."""
    kx, ky = _key(x), _key(y)
    return bool(kx) and bool(ky) and not kx <= ky and not ky <= kx


def split_subgroups(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with the subgroups of one sentence apart (see the module docstring); renumbered in
    order of first appearance."""
    if not SIDE_SUBGROUPS:
        return cluster_ids
    ids = list(cluster_ids)
    fresh = max(ids, default=-1) + 1
    own: dict[int, str] = {}
    for c, members in members_by_cluster(ids).items():
        if len(members) < 2:
            continue
        by_sentence: dict[int, list[int]] = {}
        for i in members:
            by_sentence.setdefault(figs[i].sentence, []).append(i)
        if all(len(m) < 2 for m in by_sentence.values()):
            continue
        for i in members:
            if i not in own:
                own[i] = own_subgroup(a, a.numbers[figs[i].num_index])
        clash = any(
            differ(own[i], own[j]) for m in by_sentence.values() for k, i in enumerate(m) for j in m[k + 1 :]
        )
        if not clash:
            continue
        # The first subgroup keeps the cluster; every other one, as written, takes a cluster of its own.
        firsts: list[tuple[str, int]] = []
        for i in sorted(members, key=lambda j: figs[j].num_index):
            who = own[i]
            if not who:
                continue
            home = next((cid for w, cid in firsts if not differ(w, who)), None)
            if home is None:
                home = c if not firsts else fresh
                if firsts:
                    fresh += 1
                firsts.append((who, home))
            ids[i] = home
    return in_order(ids)
