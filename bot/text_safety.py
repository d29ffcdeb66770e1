"""Third-party text made safe to store and show: no terminal control codes, no bidi tricks.

Feed titles, entries and everything read from them come from strangers. Before such text is stored or
shown it loses:

* C0 and C1 control characters (escape sequences that clear a terminal or retitle its window start with
  ESC, U+001B, or CSI, U+009B), except newline and tab; a carriage return becomes a newline's job and goes;
* DEL (U+007F);
* the bidirectional embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069), which can
  make text read backwards, e.g. a link title that spells another name than the one it links to.

Ordinary right-to-left text (Arabic, Hebrew) is untouched: its direction comes from the letters themselves.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` without control characters (newline and tab kept) and bidi override/embedding/isolate
    controls."""
    return _UNSAFE.sub("", text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None
