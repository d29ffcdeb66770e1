"""The category word a crosstab prints before its subgroups (twenty-second round, docs/extraction.md).

Flattened releases often write a block of subgroup rows with the block's category on its first row only:

    Party ID Democrat 91% 7% 2%
    Republican 9% 88% 3%
    Gender Men 47% 49% 4%
    Women 55% 41% 4%

The first row's population is "Democrat", not "Party ID Democrat": :func:`split_category` takes the
category off a row label that opens on one of the vocabulary's heads and goes on with a subgroup written
with a capital, a digit or a money sign. The category is then the banner the block's rows are read under
(an income band under "Income" is named as income). A Siena-style banner's category line ("Region Party
Gender Age Union HH Political View ...") is read by the same vocabulary (:func:`category_heads`).
"""

from __future__ import annotations

import re
from typing import Final

# Category heads a crosstab prints before its subgroups, lower-cased, one space between words.
CATEGORY_HEADS: Final = frozenset(
    [
        "party",
        "party id",
        "party identification",
        "party affiliation",
        "party registration",
        "party reg",
        "registered party",
        "gender",
        "sex",
        "age",
        "age group",
        "ages",
        "race",
        "race/ethnicity",
        "ethnicity",
        "ethnic",
        "region",
        "area",
        "community",
        "community type",
        "area type",
        "income",
        "household income",
        "family income",
        "education",
        "educational attainment",
        "ideology",
        "political ideology",
        "political view",
        "political views",
        "religion",
        "religious affiliation",
        "marital status",
        "union household",
        "union hh",
        "gun owner",
        "gun owners",
        "gun household",
        "interview type",
        "employment",
        "employment status",
        "generation",
        "parents",
    ]
)
_LONGEST: Final = max(len(c.split()) for c in CATEGORY_HEADS)
# What opens a subgroup after its category: a capitalised word, a number, a money or comparison sign.
_SUBGROUP_OPENS: Final = re.compile(r"[A-Z0-9$£€<>]")


def split_category(label: str) -> tuple[str, str]:
    """``(category, subgroup)`` for a row label that opens on a category head ("Party ID Democrat" ->
    ("Party ID", "Democrat")), the longest head first; ``("", label)`` when none opens it."""
    words = label.split()
    for size in range(min(_LONGEST, len(words) - 1), 0, -1):
        head = " ".join(words[:size])
        if head.lower().rstrip(":") in CATEGORY_HEADS and _SUBGROUP_OPENS.match(words[size]):
            return head.rstrip(":"), " ".join(words[size:])
    return "", label


def category_heads(line: str) -> list[str]:
    """The category heads a line is made of, as written ("Region Party Gender Union HH Political View Age"
    -> ["Region", "Party", "Gender", "Union HH", "Political View", "Age"]), read greedily, longest head
    first; [] when the line holds anything else or fewer than two heads."""
    said = line.split()
    words = [w.lower() for w in said]
    i = 0
    out: list[str] = []
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            if " ".join(words[i : i + size]) in CATEGORY_HEADS:
                out.append(" ".join(said[i : i + size]))
                i += size
                break
        else:
            return []
    return out if len(out) >= 2 else []
