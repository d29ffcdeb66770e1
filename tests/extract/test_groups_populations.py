"""Group and population cues that do not depend on fitted weights: table header alignment, population
scope and tidying, the clause population, line headings, and joining restated results.

The passages are written for the project (invented places and people).
"""

from __future__ import annotations

from bot.reading.extract import choices, groups, regions
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.population_candidates import clause_population, tidy_population
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _num(a: Analysis, value: float, nth: int = 0) -> Num:
    return [m for m in a.numbers if m.value == value][nth]


def _headers(text: str) -> list[tuple[float, str | None]]:
    a = EXTRACTOR.analyse(text)
    return [(n.value, a.layout.places[n.index].header) for n in a.numbers if n.value < 100]


def test_a_header_without_outer_pipes_sits_over_the_right_cells_of_a_row_with_them() -> None:
    text = (
        "Harbour Town poll of 700 adults.\n\n"
        "| Total | Men | Women\n"
        "| Approve | 52% | 47% | 56% |\n"
        "| Disapprove | 41% | 46% | 37% |\n"
    )
    assert _headers(text) == [
        (52.0, "Total"),
        (47.0, "Men"),
        (56.0, "Women"),
        (41.0, "Total"),
        (46.0, "Men"),
        (37.0, "Women"),
    ]


def test_header_alignment_is_unchanged_when_both_lines_have_the_same_pipes() -> None:
    for header, row in (
        ("| | All | Dem | Rep |", "| Yes | 61% | 80% | 39% |"),
        ("All | Dem | Rep", "Yes | 61% | 80% | 39%"),
    ):
        text = f"A poll of 500 voters.\n\n{header}\n{row}\n"
        assert _headers(text) == [(61.0, "All"), (80.0, "Dem"), (39.0, "Rep")]


def test_a_crosstab_header_is_proposed_expanded_and_a_total_column_is_the_sample() -> None:
    text = "A poll of 640 likely voters.\n\n| All | Dem | Rep\nFavorable | 44% | 70% | 15%\n"
    a = EXTRACTOR.analyse(text)
    dem = choices.candidates(a, _num(a, 70), "population")
    assert any(c.text == "Democrats" and c.features.get("src=col_header") == 1.0 for c in dem)
    total = choices.candidates(a, _num(a, 44), "population")
    assert any(c.text == "likely voters" and c.features.get("src=col_header_total") == 1.0 for c in total)


def test_population_tidying_drops_a_sample_size_or_a_caught_figure_but_keeps_ages() -> None:
    assert tidy_population("1,204 Registered Voters") == "Registered Voters"
    assert tidy_population("women 53") == "women"
    assert tidy_population("voters under 45") == "voters under 45"
    assert tidy_population("adults aged 65") == "adults aged 65"
    assert tidy_population("voters 18-34") == "voters 18-34"


def test_each_clause_names_its_own_population() -> None:
    text = "In the Fenwick poll, older voters back the levy 58% to 35%, while younger voters oppose it 54% to 40%."
    a = EXTRACTOR.analyse(text)
    for n in a.numbers:
        choices.candidates(a, n, "population")
    assert clause_population(a, _num(a, 58)) == "older voters"
    assert clause_population(a, _num(a, 54)) == "younger voters"


def test_a_subgroup_across_a_clause_boundary_is_marked_as_another_clauses() -> None:
    text = "Among renters 61% favour the plan, while homeowners oppose it 57% to 33%."
    a = EXTRACTOR.analyse(text)
    cands = {c.text: c.features for c in choices.candidates(a, _num(a, 57), "population")}
    assert cands["renters"].get("among_past_clause") == 1.0
    assert cands["renters"].get("farther_written") == 1.0
    assert cands["homeowners"].get("nearest_written") == 1.0


def test_a_heading_over_named_results_is_proposed_but_an_option_before_a_colon_is_not() -> None:
    text = (
        "Regional vote intention:\n"
        "North Coast: Greens 31%, Labour 29%, Reform 20%\n"
        "Inland Valleys: Greens 22%, Labour 35%, Reform 26%\n"
    )
    a = EXTRACTOR.analyse(text)
    assert any(
        c.text == "Inland Valleys" and c.source == "line_head"
        for c in choices.candidates(a, _num(a, 35), "population")
    )
    plain = "Vote intention:\nGreens: 31%\nLabour: 29%\nReform: 20%\n"
    b = EXTRACTOR.analyse(plain)
    assert not any(c.source == "line_head" for c in choices.candidates(b, _num(b, 29), "population"))


