"""A person's approval pair in a row or an aside asks about that person.

Digests of governors' or senators' ratings list one person a row under a legend or heading naming the
sides (a legend of approve and disapprove, a heading naming approval): "Ruritania, Ana Ruiz (R):
61%/22%", a cell "Tom Lee (D-XX)" above "58/30", "-Ana Ruiz (D) of Ruritania (41/47 approval spread ...)".
Prose gives the same as an aside or a possessive before the pair: "Ruiz (41% approve, 38% disapprove),
Lee (...)", "Ana Ruiz's 38/54 approval rating". No template reads a person there, so such figures were left
without a question or took a vote template from the passage around them.

Here, after the other approval steps, each figure with no question (or a vote template that does not
name approval) whose nearest rating word is an approval word (in its own line, else the nearest line
above naming any rating: a legend or heading) and whose row or clause names a person just before it (a
name with a party tag, a name before the pair's bracket, a possessive before the pair, or a row's label)
takes "Do you approve or disapprove of the job <Person> is doing as <office>?", the office read from the
figure's row, the rating's line and the heading above, else the passage's (plural "premiers" too), else "...
is doing?". Runs per figure: a digest's rows are often joined into one group. A list of one block a person
("2. Ana Ruiz, Northmark (Unity)" over "Approve: 41%", "Disapprove: 50%", "Unsure: 9%") names the person on
the block's heading line instead (twenty-fourth round).
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.groups import Labelled
from bot.reading.extract.nearest_rating import nearest_match
from bot.reading.extract.person_approval import RATED, needs_question, office_in, question_for
from bot.reading.extract.prose_approval import names_someone
from bot.reading.extract.question_templates import clean_name, heading, person_name
from bot.reading.extract.regions import REGION_NAMES
from bot.reading.extract.scan import Anchored
from bot.reading.extract.vocab import MONTHS, WEEKDAYS

LISTED_APPROVAL = True

# Rating words by kind: approval (the step's own) against the others a legend or a clause may name.
# (Each alternative opens on literal words, "disapprov|approv" not "(?:dis)?approv", so that it is anchored
# on them: a post written as one long line is searched whole.)
_RATING: Final = Anchored(
    re.compile(
        r"\b(?P<approval>(?:disapprov|approv)\w*|job\s+ratings?)\b"
        r"|\b(?:(?:unfavou?rab|favou?rab)\w*|impressions?|trust\w*|vot(?:e|es|ing)|ballot|primary|race|leads?|leading|"
        r"support\w*|prefer\w*|direction|track|nominat\w*|choices?|candidates?|intentions?|elect\w*|caucus\w*|ties?|tied"
        r"|senate|house|congress\w*|gubernatorial|mayoral)\b"
        # a lead written with its sign ("+7 (45/38)"): a horse race's row; not a net in brackets ("(+39)")
        r"|(?<![\w.(])\+\d",
        re.IGNORECASE,
    )
)
_NAME = r"(?P<name>[A-Z][\w'’.-]*[\w](?:\s+[A-Z][\w'’.-]*[\w]){0,2})"
# A party tag after a name: "(R)", "(D-XX)", "(R-Ky.)", "(Ind.)".
_TAG = r"\((?:[DRI]|Dem|Rep|Ind|GOP)\.?(?:\s*[-–]\s*[A-Z][\w.]{0,4})?\)"
# Shapes naming the person just before the figure (searched in the text before it, on its row or clause).
_SHAPES: Final = (
    re.compile(rf"{_NAME}\s*{_TAG}"),
    # "Ana Ruiz in Ruritania (41%)": the person before the place
    re.compile(rf"{_NAME}\s+(?:in|of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*\((?=\s*\d)"),
    re.compile(rf"{_NAME}(?:'s|’s|’|')?\s*\((?=\s*\d)"),
    re.compile(rf"{_NAME}(?:'s|’s)\s+(?=\d{{1,2}}(?:\.\d)?\s*%?\s*(?:/|-|–|to)\s*\d)"),
)
# A row whose label is the person: the line opens with the name (after a bullet and a "State," label).
_ROW_LABEL: Final = re.compile(
    r"^[\s\-–—•*·|]*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*,\s*)?"
    + _NAME
    + r"(?:\s*"
    + _TAG
    + r")?\s*[:|]?\s*$"
)
_LETTER: Final = re.compile(r"[A-Za-z]")
# A block of option lines under a heading naming the person ("3. Ana Ruiz, Ruritania (Unity)" over
# "Approve: 41%", "Disapprove: 50%", "Unsure: 9%"): the figure's line label is an option of the rating...
_OPTION_LINE: Final = re.compile(
    r"^[\s\-–—•*·|]*(?:(?:strongly|somewhat)\s+)?(?:dis)?approve|^[\s\-–—•*·|]*(?:unsure|not\s+sure|undecided"
    r"|don['’]?t\s+know|no\s+opinion)",
    re.IGNORECASE,
)
# (the option line's alternation bracketed, so that both of its branches need the figure after it)
_OPTION_ROW: Final = re.compile(f"(?:{_OPTION_LINE.pattern})" + r"[\w\s'’]*[:\-–]?[ \t]*\d", re.IGNORECASE)
# ... and the heading a rank, the person, then the place and party after a comma.
_BLOCK_HEAD: Final = re.compile(
    r"^[\s\-–—•*·|]*(?:\d{1,2}[.)][ \t]*)?" + _NAME + r"[ \t]*,[ \t]*[A-Z][^\n\d]{0,80}$"
)
# How many option lines a block holds at most above its last one.
_BLOCK_LINES: Final = 6
# How many lines above a figure a legend or heading naming its rating may stand.
_LEGEND_LINES: Final = 40


def _kind_near(a: Analysis, num: Num, lo: int, hi: int) -> str | None:
    """ "approval" or "other" for the rating word nearest the figure in ``a.text[lo:hi]``, or None."""
    m = nearest_match(a, num, _RATING, lo, hi)
    return None if m is None else "approval" if m.group("approval") else "other"


def _line_bounds(a: Analysis, k: int) -> tuple[int, int]:
    span = a.lines[k]
    return span.start, span.end


def _rating_of(a: Analysis, num: Num) -> tuple[str | None, int]:
    """The kind of rating the figure's own line names, else the nearest line above naming one, with that
    line's index (-1 where none)."""
    lo, hi = _line_bounds(a, num.line)
    kind = _kind_near(a, num, lo, hi)
    if kind is not None:
        return kind, num.line
    return _rating_above(a, num.line)


