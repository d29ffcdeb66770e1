"""Two-sided splits: two shares joined as one pair ("48-45", "47 percent to 44 percent", "45-to-43"), each
share belonging to one side that the sentence names around the pair, not to the name nearest each number.

The ranker reads each figure on its own and gives both shares the name nearest them, so a split hands one
side's name to both numbers, or the rival's name to the leader. Three shapes name the sides in the words
around the pair, and each is read here in the order the sentence gives them:

- a rating pair: the pair is a rating written as two numbers ("<candidate> has a 43 to 50 percent
  favorability rating", "Cruz (73%-13%)" under "favorable/unfavorable scores", "voters disapprove of the
  war by 55% to 40%"): the first share is the rating named (or the positive one of a written pair), the
  second its opposite;
- a lead over a rival: "<subject> has a four-point lead, 47-43, over <rival>", "<subject> with a 47 percent
  to 44 percent lead over <rival>", "<subject> hold a 51% to 38% edge over <rival>": the first share is
  the subject's, the second the rival's;
- a share set against a named rival's: "<subject> is at 56% to 21% for <rival>", "with 52 percent to
  <rival>'s 46 percent": the first share is the subject's, the second the rival's.

A split named by its leading side alone ("53-47 in favour of the Coalition", "52-48 to Labor") gives the
first share that side and the second the other side the passage names: the name its figures carry most
often (a party against a party, a person against a person), else the nearest other party written.

:func:`apply` runs last, after grouping (as ``change_clauses`` does), so no feature moves and grouping
reads the answers as the ranker chose them. A pair inside a longer chain ("from 55-45 to 52-48") is read
only where its own link is a dash; a chain of "to"s is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.label_cues import PARTY_OPTIONS, TOPIC_NOUNS, opposite
from bot.reading.extract.pronoun_subjects import pronoun_subject
from bot.reading.extract.vocab import CALENDAR_NAMES, PARTY_WORDS, POLLSTER_RE, TITLES

_REACH = 160  # characters of the sentence read before a pair for its subject or its rating

# What joins the two shares of one pair, after the first number's own sign: "-", "–", " to ", "-to-", "/".
_DASH = re.compile(r"[ \t]*(?:-|–|—)[ \t]*")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
_TO = re.compile(r"[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]*(?:-to-|to)[ \t]+", re.IGNORECASE)
# A share's own sign after the second number ("48-45 percent").
_SIGN = r"(?:[ \t]*(?:%|percent\b|per[ \t]?cent\b))?"

# Rating words: the positive side of a written pair first.
_RATING_PAIR = re.compile(
    r"\b(?P<pos>favou?rable|approv(?:e|al))[ \t]*/[ \t]*(?P<neg>unfavou?rable|disapprov(?:e|al))\b",
    re.IGNORECASE,
)
_FAVORABILITY = re.compile(r"\bfavou?r-?ability\b", re.IGNORECASE)
# A rating's noun heading the pair's clause ("<name>'s favorables stand at 52-31 percent", "the highest
# unfavorables among governors, at 71-19", "her job approval stands at 52/40"): no number, sentence break or
# race word between. Its first side is the noun's own (negative for "unfavorables", "disapproval").
_NOUN_BEFORE_PAIR = re.compile(
    r"\b(?P<noun>(?:un)?favou?rables|(?:un)?favou?r-?ability|(?:dis)?approval|job[ \t]+ratings?)\b"
    r"(?P<gap>[^.;:!?\d%()]{0,60})$",
    re.IGNORECASE,
)
_RACE_WORDS = re.compile(
    r"\b(?:leads?|leading|led|over|vs\.?|versus|against|ahead|trails?|trailing|edge|race|contest|ballot|vote)\b",
    re.IGNORECASE,
)
_FROM_IN = re.compile(r"\bfrom\b", re.IGNORECASE)
# A key naming a list's two sides, on a line of its own above pairs written with a slash ("% = Approve/
# Disapprove", "Approval %/Disapproval %", "Fav / Unfav").
_LEGEND = re.compile(
    r"\b(?P<pos>favou?rable|approv(?:e|al)|fav)[ \t]*%?[ \t]*/[ \t]*(?P<neg>unfavou?rable|disapprov(?:e|al)|unfav)\b",
    re.IGNORECASE,
)
# Right after the pair, the rating's noun names its first side: "a 51 - 40 percent approval in the spring",
# "a 58 - 34 percent disapproval rating".
_NOUN_AFTER_PAIR = re.compile(
    r"^[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]+(?:job[ \t]+)?(?P<noun>(?:dis)?approval|(?:dis)?satisfaction)\b",
    re.IGNORECASE,
)
# "<people> disapprove of <what> by 55% to 40%", "women approving 48 - 42 percent", "voters approved of
# <what>, 52 percent to 42 percent": the verb names the first side (any of its forms; "by" may be left out).
_RATING_VERB_BY = re.compile(
    r"(?<!\bwho )\b(?P<verb>(?:dis)?approv(?:e|es|ed|ing)|(?:dis)?agree(?:s|d|ing)?|support(?:s|ed|ing)?|"
    r"oppos(?:e|es|ed|ing))\b[^.;:!?\d%]{0,90}?[ \t]*,?[ \t]*(?:by[ \t]+)?"
    r"(?:(?:a|the)[ \t]+(?:margin|split)[ \t]+of[ \t]+)?$",
    re.IGNORECASE,
)
# A verb form's option: "approving" -> "approve", "opposed" -> "oppose".
_VERB_OPTION: tuple[tuple[str, str], ...] = (
    ("disapprov", "disapprove"),
    ("approv", "approve"),
    ("disagree", "disagree"),
    ("agree", "agree"),
    ("support", "support"),
    ("oppos", "oppose"),
)
# A verb right after another share is that share's ("41 percent disapprove, against 52 - 40 in the spring").
_OWN_SHARE = re.compile(r"(?:%|\bpercent|\bper[ \t]?cent)\)?[ \t]*$", re.IGNORECASE)
# "support"/"opposition" as a noun: after a possessive, an article or an adjective, or before "for".
_NOUN_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|its|their|his|her|our|strong|broad|little|much|more|less|majority|of|with))[ \t]+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"^[ \t]+(?:for|among|of|from|in)\b", re.IGNORECASE)
_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)
# After the pair: "lead over <rival>", ", advantage over <rival>", "edge over <rival>".
_LEAD_OVER_AFTER = re.compile(
    rf"^{_SIGN}[ \t]*,?[ \t]*(?:(?:point|percentage[ \t]+point)[ \t]+)?(?:lead|edge|advantage|margin)?[ \t]*,?"
    r"[ \t]*over[ \t]+(?P<rival>[^,;:.!?\d%()]{1,80})",
    re.IGNORECASE,
)
# Before the pair, for the form "<subject> has a four-point lead, 47-43, over <rival>": the lead itself.
_LEAD_BEFORE = re.compile(
    r"\b(?:lead|edge|advantage|margin)[ \t]*,?[ \t]*$|\b(?:a|an)[ \t]+$|\bwith[ \t]+(?:a[ \t]+)?$",
    re.IGNORECASE,
)
# After the pair: "in favour of <side>", "to <side>" (a two-party split named by its leading side).
_IN_FAVOUR_AFTER = re.compile(
    rf"^{_SIGN}[ \t]+(?:in[ \t]+favou?r[ \t]+of|to)[ \t]+(?:the[ \t]+)?"
    r"(?P<side>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2})"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_RATED = re.compile(r"\b(?:rating|approv\w*|favou?rab\w*)\b", re.IGNORECASE)
# After the pair: "for <rival>" or, between the shares, "to <rival>'s".
_FOR_RIVAL_AFTER = re.compile(
    rf"^{_SIGN}[ \t]+for(?:[ \t]+|[ \t]*\n[ \t]*)(?P<rival>[^,;:.!?\d%()]{{1,60}})", re.IGNORECASE
)
_RIVALS_SHARE = re.compile(
    r"^[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]*to[ \t]+(?:the[ \t]+)?(?P<rival>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
    r"['’]s?[ \t]+$"
)
_AT = re.compile(
    r"\b(?:is|are|was|were|['’]s|stands?|stood|sits?|sat)[ \t]+(?:now[ \t]+)?at[ \t]+$|\bwith[ \t]+$"
)
# With the subject known from a pronoun, "at" alone sets the share ("she's even stronger in <place> at").
_AT_ONLY = re.compile(r"\bat[ \t]+$")

# Words before a person's or party's name that are not the name: a party, an office, a role.
_TITLES = PARTY_WORDS | frozenset(
    [
        "sen",
        "sen.",
        "senator",
        "rep",
        "rep.",
        "representative",
        "gov",
        "gov.",
        "governor",
        "lt",
        "lt.",
        "attorney",
        "general",
        "president",
        "vice",
        "former",
        "incumbent",
        "candidate",
        "challenger",
        "rival",
        "opponent",
        "nominee",
        "state",
        "u.s.",
        "us",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "businessman",
        "businesswoman",
        "congressman",
        "congresswoman",
        "mayor",
        "leader",
        "party's",
        "his",
        "her",
        "their",
        "the",
        "ex-gov.",
        "ex-rep.",
        "ex-amb.",
        "treas.",
        "secretary",
        "minister",
        "prime",
        "premier",
    ]
)
_NAME_TOKEN = re.compile(r"[A-Z][\w.'’&-]*")
# Capitalised words that are never a side: the openers of a sentence and pollsters' words.
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "among",
        "and",
        "but",
        "while",
        "with",
        "poll",
        "polls",
        "survey",
        "research",
        "according",
        "however",
        "nationally",
        "overall",
        "meanwhile",
        "also",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "he",
        "she",
        "they",
        "it",
    ]
).union(CALENDAR_NAMES)


def adjacent_pairs(figs: list[Labelled]) -> Iterator[tuple[Labelled, Labelled]]:
    """Each figure with the figure of the next number, where both sit in one sentence: the candidates for a
    two-number pair."""
    by_num = {f.num_index: f for f in figs}
    for f in figs:
        g = by_num.get(f.num_index + 1)
        if g is not None and g.sentence == f.sentence:
            yield f, g


def joined_pairs(a: Analysis, figs: list[Labelled]) -> Iterator[tuple[Labelled, Labelled]]:
    """The adjacent figures (see :func:`adjacent_pairs`) whose numbers form one pair (see :func:`is_pair`):
    what every step reading a two-number split ("47-44", "48% to 41%") walks over."""
    for f, g in adjacent_pairs(figs):
        if is_pair(a, f.num_index):
            yield f, g


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each share of a two-sided split the side the sentence names for it."""
    if not a.sentences:
        return
    for f, g in joined_pairs(a, figs):
        found = sides(a, a.numbers[f.num_index], a.numbers[g.num_index])
        if found is None:
            favoured = _in_favour(a, f, g, figs)
            if favoured is not None and usable("answer", tidy(favoured[0])):
                f.answer = tidy(favoured[0])  # the side written after the pair, whoever the other side is
                if favoured[1] and usable("answer", tidy(favoured[1])):
                    g.answer = tidy(favoured[1])
            continue
        first, second = tidy(found[0]), tidy(found[1])
        if usable("answer", first) and usable("answer", second):
            f.answer, g.answer = first, second
    _other_filled(a, figs)


