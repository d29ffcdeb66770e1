"""A poll list's rows each name their own sample after their shares (:mod:`row_samples`)."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

_LIST = (
    "Governor approval, recent polls\n"
    "Pollster Dates Approve Disapprove Sample Population\n"
    "Redline May 2-6 51% 42% 900 Registered voters\n"
    "Crestview May 4-9 47% 45% 1,200 All adults\n"
    "Harbor May 8-10 53% 41% 700 Likely voters\n"
)
_ONE_SENTENCE = "A poll of 800 adults finds 52% approve and 40% disapprove of the mayor, among likely voters"


def test_each_row_takes_its_own_sample() -> None:
    got = [(f.value, f.population) for f in EXTRACTOR.extract(_LIST).figures]
    assert (51.0, "Registered voters") in got
    assert (47.0, "All adults") in got
    assert (45.0, "All adults") in got
    assert (53.0, "Likely voters") in got


def test_one_line_is_no_list() -> None:
    from bot.reading.extract import row_samples

    a = EXTRACTOR.analyse(_ONE_SENTENCE)
    assert row_samples.row_universes(a) == {}
