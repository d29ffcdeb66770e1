"""headline_unit: the main poll's topline sentence, from the extractor's figures (built here by hand)."""

from __future__ import annotations

import re

import pytest

from bot.models import Figure
from bot.reading.extract import default_extractor
from bot.reading.headline import earlier_only_indexes, headline_unit, turnout_share
from bot.reading.summary_units import split_units


def _figure(
    text: str, number: str, answer: str, population: str, when: str | None = None, nth: int = 0
) -> Figure:
    start = -1
    for _ in range(nth + 1):
        start = text.index(number, start + 1)
    return Figure(float(number), start, start + len(number), "g1", "q", answer, population, None, when)


def _headline(text: str, figures: list[Figure], title: str = "") -> str | None:
    unit = headline_unit(split_units(text, title), figures, (), title)
    return unit.text if unit is not None else None


def test_a_primary_poll_s_party_voters_are_its_whole_sample_and_its_women_a_subgroup() -> None:
    text = (
        "Among women, 31% back the governor. "
        "The Lakeside poll of likely Republican primary voters has the governor at 38% and the senator at 29%. "
        "Men split more evenly."
    )
    figures = [
        _figure(text, "31", "the governor", "women"),
        _figure(text, "38", "the governor", "likely Republican primary voters"),
        _figure(text, "29", "the senator", "likely Republican primary voters"),
    ]
    assert _headline(text, figures) == (
        "The Lakeside poll of likely Republican primary voters has the governor at 38% and the senator at 29%."
    )


def test_in_a_poll_of_the_public_a_party_s_voters_are_a_subgroup() -> None:
    text = (
        "Democrats are the keenest: 81% of Democrats back the transit levy. "
        "Overall, 57% of likely voters back it and 36% oppose it."
    )
    figures = [
        _figure(text, "81", "back", "Democrats"),
        _figure(text, "57", "back", "likely voters"),
        _figure(text, "36", "oppose", "likely voters"),
    ]
    assert _headline(text, figures) == "Overall, 57% of likely voters back it and 36% oppose it."


def test_when_every_figure_is_one_party_s_that_party_is_the_sample() -> None:
    text = "Only 44% of Republicans now trust the county clerk. That is a new low for the clerk."
    assert _headline(text, [_figure(text, "44", "trust", "Republicans")]) == (
        "Only 44% of Republicans now trust the county clerk."
    )


def test_a_sample_given_with_its_age_is_the_whole_public() -> None:
    text = "The survey finds 22% are satisfied with the council and 70% are dissatisfied."
    figures = [
        _figure(text, "22", "satisfied", "adults aged 18+"),
        _figure(text, "70", "dissatisfied", "adults aged 18+"),
    ]
    assert _headline(text, figures) == text


def test_an_answer_that_is_only_a_past_time_marks_an_earlier_wave() -> None:
    text = (
        "Support hit a record 64% in March, the pollster says. "
        "Now 52% of residents support the new stadium, down from that peak."
    )
    figures = [
        _figure(text, "64", "in March", "residents"),
        _figure(text, "52", "support", "residents"),
    ]
    assert _headline(text, figures) == "Now 52% of residents support the new stadium, down from that peak."


def test_a_sentence_that_opens_in_the_past_is_an_earlier_wave() -> None:
    text = (
        "Last month, the mayor had 47% approval in the same poll. "
        "Now 41% of residents approve of the mayor and 52% disapprove."
    )
    figures = [
        _figure(text, "47", "approve", "residents"),
        _figure(text, "41", "approve", "residents"),
        _figure(text, "52", "disapprove", "residents"),
    ]
    assert _headline(text, figures) == "Now 41% of residents approve of the mayor and 52% disapprove."
    alone = "In March, 47% of residents approved of the mayor."
    assert _headline(alone, [_figure(alone, "47", "approve", "residents")]) == alone  # nothing later: kept


def test_a_share_that_is_the_subject_of_a_verb_reads_as_a_poll_result() -> None:
    text = (
        "The mortgage rate was 6.1 percent last week. "
        "Worse for the mayor, 55 per cent now dislike how he dealt with the floods."
    )
    figures = [
        _figure(text, "6.1", "", "residents"),
        _figure(text, "55", "dislike how he dealt with the floods", "residents"),
    ]
    assert _headline(text, figures) == (
        "Worse for the mayor, 55 per cent now dislike how he dealt with the floods."
    )


def test_a_list_of_party_shares_is_headed_by_its_first_line() -> None:
    text = (
        "Harbour Poll, June\n\nThe voting intention figures:\n\n• Labour: 36 percent, down 1\n"
        "• National: 30 percent, up 2\n• Greens: 11 percent, steady\n\n"
        "The smaller parties were all on 2 percent or less, with 9 percent who would not say."
    )
    figures = [
        _figure(text, "36", "Labour", "voters"),
        _figure(text, "30", "National", "voters"),
        _figure(text, "11", "Greens", "voters"),
        _figure(text, "9", "would not say", "voters"),
    ]
    assert _headline(text, figures) == "• Labour: 36 percent, down 1"


def test_the_sentence_repeating_the_title_s_numbers_wins() -> None:
    text = "Turnout worries aside, 41% back the plan. In the city itself, 48% back the plan and 45% do not."
    figures = [
        _figure(text, "41", "back", "voters"),
        _figure(text, "48", "back", "voters"),
        _figure(text, "45", "do not", "voters"),
    ]
    assert _headline(text, figures, title="City plan leads 48-45") == (
        "In the city itself, 48% back the plan and 45% do not."
    )


def test_without_figures_there_is_no_headline_unless_a_share_is_said_in_words() -> None:
    assert _headline("The council met on Monday and passed the budget 7-2.", []) is None
    text = "The council met on Monday. Half of residents say the budget is too small."
    assert _headline(text, []) == "Half of residents say the budget is too small."


def test_when_only_a_party_and_its_women_are_quoted_the_party_is_the_sample() -> None:
    text = "Among women, 52% back the governor. Across all Republicans, 46% back the governor and 30% the senator."
    figures = [
        _figure(text, "52", "the governor", "women"),
        _figure(text, "46", "the governor", "Republicans"),
        _figure(text, "30", "the senator", "Republicans"),
    ]
    assert _headline(text, figures) == "Across all Republicans, 46% back the governor and 30% the senator."


def test_a_bare_figure_line_gives_way_to_the_sentence_that_repeats_its_numbers() -> None:
    text = (
        "The board votes in June on the harbor fee.\n\n"
        "Harbor Poll: Keep fee 57%, Drop fee 36%\n"
        "Fifty-seven percent of residents want to keep the harbor fee and 36% want it dropped, the poll found."
    )
    figures = [
        _figure(text, "57", "Keep fee", "residents"),
        _figure(text, "36", "Drop fee", "residents"),
        Figure(
            57.0, text.index("Fifty"), text.index("Fifty") + 19, "g2", "q", "keep", "residents", None, None
        ),
        _figure(text, "36", "dropped", "residents", nth=1),
    ]
    assert _headline(text, figures) == (
        "Fifty-seven percent of residents want to keep the harbor fee and 36% want it dropped, the poll found."
    )


def test_a_title_cased_headline_opening_the_post_gives_way_to_the_sentence_that_repeats_it() -> None:
    text = (
        "Poll: 61% Back The Library Levy. The county's voters are in a generous mood. "
        "A new Lakeview poll finds that 61% of likely voters back the library levy."
    )
    figures = [_figure(text, "61", "Back", "voters"), _figure(text, "61", "back", "likely voters", nth=1)]
    assert (
        _headline(text, figures)
        == "A new Lakeview poll finds that 61% of likely voters back the library levy."
    )


def test_a_first_sentence_that_is_not_a_headline_keeps_the_topline() -> None:
    text = (
        "A new Lakeview poll finds that 61% of likely voters back the library levy. "
        "The 61% is the highest the levy has polled."
    )
    figures = [
        _figure(text, "61", "back", "likely voters"),
        _figure(text, "61", "back", "likely voters", nth=1),
    ]
    assert (
        _headline(text, figures)
        == "A new Lakeview poll finds that 61% of likely voters back the library levy."
    )


