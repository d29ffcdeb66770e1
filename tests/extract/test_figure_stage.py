"""Stage 1 of the weighed extractor: which numbers are poll figures, on tables and toplines flattened
into text, and which are not (errors, samples, changes, bounds, results). All passages are written
for these tests; the layout facts are checked directly, the decisions through the fitted weights."""

from __future__ import annotations

import pytest

from bot.reading.extract import figures
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.weighed import WeighedExtractor

EX = WeighedExtractor()


def _analyse(text: str) -> Analysis:
    return EX.analyse(text)


def _kept(text: str) -> list[str]:
    a = _analyse(text)
    return [text[d.num.start : d.num.end] for d in figures.detect(a)]


def _num(a: Analysis, written: str, nth: int = 0) -> int:
    hits = [n.index for n in a.numbers if a.text[n.start : n.end] == written]
    return hits[nth]


# --- layout facts (no weights involved) ---------------------------------------------------------------


def test_bare_rule_names_each_documented_shape() -> None:
    text = (
        "Harbor County poll of likely voters\n"
        "| Candidate | Now | Before |\n"
        "| Ortega | 47 (44) | 40 |\n"
        "Statewide: Ortega 46 Lindqvist 43\n"
        "Favourable rating ...... 52\n"
        "The race stands at 51-45 among women.\n"
    )
    a = _analyse(text)
    rule = {text[n.start : n.end] + f"@{n.line}": figures.bare_rule(a, n) for n in a.numbers}
    assert rule["47@2"] == "table_cell"
    assert rule["44@2"] == "earlier_in_brackets"
    assert rule["46@3"] == "name_list"
    assert rule["43@3"] == "name_list"
    assert rule["52@4"] == "leader"
    assert rule["51@5"] == "pair"
    assert rule["45@5"] == "pair"


def test_bare_rule_refuses_counts_signs_years_and_wholes() -> None:
    text = "Jobs and wages 412 38%\nNet change | +6 | -3 |\nIn 2019 the county had 100 polling places.\n"
    a = _analyse(text)
    by = {text[n.start : n.end]: n for n in a.numbers}
    assert figures.bare_rule(a, by["412"]) is None  # over 100, and a count before a percentage
    assert a.layout.places[by["412"].index].count_before_pct  # the frequency column
    assert figures.bare_rule(a, by["6"]) is None  # signed: a change
    assert figures.bare_rule(a, by["3"]) is None
    assert figures.bare_rule(a, by["2019"]) is None
    assert figures.bare_rule(a, by["100"]) is None


def test_slash_pairs_are_candidates_paired_with_each_other() -> None:
    a = _analyse("Favourability among Democrats: 81/12. The poll ran 3/14/24 to 3/18/24.")
    written = [a.text[n.start : n.end] for n in a.numbers]
    assert written[:2] == ["81", "12"]
    n81, n12 = a.numbers[0], a.numbers[1]
    assert n81.cand.partner == n12.index and n12.cand.partner == n81.index
    assert figures.bare_rule(a, n81) == "pair"
    assert "14" not in written  # a date's parts are not a pair


def test_press_percent_sign_is_a_marked_candidate() -> None:
    text = "Fianna Fail is on 24pc, up two, while 3 PCs and 12 pcs were sold."
    a = _analyse(text)
    marked = {a.text[n.start : n.end]: n.cand.marked for n in a.numbers}
    assert marked["24"] is True
    assert marked["3"] is False and marked["12"] is False
    assert "24" in _kept("A new poll of voters puts Fianna Fail on 24pc and Labour on 9pc.")


def test_a_line_label_drops_trailing_brackets_and_function_words() -> None:
    a = _analyse("Labour on (45%) and the Greens 9%\nTurnout intention: 71%\n")
    assert a.layout.places[_num(a, "45")].row_label == "Labour"
    assert a.layout.places[_num(a, "71")].row_label == "Turnout intention"


def test_frequency_column_is_a_count_and_the_percent_after_it_is_marked_as_such() -> None:
    text = "Which issue matters most? Housing costs 72 36% Public safety 51 25% Schools 40 20%"
    a = _analyse(text)
    places = a.layout.places
    assert places[_num(a, "72")].count_before_pct
    assert places[_num(a, "36")].after_count
    assert figures.layout_rule(a, a.numbers[_num(a, "36")]) == "after_count"
    assert figures.layout_rule(a, a.numbers[_num(a, "72")]) is None


