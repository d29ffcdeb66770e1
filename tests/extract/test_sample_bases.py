"""A list's base carried to its later shares, and the passage's own word for its sample (list_bases.py,
sample_word.py; sixteenth session)."""

from __future__ import annotations

from bot.reading.extract.list_bases import is_base
from bot.reading.extract.sample_word import qualified_word, sample_word
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


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


def test_a_base_written_after_the_first_share_goes_down_the_list() -> None:
    text = (
        "The Ashvale poll gives Mayor Ines Vark 47 per cent support from decided voters. "
        "Challenger Rob Kettle is at 31 per cent, with Sam Ude on 12 per cent."
    )
    pops = {f.value: f.population for f in EXTRACTOR.extract(text).figures}
    assert pops == {47: "decided voters", 31: "decided voters", 12: "decided voters"}
