"""Answers completed across a question's figures, once every figure has its own reading.

A figure's own window often names its answer only in part: a bare "are opposed" beside "support the
plan", a "yes" to a statement, "the opposite", a pair with no words of its own, a surname the passage
gives in full elsewhere. These passes fill and reword answers from the figure's siblings (in a
sentence, or under one question) and from the question itself. They are separate from
:mod:`rules` because they never read the text around a single number: they only rewrite the drafts
that the per-figure steps produced.
"""

from __future__ import annotations

import re

from bot.reading.extract import labels
from bot.reading.extract.grouping import Draft
from bot.reading.extract.numbers import Candidate
from bot.reading.extract.scan import finder_starts, finditer_at
from bot.reading.extract.vocab import NOT_NAMES, TITLES

_OPPOSITES = {
    "support": "oppose",
    "favor": "oppose",
    "approve": "disapprove",
    "agree": "disagree",
    "yes": "no",
    "oppose": "support",
    "disapprove": "approve",
    "disagree": "agree",
    "no": "yes",
}


def opposite(answer: str) -> str:
    """The other side of a two-way split: "support X" -> "oppose X"; unknown verbs -> "other"."""
    verb, _, obj = answer.partition(" ")
    other = _OPPOSITES.get(verb)
    if other is None:
        return "other"
    return f"{other} {obj}".strip()


def repeat_pair_answers(out: list[Draft], cands: list[Candidate], idx: list[int]) -> None:
    """The two halves of a pair share a wave, and a pair with no words of its own repeats the previous
    pair's options in order: "Renters backed it 74 to 19 percent; homeowners were closer, 53 to 38"."""
    by_start = {d.start: d for d in out}
    last: tuple[str, str] | None = None
    for i in idx:
        c = cands[i]
        if not c.first or c.partner is None:
            continue
        first, second = by_start.get(c.start), by_start.get(cands[c.partner].start)
        if first is None or second is None:
            continue
        if bool(first.when) != bool(second.when):
            # "down from a 46 - 45 percent rating in February": both halves are the earlier wave.
            first.when = second.when = first.when or second.when
        if first.answer and second.answer:
            last = (first.answer, second.answer)
        elif not first.answer and not second.answer and last is not None:
            first.answer, second.answer = last


def complete_pair_answers(figs: list[Draft]) -> None:
    """Bare opposite verbs take the object of their sibling: "support negotiations ... are opposed"."""
    objects = {}
    for d in figs:
        parts = d.answer.split(maxsplit=1)
        if len(parts) == 2 and parts[0] in ("support", "oppose", "favor", "approve", "disapprove"):
            objects[parts[0]] = parts[1]
    if not objects:
        return
    obj = next(iter(objects.values()))
    for d in figs:
        if d.answer in ("support", "oppose", "favor", "approve", "disapprove"):
            d.answer = f"{d.answer} {obj}"


def complete_answers(drafts: list[Draft]) -> None:
    """Per question: opposite verbs share an object; competing statements become the answers."""
    _anaphoric_views(drafts)
    by_q: dict[int, list[Draft]] = {}
    for d in drafts:
        by_q.setdefault(d.question_id, []).append(d)
    for figs in by_q.values():
        complete_pair_answers(figs)
        _opposite_statements(figs)
        full: dict[str, str] = {}
        for d in figs:
            if d.name_answer and d.answer != "other":
                full.setdefault(d.answer.split()[-1], d.answer)
        if len(full) == 2:
            (s1, n1), (_s2, n2) = full.items()
            by_start = sorted(figs, key=lambda x: x.start)
            for i, d in enumerate(by_start):
                if d.answer == "other" and i > 0 and by_start[i - 1].answer:
                    d.answer = n2 if by_start[i - 1].answer.split()[-1] == s1 else n1
        statements = {d.statement for d in figs if d.statement}
        if len(statements) >= 2:
            for d in figs:
                if d.statement and d.answer == "yes":
                    d.answer = " ".join(labels.without_asides(d.statement).split()[:8])
        _answers_echoing_the_question(figs)
        _two_sided_tracking(figs)
        _enrich_yes_no(figs)
        _stance_answers(figs)
        _answers_from_question_verb(figs)
        _statement_answers(figs)


def _statement_answers(figs: list[Draft]) -> None:
    """A lone "yes" to a statement reads better as the statement: "45% think the sex on the birth
    certificate is the only way" answers "the sex on the birth certificate is the only way", not "yes".

    Only when no figure of the question answers "no" (then yes/no is the pair a reader poll offers).
    """
    if any(d.answer == "no" or d.answer.startswith("no,") for d in figs):
        return
    for d in figs:
        if d.answer == "yes" and d.statement and len(d.statement.split()) >= 3:
            verb = labels._LEAD_ADVERBS.sub("", d.vp).split()[:1]
            if verb and verb[0].lower() in ("agree", "agrees", "agreed"):
                d.answer = "agree"  # "98% agree that the NHS ...": the statement is the question
            else:
                d.answer = " ".join(labels.without_asides(d.statement).split()[:8])


