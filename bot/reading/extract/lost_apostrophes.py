"""A page's apostrophe lost in its encoding (U+FFFD, "they\ufffdd", "poll\ufffds") read as an apostrophe.

Labels copy the passage's words, so a replacement character inside a contraction or possessive would be
printed as it stands. Only a U+FFFD between a letter and a contraction's or possessive's ending is
turned back (one character for one, so every offset is kept); any other U+FFFD is left alone.
"""

from __future__ import annotations

import re
from typing import Final

_LOST: Final = re.compile(r"(?<=[A-Za-z])\ufffd(?=(?:s|d|t|m|ll|re|ve)\b)")


def restore(text: str) -> str:
    """``text`` with each lost apostrophe of a contraction or possessive written as "’"."""
    return _LOST.sub("\u2019", text) if "\ufffd" in text else text
