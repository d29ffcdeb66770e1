"""After labelling: a party list told over consecutive sentences is one group, read from the parties the
text names beside each share, not from the chosen answers.

"Two in five (39%) would back the Liberals. About a third (33%) would back the Conservatives and one in
10 (12%) the NDP. The Greens (5%) trail." The link model often cuts such a list at each sentence, and
``groups.merge_continuations`` cannot join the pieces when the answer ranker read an option badly
("support", nothing) or gave two figures one party. The text itself still names one party beside each
share, a different one each time: that reading decides here.

Two clusters join when each of their figures has its own party named in its clause (nearest before it,
else the first after it, never past another number), no party is named twice across them, they lie in
one paragraph or consecutive ones with no other cluster's figure between them, share one wave and no
two pollsters or regions, and their shares add up to a whole at most. Their population labels must be
equal, unless no figure's clause names whom it counts (the labels then differ only in how the sample's
default was worded, "Canadians" or "Canadian voters"); populations are left as labelled. Only figures
whose clause names whom they count are compared so (:data:`HEAD_PEOPLE`): a list whose first share names
its people ("34 per cent of decided voters ... would back the X Party. Second are the New Democrats
(31%) ...") goes on in pieces that name no one, and a change beside a share ("(+1 since March)") does not
end its clause before the party is named. Table cells and
list rows are left to the layout's rules. The joined group takes the question most of its figures
carry (of a tie, the shortest).

Eighteenth round (real party lists abroad were cut at each sentence): a share's party is read from its
own clause first (from the last comma or joining word before it to the first after it), and the clause
reaches back past numbers that are no figure ("the Greens are up 3 points to 21%"); a nickname is its party
("the Tories" = "the Conservatives"), a possessive is the name ("Fianna Fáil's support ... 16%"); one
share of a list of at least three may name no party ("Independent candidates are on 9%"); the
shares' sum may pass a whole by half a point a share (rounding); a first share lends its people to the
pieces after it only where they are the sample itself ("decided voters"), and two pieces join only where
their shares' own words name the same subgroup or none (:func:`side_subgroups.own_subgroup`).

Nineteenth round: a clause whose "people" are an option of the list ("and independents take 14%",
"Independents and others take 20 per cent", "the Social Democrats hold 6%") no longer counts as naming
whom its share counts, so it no longer bars the join with the list before it (real Irish lists were cut
before their last option).

Tried with it and dropped: a mark in clustering that kept clusters of party options apart from clusters
of people named as people (a leader's rating beside a party list): 3-fold grouping -0.002.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Final, cast

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, in_rows, members_by_cluster
from bot.reading.extract.label_cues import LIST_PARTY_NAMES, PARTY_NAMES_ON_POP_WORDS, PARTY_OPTIONS
from bot.reading.extract.party_nicknames import NICKNAMES
from bot.reading.extract.population_candidates import clause_population
from bot.reading.extract.regions import region_tie
from bot.reading.extract.side_subgroups import own_subgroup, sample_only

# Party names the text may write, capitalised: the known parties (the generic US sides, independents
# and "others" name no party of a list: a matchup sets them beside people) and "X Party".
_GENERIC: Final = frozenset(
    {
        "democrat",
        "democrats",
        "democratic",
        "republican",
        "republicans",
        "independent",
        "independents",
        "others",
    }
)
_KNOWN: Final = sorted(
    (p for p in PARTY_OPTIONS | PARTY_NAMES_ON_POP_WORDS | LIST_PARTY_NAMES if p not in _GENERIC),
    key=len,
    reverse=True,
)
_PARTY: Final = re.compile(
    r"(?i:(?<![\w'’-])(?:" + "|".join(re.escape(p) for p in _KNOWN) + r")(?=['’]s\b|['’](?!\w)|(?![\w'’-])))|"
    r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[Pp]arty\b"
)
# The option of a party list that is no one party: other parties.
_OTHER: Final = re.compile(r"\b(?:other|another)['’]?\s+part(?:y|ies)\b|\bothers\b", re.IGNORECASE)
_WHOLE: Final = 100.0
# Each share is rounded by up to half a point, so a list of n shares may print up to n/2 over a whole
# ("35, 29, 17, 4" and "4, 11, 1, 2" of one Irish list: 103).
_ROUNDING: Final = 0.5
# A list whose first share names whom it counts ("35 per cent of decided voters would back the X Party.
# The Y Party is second (33%) ...") goes on in pieces that name no one: they are its people's shares too.
HEAD_PEOPLE = True
# Past its paragraph, only a first share naming the sample itself ("of decided voters") lends its people to
# the pieces after it; one naming a subgroup ("NN% of one party's past voters") does not.
SAMPLE_HEADS = True
# Two pieces join only where their shares' own words name the same subgroup, or none (side_subgroups).
OWN_SUBGROUPS = True
# Words that narrow the sample to its voters without making it a subgroup ("decided and leaning voters").
_SAMPLE_QUALIFIERS: Final = re.compile(r"\b(?:and|or|leaning|leaners|committed|certain|decided)\b")
# A list's clause reaches back past numbers that are no figure (changes, seats; see `_party_of`).
SKIP_CHANGES = True
# What ends a clause of a prose list: a comma, semicolon or colon, a joining word, or a word that sets the
# next option beside this one ("21 per cent, followed by the Greens", "30% ahead of the Tories").
_BREAK: Final = re.compile(
    r"[,;:]|\b(?:and|while|whereas|but|with|followed|ahead|behind|over|than|compared|trailing|leading)\b"
)
# A list may hold one share whose option is no party name ("Independent candidates are on 9%").
_UNNAMED: Final = 1
# A clause's "people" that are an option of the list, not whom it counts: "and independents take 14%",
# "Independents and others take 20 per cent", "Independents/Others: 16 per cent" (and a party's own name,
# "the Social Democrats hold 6%", below). Nineteenth round: read as people, they cut real Irish lists.
OPTION_PEOPLE = True
_OPTION_WORDS: Final = frozenset(
    {"independents", "independent", "others", "other", "and", "the", "candidates"}
)


def _canon(name: str) -> str:
    """One key for a party however written: "the Green Party", "Greens" -> "green"."""
    words = name.lower().split()
    if words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]  # "the Green Party" and "the Greens" are one party
    key = " ".join(words)
    if key in NICKNAMES:  # "the Tories" and "the Conservatives" are one party
        key = NICKNAMES[key][0].lower()
    return key[:-1] if key.endswith("s") else key


def _named(a: Analysis, segment: tuple[int, int], last: bool) -> str | None:
    lo, hi = segment
    # Only a match opening on a capital counts: a stretch with no capital letter (str.islower) holds none,
    # and the case-blind names are tried at each of its characters.
    found = (
        []
        if a.text[lo:hi].islower()
        else [m for m in _PARTY.finditer(a.text, lo, hi) if m.group()[:1].isupper()]
    )
    if found:
        return _canon((found[-1] if last else found[0]).group())
    if _OTHER.search(a.text, lo, hi):
        return "(others)"
    return None


def _own_population(a: Analysis, f: Labelled) -> bool:
    """Whether the figure's own clause names whom it counts ("among 2019 Conservative voters, 58%"),
    other than by its party as the clause's subject ("The Liberals are on 30%")."""
    own = clause_population(a, a.numbers[f.num_index]).lower()
    return (
        bool(own)
        and _canon(own) != _party_of(a, f.num_index)
        and not set(own.split()) <= set(f.answer.lower().split())
        and not (OPTION_PEOPLE and _an_option(own))
    )


