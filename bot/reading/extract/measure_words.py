"""The standard measures polls ask (vote intention, the two-party-preferred vote, job approval, favourability, preferred leader, the most
important issue, right direction), as data: the words a sentence uses for each and the words a question
asking it uses. Kept apart from :mod:`question_measures` (which reads passages) so that grouping can ask
which measure a chosen question asks without importing the question stage.
"""

from __future__ import annotations

import functools
import re
from typing import Final

# Each measure: (name, words a figure's sentence uses for it, words a question asking it uses).
MEASURES: Final[tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]] = (
    (
        # Australia's two-party-preferred split: a vote measure of its own, reported beside the primary vote
        # (first preferences) and asked apart from it. Listed before "vote" so that a question naming it
        # ("Two-party preferred voting intention (...)") asks it, not the plain vote.
        "two_party",
        re.compile(
            r"\btwo[- ]party[- ]preferred\b|\b2PP\b|\bTPP\b|\bafter\s+(?:the\s+)?(?:distribution\s+of\s+)?preferences\b",
            re.IGNORECASE,
        ),
        re.compile(r"\btwo[- ]party[- ]preferred\b|\b2PP\b|\bTPP\b", re.IGNORECASE),
    ),
    (
        # Australia's primary vote (first preferences), the other half of its two-party reports. A US
        # race's "primary vote" is named so too, but no question of a US race asks it (see below), and the
        # ranker and grouping read it as a vote (BROADER).
        "primary",
        re.compile(r"\bprimary\s+votes?\b", re.IGNORECASE),
        re.compile(r"\bprimary\s+voting\s+intention\b", re.IGNORECASE),
    ),
    (
        "vote",
        re.compile(
            # "vote" after the two-party-preferred words or "primary" names those measures, not the plain vote
            r"(?<!preferred )(?<!preferred-)(?<!2PP )(?<!TPP )(?<!primary )"
            r"\b(?:vote|votes|voting|ballot|intentions?)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bvote\s+choice\b|\bvot(?:e|ing)\s+intention\b|\bvote\s+for\b|\bsecond\s+choice\b|"
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

# For each measure, lower-case words one of which every match of its sentence pattern (above) contains:
# a sentence holding none of them names the measure nowhere, in no clause either, so its figures' clauses
# are searched only for the measures it may name (see question_measures; tests/extract/
# test_extract_speed_exact.py checks the words against the patterns).
SAYS_WORDS: Final[dict[str, frozenset[str]]] = {
    "two_party": frozenset({"party", "2pp", "tpp", "preferences"}),
    "primary": frozenset({"primary"}),
    "vote": frozenset({"vot", "ballot", "intention"}),
    "job": frozenset({"approv", "satisf"}),
    "favour": frozenset({"fav", "positive", "negative"}),
    "leader": frozenset({"best", "better", "preferred"}),
    "issue": frozenset({"issue", "problem", "concern", "priorit"}),
    "track": frozenset({"direction", "track"}),
}
assert list(SAYS_WORDS) == [name for name, _, _ in MEASURES], "one entry per measure, in order"
assert all(says.flags & re.IGNORECASE for _, says, _ in MEASURES), "the words are matched lower-cased"

# A measure that is a narrower form of another: the two-party-preferred vote is a vote. The ranker's
# features and the grouping cue read measures at the broader level (a question asking "Federal voting
# intention" beside a two-party-preferred split is no other measure to them: refitted on the narrow
# measures, question rose on five folds and grouping fell on three); the mend after clustering
# (question_measures.measure_for_group) reads the narrow ones.
BROADER: Final[dict[str, str]] = {"two_party": "vote", "primary": "vote"}


def broad(measure: str) -> str:
    """The measure at the level the ranker and the grouping read it (see BROADER)."""
    return BROADER.get(measure, measure)


@functools.lru_cache(maxsize=8192)  # the candidates of a passage's figures repeat
def asked_measure(question: str) -> str:
    """The standard measure a question asks ("job", "vote", ...), or "" for any other question."""
    for name, _, asks in MEASURES:
        if asks.search(question):
            return name
    return ""
