"""Population proposals for one figure: who the text says gave it, near the figure and in the release.

Sources (each a proposal the fitted ``population`` ranker weighs):

- ``of_after``: "45% of likely voters say ...";
- ``among``: the nearest "among X" in the figure's sentence ("Among Democrats, 61% ...");
- ``before``: a population named just before the figure ("Democrats (74%)", "women, 48%");
- ``sentence``: the first population the figure's sentence names;
- ``sample``: the universe of the release's sample description ("a poll of 1,000 likely voters");
- ``universe``: the passage's country default ("Americans", "Britons", ...), and ``country_voters``
  ("Australian voters") when the passage is about vote intention.
"""

from __future__ import annotations

import re

from bot.reading.extract import labels
from bot.reading.extract.analysis import Analysis, Num

_WINDOW = 90
_AMONG = re.compile(r"\bamong\s+", re.IGNORECASE)
_OF = re.compile(r"[ \t]*\)?[ \t]*of[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _found(chunk: str, prefer_last: bool) -> tuple[str, int, int] | None:
    try:
        return labels.population_in(chunk, prefer_last)
    except (IndexError, ValueError):  # a defensive floor: a label is optional, an exception is not
        return None


def _sentence_span(a: Analysis, n: Num) -> tuple[int, int]:
    if not a.sentences:
        return 0, len(a.text)
    s = a.sentences[n.sentence]
    return s.start, s.end


def population_proposals(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    out: list[tuple[str, str, dict[str, float]]] = []
    lo, hi = _sentence_span(a, n)
    right = a.text[n.cand.mark_end : min(hi, n.cand.mark_end + _WINDOW)]
    m = _OF.match(right)
    if m is not None:
        found = _found(right[m.end() :], prefer_last=False)
        if found is not None and found[1] <= 12:
            out.append((found[0], "of_after", {}))
    left_lo = max(lo, n.start - _WINDOW)
    left = a.text[left_lo : n.start]
    among = [x for x in _AMONG.finditer(a.text, max(lo, n.start - 300), min(hi, n.end + 300))]
    if among:
        best = min(among, key=lambda x: abs(x.start() - n.start))
        found = _found(a.text[best.end() : min(hi, best.end() + _WINDOW)], prefer_last=False)
        if found is not None and found[1] <= 8:
            side = "among_before" if best.start() < n.start else "among_after"
            out.append((found[0], "among", {side: 1.0, f"among_count={min(len(among), 3)}": 1.0}))
    found = _found(left, prefer_last=True)
    if found is not None:
        gap = len(left) - found[2]
        out.append((found[0], "before", {f"gap={min(gap // 10, 4)}": 1.0}))
    sent = a.text[lo : min(hi, lo + 600)]
    found = _found(sent, prefer_last=False)
    if found is not None:
        out.append((found[0], "sentence", {}))
    place = a.layout.places[n.index]
    header = " ".join((place.header or "").replace("*", " ").split()).strip(" :|-–")
    if header and not place.header_date and any(ch.isalpha() for ch in header):
        out.append((header, "col_header", {f"cells={min(place.cells, 6)}": 1.0}))
    cues = a.passage_cues
    if cues.sample_population:
        out.append((cues.sample_population, "sample", {}))
    if cues.universe:
        out.append((cues.universe, "universe", {f"universe={cues.universe.lower()}": 1.0}))
    for rank, mention in enumerate(cues.mentions):
        out.append((mention, "passage_mention", {f"mention_rank={rank}": 1.0}))
    if cues.state:
        out.append((f"{cues.state} voters", "state_voters", {}))
        for mod in ("likely voters", "registered voters"):
            if any(mod in m for m in cues.mentions):
                out.append((f"{cues.state} {mod}", "state_voters", {"state_mod": 1.0}))
    if cues.country_voters:
        out.append((cues.country_voters, "country_voters", {"intention": 1.0} if cues.intention else {}))
    return out