def test_a_subgroup_label_the_sentence_does_not_bear_out_keeps_the_topline() -> None:
    # The extractor may label a vote share with the party it names ("Labour supporters" for "Labour is on
    # 36%") or carry a subgroup over from elsewhere: the words around the figure decide.
    text = (
        "The Greenway poll puts Labour on 36%, down two points from its last poll. "
        "Among Labour supporters, 64% are satisfied with the party leader. "
        "The Conservatives are on 30% and the Liberal Democrats on 14%."
    )
    for wrong in ("Labour supporters", "women", "voters under 30", "Republicans"):
        figures = [
            _figure(text, "36", "Labour", wrong),
            _figure(text, "64", "satisfied", "Labour supporters"),
            _figure(text, "30", "Conservatives", "adults"),
            _figure(text, "14", "Liberal Democrats", "adults"),
        ]
        assert (
            _headline(text, figures)
            == "The Greenway poll puts Labour on 36%, down two points from its last poll."
        ), wrong


def test_words_naming_a_group_make_a_subgroup_whatever_the_label() -> None:
    text = (
        "Support was highest among voters under 35, with 71% in favour of the curfew change. "
        "Republicans were cooler on it, 38% of whom back it. "
        "Across the city, 52% of residents back the change and 40% oppose it."
    )
    figures = [
        _figure(text, "71", "in favour", "residents"),
        _figure(text, "38", "back", "residents"),
        _figure(text, "52", "back", "residents"),
        _figure(text, "40", "oppose", "residents"),
    ]
    assert _headline(text, figures) == "Across the city, 52% of residents back the change and 40% oppose it."


def test_a_sentence_opening_among_all_or_of_those_surveyed_is_the_whole_sample() -> None:
    text = (
        "Of all the parents surveyed, 48% want the later start time and 45% do not. "
        "Among parents of teenagers, 61% want it. "
        "Most teachers, 66%, want it too."
    )
    figures = [
        _figure(text, "48", "want", "parents"),
        _figure(text, "45", "do not", "parents"),
        _figure(text, "61", "want", "parents of teenagers"),
        _figure(text, "66", "want", "parents"),
    ]
    assert (
        _headline(text, figures)
        == "Of all the parents surveyed, 48% want the later start time and 45% do not."
    )


def test_a_list_that_goes_on_naming_its_group_stays_a_subgroup() -> None:
    text = (
        "Only 12 percent of Democrats called the plan fair, 9 percent called it honest and 4 percent called it "
        "wise. "
        "The county poll found 55% of residents back the bond."
    )
    figures = [
        _figure(text, "12", "fair", "Democrats"),
        _figure(text, "9", "honest", "Democrats"),
        _figure(text, "4", "wise", "Democrats"),
        _figure(text, "55", "back", "residents"),
    ]
    assert _headline(text, figures) == "The county poll found 55% of residents back the bond."


def test_the_poll_s_own_sample_named_in_the_sentence_is_not_a_subgroup() -> None:
    text = (
        "A survey of 1,500 adults aged 18 to 29 by the Youth Ballot Project finds 58% plan to vote this fall. "
        "Among students, 66% do."
    )
    figures = [_figure(text, "58", "plan to vote", ""), _figure(text, "66", "yes", "students")]
    assert _headline(text, figures) == (
        "A survey of 1,500 adults aged 18 to 29 by the Youth Ballot Project finds 58% plan to vote this fall."
    )


def test_a_sentence_opening_some_years_ago_is_an_earlier_result() -> None:
    text = (
        "Three years ago, county voters approved the trail plan by 61 percent to 39. "
        "A new survey by the trail council found that 54 percent of residents now want it finished."
    )
    figures = [
        _figure(text, "61", "approved", "county voters"),
        _figure(text, "54", "want it finished", "residents"),
    ]
    assert _headline(text, figures) == (
        "A new survey by the trail council found that 54 percent of residents now want it finished."
    )


def test_a_sentence_opening_of_the_count_that_answered_is_the_whole_sample() -> None:
    text = "Of the 900 members who answered, 64% back the new dues. Of those who joined this year, 80% do."
    figures = [_figure(text, "64", "back", "members"), _figure(text, "80", "yes", "members")]
    assert _headline(text, figures) == "Of the 900 members who answered, 64% back the new dues."


def test_of_those_after_the_count_of_replies_is_the_whole_sample() -> None:
    text = (
        "The club mailed a survey to 3,000 members and 800 sent it back. Of those, 57% want a new clubhouse."
    )
    assert _headline(text, [_figure(text, "57", "want", "members")]) == "Of those, 57% want a new clubhouse."
    text = "Of those over 60, 41% want a new clubhouse. Of those who replied, 57% want one."
    figures = [_figure(text, "41", "want", "members"), _figure(text, "57", "want", "members")]
    assert _headline(text, figures) == "Of those who replied, 57% want one."


def test_a_sample_s_own_qualifier_opening_the_sentence_is_not_a_subgroup() -> None:
    text = (
        "Among decided voters, the Greens have 34% and the Liberals 30%. "
        "The Reds are at 9%. "
        "Among voters under 30, the Greens have 51%."
    )
    figures = [
        _figure(text, "34", "the Greens", "decided voters"),
        _figure(text, "30", "the Liberals", "decided voters"),
        _figure(text, "9", "the Reds", "voters"),
        _figure(text, "51", "the Greens", "voters under 30"),
    ]
    assert _headline(text, figures) == "Among decided voters, the Greens have 34% and the Liberals 30%."


def test_a_past_time_carried_over_from_the_sentence_before_does_not_make_a_wave() -> None:
    text = (
        "Two years ago, 41 percent of tenants backed the rent cap. "
        "This spring, that share has climbed to 55 percent, the housing survey found."
    )
    figures = [
        _figure(text, "41", "backed the rent cap", "tenants"),
        # the extractor took the earlier sentence's time for this figure's answer
        _figure(text, "55", "Two years ago", "tenants"),
    ]
    assert _headline(text, figures) == (
        "This spring, that share has climbed to 55 percent, the housing survey found."
    )


def test_a_share_in_words_that_counts_the_undecided_is_not_the_topline() -> None:
    text = (
        "About a third of voters in the poll have yet to make up their minds about the sheriff's race. "
        "Ruiz leads with 35% and Okafor has 28%."
    )
    figures = [_figure(text, "35", "Ruiz", "voters"), _figure(text, "28", "Okafor", "voters")]
    assert _headline(text, figures) == "Ruiz leads with 35% and Okafor has 28%."


def test_an_overall_result_wins_over_the_places_told_before_it() -> None:
    text = (
        "In the northern valleys, the Greens lead 41% to 29%. "
        "Outside them, the Farmers' Party is ahead 38% to 31%. "
        "Statewide, the Greens have 35% and the Farmers' Party 33%, the Ridgeway poll found."
    )
    figures = [
        _figure(text, "41", "the Greens", "voters"),
        _figure(text, "29", "the Farmers' Party", "voters"),
        _figure(text, "38", "the Farmers' Party", "adults"),
        _figure(text, "31", "the Greens", "adults"),
        _figure(text, "35", "the Greens", "voters"),
        _figure(text, "33", "the Farmers' Party", "voters"),
    ]
    assert _headline(text, figures) == (
        "Statewide, the Greens have 35% and the Farmers' Party 33%, the Ridgeway poll found."
    )


def test_an_overall_result_after_an_unqualified_topline_does_not_displace_it() -> None:
    text = (
        "The Greens lead the Farmers' Party 36% to 33%, the Ridgeway poll found. "
        "Nationally, the two parties are tied on 30%."
    )
    figures = [
        _figure(text, "36", "the Greens", "voters"),
        _figure(text, "33", "the Farmers' Party", "voters"),
        _figure(text, "30", "tied", "voters"),
    ]
    assert (
        _headline(text, figures) == "The Greens lead the Farmers' Party 36% to 33%, the Ridgeway poll found."
    )


