"""An answer cut at a title written short: "Democratic Sen", "Wisconsin Gov", "Mr", "over Lt" are the words
before the full stop of "Democratic Sen. Ana Ruiz", "Mr. Lee", "over Lt. Gov. Tom Vale". The proposals stop at
a full stop, so a candidate named with an abbreviated title keeps the title and loses the name.

:func:`apply` runs after grouping (the link model reads the rankers' labels, and reading the names earlier
moved grouping with every refit): an answer whose last word is a title in
:data:`vocab.TITLE_ABBREVIATIONS`, written just before that title's full stop and a capitalised name on the
same line, becomes the name that follows, without its titles and side words ("Sen. Ana Ruiz" -> "Ana Ruiz").
The occurrence read is the one nearest the figure on its line. An answer cut at "U.S" is completed the same
way where a title follows it ("for U.S. Rep. Ana Ruiz"), and an answer that is a US party's adjective
leading a candidate's name ("Republican incumbent Sen. Ana Ruiz") becomes the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.vocab import TITLE_ABBREVIATIONS

# The name after a title's full stop: more titles ("Lt. Gov."), then one to four capitalised words.
_NAME_AFTER = re.compile(
    r"\.[ \t]+(?P<name>(?:(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.[ \t]+)*"
    r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]*){0,3})"
)


def _nearest_name(
    a: Analysis, at: int, cue: str, name_after: re.Pattern[str], keep: Callable[[str], bool]
) -> str | None:
    """The ``name`` group of ``name_after`` matched right after an occurrence of ``cue`` on the line of
    offset ``at``, for the occurrence nearest ``at`` whose name ``keep`` accepts; None where there is none."""
    lo = a.text.rfind("\n", 0, at) + 1
    hi = a.text.find("\n", at)
    hi = len(a.text) if hi < 0 else hi
    best: tuple[int, str] | None = None
    for m in re.finditer(cue, a.text[lo:hi]):
        got = name_after.match(a.text, lo + m.end(), hi)
        if got is None or not keep(got.group("name")):
            continue
        dist = abs(lo + m.start() - at)
        if best is None or dist < best[0]:
            best = (dist, got.group("name"))
    return None if best is None else best[1]


# A country's short name that opens a title ("U.S. Rep. Ana Ruiz", "U.S. Sen."): an answer cut at its full
# stop is completed like a title's, only where a title follows it (never "U.S. Senate race").
_COUNTRY_LEADS = frozenset({"U.S", "US"})


def _completed(
    a: Analysis, at: int, answer: str, tidy: Callable[[str], str], *, titled: bool = False
) -> str | None:
    """The name after ``answer`` written before the title's full stop nearest offset ``at`` on its line
    (``titled``: only a name led by a title)."""
    found = _nearest_name(
        a,
        at,
        rf"(?<![\w.]){re.escape(answer)}(?=\.[ \t])",
        _NAME_AFTER,
        lambda name: not titled or name.split()[0].rstrip(".") in TITLE_ABBREVIATIONS,
    )
    if found is None:
        return None
    name = re.sub(r"['’]s?$", "", found)
    words = [w for w in name.split() if w.rstrip(".") not in TITLE_ABBREVIATIONS]
    return tidy(" ".join(words)) if words else None


# A US party's adjective read as the answer where it leads a candidate's name: "for Republican incumbent Sen.
# Ana Ruiz", "Democratic U.S. Rep. Tom Vale", "Republican Ed Lowe" (the proposals stop at the title's stop or
# take the first capitalised word). Read only where a capitalised name of two words or more follows.
_PARTY_LEADS = frozenset({"Republican", "Democratic", "Democrat", "GOP"})
# Capitalised words of a party's bodies and contests, not of a person's name ("Democratic Primary Voters").
_NO_NAME = frozenset(
    {"Primary", "Party", "Senate", "House", "Governor", "Convention", "National", "Caucus", "Leader"}
    | {"Minority", "Majority", "Committee", "Voters", "Candidate", "Nominee", "Congress", "Women", "Men"}
)
_LED_NAME = re.compile(
    r"[ \t]+(?:(?:incumbent|challenger|nominee|candidate|opponent|former|state)[ \t]+){0,2}"
    r"(?P<titles>(?:(?:U\.S\.|" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.?[ \t]+)*)"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z][\w'’-]*){1,2})(?![\w'’-])"
)


def _party_led(a: Analysis, at: int, answer: str, tidy: Callable[[str], str]) -> str | None:
    """The name a party adjective leads (see :data:`_LED_NAME`), at its occurrence nearest offset ``at`` on
    the figure's line."""
    found = _nearest_name(a, at, rf"\b{re.escape(answer)}\b", _LED_NAME, lambda _name: True)
    if found is None:
        return None
    name = re.sub(r"['’]s?$", "", found)
    if name.split()[0] in TITLE_ABBREVIATIONS or set(name.split()) & _NO_NAME:
        return None
    return tidy(name)


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Complete each answer cut at a title's full stop (see the module docstring)."""
    for f in figs:
        if f.answer in _PARTY_LEADS:
            led = _party_led(a, a.numbers[f.num_index].start, f.answer, tidy)
            if led:
                f.answer = led
            continue
        words = (f.answer or "").split()
        if (
            ". " not in a.text
            or not words
            or (words[-1] not in TITLE_ABBREVIATIONS and words[-1] not in _COUNTRY_LEADS)
        ):
            continue
        got = _completed(a, a.numbers[f.num_index].start, f.answer, tidy, titled=words[-1] in _COUNTRY_LEADS)
        if got:
            f.answer = got
