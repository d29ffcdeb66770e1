"""The horse-race question named from a figure's surroundings (own sentences, written for these tests)."""

from __future__ import annotations

from bot.reading.extract.choices import choose
from bot.reading.extract.question_templates import _STATES
from bot.reading.extract.race_templates import race_parts, race_question
from bot.reading.extract.weighed import WeighedExtractor


def _question(context: str, year: str = "", state: str = "") -> str | None:
    parts = race_parts(context, _STATES, year, state)
    return race_question(parts) if parts is not None else None


def test_the_fullest_race_phrase_names_the_race() -> None:
    got = _question(
        "Ahead of the 2028 Ohio Democratic presidential primary, Alvarez polls 31% to 22% for Brandt."
    )
    assert got == "Vote choice in the 2028 Ohio Democratic presidential primary"


def test_a_party_side_needs_no_contest_word() -> None:
    got = _question("On the Republican side Morrow holds 40% against 18% for Kline.", year="2030")
    assert got == "Vote choice in the 2030 Republican primary"


def test_a_governors_race_and_a_race_for_an_office() -> None:
    assert _question("In the Nevada governor's race, Ortiz has 47% and Pell 44%.") == (
        "Vote choice in the Nevada governor's race"
    )
    assert _question("In the race for Senate, Quist leads with 45%.", state="Maine") == (
        "Vote choice in the Maine Senate race"
    )


def test_a_title_before_a_name_is_not_the_race() -> None:
    # "former Texas Governor ..." describes a candidate; the race is the primary the sentence names.
    got = _question(
        "If the Republican presidential primary were held today: former Texas Governor Dale Voss 30%."
    )
    assert got == "Vote choice in the Republican presidential primary"


def test_no_race_without_a_contest_or_a_party_side() -> None:
    assert _question("Most residents, 58%, say the bridge should be rebuilt.") is None
    assert _question("The senator's approval stands at 41%.") is None


def test_a_nationwide_figure_takes_no_state_from_the_passage() -> None:
    got = _question("Nationally the Democratic primary is close: Reyes 29%, Holt 27%.", state="Iowa")
    assert got == "Vote choice in the Democratic primary"


def test_two_races_in_one_passage_get_their_own_question_choices() -> None:
    text = (
        "A new Lakeshore Polling survey of 900 likely voters covers both primaries in Oregon.\n\n"
        "In the 2030 Oregon Republican primary for governor, Dana Whitcomb leads with 38% to 21% for "
        "Ray Oduya.\n\n"
        "In the 2030 Oregon Democratic primary for governor, Lena Farris has 44% and Tom Achebe 30%."
    )
    a = WeighedExtractor().analyse(text)
    chosen = {n.value: choose(a, n, "question").text for n in a.numbers if n.value in (38, 44)}
    assert chosen[38] == "Vote choice in the 2030 Oregon Republican primary for governor"
    assert chosen[44] == "Vote choice in the 2030 Oregon Democratic primary for governor"


def test_a_named_primary_gets_the_passage_year_and_in_a_presidential_year_the_office() -> None:
    from bot.reading.extract.question_templates import refine_race

    a = WeighedExtractor().analyse("Our 2028 survey of Ohio Democrats: Alvarez 31%, Brandt 22%.")
    assert refine_race(a, "Vote choice in the Ohio Democratic primary") == (
        "Vote choice in the 2028 Ohio Democratic presidential primary"
    )
    # A primary for another office, or a race that is not a party's primary, gets the year but no office.
    assert refine_race(a, "Vote choice in the Ohio Republican primary for governor") == (
        "Vote choice in the 2028 Ohio Republican primary for governor"
    )
    assert (
        refine_race(a, "Vote choice in the Arizona governor's race")
        == "Vote choice in the 2028 Arizona governor's race"
    )


def test_an_earlier_election_the_passage_looks_back_on_names_no_race() -> None:
    from bot.reading.extract.race_templates import mask_past

    # Who answered ("backed X in the 2026 primary") and what happened before are blanked, same length.
    line = "Of those who backed Okafor in the 2026 primary, 41% now favor Lind."
    masked = mask_past(line)
    assert len(masked) == len(line) and "2026" not in masked and "41%" in masked
    assert "2029" not in mask_past("In 2029 the last polls overstated the incumbent by 3 points.")
    assert "2031" not in mask_past("Among 2031 Vance voters, 77% approve.")
    # A year that names the race of the figures is kept.
    assert (
        mask_past("In the 2032 Iowa caucuses, Okafor has 31%.")
        == "In the 2032 Iowa caucuses, Okafor has 31%."
    )
    got = _question("Among voters who backed Okafor in the 2026 primary, Lind now has 41%.", year="2030")
    assert got is None


