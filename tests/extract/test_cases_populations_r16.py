"""Populations abroad: a party list's base carried over sentences, and the passage's own word for its sample.

``data/cases_populations_r16.jsonl`` holds short passages written for these tests (sixteenth round):

- pb01: a provincial list opened "38% of decided voters", continued in the next paragraph ("The Liberals
  sit at 18 per cent"): every share of the list is the decided voters'.
- pb02: "committed voters" named with the first share only, the list going on over two sentences, then
  another question asked of the whole sample ("Asked separately ..."), which is the country's people.
- pb03 and pb04: a report whose prose writes the sample's word as the people of two shares or more
  ("58 per cent of respondents", "62% of the public"): the figures naming nobody take that word too.
- pb05: the word written once only ("44% of respondents" in a survey of Canadians): the labels keep the
  sample's people, as the training labels do where the word is written once.
- pb06: an Irish list "among decided voters", then the Taoiseach's satisfaction rating, which is the
  country's voters'. Open: the rankers themselves give the rating "decided voters" (the passage's only
  written people), before any step after them.
- pb07: a party list with "Independents" among its options: all the country's voters (right on integ
  too; a guard for the step that reads "Independents" abroad as a party, not people, which mends
  fresh Irish lists where the rankers gave that option's figure "Independents" as its people).
- pb08: the sample's word with who among them right after a figure ("57 per cent of respondents in the
  south of the state"): those respondents are the figure's people, and its own group.

Labelled by the shared README's rules before the extractor was run on them, and kept out of
:data:`corpus.OWN_FILES` so the weights never see them.

First score on integ before any change (figures, groups, population): 1.000 0.870 0.864 (pb01, pb02: the
later shares of the list given the country's or the sample's people; pb03, pb04: the figures naming
nobody given "Indians" and "Britons"; pb08: every figure "respondents", the qualified two grouped).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.list_bases import is_base
from bot.reading.extract.sample_word import qualified_word, sample_word
from bot.reading.extract.scoring import load, score
from bot.reading.extract.weighed import WeighedExtractor
from tests.extract.written_cases import check_written_cases

CASES = Path(__file__).parent / "data" / "cases_populations_r16.jsonl"
EXTRACTOR = WeighedExtractor()


def test_r16_population_cases_are_well_formed() -> None:
    records = load(CASES)
    check_written_cases(records, at_least=8, labelled=("population", "answer", "question"))
    assert all(r["figures"] for r in records)


def test_r16_population_cases_hold_their_level(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    # 0.864 on integ when written; 0.985 once a list's base is carried and the sample's word is read.
    assert s.population >= 0.97


def test_a_base_names_the_part_of_the_sample_that_chose() -> None:
    assert is_base("decided voters")
    assert is_base("committed voters")
    assert is_base("decided and leaning voters")
    assert not is_base("undecided voters")
    assert not is_base("Ontario voters")


def test_the_sample_word_counts_only_when_written_twice() -> None:
    twice = (
        "In the survey 40% of respondents agreed and 21 per cent of respondents disagreed; 9% were unsure."
    )
    once = "In the survey 40% of respondents agreed, while 21% disagreed."
    assert sample_word(EXTRACTOR.analyse(twice)) == "respondents"
    assert sample_word(EXTRACTOR.analyse(once)) == ""
    public = "Most of the country, 55% of the public, backs the plan; 30% of the public opposes it."
    assert sample_word(EXTRACTOR.analyse(public)) == "the public"


def test_respondents_qualified_right_after_a_figure_are_its_people() -> None:
    text = "In all, 31 per cent of respondents in the hill districts agreed, and 12% of respondents aged 18 to 24 disagreed."
    a = EXTRACTOR.analyse(text)
    assert qualified_word(a, text.index("31") + 2) == "respondents in the hill districts"
    assert qualified_word(a, text.index("12") + 2) == "respondents aged 18 to 24"
    assert qualified_word(EXTRACTOR.analyse("Some 40% of respondents agreed."), 7) == ""
