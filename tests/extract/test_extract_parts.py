"""Sentences, waves, grouping and poll metadata."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import Extraction
from bot.reading.extract import Extractor, meta
from bot.reading.extract.analysis import _TOKEN, Analysis
from bot.reading.extract.grouping import Draft, assign_groups
from bot.reading.extract.numbers import find_candidates
from bot.reading.extract.sentences import split_sentences
from bot.reading.extract.waves import wave_of
from bot.reading.extract.weighed import WeighedExtractor


def test_sentences_split_lines_and_keep_abbreviations() -> None:
    text = "Poll Shows Gains\nThe U.S. public is split. Dr. Lee agrees."
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["Poll Shows Gains", "The U.S. public is split.", "Dr. Lee agrees."]
    assert split_sentences(text)[0].headline


def test_wave_of_earlier_figures() -> None:
    text = "Support is 34 per cent, down from 38 per cent last month."
    cands = find_candidates(text)
    assert [wave_of(text, cands, i, 0, len(text)) for i in range(len(cands))] == [None, "last month"]
    text2 = "That compares with 2001, when Gallup found 62 percent agreeing."
    cands2 = find_candidates(text2)
    assert wave_of(text2, cands2, len(cands2) - 1, 0, len(text2)) == "2001"


def _waves(text: str) -> list[str | None]:
    cands = find_candidates(text)
    return [wave_of(text, cands, i, 0, len(text)) for i in range(len(cands))]


def test_a_compared_or_from_figure_with_its_own_time_is_the_earlier_reading() -> None:
    assert _waves("Backing for the tram levy is 41%, compared to 35 per cent in March.") == [None, "in March"]
    assert _waves("The share trusting the council fell to 38% from 44% in 2019.")[:2] == [None, "2019"]
    assert _waves("Fewer tenants feel secure now (52%) than were in October (61%).") == [None, "in October"]


def test_a_comparison_without_a_time_of_its_own_is_not_a_wave() -> None:
    # A subgroup comparison, and a population whose own time follows ("renters in 2020"), name no wave.
    assert _waves("Some 61% of women agree, compared with 48% of men.") == [None, None]
    assert _waves("Most of the shift comes from 12% of renters in 2020 who changed their minds.")[0] is None


def test_assign_groups_orders_by_first_appearance() -> None:
    drafts = [
        Draft(50, 0, 2, 0, question_id=1, population="adults"),
        Draft(40, 10, 12, 0, question_id=1, population="Republicans"),
        Draft(45, 20, 22, 1, question_id=1, population="adults"),
        Draft(30, 30, 32, 1, question_id=1, population="adults", when="last year"),
    ]
    assign_groups(drafts)
    assert [d.group for d in drafts] == ["g1", "g2", "g1", "g3"]


def test_headline_repeat_joins_body_group(extractor: Extractor) -> None:
    text = "Poll: 58 Percent of Voters Back the Plan\n\nA new survey finds 58% of voters back the plan, and 30% oppose it."
    ex = extractor.extract(text)
    assert [f.group for f in ex.figures] == ["g1", "g1", "g1"]


def test_meta() -> None:
    text = (
        "The Quinnipiac University poll of 1,245 registered voters was conducted May 3-7 and has a margin "
        "of error of plus or minus 2.8 percentage points."
    )
    m = meta.poll_meta(text, meta.pollster_mentions(text))
    assert (m.pollster, m.sample_size, m.margin_of_error, m.fieldwork) == ("Quinnipiac", 1245, 2.8, "May 3-7")
    assert meta.sample_size("N=800 likely voters") == (800, 2)


def test_a_moved_draft_keeps_every_other_field() -> None:
    """``Draft.moved`` spells the fields out for speed; a field added later must be copied too."""
    import dataclasses

    from bot.reading.extract.grouping import Draft

    d = Draft(value=45.0, start=10, end=12, sentence=2)
    for f in dataclasses.fields(Draft):
        if f.name not in ("value", "start", "end", "sentence", "notes"):
            setattr(d, f.name, True if f.type in (bool, "bool") else "x")
    d.notes.append("n")
    m = d.moved(5, 7)
    assert (m.start, m.end, m.sentence) == (15, 17, 7)
    for f in dataclasses.fields(Draft):
        if f.name not in ("start", "end", "sentence"):
            assert getattr(m, f.name) == getattr(d, f.name), f.name
    assert m.notes is not d.notes


def test_a_pollster_the_list_does_not_know_is_named_from_how_the_text_presents_it(
    extractor: Extractor,
) -> None:
    text = (
        "A Bellwether Analytics survey released Friday finds 51% of likely voters back the levy and "
        "40% oppose it. A Pinecrest College poll out the same day has the levy at 47% to 45%. "
        "Nearly half (48%) of voters in the Bellwether poll say taxes are too high."
    )
    got = extractor.extract(text)
    by_value = {f.value: f.pollster for f in got.figures}
    assert by_value[51] == "Bellwether Analytics"
    assert by_value[47] == "Pinecrest College"
    assert by_value[48] == "Bellwether Analytics"


def test_labels_are_tidied_once_chosen() -> None:
    from bot.reading.extract.tidy import Tidy, clean

    assert clean("women 53") == "women"
    assert clean("aged 18-34") == "aged 18-34"
    assert clean("voters under the age of 50") == "voters under the age of 50"  # an age bound, not a share
    assert clean("2020 Trump voters") == "2020 Trump voters"
    assert clean("Right direction ......") == "Right direction"
    tidy = Tidy("Gov. Dana Whitfield leads the field. Whitfield's rival, Omar Brandt, trails.")
    assert tidy.answer("Whitfield's") == "Dana Whitfield"
    assert tidy.answer("Brandt 41%") == "Omar Brandt"
    assert tidy.answer("approve") == "approve"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab9 .,-'’%\n\t_éİ—")), max_size=60))
def test_tokens_are_the_token_pattern_matches_in_order(text: str) -> None:
    # The analysis builds its tokens by splitting the text once; they must be the pattern's matches.
    a = Analysis(text, [], [], [], Extraction())
    want = [(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]
    assert [tuple(t) for t in a.tokens] == want
    assert all(a.token_at(t.start) == i for i, t in enumerate(a.tokens))


def test_pollster_of_prefers_its_sentence_then_the_last_named_before_it() -> None:
    text = (
        "Opinium found 40% backing the plan. Separately, 35% opposed it in a Harlow Research poll. "
        "Later, 22% were unsure."
    )
    a = WeighedExtractor().analyse(text)
    by_value = {n.value: a.pollster_of(n) for n in a.numbers}
    assert by_value[40] == "Opinium"
    assert by_value[35] == "Harlow Research"  # named in its own sentence, after it
    assert by_value[22] == "Harlow Research"  # the last one named before it