def _an_option(own: str) -> bool:
    """Whether a clause's people are an option of a party list: independents or others, or a party."""
    words = re.findall(r"[\w'’-]+", own)
    if words and set(words) <= _OPTION_WORDS:
        return True
    m = _PARTY.search(own.title())
    return m is not None and m.start() == 0 and m.end() == len(own)


def party_named(a: Analysis, i: int) -> str | None:
    """The party figure ``i``'s own clause names (see `_party_of`), or None."""
    return _party_of(a, i)


def _party_of(a: Analysis, i: int, shares: frozenset[int] | None = None) -> str | None:
    """The party the text names in figure ``i``'s clause: the nearest before it (back to the number or
    sentence before), else the first after it (up to the next number or the sentence's end). Read once
    per figure: the run joining and the steps asking :func:`party_named` ask again.

    Given ``shares`` (the indices of the numbers read as figures), the clause reaches back past numbers
    that are none ("the Greens are up 3 points to 21%", "dropped one point to 5%"): a change or a seat count
    between the party and its share ends no clause of a list (:data:`SKIP_CHANGES`)."""
    key = ("party_of" if shares is None else "party_of_shares", i)
    if key in a.memo:
        return cast("str | None", a.memo[key])
    num = a.numbers[i]
    s = a.sentences[num.sentence]
    before = i - 1
    while shares is not None and before >= 0 and before not in shares:
        before -= 1
    lo = max(s.start, a.numbers[before].end if before >= 0 else 0)
    k = i + 1
    while HEAD_PEOPLE and k < len(a.numbers) and a.layout.places[k].signed:
        k += 1  # a change beside the share ("35 per cent (+1 since June) would back ...") ends no clause
    hi = min(s.end, a.numbers[k].start if k < len(a.numbers) else len(a.text))
    got = None
    if shares is not None:
        # The clause itself first: from the last break before the share to the first after it ("33 per
        # cent would vote for the X and 30 per cent would vote for the Y": 30 is the Y's, not the X's).
        cut = [m.end() for m in _BREAK.finditer(a.text, lo, num.start)]
        after = _BREAK.search(a.text, num.end, hi)
        got = _named(a, (cut[-1] if cut else lo, num.start), last=True) or _named(
            a, (num.end, after.start() if after else hi), last=False
        )
    if shares is not None and before >= 0 and a.numbers[before].end > s.start:
        # Past the share before's own clause only: "6% to the Greens, while another 12% ..." is not theirs.
        gap = _BREAK.search(a.text, a.numbers[before].end, num.start)
        lo = gap.end() if gap else num.start
    got = got or _named(a, (lo, num.start), last=True)
    if shares is None:  # a clause read whole ends at a break after its share: the next clause is not its
        got = got or _named(a, (num.end, hi), last=False)
    a.memo[key] = got
    return got


