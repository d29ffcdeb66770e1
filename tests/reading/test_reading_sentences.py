"""Sentence splitting around nupunkt: abbreviations, initialisms and layout breaks."""

from __future__ import annotations

import pytest

from bot.reading.sentences import sentence_spans, sentences


def test_splits_plain_sentences() -> None:
    assert sentences("The poll is out. Voters are worried! Are they right?") == [
        "The poll is out.",
        "Voters are worried!",
        "Are they right?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Relations with the U.S. are poor and getting worse.",
        "Most voters think the U.S. should negotiate with the Taliban.",
        "The U.S. Senate voted on it.",
        "Voters in the U.S.\ndisagree with that.",
        "The U.S. (and its allies) stayed out.",
    ],
)
def test_never_splits_inside_or_after_us_mid_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_us_at_the_end_of_a_sentence_still_ends_it() -> None:
    # Our merge rule only re-joins when the text carries on in lower case.
    assert sentences("He lives in the U.S. He likes it.") == ["He lives in the U.S.", "He likes it."]


def test_titles_and_abbreviations_do_not_end_sentences() -> None:
    text = "Dr. Elena Marsh of Newport, R.I. said so. Rep. Harold Mims resigned at 9 a.m. on Monday."
    assert sentences(text) == [
        "Dr. Elena Marsh of Newport, R.I. said so.",
        "Rep. Harold Mims resigned at 9 a.m. on Monday.",
    ]


def test_a_president_or_an_attorney_general_is_a_title_too() -> None:
    text = "The board took the view that Pres. Ruiz holds. Atty. Gen. Moss did not. Sec. Park agreed with Supt. Lane."
    assert sentences(text) == [
        "The board took the view that Pres. Ruiz holds.",
        "Atty. Gen. Moss did not.",
        "Sec. Park agreed with Supt. Lane.",
    ]


def test_splits_before_a_title_after_a_full_stop() -> None:
    assert sentences("They met. Dr. Smith said so.") == ["They met.", "Dr. Smith said so."]


def test_paragraph_break_ends_a_sentence_without_punctuation() -> None:
    text = "A Headline Without A Full Stop\n\nthe body starts here. It goes on."
    assert sentences(text) == ["A Headline Without A Full Stop", "the body starts here.", "It goes on."]


def test_line_breaks_end_sentences_unless_the_next_line_continues_in_lower_case() -> None:
    text = "* one item\n* another item\nApprove | 27% | 45%\nA hard-wrapped\nsentence ends here. Next."
    assert sentences(text) == [
        "* one item",
        "* another item",
        "Approve | 27% | 45%",
        "A hard-wrapped\nsentence ends here.",
        "Next.",
    ]


def test_spans_are_trimmed_offsets_into_the_text() -> None:
    text = "  First one.   Second one.\n\n\n  Third  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one.", "Third"]
    assert spans == sorted(spans)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_empty_text_has_no_sentences(text: str) -> None:
    assert sentence_spans(text) == []


def test_initialism_merge_guards_against_a_split_after_us() -> None:
    # nupunkt's bundled model gets these right today; the merge keeps it so if the model changes.
    from bot.reading.sentences import _merge_initialisms

    block = "Most voters blame the U.S. for it. Then U. S. Army units left."
    split = [(0, 26), (27, 34), (35, 42), (43, len(block))]
    assert [block[s:e] for s, e in _merge_initialisms(block, split)] == [
        "Most voters blame the U.S. for it.",
        "Then U. S. Army units left.",
    ]


def test_a_title_before_a_name_or_a_state_in_brackets_does_not_end_a_sentence() -> None:
    text = (
        "Two members voted no -- Reps. Ann Lee (Ore.) and Bo Park (R-Tex.), who is retiring. The bill passed."
    )
    assert sentences(text) == [
        "Two members voted no -- Reps. Ann Lee (Ore.) and Bo Park (R-Tex.), who is retiring.",
        "The bill passed.",
    ]


def test_a_stop_after_a_lower_case_word_ends_a_sentence_that_punkt_ran_on() -> None:
    text = "The rating fell four points from last month. Net approval of the mayor is now -12."
    assert sentences(text) == [
        "The rating fell four points from last month.",
        "Net approval of the mayor is now -12.",
    ]
    assert sentences("They said no. Then they left.") == ["They said no.", "Then they left."]
    assert sentences("Sales rose approx. Ten stores closed.") == ["Sales rose approx. Ten stores closed."]


def test_a_short_closing_word_then_a_one_letter_word_ends_a_sentence() -> None:
    assert sentences("The papers all say so. A new poll by the county says otherwise. I doubt it.") == [
        "The papers all say so.",
        "A new poll by the county says otherwise.",
        "I doubt it.",
    ]
    assert sentences("The memo was signed by Ann B. Cole. A clerk filed it.") == [
        "The memo was signed by Ann B. Cole.",
        "A clerk filed it.",
    ]


def test_a_hard_wrapped_line_ending_on_a_word_that_needs_more_continues() -> None:
    text = (
        "The harbour poll found 56 percent of\n"
        "residents back the ferry levy, with\n"
        "36 percent opposed. Backers are pleased.\n"
        "The results are in\n"
        "64% want more sailings."
    )
    assert sentences(text) == [
        "The harbour poll found 56 percent of\nresidents back the ferry levy, with\n36 percent opposed.",
        "Backers are pleased.",
        "The results are in",
        "64% want more sailings.",
    ]


def test_a_question_the_sentence_carries_on_after_does_not_end_it() -> None:
    text = "First it asked: Is the mayor fit to serve? then it asked about the leader. Both were asked twice."
    assert sentences(text) == [
        "First it asked: Is the mayor fit to serve? then it asked about the leader.",
        "Both were asked twice.",
    ]
    quoted = 'Asked "Should the board be elected?", 61 percent said yes. Few said no.'
    assert sentences(quoted) == ['Asked "Should the board be elected?", 61 percent said yes.', "Few said no."]
    assert sentences("Is it fair? Hardly. Is it legal? Yes!") == [
        "Is it fair?",
        "Hardly.",
        "Is it legal?",
        "Yes!",
    ]


def test_a_quoted_no_ends_its_sentence() -> None:
    # nupunkt reads a lower-case "no." as the abbreviation of number; before a capital, it ends the sentence.
    assert sentences('Four members voted "no." The rest backed the levy.') == [
        'Four members voted "no."',
        "The rest backed the levy.",
    ]
    assert sentences("The town voted no. Its neighbour said yes.") == [
        "The town voted no.",
        "Its neighbour said yes.",
    ]
    assert sentences("It was the no. 1 seed in the county.") == ["It was the no. 1 seed in the county."]