def test_pipe_rows_know_their_cell_column_and_header() -> None:
    text = "| Answer | Mar 2024 | Feb 2024 | Election |\n| Approve | 44% | 41% | 39% |\n"
    a = _analyse(text)
    p44, p41, p39 = (a.layout.places[_num(a, w)] for w in ("44", "41", "39"))
    assert (p44.cell, p44.col, p44.cell_pure) == (2, 0, True)
    assert p41.col == 1 and p41.header == "Feb 2024" and p41.header_date == "Feb 2024"
    assert p39.header == "Election" and p39.header_date is None
    assert p44.row_label == "Approve"


def test_blocks_of_same_shape_lines_that_add_up_to_a_whole() -> None:
    text = "Asked of 800 adults\nSatisfied 41%\nDissatisfied 52%\nNo opinion 7%\n"
    a = _analyse(text)
    p = a.layout.places[_num(a, "52")]
    assert p.block == 3 and p.block_whole
    assert figures.layout_rule(a, a.numbers[_num(a, "52")]) == "label_list"


def test_wave_of_bracketed_values_date_columns_and_prose() -> None:
    text = (
        "Party standings (previous month's figures in brackets)\n"
        "| | Support |\n"
        "| Greens | 12 (9) |\n"
        "| Answer | 04/02/24 | 03/01/24 |\n"
        "| Yes | 58% | 55% |\n"
        "Approval rose to 47%, up from 42% last month.\n"
    )
    a = _analyse(text)
    assert figures.wave_of(a, a.numbers[_num(a, "9")]) == "previous month's figures"
    assert figures.wave_of(a, a.numbers[_num(a, "12")]) is None
    assert figures.wave_of(a, a.numbers[_num(a, "55")]) == "03/01/24"
    assert figures.wave_of(a, a.numbers[_num(a, "42")]) is not None
    assert figures.wave_of(a, a.numbers[_num(a, "47")]) is None


def test_digits_in_brackets_after_the_same_number_in_words_are_one_reading() -> None:
    # "Forty-four percent (44%)" writes one result twice; "Greens 12 (12)" is an unchanged earlier reading.
    text = (
        "Party standings (last month's figures in brackets)\n"
        "| Greens | 12 (12) |\n"
        "Forty-four percent (44%) of tenants back the rent cap, and 40 percent (39%) of owners agree.\n"
    )
    a = _analyse(text)
    assert figures.wave_of(a, a.numbers[_num(a, "44")]) is None
    assert figures.wave_of(a, a.numbers[_num(a, "12", 1)]) == "last month's figures"


def test_numbers_glued_to_a_dotted_leader_are_candidates() -> None:
    a = _analyse("Favourable.............44\nUnfavourable...........49%\n")
    by = {a.text[n.start : n.end]: n for n in a.numbers}
    assert set(by) == {"44", "49"}
    assert not by["44"].cand.marked and by["49"].cand.marked
    assert a.layout.places[by["44"].index].leader
    assert figures.bare_rule(a, by["44"]) == "leader"


def test_a_bare_frequency_column_is_counts_and_the_column_after_it_shares() -> None:
    text = "Top issue\nHousing        412     41\nTransit        305     31\nParks          281     28\n"
    a = _analyse(text)
    places = a.layout.places
    assert places[_num(a, "412")].col_count and places[_num(a, "305")].col_count
    assert places[_num(a, "41")].after_count and not places[_num(a, "41")].col_count
    assert figures.bare_rule(a, a.numbers[_num(a, "31")]) == "after_count"


def test_one_sample_row_does_not_make_a_trend_column_counts() -> None:
    text = "                Nov   Oct\nApprove          44    41\nDisapprove       51    54\nSample         1002   998\n"
    a = _analyse(text)
    assert not a.layout.places[_num(a, "44")].col_count


def test_space_aligned_headers_name_columns_and_date_waves() -> None:
    text = "Council approval\n\n            Nov    Aug    May\nApprove      41     44     47\nDisapprove   52     49     45\n"
    a = _analyse(text)
    p = a.layout.places[_num(a, "44")]
    assert p.header == "Aug" and p.header_date == "Aug"
    assert figures.wave_of(a, a.numbers[_num(a, "45")]) == "May"
    assert figures.layout_rule(a, a.numbers[_num(a, "49")]) == "column"


def test_age_band_header_cells_are_a_header_row() -> None:
    text = "| | Total | 18-34 | 65+ |\n| Yes | 44 | 51 | 38 |\n"
    a = _analyse(text)
    assert a.layout.places[_num(a, "51")].header == "18-34"
    assert figures.age_band(a, a.numbers[_num(a, "18")])


