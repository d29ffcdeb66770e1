"""Answers in the form the labels write them: a person by the full name the passage gives, without the
title, office or party written before it; a rating word in the passage's own spelling.

The labels name a candidate by first and last name wherever the passage writes both somewhere ("Ortega"
-> "Dana Ortega"), drop what stands before the name ("Attorney General Dana Ortega", "Democrat Dana
Ortega", "Incumbent Republican Bo Lee" -> the name alone), and write a shouted surname in the passage's
own case ("ORTEGA" -> "Dana Ortega"). The rankers often take the surname a sentence uses, or a name with
its office, and :class:`tidy.Tidy` gives up where the passage writes the name in two forms ("Dana Ortega"
and "CEO Dana Ortega").

:func:`apply` runs last among the answer steps (after grouping, so no feature moves). It rewrites only an
answer that reads as a person's name (one to four capitalised words, no party or stock option) and only
to a name of two or more words that ends with the same surname; a surname whose given names differ
across the passage ("Jeb Bush" and "George Bush") is left as it is, as is a title whose person the passage
never names in full ("President Ostrowski").

A verb of choosing before the option chosen is not part of it ("would switch to Labour", "vote
Conservative", "for the Greens", "pick neither", "would vote for some other candidate"): the option alone,
where it is a party, a person's name or a stock option ("neither", "another party"). A negated choice
("would never vote Labour") and a verb of considering (its own option, "would consider") are kept whole.

A favourability option is spelled as the passage spells it: a passage that writes "favourably" or
"favourable" and never the American form takes "favourable"/"unfavourable" where a step wrote the American
word (the option tables hold both, and some steps write one form whatever the text).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import MAX_ANSWER_WORDS
from bot.reading.extract.label_cues import DEGREE_WORDS, is_option
from bot.reading.extract.question_templates import is_party, person_name
from bot.reading.extract.tables import names_a_column
from bot.reading.extract.vocab import NOT_NAMES, TITLES

# One to four capitalised words, a name's own punctuation inside ("O'Neil", "Jean-Luc", "Jr.").
_NAME_LIKE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")
# A given name written as its initial ("T." in "T. Vale").
_INITIAL = re.compile(r"[A-Z]\.")
# A sentence's end inside the answer: "Mr. Lee. Matched" is two sentences' words, not one name.
_SENTENCE_END = re.compile(r"[a-z]{2}\.[ \t]")
# Words before a name that say which side or role, not who: the labels write the person alone.
_SIDE_WORDS = frozenset(
    {"Democrat", "Democratic", "Republican", "GOP", "GOPer", "Libertarian", "Independent", "Green"}
    | {"Incumbent", "Challenger", "Candidate", "Nominee", "Assemblyman", "Assemblywoman", "Dame", "Sir"}
    | {"Lt.", "Lt", "Lieutenant", "Commissioner", "Treasurer", "Comptroller", "Superintendent"}
    | {"Ambassador", "Sheriff", "Judge", "Justice", "Chairman", "Chairwoman", "Councilman", "Councilwoman"}
)
# Sentence words a capitalised word before a surname may be ("Because Ortega ...", "Trailing Ortega").
# A headline's verbs between two surnames ("Lee Leads Ortiz", "Ortiz Trails Lee").
_HEADLINE_VERBS = frozenset(
    {"Leads", "Trails", "Tops", "Beats", "Edges", "Holds", "Ties", "Narrows", "Widens"}
)
_NOT_GIVEN = (
    NOT_NAMES
    | TITLES
    | _SIDE_WORDS
    | _HEADLINE_VERBS
    | {"Because", "Although", "Though", "Unlike", "Like", "Despite"}
)


def _given_names(text: str, surname: str, others: frozenset[str]) -> set[str]:
    """The given names the passage writes right before ``surname`` (a middle initial skipped), accented
    capitals too ("Émile"); not a word that is another figure's answer (``others``: "Lane Ortiz" in a header
    is two candidates), nor one the passage also writes in lower case (a headline's "Lee Leads Ortiz": "leads")."""
    out: set[str] = set()
    for m in re.finditer(
        rf"\b([^\W\d_][^\W\d_A-Z][\w'’-]*)[ \t]+(?:[A-Z]\.[ \t]+)?{re.escape(surname)}\b", text
    ):
        given = m.group(1)
        if (
            not given[0].isupper()
            or given in _NOT_GIVEN
            or given.lower() in DEGREE_WORDS
            or given.endswith(("ing", "ed"))
            or given in others
            or re.search(rf"\b{re.escape(given.lower())}\b", text)
        ):
            continue
        if not names_a_column(given):  # "Sample Size Lane Ortiz": a header's words are no given name
            out.add(given)
    return out


def _without_side(answer: str) -> str:
    """ "Incumbent Democrat Dana Ortega" -> "Dana Ortega": side and role words before a name dropped (an
    all-capitals acronym such as "CEO" too), where two or more words are left."""
    words = answer.split()
    while len(words) > 2 and (
        words[0] in _SIDE_WORDS
        or words[0] in TITLES
        or (re.fullmatch(r"[A-Z]{2,4}", words[0]) and not words[1].isupper())
    ):
        words = words[1:]
    return " ".join(words)


def full_form(a: Analysis, answer: str, others: frozenset[str] = frozenset()) -> str:
    """The answer as the labels write a person (see the module's docstring); other answers unchanged."""
    if not answer or not _NAME_LIKE.fullmatch(answer) or _SENTENCE_END.search(answer):
        return answer
    if is_option(answer) or is_party(answer):
        return answer
    if answer in NOT_NAMES or answer.lower() in ("other", "others", "undecided", "yes", "no"):
        return answer
    name = _without_side(answer)
    words = name.split()
    if len(words) == 2 and _INITIAL.fullmatch(words[0]):
        # "T. Vale" in a table whose passage names "Tom Vale": the one given name with that initial
        given = {x for x in _given_names(a.text, words[1], others) if x[0] == words[0][0]}
        return f"{given.pop()} {words[1]}" if len(given) == 1 else answer
    if len(words) == 2 and words[0] in _SIDE_WORDS and not is_party(words[1]):
        # "Ambassador Brandvold": the surname's full form, where the passage writes one
        full = full_form(a, words[1], others)
        return full if len(full.split()) >= 2 else answer
    if len(words) >= 2 and words[0] in TITLES:
        stripped = person_name(a, name)
        name = stripped if len(stripped.split()) >= 2 else name
        words = name.split()
    if len(words) == 1:
        surname = words[0]
        if surname.isupper() and len(surname) >= 3:
            # the first time the passage writes it not all in capitals
            found = re.finditer(rf"\b{re.escape(surname)}\b", a.text, re.IGNORECASE)
            surname = next((x.group() for x in found if not x.group().isupper()), "")
            if not surname:
                return answer
        if surname.lower() in DEGREE_WORDS or re.search(rf"\b{re.escape(surname.lower())}\b", a.text):
            return answer  # a word the passage also writes in lower case is no surname ("Very", "Somewhat")
        given = _given_names(a.text, surname, others)
        if len(given) == 1:
            return f"{next(iter(given))} {surname}"
        return answer
    return name if name.split()[-1] == answer.split()[-1] else answer


# A verb of choosing (with its modal) before the option it chooses.
_CHOICE = re.compile(
    r"^(?:(?:would|will|could)[ \t]+)?(?:(?:now|still|probably|definitely|instead)[ \t]+)?"
    r"(?:(?:vote[sd]?|voting)(?:[ \t]+for)?|switch(?:es|ed|ing)?[ \t]+to|stick(?:s|ing)?[ \t]+with|stuck[ \t]+with|"
    r"go(?:es|ing)?[ \t]+for|went[ \t]+for|pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|opt(?:s|ed|ing)?[ \t]+for|for)"
    r"[ \t]+(?:the[ \t]+)?(?P<option>.+)$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"him", "her", "them", "it", "this", "that", "one"})
# Options of a vote question that name no one: "another party", "some other candidate", "none of the three".
_STOCK = re.compile(
    r"(?:another|some[ \t]+other|a[ \t]+different|other)[ \t]+(?:party|parties|candidate|candidates)|"
    r"someone[ \t]+else|neither|none(?:[ \t]+of[ \t]+(?:them|the[ \t]+\w+))?",
    re.IGNORECASE,
)


def chosen_option(answer: str) -> str:
    """ "would switch to Labour" -> "Labour" (see the module docstring); other answers unchanged."""
    m = _CHOICE.match(answer)
    if m is None:
        return answer
    option = m.group("option").strip()
    first = option.split()[0]
    named = is_party(option) or is_option(option) or _STOCK.fullmatch(option) or _NAME_LIKE.fullmatch(option)
    if first.lower() in _PRONOUNS or not named:
        return answer
    return option


# The American spelling of a favourability option, in any answer that holds it ("very favorable").
_AMERICAN = re.compile(r"\b(un)?favorable\b")


def spells_favour_british(a: Analysis) -> bool:
    """Whether the passage writes "favour" and never "favor" (the answer's and the question's rating word
    follow it); read once per passage."""
    got = a.memo.get(("favour_british", None))
    if got is None:
        got = a.memo[("favour_british", None)] = (
            "favour" in a.text.lower() and re.search(r"favor(?!u)", a.text, re.IGNORECASE) is None
        )
    return bool(got)


def passage_spelling(a: Analysis, answer: str) -> str:
    """ "favorable" -> "favourable" where the passage writes only the British form."""
    if "favorable" not in answer or not spells_favour_british(a):
        return answer
    return _AMERICAN.sub(lambda m: f"{m.group(1) or ''}favourable", answer)


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Every figure's person answer in its full form (each name of a joint answer "A; B (13% each)" too,
    within eight words) and its rating word in the passage's spelling."""
    done: dict[str, str] = {}
    others = frozenset(f.answer for f in figs if f.answer)
    for f in figs:
        if f.answer and ";" not in f.answer:
            if f.answer not in done:
                done[f.answer] = passage_spelling(a, full_form(a, chosen_option(f.answer), others))
            f.answer = done[f.answer]
        elif f.answer and _JOINT.fullmatch(f.answer):
            f.answer = _joint_full_form(a, f.answer, others)


# A joint answer, "Lee; Ruiz (14% each)": its names and the share they hold.
_JOINT = re.compile(r"(?P<names>[^()]+?) (?P<share>\(\d+(?:\.\d+)?% each\))")


def _joint_full_form(a: Analysis, answer: str, others: frozenset[str]) -> str:
    """ "Harrison; Graham (44% each)" -> "Jaime Harrison; Lindsey Graham (44% each)": each name in its full
    form, where that keeps the answer within the answer check's length."""
    m = _JOINT.fullmatch(answer)
    if m is None:
        return answer
    names = [full_form(a, x, others) for x in m.group("names").split("; ")]
    out = f"{'; '.join(names)} {m.group('share')}"
    return out if len(out.split()) <= MAX_ANSWER_WORDS else answer
