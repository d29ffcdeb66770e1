"""An independence referendum's vote, asked in the referendum's own words ("Should Norland be an
independent country?").

Reports of independence polls give the shares on the Yes and No sides ("YES 41%, NO 47%", "38% would vote
Yes", "support for an independent Norland at 44 per cent", "the No camp on 52%") and rarely quote the
question. The rankers then gave such a share a stance on a bare cause ("Do you support independence?"),
the other side asked back ("Do you support or oppose a No vote?"), the writer's heading ("How would people
vote in a second referendum?"), a referendum with no place ("How will you vote in the referendum on
independence?") or nothing. The labels write the referendum's question, which names the place.

Here, after grouping and after :mod:`ballot_questions`, a figure whose sentence tells a side of the
independence vote takes "Should <place> be an independent country?", where the passage names one place's
independence most often ("Norland independence", "an independent Norland", "independence for Norland",
"Norland's sovereignty"; an adjective is read through :mod:`regional_polls`' table, "Scottish" ->
Scotland). Left alone:

- a sentence about the referendum itself (holding, calling or timing one, a second or another one), or
  whose condition is not the referendum's being held ("would support independence if it kept ..."): its
  own question;
- a question the passage writes out and puts to "you" ("How would you vote in an independence
  referendum?"), or one that already names the place (a quoted variant, a regional vote).

A passage that names independence but no place, or never writes "independence" but reports a poll as
capitalised "YES n%, NO m%" (a common shorthand for the independence vote), is read as the one region's
whose poll it is (:func:`regional_polls.regional_voters`: "TNS Scotland ... the independence referendum").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled, is_unsure
from bot.reading.extract.label_check import printed_question
from bot.reading.extract.nearest_rating import sentence_bounds
from bot.reading.extract.populations import is_place_people
from bot.reading.extract.question_templates import BACKS_CAUSE
from bot.reading.extract.regional_polls import names_of, region_of, regional_voters, voters_of

INDEPENDENCE_QUESTIONS = True
INDEPENDENCE_SIDES = True  # the answer as the vote's side, where the rankers' answer names none
INDEPENDENCE_PEOPLE = True  # the place's voters, where the population was left its bare name

# A cheap test first (plain substrings): "independent" alone is every US poll's voters.
_KEYS: Final = ("ndependence", "overeign", "indyref", "n independent ", "YES")
_CAUSE: Final = r"(?:[Ii]ndependence|[Ss]overeignty)"
_PLACE: Final = r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
# Where a passage names a place's independence.
_PLACE_CAUSE: Final = re.compile(
    rf"\b{_PLACE}(?:'s|’s)?\s+{_CAUSE}\b|"
    rf"\b{_CAUSE}\s+(?:for|of)\s+{_PLACE.replace('place', 'after')}|"
    r"\ban\s+(?:independent|sovereign)\s+(?P<adj_after>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
    r"\b(?P<subject>[A-Z][\w'’-]+)\s+(?:should\s+)?(?:become|becoming|be)\s+an?\s+(?:independent|sovereign)\b|"
    r"\b(?P<indyref>indyref)",
)
# Capitalised words that open a sentence or name no place.
_NO_PLACE: Final = frozenset(
    {"The", "A", "An", "For", "Of", "Support", "Full", "National", "Its", "Their", "His", "Her", "Our", "Yes",
     "No", "YES", "NO", "Independence", "Sovereignty", "Pro", "Anti", "Against", "Backing", "Opposition",
     "Declaration", "Day", "In", "On", "Whether", "If", "When", "While", "Polls", "Poll", "And", "But"}
)  # fmt: skip
# A side of the vote told in the figure's sentence.
_SIDE: Final = re.compile(
    r"(?-i:\b(?:YES|NO|Yes|No)\b)|[\"“'‘](?:yes|no)[\"”'’]|\bvot(?:e|es|ed|ing)\s+(?:yes|no|for|against)\b|"
    r"\b(?:yes|no)\s+(?:side|camp|vote|campaign)\b|"
    rf"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|in\s+favou?r\s+of|"
    rf"against|for)\s+(?:(?:an?\s+)?(?:independent|sovereign)\b|(?:[\w'’-]+\s+)?{_CAUSE}\b)|"
    rf"\bsupport\s+for\s+(?:(?:an?\s+)?(?:independent|sovereign)\b|(?:[\w'’-]+\s+)?{_CAUSE}\b)",
    re.IGNORECASE,
)
# A sentence about the referendum itself: holding or calling one, a second or another one, its timing.
_ABOUT_REFERENDUM: Final = re.compile(
    r"\b(?:second|another|new|further|third)\s+(?:independence\s+)?referendum\b|"
    r"\b(?:hold|call|have|want|like|held|calling|holding)\w*\s+(?:\w+\s+){0,3}?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?referendum\b|\breferendum\s+(?:should|to)\s+be\s+(?:held|called)\b",
    re.IGNORECASE,
)
# A vote in a second referendum is the referendum's vote ("if there were one more referendum, 40% would back Yes").
_VOTED_IN: Final = re.compile(
    r"\b(?:if\s+there\s+(?:was|were|is)|vote\s+in|in)\s+(?:a|an)\s+$", re.IGNORECASE
)
# A condition other than the referendum's being held ("if it kept the country in the union"): a variant
# of the question, which the labels word apart.
_IF: Final = re.compile(r"\bif\b", re.IGNORECASE)
_HELD_IF: Final = re.compile(
    r"\s+(?:(?:there|it)\s+(?:was|were|is)\s+|the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?)"
    r"(?:referendum|ballot|vote|poll)\b|\s+(?:it|one)\s+(?:was|were)\s+(?:held|to\s+be\s+held)\b",
    re.IGNORECASE,
)
# The cause written with no place ("the independence referendum", "35% support independence").
_NAMES_CAUSE: Final = re.compile(rf"\b{_CAUSE}\b")
# The rankers' template of a referendum named by its cause ("In a referendum on independence for Norland,
# would you vote Yes or No?", ``question_templates``): the referendum's own question serves instead.
_CAUSE_TEMPLATE: Final = "In a referendum on "
_ASKS_YOU: Final = re.compile(r"\byou\b", re.IGNORECASE)
_UPPER_PAIR: Final = re.compile(r"\bYES\b[^.\n]{0,40}\bNO\b|\bNO\b[^.\n]{0,40}\bYES\b")


def _place_of(m: re.Match[str]) -> str | None:
    if m.group("indyref"):
        return "Scotland"
    name = m.group("place") or m.group("after") or m.group("adj_after") or m.group("subject")
    if not name:
        return None
    name = re.sub(r"['’]s$", "", name)
    first = name.split()[0]
    if first in _NO_PLACE:
        if len(name.split()) == 1:
            return None
        name = name.split(None, 1)[1]
    region = region_of(name) or region_of(name.split()[-1])
    if region:
        return region
    if re.search(r"(?:ish|ian|an|ese|ic|i)$", name) and not m.group("after") and not m.group("subject"):
        return None  # an adjective of a place the table does not hold: no place to name
    return name


def passage_place(a: Analysis) -> str | None:
    """The one place whose independence the passage names most often, or None."""
    got = a.memo.get(("independence_place", None))
    if isinstance(got, str):
        return got or None
    counts: Counter[str] = Counter()
    for m in _PLACE_CAUSE.finditer(a.text):
        place = _place_of(m)
        if place:
            counts[place] += 1
    place = ""
    if counts:
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            place = ranked[0][0]
    elif _NAMES_CAUSE.search(a.text) or (_UPPER_PAIR.search(a.text) and "referend" not in a.text.lower()):
        voters = regional_voters(a.text)
        place = region_of(voters.split()[0]) if voters else ""
    a.memo[("independence_place", None)] = place
    return place or None


def _tells_side(a: Analysis, num: Num) -> bool:
    lo, hi, _ = sentence_bounds(a, num)
    sentence = a.text[lo:hi]
    if _SIDE.search(sentence) is None or any(
        _VOTED_IN.search(sentence, 0, m.start()) is None for m in _ABOUT_REFERENDUM.finditer(sentence)
    ):
        return False
    return all(_HELD_IF.match(sentence, m.end()) is not None for m in _IF.finditer(sentence))


def _keeps(a: Analysis, question: str, names: tuple[str, ...]) -> bool:
    """A question that stands: the passage's own question put to "you", or one naming the place."""
    if not question or not printed_question(question) or question.startswith(_CAUSE_TEMPLATE):
        return False
    if BACKS_CAUSE.match(question) and _NAMES_CAUSE.search(question.replace("independent", "independence")):
        return False  # a stance on the cause ("Do you support an independent Norland?"): the ballot's words
    if _ASKS_YOU.search(question) and question[:-1] in a.text:
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", question) for n in names)