def _rating_above(a: Analysis, line: int) -> tuple[str | None, int]:
    """The kind of rating the nearest line above ``line`` names (its last rating word), with its index;
    kept per line (a digest's rows share it)."""
    key = ("listed_rating_above", line)
    got = a.memo.get(key)
    if isinstance(got, tuple):
        return got
    found: tuple[str | None, int] = (None, -1)
    for k in range(line - 1, max(-1, line - 1 - _LEGEND_LINES), -1):
        last = None
        for m in _RATING.finditer(a.line_text(k)):
            last = m
        if last is not None:
            found = ("approval" if last.group("approval") else "other"), k
            break
    a.memo[key] = found
    return found


def _row_label(a: Analysis, num: Num) -> str | None:
    """The person labelling the figure's row: its line's words before it, or (a table copied one cell a
    line) the nearest line above with words and no figure."""
    lo, _ = _line_bounds(a, num.line)
    before = a.text[lo : num.start]
    if not _LETTER.search(before):
        for k in range(num.line - 1, max(-1, num.line - 4), -1):
            text = a.line_text(k).strip()
            if not text or not _LETTER.search(text):
                continue
            if k in a.numbers_by_line:
                return None
            before = text
            break
    m = _ROW_LABEL.match(before)
    return m.group("name") if m else None


def _block_head(a: Analysis, num: Num) -> str | None:
    """The person heading the block of option lines the figure's line is one of (see _BLOCK_HEAD)."""
    lo, _ = _line_bounds(a, num.line)
    if not _OPTION_LINE.match(a.text[lo : num.start]):
        return None
    for k in range(num.line - 1, max(-1, num.line - 1 - _BLOCK_LINES), -1):
        text = a.line_text(k)
        if _OPTION_ROW.match(text):
            continue
        m = _BLOCK_HEAD.match(text)
        return m.group("name") if m else None
    return None


def _person_before(a: Analysis, num: Num) -> tuple[int, str] | None:
    """The person named nearest before the figure in its line and sentence, in one of the shapes, with
    where the name starts (a place before a bracket, "of Ruritania (41/47", is passed over)."""
    lo, _ = _line_bounds(a, num.line)
    if a.sentences:
        lo = max(lo, a.sentences[num.sentence].start)
    # (past the figure's start: its span may open with the bracket, "(41%", and a shape may look ahead to
    # the pair, "Ruiz's 41/47")
    found = [
        (m.start(), m.group("name"))
        for rx in _SHAPES
        for m in rx.finditer(a.text, lo, min(len(a.text), num.end + 12))
        if m.end("name") <= num.start and not _PLACE_BEFORE.search(a.text, max(lo, m.start() - 8), m.start())
    ]
    for at, raw in sorted(found, reverse=True):
        name = _clean(raw)
        if name is not None:
            return at, name
    return None