def test_a_result_told_with_when_it_came_out_is_current_when_a_later_sentence_repeats_it() -> None:
    text = (
        "Last week the roads department said the plan would be reviewed after a survey found that 44% of residents "
        "want more speed cameras. "
        "Forty-four percent is not a majority, but it is more than backed the cameras last time."
    )
    figures = [_figure(text, "44", "want more speed cameras", "residents")]
    figures.append(
        Figure(
            44.0,
            text.index("Forty-four"),
            text.index("Forty-four") + 10,
            "g1",
            "q",
            "",
            "residents",
            None,
            None,
        )
    )
    assert _headline(text, figures) is not None
    assert _headline(text, figures) == text[: text.index(" Forty-four")]


def test_vote_returns_give_way_to_the_poll() -> None:
    text = (
        "Early returns show the bond measure ahead 58 to 42. "
        "A Harbor Research poll last month had the measure ahead 51 percent to 40 percent."
    )
    figures = [
        _figure(text, "58", "ahead", "voters"),
        _figure(text, "42", "", "voters"),
        _figure(text, "51", "ahead", "voters"),
        _figure(text, "40", "", "voters"),
    ]
    assert _headline(text, figures) == (
        "A Harbor Research poll last month had the measure ahead 51 percent to 40 percent."
    )


def test_a_sentence_opening_with_a_past_year_is_an_earlier_survey() -> None:
    text = (
        "In 2023 the board asked parents about later start times, and 61 percent supported them. "
        "The results of this year's survey came out Monday: 55 percent of parents oppose the four-period day."
    )
    figures = [_figure(text, "61", "supported", "parents"), _figure(text, "55", "oppose", "parents")]
    assert _headline(text, figures) == (
        "The results of this year's survey came out Monday: 55 percent of parents oppose the four-period day."
    )


def test_a_row_headed_by_an_age_band_is_a_subgroup() -> None:
    text = "Expect to own a home within ten years\n\nUnder 30: 41%\n30 to 44: 33%\n45 and over: 12%\nAll renters: 27%\n"
    figures = [
        _figure(text, "41", "expect to own", ""),
        _figure(text, "33", "expect to own", ""),
        _figure(text, "12", "expect to own", ""),
        _figure(text, "27", "expect to own", ""),
    ]
    assert _headline(text, figures) == "All renters: 27%"


def test_a_share_in_words_gives_way_to_the_same_share_in_digits() -> None:
    text = (
        "Nearly two-thirds of bus drivers say their shifts got longer this year, a union survey found. "
        "The survey of 900 drivers found 64 percent reporting longer shifts and 30 percent reporting no change."
    )
    figures = [_figure(text, "64", "longer shifts", "drivers"), _figure(text, "30", "no change", "drivers")]
    assert _headline(text, figures) == (
        "The survey of 900 drivers found 64 percent reporting longer shifts and 30 percent reporting no change."
    )
    # A share in words that the figures do not repeat stays the headline.
    other = text.replace("64 percent", "52 percent")
    assert _headline(other, [_figure(other, "52", "longer shifts", "drivers")]) == (
        "Nearly two-thirds of bus drivers say their shifts got longer this year, a union survey found."
    )


def test_the_households_surveyed_are_the_whole_sample_and_renters_under_35_a_subgroup() -> None:
    text = (
        "Among tenant households surveyed, 47 percent spend more than a third of their income on rent. "
        "Fifty-eight percent of renters under 35 do not expect to buy a home."
    )
    start = text.index("Fifty")
    figures = [
        _figure(text, "47", "spend more than a third", "tenant households"),
        Figure(58.0, start, start + 11, "g1", "q", "", "renters", None, None),
    ]
    assert _headline(text, figures) == (
        "Among tenant households surveyed, 47 percent spend more than a third of their income on rent."
    )


def test_voters_who_have_not_heard_enough_are_not_the_topline() -> None:
    text = (
        "Asked about the two candidates, 70 percent of voters had not heard enough about the challenger to say. "
        "The race itself stands at 38 percent to 35 percent."
    )
    figures = [
        _figure(text, "70", "had not heard enough", "voters"),
        _figure(text, "38", "the mayor", "voters"),
        _figure(text, "35", "the challenger", "voters"),
    ]
    assert _headline(text, figures) == "The race itself stands at 38 percent to 35 percent."


def test_a_change_by_a_percentage_is_not_a_poll_result() -> None:
    text = (
        "Residents are angry about plans to raise the water rate by 9 per cent next year. "
        "A survey of 800 households found 71 per cent opposed the increase."
    )
    figures = [
        _figure(text, "9", "raise the water rate", "residents"),
        _figure(text, "71", "opposed", "households"),
    ]
    assert _headline(text, figures) == "A survey of 800 households found 71 per cent opposed the increase."
    viewed = "The governor is viewed favourably by 41 per cent of voters, a county poll found."
    assert _headline(viewed, [_figure(viewed, "41", "favourably", "voters")]) == viewed


def test_a_poll_the_writer_calls_independent_wins_over_one_side_s_poll_told_before_it() -> None:
    text = (
        "The mayor's campaign released a poll on Monday showing 61% of residents back the arena. "
        "An independent survey by Harbor Research last month found 39% in favour and 52% against."
    )
    figures = [
        _figure(text, "61", "back", "residents"),
        _figure(text, "39", "in favour", "residents"),
        _figure(text, "52", "against", "residents"),
    ]
    assert _headline(text, figures) == (
        "An independent survey by Harbor Research last month found 39% in favour and 52% against."
    )
    # Without the word, the poll told first is the topline.
    assert _headline(text.replace("An independent survey", "A survey"), figures).startswith("The mayor's")


def test_a_share_that_says_the_same_as_a_not_sure_share_is_not_the_topline() -> None:
    text = (
        "Asked about the two candidates, 70% said they did not know enough about Ruiz, and 66% said the same of "
        "Kane. Ruiz leads Kane 35% to 31%."
    )
    figures = [
        _figure(text, "70", "did not know enough", "voters"),
        _figure(text, "66", "Kane", "voters"),
        _figure(text, "35", "Ruiz", "voters"),
        _figure(text, "31", "Kane", "voters"),
    ]
    assert _headline(text, figures) == "Ruiz leads Kane 35% to 31%."


def _two_polls(text: str) -> list[Figure]:
    return [
        _figure(text, "52", "Ferris", "voters"),
        _figure(text, "41", "Lowe", "voters"),
        _figure(text, "44", "Ferris", "voters"),
        _figure(text, "45", "Lowe", "voters"),
    ]


def test_a_poll_described_as_sound_wins_over_one_the_writer_doubts_told_before_it() -> None:
    text = (
        "The Ferris campaign's poll, paid for by the campaign itself, has Ferris up 52 percent to 41 percent. "
        "It gave no sample size. "
        "A poll by Ardmore University, which drew 900 voters at random, has Ferris on 44 percent and Lowe on 45."
    )
    sound = "A poll by Ardmore University, which drew 900 voters at random, has Ferris on 44 percent and Lowe on 45."
    assert _headline(text, _two_polls(text)) == sound
    # The sound poll's description may come in the sentence before its figures.
    split = text.replace("at random, has", "at random. It has")
    assert _headline(split, _two_polls(split)) == "It has Ferris on 44 percent and Lowe on 45."
    # Without doubt cast on the first poll, the first is the topline; without a sound poll after it, too.
    for plain in (
        text.replace("paid for by the campaign itself", "released on Monday"),
        text.replace("drew 900 voters at random", "spoke to 900 voters"),
    ):
        assert (_headline(plain, _two_polls(plain)) or "").startswith("The Ferris campaign's poll")


