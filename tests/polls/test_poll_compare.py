"""Verdict wording and the comparison rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import InvalidInput
from bot.models import Figure, FigureGroup, PollMeta
from bot.polls.compare import (
    SELF_SELECTED_CAVEAT,
    classify,
    compare,
    compare_poll,
    match_option,
    merge_answers,
    prefill_options,
    references_from_groups,
)
from bot.polls.models import (
    Poll,
    PollOption,
    PollResults,
    PollSpec,
    ReferenceSeries,
    Tally,
    Verdict,
    VerdictKind,
)

NOW = datetime(2021, 8, 20, 12, 0, tzinfo=UTC)
QUESTION = "Is the Taliban's resurgence a threat to the U.S.?"
LABELS = ["Yes, a threat", "No, not a threat", "Not sure"]
OPTIONS = [PollOption(i, label) for i, label in enumerate(LABELS)]
RV = ReferenceSeries("registered voters", "YouGov", {"Yes, a threat": 60, "No, not a threat": 14})
TRUMP = ReferenceSeries("2020 Trump voters", "YouGov", {"Yes, a threat": 83, "No, not a threat": 6})


def run(votes: dict[int, int], refs: list[ReferenceSeries] | None = None) -> PollResults:
    return compare(QUESTION, OPTIONS, Tally(votes), [RV] if refs is None else refs, now=NOW)


def comparison(results: PollResults, population: str, option: str) -> Verdict:
    found = [
        v
        for v in results.verdicts
        if v.population == population and v.option == option and v.subgroup is None
    ]
    assert len(found) == 1, found
    return found[0]


def test_far_less_wording_matches_the_design() -> None:
    r = run({0: 11, 1: 30, 2: 9})
    v = comparison(r, "registered voters", "Yes, a threat")
    assert v.kind is VerdictKind.FAR_LESS
    assert v.text.startswith(
        "The community is far less likely than registered voters to say “Yes, a threat” (22% vs 60%); "
        "the published figure lies outside our 95% interval"
    )
    assert v.published_inside_interval is False
    assert comparison(r, "registered voters", "No, not a threat").kind is VerdictKind.FAR_MORE


def test_similar_when_close_and_far_more_when_far() -> None:
    r = run({0: 59, 1: 15, 2: 26})  # n = 100: 59% vs 60%, 15% vs 14%, 26% vs 26% (remainder)
    for label in LABELS:
        v = comparison(r, "registered voters", label)
        assert v.kind is VerdictKind.SIMILAR, v.text
        assert "about as likely as registered voters" in v.text
        assert "inside our 95% interval" in v.text
        assert "may be chance" not in v.text
    r = run({0: 95, 1: 3, 2: 2})
    v = comparison(r, "registered voters", "Yes, a threat")
    assert v.kind is VerdictKind.FAR_MORE
    assert "far more likely than registered voters to say “Yes, a threat” (95% vs 60%)" in v.text


def test_somewhat_more_and_gap_may_be_chance() -> None:
    # 720 of 1000 = 72% vs 60%: outside a narrow interval, 12 points → "somewhat more".
    r = run({0: 720, 1: 140, 2: 140})
    assert comparison(r, "registered voters", "Yes, a threat").kind is VerdictKind.MORE
    assert "somewhat more likely" in comparison(r, "registered voters", "Yes, a threat").text
    # 21 of 30 = 70% vs 60%: 10 points but inside the wide interval → similar, with the caveat.
    r = run({0: 21, 1: 5, 2: 4})
    v = comparison(r, "registered voters", "Yes, a threat")
    assert v.kind is VerdictKind.SIMILAR
    assert v.text.endswith("so the gap may be chance.")


@pytest.mark.parametrize(
    ("community", "published", "low", "high", "kind"),
    [
        (22, 60, 13, 35, VerdictKind.FAR_LESS),
        (50, 60, 45, 55, VerdictKind.LESS),
        (58, 60, 57, 59, VerdictKind.SIMILAR),  # outside, but under 5 points
        (40, 60, 30, 62, VerdictKind.SIMILAR),  # 20 points, but inside the interval
        (70, 60, 65, 75, VerdictKind.MORE),
        (80, 60, 75, 85, VerdictKind.FAR_MORE),
        (75, 60, 70, 80, VerdictKind.FAR_MORE),  # exactly 15 points is "far"
        (65, 60, 62, 68, VerdictKind.MORE),  # exactly 5 points is no longer "similar"
    ],
)
def test_classify_thresholds(
    community: float, published: float, low: float, high: float, kind: VerdictKind
) -> None:
    assert classify(community, published, low, high) is kind


def test_remainder_maps_onto_not_sure() -> None:
    r = run({0: 40, 1: 30, 2: 30})
    not_sure = r.options[2]
    assert not_sure.published_pct == {"registered voters": 26.0}
    assert not_sure.published_is_remainder == ("registered voters",)
    assert r.published_only == ()
    assert any("add up to 74%; the remaining 26%" in c for c in r.caveats)
    assert "what the other answers leave" in comparison(r, "registered voters", "Not sure").text


def test_remainder_without_not_sure_option_is_a_published_only_row() -> None:
    options = OPTIONS[:2]
    r = compare(QUESTION, options, Tally({0: 20, 1: 20}), [RV], now=NOW)
    assert len(r.published_only) == 1
    row = r.published_only[0]
    assert row.is_remainder
    assert row.published_pct == {"registered voters": 26.0}
    assert any("shown as “not sure/other”" in c for c in r.caveats)


def test_rounding_is_not_a_remainder_and_excess_gets_a_caveat() -> None:
    rounded = ReferenceSeries("adults", None, {"Yes, a threat": 60, "No, not a threat": 39})
    r = run({0: 40, 1: 30, 2: 30}, [rounded])
    assert r.options[2].published_pct == {"adults": None}
    assert not any("add up" in c for c in r.caveats)
    over = ReferenceSeries("adults", None, {"Yes, a threat": 70, "No, not a threat": 40})
    r = run({0: 40, 1: 30, 2: 30}, [over])
    assert any("add up to 110%: rounding, or more than one answer" in c for c in r.caveats)


def test_too_small_shows_counts_but_no_comparison() -> None:
    r = run({0: 10, 1: 12, 2: 7})
    assert r.too_small
    assert [o.votes for o in r.options] == [10, 12, 7]
    kinds = [v.kind for v in r.verdicts]
    assert kinds == [VerdictKind.LEADER, VerdictKind.TOO_SMALL]
    assert "Only 29 votes: too few to compare" in r.verdicts[1].text
    assert SELF_SELECTED_CAVEAT in r.caveats
    assert not run({0: 10, 1: 13, 2: 7}).too_small  # 30 is enough


def test_no_votes() -> None:
    r = run({})
    assert r.n == 0 and r.no_votes and r.too_small
    assert [v.kind for v in r.verdicts] == [VerdictKind.NO_VOTES]
    assert r.verdicts[0].text == "No votes were cast, so there is nothing to compare."
    assert all(o.share_pct is None and o.low_pct is None for o in r.options)
    assert r.caveats[0] == SELF_SELECTED_CAVEAT


def test_tie_is_called_a_tie() -> None:
    r = run({0: 20, 1: 20, 2: 5})
    first = r.verdicts[0]
    assert first.kind is VerdictKind.TIE
    assert (
        first.text == "It's a tie between “Yes, a threat” and “No, not a threat”, with 20 votes each (of 45)."
    )
    assert first.option is None
    three = run({0: 12, 1: 12, 2: 12}).verdicts[0]
    assert "“Yes, a threat”, “No, not a threat” and “Not sure”" in three.text


def test_leader_line() -> None:
    v = run({0: 30, 1: 10, 2: 5}).verdicts[0]
    assert v.kind is VerdictKind.LEADER
    assert v.text == "Most common answer: “Yes, a threat”, 30 of 45 votes (67%)."


def test_no_reference() -> None:
    r = run({0: 30, 1: 10, 2: 5}, [])
    assert [v.kind for v in r.verdicts] == [VerdictKind.LEADER, VerdictKind.NO_REFERENCE]


def test_subgroups_small_ones_are_never_percentages() -> None:
    tally = Tally(
        {0: 40, 1: 40, 2: 20},
        subgroup_votes={"Donald Trump": {0: 30, 1: 2, 2: 3}, "Joe Biden": {0: 5, 1: 10}, "Other": {0: 9}},
    )
    r = compare(
        QUESTION,
        OPTIONS,
        tally,
        [RV, TRUMP],
        now=NOW,
        subgroup_question="Who did you vote for in 2020?",
        subgroup_options=["Donald Trump", "Joe Biden", "Other", "Did not vote"],
        subgroup_populations={"Donald Trump": "2020 Trump voters"},
    )
    by_label = {s.label: s for s in r.subgroups}
    assert list(by_label) == ["Donald Trump", "Joe Biden", "Other", "Did not vote"]
    small = by_label["Other"]
    assert small.too_small and small.n is None and small.options == ()
    assert by_label["Did not vote"].too_small
    biden = by_label["Joe Biden"]
    assert not biden.too_small and biden.n == 15
    assert biden.options[1].share_pct == pytest.approx(100 * 10 / 15)
    trump = by_label["Donald Trump"]
    assert trump.population == "2020 Trump voters"
    sub_verdicts = [v for v in r.verdicts if v.subgroup == "Donald Trump"]
    assert sub_verdicts[0].text.startswith(
        "Members who answered “Donald Trump” are about as likely as 2020 Trump voters to say “Yes, a threat” "
        "(86% vs 83%)"
    )
    assert not any(v.subgroup == "Other" for v in r.verdicts)
    assert any("fewer than 10 votes are not broken down" in c for c in r.caveats)
    assert any("self-reported" in c for c in r.caveats)


def test_unknown_option_index_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown option"):
        run({0: 1, 7: 1})


def test_prefill_adds_not_sure_when_there_is_room() -> None:
    assert prefill_options(["Yes", "No"], [60, 14]) == ["Yes", "No", "Not sure"]
    assert prefill_options(["Yes", "No"], [60, 39]) == ["Yes", "No"]  # 1 point is rounding
    assert prefill_options(["Yes", "No", "Don't know"], [50, 30, 10]) == ["Yes", "No", "Don't know"]
    assert prefill_options([" Yes ", "yes", "", "No"], [40, 40]) == ["Yes", "No", "Not sure"]
    ten = [f"Answer {i}" for i in range(12)]
    assert prefill_options(ten, [5.0] * 12) == ten[:10]


def test_match_option_uses_whole_words_and_respects_negation() -> None:
    assert match_option("yes, a threat", LABELS) == "Yes, a threat"  # same words
    assert match_option("a threat", LABELS) == "Yes, a threat"  # not the negated option
    assert match_option("Not a threat", LABELS) == "No, not a threat"
    assert match_option("no", ["Yes", "No", "Not sure"]) == "No"  # "no" is not inside "not sure"
    assert match_option("Don't know", LABELS) is None
    assert match_option("maybe", LABELS) is None
    assert match_option("threat", ["A threat", "A big threat"]) == "A threat"  # fewest extra words
    assert match_option("threat", ["A threat", "Big threat"]) is None  # ambiguous


def test_references_from_groups_one_series_per_population() -> None:
    def fig(value: float, answer: str, population: str, group: str) -> Figure:
        return Figure(value, 0, 2, group, QUESTION, answer, population, "YouGov")

    groups = [
        FigureGroup(
            "g1",
            QUESTION,
            "registered voters",
            "YouGov",
            "quote",
            (
                fig(60, "a threat", "registered voters", "g1"),
                fig(14, "not a threat", "registered voters", "g1"),
            ),
        ),
        FigureGroup(
            "g2",
            QUESTION,
            "2020 Trump voters",
            "YouGov",
            "quote",
            (
                fig(83, "a threat", "2020 Trump voters", "g2"),
                fig(6, "something else", "2020 Trump voters", "g2"),
            ),
        ),
    ]
    meta = PollMeta(pollster="YouGov", sample_size=1000, margin_of_error=3.2, fieldwork="Aug 14-17, 2021")
    refs = references_from_groups(
        groups, LABELS, meta=meta, published_at=NOW, source_link="https://example.org/p"
    )
    assert [r.population for r in refs] == ["registered voters", "2020 Trump voters"]
    assert refs[0].shares == {"Yes, a threat": 60, "No, not a threat": 14}
    assert refs[1].shares == {"Yes, a threat": 83, "something else": 6}
    assert refs[0].sample_size == 1000 and refs[0].margin_of_error == 3.2
    assert refs[0].fieldwork == "Aug 14-17, 2021"
    assert refs[1].pollster == "YouGov"
    r = compare(QUESTION, OPTIONS, Tally({0: 1}), refs, now=NOW)
    # 83 + 6 leaves 11 for "Not sure"; "something else" has no option and is shown as published only.
    assert [p.label for p in r.published_only] == ["something else"]
    assert r.published_only[0].published_pct == {"registered voters": None, "2020 Trump voters": 6}
    assert r.options[2].published_pct == {"registered voters": 26.0, "2020 Trump voters": 11.0}


def test_poll_spec_validation_and_compare_poll() -> None:
    spec = PollSpec("discord", "c1", QUESTION, tuple(OPTIONS), NOW, "u1", references=(RV,))
    poll = Poll(1, spec, created_at=NOW)
    assert compare_poll(poll, Tally({0: 1}), now=NOW).question == QUESTION
    with pytest.raises(InvalidInput):
        PollSpec("discord", "c1", QUESTION, (OPTIONS[0],), NOW, "u1")
    with pytest.raises(InvalidInput):
        PollSpec("discord", "c1", QUESTION, (PollOption(0, "Yes"), PollOption(1, "yes")), NOW, "u1")
    with pytest.raises(InvalidInput):
        PollSpec("discord", "c1", "  ", tuple(OPTIONS), NOW, "u1")
    with pytest.raises(ValueError):
        PollSpec("discord", "c1", QUESTION, tuple(OPTIONS), datetime(2021, 1, 1), "u1")


def test_tally_from_ballots() -> None:
    t = Tally.from_ballots([(0, "Trump"), (0, None), (1, "Trump"), (0, "Trump")])
    assert t.votes == {0: 3, 1: 1} and t.n == 4
    assert t.subgroup_votes == {"Trump": {0: 2, 1: 1}}
    with pytest.raises(ValueError):
        Tally({0: -1})


def _group(gid: str, population: str, *pairs: tuple[float, str]) -> FigureGroup:
    figures = tuple(Figure(v, 0, 2, gid, QUESTION, a, population, "YouGov") for v, a in pairs)
    return FigureGroup(gid, QUESTION, population, "YouGov", "quote", figures)


def test_answers_worded_differently_per_population_make_one_option_each() -> None:
    groups = [
        _group("g1", "all adults", (58, "Yes, a threat"), (17, "No, not a threat")),
        _group("g2", "Republicans", (80, "a threat"), (9, "not a threat")),
    ]
    assert merge_answers([[f.answer for f in g.figures] for g in groups]) == [
        "Yes, a threat",
        "No, not a threat",
    ]
    refs = references_from_groups(groups, ["Yes, a threat", "No, not a threat", "Not sure"])
    assert refs[1].shares == {"Yes, a threat": 80, "No, not a threat": 9}


def test_an_unlabelled_figure_is_neither_a_row_nor_a_remainder() -> None:
    # The post gave 71% of one population without saying for which answer: it is kept out of the
    # table, and nothing is inferred for "Not sure" from 100 minus it.
    groups = [
        _group("g1", "all adults", (58, "Yes, a threat"), (17, "No, not a threat")),
        _group("g2", "Republicans", (71, "")),
    ]
    refs = references_from_groups(groups, LABELS)
    assert refs[1].shares == {} and refs[1].unlabelled == 71
    r = compare(QUESTION, OPTIONS, Tally({0: 20, 1: 10, 2: 10}), refs, now=NOW)
    assert [p.label for p in r.published_only] == []
    not_sure = r.options[2]
    assert not_sure.published_pct == {"all adults": 25.0, "Republicans": None}
    assert "Republicans" not in not_sure.published_is_remainder
    assert all(v.population != "Republicans" or v.option != "Not sure" for v in r.verdicts)


def test_a_draft_offers_no_option_that_names_a_population_asked() -> None:
    from bot.polls.service import Question, draft_from

    groups = (
        _group("g1", "all adults", (30, "approve"), (64, "disapprove")),
        _group("g2", "independents", (68, "disapprove"), (24, "independents")),
    )
    question = Question("p1q1", 1, 1, QUESTION, groups, "A post", None, None, "YouGov")
    draft = draft_from(question, PollMeta(pollster="YouGov"))
    assert [o for o in draft.options if o != "Not sure"] == ["approve", "disapprove"]


def test_verb_forms_and_rating_nouns_are_the_option_they_name() -> None:
    from bot.reading.extract.tidy import Tidy

    tidy = Tidy("")
    assert tidy.answer("disapproving") == "disapprove"
    assert tidy.answer("approval rating") == "approve"
    assert tidy.answer("strongly approve") == "strongly approve"