RESTATED = (
    "In the Dunmore race, Ortega leads with 52% and Lindqvist has 28%.\n\n"
    "The full field:\n- Ortega 52%\n- Lindqvist 28%\n- Marsh 7%\n"
)


def _figs(a: Analysis, answers: list[str], waves: list[str | None] | None = None) -> list[groups.Labelled]:
    nums = [n for n in a.numbers if n.value <= 100]
    waves = waves or [None] * len(nums)
    return [
        groups.Labelled(n.index, n.value, n.sentence, n.line, ans, "", "", wave, None)
        for n, ans, wave in zip(nums, answers, waves, strict=True)
    ]


def test_clusters_restating_two_values_with_agreeing_answers_are_joined() -> None:
    a = EXTRACTOR.analyse(RESTATED)
    figs = _figs(a, ["Ortega", "Lindqvist", "Ortega", "", "Marsh"])
    owner = [0, 0, 2, 2, 2]
    groups._merge_restatements(a, figs, owner)
    assert owner == [0, 0, 0, 0, 0]


def test_clusters_giving_one_answer_two_values_or_from_other_waves_stay_apart() -> None:
    a = EXTRACTOR.analyse(RESTATED)
    owner = [0, 0, 2, 2, 2]
    groups._merge_restatements(a, _figs(a, ["Ortega", "Lindqvist", "Lindqvist", "Ortega", "Marsh"]), owner)
    assert owner == [0, 0, 2, 2, 2]
    waves: list[str | None] = [None, None, "March", "March", "March"]
    owner = [0, 0, 2, 2, 2]
    groups._merge_restatements(a, _figs(a, ["Ortega", "Lindqvist", "Ortega", "", "Marsh"], waves), owner)
    assert owner == [0, 0, 2, 2, 2]


# Two question blocks that list the same options: each block is its own group.
TWO_BLOCKS = (
    "Mayor Quill: job rating\n"
    "Approve 41%\n"
    "Disapprove 47%\n"
    "Unsure 12%\n"
    "\n"
    "Harbour Board: job rating\n"
    "Approve 33%\n"
    "Disapprove 52%\n"
    "Unsure 15%\n"
)


def _all_linked(figs: list[groups.Labelled]) -> dict[tuple[int, int], float]:
    return {(i, j): 1.0 for i in range(len(figs)) for j in range(i + 1, len(figs))}


def test_an_option_listed_twice_with_two_values_splits_the_blocks_whatever_the_links_say() -> None:
    a = EXTRACTOR.analyse(TWO_BLOCKS)
    figs = _figs(a, ["Approve", "Disapprove", "Unsure"] * 2)
    ids = groups.cluster(a, figs, threshold=0.3, probs=_all_linked(figs))
    assert ids[:3] == [ids[0]] * 3 and ids[3:] == [ids[3]] * 3
    assert ids[0] != ids[3]


def test_repeated_row_values_or_unlabelled_rows_do_not_block_a_merge() -> None:
    # Blocks that do not add up to a whole (no "Unsure" line): without answers nothing is known to
    # clash, so the links decide. (Complete blocks clash by their sums: see the next tests.)
    a = EXTRACTOR.analyse(TWO_BLOCKS.replace("Unsure 12%\n", "").replace("Unsure 15%\n", ""))
    figs = _figs(a, [""] * 4)
    assert set(groups.cluster(a, figs, threshold=0.3, probs=_all_linked(figs))) == {0}
    whole = EXTRACTOR.analyse(TWO_BLOCKS)
    figs = _figs(whole, [""] * 6)
    assert set(groups.cluster(whole, figs, threshold=0.3, probs=_all_linked(figs))) == {0, 1}
    # One option with different values only clashes on different lines: the cells of one table row
    # may carry the row's label (an item of a battery, its cells the answers).
    row = "Question | Agree | Disagree | Not sure\nCouncil tax | 48% | 44% | 8%\n"
    b = EXTRACTOR.analyse(row)
    cells = _figs(b, ["Council tax"] * 3)
    assert set(groups.cluster(b, cells, threshold=0.3, probs=_all_linked(cells))) == {0}


def test_a_prose_answer_said_twice_is_left_to_the_links() -> None:
    # Answers read from prose are too noisy for a hard rule: only listed options clash.
    text = "Among men, 44% approve of the plan. Among women, 51% approve of it too."
    a = EXTRACTOR.analyse(text)
    figs = _figs(a, ["approve", "approve"])
    assert groups.cluster(a, figs, threshold=0.3, probs=_all_linked(figs)) == [0, 0]


