"""A breakdown's figures repeat their sentence's answer for another place or group.

A release often gives one answer's share and then the same share elsewhere, in the same sentence:
"52% trust the council, compared with 47 percent in Leeds", "as good by 40%, and 38% in Wales", "the
plan was most popular in Kent (61%), followed by Surrey (58%), Essex (55%) and Sussex (49%)". The later
figures' own words name where they stand ("in Leeds", "followed by Surrey") and no option, so the rankers
give them the place as an answer (refused as naming who answered: answer_who) or nothing. Each takes the
answer of the nearest earlier figure of its sentence that names an option.

Two shapes are read, each only where the figure's answer is empty, names who answered, or is a place its
sentence writes after "in" or "among" (where no earlier figure names an option, such an answer is dropped):

- the value, then the place: a comparing or joining word before the figure ("compared with", "versus",
  "and", a comma) and "in", "among", "across" or "of" right after it, before a capitalised place or a
  group of people ("in Estonia", "among the over-65s" is not read: lower case and no people word);
- the place, then the value: a list after "followed by" in the figure's sentence, each item a capitalised
  place with its share in brackets or after "at" ("followed by the Highlands (64 percent), the
  Borders (61 percent)", "followed by the Capital at 58%"). Where the list's head is told as a place ("highest in Kent
  (61%), followed by"), an item's capitalised answer ("Surrey", or its neighbour's name) is a place, not an
  option; a list
  headed otherwise ("Labour leads on 38%, followed by the Conservatives on 30%") keeps its items' names.

Runs after grouping, on the final answers (as change_clauses does), so no link feature moves.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_steps import no_option
from bot.reading.extract.answer_who import PEOPLE_HEADS
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import is_option

COMPARED_ANSWERS = True

_REACH = 90  # characters between the figure before and this one
_UNIT = r"(?:[ \t]*(?:%|per[ \t]?cent\b|percent\b))?"
# Between the figure before and this one: a comparing or joining word closes the gap.
_COMPARING_GAP = re.compile(
    _UNIT
    + r"[^.;:!?]{0,60}?(?:\bcompared[ \t]+(?:with|to)|\bversus|\bor|\bvs\.?|\bas[ \t]+against|\bagainst|"
    r"\bwhile|\bwhereas|\band|,)[ \t]+(?:(?:also|only|just|about|some|around|nearly|almost)[ \t]+)?$",
    re.IGNORECASE,
)
# Right after this figure: where it stands.
_PLACE_AFTER = re.compile(
    _UNIT + r"[ \t]+(?:of[ \t]+(?:those[ \t]+)?|in[ \t]+|among[ \t]+|across[ \t]+|within[ \t]+)(?:the[ \t]+)?"
    r"(?P<where>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3})"
)
# A list item told place first: "followed by the Highlands (", ", the Borders (", " and Fife at ".
_PLACE_ITEM = re.compile(
    r"(?:\bfollowed[ \t]+by|,|\band)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z(][\w'’)-]*){0,3}"
    r"[ \t]*(?:\([ \t]*|[ \t]+(?:at|on|with)[ \t]+)$"
)
_FOLLOWED_BY = re.compile(r"\bfollowed[ \t]+by\b", re.IGNORECASE)
# The head of a "followed by" list told as a place: "highest in the Northern Cape (71 percent), followed by",
# "68% were satisfied in Bicol, followed by": its items are places too, whatever they are called.
_PLACE_HEAD = re.compile(
    r"\b(?:in|among|across)[ \t]+(?:the[ \t]+)?[A-Z][^.;:!?()]{0,40}?(?:\([^()]{0,20}\))?[ \t]*,?[ \t]*"
    r"followed[ \t]+by\b"
)
# Words that open a share's count of people, never an option ("More than six in ten", "Almost half").
_COUNT_OPENERS = frozenset(
    {"more", "most", "less", "fewer", "many", "some", "almost", "nearly", "about", "over"}
)


def _names_where(words: str) -> bool:
    """A capitalised place or group ("Estonia", "Metro Manila"), or a people phrase ("likely voters")."""
    first = words.split()[0] if words.split() else ""
    if first[:1].isupper():
        return True
    return any(w.lower().strip(".,;:") in PEOPLE_HEADS for w in words.split()[:4])


def _placed(a: Analysis, f: Labelled) -> bool:
    """Whether the answer is a place its sentence writes after "in", "among" or "across" (a bare "Estonia"
    where the sentence says "in Estonia")."""
    if not f.answer[:1].isupper():
        return False
    sent = a.sentences[f.sentence]
    where = re.compile(rf"\b(?:in|among|across|within)[ \t]+(?:the[ \t]+)?{re.escape(f.answer)}\b")
    return where.search(a.text, sent.start, sent.end) is not None


def _place_list(a: Analysis, f: Labelled, before: int) -> bool:
    """Whether the figure is an item of a "followed by" list whose head is told as a place."""
    sent = a.sentences[f.sentence]
    return _PLACE_HEAD.search(a.text, sent.start, before) is not None


def _names_no_option(a: Analysis, f: Labelled) -> bool:
    words = f.answer.split()
    return (
        not words or no_option(f.answer, f.population) or words[0].lower() in _COUNT_OPENERS or _placed(a, f)
    )


def _base(a: Analysis, figs: list[Labelled], k: int, breakdown: set[int]) -> Labelled | None:
    """The nearest earlier figure of the same sentence whose answer names an option, reached over figures
    of the same breakdown only: "as good by 44%, compared with 43% in Leeds, and as bad by 48%, and 45% in
    Leeds" gives 45 no answer where 48 has none, not 44's."""
    f = figs[k]
    for j in range(k - 1, -1, -1):
        g = figs[j]
        if g.sentence != f.sentence:
            return None
        if not _names_no_option(a, g):
            return g
        if j not in breakdown:
            return None
    return None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Each breakdown figure (see the module) takes its base figure's answer."""
    order = sorted(range(len(figs)), key=lambda i: a.numbers[figs[i].num_index].start)
    ordered = [figs[i] for i in order]
    text = a.text
    breakdown: set[int] = set()
    for k in range(1, len(ordered)):
        f, prev = ordered[k], ordered[k - 1]
        if prev.sentence != f.sentence:
            continue
        n, p = a.numbers[f.num_index], a.numbers[prev.num_index]
        if n.start - p.end > _REACH:
            continue
        gap = text[p.end : n.start]
        item = _PLACE_ITEM.search(gap)
        if not _names_no_option(a, f) and not (
            item is not None
            and f.answer[:1].isupper()
            and not is_option(f.answer)
            and _place_list(a, f, n.start)
        ):
            continue  # an option of its own stands ("followed by the Greens on 12%": a party list's row)
        after = _PLACE_AFTER.match(text, n.end)
        value_then_place = (
            _COMPARING_GAP.search(gap) is not None
            and after is not None
            and _names_where(after.group("where"))
        )
        place_then_value = False
        if not value_then_place and item is not None:
            sent = a.sentences[f.sentence]
            place_then_value = _FOLLOWED_BY.search(text, sent.start, n.start) is not None
        if not (value_then_place or place_then_value):
            continue
        breakdown.add(k)
        base = _base(a, ordered, k, breakdown)
        if base is not None:
            f.answer = base.answer
        elif f.answer:
            f.answer = ""  # a place or a count of people is no option: nothing, for a moderator to write
