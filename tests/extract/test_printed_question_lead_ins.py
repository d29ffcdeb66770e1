"""Printed questions led in by a clause of their own are read; the printed check refuses a statement's stub.

Moved from the old test_cases_questions_r14.py; the written set cases_questions_r14.jsonl is in
data/written_sets.toml.
"""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def test_a_printed_question_led_in_by_a_clause_is_read() -> None:
    text = (
        "Snap poll\n\nBased on what you saw of last night's debate, who do you think did the better job?\n"
        "Colfax 52%\n\n3. For you personally, which issue matters most? Prices 40%\n"
        "Looking back, it was a good night, was it not?"
    )
    questions = [q for _, q in WeighedExtractor().analyse(text).questions]
    assert questions[:2] == [
        "Based on what you saw of last night's debate, who do you think did the better job?",
        "Which issue matters most?",  # a lead-in of a few words sets no topic
    ]


def test_the_printed_check_refuses_a_name_or_pronoun_left_of_a_statement() -> None:
    from bot.reading.extract.label_check import printed_question

    assert printed_question("Do you think Mara Quill?") == ""
    assert printed_question("Is him in a positive light?") == ""
    assert printed_question("Vote choice in the 2030 Utah\n\nThe Senate race") == ""
    assert (
        printed_question("Do you think Mara Quill is doing well?") == "Do you think Mara Quill is doing well?"
    )