def _listed_figures(text: str, answer: str) -> tuple[Analysis, list[groups.Labelled]]:
    """Every percentage of ``text`` as a figure whose chosen answer is ``answer`` (a coarse answer)."""
    a = EXTRACTOR.analyse(text)
    figs = [
        groups.Labelled(n.index, n.value, n.sentence, n.line, answer, "adults", "", None, None)
        for n in a.numbers
        if n.value < 100
    ]
    return a, figs


def test_a_list_item_gives_its_row_label_as_its_option_not_its_coarser_answer() -> None:
    text = (
        "Mayor Quill favourability, 800 adults\n"
        "Very positive 21%\n"
        "Somewhat positive 18%\n"
        "Neutral 15%\n"
        "Somewhat negative 19%\n"
        "Very negative 27%\n"
    )
    a, figs = _listed_figures(text, "positive")
    rows = groups._row_answers(a, figs)
    very, somewhat = rows[0], rows[1]
    assert list(very) == ["very positive"] and list(somewhat) == ["somewhat positive"]
    assert not groups._rows_clash(very, somewhat)  # two options of one list: free to join


def test_one_row_label_listed_twice_with_two_values_still_clashes() -> None:
    text = (
        "Council approval, 600 adults\n"
        "Approve 44%\n"
        "Disapprove 49%\n"
        "\n"
        "Governor approval, 600 adults\n"
        "Approve 52%\n"
        "Disapprove 40%\n"
    )
    a, figs = _listed_figures(text, "approve")
    rows = groups._row_answers(a, figs)
    assert groups._rows_clash(rows[0], rows[2])  # "Approve 44%" and "Approve 52%": two groups


def test_two_complete_lists_never_share_a_group_but_a_restated_one_may() -> None:
    text = (
        "Ferry levy, 900 adults\n"
        "Support 48%\n"
        "Oppose 39%\n"
        "Unsure 13%\n"
        "\n"
        "Bridge toll, 900 adults\n"
        "Support 31%\n"
        "Oppose 55%\n"
        "Unsure 14%\n"
        "\n"
        "Ferry levy again: Support 48%, Oppose 39%, Unsure 13%\n"
    )
    a, figs = _listed_figures(text, "support")
    units = groups._whole_units(a, figs)
    ferry, bridge, again = units[0], units[3], units[6]
    assert groups._wholes_clash(ferry, bridge)  # each list adds up to 100: two results
    assert not groups._wholes_clash(ferry, again)  # the same values restated: may join
    assert not groups._wholes_clash(ferry, units[1])  # one list's own items


def test_two_pollsters_polls_never_share_a_group_whatever_the_links_say() -> None:
    text = (
        "A Gallup poll finds 52% of adults approve of the harbour plan and 40% disapprove. "
        "A YouGov survey taken the same week puts approval at 47% and disapproval at 44%."
    )
    a = EXTRACTOR.analyse(text)
    figs = _figs(a, ["approve", "disapprove"] * 2)
    ids = groups.cluster(a, figs, threshold=0.3, probs=_all_linked(figs))
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_figures_written_for_two_regions_never_share_a_group_whatever_the_links_say() -> None:
    text = "In Manitoba, 41% back the ferry levy and 12% are unsure. Nova Scotia (37%) is less keen."
    a = EXTRACTOR.analyse(text)
    figs = _figs(a, ["back the levy", "unsure", "keen"])
    ids = groups.cluster(a, figs, threshold=0.3, probs=_all_linked(figs))
    assert ids[0] == ids[1] != ids[2]


def test_a_region_named_far_before_a_figure_does_not_tie_it() -> None:
    text = (
        "The pollster, which has offices in Manitoba and a long record of provincial surveys, "
        "asked everyone about the ferry levy. Nationally, 47% back it and 44% oppose it."
    )
    a = EXTRACTOR.analyse(text)
    assert [regions.region_tie(a, n) for n in a.numbers if n.value < 100] == [None, None]
    text = "In Manitoba, 41% back the levy.\nNova Scotia (58%) backs it more."
    a = EXTRACTOR.analyse(text)
    assert [regions.region_tie(a, n) for n in a.numbers if n.value < 100] == ["Manitoba", "Nova Scotia"]