def _in_favour(a: Analysis, f: Labelled, g: Labelled, figs: list[Labelled]) -> tuple[str, str] | None:
    """ "53-47 in favour of <side>" / "52-48 to <side>": the first share is the side's; the second is the
    other side's, which the sentence does not write, so it is the name the passage's figures carry most
    often ("" when the passage names no other side: the first share alone is then set) (the other major party or candidate)."""
    n, m = a.numbers[f.num_index], a.numbers[g.num_index]
    got = _IN_FAVOUR_AFTER.match(a.text[m.end : a.sentences[m.sentence].end])
    if got is None or _RATED.search(a.text[max(0, n.start - 40) : n.start]) is not None:
        return None  # "an approval rating of 85-12 in favor of <what>" is a rating, not two sides
    side = name_in(got.group("side"), first=True)
    if side is None:
        return None
    other = rival_carried(a, f, g, figs, side)
    if other is None:
        written = _party_written(a.text, n.start, side) if _is_party(side) else None
        return side, written or ""
    return side, other


def rival_carried(a: Analysis, f: Labelled, g: Labelled, figs: list[Labelled], side: str) -> str | None:
    """The other side of ``side``'s split ``f``-``g``: the name the passage's other figures carry most often
    (party against party, person against person; the nearest breaks ties), None where none does."""
    n = a.numbers[f.num_index]
    count: dict[str, int] = {}
    near: dict[str, int] = {}
    for h in figs:
        name = h.answer.strip()
        if h is f or h is g or not _other_side(name, side):
            continue
        if _is_party(name) != _is_party(side):
            continue  # a party's split sets party against party, a person's person against person
        count[name] = count.get(name, 0) + 1
        gap = abs(a.numbers[h.num_index].start - n.start)
        near[name] = min(near.get(name, gap), gap)
    if not count:
        return None
    return min(count, key=lambda name: (-count[name], near[name]))


