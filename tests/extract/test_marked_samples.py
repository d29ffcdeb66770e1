"""A state poll's sample with a registration or turnout word is kept whole where a figure was given only
"voters" or its state's voters (:mod:`marked_samples`); subgroups and other places are left alone."""

from __future__ import annotations

from bot.reading.extract.marked_samples import fuller_sample, marked_state_sample
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

_TOPIC_FIRST = (
    "Harlow College put out a survey on Governor Dana Pell's record with registered Oregon voters. "
    "The poll asks how voters see the state.\n\n44% of voters approve of Pell, 31% disapprove.\n\n"
    "Voters say 52%-18% that the state is safer than it was.\n\nAmong Democrats, 70% approve."
)


def test_a_sample_told_after_its_topic_is_read() -> None:
    assert marked_state_sample(EXTRACTOR.analyse(_TOPIC_FIRST))[0] == "registered Oregon voters"
    text = "A survey on school funding among likely Marlow voters finds the levy short."
    assert marked_state_sample(EXTRACTOR.analyse(text)) == ("", frozenset())  # Marlow is no state


def test_short_forms_take_the_sample() -> None:
    a = EXTRACTOR.analyse(_TOPIC_FIRST)
    sample, shorts = marked_state_sample(a)
    assert sample == "registered Oregon voters"
    assert fuller_sample("Oregon voters", sample, shorts) == sample
    assert fuller_sample("Oregon Voters", sample, shorts) == sample
    assert fuller_sample("voters", sample, shorts) == sample
    assert fuller_sample("Democrats", sample, shorts) == ""
    assert fuller_sample("Idaho voters", sample, shorts) == ""


def test_the_extractor_writes_the_sample_on_bare_voters_only() -> None:
    out = {(f.value, f.population) for f in EXTRACTOR.extract(_TOPIC_FIRST).figures}
    assert (44.0, "registered Oregon voters") in out
    assert (52.0, "registered Oregon voters") in out
    assert (70.0, "Democrats") in out or (70.0, "Oregon Democrats") in out


def test_an_unmarked_or_placeless_sample_is_no_cue() -> None:
    a = EXTRACTOR.analyse("A poll of 600 Oregon voters finds Pell ahead, 48% to 40%.")
    assert marked_state_sample(a) == ("", frozenset())
    a = EXTRACTOR.analyse("A poll of 600 registered voters finds Pell ahead, 48% to 40%.")
    assert marked_state_sample(a) == ("", frozenset())
