"""A rating option kept inside the clause that tells it: "hold an unfavorable opinion of her", "see the
senator very favorably", "approve of the governor", "registered voters nationwide approve", "had a
favorable view" -> "unfavorable", "very favorable", "approve", "approve", "favorable".

The labels write the option alone, with its degree word where the text gives one ("very favorable",
"strongly approve", "approve strongly"), and an adverb as its adjective ("favorably" -> "favorable"). The
rankers often keep the words around it: the verb, the noun the rating qualifies and whom it rates.

Here an answer of two or more words that holds exactly one approval or favourability word becomes that
option, with a degree word written right before it (or "strongly", "somewhat", "moderately" right after).
Left as they are: an answer with a negation ("do not approve", "not favourable"), a compound of options
("approve/disapprove", "favorable or unfavorable"), and one that already is the option with its degree
("Total Approve", "strongly disapprove").

Runs last among the answer steps (after grouping, as ``answer_forms`` does), so no feature moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import DEGREE_WORDS, OPTION_FORMS
from bot.reading.extract.rating_nouns import ADVERB_OPTION, WORD_OPTION

# A rating word in any form and the option it names (the nouns of favourability are left out: "a
# favorability rating" names no side).
_RATINGS: Final = frozenset(
    {"approve", "disapprove", "favorable", "unfavorable", "favourable", "unfavourable"}
)
_OPTION: Final = {
    word: option
    for word, option in {**WORD_OPTION, **ADVERB_OPTION, **OPTION_FORMS}.items()
    if option in _RATINGS and not word.endswith("ability")
}
# A degree written before the option ("very favorably", "Total Approve"), or after it ("approve strongly").
_BEFORE: Final = DEGREE_WORDS | {"total", "moderately"}
_AFTER: Final = frozenset({"strongly", "somewhat", "moderately"})
# Words that turn the option around or join it to another: the answer is left whole.
_KEEP_WHOLE: Final = frozenset({"not", "no", "never", "neither", "nor", "or", "/"})
_WORD = re.compile(r"[\w'’]+|/")
# A relative clause right after the share: the rating in it tells the people, not their answer.
_WHO_AFTER = re.compile(
    r"[ \t]*(?:%|percent\b|per[ \t]?cent\b)?(?:[ \t]+of[ \t]+[^,;:.\d]{1,40}?)?[ \t]+(?:who|that|which)\b",
    re.IGNORECASE,
)


def option_of(answer: str) -> str | None:
    """The rating option a clause-like answer holds (see the module docstring), or None to keep it."""
    words = [w.lower() for w in _WORD.findall(answer)]
    hits = [i for i, w in enumerate(words) if w in _OPTION]
    if len(words) < 2 or len(hits) != 1:
        return None
    if any(w in _KEEP_WHOLE or w.endswith(("n't", "n’t")) for w in words):
        return None
    i = hits[0]
    out = [_OPTION[words[i]]]
    if i > 0 and words[i - 1] in _BEFORE:
        out.insert(0, words[i - 1])
    elif i + 1 < len(words) and words[i + 1] in _AFTER:
        out.append(words[i + 1])
    option = " ".join(out)
    return option if option != " ".join(words) else None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Cut each answer that tells a rating option in a clause to the option (see the module docstring)."""
    for f in figs:
        low = f.answer.lower()
        if " " not in low or ("approv" not in low and "favo" not in low):
            continue  # cheap: one word, or no rating word
        option = option_of(f.answer)
        if option is not None and _WHO_AFTER.match(a.text, a.numbers[f.num_index].end):
            words = _WORD.findall(low)
            if words and words[-1] not in _OPTION:
                continue  # "35% who view <name> favorably back the levy": the rating tells who, not the option
        if option is not None:
            f.answer = option
