"""Tables whose axes use the short labels polls outside the US print: Irish, British, Canadian,
Australian and German party abbreviations, German Länder, British regions, abbreviated options and
education bands. Each axis must still read as options or as people (table_labels' vocabularies).

The tables are written for these tests; the parties and places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor
from bot.reading.extract.table_labels import OPTION, PARTY, SUBGROUP, label_kind
from tests.extract.by_value import labels_by_value


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("FF", PARTY),
        ("PBP", PARTY),
        ("GPC", PARTY),
        ("AfD", PARTY),
        ("CDU/CSU", PARTY),
        ("Bayern", SUBGROUP),
        ("NRW", SUBGROUP),
        ("Scot", SUBGROUP),
        ("NI", SUBGROUP),
        ("Coll grad", SUBGROUP),
        ("No coll", SUBGROUP),
        ("Wrong trk", OPTION),
        ("Right dir.", OPTION),
        ("Und.", OPTION),
        ("NET", OPTION),
    ],
)
def test_short_axis_labels_have_a_kind(label: str, kind: str) -> None:
    assert label_kind(label) == kind


def test_irish_parties_down_the_side_are_the_options(extractor: Extractor) -> None:
    text = (
        "Shannon Research poll of 1,100 adults in Ireland, March 2027\n"
        "            Men    Women    Dublin\n"
        "FF           21       19        17\n"
        "FG           22       24        20\n"
        "SF           27       23        29\n"
        "Lab           5        6         8\n"
        "SD            6        7         9\n"
        "PBP           3        2         4\n"
        "Others       16       19        13\n"
    )
    got = labels_by_value(extractor, text)
    assert got[27] == ("men", "sinn féin")
    assert got[24][1] == "fine gael"
    assert got[29][1] == "sinn féin"


def test_irish_party_columns_are_their_voters(extractor: Extractor) -> None:
    text = (
        "Shannon Research poll of 1,100 adults in Ireland, March 2027\n"
        "Do you approve of the new housing plan?\n"
        "              FF     FG     SF    PBP\n"
        "Approve       61     58     22     13\n"
        "Disapprove    31     35     71     80\n"
        "DK             8      7      7      7\n"
    )
    got = labels_by_value(extractor, text)
    assert got[71] == ("sf voters", "disapprove")
    assert got[61][0] == "ff voters"


def test_german_lander_across_parties_down(extractor: Extractor) -> None:
    text = (
        "Rheinblick Institut poll of 2,400 German adults, May 2027\n"
        "             Bayern    NRW    Sachsen    Hessen\n"
        "CDU/CSU          38     31         26         30\n"
        "SPD              12     19         11         18\n"
        "AfD              17     16         34         18\n"
        "Grüne            14     15          7         14\n"
        "Linke             4      6          9          5\n"
        "Other            15     13         13         15\n"
    )
    got = labels_by_value(extractor, text)
    assert got[38] == ("bayern", "cdu/csu")
    assert got[34] == ("sachsen", "afd")
    assert got[31][0] == "nrw"


def test_british_regions_across_parties_down(extractor: Extractor) -> None:
    text = (
        "Harbour Polling, 2,050 British adults, June 2027\n"
        "            Scot    Wales    NI    London    Midlands\n"
        "Con           12       18     3        19          27\n"
        "Lab           21       29     2        38          25\n"
        "Ref           13       23     4        14          28\n"
        "SNP           33        0     0         0           0\n"
        "Other         21       30    91        29          20\n"
    )
    got = labels_by_value(extractor, text)
    assert got[33] == ("scotland", "snp")
    assert got[38] == ("london", "labour")
    assert got[91][0] == "northern ireland"


def test_canadian_past_vote_columns_and_abbreviated_options(extractor: Extractor) -> None:
    text = (
        "Maple Insight poll of 1,500 Canadians, April 2027\n"
        "Is the country headed in the right direction or on the wrong track?\n"
        "               LPC    CPC    NDP    BQ    GPC\n"
        "Right dir.      64     17     41    28     36\n"
        "Wrong trk       26     76     48    61     52\n"
        "DK              10      7     11    11     12\n"
    )
    got = labels_by_value(extractor, text)
    assert got[64] == ("lpc voters", "right direction")
    assert got[76] == ("cpc voters", "wrong track")
    assert got[36][0] == "gpc voters"


def test_education_bands_and_an_undecided_row(extractor: Extractor) -> None:
    text = (
        "Prairie Poll of 800 Kansas voters, August 2027\n"
        "Do you support the school bond measure?\n"
        "            Coll grad    No coll    Postgrad\n"
        "Support            57         44          62\n"
        "Oppose             31         45          27\n"
        "Und.               12         11          11\n"
    )
    got = labels_by_value(extractor, text)
    assert got[57] == ("coll grad", "support")
    assert got[45] == ("no coll", "oppose")
    assert got[12] == ("coll grad", "undecided")
