"""Subgroups whose shares a release writes beside their names, with one verb phrase for all of them.

US releases list subgroups with their shares in brackets and let one verb phrase after the list say what
those shares are: "Women (58 - 36 percent) and renters (63 - 30 percent) say the council should act,
while owners (51 - 44 percent) say it should wait", "Majorities of X (74%), Y (60%) and Z (55%) think
...". Or the verb comes between the subgroup and its pair: "X approve 81 - 12 percent". The ranker reads
each share on its own and gives it the word nearest it, which is a subgroup's name (its own or its
neighbour's) or another clause's words, so a whole list goes wrong at once.

Here the shape is read as written. The shares of one subgroup's bracket are the two sides of what the
verb phrase says: the first share is the side the phrase names, the second its other side. The phrase
names a side in one of two ways:

- it opens with an opinion verb that has an opposite ("support", "approve", "are satisfied"): that verb
  and its opposite (``label_cues.OPPOSITE``);
- it says again what a figure outside the list answered ("say they would like X" where the passage's
  overall figure is "would like X"): that figure's answer, and for a pair the answer of the figure set
  against it in its own sentence (the other side of the overall split).

A list of subgroups or places with one share each can instead take its option from before it: "The
Grits do best in Nova Scotia (33%) and Manitoba (26%)", "<option> leads among men (45%), 18-34 year
olds (27%) ...". Where the clause before the list names exactly one option the passage's other sentences
answer (or a party's nickname, or a person's surname), every item takes it; a list of the options
themselves ("Labour (29%) ahead of Reform UK (26%)") and a head naming two options are left alone.

:func:`apply` runs last, after grouping (as ``split_pairs`` does), so no feature moves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.label_cues import SUBGROUP_WORDS, opposite
from bot.reading.extract.party_nicknames import NICKNAMES
from bot.reading.extract.split_pairs import joined_pairs
from bot.reading.extract.vocab import POP_HEADS

_PEOPLE = (
    POP_HEADS
    | SUBGROUP_WORDS
    | frozenset({"indies", "gop", "dems", "liberals", "conservatives", "moderates"})
)
_SIGN = r"[ \t]*(?:%|percent\b|per[ \t]?cent\b)?"
# A subgroup's name right before its bracket: up to five words, the bracket open.
_WHO_BEFORE = re.compile(r"(?P<who>(?:[A-Za-z0-9][\w'’-]*[ \t]+){0,4}[A-Za-z0-9][\w'’+-]*)[ \t]*\([ \t]*$")
_CLOSE_AFTER = re.compile(_SIGN + r"[ \t]*\)")
# More list items after a bracket: ", and women (52 - 40 percent)", " and even Democrats (52%)".
_ITEM = re.compile(
    r"[ \t]*(?:,|;)?[ \t]*(?:(?:and|or|even|but|as[ \t]+do|as[ \t]+well[ \t]+as)[ \t]+){0,2}"
    r"(?:[A-Za-z0-9][\w'’+-]*[ \t]+){0,4}[A-Za-z0-9][\w'’+-]*[ \t]*\([ \t]*\d[^()\n]{0,30}\)"
)
# The verb phrase the list shares, up to the clause's end.
_CLAUSE = re.compile(
    r"[ \t]*,?[ \t]*(?:all[ \t]+|both[ \t]+|each[ \t]+|also[ \t]+)?"
    r"(?:(?:say|said|says|think|thinks|thought|believe|believed|feel|felt)[ \t]+(?:that[ \t]+)?(?:they[ \t]+)?)?"
    r"(?P<clause>[a-z][^,;.:!?()\n]{2,120})"
)
# A subgroup, an opinion verb, then its pair: "Democrats approve 85 - 9 percent", "independents oppose
# the levy now 52% to 31%", "Americans approve (52 - 39 percent) of ...".
_VERB_BEFORE = re.compile(
    r"\b(?P<who>[A-Za-z][\w'’-]*)(?:[ \t]*,[ \t]*who)?[ \t]+(?P<verb>approve|disapprove|support|oppose|favou?r|agree|disagree)"
    r"(?:[ \t]+(?!of\b|by\b)[a-z][\w'’-]*){0,2}[ \t]*\(?[ \t]*$"
)
_SAY_AFTER = re.compile(
    r"\b(?:say|said|think|thought|believe|believed|feel|felt)[ \t]+(?:that[ \t]+)?(?:they[ \t]+)?"
    r"(?P<clause>[a-z].{2,})"
)
_BE = re.compile(r"^(?:are|is|were|was|remain|remained)[ \t]+", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|n[o']t|never|no)\b|n['’]t\b", re.IGNORECASE)
# Words of a clause, not of a list item's name ("Men (34%) are more likely than women (19%) to ...").
_CLAUSE_WORDS = frozenset({"are", "is", "was", "were", "than", "more", "less", "likely", "compared"})
# Capitalised first words of a two-word answer that are no given name ("Across Canada", "All Parties").
_NOT_GIVEN = frozenset(
    {"across", "among", "all", "most", "both", "at", "with", "by", "from", "no", "not", "other"}
)
_SHORT = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "in",
        "on",
        "for",
        "and",
        "or",
        "that",
        "they",
        "would",
        "should",
        "be",
        "is",
        "are",
        "it",
        "see",
        "with",
        "their",
        "this",
        "more",
        "less",
        "say",
        "said",
        "think",
        "like",
        "want",
    ]
)


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each share of a subgroup list the side its shared verb phrase names."""
    if not a.sentences:
        return
    paired: set[int] = set()
    for f, g in joined_pairs(a, figs):
        found = _sides(a, a.numbers[f.num_index], a.numbers[g.num_index], figs)
        if found is None:
            continue
        paired.update((f.num_index, g.num_index))
        first, second = tidy(found[0]), tidy(found[1])
        if usable("answer", first) and usable("answer", second):
            f.answer, g.answer = first, second
    paired |= _head_options(a, figs, paired)
    for f in figs:
        if f.num_index in paired:
            continue
        n = a.numbers[f.num_index]
        clause = _list_clause(a, n, n)
        if clause is None:
            continue
        side = _named_side(clause, f, figs, a, pair=False)
        if side is not None and usable("answer", tidy(side[0])):
            f.answer = tidy(side[0])


