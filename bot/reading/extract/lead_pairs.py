"""A lead written with both sides' shares after "by": "Goode leads Republican Carl Brenner by a margin of
51% to 43%", "Starmer leads Sunak on who would make the best prime minister by 39% to 33%", "Acton
trails Ramaswamy by 42 percent to 47 percent".

The first share is the subject's and the second the rival's, whatever the verb (the answer follows the
sentence, not the position). A participle after a comma ("..., leading Hawley by 50% to 47%") leads for
the clause's first name. The rival may carry a party, an office or a trade before the name
("Republican businessman Carl Brenner"), and what the lead is on may stand between the rival and "by".

:func:`apply` settles them after the ranker has chosen (the ranker's pair proposals reach only a short
way back, and miss a rival written after a description). It reads the sentence before the pair only.

The rival may also come after the pair: "Ruiz holds a 53 - 36 percent lead over Republican Tom Vale", "a
47 - 39 percent Ruiz lead over Vale", "puts Ruiz at a 52-41 advantage over Sen. Tom Vale"; the holder is the
name between the pair and "lead", else the last name before a verb of holding in the clause, else, for a
list's item ("• 46 - 40 percent over Mayor Tom Vale;"), the first name of the line leading the list in
("Ruiz tops the other contenders:"). "Ruiz (was) favoured over Vale by 41% to 38%" reads as a lead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_context import bare_name
from bot.reading.extract.group_lists import subject_name
from bot.reading.extract.groups import Labelled
from bot.reading.extract.labels import population_in
from bot.reading.extract.pronoun_subjects import pronoun_subject, prose_sentence_start
from bot.reading.extract.split_pairs import adjacent_pairs, name_in
from bot.reading.extract.vocab import SHARE_SIGN

_REACH = 200  # characters before the pair read for the two sides
_SHARE = SHARE_SIGN
_PAIR_LINK = re.compile(rf"^{_SHARE}[ \t]*(?:to|-|–)[ \t]*$", re.IGNORECASE)
_LEAD = re.compile(
    r"[ \t\n]+(?:leads?|led|leading|trailing|is[ \t]+leading|was[ \t]+leading|beats?|beat|tops?|topped|edges?|edged|trails?|"
    r"trailed|is[ \t]+trailing|outpolls?|outpolled|(?:is|was|runs?|ran)[ \t]+ahead[ \t]+of|"
    r"(?:is|was|runs?|ran)[ \t]+behind)[ \t]+(?P<rival>(?:[^,;:.!?\d%]|\.(?=[ \t]+[A-Z]))(?:[^,;:.!?\d%]|\.(?=[ \t]+[A-Z])){0,59}?)"
    r"(?:[ \t]+(?:on|in|among|for|as|when|over)\b[^;:!?\d%]{0,110}?)?"
    r"(?:[ \t\n]+by[ \t\n]+(?:(?:a|the)[ \t]+(?:margin|score|split)[ \t]+of[ \t]+)?|[ \t]*,[ \t\n]*)$"
)
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}")
# The rival after the pair: "57 - 38 percent over Republican Ana Ruiz", "a 52-41 percent advantage over Sen. Tom
# Vale", "a 47 – 39 percent Lee lead over Ruiz" (the subject may stand between the pair and "lead").
_OVER = re.compile(
    r"[ \t]*(?:percent|per[ \t]?cent|%)?[ \t]*(?P<mid>(?:[\w'’.-]+[ \t]+){0,3}?)"
    r"(?:(?:lead|edge|advantage)[ \t]+)?over[ \t]+(?P<rival>[^,;:!?()\n]{2,80})",
    re.IGNORECASE,
)
# A name that leads the clause before the pair: "Ana Ruiz holds a", "the Coalition maintaining a", "posts Lee
# to a"; the last one before the pair wins.
_HOLDER = re.compile(
    rf"(?P<name>{_NAME_RUN.pattern})[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:holds?|held|has|had|leads?|led|leading|keeps?|kept|enjoys?|maintains?|maintaining|opens?|opened|"
    r"builds?|built|takes?|took|posts?|posted|posting|holding|with|to|at)\b"
)
# "Ruiz with 47 percent to 41 percent for Sen. Tom Vale": the name before the pair holds the first share
# and the name after "for" the second (without a name before, "break 27% to 22% for Vale" gives Vale the first).
_FOR_AFTER = re.compile(
    r"[ \t]*(?:percent|per[ \t]?cent|%)?[ \t]+for[ \t]+(?P<rival>[^,;:!?()\n]{2,80})", re.I
)
_NAMED_BEFORE = re.compile(rf"(?P<name>{_NAME_RUN.pattern})[ \t]+(?:with|at|gets|got|has|had|on)[ \t]+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|across|among|of|from|at|on)[ \t]+$", re.IGNORECASE)
# A lead told before its pair in brackets: "Lee keeps a slim advantage over Republican Tom Vale (52% to 47%)",
# "Ruiz is ahead of Vale by three points (51% to 46%)": the rival after the last "over"/"ahead of".
_OVER_BEFORE = re.compile(
    r"\b(?:over|ahead[ \t]+of)[ \t]+(?P<rival>[^,;:!?()]{2,80}?)[ \t]*(?:by[^(]{0,30})?\([ \t]*$"
)


def _rival(text: str) -> str | None:
    """The name in ``text`` (the words between the verb and "by"): its first capitalised run past a party,
    office or trade ("Republican businessman Carl Brenner" -> "Carl Brenner")."""
    runs = [m.group(0) for m in _NAME_RUN.finditer(text)]
    if not runs:
        return None
    name = bare_name(runs[0])
    if len(runs) > 1 and name.lower() in ("republican", "democrat", "democratic", "labour", "liberal"):
        name = bare_name(runs[1])  # "Republican businessman Carl Brenner": the party, then the name
    return name or None


def sides(a: Analysis, first: int, second: int) -> tuple[str, str] | None:
    """The subject and the rival of a lead whose shares are the numbers ``first`` and ``second``."""
    n, m = a.numbers[first], a.numbers[second]
    if _PAIR_LINK.match(a.text[n.cand.mark_end : m.start]) is None:
        return None
    lo = max(min(a.sentences[n.sentence].start, prose_sentence_start(a.text, n.start)), n.start - _REACH)
    before = a.text[lo : n.start]
    got = _LEAD.search(before)
    if got is None:
        return None
    head = before[: got.start()]
    subject = subject_name(head)
    if subject is None and head.rstrip().endswith(","):
        # "McCaskill keeps a three-point edge, leading Hawley by 50% to 47%": a participle after a comma
        # leads for the clause's own subject, its first name.
        subject = name_in(head, first=True)
    if subject is None:
        # "He led his opponent <rival> by 46 to 44": the person named in the sentence before.
        subject = pronoun_subject(a.text, n.start)
    rival = _rival(got.group("rival"))
    if subject is None or rival is None:
        return None
    return bare_name(subject), rival


_ITEM = re.compile(r"[•·*\-–—]|\d")  # a list item's opening
_LIST_ITEMS = 12  # items read back to the list's lead-in


def _holder(a: Analysis, sentence: int, start: int) -> str | None:
    """Who holds a lead whose pair begins at ``start``: the last name before a verb of holding in the
    clause before it, or, for a list item ("• 46 - 40 percent over Ruiz"), the first name of the last
    sentence of the line that leads the list in ("Lee tops the field:")."""
    s = a.sentences[sentence]
    clause = re.split(r"[;:]", a.text[s.start : start])[-1]
    if not re.search(r"[A-Za-z]", clause):
        lines = a.text[: a.text.rfind("\n", 0, start) + 1].splitlines()
        k = len(lines) - 1  # past the list's earlier items (and blank lines) to the line that leads it in
        while (
            k >= 0
            and len(lines) - k <= _LIST_ITEMS
            and (not lines[k].strip() or _ITEM.match(lines[k].strip()))
        ):
            k -= 1
        lead_in = re.split(r"(?<=[a-z]{2})\.\s+", lines[k].strip())[-1] if k >= 0 else ""
        return name_in(lead_in, first=True) if lead_in.endswith(":") else None
    found = [_named(m.group("name"), first=False) for m in _HOLDER.finditer(clause)]
    return next((x for x in reversed(found) if x is not None), None)


def over_sides(a: Analysis, first: int, second: int) -> tuple[str, str] | None:
    """The holder and the rival of a lead written "N - M percent (lead) over B" (see ``_OVER``)."""
    n, m = a.numbers[first], a.numbers[second]
    if _PAIR_LINK.match(a.text[n.cand.mark_end : m.start]) is None:
        return None
    end = a.text.find("\n", m.cand.mark_end)  # the line's end: "over Lt. Gov. Ana Ruiz" is one name
    end = len(a.text) if end < 0 else end
    got = _OVER.match(a.text, m.cand.mark_end, end)
    if got is None:
        return _bracketed_sides(a, n.sentence, n.start) or _named_for_sides(a, n.start, m.cand.mark_end, end)
    rival = _rival_after(got.group("rival"))
    holder = name_in(got.group("mid"), first=True) if got.group("mid").strip() else None
    holder = holder or _holder(a, n.sentence, n.start)
    if rival is None or holder is None or holder == rival:
        return None
    return bare_name(holder), bare_name(rival)


def _rival_after(text: str) -> str | None:
    """The name that opens ``text`` (the words after "over"), past at most two words of office or party
    ("state Rep. Ana Ruiz", "Democratic challenger Tom Vale"); None where the words go on about something
    else ("the last month in the Keswick poll")."""
    words = text.split()
    if not any(w[:1].isupper() for w in words[:3]):
        return None
    return name_in(text, first=True)


def _named(text: str, *, first: bool) -> str | None:
    """:func:`name_in` of ``text`` without the end of an earlier sentence a run may carry ("Lee.  Ruiz")."""
    name = name_in(text, first=first)
    return re.split(r"(?<=[a-z]{3})\.\s+", name)[-1] if name else None


def _named_for_sides(a: Analysis, start: int, after: int, end: int) -> tuple[str, str] | None:
    """ "Ruiz with 47 percent to 41 percent for Tom Vale" (see ``_FOR_AFTER``)."""
    got = _FOR_AFTER.match(a.text, after, end)
    named = _NAMED_BEFORE.search(a.text, max(0, start - 80), start)
    if (
        got is None
        or named is None
        or _PLACE_BEFORE.search(a.text, max(0, named.start() - 12), named.start())
    ):
        return None  # "stronger still in Nevada at 52% to 26% for Lee": a place, not the holder
    holder = _named(named.group("name"), first=False)
    rival = _rival_after(got.group("rival"))
    if rival is None or holder is None or holder == rival or population_in(holder, prefer_last=True):
        return None
    return bare_name(holder), bare_name(rival)


def _bracketed_sides(a: Analysis, sentence: int, start: int) -> tuple[str, str] | None:
    """The holder and the rival of a lead told before a bracketed pair (see ``_OVER_BEFORE``): the rival
    after "over", the holder the first name of the clause before it, else of the sentence."""
    before = a.text[a.sentences[sentence].start : start]
    got = _OVER_BEFORE.search(before)
    if got is None:
        return None
    rival = _rival_after(got.group("rival"))
    head = before[: got.start()]
    holder = name_in(head.rsplit(",", 1)[-1], first=True) or name_in(head, first=True)
    if rival is None or holder is None or holder == rival:
        return None
    return bare_name(holder), bare_name(rival)


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give both shares of a "leads B by N% to M%" pair their sides."""
    if not a.sentences:
        return
    for f, g in adjacent_pairs(figs):
        found = sides(a, f.num_index, g.num_index)
        if found is not None:
            f.answer, g.answer = tidy(found[0]), tidy(found[1])


def apply_over(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give both shares of a "N - M percent (lead) over B" pair their sides (see :func:`over_sides`); run
    after grouping."""
    if not a.sentences:
        return
    for f, g in adjacent_pairs(figs):
        if any(w in a.sentence_text(f.sentence) for w in ("over", "ahead", "for")):
            found = over_sides(a, f.num_index, g.num_index)
            if found is not None:
                f.answer, g.answer = tidy(found[0]), tidy(found[1])
