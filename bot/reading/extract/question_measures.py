"""The standard measure a question asks, and the measures a figure's own sentence names.

Reports move from one standard measure to the next without a question between them: a vote-intention
line, then "Starmer's standing slipped: 33% approve of the job he is doing", then "24% chose Starmer as
best prime minister". A question carried over from the line before (or proposed for the whole passage,
such as "Westminster voting intention") then asks another measure than the one the figure's sentence
names. Each question candidate is described by whether the measure it asks is one the sentence names,
another one, or one where the sentence names none; the ranker weighs it.

The measures are data (the tables below): the words a sentence uses for one, and the words a question
asking it uses.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.question_templates import heading

# Each measure: (name, words a figure's sentence uses for it, words a question asking it uses).
MEASURES: Final[tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]] = (
    (
        "vote",
        re.compile(
            r"\b(?:vote|votes|voting|ballot|two[- ]party[- ]preferred|2PP|TPP|intentions?|primary\s+vote)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bvote\s+choice\b|\bvot(?:e|ing)\s+intention\b|\btwo[- ]party\b|\bvote\s+for\b|\bsecond\s+choice\b|"
            r"\bballot\b|\bpresidential\s+vote\b",
            re.IGNORECASE,
        ),
    ),
    (
        # approval and satisfaction: one job rating, asked either way by different pollsters
        "job",
        re.compile(r"\b(?:dis)?approv\w*|\b(?:dis)?satisf\w*", re.IGNORECASE),
        re.compile(r"\bapprove\b|\bapproval\b|\bsatisfied\b|\bsatisfaction\b", re.IGNORECASE),
    ),
    (
        "favour",
        re.compile(
            r"\b(?:un)?favou?rab\w*|\b(?:positive|negative)\s+(?:view|opinion|impression|image|feelings?)\b|"
            r"\bviewed\s+(?:positively|negatively)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\bfavou?rable\b|\bfavou?rability\b|\bpositive\s+or\s+negative\b", re.IGNORECASE),
    ),
    (
        "leader",
        re.compile(
            r"\b(?:best|better|preferred)\s+(?:prime\s+minister|premier|president|PM|first\s+minister|"
            r"leader|head\s+of\s+government|Taoiseach)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:best|better|preferred)\s+(?:prime\s+minister|premier|president|PM|first\s+minister|leader|"
            r"Taoiseach)\b|\bpreferred\s+choice\s+for\b|\bprefer\s+as\b",
            re.IGNORECASE,
        ),
    ),
    (
        "issue",
        re.compile(
            r"\b(?:most\s+important|biggest|top|most\s+pressing|greatest|main|primary|key)\s+(?:\w+\s+)?"
            r"(?:issues?|problems?|concerns?|priority|priorities)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:most\s+important|biggest|top|most\s+pressing|greatest)\s+(?:\w+\s+)?"
            r"(?:issue|problem|concern|priority)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "track",
        re.compile(r"\bright\s+direction\b|\bwrong\s+track\b", re.IGNORECASE),
        re.compile(r"\bright\s+direction\b|\bwrong\s+track\b", re.IGNORECASE),
    ),
)

# Describe each question candidate by its measure against the sentence's (see the module docstring).
MEASURE_FEATURES = True


@functools.lru_cache(maxsize=8192)  # the candidates of a passage's figures repeat
def asked_measure(question: str) -> str:
    """The standard measure a question asks ("job", "vote", ...), or "" for any other question."""
    for name, _, asks in MEASURES:
        if asks.search(question):
            return name
    return ""


# A sentence longer than this, with more numbers than this, or running over several lines (a table the
# splitter took for one sentence, a flat topline run on into the next question) names its figures'
# measures in the clause around each figure only.
_SENTENCE_CHARS = 400
_SENTENCE_NUMBERS = 4


def named_measures(a: Analysis, n: Num) -> frozenset[str]:
    """The standard measures the figure's sentence names: the whole sentence in prose, the clause between
    its neighbouring figures in a table or a long run (read once per sentence or clause)."""
    if not a.sentences:
        return frozenset()
    sent = a.sentences[n.sentence]
    text = a.text[sent.start : sent.end]
    nums = a.numbers_by_sentence.get(n.sentence, [])
    if "\n" in text or len(text) > _SENTENCE_CHARS or len(nums) > _SENTENCE_NUMBERS:
        lo = max((m.end for m in nums if m.end <= n.start), default=sent.start)
        hi = min((m.start for m in nums if m.start >= n.end), default=sent.end)
        key: tuple[str, object] = ("q_named_measures", (lo, hi))
        text = a.text[lo:hi]
    else:
        key = ("q_named_measures", n.sentence)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    found = frozenset(name for name, says, _ in MEASURES if says.search(text))
    if not found and a.lines:
        # A table's cells name no measure: the heading above them does ("Most Important Issues").
        head = heading(a, n)
        found = frozenset(name for name, says, _ in MEASURES if says.search(head))
    a.memo[key] = found
    return found


def measure_feature(asked: str, named: frozenset[str]) -> str | None:
    """The feature one candidate gets: its measure is named in the sentence or another one is; None where
    the sentence names none."""
    if not named:
        return None
    if asked in named:
        return "q_measure_named"
    return f"q_measure_other={asked}"


# A group the ranker could only call "Vote choice", with no race to name, whose sentences name another
# standard measure (an approval rating, a favourability score, the right direction) and no vote: the heading
# asks the wrong measure. It takes the best-ranked question its members were offered that asks a measure
# its sentences name, or none (a moderator writes it), never the vote heading.
NOT_A_RACE = True


def measure_for_bare_race(
    a: Analysis, members: list[Num], ranked: list[tuple[tuple[str, str, float], ...]]
) -> str | None:
    """The question for a bare "Vote choice" group that names no race (see above): a ranked candidate
    asking a measure its sentences name, "" where none does, None where the group may be a race."""
    if not NOT_A_RACE:
        return None
    named: set[str] = set()
    for n in members:
        named |= named_measures(a, n)
    if not named or "vote" in named:
        return None
    offered = [(score, text) for r in ranked for text, _, score in r if text and asked_measure(text) in named]
    return max(offered)[1] if offered else ""