_THIS_VIEW = re.compile(
    r"^(?:have|hold|share|take|express|agree\s+with)\s+(?:this|that|the\s+same|such\s+an?)\s+"
    r"(?:view|opinion|position|belief|stance)s?$|^feel\s+(?:this|that|the\s+same)\s+way$",
    re.I,
)


def _anaphoric_views(drafts: list[Draft]) -> None:
    """ "... 47%, to have this view": the view is the statement last reported before it, so its words
    are the answer ("the definition should be revised")."""
    last: Draft | None = None
    for d in sorted(drafts, key=lambda x: x.start):
        if _THIS_VIEW.match(d.answer) and last is not None and last.statement:
            d.answer = " ".join(last.statement.split()[:10])
            d.statement = last.statement
        elif d.statement:
            last = d


_ANTONYMS = {
    "right": "wrong",
    "wrong": "right",
    "good": "bad",
    "bad": "good",
    "true": "false",
    "false": "true",
    "likely": "unlikely",
    "unlikely": "likely",
    "better": "worse",
    "worse": "better",
    "fair": "unfair",
    "unfair": "fair",
    "should": "should not",
    "will": "will not",
}


def _opposite_statements(figs: list[Draft]) -> None:
    """ "45% say the plan was wrong, while 43% think the opposite": the opposite answer is the sibling's
    statement with its predicate negated ("the plan was right"), and the question names both sides
    ("Was the plan wrong or right?")."""
    opp = [d for d in figs if d.answer in ("opposite", "the opposite", "reverse", "the reverse")]
    if not opp:
        return
    base = next((d for d in figs if d.statement and d.answer == "yes"), None)
    if base is None or base.statement is None:
        return
    words = base.statement.split()
    idx = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _ANTONYMS), None)
    if idx is None:
        return
    word = words[idx].lower()
    flipped = " ".join([*words[:idx], _ANTONYMS[word], *words[idx + 1 :]])
    for d in opp:
        d.answer, d.statement = "yes", flipped
    q = figs[0].question
    if " " not in _ANTONYMS[word] and q.endswith(f" {word}?"):
        q = f"{q[:-1]} or {_ANTONYMS[word]}?"
        for d in figs:
            d.question = q


def _two_sided_tracking(figs: list[Draft]) -> None:
    """Right direction vs wrong track is one two-sided question: "Is the country headed in the right
    direction?" answered by both options reads "... in the right direction or on the wrong track?"."""
    answers = {d.answer for d in figs}
    if not figs or not {"right direction", "wrong track"} <= answers:
        return
    q = figs[0].question
    if q.endswith(" right direction?") and "wrong track" not in q:
        q = f"{q[:-1]} or on the wrong track?"
    elif q.endswith(" wrong track?") and "right direction" not in q:
        q = f"{q[:-1]} or in the right direction?"
    for d in figs:
        d.question = q


def _answers_echoing_the_question(figs: list[Draft]) -> None:
    """An answer that repeats the verb phrase of "Do you <vp>?" is that question's yes: "Do you wear a
    mask in public?" with "41% say they wear a mask in public" -> "yes"."""
    m = re.match(r"^Do you (?P<vp>.+?)\?$", figs[0].question if figs else "")
    if m is None:
        return
    vp = m.group("vp").lower()
    for d in figs:
        if d.answer and d.answer.lower().rstrip(" .") == vp and not d.headline:
            d.answer = "yes"  # a headline's terse finding ("17% Identify More With Trump") stays as written


_STANCE_Q = re.compile(r"^Do you (?P<v>support|oppose|favou?r|approve|disapprove|agree|disagree|trust)\b")


def _answers_from_question_verb(figs: list[Draft]) -> None:
    """Figures with no answer of their own in a "Do you support ...?" question answer with its verb:
    "Do you support the strike? 59% of voters do, including 72% of Democrats" -> "support"."""
    if not figs or all(d.answer for d in figs):
        return
    m = _STANCE_Q.match(figs[0].question)
    if m is None:
        return
    for d in figs:
        if not d.answer:
            d.answer = m.group("v")


# The complement must be the question's predicate ("Is X a threat?"), not a noun inside a modifier
# ("Is the sex listed on a person's birth certificate ...?") or the first word of a longer phrase.
_COPULAR_Q = re.compile(
    r"^(?:Is|Are|Was|Were)\s+\S.*?(?<!\bon)(?<!\bof)(?<!\bin)(?<!\bfor)(?<!\bto)(?<!\bwith)\s"
    r"(?P<c>(?:a|an)\s+[\w-]+)(?:\?$|\s+(?:to|for|of|in|on|with|against)\s)"
)


