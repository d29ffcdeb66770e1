"""Vote-choice and vote-intention questions worded as the labelled sets word them (texts written for these
tests: invented people, pollsters and figures)."""

from __future__ import annotations

from bot.reading.extract.heading_races import overrides
from bot.reading.extract.intention_wording import worded
from bot.reading.extract.presidential_contests import presidential
from bot.reading.extract.race_scope import lead_state
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_new_zealand_asks_the_party_vote_and_ireland_its_first_preference() -> None:
    a = WeighedExtractor().analyse(
        "The Tui Research poll: National 35%, Labour 31%, Greens 10% in New Zealand."
    )
    assert worded(a, "New Zealand general election voting intention") == (
        "Party vote intention (New Zealand general election)"
    )
    irish = WeighedExtractor().analyse(
        "On first preferences, Fine Gael has 24% and Sinn Fein 22% in Ireland."
    )
    assert worded(irish, "Irish general election voting intention") == (
        "Irish general election voting intention (first preference)"
    )
    # Ireland's ballot ranks candidates: a party share is a first preference even where no word says so.
    plain = WeighedExtractor().analyse("Fine Gael has 24% and Sinn Fein 22% in the Dublin poll.")
    assert worded(plain, "Irish general election voting intention") == (
        "Irish general election voting intention (first preference)"
    )
    assert worded(a, "Westminster voting intention") == "Westminster voting intention"


def test_a_heading_line_names_its_race() -> None:
    text = (
        "Exit polls from the 2030 midterms, by race.\n"
        "Utah Senate Race\nExit poll\nWomen: 53% Democrat, 45% Republican\n"
        "Utah Governor Race\nExit poll\nWomen: 49% Democrat, 48% Republican"
    )
    got = _questions(text)
    assert got[53] == "Vote choice in the 2030 Utah Senate race"
    assert got[49] == "Vote choice in the 2030 Utah governor's race"


def test_a_heading_replaces_only_another_or_no_race() -> None:
    heading = "Vote choice in the 2030 Utah Senate race"
    assert overrides("Vote choice in the next general election (voting intention)", heading)
    assert overrides("Vote choice in the 2030 Idaho Senate race", heading)
    assert not overrides(heading, heading)
    assert not overrides("Do you approve of the governor?", heading)


def test_the_sentence_before_names_the_races_state() -> None:
    text = (
        "In Vermont, Democrat Lia Grant leads Republican Oren Fisk in the Senate race. "
        "Fifty-one percent of likely voters back Grant, while 42 percent back Fisk."
    )
    a = WeighedExtractor().analyse(text)
    fig = next(n for n in a.numbers if n.value == 42)
    own = a.sentence_text(fig.sentence)
    assert lead_state(a, fig, [own]) == "Vermont"
    # A state the figure's own sentence names, or a national figure, takes nothing from the sentence before.
    assert lead_state(a, fig, ["Nationally, 42 percent back Fisk."]) == ""


def test_a_party_contest_in_a_passage_about_the_presidency_is_presidential() -> None:
    text = (
        "A week after the Iowa caucuses, Rhea Monk leads the Republican field in New Hampshire with 31 percent, "
        "ahead of Dov Hart at 22 percent."
    )
    a = WeighedExtractor().analyse(text)
    assert presidential(a, "Vote choice in the New Hampshire Republican primary") == (
        "Vote choice in the New Hampshire Republican presidential primary"
    )
    # A state office's race in the passage: the party's contest may be that office's.
    b = WeighedExtractor().analyse(text + " In the governor's race, Ana Voss has 40 percent.")
    assert presidential(b, "Vote choice in the New Hampshire Republican primary") is None


def test_a_party_letter_is_no_side_of_a_matchup() -> None:
    text = "Closest races:\nOregon – Gov. Ann Rudd (D) vs. state Sen. Lee Park (R) – 44-41%"
    for question in _questions(text).values():
        assert ": R vs." not in question and ": D vs." not in question


def test_a_writers_rhetorical_question_gives_way_to_the_race() -> None:
    from bot.reading.extract.groups import Labelled
    from bot.reading.extract.question_steps import race_over_rhetoric

    text = (
        "Democrat Alma Reyes holds a narrow lead in the Delaware governor's race, with 46 percent of likely "
        "voters to Republican Tom Birch's 42 percent. Can he make up the rest by November?"
    )
    a = WeighedExtractor().analyse(text)
    nums = [n for n in a.numbers if n.value in (46, 42)]
    figs = [
        Labelled(a.numbers.index(n), n.value, n.sentence, n.line, name, "likely voters", "", None, None)
        for n, name in zip(nums, ("Alma Reyes", "Tom Birch"), strict=True)
    ]
    rhetoric = "Can he make up the rest by November?"
    assert race_over_rhetoric(a, figs, [0, 1], rhetoric) == "Vote choice in the Delaware governor's race"
    # A question put to the respondent, or one about the candidates themselves, stands.
    assert race_over_rhetoric(a, figs, [0, 1], "Would you back Reyes or Birch?") is None
    assert race_over_rhetoric(a, figs, [0, 1], "Is Reyes more trusted than Birch?") is None