def _other_filled(a: Analysis, figs: list[Labelled]) -> None:
    """ "<subject> leads 50 percent to 41 percent", the rival named in another sentence: a pair whose first
    share has a side's name and whose second share was read as "other" (or nothing) takes the other side
    the passage's figures carry (see ``rival_carried``), where the sentence itself writes no "other"."""
    for f, g in joined_pairs(a, figs):
        if g.answer.strip().lower() not in ("other", ""):
            continue
        side = f.answer.strip()
        if not _other_side(side, "\0") or side.lower() in ("other", "others"):
            continue
        sent = a.sentences[a.numbers[g.num_index].sentence]
        if re.search(r"\bother\b|\belse\b", a.text[sent.start : sent.end], re.IGNORECASE):
            continue  # the sentence names an "other" option itself
        rival = rival_carried(a, f, g, figs, side)
        if rival is not None:
            g.answer = rival


def _party_written(text: str, pos: int, side: str) -> str | None:
    """The party other than ``side`` that the passage writes nearest ``pos`` (with its capital), where no
    figure carries one: "the Coalition ... 51-49 in favour of Labor"."""
    best: tuple[int, str] | None = None
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        if _is_party(word) and not same_side(word, side):
            gap = abs(m.start() - pos)
            if best is None or gap < best[0]:
                best = (gap, word)
    return best[1] if best is not None else None


