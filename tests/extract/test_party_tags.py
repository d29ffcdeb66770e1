"""party_tags: one race gives each party tag once (invented people and pollsters)."""

from __future__ import annotations

from bot.reading.extract.party_tags import tags_clash
from bot.reading.extract.weighed import WeighedExtractor


def _groups(text: str) -> list[str]:
    return [f.group for f in WeighedExtractor().extract(text).figures]


def test_a_match_up_never_takes_a_second_share_of_one_tag() -> None:
    assert tags_clash({"R": {48.0}, "D": {47.0}}, {"R": {46.0}})
    assert not tags_clash({"R": {48.0}, "D": {47.0}}, {"R": {48.0}})  # restated
    assert not tags_clash({"R": {41.0}}, {"R": {33.0}})  # a primary: one tag throughout
    assert not tags_clash(None, {"R": {33.0}})


def test_a_roundup_of_tagged_races_is_one_group_a_race() -> None:
    text = (
        "Closing polls from Fenwick Research:\n\n"
        "IA Sen\n\n(R) Lou Grant 48%\n\n(D) Mae Ortiz 45% KS Gov\n\n(R) Al Byrd 52%\n\n(D) Pia Lund 43%\n"
    )
    g = _groups(text)
    assert g[0] == g[1] and g[2] == g[3] and g[0] != g[2]


def test_a_primary_of_one_tag_stays_one_group() -> None:
    text = "GOP PRIMARY (Fenwick) (R) Lou Grant 38% (R) Al Byrd 30% (R) Cy Moss 15% Undecided 17%\n"
    assert len(set(_groups(text))) == 1