def test_a_share_that_never_heard_of_the_subject_is_the_topline_when_it_comes_first() -> None:
    text = (
        "A county survey found 57 percent of residents had never heard of the flood plan. "
        "Another 20 percent knew its name and nothing else. "
        "Of those who knew it, 61 percent approved."
    )
    figures = [
        _figure(text, "57", "had never heard of the flood plan", "residents"),
        _figure(text, "20", "knew its name", "residents"),
        _figure(text, "61", "approved", "residents"),
    ]
    assert (
        _headline(text, figures)
        == "A county survey found 57 percent of residents had never heard of the flood plan."
    )
    # After a rating, the same share is the rating's "not sure".
    rating = "The mayor's approval is 46 percent. 30 percent had never heard of her deputy."
    rated = [
        _figure(rating, "46", "approve", "voters"),
        _figure(rating, "30", "had never heard of her deputy", "voters"),
    ]
    assert _headline(rating, rated) == "The mayor's approval is 46 percent."


def test_a_short_sentence_can_hold_the_topline() -> None:
    text = (
        "The council asked 1,200 residents whether they wanted the tram extended. 38 percent did. "
        "The council went ahead anyway."
    )
    assert _headline(text, [_figure(text, "38", "yes", "residents")]) == "38 percent did."


def test_a_race_the_press_has_called_is_a_count_not_a_poll() -> None:
    text = (
        "Dana Morrow leads by 55.1 percent to 44.9 percent, and the wire services have called the race. "
        "The final Courier poll had Morrow ahead 49 percent to 45 percent."
    )
    figures = [
        _figure(text, "55.1", "Morrow", "voters"),
        _figure(text, "44.9", "other", "voters"),
        _figure(text, "49", "Morrow", "voters"),
        _figure(text, "45", "other", "voters"),
    ]
    assert _headline(text, figures) == "The final Courier poll had Morrow ahead 49 percent to 45 percent."


@pytest.mark.parametrize(
    "doubt",
    [
        "It came from a phone-in, where callers could ring as many times as they liked.",
        "That is not a poll.",
        "The group emailed its own members.",
    ],
)
def test_a_poll_the_writer_denies_or_calls_self_selected_gives_way_to_a_weighted_one(doubt: str) -> None:
    text = (
        f"The mayor says 52 percent of residents back the car park. {doubt} "
        "The council's survey, which weights its sample by age and area, found 41 percent in favour."
    )
    figures = [_figure(text, "52", "back", "residents"), _figure(text, "41", "in favour", "residents")]
    assert _headline(text, figures) == (
        "The council's survey, which weights its sample by age and area, found 41 percent in favour."
    )
    plain = text.replace(doubt, "It was the mayor's own count.")
    assert (_headline(plain, _plain_figures(plain)) or "").startswith("The mayor says")


def _plain_figures(text: str) -> list[Figure]:
    return [_figure(text, "52", "back", "residents"), _figure(text, "41", "in favour", "residents")]


def test_a_poll_of_all_of_a_party_s_voters_names_its_whole_sample() -> None:
    text = (
        "A union emailed its own members and found 70 percent ready to strike. "
        "The Harrow poll of all registered Democrats, with a sample of 1,200, found 38 percent ready to strike."
    )
    figures = [
        _figure(text, "70", "ready to strike", "members"),
        _figure(text, "38", "ready to strike", "registered Democrats"),
    ]
    assert _headline(text, figures) == (
        "The Harrow poll of all registered Democrats, with a sample of 1,200, found 38 percent ready to strike."
    )
    # Democrats named as a part of the poll's sample are still a subgroup.
    part = text.replace(
        "The Harrow poll of all registered Democrats", "In the Harrow poll, registered Democrats"
    )
    assert (
        _headline(
            part,
            [_figure(part, "70", "ready", "members"), _figure(part, "38", "ready", "registered Democrats")],
        )
        or ""
    ).startswith("A union")


def test_the_poll_the_writer_says_it_trusts_is_the_topline() -> None:
    text = (
        "The Gazette's poll found 61 percent back the marina. The council's survey found 38 percent in favour. "
        "I trust the council's number, because its question gave the price."
    )
    figures = [_figure(text, "61", "back", "residents"), _figure(text, "38", "in favour", "residents")]
    assert _headline(text, figures) == "The council's survey found 38 percent in favour."
    # Distrust, or a poll named by no candidate, leaves the first one.
    for other in ("I don't trust the council's number", "I trust the county's number"):
        changed = text.replace("I trust the council's number", other)
        assert (_headline(changed, figures) or "").startswith("The Gazette's poll")


def test_doubt_told_later_counts_when_it_names_the_first_poll() -> None:
    text = (
        "The Chamber's annual survey says 70 percent of employers want staff back four days a week. "
        "A study that sampled 2,000 workers at random found 61 percent would quit over it. "
        "The Chamber's survey only asked its own members."
    )
    figures = [_figure(text, "70", "want", "employers"), _figure(text, "61", "would quit", "workers")]
    assert _headline(text, figures) == (
        "A study that sampled 2,000 workers at random found 61 percent would quit over it."
    )
    # Doubt about some other survey does not move the topline.
    other = text.replace("The Chamber's survey only", "The Guild's survey only")
    assert (_headline(other, figures) or "").startswith("The Chamber's")


def test_a_past_time_after_an_earlier_figure_belongs_to_that_figure() -> None:
    # The extractor may give the current figure the earlier one's time as its answer: "two years ago" is the 39's.
    text = (
        "The board's survey found that 61 percent of patients waited more than a fortnight, up from 39 percent "
        "two years ago. Only 20 percent rated the service as good."
    )
    figures = [
        _figure(text, "61", "two years ago", "patients"),
        _figure(text, "39", "two years ago", "patients", when="two years ago"),
        _figure(text, "20", "good", "patients"),
    ]
    assert _headline(text, figures) == text.split(" Only")[0]
    # Said before the figure, the past time is still the figure's own: an earlier wave.
    earlier = "Two years ago, 39 percent of patients waited more than a fortnight. Now 61 percent do."
    figures = [
        _figure(earlier, "39", "Two years ago", "patients"),
        _figure(earlier, "61", "", "patients"),
    ]
    assert _headline(earlier, figures) == "Now 61 percent do."


def test_a_response_rate_is_not_the_topline() -> None:
    text = (
        "The survey went to every household and 1,240 replied, about 45 percent of households. "
        "Of those, 58 percent backed the earlier sailing."
    )
    figures = [_figure(text, "45", "households", "households"), _figure(text, "58", "backed", "households")]
    assert _headline(text, figures) == "Of those, 58 percent backed the earlier sailing."


def test_twelve_months_ago_opens_an_earlier_wave() -> None:
    text = (
        "Twelve months ago the council had 52 percent approval in the tracker. "
        "This month, according to the tracker, it has 44 percent."
    )
    figures = [_figure(text, "52", "approval", "residents"), _figure(text, "44", "approval", "residents")]
    assert _headline(text, figures) == "This month, according to the tracker, it has 44 percent."


def test_a_poll_told_only_as_a_margin_is_the_headline_when_no_share_is_found() -> None:
    text = (
        "The harbour tunnel went ahead with residents against it by about 3 to 1. "
        "The two latest surveys of the city found residents opposing the arena deal by 18 and 22 points. "
        "Council has the votes anyway."
    )
    # No poll word in the tunnel's sentence: it is an example, not the poll.
    assert _headline(text, []) == (
        "The two latest surveys of the city found residents opposing the arena deal by 18 and 22 points."
    )


def test_a_margin_before_the_first_share_is_the_headline_unless_those_shares_make_it() -> None:
    gap = (
        "A new survey shows the levy with a 12-point lead over the rival plan. It has 49% to the plan's 37%."
    )
    figures = [_figure(gap, "49", "the levy", "voters"), _figure(gap, "37", "the plan", "voters")]
    assert _headline(gap, figures) == "It has 49% to the plan's 37%."
    margin = "A new survey finds voters backing the levy by 2 to 1. It also finds 41% want the vote delayed."
    assert _headline(margin, [_figure(margin, "41", "want the vote delayed", "voters")]) == (
        "A new survey finds voters backing the levy by 2 to 1."
    )