def _is_party(name: str) -> bool:
    return name.lower() in PARTY_OPTIONS and name.lower() not in ("others", "independent", "independents")


def _other_side(name: str, side: str) -> bool:
    """``name`` may be the other side of a split led by ``side``: a short capitalised name, no
    possessive, no pollster, not the side itself."""
    return (
        name[:1].isupper()
        and len(name.split()) <= 3
        and not (name.isupper() and len(name) > 4)  # "UPDATE", not "ALP"
        and re.search(r"['’]s?\b", name) is None
        and not same_side(name, side)
        and POLLSTER_RE.search(name) is None
        and usable("answer", name)
    )


_LINKS = ("split_pairs_link", None)  # the analysis' memo of link(), by k


def link(a: Analysis, k: int) -> str:
    """How number ``k`` is joined to number ``k + 1``: "dash", "to", or "" when they are not one pair; once
    per analysis (every step walking the pairs asks of each figure and its two neighbours)."""
    links: dict[int, str] | None = a.memo.get(_LINKS)  # type: ignore[assignment]
    if links is None:
        links = a.memo[_LINKS] = {}
    got = links.get(k)
    if got is None:
        got = links[k] = _link(a, k)
    return got


def _link(a: Analysis, k: int) -> str:
    if k < 0 or k + 1 >= len(a.numbers):
        return ""
    n, m = a.numbers[k], a.numbers[k + 1]
    if n.sentence != m.sentence:
        return ""
    for end in (n.cand.mark_end, n.end):
        gap = a.text[end : m.start]
        if _DASH.fullmatch(gap):
            return "dash"
        if _SLASH.fullmatch(gap):
            return "slash"  # "49/41", "43% / 55%"
        if _TO.fullmatch(gap) or _RIVALS_SHARE.fullmatch(gap):
            return "to"
    return ""


def is_pair(a: Analysis, k: int) -> bool:
    """Numbers ``k`` and ``k + 1`` form one pair: joined, and not one link of a longer chain unless theirs is
    the chain's dash ("from 55-45 to 52-48": the dashes pair, the "to" does not)."""
    own = link(a, k)
    if not own:
        return False
    before, after = link(a, k - 1), link(a, k + 1)
    if not before and not after:
        return True
    return own in ("dash", "slash") and before != own and after != own


def sides(a: Analysis, n: Num, m: Num) -> tuple[str, str] | None:
    """The two sides of the pair ``n``-``m``, or None when the sentence does not name them around it."""
    lo = max(a.sentences[n.sentence].start, n.start - _REACH)
    sent_end = a.sentences[n.sentence].end
    before = a.text[lo : n.start]
    between = a.text[n.end : m.start]
    after = a.text[m.end : sent_end]
    # "He's at 22% to 15% for <rival>": the pronoun's person, named in the sentence before, is the subject.
    pronoun = pronoun_subject(a.text, n.start)
    return (
        _rating_verb(before, after)
        or _lead_over(before, after, pronoun)
        or _for_rival(before, between, _wrapped(a.text, m.end, after), pronoun)
        or _rating(a.text[lo:sent_end], before, after)
        or _matchup(before)
        or _up_on(a.text[a.sentences[n.sentence].start : n.start], after, pronoun)
        or _slash_header(a, n, m)
        or _leads_rival(a, n)
        or _legend(a, n, m)
    )