def test_election_rows_and_columns_are_not_poll_readings() -> None:
    text = "| Party | Poll | 2022 election |\n| Greens | 12 | 9.1 |\n| Election result | 31 | |\n"
    a = _analyse(text)
    places = a.layout.places
    assert figures._election_row(places[_num(a, "9.1")])
    assert figures._election_row(places[_num(a, "31")])
    assert not figures._election_row(places[_num(a, "12")])


def test_a_change_then_level_is_not_a_split() -> None:
    a = _analyse("Support for the Greens was up 0.4 to 9.8% while Labour leads 52 to 44 among men.")
    assert figures.change_then_level(a, a.numbers[_num(a, "9.8")])
    assert not figures.change_then_level(a, a.numbers[_num(a, "52")])
    assert figures.bare_rule(a, a.numbers[_num(a, "0.4")]) is None


def test_flattened_crosstab_rows_are_marked() -> None:
    text = "Total Men Women Approve 45 41 49 Disapprove 48 53 44 Not sure 7 6 7"
    a = _analyse(text)
    p = a.layout.places[_num(a, "53")]
    assert p.flat_row and p.flat_whole
    assert figures.bare_rule(a, a.numbers[_num(a, "53")]) == "flat_row"


# --- decisions through the fitted weights ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures_", "not_figures"),
    [
        (  # one answer a line, no poll word at all
            "Governor job rating\nAsked of 900 adults\nApprove 46%\nDisapprove 45%\nNot sure 9%\n",
            ["46", "45", "9"],
            ["900"],
        ),
        (  # dotted leaders flattened into one line
            "Is the state on the right track? Right track ...... 38% Wrong direction ...... 54% Unsure ...... 8%",
            ["38", "54", "8"],
            [],
        ),
        (  # frequency and percent columns of a topline
            "Survey of 1,204 voters. Most important issue: Cost of living 540 45% Crime 300 25% "
            "Health care 240 20% Other 124 10%",
            ["45", "25", "20", "10"],
            ["540", "300", "240", "124", "1,204"],
        ),
        (  # a markdown table with bracketed earlier values and a net column
            "Monthly favourability poll (last month in brackets)\n"
            "| | Fav | Unfav | Net |\n|---|---|---|---|\n"
            "| Mayor Quinn | 52 (49) | 38 (41) | +14 |\n| Councillor Park | 31 (33) | 47 (44) | -16 |\n",
            ["52", "49", "38", "41", "31", "33", "47", "44"],
            ["14", "16"],
        ),
        (  # state-by-state horse-race lines
            "NEW POLL OF LIKELY VOTERS --- OHIO: Ramos 47 Whitfield 44 IOWA: Whitfield 49 - Ramos 42",
            ["47", "44", "49", "42"],
            [],
        ),
        (  # slash pairs in a blog write-up
            "The new survey has Ramos up on Whitfield 48/43 and tied with Okafor at 45/45 among likely voters.",
            ["48", "43"],
            [],
        ),
        (  # ballot measure results in prose
            "The poll finds the transit levy failing, with 39% voting yes, 48% no and 13% undecided.",
            ["39", "48", "13"],
            [],
        ),
        (  # a bare "Name NN" list, one candidate a line, and a lower-cased catch-all in a line list
            "Mayoral primary, likely voters\nAlvarez 33\nPrentice 27\nMoss 14\nUndecided 26\n"
            "Runoff: Alvarez 48, Prentice 39, undecided 13",
            ["33", "27", "14", "26", "48", "39", "13"],
            [],
        ),
        (  # leaders glued to the number, after a numbered question
            "Q12. Should the county build the stadium?\nYes.............38\nNo..............55\nUnsure...........7\n",
            ["38", "55", "7"],
            ["12"],
        ),
        (  # a bare frequency-and-percent topline
            "Poll of 700 residents: main reason for moving\n            Count   Pct\nJobs          301    43\n"
            "Family        210    30\nCost          189    27\n",
            ["43", "30", "27"],
            ["301", "210", "189", "700"],
        ),
        (  # a trend table with an election column, bare cells
            "Vote intention, Northgate polls\n| Party | Nov | Sep | 2023 election |\n|---|---|---|---|\n"
            "| Blue | 36 | 34 | 31.5 |\n| Red | 33 | 35 | 38.2 |\n| Green | 12 | 11 | 9.4 |\n",
            ["36", "34", "33", "35", "12", "11"],
            ["31.5", "38.2", "9.4"],
        ),
        (  # a space-aligned crosstab with a leading year in the row label
            "Was the country right to leave?\n                    Right  Wrong  Unsure\nAll adults            33     55     12\n"
            "2016 Leave voters     66     22     12\n2016 Remain voters     7     88      5\nThe survey of 1,850 adults closed on 3 June.",
            ["33", "55", "12", "66", "22", "7", "88", "5"],
            ["2016", "1,850", "3"],
        ),
        (  # press-style and spelled percentages; words for fractions are not figures
            "The poll puts Labour on 31pc and the Greens on eleven per cent; half of voters and a third of "
            "Greens say the economy is worse.",
            ["31", "eleven"],
            [],
        ),
        (  # subgroups down the side, answers across the top, each row a whole; no poll word, no % sign
            "Stadium funding by group\nFor Against Unsure\nAll voters 41 52 7\nMen 45 49 6\nWomen 37 55 8\n"
            "Renters 48 45 7\n",
            ["41", "52", "7", "45", "49", "37", "55", "8", "48"],
            [],
        ),
        (  # a crosstab flattened onto one line
            "Poll of 640 adults. Total Men Women Favourable 45 41 49 Unfavourable 48 53 44 Not sure 7 6 7",
            ["45", "41", "49", "48", "53", "44", "7", "6"],
            ["640"],
        ),
    ],
)
def test_table_and_topline_shapes_are_figures(text: str, figures_: list[str], not_figures: list[str]) -> None:
    kept = _kept(text)
    for w in figures_:
        assert w in kept, (w, kept)
    for w in not_figures:
        assert w not in kept, (w, kept)


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("The survey of 1,020 adults has a margin of error of plus or minus 3.1 percentage points.", ["3.1"]),
        (
            "Support for the plan is 55%, up 6 points since spring, a 12-point lead over opposition.",
            ["6", "12"],
        ),
        ("More than 40% of the budget goes to schools, and the sales tax rate is 7.25%.", ["40", "7.25"]),
        ("In the election the Greens won 18% of the vote, with turnout at 61%.", ["18", "61"]),
        (
            "Unemployment fell to 4.1% while inflation rose to 3.2% in March, the statistics office said.",
            ["4.1", "3.2"],
        ),
        (
            "Among voters aged 18-34, the poll of 850 people conducted May 3-9 found a 3% lead.",
            ["18", "34", "3", "9"],
        ),
        (
            "A note on rounding: 62.5% is shown as 63%, so columns can add up to 99% or 101%.",
            ["62.5", "63", "99"],
        ),
        ("The governing party's lead is down from 9% last month to 4% now.", ["9", "4"]),
        ("She won re-election with 58% of the vote in a district she carried by 20 points.", ["58", "20"]),
        ("In the poll support for the Greens was up 0.4 to 9.8% and Labour fell 2 to 31%.", ["0.4", "2"]),
        (
            "Just over 1-in-4 (27%) back the deal in the poll, and 6-in-10 (61%) oppose it.",
            ["1", "4", "6", "10"],
        ),
        ("The poll shows Blue 31% (+2), Red 29% (0), Green 9% (-1).", ["2", "0", "1"]),
        ("Fieldwork closed Friday; results carry a 95% level of confidence in the survey.", ["95"]),
        ("Measure 12 trails in the latest survey, with 41% voting yes and 47% no.", ["12"]),
        ("Poll crosstabs by age: Total 18-34 35-54 55+ Yes 40 47 39 36", ["18", "34", "35", "54"]),
    ],
)
def test_not_a_figure(text: str, rejected: list[str]) -> None:
    kept = _kept(text)
    for w in rejected:
        assert w not in kept, (w, kept)


def test_talk_of_a_lead_does_not_reach_past_a_colon() -> None:
    """A list after "the lead has narrowed:" gives shares; only a number in the lead's own clause is the
    lead (a merged refit once dropped such a list's first share for it)."""
    listed = _analyse("In the Kestrel poll the Greens' lead has narrowed: Greens 31%, Labour 27%.")
    assert "cue:lead_noun_before" not in figures.figure_features(listed, listed.numbers[_num(listed, "31")])
    lead = _analyse("The governing party's lead is down from 9% last month.")
    assert "cue:lead_noun_before" in figures.figure_features(lead, lead.numbers[_num(lead, "9")])


def test_features_come_from_one_shared_layout() -> None:
    a = _analyse("Approve 44%\nDisapprove 50%\n")
    first = a.layout
    figures.detect(a)
    assert a.layout is first  # computed once per analysis