def _enrich_yes_no(figs: list[Draft]) -> None:
    """Bare yes/no answers carry the option's words when a sibling or the question gives them.

    "24% thought so, while 41% oppose negotiations" -> "support negotiations"; "Is X a threat?" with
    "60% say it is" -> "yes, a threat", "14% realize it isn't" -> "no, not a threat".
    """
    if not any(d.answer in ("yes", "no") for d in figs):
        return
    if any(d.answer == "yes" and d.statement for d in figs):
        # "57% say the wage should be raised ... 41% disagree": agreeing with a statement is its yes.
        for d in figs:
            if d.answer in ("agree", "disagree") and not d.statement:
                d.answer = "yes" if d.answer == "agree" else "no"
    obj = ""
    for d in figs:
        verb, _, rest = d.answer.partition(" ")
        if verb in ("support", "oppose") and rest:
            obj = rest
    if obj:
        for d in figs:
            if d.answer in ("yes", "no"):
                d.answer = f"{'support' if d.answer == 'yes' else 'oppose'} {obj}"
        return
    m = _COPULAR_Q.match(figs[0].question)
    if m is None:
        return
    comp = m.group("c")
    for d in figs:
        if d.answer == "yes":
            d.answer = f"yes, {comp}"
        elif d.answer == "no":
            d.answer = f"no, not {comp}"


_STANCE_VP = re.compile(
    r"^(?:are|were|is|was|remain|remained)\s+(?P<w>for|against|opposed|in\s+favou?r)\b", re.I
)
_TOPIC_Q = re.compile(r"^(?:Do you support|What do you think about)\s+(?P<t>.+?)\?$")


def _stance_answers(figs: list[Draft]) -> None:
    """ "are for it" / "are opposed" on a described topic keep their words and take its head:
    "in terms of trading with them, 8% are for it and 65% are opposed" -> "for trading", "opposed to trading".
    Only where some figure is "for it" (a bare "for" names no option without its topic)."""
    m = _TOPIC_Q.match(figs[0].question)
    if m is None:
        return
    if not any((sv := _STANCE_VP.match(d.vp)) is not None and sv.group("w").lower() == "for" for d in figs):
        return  # "41% are against" beside "24% back it": plain options; only a bare "for it" needs the topic
    topic = m.group("t")
    words = topic.split()
    head = words[0] if words[0].lower().endswith("ing") else " ".join(words[:6])
    changed = False
    for d in figs:
        sv = _STANCE_VP.match(d.vp)
        if sv is None or d.answer not in ("favor", "oppose"):
            continue
        w = sv.group("w").lower()
        linker = {"opposed": " to", "in favor": " of", "in favour": " of"}.get(w, "")
        d.answer = f"{w}{linker} {head}"
        changed = True
    if changed and figs[0].question.startswith("What do you think about"):
        for d in figs:
            d.question = f"Do you support {topic}?"


def share_answers(figs: list[Draft]) -> None:
    """List items without their own predicate take a neighbour's.

    "65% of X, 62% of Y ... favored it" (the predicate comes last) and "Perdue holds 86% of his base,
    82% of ..." (the option comes first).
    """
    if not any(d.answer for d in figs) or all(d.answer for d in figs):
        return
    named = [d for d in figs if d.name_answer]
    if named:
        last: Draft | None = None
        for d in figs:
            if d.answer:
                last = d
            elif last is not None and last.name_answer:
                d.answer, d.name_answer = last.answer, True
        return
    given = [d.answer for d in figs if d.answer]
    shared = max(dict.fromkeys(given), key=given.count)  # ties: the first given, not set order
    for d in figs:
        if not d.answer:
            d.answer = shared
            d.statement = next((x.statement for x in figs if x.answer == shared and x.statement), None)
            d.vp = next((x.vp for x in figs if x.answer == shared), d.vp)


# The surname is a lookahead so that matches overlap: in "Republican David Perdue" the pair
# "Republican David" must not consume "David" before "David Perdue" is tried.
_NAME_SEQ = re.compile(
    # [ \t]: a first and last name are on one line ("Share\nEconomy" in a table is not a name)
    r"\b(?P<first>[A-Z][a-z]+)[ \t]+(?=(?:[A-Z]\.[ \t]+)?(?P<last>[A-Z][a-z'’-]+(?:[ \t]+(?:Jr\.|Sr\.))?)\b)"
)


# Two capitalised words in a row, literal first: matches wherever _NAME_SEQ does.
_NAME_PAIR = re.compile(r"[A-Z][a-z]+\s+[A-Z]")


def full_names(text: str, drafts: list[Draft]) -> None:
    """A surname answer takes the full name the passage gives it: "Whitfield" -> "Dana Whitfield"."""
    singles = {d.answer for d in drafts if d.name_answer and re.fullmatch(r"[A-Z][a-z'’-]+", d.answer)}
    if not singles:
        return
    full: dict[str, str] = {}
    for m in finditer_at(_NAME_SEQ, text, finder_starts(_NAME_PAIR, text)):
        first, last = m.group("first"), m.group("last")
        if last not in singles or last in full:
            continue
        if first in NOT_NAMES or first in TITLES or first in _NOT_FIRST_NAMES or first.endswith("s"):
            continue
        full[last] = f"{first} {last}"
    for d in drafts:
        if d.name_answer and d.answer in full:
            d.answer = full[d.answer]


_NOT_FIRST_NAMES = frozenset(
    {
        "Democrat",
        "Democratic",
        "Republican",
        "Incumbent",
        "Candidate",
        "Challenger",
        "Businessman",
        "Labour",
        "Tory",
    }
)