_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
# A party letter after a matchup's name ("Ann Lee (D)"), and lower-case role words before the second name
# ("businessman", "state Rep.").
_MARK = r"(?:[ \t]*\([ \t]*[A-Z]{1,3}(?:-[A-Z]{2})?[ \t]*\))?"
_LOWER_ROLE = r"(?:[a-z][\w.-]*[ \t]+){0,2}"
# "Alvarez over Kemp: +12 (52-40)", "Ortega vs. Blaine 45/40", "Ann Lee (D) over Sen. Bo Roe (R): +5 (44-39)",
# "Gov. Ann Lee (D) vs. businessman Bo Roe (R) – 46-43%": a matchup written just before its pair, the first
# side's share first (a margin or a dash may stand between: "+16 (", " – ").
_MATCHUP_BEFORE = re.compile(
    rf"(?P<a>{_NAME}){_MARK}[ \t]+(?:vs\.?|versus|v\.|over)[ \t]+{_LOWER_ROLE}(?P<b>{_NAME}){_MARK}[ \t]*[:,]?[ \t]*"
    r"(?:[+±][ \t]*\d+(?:\.\d+)?[ \t]*(?:points?|pts?\.?)?[ \t]*)?(?:[(:,]|[–—-])?[ \t]*$"
)
# "<subject> is up 8 on <rival> 49/41", "<subject>'s up 48/43 on <rival>": a lead over the rival named
# with "on", before or after the pair.
_UP_ON_BEFORE = re.compile(
    rf"\b(?:up|ahead)[ \t]+(?:(?:by[ \t]+)?\d+(?:\.\d+)?[ \t]+(?:points?[ \t]+)?)?on[ \t]+(?P<rival>{_NAME})"
    r"[ \t]*,?[ \t]*(?:at[ \t]+|by[ \t]+)?$"
)
_UP_BEFORE = re.compile(r"\b(?:up|ahead)[ \t]+(?:by[ \t]+)?$")
_ON_RIVAL_AFTER = re.compile(rf"^{_SIGN}[ \t]+(?:on|over)[ \t]+(?P<rival>{_NAME})")
# A pronoun just before the lead: "... against the Republicans- he's up 48/43 on <rival>".
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+$", re.IGNORECASE)


def _matchup(before: str) -> tuple[str, str] | None:
    got = _MATCHUP_BEFORE.search(before)
    if got is None:
        return None
    a_side, b_side = name_in(got.group("a"), first=False), name_in(got.group("b"), first=True)
    if a_side is None or b_side is None or same_side(a_side, b_side):
        return None
    return a_side, b_side


def _up_on(sentence: str, after: str, pronoun: str | None) -> tuple[str, str] | None:
    """ "<subject> is up 8 on <rival> 49/41" / "he's up 48/43 on <rival>": the subject's share first. A
    pronoun opening the clause is the person the sentence before names; one inside the sentence is the
    sentence's own first name ("<Name> does worse than <rival> - he's up ...")."""
    got = _UP_ON_BEFORE.search(sentence)
    if got is not None:
        rival, head = name_in(got.group("rival"), first=True), sentence[: got.start()]
    else:
        later = _ON_RIVAL_AFTER.match(after)
        up = _UP_BEFORE.search(sentence)
        if later is None or up is None:
            return None
        rival, head = name_in(later.group("rival"), first=True), sentence[: up.start()]
    if rival is None:
        return None
    if _PRONOUN_BEFORE.search(head):
        subject = pronoun or name_in(head, first=True)
    else:
        subject = name_in(head, first=False)
    if subject is None or same_side(subject, rival):
        return None
    return subject, rival


# Abbreviated rating words of a table's header: "Fav / Unfav".
_ABBREVIATED = {
    "fav": "favorable",
    "unfav": "unfavorable",
    "fav.": "favorable",
    "unfav.": "unfavorable",
    "app": "approve",
    "disapp": "disapprove",
}
# A header line of two labels set apart by a slash ("Fav / Unfav", "Approve/Disapprove") over lines that
# each hold one pair ("43% / 55%").
_SLASH_HEAD = re.compile(
    r"[ \t]*(?P<x>[A-Za-z][\w.'’ -]{0,30}?)[ \t]*/[ \t]*(?P<y>[A-Za-z][\w.'’ -]{0,30}?)[ \t]*"
)
_LONE_PAIR = re.compile(r"[ \t]*\d+(?:\.\d+)?[ \t]*%?[ \t]*/[ \t]*\d+(?:\.\d+)?[ \t]*%?[ \t]*")


