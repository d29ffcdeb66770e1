"""What a text says about the poll itself: pollster, sample size, margin of error, fieldwork dates.

These numbers are metadata, never figures; the filters reject them separately.
"""

from __future__ import annotations

import re

from bot.models import PollMeta
from bot.reading.extract.vocab import MONTHS, POLLSTER_RE

_SAMPLE = re.compile(
    r"""(?:
        \b(?:sample|survey|poll|polled|surveyed|interviewed|interviews|questioned)\s+(?:of\s+|with\s+)?
        (?:among\s+)?(?:a\s+)?(?:random\s+|representative\s+|national\s+|nationally\s+representative\s+)?
        (?:sample\s+of\s+)?(?P<n1>\d{1,3}(?:,\d{3})+|\d{3,6})\b(?!\s*(?:%|percent|per\s?cent))
      | \b[Nn]\s*=\s*(?P<n2>\d{1,3}(?:,\d{3})*|\d{2,6})\b
      | \b(?P<n3>\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?:[\w-]+\s+){0,4}?(?:were\s+|was\s+)?
        (?:interviewed|surveyed|polled|questioned|respondents)\b
      | \bN\s+[Ss]ize:?\s*(?P<n4>\d{2,6})\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_MOE = re.compile(
    r"(?:margin\s+of\s+(?:sampling\s+)?error|error\s+margin|sampling\s+error(?:\s+margin)?|\bMoE\b)"
    r"[^.;\d]{0,40}?(?P<v>\d{1,2}(?:\.\d{1,2})?)"
    r"|(?:±|\+/-|plus\s+or\s+minus|plus-or-minus)\s*(?P<w>\d{1,2}(?:\.\d{1,2})?)",
    re.IGNORECASE,
)
_FIELDWORK = re.compile(
    rf"\b(?:conducted|fielded|carried\s+out|taken|in\s+the\s+field)\s+(?:from\s+|between\s+|on\s+)?"
    rf"(?P<when>(?:{MONTHS})\.?\s+\d{{1,2}}(?:\s*(?:-|–|to|and)\s*(?:(?:{MONTHS})\.?\s+)?\d{{1,2}})?"
    rf"(?:,?\s+(?:19|20)\d\d)?)",
    re.IGNORECASE,
)


def pollster_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every pollster named in the text, in order."""
    return [(m.start(), m.group(0)) for m in POLLSTER_RE.finditer(text)]


def main_pollster(mentions: list[tuple[int, str]]) -> str | None:
    """The pollster named most often (first on ties); "The Economist/YouGov" style names kept whole."""
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for _, name in mentions:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], -next(i for i, (_, m) in enumerate(mentions) if m == n)))


def pollster_at(mentions: list[tuple[int, str]], pos: int, s_start: int, s_end: int) -> str | None:
    """The pollster in force at ``pos``: named in the same sentence, else the latest named before it."""
    before: str | None = None
    in_sentence: list[tuple[int, str]] = []
    for off, name in mentions:
        if s_start <= off < s_end:
            in_sentence.append((abs(off - pos), name))
        elif off < pos:
            before = name
    if in_sentence:
        return min(in_sentence)[1]
    return before


def sample_size(text: str) -> tuple[int, int] | None:
    """(size, offset) of the first sample size the text states."""
    for m in _SAMPLE.finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
        if raw is None:
            continue
        n = int(raw.replace(",", ""))
        if 30 <= n <= 1_000_000:
            return n, m.start()
    return None


def margin_of_error(text: str) -> float | None:
    m = _MOE.search(text)
    if m is None:
        return None
    raw = m.group("v") or m.group("w")
    value = float(raw)
    return value if 0 < value < 20 else None


def fieldwork(text: str) -> str | None:
    m = _FIELDWORK.search(text)
    return m.group("when") if m else None


def poll_meta(text: str, mentions: list[tuple[int, str]]) -> PollMeta:
    size = sample_size(text)
    return PollMeta(
        pollster=main_pollster(mentions),
        sample_size=size[0] if size else None,
        margin_of_error=margin_of_error(text),
        fieldwork=fieldwork(text),
    )