def test_a_year_written_only_after_the_figures_is_not_their_race() -> None:
    from bot.reading.extract.question_templates import refine_race

    text = (
        "A new survey of Nevada likely voters puts Ortiz at 47% and Pell at 44% in the governor's race.\n\n"
        "Pollsters have a poor record here: in 2029, the final surveys missed the result by 5 points."
    )
    a = WeighedExtractor().analyse(text)
    members = [n for n in a.numbers if n.value in (47, 44)]
    assert refine_race(a, "Vote choice in the Nevada governor's race", members) == (
        "Vote choice in the Nevada governor's race"
    )


def test_the_passage_year_is_the_elections_not_a_past_ones() -> None:
    from bot.reading.extract.question_templates import refine_race

    text = (
        "Ohio 2032: Alvarez keeps her lead in the Democratic primary.\n\n"
        "Alvarez has 31% and Brandt 22%. Among those who voted for Brandt in the 2028 primary, 40% "
        "stay with him. The survey ran March 3-6, 2032."
    )
    a = WeighedExtractor().analyse(text)
    members = [n for n in a.numbers if n.value in (31, 22)]
    assert refine_race(a, "Vote choice in the Ohio Democratic primary", members) == (
        "Vote choice in the 2032 Ohio Democratic presidential primary"
    )


def test_a_group_race_is_found_a_paragraph_back() -> None:
    from bot.reading.extract.question_templates import group_race

    text = (
        "The 2030 Republican primary for governor in Idaho is the focus of our new survey.\n\n"
        "The field is crowded this year. Few voters know the candidates well.\n\n"
        "Mara Quill is at 28%, Otis Brandvold at 19% and Jun Sato at 12%."
    )
    a = WeighedExtractor().analyse(text)
    members = [n for n in a.numbers if n.value in (28, 19, 12)]
    assert group_race(a, members) == "Vote choice in the 2030 Idaho Republican primary for governor"


def test_a_measure_tracker_names_each_measure_above_its_favour_columns() -> None:
    from bot.reading.extract.question_templates import measure_heading

    text = (
        "Ballot measure polling, 2031\n"
        "- Nevada Water Rights Amendment (2031)\n"
        "In favor\n"
        "Opposed\n"
        "May 2-6, 2031 | Sagebrush Research | 61% | 30% | 9%\n"
        "- Utah School Bond Initiative (2031)\n"
        "Date | Pollster | In favor | Opposed | Undecided\n"
        "June 1-4, 2031 | Wasatch Polling | 44% | 47% | 9%\n"
    )
    a = WeighedExtractor().analyse(text)
    by_value = {n.value: measure_heading(a, n) for n in a.numbers if n.value in (61, 44)}
    assert by_value[61] == "Do you favor or oppose the Nevada Water Rights Amendment (2031)?"
    assert by_value[44] == "Do you favor or oppose the Utah School Bond Initiative (2031)?"


def test_a_numbered_measure_is_named_without_its_trackers_title_words() -> None:
    """A numbered measure alone on its line, or inside a tracker's title ("Statewide Polls On Amendment 3,
    Since August (4)"), is named by itself, with no article before its number."""
    from bot.reading.extract.question_templates import measure_heading

    text = (
        "Amendment 3\n"
        "\n"
        "Statewide Polls On Amendment 3, Since August (2)\n"
        "Poll Dates Pollster Sample Yes No Undecided\n"
        "Sept. 3 - 5 Harlow College 600/LV 56% 35% 9%\n"
        "\n"
        "Proposition 12\n"
        "Date | Pollster | Yes | No\n"
        "Oct. 8 - 11 | Northgate Survey | 47% | 44%\n"
    )
    a = WeighedExtractor().analyse(text)
    by_value = {n.value: measure_heading(a, n) for n in a.numbers if n.value in (56, 47)}
    assert by_value[56] == "Do you favor or oppose Amendment 3?"
    assert by_value[47] == "Do you favor or oppose Proposition 12?"


def test_no_measure_question_without_favour_columns() -> None:
    from bot.reading.extract.question_templates import measure_heading

    text = "- Nevada Water Rights Amendment (2031)\nTurnout in the county was 61% last time.\n"
    a = WeighedExtractor().analyse(text)
    assert all(measure_heading(a, n) is None for n in a.numbers)


def test_a_bare_vote_choice_group_gets_a_fuller_question() -> None:
    from bot.reading.extract.question_templates import name_bare_group

    text = "In our 2031 survey, Ada Lin has 48% and Ben Cole 45%. Labour is on 33% and the Greens on 12%."
    a = WeighedExtractor().analyse(text)
    nums = {n.value: n for n in a.numbers}
    pair = [nums[48], nums[45]]
    assert (
        name_bare_group(a, pair, ["Ada Lin", "Ben Cole"], [(), ()])
        == "2031 vote choice: Ada Lin vs. Ben Cole"
    )
    parties = [nums[33], nums[12]]
    assert name_bare_group(a, parties, ["Labour", "Greens"], [(), ()]) == (
        "Vote choice in the next general election (voting intention)"
    )
    # A member's more specific template wins over a guess from the answers.
    ranked = ((("Who is your preferred prime minister?", "tpl_preferred_pm", 0.4),), ())
    assert name_bare_group(a, pair, ["Ada Lin", "Ben Cole"], list(ranked)) == (
        "Who is your preferred prime minister?"
    )