def _slash_header(a: Analysis, n: Num, m: Num) -> tuple[str, str] | None:
    """A pair alone on its line under a header of two labels set apart by a slash, with only such pair lines
    between: the header's labels, in order."""
    if n.line != m.line or not _LONE_PAIR.fullmatch(a.line_text(n.line)):
        return None
    li = n.line - 1
    while li >= 0 and (_LONE_PAIR.fullmatch(a.line_text(li)) or not a.line_text(li).strip()):
        li -= 1
    head = _SLASH_HEAD.fullmatch(a.line_text(li)) if li >= 0 else None
    if head is None:
        return None
    x, y = head.group("x").strip(), head.group("y").strip()
    return _ABBREVIATED.get(x.lower(), x), _ABBREVIATED.get(y.lower(), y)


def _wrapped(text: str, end: int, after: str) -> str:
    """``after`` carried over one line break when the line stops mid-sentence (hard-wrapped text, where a
    sentence of the analysis is a line: "... 68% to 21% for" / "Biden with ...")."""
    if after.rstrip().endswith((".", "!", "?", ":", ";")) or not after.strip():
        return after
    tail = text[end + len(after) : end + len(after) + 80]
    if tail.startswith("\n") and not tail.startswith("\n\n"):
        return after + tail
    return after


def _rating_verb(before: str, after: str) -> tuple[str, str] | None:
    verb = _RATING_VERB_BY.search(before)
    if verb is None or _FROM.search(before) or _NOUN_AFTER_PAIR.match(after):
        return None  # a change ("from 16 to 12"), or a rating noun after the pair names its side itself
    head, tail = before[: verb.start()], before[verb.end() :]
    form = verb.group("verb").lower()
    noun = form.startswith(("support", "oppos")) and (_NOUN_BEFORE.search(head) or _NOUN_AFTER.match(tail))
    if _OWN_SHARE.search(head) or noun:
        return None  # "46 percent disapprove, compared to ...": another share's verb; "strong support for"
    word = next(option for stem, option in _VERB_OPTION if form.startswith(stem))
    other = opposite(word)
    return (word, other) if other else None


# "<subject> leads <rival>[, <who the rival is>,] 62 to 25", "<subject> tops <rival> 54 to 36 percent": a
# verb of leading with its rival between it and the pair (read in the pair's own sentence, so a period
# there is an abbreviation's: "Gov.", "Sen."); "..., and <rival> 48 percent to 31 percent" goes
# on with the same subject against another rival.
_LEAD_VERBS = (
    r"leads|leading|led|tops|topped|topping|beats|beating|bests|bested|edges|edged|edging|outpolls|outpolled|"
    r"defeats|defeated"
)
# The lead's size between the rival and the pair: "by 18 points, 54 to 36 percent", "by
# just four points--49 percent to 45 percent".
_MARGIN = (
    r"by[ \t]+(?:(?:just|only|about|nearly)[ \t]+)?(?:\d+|[a-z]+(?:-[a-z]+)?)[ \t]+(?:percentage[ \t]+)?"
    r"points?[ \t]*(?:--|[—–:,-])?[ \t]*"
)
_LEADS_RIVAL = re.compile(
    rf"\b(?P<verb>{_LEAD_VERBS})\b(?P<rival>[^;:!?\d%]{{1,90}}?)[ \t]*,?[ \t]*(?:{_MARGIN}|by[ \t]+)?$"
)
_AND_RIVAL = re.compile(
    rf"\b(?P<verb>{_LEAD_VERBS})\b[^;:!?]{{1,160}}?\d[^;:!?]*?,?[ \t]+and[ \t]+"
    r"(?P<rival>[^;:!?\d%]{1,60}?)[ \t]*,?[ \t]*$"
)
# A rival zone that is a place, a subgroup or a margin, not a person: "leads in Ohio", "leads among women".
_NOT_RIVAL = re.compile(
    r"^[ \t]*(?:in|among|with|on|at|across|by|for|from|nationally|statewide|overall|comfortably|narrowly)\b",
    re.IGNORECASE,
)
# A title's period that the sentence splitter took for a sentence's end ("... leads ex-Rep. <rival> by").
_TITLE_END = re.compile(r"\b(?:ex-)?(?:Rep|Sen|Gov|Lt|Amb|Treas|Atty|Del|Assemb)\.[ \t]+$")
# A party letter or footnote mark beside a name: "Ann Lee (D)", "Bo Roe* (R-TX)".
_PARTY_MARK = re.compile(r"\([ \t]*[A-Z]{1,3}(?:-[A-Z][A-Za-z.]{1,5})?[ \t]*\)|\*")
_AND_END = re.compile(r"\d[^;:!?]*?(?:,[ \t]*and|\band)$")
_HE_SHE = re.compile(r"[ \t]*(?:he|she)", re.IGNORECASE)
# An appositive between a subject and its verb ("<subject>, the former mayor, led ..."), or an adverb
# set off by commas ("<subject>, however, tops ...").
_APPOSITIVE = re.compile(r",[^,]{1,60},[ \t]*$")
# Offices and roles a run of capitalised words may hold before the person's own name.
_ROLE_WORDS = _TITLES | {w.lower() for w in TITLES} | {"commissioner", "ceo", "superintendent", "rival"}