def test_the_margin_of_error_is_not_a_margin_told_as_the_result() -> None:
    text = "The survey found the usual spread. Its margin of error is 3 points. Most voters were unsure."
    assert _headline(text, []) is None


def test_a_share_that_never_replied_is_the_response_rate_not_the_topline() -> None:
    text = (
        "Last month a survey of the club's members found 40 percent backed the new ground. "
        "It went to 3,000 members and 88 percent of them never replied."
    )
    figures = [_figure(text, "40", "backed", "members"), _figure(text, "88", "never replied", "members")]
    assert _headline(text, figures).startswith("Last month a survey of the club's members found 40 percent")


@pytest.mark.parametrize(
    ("told", "shown"),
    [
        ("A poll for the Gazette had Mayor Lind up citywide by two.", True),
        ("The latest survey has the Greens ahead by 4 in the north.", True),
        ("A poll of shoppers found prices up by 3% since spring.", False),
    ],
)
def test_a_lead_told_as_a_count_after_up_or_ahead_is_a_margin(told: str, shown: bool) -> None:
    text = f"{told} The rest of the week was quiet at city hall."
    assert (_headline(text, []) == told) is shown


def test_how_many_have_heard_of_a_plan_prefaces_what_they_think_of_it() -> None:
    text = (
        "Residents know the ferry plan well: 71% say they have heard a lot about it and 4% say they have heard "
        "nothing. But 58% say they oppose the plan, and 30% support it."
    )
    figures = [
        _figure(text, "71", "they have heard a lot about it", "residents"),
        _figure(text, "4", "they have heard nothing", "residents"),
        _figure(text, "58", "oppose", "residents"),
        _figure(text, "30", "support", "residents"),
    ]
    assert _headline(text, figures) == "But 58% say they oppose the plan, and 30% support it."


def test_a_margin_of_error_is_not_a_poll_result_told_as_a_margin() -> None:
    text = (
        "The figures come from a county poll of 900 adults with a 3.2 point margin of error. "
        "Just 40% of adults back the plan."
    )
    figures = [_figure(text, "40", "back the plan", "adults")]
    assert _headline(text, figures) == "Just 40% of adults back the plan."


def test_a_share_out_of_three_or_four_is_a_share_in_words() -> None:
    text = "Two out of three riders want later trains, a survey found. Among students, 81% want them."
    figures = [_figure(text, "81", "want them", "students")]
    # the only figure found is a subgroup's: the whole sample's share is the one told in words
    assert _headline(text, figures) == "Two out of three riders want later trains, a survey found."
    text = "One in four voters would leave the party, the poll shows. Later, 26% of voters said so again."
    figures = [_figure(text, "26", "said so", "voters")]
    assert (
        _headline(text, figures) == "Later, 26% of voters said so again."
    )  # "one in four" is the same share


def test_a_supposed_share_gives_way_to_the_poll_s_own() -> None:
    text = (
        "I would back the plan even if 90% of the town hated it. The survey found 44% of residents back it."
    )
    figures = [_figure(text, "90", "hated it", "town"), _figure(text, "44", "back it", "residents")]
    assert _headline(text, figures) == "The survey found 44% of residents back it."
    # an "if" that means whether supposes nothing
    text = "I don't know if 44% of residents is a lot. The survey found 44% of residents back it."
    figures = [
        _figure(text, "44", "is a lot", "residents"),
        _figure(text, "44", "back it", "residents", nth=1),
    ]
    assert _headline(text, figures) == "I don't know if 44% of residents is a lot."


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        (
            "The count was 900 to 700, with 21 percent of the county's registered voters casting ballots.",
            True,
        ),
        ("Only 9% of eligible voters turned out for the runoff.", True),
        ("The clerk put turnout at 34 percent, the lowest since 2011.", True),
        ("The survey found 21 percent of registered voters back the levy.", False),
        ("Some 40% of voters say they will vote for the levy.", False),
    ],
)
def test_turnout_is_not_a_result(text: str, turnout: bool) -> None:
    share = re.search(r"\d+(?=\s*(?:%|percent))", text)
    assert share is not None
    at = share.start()
    assert turnout_share(text, at) is turnout


def test_a_title_quoting_a_party_s_share_names_that_sentence_and_a_code_is_no_number() -> None:
    text = "Labour trails by 6 points. Only 22% of Labour voters back Moss as leader."
    figures = [
        _figure(text, "6", "trails", "adults"),
        _figure(text, "22", "back Moss", "Labour voters"),
    ]
    assert _headline(text, figures, title="Just 22% of GE2021 Labour voters back Moss") == (
        "Only 22% of Labour voters back Moss as leader."
    )


def test_a_share_in_words_after_the_sentence_naming_the_survey_is_its_result() -> None:
    text = (
        "The Orme Trust put out its survey this week. Apparently one in four Orme residents think the pier closed.\n\n"
        "A later study found 7 percent more residents worried about parking."
    )
    figures = [_figure(text, "7", "worried", "residents")]
    assert _headline(text, figures) == "Apparently one in four Orme residents think the pier closed."


def test_a_group_with_its_figures_in_brackets_is_a_subgroup() -> None:
    text = "Support is broad. Independents (64/25) back it more than Democrats (58/33). Overall, 61% back it."
    figures = [
        _figure(text, "64", "back it", "voters"),
        _figure(text, "61", "back it", "voters"),
    ]
    assert _headline(text, figures) == "Overall, 61% back it."


def test_a_reading_dated_inside_its_sentence_gives_way_to_one_the_writer_opens_as_now() -> None:
    text = (
        "The mayor still talks as if she won in a landslide. "
        "Her best month was back in June, when 58% approved of her work. "
        "The strike dragged on for six weeks. "
        "As of this week, 41% approve, according to the Courier."
    )
    figures = [_figure(text, "58", "approved", "residents"), _figure(text, "41", "approve", "residents")]
    assert _headline(text, figures) == "As of this week, 41% approve, according to the Courier."


def test_a_report_s_lead_that_compares_with_an_earlier_reading_stays_the_headline() -> None:
    text = (
        "Most residents in the new Courier poll say the ferry is worse, though 31% were satisfied last month. "
        "Today, 29% are satisfied."
    )
    figures = [_figure(text, "31", "satisfied", "residents"), _figure(text, "29", "satisfied", "residents")]
    assert _headline(text, figures) == (
        "Most residents in the new Courier poll say the ferry is worse, though 31% were satisfied last month."
    )


def test_a_poll_s_field_dates_do_not_make_its_topline_an_earlier_reading() -> None:
    text = (
        "A poll conducted last week found 44% rate the mayor favourably. "
        "Just 39% would vote for her if the election were held today."
    )
    figures = [
        _figure(text, "44", "favourably", "voters"),
        _figure(text, "39", "would vote for her", "voters"),
    ]
    assert _headline(text, figures) == "A poll conducted last week found 44% rate the mayor favourably."


def test_a_net_rating_told_before_the_first_share_is_the_headline_and_today_s_beats_yesterday_s() -> None:
    text = (
        "Yesterday the Metro Tracker's approval index for Mayor Osei was -6. "
        "Today's approval index shows a new low of -8. "
        "His overall approval is 44% in the same tracker."
    )
    assert _headline(text, [_figure(text, "44", "approve", "voters")]) == (
        "Today's approval index shows a new low of -8."
    )


def test_a_net_rating_is_the_headline_when_the_extractor_finds_no_share() -> None:
    text = (
        "The tracker moved again this week. The governor's net favourability is now minus 11, her worst yet."
    )
    assert _headline(text, []) == "The governor's net favourability is now minus 11, her worst yet."


def test_a_change_in_a_net_rating_is_not_a_reading_of_it() -> None:
    text = "The governor's approval index dropped 3 points this week. It is hard to see a floor."
    assert _headline(text, []) is None


