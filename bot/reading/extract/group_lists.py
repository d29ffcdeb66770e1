"""Answers of a list of groups' shares that one verb gives to one option: the option is named once, by the
verb's subject or object, and each figure's "of G" is its population, never its answer.

- ``subject``: the option is the subject of a verb of winning or attracting before the list: "the
  Greens attracted 41 percent of renters; 30 percent of graduates; ...", "Marsh drew 44 percent
  of evangelical voters, 39 percent of voters over 65 and ...", "Labour is now the choice of 38% of
  under-35s, ...", "Alvarez carried 58 percent of Latino voters";
- ``object``: the option is named after a list of bracketed shares: "suburban women (52%) and
  college-educated men (47%) are still with Patel", "voters aged 18 to 34 (27 per cent) ... now put the
  Greens first", and a share the sentence then compares them with ("compared with 8 per cent of ...").

:func:`apply` settles them after the ranker has chosen (a figure's own words, "of renters", mislead the
ranker, and the training passages hold too few lists to learn the verb from). Each reads its sentence's
text around the figures of the list only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract import party_id
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_context import bare_name
from bot.reading.extract.groups import Labelled
from bot.reading.extract.vocab import POLLSTER_RE, SHARE_SIGN

_SHARE = SHARE_SIGN
_HEDGE = r"(?:(?:just|only|about|some|roughly|around|fully|a[ \t]+whopping|an[ \t]+estimated)[ \t]+)?"
# Between two figures of one list: "percent of renters; ", "% of voters over 65 and ", "% of men, ".
_OF_LINK = re.compile(
    rf"^{_SHARE}[ \t]+(?:of|among)[ \t]+[^;:!?()%]{{1,80}}?[ \t]*(?:[;,][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
    rf"{_HEDGE}$",
    re.IGNORECASE,
)
# After a list's first figure: its group ("% of evangelical voters").
_OF_AFTER = re.compile(rf"{_SHARE}[ \t]+(?:of|among)[ \t]+(?!(?:the[ \t]+)?(?:vote|votes|ballots)\b)\w", re.I)
# The verb before a list's first figure, and the words between its subject and it.
_WIN_VERB = re.compile(
    r"(?:[ \t,]+(?:on[ \t]+the[ \t]+other[ \t]+hand|meanwhile|however|also|now|still|easily|narrowly|"
    r"comfortably|handily|overwhelmingly|by[ \t]+contrast),?)*[ \t]+"
    r"(?:appeal(?:s|ed)?[ \t]+to|attract(?:s|ed)?|dr[ae]w|draws|w[io]n|wins|carr(?:y|ies|ied)|took|takes|"
    r"captur(?:e|es|ed)|receiv(?:e|es|ed)|(?:is|was|remains|remained)[ \t]+(?:now[ \t]+)?the[ \t]+"
    r"(?:first[ \t]+)?(?:choice|pick|preference|favou?rite)[ \t]+of|(?:has|had|enjoys|enjoyed|holds|held)"
    r"[ \t]+the[ \t]+(?:support|backing|votes?)[ \t]+of|(?:is|was|are|were)[ \t]+(?:backed|supported|"
    r"favou?red|preferred)[ \t]+by)[ \t]+" + _HEDGE + "$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[A-Z][\w'’&.-]*$")
_NOT_SUBJECT = frozenset(
    {"The", "A", "An", "In", "On", "At", "And", "But", "If", "When", "While", "For", "With", "According"}
    | {"He", "She", "They", "It", "This", "That", "Those", "These", "Which", "Who", "Each", "All", "Both"}
)

# After a list of bracketed shares: the verb and the option named after it.
_BRACKET_LINK = re.compile(
    rf"^{_SHARE}[ \t]*\)[ \t]*(?:,[ \t]*)?(?:and[ \t]+|&[ \t]+)?[^\d()%;:.!?]{{1,60}}\($"
)
_OBJECT_VERB = re.compile(
    rf"^{_SHARE}[ \t]*\)[ \t]*(?:(?:are|is|were|was|have|has|had|now|still|also|both|all|largely|mostly|"
    r"overwhelmingly|firmly|solidly|clearly|already)[ \t]+)*(?:(?:stick(?:ing)?|stay(?:ing)?|side[ds]?|"
    r"siding)[ \t]+)?(?P<verb>with|back|backs|backed|backing|support|supports|supported|supporting|favou?r|"
    r"favou?rs|favou?red|favou?ring|prefer|prefers|preferred|went[ \t]+for|go[ \t]+for|going[ \t]+for|"
    r"voted[ \t]+for|vote[ \t]+for|voting[ \t]+for|chose|choose|picked|pick|put|puts|rank|ranked)[ \t]+"
    r"(?:the[ \t]+)?(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})"
)
# A share the sentence compares a list with: ", compared with 8 per cent of ...".
_COMPARED = re.compile(
    r"^[^\d%;:.!?]{0,30}?(?:,[ \t]*)?(?:compared[ \t]+(?:with|to)|against|versus|vs\.?|but[ \t]+only|"
    r"while[ \t]+(?:only|just))[ \t]+" + _HEDGE + "$",
    re.IGNORECASE,
)


def subject_name(before: str) -> str | None:
    """The name that ends ``before`` (the text of the sentence up to the verb): "In the Gallup poll,
    the Green Party" -> "Green Party"; None unless it is a capitalised run of 1-4 words."""
    words = before.split()
    k = len(words)
    while k > 0 and _NAME_WORD.match(words[k - 1]) and not words[k - 1].endswith(","):
        k -= 1
    while k < len(words) and words[k] in _NOT_SUBJECT:
        k += 1
    if k >= len(words) or len(words) - k > 4:
        return None  # no name, or a longer run than a name: a heading or a title, not one subject
    name = " ".join(words[k:])
    if POLLSTER_RE.search(name) is not None:
        return None
    return name


