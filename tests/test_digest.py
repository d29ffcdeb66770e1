"""A digest shows the post's title once: as its heading, not again as the summary's first line."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.digest import build_digest, without_title
from bot.models import Extraction, Post

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