def _head_options(a: Analysis, figs: list[Labelled], done: set[int]) -> set[int]:
    """Lists whose option is named once before them: "<option> leads among men (45%), women (36%) and
    voters over 65 (49%)", "The Grits do best in Nova Scotia (33%) and Manitoba (26%)". Every item of
    such a list takes the one option its head names (a figure's answer elsewhere in the passage, or a
    party's nickname), unless the item's own words name an option. Returns the figures so answered."""
    by_num = {f.num_index: f for f in figs}
    options = {f.answer.lower(): f.answer for f in figs if f.answer}
    answered: set[int] = set()
    for f in figs:
        if f.num_index in done or f.num_index in answered:
            continue
        items = _bracket_list(a, a.numbers[f.num_index])
        if items is None or len(items) < 2 or any(k not in by_num or k in done for k, _ in items):
            continue
        if not all(
            _who_like(words) and not _CLAUSE_WORDS & set(words.lower().split()) for _, words in items[1:]
        ):
            continue  # "needs no repairs (6%) or minor repairs (38%)": the items are options
        # Options are what figures of other sentences answer: this sentence's own answers are the ranker's
        # reading of this very list.
        outside = {h.answer.lower() for h in figs if h.sentence != f.sentence and h.answer}
        known = {k: v for k, v in options.items() if k in outside}
        head = _head(a, a.numbers[f.num_index])
        low = head.lower().rstrip()
        own = f.answer.lower()
        if any(_names(words, known, surnames=True) for _, words in items[1:]) or (
            own in known and _names(low.split()[-1] if low.split() else "", {own: f.answer}, surnames=True)
        ):
            continue  # a list of the options themselves ("Labor (36%), the Greens (12%)")
        named = _names(head, known, surnames=True) | {
            w for w in re.findall(r"[A-Za-z']+", head) if w.lower() in NICKNAMES
        }
        keys = {NICKNAMES[w.lower()][0].lower() if w.lower() in NICKNAMES else w.lower() for w in named}
        if len(keys) != 1:
            continue
        option = next(iter(named))
        option = known.get(option.lower(), option)
        for k, _ in items:
            by_num[k].answer = option
            answered.add(k)
    return answered