# The vote's sides as the labels write them, from the words a share's clause gives them: a stance on the
# cause ("support independence", "in favour of an independent Norland") is Yes, opposing it or backing the
# union No, a capitalised or quoted Yes/No itself.
_SIDE_WORD: Final = re.compile(
    r"(?-i:\b(?P<y1>YES|Yes)\b)|[\"“'‘](?P<y2>yes)[\"”'’]|\bvot(?:e|es|ed|ing)\s+(?P<y3>yes)\b|"
    r"(?-i:\b(?P<n1>NO|No)\b)|[\"“'‘](?P<n2>no)[\"”'’]|\bvot(?:e|es|ed|ing)\s+(?P<n3>no)\b|"
    rf"(?P<y4>(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|back(?:s|ed|ing)?|in\s+favou?r\s+of|for)\s+"
    rf"(?:(?:an?\s+)?(?:independent|sovereign)\b|(?:[\w'’-]+\s+)?{_CAUSE}\b))|"
    rf"(?P<n4>\b(?:oppos(?:e|es|ed|ing)|against)\s+(?:(?:an?\s+)?(?:independent|sovereign)\b|(?:[\w'’-]+\s+)?"
    rf"{_CAUSE}\b)|\b(?:back(?:s|ed|ing)?|for|in\s+favou?r\s+of)\s+the\s+union\b)",
    re.IGNORECASE,
)
_STANCE_YES: Final = re.compile(r"^(?:would\s+)?(?:support|favou?r|back|in\s+favou?r|for\b)", re.IGNORECASE)
_STANCE_NO: Final = re.compile(r"^(?:would\s+)?(?:oppos|against\b)", re.IGNORECASE)
_CLAUSE_MARK: Final = re.compile(r"[,;:(–—]|\s-\s")
_AFTER_MARK: Final = re.compile(r"[,;:()–—]|\s-\s")  # a bracketed figure's clause ends at its bracket
_JOIN: Final = re.compile(r"\b(?:and|while|whereas|but|with|against|compared|versus|v)\b", re.IGNORECASE)


