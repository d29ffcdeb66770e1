"""A bare pair's shares under a rating noun: the rating's two sides as answer proposals.

A rating's shares are often written as a bare pair under a sentence about approval or favourability ("her
job rating stands at 55%/38%", "favorability ... 45-52"). The sides are labelled in their normalised form
(approve / disapprove), which is written nowhere near the figures, so the nearby-word proposals never hold
it.

- ``rating_side`` (source ``pair_topic``): the first share of a bare pair takes the side a topic noun of its sentence, or of the
  sentence before, names ("approval" -> approve), the second share the opposite side (disapprove).

(Tried with it and not kept, see docs/extraction.md, x20 ra20: the people named in the sentence or the one
before offered to a pair's shares, and a surname proposal's full name. The people raised answer reach on
all three open probes most, but with either of them grouping fell .005 to .022 in cross-validation.)
"""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_cues import TOPIC_NOUNS, opposite


def _pair_place(a: Analysis, n: Num) -> int | None:
    """0 or 1: the figure's place in a bare pair ("51 to 44", "48-41", "55%/38%"), else None."""
    if n.cand.partner is not None:
        return 0 if n.cand.first else 1
    for k, place in ((n.index + 1, 0), (n.index - 1, 1)):
        if 0 <= k < len(a.numbers):
            m = a.numbers[k]
            lo, hi = (n, m) if place == 0 else (m, n)
            if m.sentence == n.sentence and a.text[lo.cand.mark_end : hi.start].strip().lower() in (
                "to",
                "-",
                "–",
                "—",
                "/",
                "percent to",
                "per cent to",
                "% to",
            ):
                return place
    return None


def _bounds(a: Analysis, i: int) -> tuple[int, int]:
    s = a.sentences[i]
    return a.token_at(s.start), a.token_at(s.end)


def rating_side(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """The side of a rating a bare pair's share stands for, named by a topic noun of the figure's
    sentence or the one before it ("approval ... 55%/38%" -> approve for 55, disapprove for 38)."""
    place = _pair_place(a, n)
    if place is None or not a.sentences:
        return None
    for where, sent in (("same", n.sentence), ("prev", n.sentence - 1)):
        if sent < 0:
            continue
        lo, hi = _bounds(a, sent)
        for k in range(lo, hi):
            opt = TOPIC_NOUNS.get(a.tokens[k].lower)
            if opt is None:
                continue
            other = opposite(opt)
            if other is None:
                continue
            text = opt if place == 0 else other
            return text, "pair_topic", {f"topic_where={where}": 1.0, f"topic_side={place}": 1.0}
    return None