def test_a_share_after_the_first_figure_keeps_the_headline_from_a_net_rating_after_it() -> None:
    text = (
        "The tracker has 31% of voters strongly approving of the mayor. "
        "That puts her approval index at -9, a new low."
    )
    assert _headline(text, [_figure(text, "31", "strongly approve", "voters")]) == (
        "The tracker has 31% of voters strongly approving of the mayor."
    )


def test_a_lead_told_as_a_share_under_a_title_that_quotes_it_is_the_headline() -> None:
    title = "Greens 6% ahead in Marsh poll"
    text = (
        "A Marsh survey for the Courier gives the Greens a 6% lead. "
        "The leader is little known. Asked about the old leader, voters split 46% to 6%."
    )
    figures = [_figure(text, "46", "old leader", "voters"), _figure(text, "6", "new leader", "voters", nth=1)]
    assert _headline(text, figures, title) == "A Marsh survey for the Courier gives the Greens a 6% lead."


def test_a_reading_told_in_a_past_clause_after_a_colon_is_an_earlier_one() -> None:
    text = (
        "She has come back before: in 2019, her pool levy sat at 31% a month out and carried 52% on the day. "
        "The Ledger poll has 47% of likely voters backing her."
    )
    figures = [
        _figure(text, "31", "backed", "voters"),
        _figure(text, "52", "carried", "voters"),
        _figure(text, "47", "backing her", "likely voters"),
    ]
    assert _headline(text, figures) == "The Ledger poll has 47% of likely voters backing her."


def test_a_when_clause_after_a_past_time_and_the_same_answer_after_it_are_earlier_readings() -> None:
    text = (
        "Riders are less sour than in May, when only 18 percent called the timetable acceptable, and 15 percent "
        "felt the same in March. Now 24 percent find it acceptable."
    )
    figures = [
        _figure(text, "18", "acceptable", "riders"),
        _figure(text, "15", "the same", "riders"),
        _figure(text, "24", "acceptable", "riders"),
    ]
    assert _headline(text, figures) == "Now 24 percent find it acceptable."
    units = split_units(text, "")
    assert earlier_only_indexes(units, figures) == frozenset({0})


def test_a_reading_dated_inside_its_sentence_gives_way_to_the_new_poll_s_reading_now() -> None:
    text = (
        "The bond campaign launched in the spring. "
        "The Ledger's survey in mid April showed 63% support for the bond. "
        "The new Ledger poll, out this morning, has only 44% of likely voters now backing it."
    )
    figures = [_figure(text, "63", "support", "voters"), _figure(text, "44", "backing it", "likely voters")]
    assert _headline(text, figures) == (
        "The new Ledger poll, out this morning, has only 44% of likely voters now backing it."
    )


def test_a_past_clause_does_not_touch_a_reading_of_this_year() -> None:
    text = "The toplines: 52% back the levy and 41% oppose it."
    figures = [_figure(text, "52", "back", "voters"), _figure(text, "41", "oppose", "voters")]
    assert _headline(text, figures) == "The toplines: 52% back the levy and 41% oppose it."


@pytest.mark.parametrize("note", ["(-4 from our last survey in May)", "(down four)", "(no change)"])
def test_a_share_with_its_change_in_brackets_is_the_reading_now(note: str) -> None:
    """A pollster's release writes each share with its change since the last poll: the note names that poll, but the
    share is today's, even when the extractor marks it as the earlier wave's. Only a share told in a past clause of
    its own is an earlier reading."""
    text = (
        f"The new Fenmoor figures show the Harbour Party holding its lead on 41% {note} to the Civic Union's 30%. "
        "Elsewhere, the Greens have 11% of the vote, while the Liberals have 9%."
    )
    figures = [
        _figure(text, "41", "Harbour Party", "voters", when="last survey"),
        _figure(text, "30", "Civic Union", "voters", when="last survey"),
        _figure(text, "11", "Greens", "voters"),
        _figure(text, "9", "Liberals", "voters"),
    ]
    assert _headline(text, figures) == text.split(" Elsewhere")[0]


def test_the_first_line_of_a_pasted_results_list_is_the_topline() -> None:
    """A later line of the list (here the only one the extractor read) gives way to the list's first line, even one
    whose share the extractor missed (a table flattened so the number touches its label)."""
    text = (
        "A fresh Norvale survey of what voters think of the council's work:\n\n"
        "Building the harbour bridge71%20%\n"
        "Resurfacing the ring road64%25%\n"
        "Closing the old library (the annex)40%52%\n\n"
        "Only the library closure is underwater."
    )
    figures = [_figure(text, "40", "approve", "voters")]
    assert _headline(text, figures) == "Building the harbour bridge71%20%"


def test_answer_lines_under_the_question_are_the_topline_unless_the_writer_repeats_them() -> None:
    lines = "Do you approve of the job the mayor is doing?\n\n58% Approve\n35% Disapprove\n\n"
    other = lines + "That beats the 44% of her predecessor."
    figures = [_figure(other, "58", "Approve", "voters"), _figure(other, "44", "approve", "voters")]
    assert _headline(other, figures) == "58% Approve"
    again = lines + "So 58% of voters approve of her."
    figures = [_figure(again, "58", "Approve", "voters"), _figure(again, "58", "approve", "voters", nth=1)]
    assert _headline(again, figures) == "So 58% of voters approve of her."


def test_a_not_sure_first_line_is_not_the_topline() -> None:
    text = "Who will you vote for?\n\nUndecided 22%\nRuiz 41%\nKane 37%\n\nRuiz holds on."
    figures = [
        _figure(text, "22", "Undecided", "voters"),
        _figure(text, "41", "Ruiz", "voters"),
        _figure(text, "37", "Kane", "voters"),
    ]
    assert _headline(text, figures) != "Undecided 22%"


# Twenty-fifth round: the topline about the title's subject.
_RATINGS = (
    "A statewide survey rated the people in charge.\n\n"
    "Voters are sour on the president: 41% approve of the job President Marlow is doing, and 55% disapprove.\n\n"
    "{second}\n\n"
    "The poll of 905 likely voters was taken in July."
)


def _headline_of(text: str) -> str:
    units = split_units(text)
    title = units[0].text if units[0].kind == "heading" else ""
    unit = headline_unit(units, default_extractor().extract(text).figures, (), title)
    assert unit is not None
    return unit.text


def test_the_topline_about_the_title_s_subject_is_the_headline() -> None:
    second = "Governor Elin Lindqvist fares better, with 57% approving of her work and 35% disapproving."
    text = "Governor Lindqvist holds up\n\n" + _RATINGS.format(second=second)
    assert _headline_of(text) == second


@pytest.mark.parametrize(
    ("title", "second"),
    [
        # the title names the president: the first topline is about it
        ("President Marlow slips", "Governor Elin Lindqvist fares better, with 57% approving of her work."),
        # the later topline does not name the title's subject
        ("Governor Lindqvist holds up", "The legislature fares better, with 57% approving of its work."),
        # a title of poll words only names no subject
        (
            "New poll: most voters approve",
            "Governor Elin Lindqvist fares better, with 57% approving of her work.",
        ),
    ],
)
def test_the_first_topline_stays_unless_a_later_one_names_the_title_s_subject(
    title: str, second: str
) -> None:
    assert _headline_of(f"{title}\n\n" + _RATINGS.format(second=second)).startswith("Voters are sour")


def test_a_first_topline_told_with_a_pronoun_or_naming_only_its_pollster_stays() -> None:
    # "she" may be the title's subject, and "Northstar" is the pollster, not another subject
    text = (
        "Senator Vance keeps her lead\n\n"
        "Senator Rita Vance has not lost ground. A new Northstar poll has 52% approving of the job she is doing.\n\n"
        "Vance's challenger, Colm Brady, is seen favorably by 31% of likely voters."
    )
    assert _headline_of(text).startswith("A new Northstar poll")
    without_pronoun = text.replace("the job she is doing", "the job the incumbent is doing")
    assert _headline_of(without_pronoun).startswith("A new Northstar poll")