def _side(m: re.Match[str]) -> str:
    return "Yes" if any(m.group(g) for g in ("y1", "y2", "y3", "y4")) else "No"


def _side_answer(a: Analysis, num: Num, answer: str, bounds: tuple[int, int]) -> str | None:
    """The side an independence vote's share gives, where its answer names none: the side its own clause
    names before it ("NO 45%", "YES was on 36%"), else after it ("44% back a No vote", "47% backing the
    union"), else its answer's stance ("support" -> Yes), else the one side its sentence names. ``bounds``
    are the ends of the figures either side of it."""
    if answer.lower() in ("yes", "no") or (answer and is_unsure(answer)):
        return None
    lo, hi, _ = sentence_bounds(a, num)
    left = max(lo, bounds[0])
    marks = [m.end() for m in _CLAUSE_MARK.finditer(a.text, left, num.start)]
    start = marks[-1] if marks else left
    if not marks and left == bounds[0]:
        # after another figure: its own side words come first ("22% would vote No and 20% would abstain")
        joins = list(_JOIN.finditer(a.text, start, num.start))
        start = joins[-1].end() if joins else start
    before = list(_SIDE_WORD.finditer(a.text, start, num.start))
    if before:
        return _side(before[-1])
    right = min(hi, bounds[1])
    mark = _AFTER_MARK.search(a.text, num.end, right)
    right = mark.start() if mark is not None else right
    join = _JOIN.search(a.text, num.end, right)  # "7% are leaning and come down for Yes": another finding
    after = _SIDE_WORD.search(a.text, num.end, join.start() if join is not None else right)
    if after is not None:
        return _side(after)
    if answer and _STANCE_YES.match(answer) and " not " not in f" {answer.lower()} ":
        return "Yes"
    if answer and _STANCE_NO.match(answer):
        return "No"
    if answer or re.search(r"don['’]t\s+know|undecided|unsure", a.text[lo:hi], re.IGNORECASE):
        return None  # a clause answer kept; or a sentence of the no-view share too, whose figure is not told
    sides = {_side(m) for m in _SIDE_WORD.finditer(a.text, lo, hi)}
    return sides.pop() if len(sides) == 1 else None


def _people(population: str, place: str, names: tuple[str, ...]) -> str | None:
    """The voters of ``place`` where an independence vote's share was left the place's bare name
    ("Scotland", "Welsh") or the whole country's people ("British public", "Britons"); the place's people
    or adults where it was left the sample's bare noun ("people" -> "people in Scotland", "adults" ->
    "Scottish adults", as the labels write them); else None."""
    voters = voters_of(place)
    if not voters or not population or population == voters:
        return None
    if population in names and not population.endswith("s"):
        return voters  # the place or its adjective, not its people ("Quebecers" stands)
    if is_place_people(population) and not any(n.lower() in population.lower() for n in names):
        return voters
    if population in ("people", "adults"):  # the sample's bare noun: the region's ("people in Norland")
        adjective = voters.removesuffix(" voters")
        return (
            f"{adjective} adults"
            if population == "adults" and adjective != voters
            else f"{population} in {place}"
        )
    return None


def apply(a: Analysis, figs: list[Labelled], sides: bool, people: bool) -> None:
    """Give each figure telling a side of a place's independence vote that referendum's question, and (with
    ``sides``) its answer the vote's side where the rankers' answer names none, (with ``people``) its
    population the place's voters where it was left the place's name or the whole country's people."""
    if not any(key in a.text for key in _KEYS):
        return
    place = passage_place(a)
    if place is None:
        return
    asked = f"Should {place} be an independent country?"
    names = (place, *names_of(voters_of(place)))
    starts = sorted(a.numbers[f.num_index].start for f in figs)
    ends = sorted(a.numbers[f.num_index].end for f in figs)
    for f in figs:
        num = a.numbers[f.num_index]
        if not _keeps(a, f.question, names) and _tells_side(a, num):
            f.question = asked
        if f.question == asked and sides:
            k = bisect.bisect_left(ends, num.start)
            j = bisect.bisect_right(starts, num.start)
            bounds = (ends[k - 1] if k > 0 else 0, starts[j] if j < len(starts) else len(a.text))
            side = _side_answer(a, num, f.answer, bounds)
            if side is not None:
                f.answer = side
        if f.question == asked and people:
            voters = _people(f.population, place, names)
            if voters is not None:
                f.population = voters