def _who_like(words: str) -> bool:
    """An item's words name people or a place: a word naming people, a capitalised name, or an age."""
    return any(w[:1].isupper() or any(c.isdigit() for c in w) or _people(w) for w in words.split())


def _names(text: str, known: dict[str, str], *, surnames: bool = False) -> set[str]:
    """The known options ``text`` writes (word-bounded, any case), people's by surname alone too where
    ``surnames``."""
    low = text.lower()
    found = set()
    for k, v in known.items():
        words = v.split()
        # A person's option is named by the surname alone too ("Scheer" for "Andrew Scheer").
        person = (
            surnames
            and len(words) == 2
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[0].lower() not in _SHORT | _NOT_GIVEN
        )
        keys = [k, words[-1].lower()] if person else [k]
        if any(re.search(r"(?<![\w])" + re.escape(key) + r"(?![\w])", low) for key in keys):
            found.add(v)
    return found


def _bracket_list(a: Analysis, n: Num) -> list[tuple[int, str]] | None:
    """The items of the bracketed list that opens with number ``n`` ("Alberta (55%) and Ontario (23%)"):
    each item's number and its words, or None when ``n`` does not open such a list."""
    sent = a.sentences[n.sentence]
    lo = max(sent.start, n.start - 80)
    k = n.start
    while k > lo and a.text[k - 1] in " \t":
        k -= 1
    if (
        k == lo or a.text[k - 1] != "("
    ):  # no bracket opens right before it: no list item (checked first, cheaply)
        return None
    who = _WHO_BEFORE.search(a.text[lo : n.start])
    close = _CLOSE_AFTER.match(a.text, n.end, sent.end)
    if who is None or close is None:
        return None
    prev = a.text[max(sent.start, n.start - 120) : n.start - len(who.group(0))]
    if re.search(r"\)[ \t]*(?:,|and|or)?[ \t]*$", prev):
        return None  # not the list's first item
    items = [(n.index, who.group("who"))]
    pos = close.end()
    k = n.index
    while True:
        item = _ITEM.match(a.text, pos, sent.end)
        if item is None or _CLAUSE_WORDS & set(a.text[pos : item.end()].lower().split()):
            break
        opened = a.text.index("(", pos, item.end())
        if re.search(r"\d[^()]*?(?:-|–|to)[ \t]*\d", a.text[opened : item.end()]):
            return None  # a pair inside an item is another shape
        # The item's share is the first number inside its bracket (its words may hold numbers: "18-34").
        while k + 1 < len(a.numbers) and a.numbers[k + 1].start < opened:
            k += 1
        if k + 1 >= len(a.numbers) or a.numbers[k + 1].start >= item.end():
            break
        k += 1
        words = a.text[pos:opened]
        items.append((k, re.sub(r"^[\s,;]*(?:(?:and|or|even|but)\s+)*", "", words).strip()))
        pos = item.end()
    return items


def _head(a: Analysis, n: Num) -> str:
    """The words of ``n``'s clause up to its bracket: the list's first item and, before it, where the list's
    option is named."""
    sent = a.sentences[n.sentence]
    text = a.text[sent.start : n.start].rstrip().rstrip("(")
    cut = max(text.rfind(";"), text.rfind(", while"), text.rfind(", but"), text.rfind(", whereas"))
    return text[cut + 1 :] if cut >= 0 else text


def _sides(a: Analysis, n: Num, m: Num, figs: list[Labelled]) -> tuple[str, str] | None:
    sent = a.sentences[n.sentence]
    before = a.text[max(sent.start, n.start - 120) : n.start]
    verb = _VERB_BEFORE.search(before)
    if verb is not None and _people(verb.group("who")):
        word = verb.group("verb").lower()
        other = opposite(word)
        return (word, other) if other else None
    clause = _list_clause(a, n, m)
    if clause is None:
        return None
    f = next((h for h in figs if h.num_index == n.index), None)
    if f is None:
        return None
    got = _named_side(clause, f, figs, a, pair=True)
    return (got[0], got[1]) if got is not None and got[1] else None