def _person(run: str | None) -> str | None:
    """The person a run names, after its last office or role word ("White House rival New York Gov. Ann
    Lee" -> "Ann Lee"); the run itself where it holds no such word."""
    if run is None:
        return None
    words = run.split()
    cut = max((i for i, w in enumerate(words) if w.lower() in _ROLE_WORDS), default=-1)
    return " ".join(words[cut + 1 :]) if cut + 1 < len(words) else run


def _leads_rival(a: Analysis, n: Num) -> tuple[str, str] | None:
    """ "<subject> leads <rival> 62 to 25" (see ``_LEADS_RIVAL``): the subject's share first."""
    start = a.sentences[n.sentence].start
    if n.sentence > 0 and _TITLE_END.search(a.text, max(0, start - 12), start):
        start = a.sentences[n.sentence - 1].start  # "leads ex-Rep. <rival>": the title's period split it
    sentence = a.text[start : n.start]
    got = _LEADS_RIVAL.search(sentence[-_REACH:])
    off = len(sentence) - len(sentence[-_REACH:])
    if got is None or _NOT_RIVAL.match(got.group("rival")):
        got, off = _AND_RIVAL.search(sentence), 0
    if got is None or _NOT_RIVAL.match(got.group("rival")):
        return None
    rival = _person(name_in(_PARTY_MARK.sub(" ", got.group("rival")), first=False))
    head = _APPOSITIVE.sub("", _PARTY_MARK.sub(" ", sentence[: off + got.start()]).rstrip())
    if _AND_END.search(head):
        # "<subject> leads <rival> 53 to 35, and tops <rival> 55 to 33": the earlier verb's subject goes on
        earlier = list(re.finditer(rf"\b(?:{_LEAD_VERBS})\b", head))
        head = _APPOSITIVE.sub("", head[: earlier[-1].start()].rstrip()) if earlier else head
    subject = pronoun_subject(a.text, start + off + got.start()) or _person(name_in(head[-80:], first=False))
    if subject is None and _HE_SHE.fullmatch(head) and n.sentence > 0:
        # "He leads <rival> 62 to 25" after a sentence that names him last, not as its subject
        prev = a.sentences[n.sentence - 1]
        subject = _person(name_in(a.text[prev.start : prev.end], first=False))
    if rival is None or subject is None or same_side(rival, subject):
        return None
    return subject, rival


def _rating(sentence: str, before: str, after: str) -> tuple[str, str] | None:
    written = _RATING_PAIR.search(sentence)
    if written is not None:
        pos, neg = written.group("pos").lower(), written.group("neg").lower()
        if pos.startswith("approv"):
            pos, neg = "approve", "disapprove"
        return pos, neg
    noun = _NOUN_AFTER_PAIR.match(after)
    if noun is not None:
        first = TOPIC_NOUNS[noun.group("noun").lower()]
        second = opposite(first)
        if second is not None:
            return first, second
    if _FAVORABILITY.search(after[:40]) or _FAVORABILITY.search(before[-40:]):
        return (
            ("favourable", "unfavourable")
            if "favour" in (before + after).lower()
            else ("favorable", "unfavorable")
        )
    return _noun_before(before)


def _noun_before(before: str) -> tuple[str, str] | None:
    """The sides of a pair headed by a rating noun in its clause (see ``_NOUN_BEFORE_PAIR``)."""
    got = _NOUN_BEFORE_PAIR.search(before)
    if got is None or _RACE_WORDS.search(got.group("gap")) or _FROM_IN.search(got.group("gap")):
        return None  # a race, or one rating's change ("approval climbed from 48 to 55")
    noun = got.group("noun").lower()
    british = "favour" in noun
    if "favo" in noun:
        pos, neg = ("favourable", "unfavourable") if british else ("favorable", "unfavorable")
    else:
        pos, neg = "approve", "disapprove"
    return (neg, pos) if noun.startswith(("un", "dis")) else (pos, neg)


