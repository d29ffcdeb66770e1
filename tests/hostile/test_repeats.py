"""A 200 KB entry of one sentence said thousands of times: the copies are left out before the post is read,
so it gives a handful of figures instead of one per copy (the weighed extractor stopped at its cap of 600),
its summary says what was left out, and reading it stays small (the summary's LexRank held three dense
3,000 x 3,000 matrices: about 200 MB more)."""

from __future__ import annotations

from bot.reading.repeats import KEEP, drop_repeats
from tests.hostile.limits import run_limited


def test_an_entry_of_repeats_is_read_once_with_a_note() -> None:
    result = run_limited("read_repeated_entry", memory_mb=1024)
    assert result["cut"]
    assert 1 <= result["figures"] <= KEEP
    assert result["summary"].startswith("Another sentence about the economy and the 52% who approve")
    assert "repeated sentences of this entry were left out" in result["summary"]
    assert result["text_chars"] < 1000
    assert result["grew_mb"] < 40


def test_repeats_go_beyond_a_few_copies_and_short_table_cells_stay() -> None:
    table = "Approve of the mayor\n|\nYes 41%\n|\nNo 52%\n"
    text = (
        "Lead sentence here. "
        + "The same long sentence comes round again and again in this post. " * 20
        + "\n"
        + table * 6
    )
    trimmed = drop_repeats(text)
    assert trimmed.dropped == 20 - KEEP
    assert trimmed.text.count("comes round again") == KEEP
    assert trimmed.text.count("Yes 41%") == 6 and trimmed.text.count("|") == 12
    plain = "No sentence here comes twice. Nor does this one.\n\nA table row 5%\nA table row 5%"
    assert drop_repeats(plain).text is plain