def test_a_group_without_a_question_borrows_its_neighbours() -> None:
    from bot.reading.extract.groups import Labelled
    from bot.reading.extract.question_steps import borrow_questions

    def fig(index: int, sentence: int, question: str) -> Labelled:
        return Labelled(
            num_index=index,
            value=40.0 + index,
            sentence=sentence,
            line=0,
            answer="approve",
            population="",
            question=question,
            when=None,
            legacy_group=None,
        )

    asked = "Do you approve or disapprove of the way the mayor is handling the job?"
    figs = [fig(0, 0, asked), fig(1, 0, ""), fig(2, 1, "")]
    figs[2].line = 5
    borrow_questions(figs, [0, 1, 2])
    assert [f.question for f in figs] == [asked, asked, ""]  # the third shares no sentence or row


def test_a_matchup_group_names_its_two_candidates_in_full() -> None:
    from bot.reading.extract.question_templates import head_to_head

    text = (
        "Our 2030 survey tested Dana Whitcomb against Ray Oduya in a general election matchup.\n\n"
        "Whitcomb leads Oduya 47% to 42% among likely voters."
    )
    a = WeighedExtractor().analyse(text)
    members = [n for n in a.numbers if n.value in (47, 42)]
    got = head_to_head(a, "Vote choice in the 2030 general election", members, ["Whitcomb", "Oduya"])
    assert got == "Vote choice in the 2030 general election: Dana Whitcomb vs. Ray Oduya"
    # Not a race question, three names, or a question already naming its matchup: left alone.
    assert (
        head_to_head(a, "Do you approve or disapprove of Whitcomb?", members, ["Whitcomb", "Oduya"]) is None
    )
    assert head_to_head(a, "Vote choice", members, ["Whitcomb", "Oduya", "Lind"]) is None
    assert head_to_head(a, got, members, ["Whitcomb", "Oduya"]) is None


def test_two_names_of_a_wider_field_are_no_matchup() -> None:
    from bot.reading.extract.question_templates import head_to_head

    text = "In the crowded Republican primary field, Whitcomb is at 24% and Oduya at 19% among women."
    a = WeighedExtractor().analyse(text)
    members = [n for n in a.numbers if n.value in (24, 19)]
    assert head_to_head(a, "Vote choice in the Republican primary", members, ["Whitcomb", "Oduya"]) is None


def test_vote_intention_is_named_by_the_parliament_or_the_country() -> None:
    from bot.reading.extract.question_templates import intention_name

    def named(text: str) -> str:
        return intention_name(WeighedExtractor().analyse(text))

    assert named("Party vote in our New Zealand poll: National 36%, Labour 31%.") == (
        "New Zealand general election voting intention"
    )
    assert named("Germany's parties, this week: CDU/CSU 30%, AfD 26%, SPD 14%. Germans say ...") == (
        "German federal election voting intention"
    )
    assert named("Federal vote: the CDU/CSU on 30%, AfD 26%, SPD 14% in Germany.") == (
        "German federal election voting intention"
    )
    assert named("Norway's parties: Labour 27%, Progress 24%, Høyre 15%.") == (
        "Norwegian general election voting intention"
    )
    assert named("Provincial voting intentions in Manitoba: NDP 44%, PCs 39%.") == (
        "Manitoba provincial voting intention"
    )
    assert named("Westminster voting intention: Labour 38%, Conservatives 25%.") == (
        "Westminster voting intention"
    )
    assert named("The mayor's approval is 51% in our city poll.") == ""


def test_a_question_naming_the_figures_own_candidate_is_marked() -> None:
    from bot.reading.extract.choices import candidates

    a = WeighedExtractor().analyse("Do you support Whitcomb? In the race, Whitcomb has 41% and Oduya 38%.")
    n = next(n for n in a.numbers if n.value == 41)
    marked = {c.text for c in candidates(a, n, "question") if c.features.get("q_names_own_option")}
    assert "Do you support Whitcomb?" in marked


def test_a_state_before_a_title_is_no_place_polled() -> None:
    from bot.reading.extract.passage_cues import passage_cues

    text = "Ohio Gov. Dale Voss and the Ohio governor's rival lead Iowa voters' picks: Voss 30%, Lind 22%."
    assert passage_cues(text).state == "Iowa"


def test_a_trailing_apostrophe_leaves_a_question_name() -> None:
    from bot.reading.extract.label_check import tidy_question

    assert tidy_question("Do you have a favorable or unfavorable opinion of Voss’?") == (
        "Do you have a favorable or unfavorable opinion of Voss?"
    )
