"""A US candidate's party tag beside a share: one race gives each tag once.

Roundups of several races copy each match-up as a run of tagged shares, one race after another with a
short heading between them ("AZ Sen (R) Masters 48.1% (D) Kelly 47.7% PA Sen (R) Oz 48% (D) Fetterman
47%", "FL Governor (R) DeSantis 51% (D) Crist 45% FL Senate (R) Rubio 49% ...", "NEVADA GOP — 46% DEM — 43%
PENNSYLVANIA GOP — 47% DEM — 46%"). Every share names another candidate and the headings are too short
for the labels to tell the races apart, so the link model joins the whole run (probe29 u-11: 31 pairs
where 7 are right). The tags are structure the labels do not decide: a general-election match-up lists
each party once, so two clusters that give one tag two values, one of them holding two parties' tags, are two
races (or two polls, or two states) and never merge. A primary, whose candidates all carry one tag, is
never split by it; a race restated with the same shares (a bullet list repeating the prose) may still
join, its tags' values agreeing.

Tags read: "(R)" / "(D)" / "(I)" / "(L)" / "(G)" before or after a candidate's name just before the share
("(R) Blake Masters 48%", "Masters (R) 48%", "Masters (R-AZ): 48%"), and the bare "GOP", "DEM", "REP"
right before it ("GOP — 46%").
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis

PARTY_TAGS = True

# Tags and values of a cluster: tag -> the values it is given.
Tags = dict[str, set[float]]

_NAME: Final = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_SEP: Final = r"\s*\*?\s*[:=\-–—]*\s*"
_TAG_BEFORE_NAME = re.compile(rf"\(([RDILG])\)\s*\*?\s*{_NAME}{_SEP}$")
_TAG_AFTER_NAME = re.compile(rf"{_NAME}\s*\(([RDILG])(?:-[A-Z]{{2}})?\){_SEP}$")
_BARE_TAG = re.compile(rf"(?<![\w-])(GOP|DEM|REP|Dem|Rep){_SEP}$")
_BARE: Final = {"GOP": "R", "REP": "R", "Rep": "R", "DEM": "D", "Dem": "D"}
# How far before its share a tag may stand (a tag, a name of up to five words, a separator).
_REACH: Final = 60


def tag_of(a: Analysis, num_index: int) -> str | None:
    """The party tag written just before a figure's share on its line, or None."""
    n = a.numbers[num_index]
    line = a.lines[n.line]
    lo = max(line.start, n.start - _REACH)
    before = a.text[lo : n.start]
    # Only the words after the last number before it: "(R) Oz 48% (D) Fetterman 47%" gives 47 the "(D)".
    cut = max((m.end() for m in re.finditer(r"\d", before)), default=0)
    before = before[cut:]
    for pattern in (_TAG_BEFORE_NAME, _TAG_AFTER_NAME):
        m = pattern.search(before)
        if m:
            return m.group(1)
    m = _BARE_TAG.search(before)
    return _BARE[m.group(1)] if m else None


def tags_clash(x: Tags | None, y: Tags | None) -> bool:
    """Two clusters give one tag two values and one of them holds two parties' tags (a match-up): two
    races."""
    if not x or not y or max(len(x), len(y)) < 2:
        return False
    return any(tag in y and not values & y[tag] for tag, values in x.items())


def join_tags(tags: dict[int, Tags], ca: int, cb: int) -> None:
    """Cluster ``cb``'s tags move to ``ca``."""
    moved = tags.pop(cb, None)
    if not moved:
        return
    into = tags.setdefault(ca, {})
    for tag, values in moved.items():
        into.setdefault(tag, set()).update(values)
