"""The two shares a printed lead is worked out from (lead_sides.py): "Ortiz (D) +7 (45/38)".

In a roundup whose lines print each race's lead with a plus sign and then the two sides' shares in
brackets, the shares are figures and the leads are not; a bracketed pair whose sides do not differ by the
lead is left to the other evidence. Texts written for these tests; the races, names and figures are
invented.
"""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.lead_sides import lead_side
from bot.reading.extract.weighed import WeighedExtractor

_ROUNDUP = (
    "New Harbor Research Senate polls of likely voters in three states:\n"
    "WL: ORTIZ (D) +7 (45/38) | Governor approval (+4)\n"
    "NR: KEANE (R) +9 (51/42) | Governor (+12)\n"
    "SV: VALE (R) +8 (49/41) | Governor (+3)\n"
)


def test_bracketed_shares_after_a_lead_are_figures() -> None:
    got = [f.value for f in WeighedExtractor().extract(_ROUNDUP).figures]
    assert got == [45, 38, 51, 42, 49, 41]


def _sides(text: str) -> list[float]:
    a: Analysis = WeighedExtractor().analyse(text)
    return [n.value for n in a.numbers if lead_side(a, n)]


def test_only_a_pair_that_gives_its_lead() -> None:
    assert _sides("WL: ORTIZ (D) +7 (45/38)") == [45, 38]
    assert _sides("WL: ORTIZ (D) +3 (45/38)") == []
    assert _sides("WL: ORTIZ (D) +7 45/38") == []
