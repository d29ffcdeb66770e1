"""A crosstab banner's heads broken over two lines (twenty-second round, docs/extraction.md).

A release's PDF prints a narrow column's head on two lines; flattened, the head's tops stand on the line
above the banner, in the columns' order, with nothing to say which column each belongs to:

    Ind/ Afr Amer $40K-
    Total Dem Rep Other M F ... White /Black Latino ... <$40K $90K $90K+

The banner read alone names "Other", "/Black" and "$90K". :func:`merge` puts each top back on its
head by what the pieces say of each other: a top ending in "/" opens the first head after it that no
vocabulary reads as people on its own ("Ind/" + "Other"); a top ending in neither "/" nor "-" ends on
the first head that opens with "/" ("Afr Amer" + "/Black"); a money band's top ending in "-" opens the
first money head that is no open band ("$40K-" + "$90K", not "<$40K" or "$90K+"). A page may break an
open band the other way, its amount on the tops line and only the "+" below ("... $90K" over "... <$40K
$90K +"): a money top ending in neither "/" nor "-" ends on the first head that is a bare "+" (a broken
head's tail, see :func:`tail_only`; a banner keeping such a head after the merge is no banner). Every top
must find its head, in order, or the banner is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

# A tops line is short: a few broken heads.
_TOPS_WORDS_MAX: Final = 10
# A word that opens a money or number top: it starts a new top.
_OPENS_NUMBER: Final = re.compile(r"[$£€\d]")
# A head that is only a broken head's tail, with its top on the line above: the "+" of "$90K+".
_TAIL_ONLY: Final = re.compile(r"\+")


def tail_only(head: str) -> bool:
    """Whether ``head`` is only the tail of a head broken over two lines ("+" under "$90K"): a banner
    cell that names nothing until its top is put back."""
    return _TAIL_ONLY.fullmatch(head) is not None


def _tops(line: str) -> list[str] | None:
    """The tops a line holds, or None when it is no line of tops (a question, a sentence, a number)."""
    words = line.split()
    if not words or len(words) > _TOPS_WORDS_MAX or re.search(r"[?%:;.]", line):
        return None
    if not any(w.endswith(("/", "-")) or w.startswith("/") for w in words):
        return None  # tops are told by a broken head's slash or dash
    out: list[str] = []
    cur: list[str] = []
    for w in words:
        if cur and _OPENS_NUMBER.match(w):
            out.append(" ".join(cur))
            cur = []
        if w[:1].isdigit() and not w.endswith("-"):
            return None  # a number that ends no band is no top
        cur.append(w)
        if w.endswith(("/", "-")):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def merge(tops_line: str, heads: list[str]) -> list[str]:
    """``heads`` with the tops written on ``tops_line`` put back on their heads (see the module
    docstring); ``heads`` unchanged when the line holds no tops or a top finds no head."""
    from bot.reading.extract.table_labels import PARTY, SUBGROUP, TOTAL, label_kind

    tops = _tops(tops_line)
    if not tops:
        return heads
    out = list(heads)
    j = 0
    for top in tops:
        at = None
        for i in range(j, len(out)):
            head = out[i]
            if top.endswith("/"):
                ok = not head.startswith("/") and label_kind(head) not in (TOTAL, SUBGROUP, PARTY)
            elif top.endswith("-"):
                ok = head[:1] in "$£€" and not head.endswith("+")
            elif _OPENS_NUMBER.match(top):
                ok = tail_only(head)  # "$90K" over "+"
            else:
                ok = head.startswith("/")
            if ok:
                at = i
                break
        if at is None:
            return heads
        out[at] = top.replace(" /", "/") + out[at] if top.endswith(("/", "-")) else f"{top}{out[at]}"
        j = at + 1
    return out


# What each category of a banner's category line holds, by head (lower-cased): how a head is placed under
# its category when the line above names the categories in order ("Party Gender Political View Union HH
# Region ..."). Heads no category claims (a "Yes"/"No" pair, an "Other") take the category between their
# placed neighbours.
_CATEGORY_OF: Final = {
    "party": "party",
    "party id": "party",
    "party registration": "party",
    "gender": "gender",
    "sex": "gender",
    "political view": "ideology",
    "political views": "ideology",
    "ideology": "ideology",
    "political ideology": "ideology",
    "ethnicity": "race",
    "ethnic": "race",
    "race": "race",
    "race/ethnicity": "race",
    "age": "age",
    "religion": "religion",
    "income": "income",
    "household income": "income",
    "region": "region",
    "area": "region",
}
_HEAD_KIND: Final = {
    "party": re.compile(r"dem|rep|ind|gop|democrats?|republicans?|independents?|ind/.*", re.IGNORECASE),
    "gender": re.compile(r"m|f|men|women|male|female", re.IGNORECASE),
    "ideology": re.compile(r"lib|mod|cons|conserv|liberals?|moderates?|conservatives?", re.IGNORECASE),
    "race": re.compile(
        r"white|black|.*/black|latino|hispanic|asian|afr\s+amer.*|african\s+american", re.IGNORECASE
    ),
    "age": re.compile(r"\d\d\s*[-–]\s*\d\d|\d\d\+|under\s*\d\d|over\s*\d\d", re.IGNORECASE),
    "religion": re.compile(r"cath|catholics?|prot|protestants?|jewish|muslim|evangelical", re.IGNORECASE),
    "income": re.compile(r"[<>]?[$£€].*", re.IGNORECASE),
}
# Heads that name people only with their category: a yes/no pair and an "other".
_BARE_HEADS: Final = frozenset(["yes", "no", "other"])


def _people_of(category: str) -> str:
    """The people a yes/no category names: "Union HH" -> "union households", "Gun Owner" -> "gun owners"."""
    words = category.lower().replace("hh", "households").split()
    if words and not words[-1].endswith("s"):
        words[-1] += "s"
    return " ".join(words)


def categorise(category_line: str, heads: list[str]) -> list[str]:
    """``heads`` with each yes/no or "other" head named by its category on ``category_line`` ("Yes" under
    "Union HH" -> "union households", "No" -> "non-union households", "Other" after the religions ->
    "Other religion"); unchanged when the line is no run of category heads or a head cannot be placed."""
    from bot.reading.extract.crosstab_categories import category_heads

    cats = category_heads(category_line)
    if not cats or not any(h.lower() in _BARE_HEADS for h in heads):
        return heads
    kinds = [_CATEGORY_OF.get(c.lower(), "") for c in cats]
    placed: list[int | None] = []
    for h in heads:
        at = None
        for kind, rx in _HEAD_KIND.items():
            if rx.fullmatch(h) and kind in kinds:
                at = kinds.index(kind)
                break
        placed.append(at)
    out = list(heads)
    for i, h in enumerate(heads):
        if h.lower() not in _BARE_HEADS:
            continue
        left = next((placed[j] for j in range(i - 1, -1, -1) if placed[j] is not None), None)
        right = next((placed[j] for j in range(i + 1, len(heads)) if placed[j] is not None), None)
        if left is None:
            continue
        if h.lower() in ("yes", "no"):
            # a category of its own between (or after) the placed ones, none of the known kinds: "Union HH"
            free = [c for c in range(left + 1, len(cats) if right is None else right) if not kinds[c]]
            if free:
                people = _people_of(cats[free[0]])
                out[i] = people if h.lower() == "yes" else f"non-{people}"
        elif kinds[left] not in ("party", "", "region"):
            out[i] = f"Other {kinds[left]}"  # the last of its category's heads: "Other religion"
    return out
