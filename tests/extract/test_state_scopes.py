"""The state each figure was polled in, on its population (:mod:`state_scopes`): a row's postal code or state
cell, the figure's sentence, a heading line, the sentence opening its part; a subgroup takes it only in a
report on several states and from the figure's own cue; an Indian state's figures take its voters."""

from __future__ import annotations

from bot.reading.extract import state_scopes
from bot.reading.extract.groups import Labelled
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _after(text: str, figure: str, population: str, *, nth: int = 0, passage_states: bool = False) -> str:
    """The population the step gives the figure written ``figure`` (its ``nth`` occurrence) when the
    rankers left it ``population`` (every other figure left ``population`` too); ``passage_states`` as
    :func:`state_scopes.apply` takes it (test_poll_states reads it so)."""
    a = EXTRACTOR.analyse(text)
    at = -1
    for _ in range(nth + 1):
        at = text.index(figure, at + 1)
    figs = [
        Labelled(
            n.index,
            n.value,
            n.sentence,
            n.line,
            answer="",
            population=population,
            question="",
            when=None,
            legacy_group=None,
        )
        for n in a.numbers
    ]
    state_scopes.apply(a, figs, passage_states=passage_states)
    (f,) = [f for f in figs if a.numbers[f.num_index].start == at]
    return f.population


def test_a_row_opened_by_a_postal_code_gives_its_state() -> None:
    text = (
        "Senate polls of likely voters:\nOR: Lindqvist (D) 48, Barrow (R) 44\nKS: Ferrante (R) 51, Ode (D) 40"
    )
    assert _after(text, "48", "likely voters") == "Oregon likely voters"
    assert _after(text, "51", "likely voters") == "Kansas likely voters"


def test_a_pipe_row_over_several_lines_keeps_its_state() -> None:
    text = "State | Candidates | Women |\nMT | Ansel Rudd Priya Ocampo |\nR D |\n41% 57% |\nVT | Hal Brenner |\n35% 61% |"
    assert _after(text, "57", "voters") == "Montana voters"
    assert _after(text, "61", "voters") == "Vermont voters"


def test_a_heading_line_names_the_state_of_the_results_below() -> None:
    text = "Two polls.\n\nNevada\nCardinal Polling\nAda Ruiz (D) 47\nTom Okafor (R) 45\n\nARIZONA\nLena Strand (R) 49"
    assert _after(text, "47", "voters") == "Nevada voters"
    assert _after(text, "49", "voters") == "Arizona voters"


def test_a_postal_code_in_the_sample_is_written_out() -> None:
    text = "The spring survey (810 AZ likely voters) finds 52% for the measure."
    assert _after(text, "52", "AZ likely voters") == "Arizona likely voters"


def test_another_states_sample_under_a_row_takes_the_rows_state() -> None:
    text = "Polls:\nOR: Lindqvist (D) 48, Barrow (R) 44\nKS: Ferrante (R) 51, Ode (D) 40"
    assert _after(text, "51", "Oregon likely voters") == "Kansas likely voters"


def test_a_subgroup_takes_the_state_only_in_a_report_on_several_states() -> None:
    text = (
        "In Maine, Cole leads Park 49 percent to 44 percent. Women back Cole 55 percent to 38 percent.\n\n"
        "In Georgia, independents split 41 percent to 40 percent."
    )
    assert _after(text, "41", "independents") == "Georgia independents"
    assert _after(text, "55", "women") == "women"  # its state named only by the sentence before
    one = "In Georgia, independents split 41 percent to 40 percent. Dunmore leads 50 to 45."
    assert _after(one, "41", "independents") == "independents"


def test_a_national_sentence_takes_no_state() -> None:
    text = "In Ohio, Ruiz leads 47 to 44. In Iowa, Lane leads 50 to 41. Nationally, 45% of voters approve."
    assert _after(text, "45", "voters") == "voters"


def test_an_indian_states_figures_take_its_voters() -> None:
    text = (
        "The survey covered four states.\n\nIn Rajasthan, 34 per cent back the chief minister. "
        "Others are at 9 per cent.\n\nThe dateline was New Delhi: 12 per cent were undecided."
    )
    assert _after(text, "34", "voters") == "Rajasthan voters"
    assert _after(text, "9", "voters") == "Rajasthan voters"
    assert _after(text, "34", "Rajasthan") == "Rajasthan voters"
    assert _after(text, "12", "voters") == "voters"


def test_scheduled_castes_in_an_indian_report_are_no_us_state() -> None:
    # "SC"/"ST" there are scheduled castes and tribes; South Carolina's code is written out only elsewhere.
    text = "In Bihar, the Lotus Party may get 48 pc SC votes and 41 pc ST votes."
    assert _after(text, "48", "SC voters") == "SC voters"
    assert _after(text, "41", "ST voters") == "ST voters"
    us = "The spring survey of 700 voters finds 52% for the levy."
    assert _after(us, "52", "SC voters") == "South Carolina voters"
