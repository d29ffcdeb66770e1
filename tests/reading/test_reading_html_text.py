"""html_to_text: feed-entry HTML to clean paragraphs."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.html_text import _word_chars, html_to_text, html_to_text_quoted, looks_like_html


def test_paragraphs_are_separated_by_one_blank_line_and_whitespace_collapses() -> None:
    html = "<p>First   para\n  wraps\there.</p>\n\n\n<p>Second&nbsp;one.</p><div><p>Third.</p></div>"
    assert html_to_text(html) == "First para wraps here.\n\nSecond one.\n\nThird."


def test_nested_inline_tags_do_not_break_words_or_lines() -> None:
    html = "<p>The <b>U.S.</b> <a href='x'>and <i>the <em>Taliban</em></i></a> met.</p>"
    assert html_to_text(html) == "The U.S. and the Taliban met."


def test_entities_are_decoded() -> None:
    html = "<p>Q&amp;A: caf&eacute; &#8220;quoted&#8221; &mdash; &lt;b&gt; &euro;5 &#x2013; ok</p>"
    assert html_to_text(html) == "Q&A: café “quoted” — <b> €5 – ok"


def test_scripts_styles_and_comments_are_dropped_but_their_tails_kept() -> None:
    html = (
        "<p>Before<script>alert('x')</script> after.</p><style>p {color: red}</style>"
        "<!-- a comment -->Tail<noscript>enable js</noscript> text."
    )
    text = html_to_text(html)
    assert "alert" not in text and "color" not in text and "comment" not in text and "enable js" not in text
    assert "Before after." in text
    assert "Tail text." in text


def test_br_is_a_single_line_break() -> None:
    assert html_to_text("<p>one<br>two<br/>three</p>") == "one\ntwo\nthree"


def test_lists_keep_one_item_per_line_with_a_bullet() -> None:
    html = "<p>Intro.</p><ul><li>apples</li><li>pears <b>and</b> plums</li></ul><ol><li>first</li><li>second</li></ol>"
    lines = html_to_text(html).splitlines()
    assert lines[0] == "Intro."
    assert "* apples" in lines and "* pears and plums" in lines
    assert "1. first" in lines and "2. second" in lines


def test_table_is_flattened_to_one_row_per_line_with_cell_separators() -> None:
    html = (
        "<p>Results:</p><table><tr><th></th><th>Tot</th><th>Rep</th></tr>"
        "<tr><td>Approve</td><td>27%</td><td>45%</td></tr>"
        "<tr><td>Dis<br>approve</td><td><p>66</p></td><td>49</td></tr></table><p>After.</p>"
    )
    text = html_to_text(html)
    assert text == "Results:\n\n| Tot | Rep\nApprove | 27% | 45%\nDis approve | 66 | 49\n\nAfter."


def test_table_after_inline_text_starts_on_its_own_line() -> None:
    text = html_to_text("Poll results<table><tr><td>Yes</td><td>52%</td></tr></table>done")
    assert "Poll results\n" in text
    assert "Yes | 52%" in text.splitlines()


def test_malformed_and_unclosed_tags_keep_the_text() -> None:
    html = "<p>Unclosed <b>bold <i>italic<p>Next <div>para</p></span> end <a href='x>broken"
    text = html_to_text(html)
    for word in ("Unclosed", "bold", "italic", "Next", "para", "end"):
        assert word in text


@pytest.mark.parametrize(
    "value", ["", "   ", "\n\n", "<p></p>", "<!-- only a comment -->", "<script>x()</script>"]
)
def test_empty_input_gives_empty_text(value: str) -> None:
    assert html_to_text(value) == ""


def test_plain_text_passes_through_with_whitespace_normalised() -> None:
    text = "  First  line\twith tabs \r\nsecond line\n\n\n\nNew   paragraph, 5 < 6 and AT&T.  "
    assert html_to_text(text) == "First line with tabs\nsecond line\n\nNew paragraph, 5 < 6 and AT&T."


def test_control_and_invisible_characters_are_removed() -> None:
    assert html_to_text("<p>ab\x00c\u200bd soft\u00adhyphen</p>") == "abcd softhyphen"


def test_absurdly_deep_nesting_does_not_lose_the_text() -> None:
    assert html_to_text("<div>" * 3000 + "deep text") == "deep text"


def test_xml_declaration_is_ignored() -> None:
    assert html_to_text('<?xml version="1.0" encoding="UTF-8"?><p>x &amp; y</p>') == "x & y"


def test_looks_like_html() -> None:
    assert looks_like_html("<p>x</p>")
    assert looks_like_html("a &amp; b")
    assert looks_like_html("line<br/>break")
    assert not looks_like_html("5 < 6 and 7 > 3")
    assert not looks_like_html("AT&T said so")


def test_is_linear_on_a_long_post() -> None:
    """A guard against a quadratic blow-up, not a speed measure (speed is in ``make bench``)."""
    paragraph = "<p>Most registered voters (60%) say it is and <b>just</b> 14% say it isn&rsquo;t.</p>"
    html = paragraph * 200 + "<table>" + "<tr><td>Approve</td><td>27%</td></tr>" * 50 + "</table>"
    start = time.perf_counter()
    text = html_to_text(html)
    elapsed = time.perf_counter() - start
    assert text.count("60%") == 200
    assert elapsed < 5.0, elapsed


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;#pbrdivtable \n\"'=ax1!-")), max_size=200))
def test_never_raises_on_tag_soup(html: str) -> None:
    text = html_to_text(html)
    assert "\n\n\n" not in text
    assert text == text.strip()


def test_word_chars_counts_exactly_the_alphanumeric_characters() -> None:
    # The truncation guard compares counts of str.isalnum characters; the count is taken with a regex,
    # which must agree on every character (letters and digits of any script, "_", marks, symbols).
    chars = [chr(c) for c in range(0x3400) if not 0xD800 <= c < 0xE000]
    assert all(_word_chars(ch) == int(ch.isalnum()) for ch in chars)
    text = "Approve_ 45% — Ⅻ ٣ 𝟘 née\u0301 x²"
    assert _word_chars(text) == sum(ch.isalnum() for ch in text)


def test_block_quotes_are_returned_beside_the_same_text() -> None:
    html = (
        "<p>The mayor wrote to us.</p><blockquote><p>We will  build it.</p><p>Nobody can stop us.</p>"
        "<blockquote>Inner words.</blockquote></blockquote><p>We disagree.</p>"
    )
    text, quotes = html_to_text_quoted(html)
    assert text == html_to_text(html)
    # The outermost quote only, its paragraphs' words joined by single spaces.
    assert quotes == ("We will build it. Nobody can stop us. Inner words.",)
    assert html_to_text_quoted("No tags, just text.") == ("No tags, just text.", ())