def test_a_title_that_quotes_results_names_no_one_subject() -> None:
    # "Poll: CON 27%, LAB 36%, UKIP 19%" lists every party; the first topline stays, though it spells the names out
    text = (
        "Poll: CON 27%, LAB 36%, UKIP 19%\n\n"
        "Labour is down a point to 36% while the Conservatives are up three to 27%.\n\n"
        "The UKIP share is unchanged at 19%."
    )
    assert _headline_of(text).startswith("Labour is down a point")


def test_the_sentence_the_writer_names_as_the_topline_is_the_headline() -> None:
    text = (
        "One number in the new survey stopped me cold: 31 percent. "
        "Granite Research asked voters whether the levy should be renewed, cut back or ended. "
        "The topline: renewed 54%, cut back 13%, ended 31%. "
        "Among renters, 63% would renew it."
    )
    figures = [
        _figure(text, "31", "", "voters"),
        _figure(text, "54", "renewed", "voters"),
        _figure(text, "13", "cut back", "voters"),
        _figure(text, "31", "ended", "voters", nth=1),
        _figure(text, "63", "renew", "renters"),
    ]
    assert _headline(text, figures) == "The topline: renewed 54%, cut back 13%, ended 31%."


def test_full_toplines_named_without_a_figure_move_nothing() -> None:
    text = "The survey finds 47% back the ferry plan. Full toplines are on the pollster's site, and 40% of them oppose it."
    figures = [_figure(text, "47", "back", "adults"), _figure(text, "40", "oppose", "adults")]
    assert _headline(text, figures) == "The survey finds 47% back the ferry plan."


@pytest.mark.parametrize(
    "lead",
    ["Greens 5% ahead in this morning's Courier poll.", "The Courier poll has the Greens 5 points ahead."],
)
def test_a_lead_told_as_a_share_ahead_is_the_poll_s_headline(lead: str) -> None:
    text = f"{lead} The same poll finds 58% want an early election."
    assert _headline(text, [_figure(text, "58", "want", "voters")]) == lead


def test_a_share_ahead_that_the_next_figures_make_is_told_in_full_there() -> None:
    text = "The Courier poll has the Greens 5 points ahead. They are on 36% to Labour's 31%."
    figures = [_figure(text, "36", "Greens", "voters"), _figure(text, "31", "Labour", "voters")]
    assert _headline(text, figures) == "They are on 36% to Labour's 31%."


def test_a_share_of_a_body_s_make_up_is_not_a_poll_result() -> None:
    text = (
        "The district says the share of its teaching staff who are Hispanic is now 12%, up from 7% in 2015. "
        "A Crestline poll found that 61% of parents support the new hiring rule."
    )
    figures = [_figure(text, "12", "Hispanic", "parents"), _figure(text, "61", "support", "parents")]
    assert (
        _headline(text, figures) == "A Crestline poll found that 61% of parents support the new hiring rule."
    )


def test_a_survey_s_share_of_people_who_are_something_is_its_finding() -> None:
    text = (
        "The campus survey found the share of students who are skipping meals is 41%. "
        "Another 62% of students support a free breakfast."
    )
    figures = [_figure(text, "41", "skipping meals", "students"), _figure(text, "62", "support", "students")]
    assert (
        _headline(text, figures)
        == "The campus survey found the share of students who are skipping meals is 41%."
    )


# --- twenty-seventh round: the title names the topline in words; method numbers; earlier shares in words ---


@pytest.mark.parametrize(
    "title",
    [
        "Four in Five Tenants Want a Rent Cap",
        "Over Three in Four Tenants Back a Cap",
        "Most Tenants Want a Cap",
    ],
)
def test_a_title_s_share_in_words_names_the_topline_that_gives_it(title: str) -> None:
    text = (
        "The tenants' union survey found 46% of renters had a repair ignored. "
        "Asked about a cap on rises, 79% of renters backed one."
    )
    figures = [_figure(text, "46", "repair ignored", "renters"), _figure(text, "79", "backed", "renters")]
    want = (
        "The tenants' union survey found 46% of renters had a repair ignored."
        if title.startswith("Most")  # "most" is not a share in words: the first topline stays
        else "Asked about a cap on rises, 79% of renters backed one."
    )
    assert _headline(text, figures, title) == want


def test_a_title_s_share_in_words_told_in_words_first_stays_there() -> None:
    text = (
        "Four in five renters want a cap on rent rises, the union's survey says. "
        "It found 46% of renters had a repair ignored. In all, 79% of renters backed a cap."
    )
    figures = [_figure(text, "46", "ignored", "renters"), _figure(text, "79", "backed", "renters")]
    assert _headline(text, figures, "Four in Five Tenants Want a Rent Cap") == (
        "Four in five renters want a cap on rent rises, the union's survey says."
    )


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Governor Aske's Approval Falls Again", "Her approval stands at 36%."),
        (
            "Disapproval of Governor Aske Climbs",
            "Some 55% of voters disapprove of Governor Aske, a Ridge poll finds.",
        ),
        (
            "Voters Sour on Governor Aske",
            "Some 55% of voters disapprove of Governor Aske, a Ridge poll finds.",
        ),
    ],
)
def test_the_answer_a_title_names_picks_the_topline_of_the_same_question(title: str, want: str) -> None:
    text = "Some 55% of voters disapprove of Governor Aske, a Ridge poll finds. Her approval stands at 36%."
    figures = [_figure(text, "55", "disapprove", "voters"), _figure(text, "36", "approve", "voters")]
    assert _headline(text, figures, title) == want


def test_the_title_s_answer_in_another_question_does_not_move_the_topline() -> None:
    text = (
        "The levy is opposed by 54% of voters, a Ridge poll finds. Support for the park plan stands at 61%."
    )
    figures = [
        _figure(text, "54", "oppose", "voters"),
        Figure(
            61.0, text.index("61"), text.index("61") + 2, "g2", "park plan?", "support", "voters", None, None
        ),
    ]
    assert _headline(text, figures, "Support for the Levy Slips") == (
        "The levy is opposed by 54% of voters, a Ridge poll finds."
    )


def test_a_title_number_heading_a_capitalised_name_or_a_movement_quotes_no_result() -> None:
    text = "Labour leads on 39%, the Greens are on 17%.\n\n- Labour: 39% (steady)\n- Greens: 17% (up 4)"
    figures = [
        _figure(text, "39", "Labour", "voters"),
        _figure(text, "17", "Greens", "voters"),
        _figure(text, "39", "Labour", "voters", nth=1),
        _figure(text, "17", "Greens", "voters", nth=1),
    ]
    for title in ("Greens Gain in the Latest 4 NEWS Poll", "Greens Gain Again in the Latest 4 News Poll"):
        assert _headline(text, figures, title) == "Labour leads on 39%, the Greens are on 17%.", title


def test_a_title_that_tells_a_movement_is_repeated_by_the_movement() -> None:
    text = "Labour is on 39%. The Greens are on 17%, up 4 on last month."
    figures = [_figure(text, "39", "Labour", "voters"), _figure(text, "17", "Greens", "voters")]
    assert (
        _headline(text, figures, "Greens up 4 in the Harbour Poll")
        == "The Greens are on 17%, up 4 on last month."
    )
    assert _headline(text, figures, "Greens on 4 NEWS Poll") == "Labour is on 39%."


@pytest.mark.parametrize(
    "method",
    [
        "The poll reached 700 adults and carries a 4-point error margin.",
        "The survey has a 5-point sampling margin either way.",
        "The poll carries a 6 pt margin of errors.",
    ],
)
def test_a_margin_of_error_in_any_wording_is_not_a_lead(method: str) -> None:
    text = f"{method} It found 57% in favour of the levy."
    assert (
        _headline(text, [_figure(text, "57", "in favour", "adults")]) == "It found 57% in favour of the levy."
    )