def _by_sentence(figs: list[Labelled], a: Analysis) -> dict[int, list[Labelled]]:
    out: dict[int, list[Labelled]] = {}
    for f in sorted(figs, key=lambda f: a.numbers[f.num_index].start):
        out.setdefault(f.sentence, []).append(f)
    return out


def _subject_lists(a: Analysis, row: list[Labelled], lo: int) -> dict[int, str]:
    """Figure position in ``row`` -> the subject that names it, for each list after a verb of winning."""
    out: dict[int, str] = {}
    k = 0
    while k < len(row):
        n = a.numbers[row[k].num_index]
        prev_end = a.numbers[row[k - 1].num_index].cand.mark_end if k > 0 else lo
        before = a.text[max(prev_end, n.start - 160) : n.start]
        verb = _WIN_VERB.search(before)
        if verb is None or _OF_AFTER.match(a.text, n.cand.mark_end) is None:
            k += 1
            continue
        name = subject_name(before[: verb.start()])
        if name is None:
            k += 1
            continue
        out[k] = name
        j = k + 1
        while j < len(row):
            m_prev = a.numbers[row[j - 1].num_index]
            m = a.numbers[row[j].num_index]
            if _OF_LINK.match(a.text[m_prev.cand.mark_end : m.start]) is None:
                break
            out[j] = name
            j += 1
        k = j
    return out


def _object_lists(a: Analysis, row: list[Labelled]) -> dict[int, str]:
    """Figure position in ``row`` -> the option named after a list of bracketed shares."""
    out: dict[int, str] = {}
    k = 0
    while k < len(row):
        n = a.numbers[row[k].num_index]
        if not a.text[max(0, n.start - 3) : n.start].rstrip().endswith("("):
            k += 1
            continue
        j = k
        while j + 1 < len(row):
            m, nxt = a.numbers[row[j].num_index], a.numbers[row[j + 1].num_index]
            if _BRACKET_LINK.match(a.text[m.cand.mark_end : nxt.start]) is None:
                break
            j += 1
        last = a.numbers[row[j].num_index]
        got = _OBJECT_VERB.match(a.text[last.cand.mark_end : last.cand.mark_end + 120])
        if got is None:
            k = j + 1
            continue
        name = got.group("name")
        for i in range(k, j + 1):
            out[i] = name
        after = last.cand.mark_end + got.end()
        while j + 1 < len(row):
            nxt = a.numbers[row[j + 1].num_index]
            if (
                _COMPARED.match(a.text[after : nxt.start]) is None
                or _OF_AFTER.match(a.text, nxt.cand.mark_end) is None
            ):
                break
            j += 1
            out[j] = name
            after = nxt.cand.mark_end
        k = j + 1
    return out


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each figure of a list the option its verb names."""
    if not a.sentences:
        return
    for sentence, row in _by_sentence(figs, a).items():
        lo = a.sentences[sentence].start
        named = _subject_lists(a, row, lo)
        named.update({k: v for k, v in _object_lists(a, row).items() if k not in named})
        for k, name in named.items():
            row[k].answer = party_id.leaning(name, figs) or tidy(bare_name(name))
