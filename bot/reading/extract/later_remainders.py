"""After clustering: the share of the unsure told in a later sentence joins the result before it.

News copy gives a race or a party list first and the rest of the sample later, in a sentence of its own,
often after a methodology note or a quote: "<State> voters backed A by 48 percent to B's 44 percent.
Six percent had not decided ...", "Of those asked 9%, up 1%, named no party.", "... the totals take in
12% of voters who back no party", "a fifth still have to choose". The labels of such a sentence are weak (no option is named,
the people are often read from another sentence), so the link model leaves it apart; `remainder_shares`
reads the unsure share only within its split's sentence.

The layout decides here (counted on the open probes: p29a-06, -10, -11, p29u-02, -05, -08, p28u-03,
p27u-03, p26a-09). A cluster whose figures all lie in one sentence that writes an unsure or no-choice
phrase ("undecided", "don't know", "would not say", "named no party", "yet to decide", "not aligned",
"no preference"), every figure of it smaller than the leading share before it, joins the cluster of the
figure just before it in the text when:

- that cluster holds two figures or more, all before this sentence, within a few sentences of it, and
  every figure of the sentence before is in it (where that sentence gives this poll's split and an
  earlier one's, which one the unsure share completes is not read);
- the unsure sentence holds a few numbers at most (a crosstab's "Don't know" row run into one sentence
  is its table's);
- no other figure lies between them (the unsure share is the next number the text gives);
- neither is a table's cells or a list's rows (a scorecard's footnote "Undecided: 2%" under a row of
  margins is its column's, not the row's);
- both are one wave;
- the sentence names no people of its own ("Among women, 21% are not sure" is another group), or its
  figures' people are the cluster's;
- the cluster's shares with the sentence's add up to a whole at most.

Runs after clustering and moves no feature, so the fitted weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, in_order, listed, members_by_cluster
from bot.reading.extract.population_candidates import clause_population

LATER_REMAINDERS = True

_WHOLE: Final = 101.0
# How many sentences back the result may lie (a methodology note or a quote between them).
_REACH: Final = 6
# The most figures the unsure sentence may hold ("7% undecided and 2% for Nader").
_MOST: Final = 3

_NEG = r"(?:not|n[o'’]t|never)"
_UNSURE_PHRASE = re.compile(
    r"\b(?:undecided|unsure|not\s+sure|no\s+opinion|no\s+preference|don[’']?t\s+know|do\s+not\s+know|"
    r"did\s+not\s+know|didn[’']?t\s+know|can[’']?t\s+say|cannot\s+say|refus\w*|"
    rf"(?:would|could|did|do|will)\s*{_NEG}\s+(?:say|answer|name|choose|pick|vote|express)|"
    r"(?:named?|chose|picked|expressed|gave)\s+no\b|no\s+(?:party|candidate)\b|"
    r"yet\s+to\s+(?:decide|make\s+up|choose|pick)|not\s+(?:yet\s+)?(?:decided|made\s+up|aligned)|"
    r"haven[’']?t\s+decided|have\s+not\s+decided)",
    re.IGNORECASE,
)


# The whole sample named again ("Of those surveyed, 7% ...", "of respondents"): no subgroup.
_WHOLE_SAMPLE = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?:those|people|respondents|voters|adults|electors)"
    r"(?:\s+(?:surveyed|polled|asked|questioned|interviewed|sampled|who\s+(?:were\s+)?(?:surveyed|polled|asked)))?",
    re.IGNORECASE,
)


def _same_people(theirs: str, own: str) -> bool:
    theirs, own = theirs.strip().lower(), own.strip().lower()
    return (
        not own
        or _WHOLE_SAMPLE.fullmatch(own) is not None
        or theirs == own
        or theirs.endswith(f" {own}")
        or own.endswith(f" {theirs}")
    )


def join_later(a: Analysis, figs: list[Labelled], cluster_ids: list[int]) -> list[int]:
    """Cluster ids with each later unsure sentence's cluster in the result before it (see the module
    docstring)."""
    if not LATER_REMAINDERS or not a.sentences:
        return cluster_ids
    ids = list(cluster_ids)
    members = members_by_cluster(ids)
    for c, idx in list(members.items()):
        first = idx[0]
        sentence = figs[first].sentence
        if first == 0 or len(idx) > _MOST or any(figs[i].sentence != sentence for i in idx):
            continue
        if idx != list(range(first, first + len(idx))):
            continue  # the sentence's figures, one after another
        before = figs[first - 1]
        host = ids[first - 1]
        hosts = members.get(host, [])
        if host == c or len(hosts) < 2 or max(hosts) >= first:
            continue
        if before.sentence == sentence or not 0 < sentence - before.sentence <= _REACH:
            continue  # within one sentence, remainder_shares decides
        if any(listed(a, figs[i]) for i in (*hosts, *idx)):
            continue  # a table's or a list's rows: their axes decide
        if any(ids[j] != host for j, g in enumerate(figs) if g.sentence == before.sentence):
            continue  # two results in the sentence before (this poll's and an earlier one's): whose is it?
        if len(a.numbers_by_sentence.get(sentence, ())) > _MOST + 2:
            continue  # a row of a table run into one sentence, not a sentence of prose
        span = a.sentences[sentence]
        if not _UNSURE_PHRASE.search(a.text, span.start, span.end):
            continue
        if any((figs[i].when or "").lower() != (before.when or "").lower() for i in idx):
            continue
        lead = max(figs[j].value for j in hosts)
        if any(figs[i].value >= lead for i in idx):
            continue
        if sum(figs[j].value for j in hosts) + sum(figs[i].value for i in idx) > _WHOLE:
            continue
        own = [clause_population(a, a.numbers[figs[i].num_index]) for i in idx]
        if any(own) and not all(_same_people(figs[j].population, p) for p in own if p for j in hosts):
            continue
        for i in idx:
            ids[i] = host
        members[host].extend(members.pop(c))
    return in_order(ids)