@pytest.mark.parametrize(
    ("opening", "earlier"),
    [
        ("Last spring a Corder survey said one in three drivers would pay the toll.", True),
        (
            "Last year's big survey came from Corder. Apparently one in three drivers would pay the toll.",
            True,
        ),
        ("Corder put out a survey last week. Apparently one in three drivers would pay the toll.", False),
    ],
)
def test_a_share_in_words_opening_in_the_past_is_an_earlier_reading(opening: str, earlier: bool) -> None:
    text = f"{opening} I never believed it. The toll authority's own poll has 21% willing to pay."
    headline = _headline(text, [_figure(text, "21", "willing to pay", "drivers")])
    if earlier:
        assert headline == "The toll authority's own poll has 21% willing to pay."
    else:
        assert headline == "Apparently one in three drivers would pay the toll."


# Twenty-eighth round (s29): sprobe27's kinds.


def test_a_share_the_extractor_left_unread_in_the_poll_s_own_sentence_is_the_headline() -> None:
    text = (
        "With a month to go, the councillor is still the one to beat. "
        "The newest Tidewater survey shows her taking 44% of the vote if the election were held today. "
        "Her rival trails with 37%."
    )
    # The extractor read only the rival's share: the poll's own sentence, told first, still holds the topline.
    assert _headline(text, [_figure(text, "37", "the rival", "voters")]) == (
        "The newest Tidewater survey shows her taking 44% of the vote if the election were held today."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Across the four polls taken this month, she averages 45% of the vote.",  # several polls
        "The pollsters now put her at between 41 and 45 percent.",  # a range, and several pollsters
        "The survey found a 14 percent improvement in how riders rate the buses.",  # a change
        "The survey has a margin of error of 4%.",  # the poll's method
        "Among renters, the survey puts her at 52%.",  # a subgroup
    ],
)
def test_an_unread_share_that_is_no_one_poll_s_result_stays_behind(sentence: str) -> None:
    text = f"{sentence} The Tidewater survey has her on 44% and her rival on 37%."
    figures = [_figure(text, "44", "her", "voters"), _figure(text, "37", "the rival", "voters")]
    assert _headline(text, figures) == "The Tidewater survey has her on 44% and her rival on 37%."


def test_a_year_on_year_pair_told_in_one_sentence_holds_the_current_reading() -> None:
    text = (
        "In 2021, 48 percent of cardholders said the hours suited them, and that fell to 35 percent this year. "
        "On the same question, 40 percent called the hours poor."
    )
    figures = [
        _figure(text, "48", "suited them", "cardholders"),
        _figure(text, "35", "suited them", "cardholders"),
        _figure(text, "40", "poor", "cardholders"),
    ]
    assert _headline(text, figures) == (
        "In 2021, 48 percent of cardholders said the hours suited them, and that fell to 35 percent this year."
    )


def test_a_sentence_opening_in_the_past_that_does_not_run_to_now_stays_an_earlier_reading() -> None:
    text = (
        "In 2021, 48 percent of cardholders said the hours suited them. "
        "The library's new survey finds 35 percent saying so."
    )
    figures = [
        _figure(text, "48", "suited them", "cardholders"),
        _figure(text, "35", "say so", "cardholders"),
    ]
    assert _headline(text, figures) == "The library's new survey finds 35 percent saying so."


def test_the_writer_s_first_person_hook_gives_way_to_the_poll_it_introduces() -> None:
    text = (
        "I cannot think of anything on which 90% of us would agree. "
        "That is why the new Brightwater Institute survey caught my eye. "
        "Residents want the old lead pipes replaced by 81 percent to 14 percent."
    )
    figures = [
        _figure(text, "90", "agree", "us"),
        _figure(text, "81", "replace", "residents"),
        _figure(text, "14", "keep", "residents"),
    ]
    assert (
        _headline(text, figures) == "Residents want the old lead pipes replaced by 81 percent to 14 percent."
    )


def test_a_report_s_lead_before_the_sentence_naming_its_poll_stays_the_headline() -> None:
    text = (
        "58% of residents support the harbour wall. "
        "That is the finding of the latest Coastal Affairs survey. "
        "Another 34% oppose it."
    )
    figures = [_figure(text, "58", "support", "residents"), _figure(text, "34", "oppose", "residents")]
    assert _headline(text, figures) == "58% of residents support the harbour wall."


def test_the_title_s_party_picks_its_row_among_pasted_results_whatever_its_accents() -> None:
    title = "Verts Renaissance slide again in the Northwind tracker"
    text = f"{title}\n\nThe tracker is out:\nUnion Civique 31% (30)\nVèrts Renaissance 11% (14)\nMouvement Rural 9% (9)\n"
    figures = [
        _figure(text, "31", "Union Civique", "voters"),
        _figure(text, "11", "Vèrts Renaissance", "voters"),
        _figure(text, "9", "Mouvement Rural", "voters"),
    ]
    assert _headline(text, figures, title) == "Vèrts Renaissance 11% (14)"


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("The poll has 18 percent uncommitted. The Premier's party is on 52 percent.", 1),
        ("Her rating has gone up, by 2 percent. The Premier's party is on 52 percent.", 1),
    ],
)
def test_an_uncommitted_share_and_a_change_after_a_comma_are_no_topline(sentence: str, headline: int) -> None:
    first, second = sentence.split(". ")
    number = re.search(r"\d+", first)
    assert number is not None
    figures = [
        _figure(sentence, number[0], "uncommitted" if "uncommitted" in first else "rating", "voters"),
        _figure(sentence, "52", "the Premier's party", "voters"),
    ]
    assert _headline(sentence, figures) == [f"{first}.", second][headline]


# Twenty-eighth round, second pass (s29b): a pooled reading before one poll's own figure.


@pytest.mark.parametrize(
    "pooled",
    [
        "The polling average has the senator up 4 points, 48% to 44%.",
        "The Statehouse average has the senator up 4 points, 48% to 44%.",
        "On average, the polls give the senator 48% and her rival 44%.",
        "Polls taken since June put the senator on 48% and her rival on 44%.",
    ],
)
def test_one_poll_s_figure_is_the_headline_over_a_pooled_reading_told_before_it(pooled: str) -> None:
    text = f"{pooled} Today's Marist poll gives her a wider lead, 51% to 43%."
    figures = [
        _figure(text, "48", "the senator", "voters"),
        _figure(text, "44", "her rival", "voters"),
        _figure(text, "51", "the senator", "voters"),
        _figure(text, "43", "her rival", "voters"),
    ]
    assert _headline(text, figures) == "Today's Marist poll gives her a wider lead, 51% to 43%."


def test_a_pooled_reading_stays_the_headline_when_no_one_poll_follows() -> None:
    text = "The polling average has the senator up 4 points, 48% to 44%. Her lead has held since June."
    figures = [_figure(text, "48", "the senator", "voters"), _figure(text, "44", "her rival", "voters")]
    assert _headline(text, figures) == "The polling average has the senator up 4 points, 48% to 44%."


def test_a_poll_of_polls_names_no_one_poll() -> None:
    text = "A poll of polls puts Labour on 41%. The new Northgate poll puts Labour on 44%."
    figures = [_figure(text, "41", "Labour", "adults"), _figure(text, "44", "Labour", "adults")]
    assert _headline(text, figures) == "The new Northgate poll puts Labour on 44%."


def test_the_average_person_is_no_pooled_reading() -> None:
    text = (
        "The average commuter backs the toll cap, with 45% of drivers in favour. "
        "The new Civic poll of cyclists has 41% in favour of it."
    )
    # "The average commuter" is a person, not an average of polls: the first topline stays.
    figures = [_figure(text, "45", "in favour", "drivers"), _figure(text, "41", "in favour", "cyclists")]
    assert (
        _headline(text, figures) == "The average commuter backs the toll cap, with 45% of drivers in favour."
    )