def _people(who: str) -> bool:
    words = [w.lower().strip("'’") for w in who.split()]
    return any(w in _PEOPLE for w in words)


def _opens_bracket(before: str) -> bool:
    """Whether ``before`` ends on an open bracket (spaces or tabs after it): :data:`_WHO_BEFORE` cannot
    match otherwise (its ``$`` also matches before a final line break)."""
    if before.rstrip(" \t").endswith("("):
        return True
    return before.endswith("\n") and before[:-1].rstrip(" \t").endswith("(")


def _list_clause(a: Analysis, n: Num, m: Num) -> str | None:
    """The verb phrase a bracketed subgroup list shares, where ``n`` (to ``m``) is the bracket's content."""
    sent = a.sentences[n.sentence]
    before = a.text[max(sent.start, n.start - 80) : n.start]
    if not _opens_bracket(before):
        return None  # most figures: no bracket before them, so no list (and no search)
    who = _WHO_BEFORE.search(before)
    if who is None or not _people(who.group("who")) or _CLAUSE_WORDS & set(who.group("who").lower().split()):
        return None
    close = _CLOSE_AFTER.match(a.text, m.end, sent.end)
    if close is None:
        return None
    pos = close.end()
    while True:
        item = _ITEM.match(a.text, pos, sent.end)
        if item is None or _CLAUSE_WORDS & set(a.text[pos : item.end()].lower().split()):
            break
        pos = item.end()
    clause = _CLAUSE.match(a.text, pos, sent.end)
    if clause is None:
        return None
    text = clause.group("clause").strip()
    if re.match(r"(?:while|whereas|but|and|or|with|compared|although|though|as|than|versus|to)\b", text):
        return None  # another clause follows the list, not a verb phrase the list shares
    # "who have heard of it say ...": a relative clause narrows the people; what they say comes after it.
    if re.match(r"(?:who|that|which)\b", text):
        said = _SAY_AFTER.search(text)
        return said.group("clause").strip() if said is not None else None
    return text


def _named_side(
    clause: str, f: Labelled, figs: list[Labelled], a: Analysis, *, pair: bool
) -> tuple[str, str] | None:
    """The side ``clause`` names, and its other side ("" where unknown)."""
    bare = _BE.sub("", clause)
    first = bare.split()[0].lower() if bare.split() else ""
    other = opposite(first)
    verb = (first, other) if other is not None and not _NEGATION.search(bare) else None
    words = _content(clause)
    if not words:
        return verb
    best: tuple[float, int, Labelled] | None = None
    for h in figs:
        if h.sentence == f.sentence or not h.answer:
            continue
        own = _content(h.answer)
        if not own:
            continue
        shared = len(own & words) / len(own)
        if shared < 0.6:
            continue
        key = (shared, -abs(h.sentence - f.sentence))
        if best is None or key > best[:2]:
            best = (key[0], key[1], h)
    if best is None:
        return verb or _yes_no(clause, words, f, figs, a)
    match = best[2]
    if not pair:
        return match.answer, ""
    others = {
        h.answer for h in figs if h.sentence == match.sentence and h.answer and h.answer != match.answer
    }
    others = {o for o in others if not _people(o)}
    if len(others) != 1:
        return verb
    return match.answer, next(iter(others))


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]+", text.lower()) if w not in _SHORT and len(w) > 2}


def _yes_no(
    clause: str, words: set[str], f: Labelled, figs: list[Labelled], a: Analysis
) -> tuple[str, str] | None:
    """A phrase that says again what a yes-or-no figure's sentence asked ("55 percent say the city should
    build it" read "yes"): "yes" for the phrase, "no" for a denied one, and the other for the second share."""
    for h in figs:
        if h.sentence == f.sentence or h.answer.lower() not in ("yes", "no"):
            continue
        if len(_content(a.sentence_text(h.sentence)) & words) / len(words) >= 0.6:
            return ("no", "yes") if _NEGATION.search(clause) else ("yes", "no")
    return None
