"""Topline rows that print each side's net beside its parts (net_rows), and signed cells (layout._signed).

A rating question's trend table often prints, for each wave, the total of each side and then its parts,
so the row adds up to about two wholes and no layout sum finds it; nets and parts are all figures. A
net, spread or index cell alone on its line ("-8", "+ 11%", "- 5%") and a net written "minus 12" are
signed: never figures. Texts written for these tests; the names and figures are invented.
"""

from __future__ import annotations

from bot.reading.extract import Extractor

NET_ROWS = """Q7. Do you approve or disapprove of the way Mayor Ines Varga is handling her job?
TOTAL Strongly Somewhat TOTAL Somewhat Strongly (Unsure)
2-5 Oct 26 51% 29 22 45 14 31 4
7-9 Sep 26 48% 26 22 47 16 31 5"""

# The same values with no header naming a net column: nothing says the row holds nets.
NO_NET_HEADER = """Q7. Do you approve or disapprove of the way Mayor Ines Varga is handling her job?
Approve Strongly Somewhat Disapprove Somewhat Strongly (Unsure)
2-5 Oct 26 51% 29 22 45 14 31 4"""

TRACKER = """Date
Index
Total approve
Total disapprove

6/3
-7
45%
52%

6/2
+1
49%
48%"""

SPREADS = """Poll
|
Favor
|
Oppose
|
Spread
|
Lark Research
|
46%
|
49%
|
- 3%
|
Osprey Polling
|
50%
|
44%
|
+ 6%
|"""

MINUS = (
    "In the Fenwick poll the premier's net rating fell from minus 6 to minus 13, while 41 per cent "
    "approve of her and 54 per cent disapprove."
)


def _values(extractor: Extractor, text: str) -> list[float]:
    return [f.value for f in extractor.extract(text).figures]


def test_a_net_rows_nets_and_parts_are_figures(extractor: Extractor) -> None:
    assert _values(extractor, NET_ROWS) == [51, 29, 22, 45, 14, 31, 4, 48, 26, 22, 47, 16, 31, 5]


def test_a_row_without_a_net_header_is_not_read_as_nets(extractor: Extractor) -> None:
    assert 29.0 not in _values(extractor, NO_NET_HEADER)


def test_an_index_cell_alone_on_its_line_is_no_figure(extractor: Extractor) -> None:
    assert _values(extractor, TRACKER) == [45, 52, 49, 48]


def test_a_spread_cell_alone_on_its_line_is_no_figure(extractor: Extractor) -> None:
    assert _values(extractor, SPREADS) == [46, 49, 50, 44]


def test_a_net_written_minus_is_no_figure(extractor: Extractor) -> None:
    assert _values(extractor, MINUS) == [41, 54]