def _legend(a: Analysis, n: Num, m: Num) -> tuple[str, str] | None:
    """A slash pair under a key line naming its two sides (see ``_LEGEND``): the key's sides, in order. The
    key is the nearest one above the pair, on a line holding no number of its own."""
    if link(a, n.index) != "slash":
        return None
    above = [key for key in _legends(a.text) if key[0] < n.start]
    return above[-1][1] if above else None


@lru_cache(maxsize=4)
def _legends(text: str) -> tuple[tuple[int, tuple[str, str]], ...]:
    """Each key line's end and its two sides, in the passage's order (read once a passage)."""
    out: list[tuple[int, tuple[str, str]]] = []
    if "/" not in text:
        return ()
    for key in _LEGEND.finditer(text):
        line_start = text.rfind("\n", 0, key.start()) + 1
        line_end = text.find("\n", key.end())
        if re.search(r"\d", text[line_start : line_end if line_end >= 0 else len(text)]):
            continue
        pos, neg = key.group("pos").lower(), key.group("neg").lower()
        sides = (
            (_ABBREVIATED.get(pos, pos), _ABBREVIATED.get(neg, neg))
            if pos.startswith("fav")
            else ("approve", "disapprove")
        )
        out.append((key.end(), sides))
    return tuple(out)


def _lead_over(before: str, after: str, pronoun: str | None) -> tuple[str, str] | None:
    got = _LEAD_OVER_AFTER.match(after)
    if got is None or (
        _LEAD_BEFORE.search(before) is None and not re.search(r"(?:lead|edge|advantage)", after[:30])
    ):
        return None
    rival = name_in(got.group("rival"), first=True)
    subject = pronoun or name_in(before, first=False)
    if rival is None or subject is None or same_side(rival, subject):
        return None
    return subject, rival


def _for_rival(before: str, between: str, after: str, pronoun: str | None) -> tuple[str, str] | None:
    rival: str | None = None
    got = _RIVALS_SHARE.match(between)
    if got is not None:
        rival = name_in(got.group("rival"), first=True)
    elif _AT.search(before) is not None or (pronoun is not None and _AT_ONLY.search(before) is not None):
        later = _FOR_RIVAL_AFTER.match(after)
        if later is not None:
            rival = name_in(later.group("rival"), first=True)
    if rival is None:
        return None
    subject = pronoun or name_in(before, first=False)
    if subject is None or same_side(rival, subject):
        return None
    return subject, rival


def same_side(x: str, y: str) -> bool:
    return x.split()[-1].lower() == y.split()[-1].lower()


def name_in(text: str, *, first: bool) -> str | None:
    """The first (or last) name in ``text``: a run of capitalised words with the party, office or role
    words before it dropped ("GOP candidate Thom Tillis" -> "Thom Tillis", "Democratic Sen. Kay Hagan" ->
    "Kay Hagan"); a party alone stays ("Republicans"). None when there is no name, or it is a pollster."""
    runs: list[list[str]] = []
    run: list[str] = []
    for tok in re.findall(r"[\w.'’&-]+|[^\w\s]", text):
        bare = re.sub(r"['’]s?$", "", tok).lower()  # "He's" is "he"
        if (_NAME_TOKEN.fullmatch(tok) and bare not in _NOT_NAMES) or (run and tok.lower() in _TITLES):
            run.append(tok)
            continue
        if tok.lower() in _TITLES and tok.lower() not in _NOT_NAMES:
            run.append(tok)  # "rival Jane Roe": a role word opens the run it is dropped from
            continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    for words in runs if first else reversed(runs):
        kept = list(words)
        while len(kept) > 1 and kept[0].lower() in _TITLES:
            kept.pop(0)
        while len(kept) > 1 and kept[-1].lower() in _TITLES - _PARTIES:
            kept.pop()
        name = " ".join(kept).rstrip(".")
        name = re.sub(r"['’]s?$", "", name)
        if not name or POLLSTER_RE.search(name) is not None or name.lower() in _TITLES - _PARTIES:
            continue
        return name
    return None


_PARTIES = frozenset(
    {"republican", "republicans", "democrat", "democrats", "democratic", "gop", "libertarian"}
)
