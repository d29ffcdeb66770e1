"""A referendum's or ballot measure's vote, asked as the labels ask it ("How will you vote on Initiative
905?", "How will you vote in the harbour referendum?", "How will you vote on the new charter?").

Reports give a measure's poll as the shares saying they will vote yes, no, for or against it, or are still
undecided, and rarely quote the question. The rankers then gave such a share the rules pass's one option
asked back ("Are you now undecided?", refused when printed), another stance template ("Do you oppose
<the cause>?") or nothing. Here, after grouping, a figure whose own sentence reports a side of a measure's
vote takes the measure's vote question, named in this order:

1. a numbered measure its sentence names ("Referendum 61", "Prop. 12", "I-905", "R-61"): the measure,
   written out ("Initiative 905"), whatever the figure's question was, unless that already names it
   (asked as support or opposition where the sentence tells no vote, as the official sets do);
2. what its sentence says people vote for or against ("... to vote for or against the new charter");
3. a referendum its sentence names ("the harbour referendum", "a referendum on <cause>");
4. the one numbered measure, or else the one named referendum, the passage names.

The last three replace only a question that names no measure (empty, a bare "Vote choice" or one the
printing refuses): a written question ("If the referendum were held today, how would you vote?") stands.
The official sets word a measure's vote "How will you vote on <measure>?" (California's propositions)
and a referendum's "... would you vote Yes or No?"; the first is used for both.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import printed_question
from bot.reading.extract.nearest_rating import sentence_bounds
from bot.reading.extract.scan import Anchored

BALLOT_QUESTIONS = True

# A cheap test first: a passage naming no measure holds none of these. Every alternative opens on a literal
# word, so the scan finds those words with str.find rather than trying the pattern at every character.
_KEYS: Final = Anchored(
    re.compile(
        r"referend|Referend|REFEREND|Proposition|proposition|Initiative|initiative|Measure|measure|Prop\b|"
        r"\bI-\d|\bR-\d|for or against"
    )
)
_MEASURE_WORDS: Final = (
    r"referend(?:um|a)|measures?|propositions?|initiatives?|proposals?|amendments?|charter|constitution|"
    r"draft|question"
)
_NUMBER_KINDS: Final = r"(?:Prop\.?|Proposition|Initiative|Referendum|Ref\.|Measure|Amendment|[IR]-)\s*\d"
# A side of a measure's vote told in the figure's sentence: a vote yes or no, a vote, support or opposition
# for or against the measure (or "it").
_SIDE: Final = re.compile(
    r"\bvot(?:e|es|ed|ing)\s+(?:\"|“|')?(?:yes|no|in\s+favou?r)\b|"
    rf"\bvot(?:e|es|ed|ing)\s+(?:for\s+or\s+)?(?:for|against)\s+(?:it\b|the\s+(?:[\w-]+\s+)?(?:{_MEASURE_WORDS})\b|"
    rf"{_NUMBER_KINDS})|"
    rf"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|oppos(?:e|es|ed|ing))\s+(?:the\s+)?(?:{_MEASURE_WORDS})\b|"
    rf"\b(?:support(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?)\s+(?={_NUMBER_KINDS})|"
    r"\bthe\s+[\"“']?(?:yes|no)[\"”']?\s+(?:side|camp|vote|campaign)\b",
    re.IGNORECASE,
)
# A side named beside a numbered measure ("Proposition 78, 38% were in favor", "Prop 9 - 55% Yes",
# "Measure 4 trailed 50 percent to 44 percent").
_SIDE_BESIDE_MEASURE: Final = re.compile(
    r"\b(?:yes|no|in\s+favou?r|favou?red|for\s+it|against|opposed?|support|behind|trail(?:s|ed|ing)?|ahead|"
    r"leads?|leading|losing|winning|down|up)\b",
    re.IGNORECASE,
)
# A numbered measure: its kind (or the initial a state's press uses) and number.
_NUMBERED: Final = re.compile(
    r"\b(?P<kind>Proposition|Prop\.?|Initiative|Referendum|Ref\.|Measure|Amendment|[IR]-)\s*(?P<n>\d{1,4}[A-Z]?)\b"
)
_KIND_WORDS: Final = {"Prop.": "Proposition", "Prop": "Proposition", "Ref.": "Referendum", "I-": "Initiative",
                      "R-": "Referendum"}  # fmt: skip
# A line that opens with a numbered measure ("Prop 9 - 55% Yes, 44% No", "Proposition 12 (Water) 44 49 7").
_LINE_OPENS: Final = re.compile(rf"[ \t\-•*]*{_NUMBER_KINDS}")  # asked with .match at the line's start
# What people vote for or against: "to vote for or against the new charter".
_VOTE_ON: Final = re.compile(
    r"\bvote\s+(?:yes\s+or\s+no|for\s+or\s+against)\s+(?:on\s+)?(?P<np>the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s+(?:in|at|on|before|this|next|when|if|or|and)\b|\s*[,.;:)?]|$)",
    re.IGNORECASE,
)
# A named referendum: up to three words before it, capitalised or not ("the harbour referendum", "the May 3
# referendum", "Harbour Bridge Referendum"), or "referendum on <cause>".
_NOT_A_NAME: Final = (
    r"the|a|an|this|that|its|their|his|her|our|any|next|last|past|previous|upcoming|forthcoming|coming|latest|"
    r"recent|new|second|first|another|proposed|planned|possible|national|of|in|on|to|for|ahead|before|after|and|"
    r"or|with|from|by|up|campaign|today's|tomorrow's"
)
_NAMED_REFERENDUM: Final = re.compile(
    rf"\bthe\s+(?P<name>(?:(?!(?:{_NOT_A_NAME})\b)[\w'’/-]+\s+){{1,3}})referendum\b(?!s)|"
    r"(?-i:\b(?P<cap>(?:(?!The\b|A\b|This\b)[A-Z][\w'’-]*\s+){1,3})Referendum\b(?!s))|"
    r"\breferendum\s+(?:campaign\s+)?on\s+(?P<cause>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*[,.;:)]|\s+(?:is|was|were|"
    r"will|would|held|in|on|this|next|shows?)\b)",
    re.IGNORECASE,
)
# A question that already names a measure.
_NAMES_A_MEASURE: Final = re.compile(
    r"referend|proposition|initiative|measure|amendment|proposal|ballot|plebiscite|independen|"
    r"\bvote\s+(?:on|yes|no|for\s+or\s+against)\b",
    re.IGNORECASE,
)
# A stance the figure's own words take on something else ("say they support same-sex marriage"), which
# the measure's vote in the same sentence does not reach.
_OTHER_STANCE: Final = re.compile(
    r"\b(?:support|oppos|favou?r|approv|agree|disagree)\w*\s+(?!(?:it|them|this|that)\b)"
    rf"(?!the\s+(?:[\w-]+\s+)?(?:{_MEASURE_WORDS})\b)(?!{_NUMBER_KINDS})[a-z]",
    re.IGNORECASE,
)
_CLAUSE_MARK: Final = re.compile(r"[,;:]")
_VOTE_ASKED: Final = re.compile(r"\bvote\b|\b(?:favou?r|support)\s+or\s+oppose\b", re.IGNORECASE)


def _numbered(text: str, lo: int, hi: int) -> list[str]:
    """The numbered measures ``text[lo:hi]`` names, each written out once ("Initiative 905")."""
    out: list[str] = []
    for m in _NUMBERED.finditer(text, lo, hi):
        kind = _KIND_WORDS.get(m.group("kind"), m.group("kind"))
        name = f"{kind} {m.group('n')}"
        if name not in out:
            out.append(name)
    return out


def _name_of(m: re.Match[str]) -> str | None:
    if m.group("cause"):
        return f"the referendum on {m.group('cause')}"
    name = (m.group("name") or m.group("cap")).strip()
    return f"the {name} referendum" if re.search(r"[A-Za-z]{3}", name) else None  # not "the 2016 referendum"


def _named_referendum(text: str, lo: int, hi: int) -> str | None:
    """ "the harbour referendum" or "the referendum on <cause>" written in ``text[lo:hi]``, else None."""
    for m in _NAMED_REFERENDUM.finditer(text, lo, hi):
        name = _name_of(m)
        if name is not None:
            return name
    return None


def _passage_measure(a: Analysis) -> str | None:
    """The one numbered measure, else the one named referendum, the passage names (None for two or more)."""
    numbered = _numbered(a.text, 0, len(a.text))
    if numbered:
        return f"on {numbered[0]}" if len(numbered) == 1 else None
    names = {name for m in _NAMED_REFERENDUM.finditer(a.text) if (name := _name_of(m)) is not None}
    if len({n.lower() for n in names}) != 1:
        return None
    return f"in {names.pop()}"


def _replaceable(question: str) -> bool:
    """A question that names no measure: empty, the bare "Vote choice", one the printing refuses, or one
    that names no measure at all (a party's vote intention, another stance)."""
    if not question or question == "Vote choice":
        return True
    return not printed_question(question) or not _NAMES_A_MEASURE.search(question)


def _segment(a: Analysis, num: Num, lo: int, hi: int, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """The figure's own words: its sentence cut at the clause marks and the other figures either side."""
    left = max([lo, *(e for e in ends if e <= num.start)])
    marks = [m.end() for m in _CLAUSE_MARK.finditer(a.text, left, num.start)]
    left = marks[-1] if marks else left
    right = min([hi, *(s for s in starts if s >= num.end)])
    mark = _CLAUSE_MARK.search(a.text, num.end, right)
    return left, mark.start() if mark is not None else right


def _measure_before(a: Analysis, num: Num, lo: int, s_hi: int) -> list[str]:
    """The numbered measure a figure's line opens with, else the last one its sentence names before it
    where the sentence names a side up to the figure's clause end ("Measure 4 trailed 50 percent to 44
    percent": both figures; "On Proposition 8, 38% were in favor")."""
    line_start = a.text.rfind("\n", 0, num.start) + 1
    if _LINE_OPENS.match(a.text, line_start):
        line_end = a.text.find("\n", num.end)
        return _numbered(a.text, line_start, line_end if line_end >= 0 else len(a.text))[:1]
    before = list(_NUMBERED.finditer(a.text, lo, num.start))
    if not before or _SIDE_BESIDE_MEASURE.search(a.text, lo, s_hi) is None:
        return []
    return _numbered(a.text, before[-1].start(), before[-1].end())


# A vote's side written as a vote ("would vote against", "vote Yes"), not as support or opposition.
_VOTE_SIDE: Final = re.compile(
    r"\bvot(?:e|es|ed|ing)\b|\bthe\s+[\"“']?(?:yes|no)[\"”']?\s+(?:side|camp)\b", re.IGNORECASE
)
_STANCE_SIDE: Final = re.compile(r"\b(?P<verb>support|favou?r|oppos)\w*\s", re.IGNORECASE)


def _asked_of(measure: str, sentence: str, beside: bool) -> str:
    """A numbered measure's question in its sentence's words: its vote ("How will you vote on Measure 12?"),
    or, where the sentence tells support or opposition and no vote ("55 percent support Measure 12"), the
    stance ("Do you support or oppose Measure 12?", as the official sets word it). A row led by the measure
    asks its vote."""
    stance = None if beside or _VOTE_SIDE.search(sentence) else _STANCE_SIDE.search(sentence)
    if stance is None:
        return f"How will you vote on {measure}?"
    verb = "favor" if stance.group("verb").lower().startswith("fav") else "support"
    return f"Do you {verb} or oppose {measure}?"


def _asked(a: Analysis, num: Num, question: str, others: list[Num], passage: list[str | None]) -> str | None:
    lo, hi, _ = sentence_bounds(a, num)
    in_sentence = [o for o in others if lo <= o.start < hi and o is not num]
    s_lo, s_hi = _segment(a, num, lo, hi, [o.start for o in in_sentence], [o.end for o in in_sentence])
    beside = _measure_before(a, num, lo, s_hi)
    if not beside and (_SIDE.search(a.text, lo, hi) is None or _OTHER_STANCE.search(a.text, s_lo, s_hi)):
        return None
    own = beside or _numbered(a.text, s_lo, s_hi) or _numbered(a.text, lo, hi)
    if len(own) == 1:
        if re.search(rf"\b{re.escape(own[0].split()[-1])}\b", question) and _VOTE_ASKED.search(question):
            return None  # already this measure's vote ("How would you vote on Proposition 8?")
        return _asked_of(own[0], a.text[lo:hi], bool(beside))
    if own or not _replaceable(question):
        return None
    m = _VOTE_ON.search(a.text, lo, hi)
    if m is not None:
        return f"How will you vote on {m.group('np')}?"
    named = _named_referendum(a.text, lo, hi)
    if named is not None:
        return f"How will you vote in {named}?"
    if not passage:
        passage.append(_passage_measure(a))
    return f"How will you vote {passage[0]}?" if passage[0] else None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each figure that reports a side of a measure's vote the measure's vote question (see above)."""
    if next(_KEYS.finditer(a.text), None) is None:
        return
    nums = [a.numbers[f.num_index] for f in figs]
    passage: list[str | None] = []  # the passage's one measure, read once when first needed
    for f, num in zip(figs, nums, strict=True):
        asked = _asked(a, num, f.question, nums, passage)
        if asked is not None and printed_question(asked):
            f.question = asked
