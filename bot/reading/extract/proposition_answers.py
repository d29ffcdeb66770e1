"""A yes/no proposition answered by restating it: "41% think the governor should resign" answers "yes".

Reports give a yes/no question's share by writing out the proposition the respondents agreed with, and its
other side by negating it ("... while 47% say she should not"). The rankers then pick the clause as the
answer ("the governor should resign"); the labelling rules answer such a question "yes" / "no" and keep the
proposition for the question. A clause stays the answer where it is one option among others: two
propositions side by side that are not one the negation of the other ("22% say the inquiry should go on,
37% say it should end"), or a question that offers its options with "or" ("Is the sex at birth the only
way, or should the definition include identity?").

Settled after ranking (like :mod:`answer_shapes`): the training passages hold few such figures, so a
candidate feature would carry little weight; the rule is about how reports word a yes/no result.

A clause here has a subject and a finite verb after it ("Trump should be impeached", "there should not",
"Christie deserves reelection"); a verb phrase that opens on its verb ("would still oppose a second
vote", "should run a bottle deposit scheme") names an option in the report's own words and is left alone.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

# Verbs of saying or thinking that open a reported clause: "think Trump should be impeached".
_LEAD = re.compile(
    r"^(?:(?:still|also|now)\s+)?(?:think|thinks|thought|believe|believes|believed|say|says|said|feel|feels|felt|"
    r"agree|agrees|agreed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# Modals and auxiliaries: a finite verb after a subject, and never a subject's first word.
_AUXILIARIES = frozenset(
    [
        "should",
        "would",
        "will",
        "must",
        "can",
        "could",
        "shall",
        "may",
        "might",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
    ]
)
# A finite verb after the subject: a modal or auxiliary, or a third-person verb ("deserves", "needs").
_FINITE = _AUXILIARIES | frozenset(
    [
        "deserves",
        "deserve",
        "needs",
        "need",
        "ought",
    ]
)
# The verbs of a proposition put to a yes/no vote: what should, would or will happen, or who deserves
# what. A copula's clause ("the definition is outdated", "he is doing a bad job") more often names an
# option of a wider question (its complement), and is left to the rankers.
_MODAL = frozenset(
    ["should", "would", "will", "must", "can", "could", "shall", "ought", "deserves", "deserve", "wo", "ca"]
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
# Words that are no content of a proposition: subjects that point back, auxiliaries, negation, articles.
_FRAME = (
    frozenset(
        [
            "it",
            "they",
            "he",
            "she",
            "we",
            "you",
            "there",
            "this",
            "that",
            "these",
            "those",
            "the",
            "a",
            "an",
            "to",
            "be",
            "been",
            "being",
            "of",
            "and",
            "or",
            "in",
            "on",
            "for",
            "with",
            "at",
            "by",
            "not",
            "never",
            "no",
            "longer",
            "so",
            "too",
            "still",
            "also",
            "just",
        ]
    )
    | _FINITE
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
# Determiners and pronouns a subject may open on; anything else that opens a clause must be a noun phrase.
_NOT_SUBJECT = _AUXILIARIES | frozenset(
    [
        "not",
        "to",
        "be",
        "and",
        "or",
        "but",
        "if",
        "when",
        "while",
    ]
)


_POINTING_SUBJECTS = frozenset(["it", "they", "he", "she", "there", "this", "that"])
# The replies a yes/no question sits beside: any other answer of a sibling (a stance such as "oppose", a
# worded option such as "be impeached and removed") makes the clause one option of a wider question.
_YES_NO_REPLIES = frozenset(
    [
        "yes",
        "no",
        "unsure",
        "undecided",
        "not sure",
        "don't know",
        "do not know",
        "no opinion",
        "other",
    ]
)


def _other_option(answer: str) -> bool:
    """A sibling's answer that is neither a clause nor a yes/no question's reply: an option of its own
    ("oppose" beside "the city should expand bus service", "impeachment is OK" beside "be impeached")."""
    low = answer.lower().strip().replace("’", "'")
    return bool(low) and low not in _YES_NO_REPLIES and _clause(answer) is None


def _clause(answer: str) -> str | None:
    """The proposition an answer states, past a leading verb of saying; None when it is no clause."""
    text = _LEAD.sub("", answer.strip())
    words = text.split()
    if len(words) < 2 or len(words) > 14:
        return None
    if words[0].lower() in _NOT_SUBJECT or not words[0][:1].isalpha():
        return None  # "would still oppose a second vote", "should run a bottle deposit scheme": a verb phrase
    low = [w.lower().strip(",.;:") for w in words]
    verb = next((i for i, w in enumerate(low) if w in _FINITE or w.endswith(("n't", "n’t"))), None)
    if verb is None or verb == 0 or verb > 5 or "to" in low[:verb]:
        return None  # "time to have a new president": an infinitive, not a subject and its verb
    if low[verb] not in _MODAL and low[verb].rstrip("n't’") not in _MODAL:
        return None  # "he is doing a bad job", "Trump is their second choice": the option is in the clause
    return text


def _core(clause: str) -> frozenset[str]:
    """The proposition's content words, by their first five letters ("impeached" meets "impeach")."""
    return frozenset(w[:5] for w in _WORD.findall(clause.lower()) if w not in _FRAME)


