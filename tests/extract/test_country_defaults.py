"""A country's constructed voters ("GB voters", "Canadian voters") become the release's universe where the
text never writes them (:mod:`country_defaults`); a breakdown's province is then written bare
(:func:`world_scope.scoped_populations`)."""

from __future__ import annotations

from bot.reading.extract import populations
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

_BRITISH = (
    "Latest Pennant Polls Westminster figures\nThe latest Pennant Polls voting intention figures show Labour "
    "ahead. Labour are on 37% (+1), while the Conservatives are on 26% (-2). Elsewhere, the Liberal Democrats "
    "are on 12% (n/c).\nNearly one in three Britons (32%) trust Labour more on the economy."
)
_GB_TABLE = "Westminster voting intention, GB figures\n\nCon 29 | Lab 35 | LD 12 | Reform 14\n"
_CANADIAN = (
    "Nationwide, the Conservatives poll 41%, followed by the Liberals (28%) and the NDP (17%), a Lakeshore "
    "Research study of federal vote intention finds. In Quebec, the Bloc Quebecois leads with 36%, followed "
    "by the Liberals with 27%."
)


def _populations(text: str) -> dict[float, str]:
    return {f.value: f.population for f in EXTRACTOR.extract(text).figures}


def test_release_word() -> None:
    assert populations.release_word("GB voters") == "Britons"
    assert populations.release_word("Canadian voters") == "Canadians"
    assert populations.release_word("Irish voters") == "Irish voters"


def test_a_british_release_names_britons() -> None:
    got = _populations(_BRITISH)
    assert got[37.0] == "Britons"
    assert got[26.0] == "Britons"


def test_gb_written_keeps_gb_voters() -> None:
    assert "GB voters" in set(_populations(_GB_TABLE).values())


def test_a_province_is_written_bare() -> None:
    got = _populations(_CANADIAN)
    assert got[36.0] == "Quebec"
    assert got[27.0] == "Quebec"
    assert "voters" not in got[41.0]


def test_a_regional_poll_of_voters_keeps_the_country_voters() -> None:
    text = (
        "A Lakeshore poll of Quebec voters for the provincial election puts the Parti Quebecois ahead with 31%. "
        "Across Canada, though, the Conservatives sit on 40% and the Liberals on 26%."
    )
    assert _populations(text)[40.0] == "Canadian voters"


_GB_SAMPLE = (
    "Westminster voting intention: Lab 41% (+2) | Con 25% (-1) | Lib Dem 11% (n/c) via Pennant Polls\n"
    "Fieldwork: 3rd - 5th May\nSample: 1,204 GB adults\n"
)


def test_a_gb_adults_sample_line_names_the_release_s_people() -> None:
    assert populations.is_place_people("GB adults")
    assert set(_populations(_GB_SAMPLE).values()) == {"GB adults"}


def test_a_banner_place_is_no_scope_for_a_flattened_table() -> None:
    # A pollster's table run onto one line: the banner's last heads are regions ("Midlands / Wales",
    # "Scotland"); its cells take their columns' people or the sample, never the banner's last region.
    text = (
        "Northway / The Courier Survey Results Sample Size: 1210 GB Adults Fieldwork: 3rd - 4th May "
        "Total Con Lab Male Female London North Midlands / Wales Scotland "
        "Weighted Sample 1210 402 388 590 620 160 300 280 110 % % % % % % % % % "
        "Con 41 88 6 39 43 30 42 45 25 Lab 37 5 86 38 36 45 38 35 30 Other 22 7 8 23 21 25 20 20 45"
    )
    by_value = {f.value: f.population for f in EXTRACTOR.extract(text).figures[:9]}
    assert by_value[41] != "Wales" and by_value[41] != "Con voters"  # the total column
    assert by_value[45] == "Midlands / Wales"  # one head, as written
    assert by_value[25] == "Scotland"
