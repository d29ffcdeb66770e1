"""Question proposals for one figure: the passage's own written-out questions, then clean templates.

A poll's question is best taken from the passage itself when it writes one out ("Do you approve ...?"):
the nearest one before the figure (a topline's item question) and the nearest after it are proposed.
Otherwise a clean template is built from the topic the figure's sentence or line talks about:

- approval of a named person or body ("Do you approve or disapprove of the way X is handling the job?");
- favourability of a named person or party ("Do you have a favorable or unfavorable opinion of X?");
- satisfaction with a named leader;
- right direction / wrong track;
- party vote intention ("Voting intention"), when the figure's options are parties.

When no cue names the question the empty proposal wins and a moderator writes the question.
"""

from __future__ import annotations

import bisect
import re

from bot.reading.extract.analysis import Analysis, Num

_NAME = r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|the)){0,3})"
_APPROVAL = (
    re.compile(rf"{_NAME}(?:'s|’s)\s+(?:job\s+)?(?:approval|performance)", re.UNICODE),
    re.compile(rf"approv\w*\s+(?:of\s+)?(?:the\s+(?:way|job)\s+)?{_NAME}"),
    re.compile(rf"{_NAME}\s+(?:job\s+)?approval"),
)
_FAVOUR = (
    re.compile(rf"(?:favou?rable|unfavou?rable)\s+(?:opinion|view|impression|rating)s?\s+of\s+{_NAME}"),
    re.compile(rf"{_NAME}(?:'s|’s)\s+(?:net\s+)?(?:favou?rability|favou?rable)"),
    re.compile(rf"(?:view|see|rate)\s+{_NAME}\s+(?:favou?rably|unfavou?rably|positively|negatively)"),
)
_SATISFIED = (
    re.compile(rf"(?:satisfied|dissatisfied)\s+with\s+(?:the\s+(?:way|job)\s+)?{_NAME}"),
    re.compile(rf"{_NAME}(?:'s|’s)\s+(?:net\s+)?satisfaction"),
)
_TRACK = re.compile(r"\bright\s+direction\b|\bwrong\s+track\b", re.IGNORECASE)
_INTENTION = re.compile(
    r"\b(?:voting|vote)\s+intention|\bwould\s+vote\s+for\b|\bif\s+(?:an?|the)\s+\w*\s*election\s+were\s+held|"
    r"\bparty\s+support\b|\bprimary\s+vote\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "In",
        "On",
        "Of",
        "And",
        "But",
        "Poll",
        "Survey",
        "Voters",
        "Americans",
        "This",
        "That",
        "It",
    }
)


def _name(m: re.Match[str]) -> str | None:
    name = m.group("name").strip()
    name = re.sub(r"\s+(?:of|the)$", "", name)
    first = name.split()[0]
    if first in _NOT_NAMES and not name.startswith("the "):
        return None
    return name


def _first_name(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for rx in patterns:
        for m in rx.finditer(text):
            name = _name(m)
            if name:
                return name
    return None


def _context(a: Analysis, n: Num) -> str:
    sent = a.sentence_text(n.sentence) if a.sentences else ""
    line = a.line_text(n.line) if a.lines else ""
    return sent if len(sent) >= len(line) else line


def templates(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """Template questions the figure's own sentence (or line) supports."""
    text = _context(a, n)[:2000]
    out: list[tuple[str, str, dict[str, float]]] = []
    if "approv" in text.lower():
        name = _first_name(_APPROVAL, text)
        if name:
            out.append(
                (f"Do you approve or disapprove of the way {name} is handling the job?", "tpl_approval", {})
            )
    if "favo" in text.lower():
        name = _first_name(_FAVOUR, text)
        if name:
            out.append(
                (f"Do you have a favorable or unfavorable opinion of {name}?", "tpl_favourability", {})
            )
    if "satisf" in text.lower():
        name = _first_name(_SATISFIED, text)
        if name:
            out.append(
                (
                    f"Are you satisfied or dissatisfied with the way {name} is doing the job?",
                    "tpl_satisfied",
                    {},
                )
            )
    if _TRACK.search(text):
        out.append(
            ("Is the country headed in the right direction or off on the wrong track?", "tpl_track", {}),
        )
    if _INTENTION.search(text) or _INTENTION.search(a.text[:3000]):
        out.append(
            (
                "Voting intention",
                "tpl_intention",
                {"intention_in_sentence": float(bool(_INTENTION.search(text)))},
            )
        )
    return out


def written_questions(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """The nearest written-out question before the figure and the nearest after it."""
    qs = a.questions
    if not qs:
        return []
    starts = [s for s, _ in qs]
    k = bisect.bisect_right(starts, n.start)
    out: list[tuple[str, str, dict[str, float]]] = []
    many = {"questions_many": 1.0} if len(qs) >= 3 else {}
    if k > 0:
        start, q = qs[k - 1]
        f = {"same_sentence": 1.0} if a.sentences and a.sentences[n.sentence].start <= start else {}
        f[f"numbers_between={min(_numbers_between(a, start, n), 9) // 3}"] = 1.0
        f.update(many)
        out.append((q, "question_before", f))
    if k < len(qs):
        start, q = qs[k]
        f = {f"chars_after={min((start - n.end) // 200, 3)}": 1.0}
        f.update(many)
        out.append((q, "question_after", f))
    return out


def _numbers_between(a: Analysis, lo: int, n: Num) -> int:
    return max(0, n.index - bisect.bisect_left(a.numbers, lo, key=lambda m: m.start))


def question_proposals(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    return written_questions(a, n) + templates(a, n)