def _same_proposition(x: str, y: str) -> bool:
    """Whether two clauses state one proposition (either way round): the shorter one's content words are
    the longer one's but for at most one ("Christie deserves reelection" and "... this year"; "she should
    not" says no to "the governor should resign")."""
    cx, cy = _core(x), _core(y)
    small, big = (cx, cy) if len(cx) <= len(cy) else (cy, cx)
    if small - big:
        return False
    short = x if len(cx) <= len(cy) else y
    pointing = short.split()[0].lower() in _POINTING_SUBJECTS  # "it should not be raised"
    return pointing or len(big - small) <= 1 or len(small) >= 0.5 * len(big)


_YES_NO_QUESTION = re.compile(
    r"^(?:Should|Is|Are|Was|Were|Does|Do|Did|Will|Would|Has|Have|Can|Could|Must)\b(?!.*\bor\b)[^?]*\?$"
)


def _asks(question: str, clause: str) -> bool:
    """Whether the figure's question may be the clause's yes/no question: none was found, or it opens on
    an auxiliary and offers no options with "or" ("Should Trump be impeached?", not "Should Congress
    approve or reject the deal?" nor "What do you like most about her?")."""
    return not question or _YES_NO_QUESTION.match(question) is not None


def _listed(text: str, answer: str) -> bool:
    """Whether the passage writes the answer as an option of a list: opening a line, past a key or bullet
    ("a = ...", "b) ...", "- ..."), as a topline's rows and a chart's key do."""
    pattern = r"(?im)^[ \t]*(?:\w{1,2}[ \t]*[=:.)][ \t]*|[-•*][ \t]*)?" + re.escape(answer)
    return re.search(pattern, text) is not None


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Answer "yes" / "no" where a figure's answer restates a lone yes/no proposition."""
    clauses = {i: c for i, f in enumerate(figs) if (c := _clause(f.answer)) is not None}
    if not clauses:
        return
    near = {
        i: [j for j in clauses if j != i and abs(figs[j].sentence - figs[i].sentence) <= 1] for i in clauses
    }
    asked = {i for i, c in clauses.items() if _asks(figs[i].question, c)}
    out: dict[int, str] = {}
    for i, clause in clauses.items():
        f = figs[i]
        if _listed(a.text, f.answer):
            continue  # "a = The government should run a bottle deposit scheme": the report lists its options
        if any(_other_option(g.answer) for g in figs if g.sentence == f.sentence and g is not f):
            continue  # "71% say the city should expand bus service, 19% are opposed": a stance question
        if any(not _same_proposition(clause, clauses[j]) for j in near[i]):
            continue  # "22% say the inquiry should go on, 37% say it should end": each clause an option
        if i not in asked and not any(j in asked for j in near[i]):
            continue  # neither it nor a sibling stating it is its question's proposition
        negated = bool(_NEGATION.search(clause))
        n = a.numbers[f.num_index]
        second_of_pair = any(
            n.cand.partner == figs[j].num_index and not n.cand.first
            for j in near[i]
            if bool(_NEGATION.search(clauses[j])) == negated
        )  # "say 58 - 36 percent that Keller deserves a second term": the second side is the no
        out[i] = "no" if negated or second_of_pair else "yes"
    for i, answer in out.items():
        figs[i].answer = answer