def _subgroup(a: Analysis, f: Labelled) -> str:
    """The subgroup the share's own words name, or "" where they name none or only the sample."""
    who = own_subgroup(a, a.numbers[f.num_index])
    return "" if sample_only(_SAMPLE_QUALIFIERS.sub(" ", who)) else who


def join_party_runs(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with the pieces of each party list told over consecutive sentences joined (ids in order
    of first appearance)."""
    if not a.sentences:
        return cluster_ids
    places = a.layout.places
    owner = list(cluster_ids)
    members = members_by_cluster(owner)
    shares = frozenset(f.num_index for f in figs) if SKIP_CHANGES else None
    unnamed: dict[int, int] = {}
    info: dict[int, tuple[frozenset[str], float, str, str, str, str, str]] = {}
    for c, idx in members.items():
        fs = [figs[i] for i in idx]
        if any(places[f.num_index].col is not None or in_rows(a, f) for f in fs):
            continue  # table cells and list rows: the layout groups them
        parties = [_party_of(a, f.num_index, shares) for f in fs]
        named = [p for p in parties if p is not None]
        if len(named) < len(parties) - _UNNAMED or len(set(named)) < len(named):
            continue  # every share names its party, or all but one ("Independents ... 11%"; see _joins)
        waves = {(f.when or "").lower() for f in fs}
        pops = {f.population.lower() for f in fs if not HEAD_PEOPLE or _own_population(a, f)} or {""}
        pollsters = {p for f in fs if (p := a.pollster_of(a.numbers[f.num_index]))}
        regions = {r.lower() for f in fs if (r := region_tie(a, a.numbers[f.num_index]))}
        subgroups = {_subgroup(a, f) for f in fs} if OWN_SUBGROUPS else {""}
        if len(waves) > 1 or len(pops) > 1 or len(pollsters) > 1 or len(regions) > 1 or len(subgroups) > 1:
            continue
        if not any(_own_population(a, f) for f in fs):
            pops = {""}  # no clause names whom these figures count: the sample's label, however worded
        unnamed[c] = len(parties) - len(named)
        info[c] = (
            frozenset(named),
            sum(f.value for f in fs),
            waves.pop(),
            pops.pop(),
            next(iter(pollsters), ""),
            next(iter(regions), ""),
            subgroups.pop(),
        )
    order = sorted(members, key=lambda c: members[c][0])
    joined: set[int] = set()
    current: int | None = None
    for c in order:
        if (
            current is not None
            and current in info
            and c in info
            and _joins(figs, owner, members, info, current, c)
            and _named_enough(len(info[current][0] | info[c][0]), unnamed[current] + unnamed[c])
        ):
            pa, sa, wa, popa, pla, ra, sga = info[current]
            pb, sb, _, _, plb, rb, _ = info.pop(c)
            for i in members[c]:
                owner[i] = current
            members[current] = sorted(members[current] + members.pop(c))
            unnamed[current] += unnamed.pop(c)
            info[current] = (pa | pb, sa + sb, wa, popa, pla or plb, ra or rb, sga)
            joined.add(current)
            continue
        current = c
    for c in joined:
        asked = Counter(figs[i].question for i in members[c] if figs[i].question)
        if asked:
            # the most common; of a tie, the shortest (a standard template, not one figure's own wording)
            best = min(asked, key=lambda q: (-asked[q], len(q)))
            for i in members[c]:
                figs[i].question = best
    return in_order(owner)


def _named_enough(named: int, unnamed: int) -> bool:
    """A joined list names every party, or all but one share of at least three."""
    return unnamed == 0 or (unnamed <= _UNNAMED and named >= 2)


def _joins(
    figs: list[Labelled],
    owner: list[int],
    members: dict[int, list[int]],
    info: dict[int, tuple[frozenset[str], float, str, str, str, str, str]],
    ca: int,
    cb: int,
) -> bool:
    """Whether cluster ``cb`` continues the party list of cluster ``ca`` (see the module's account)."""
    pa, sa, wa, popa, pla, ra, sga = info[ca]
    pb, sb, wb, popb, plb, rb, sgb = info[cb]
    if sga != sgb:
        return False  # "the X Party leads among men (46%)" goes on no list of all voters
    whole = _WHOLE + _ROUNDING * (len(members[ca]) + len(members[cb]))
    if pa & pb or sa + sb > whole or wa != wb or (popa != popb and not (HEAD_PEOPLE and not popb)):
        return False
    if (
        popa != popb
        and SAMPLE_HEADS
        and figs[max(members[ca])].line != figs[min(members[cb])].line
        and not sample_only(_SAMPLE_QUALIFIERS.sub(" ", popa))
    ):
        return False  # past its paragraph, a list goes on from the sample's people ("decided voters") only
    if (pla and plb and pla != plb) or (ra and rb and ra != rb):
        return False
    both = sorted(members[ca] + members[cb])
    if any(owner[i] not in (ca, cb) for i in range(both[0], both[-1])):
        return False  # another cluster's figure lies among them (one nested in the other's gap is fine)
    # one paragraph, or the next one
    return all(figs[j].line - figs[i].line <= 2 for i, j in itertools.pairwise(both))
