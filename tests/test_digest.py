"""A digest shows the post's title once: as its heading, not again as the summary's first line."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.digest import build_digest, without_title
from bot.models import Extraction, Figure, FigureGroup, Post
from bot.render import questions_of

TITLE = "City council backs the transit levy in a close vote"


def _post(summary: str) -> Post:
    return Post(
        id=1,
        feed_id=1,
        entry_key="k",
        title=TITLE,
        link=None,
        published_at=None,
        text="",
        summary=summary,
        extraction=Extraction(),
        fetched_at=datetime(2026, 12, 5, tzinfo=UTC),
    )


def test_a_summary_opening_with_the_title_loses_that_line_in_the_digest() -> None:
    summary = f"{TITLE}\nA new survey finds 54% of residents back the levy."
    assert build_digest(_post(summary), None).summary == "A new survey finds 54% of residents back the levy."


def test_the_title_is_matched_whole_and_regardless_of_case_and_spacing() -> None:
    assert without_title(f"{TITLE.upper()}  \nBody.", TITLE) == "Body."
    assert without_title(f"{TITLE} today\nBody.", TITLE) == f"{TITLE} today\nBody."


def test_a_summary_that_is_only_the_title_or_has_no_title_line_is_kept() -> None:
    assert without_title(TITLE, TITLE) == TITLE
    assert without_title("First sentence.\nSecond.", TITLE) == "First sentence.\nSecond."
    assert without_title(f"{TITLE}\nBody.", "") == f"{TITLE}\nBody."


def _group(gid: str, population: str, *figures: tuple[str, float], when: str | None = None) -> FigureGroup:
    return FigureGroup(
        id=gid,
        question="Do you approve or disapprove of the council?",
        population=population,
        pollster=None,
        quote="",
        figures=tuple(
            Figure(value=v, start=0, end=0, group=gid, question="", answer=a, population=population)
            for a, v in figures
        ),
        when=when,
    )


def test_results_given_twice_are_shown_once_per_population_and_wave() -> None:
    """Prose, then a table of the same results: one row per population and wave, each answer once."""
    prose = _group("g1", "residents", ("approve", 41), ("disapprove", 52))
    table = _group("g2", "Residents", ("approve", 41), ("disapprove", 52), ("not sure", 7))
    earlier = _group("g3", "residents", ("approve", 38), when="June poll")
    (question, rows) = questions_of([prose, table, earlier])[0]
    assert question == "Do you approve or disapprove of the council?"
    assert [(g.population, g.when, [(f.answer, f.value) for f in g.figures]) for g in rows] == [
        ("residents", None, [("approve", 41), ("disapprove", 52), ("not sure", 7)]),
        ("residents", "June poll", [("approve", 38)]),
    ]


def test_a_post_quoting_two_pollsters_names_both_and_keeps_their_readings_apart() -> None:
    """Two firms polled one mayoral race among likely voters: the digest shows two rows, each naming
    its pollster, and the header names both (it named the first only, and the rows were merged)."""
    from dataclasses import replace

    from bot.models import Digest, PollMeta
    from bot.render import digest_to_text

    first = replace(
        _group("g1", "likely voters", ("Ortiz", 47), ("Lindqvist", 41)), pollster="Alder Research"
    )
    second = replace(
        _group("g2", "likely voters", ("Lindqvist", 46), ("Ortiz", 44)), pollster="Bellweather Polls"
    )
    digest = Digest(
        post_id=7,
        title="Two polls, two leaders",
        link=None,
        feed_title=None,
        published_at=None,
        summary="The race is close.",
        groups=(first, second),
        meta=PollMeta(pollster="Alder Research"),
    )
    assert digest.pollsters == ("Alder Research", "Bellweather Polls")
    text = digest_to_text(digest)
    assert "Poll figures (Alder Research and Bellweather Polls):" in text
    assert "likely voters, Alder Research: Ortiz 47% · Lindqvist 41%" in text
    assert "likely voters, Bellweather Polls: Lindqvist 46% · Ortiz 44%" in text
    one = replace(digest, groups=(first,))
    assert one.pollster == "Alder Research"
    assert "likely voters: Ortiz 47%" in digest_to_text(one)


def test_groups_whose_question_the_post_does_not_word_stay_apart_and_say_so() -> None:
    """Two groups with no question are two questions, not one: a council rating and a stadium vote
    among the same residents are not rows of one question, and the heading says the post did not word it."""
    from dataclasses import replace

    from bot.render import UNWORDED_QUESTION, figure_lines

    rating = replace(_group("g1", "residents", ("approve", 41), ("disapprove", 52)), question="")
    stadium = replace(_group("g2", "residents", ("approve", 33), ("disapprove", 60)), question="")
    questions = questions_of([rating, stadium])
    assert [(q, [g.id for g in rows]) for q, rows in questions] == [("", ["g1"]), ("", ["g2"])]
    lines = figure_lines([rating, stadium])
    assert lines[0] == f"  Q1. {UNWORDED_QUESTION}" and lines[2] == f"  Q2. {UNWORDED_QUESTION}"
