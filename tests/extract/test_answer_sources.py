"""The answer sources added for figures whose option is not right next to them.

Sentences are written for these tests (invented people, parties and places). The proposals are
checked directly: they do not depend on the fitted weights.
"""

from __future__ import annotations

from bot.reading.extract import answer_candidates, choices
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.tidy import Tidy
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _num(text: str, value: float) -> tuple[Analysis, Num]:
    a = EXTRACTOR.analyse(text)
    return a, next(m for m in a.numbers if m.value == value)


def _proposed(text: str, value: float, label: str, source: str) -> bool:
    a, n = _num(text, value)
    return any(
        c.text == label and c.features.get(f"src={source}") == 1.0 for c in choices.candidates(a, n, "answer")
    )


def test_the_subject_of_a_clause_is_proposed_a_few_words_before_its_share() -> None:
    text = "Harbour Party leader Mina Okafor, who is holding steady, sits on 21% in the latest survey."
    a, n = _num(text, 21)
    names = [name for name, _, _ in answer_candidates.clause_names(a, n)]
    assert names[0] == "Mina Okafor"
    assert "Harbour Party" in names


def test_a_clause_name_stops_at_another_figure() -> None:
    text = "Okafor polled 30% in March, and in the new poll Lindqvist is further back on 12%."
    a, n = _num(text, 12)
    names = [name for name, _, _ in answer_candidates.clause_names(a, n)]
    assert names == ["Lindqvist"]


def test_a_name_that_qualifies_who_was_asked_is_not_proposed() -> None:
    text = "Among Harbour voters the share saying yes reached 64%."
    a, n = _num(text, 64)
    assert answer_candidates.clause_names(a, n) == []


def test_the_end_of_the_words_after_a_figure_is_proposed() -> None:
    text = "On the new mayor, 44% view him as dishonest."
    assert _proposed(text, 44, "dishonest", "after_suffix")


def test_a_bracketed_party_tag_between_a_name_and_its_share_is_skipped() -> None:
    text = "Senate: Marlow (D) 47%, Trevino (R-NV) 44%"
    assert _proposed(text, 47, "Marlow", "before_name")
    assert _proposed(text, 44, "Trevino", "before_name")


def test_a_flattened_table_row_label_stops_at_a_cell_border() -> None:
    text = "Fieldwork | Pollster | CON | LAB\n3-4 June | Northgate Research | 35 | 33\n"
    a, n = _num(text, 35)
    seg = answer_candidates.segment_before(a, n)
    assert seg is None or "|" not in seg[0]


def test_a_party_abbreviation_in_capitals_is_tidied_to_its_name() -> None:
    tidy = Tidy("A poll of Scottish voters.")
    assert tidy.answer("LAB") == "Labour"
    assert tidy.answer("CON") == "Conservative"
    assert tidy.answer("Rep") == "Rep"  # not written as an abbreviation


def test_titles_and_offices_before_a_name_are_not_part_of_the_answer() -> None:
    tidy = Tidy("Senator Ana Ruiz and Tom Birch met the press.")
    assert tidy.answer("Former Gov. Tom Birch") == "Tom Birch"
    assert tidy.answer("Ms Ruiz") == "Ana Ruiz"  # then the full name the passage gives
    assert tidy.answer("Harbour Party leader Tom Birch") == "Tom Birch"
    assert tidy.answer("Vice President") == "Vice President"  # an office alone stays


def test_a_verb_of_calling_and_its_object_are_not_part_of_the_option() -> None:
    tidy = Tidy("A poll of county residents.")
    assert tidy.answer("described it as a mistake") == "mistake"
    assert tidy.answer("see her as honest") == "honest"
    assert tidy.answer("called it") == "called it"  # nothing named: left for the ranker's other proposals


def test_a_cue_naming_a_different_option_for_the_next_figure_marks_parallel_answers() -> None:
    text = "In the council race Ruiz stands at 45% and Birch stands at 41%, the Kestrel poll finds."
    a, n = _num(text, 45)
    feats = {t: f for t, _, f in answer_candidates.answer_proposals(a, n)}
    assert feats["Ruiz"].get("parallel") == 1.0
    m = next(x for x in a.numbers if x.value == 41)
    other = {t: f for t, _, f in answer_candidates.answer_proposals(a, m)}
    assert other["Birch"].get("parallel") == 1.0
    assert "parallel" not in other.get("Ruiz", {})  # Ruiz is not proposed by Birch's cue


def test_the_same_text_proposed_for_both_neighbours_is_marked_as_shared() -> None:
    text = "Among renters, 52% and 47% of homeowners back the levy."
    a, n = _num(text, 52)
    feats = {t: f for t, _, f in answer_candidates.answer_proposals(a, n)}
    shared = [t for t, f in feats.items() if f.get("neighbour_same_text") == 1.0]
    assert shared, feats


def test_a_place_or_party_before_an_office_goes_with_the_office() -> None:
    tidy = Tidy("A poll of likely primary voters.")
    assert (
        tidy.answer("Kestrel County Sheriff Dan Moss") == "Kestrel County Sheriff Dan Moss"
    )  # no title known
    assert tidy.answer("Vermont Governor Dan Moss") == "Dan Moss"


def test_a_word_of_degree_before_an_option_is_part_of_it() -> None:
    # A scale's options differ only by their degree: "Somewhat Unfavorable" is not "Unfavorable".
    table = "Views of the harbour tunnel\nVery Positive 18%\nSomewhat Negative 31%\nNo opinion 9%\n"
    assert _proposed(table, 31, "Somewhat Negative", "before_name")
    assert not _proposed(table, 31, "Negative", "before_name")
    prose = "In the county survey 22% were fairly confident about the new parking fees."
    assert _proposed(prose, 22, "fairly confident", "after_option")
