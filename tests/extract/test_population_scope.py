"""Population proposals for subgroups and for the sample a table or paragraph was asked of.

The passages are written for the project (invented places, people and numbers). Proposals are checked
directly, so these tests do not depend on the fitted weights.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import choices
from bot.reading.extract.passage_cues import passage_cues
from bot.reading.extract.population_candidates import rejected, tidy_population
from bot.reading.extract.populations import sample_mentions
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _proposed(text: str, value: float, label: str, source: str) -> bool:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    return any(
        c.text == label and c.features.get(f"src={source}") == 1.0
        for c in choices.candidates(a, n, "population")
    )


def _texts(text: str, value: float) -> set[str]:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    return {c.text for c in choices.candidates(a, n, "population")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Put to 1200 Adults across the region\nYes 41%", [("1200", "Adults")]),
        ("Sample: n=650 likely voters, phone and text", [("650", "likely voters")]),
        ("Harbor Polling | 2,410 RV | May 3-6", [("2,410", "registered voters")]),
        ("Fieldwork ran in June among 980 registered voters.", [("980", "registered voters")]),
        ("N Size: 2004 Registered Voters | Margin 3%", [("2004", "Registered Voters")]),
        ("Some 2,31,560 respondents took part in all states.", [("2,31,560", "respondents")]),
        # An election year before a side's voters is not a sample size.
        ("Of the 2016 Leave voters, 61% would do it again.", []),
        # A count of one subgroup in running text is not the sample.
        ("We reached 400 Democrats and 380 Republicans by phone.", []),
    ],
)
def test_sample_descriptions_anywhere_in_the_passage(text: str, found: list[tuple[str, str]]) -> None:
    assert sample_mentions(text) == [(text.index(count), label) for count, label in found]


def test_each_table_takes_the_sample_described_just_above_it() -> None:
    text = (
        "Mayor Quill job rating\n\nPut to 1200 Adults\nApprove 41%\nDisapprove 52%\n\n"
        "Harbor bond vote\n\nPut to 640 Likely Voters\nYes 47%\nNo 39%\n"
    )
    assert _proposed(text, 41, "Adults", "sample_near")
    assert _proposed(text, 47, "Likely Voters", "sample_near")
    assert not _proposed(text, 47, "Adults", "sample_near")


@pytest.mark.parametrize(
    ("text", "value", "label", "source"),
    [
        ("Tamsin Ode leads among females (51%) and trails among males (44%).", 44, "males", "among"),
        ("The plan draws 62% among 18 to 29 but only 35% among 65+.", 62, "aged 18 to 29", "among"),
        ("Independent — yes: 58%, no: 30%, unsure: 12%", 58, "independents", "row_head"),
        ("All registered voters — yes: 54%, no: 40%", 54, "registered voters", "row_head"),
    ],
)
def test_subgroups_without_a_population_head_word(text: str, value: float, label: str, source: str) -> None:
    assert _proposed(text, value, label, source)


def test_answer_options_and_things_are_never_populations() -> None:
    text = "Rating | Favorable | Unfavorable | Net change |\nMayor Quill | 48 | 41 | -3 |\n"
    assert not {t.lower() for t in _texts(text, 41)} & {"unfavorable", "net change", "favorable"}
    for label in ("Unfavorable", "NET CHANGE", "Don't know", "those figures", "those"):
        assert rejected(label)
    for label in ("those who voted early", "Democrats", "women", "likely voters"):
        assert not rejected(label)


@pytest.mark.parametrize(("raw", "tidied"), [("Democrat", "Democrats"), ("Independent", "independents")])
def test_a_singular_party_row_names_its_people(raw: str, tidied: str) -> None:
    assert tidy_population(raw) == tidied


def test_a_population_word_inside_a_title_is_not_a_passage_mention() -> None:
    text = (
        "Polls on the Dunmore Public Transit Levy. Dunmore Public Transit Levy backers lead. "
        "Among likely voters, 52% favor the Dunmore Public Transit Levy and 38% oppose it."
    )
    mentions = passage_cues(text).mentions
    assert "Dunmore Public" not in mentions
    assert "likely voters" in mentions