# Words of an option or a rating, which a row label may hold ("Somewhat Approve") but no name does.
_NOT_NAME_WORDS: Final = frozenset(
    [
        "approve",
        "disapprove",
        "approval",
        "disapproval",
        "strongly",
        "somewhat",
        "total",
        "net",
        "undecided",
        "unsure",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
        "rating",
        "ratings",
        "average",
        "job",
        "yes",
        "no",
    ]
)


# A place, not a person, follows these words ("... in Ruritania (41%)", "of Ruritania (25/57").
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|of|from|across)\s+$")
_REGIONS: Final = frozenset(REGION_NAMES)
# A month or weekday ("... to August (39%)") names a reading's date ("May" is a surname too).
_DATE_WORD: Final = re.compile(rf"(?:{MONTHS}|{WEEKDAYS})\b", re.IGNORECASE)


def _clean(raw: str | None) -> str | None:
    """The person ``raw`` names, or None for a place, a party, a pollster, a shouted word or an option."""
    if (
        not raw
        or any(w.lower() in _NOT_NAME_WORDS for w in raw.split())
        or (_DATE_WORD.fullmatch(raw) and raw != "May")
    ):
        return None
    name = clean_name(raw)
    if not name or not names_someone(name) or name.isupper() or name in _REGIONS:
        return None
    return name


_PLURAL_OFFICE: Final = re.compile(r"\b(governor|senator|president|premier|mayor)s\b")


def _office(where: str, text: str) -> str | None:
    """The office the figure's row, rating line and heading name ("GOVERNORS" too), else the passage's one."""
    return office_in(_PLURAL_OFFICE.sub(r"\1", where.lower())) or office_in(_PLURAL_OFFICE.sub(r"\1", text))


def _replaceable(question: str) -> bool:
    """No question, a vote template (the rating's kind is read from the figure's row: see
    :func:`_rating_of`) or a pollster rated, or the approval question of an office."""
    return not question or needs_question([question]) or bool(_OFFICE_Q.match(question))


_APPROVAL_Q: Final = "Do you approve or disapprove of the "
_OFFICE_Q: Final = re.compile(r"Do you approve or disapprove of the way the [a-z ]+ is handling the job\?$")


def _row_head(a: Analysis, num: Num, found: tuple[int, str] | None, question: str) -> bool:
    """The approval question rates the words opening the figure's row before its person ("Ruritania, Ana
    Ruiz (R): 61%/22%" asked about Ruritania), a row label's place read as the rated one, or the person
    with a cut party tag."""
    m = RATED.search(question)
    if found is None or m is None:
        return False
    rated = m.group("name").removeprefix("the ")
    if rated != found[1] and rated.startswith(found[1] + " ("):
        return True  # the person with the row's party tag cut short ("Ana Ruiz (D-XX")
    if not rated or rated in found[1]:
        return False
    # (this row's own label, or another row's: a digest's question is shared along its rows)
    lo, _ = _line_bounds(a, num.line)
    return rated in a.text[lo : found[0]] or bool(
        re.search(rf"(?m)^[ \t\-–•*]*{re.escape(rated)}[ \t]*,[ \t]*[A-Z]", a.text)
    )


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each figure of a person's listed approval pair the approval question of that person."""
    if "approv" not in a.lower or not a.lines:
        return
    for f in figs:
        num = a.numbers[f.num_index]
        if not _replaceable(f.question) and not f.question.startswith(_APPROVAL_Q):
            continue
        kind, at = _rating_of(a, num)
        block = _clean(_block_head(a, num)) if kind == "approval" else None
        if block is None and (
            kind != "approval" or (at != num.line and len(a.numbers_by_line.get(num.line, ())) < 2)
        ):
            continue  # a legend above rates pairs of shares ("61%/22%"), not a list of single ones
        found = None if block else _person_before(a, num)
        name = block or (found[1] if found else _clean(_row_label(a, num)))
        if name is None or not (_replaceable(f.question) or _row_head(a, num, found, f.question)):
            continue
        where = " ".join(
            [a.line_text(num.line), heading(a, num)] + [a.line_text(k) for k in range(max(0, at - 3), at + 1)]
        )
        f.question = question_for(person_name(a, name), _office(where, a.text))
