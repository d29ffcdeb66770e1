"""Questions inferred for figures when the text asks none.

When no question is asked near the figures (nor governs their paragraph), the question is built
from what the figures say: the current question continued, the passage's horse race, a question
derived from the figures' answers and verbs (a favourability of the person named, a statement, a
choice between options), or, last, one from the sentence's own words. A question that repeats an
earlier one in other words takes the earlier one's id. This is separate from :mod:`rules` (which
decides which sentence starts a question) and from :mod:`questions` (which finds questions the text
asks) because it reads the drafts' answers, not the text: it is most of the labelling step's cost and
runs only when nothing is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.reading.extract import labels, questions, tables
from bot.reading.extract.grouping import Draft, pop_key
from bot.reading.extract.populations import MAIN_MODS
from bot.reading.extract.vocab import CAPSEQ, LABEL_STOPWORDS, LABEL_WORDS, NOT_NAMES, POP_HEADS, TITLES

_NON_SUBSTANTIVE = frozenset({"undecided", "not sure", "don't know", "no opinion", "other", "someone else"})
_VERB_TOPIC = re.compile(
    r"^(?:support(?:ed|s)?|oppose[ds]?|favou?r(?:ed|s)?|approve[ds]?|disapprove[ds]?|prefer(?:red|s)?|"
    r"want(?:ed|s)?|trust(?:ed|s)?|back(?:ed|s)?|reject(?:ed|s)?|agree[ds]?|disagree[ds]?|"
    r"expect(?:ed|s)?|like[ds]?|dislike[ds]?|fear(?:ed|s)?|worr(?:y|ied|ies))\b",
    re.IGNORECASE,
)


_CONTINUE = re.compile(
    r"^\s*(?:\(?\s*)(?:fewer|more|only|just|another|meanwhile|still|yet|but|however|by\s+contrast|"
    r"in\s+contrast|similarly|conversely|while|whereas|the\s+rest|the\s+remaining|a\s+further|"
    r"some|others?|and\s+among|among|for)\b|\b(?:though|however|by\s+contrast|the\s+opposite|"
    r"this\s+view|that\s+view|the\s+same|so\s+do|as\s+do)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QuestionContext:
    """Where a sentence's figures stand when no question is asked or governs their paragraph."""

    text: str
    sentence: str
    start: int
    same_para: bool
    row: bool
    current: tuple[str, int] | None
    current_pops: set[str]
    horse_q: tuple[str, int] | None


# Parties of parliamentary systems: shares of them are voting intention, not a named race's vote.
_PARLIAMENTARY_PARTIES = frozenset(
    [
        "labour",
        "conservatives",
        "conservative",
        "tories",
        "reform",
        "reform uk",
        "liberal democrats",
        "lib dems",
        "greens",
        "green",
        "snp",
        "plaid cymru",
        "labor",
        "coalition",
        "liberals",
        "liberal",
        "ndp",
        "bloc",
        "bloc québécois",
        "one nation",
        "nationals",
        "people's party",
    ]
)


_BETTER_LEADER = re.compile(r"\b(?:better|preferred|best)\s+(?:prime\s+minister|premier|PM)\b", re.IGNORECASE)
_GENERIC_BALLOT = re.compile(r"\bgeneric[- ]ballot\b|\bcongressional\s+ballot\b", re.IGNORECASE)
_TWO_PARTY = re.compile(r"two[- ]party|\b2PP\b|\bTPP\b|preferred", re.IGNORECASE)


def _is_party(name: str) -> bool:
    """A parliamentary party, also when the name read carries words before it ("Quebec the Bloc")."""
    return name in _PARLIAMENTARY_PARTIES or any(name.endswith(" " + p) for p in _PARLIAMENTARY_PARTIES)


_REFERRED = re.compile(
    r"\bthe\s+(?P<noun>measure|proposal|plan|bill|ban|amendment|referendum|initiative|levy|bond|change|"
    r"policy|law|deal|tax)\b(?=\?|$)"
)


def _fuller_reference(question: str, before: str) -> str:
    """ "Do you favor the measure?" after "the Millbrook School District's $185 million bond measure"
    asks about that measure by name: a question ending in "the <measure|plan|ban ...>" takes the
    passage's last fuller mention of it (up to six words before the noun, on one line)."""
    m = _REFERRED.search(question)
    if m is None:
        return question
    noun = m.group("noun")
    fuller = None
    for f in re.finditer(rf"\bthe\s+((?:[\w$'’.,-]+[ \t]+){{1,6}}?{noun})\b", before, re.IGNORECASE):
        fuller = f
    if fuller is None or "\n" in fuller.group(0):
        return question
    return f"{question[: m.start()]}the {fuller.group(1)}{question[m.end() :]}"


def _horse_race_question(text: str, figs: list[Draft], sentence: str = "") -> str:
    """The passage's horse-race question; party shares in a parliamentary system are its voting intention
    ("Reform UK on 31 per cent, Labour on 27 per cent"), whatever past election the passage mentions."""
    if _BETTER_LEADER.search(sentence):
        return "Who would make the better prime minister?"
    named_parties = {d.answer.lower() for d in figs if d.name_answer}
    if named_parties and named_parties <= {"democrats", "republicans"} and _GENERIC_BALLOT.search(text):
        return "Vote choice for Congress (generic ballot)"
    q = questions.horse_race_question(text)
    if q == "Two-party preferred vote" and sentence and not _TWO_PARTY.search(sentence):
        # A passage with a two-party-preferred figure also gives the primary vote.
        return "Voting intention"
    named = {d.answer.lower() for d in figs if d.name_answer and d.answer != "other"}
    if q.startswith("Vote choice") and named and 2 * sum(_is_party(n) for n in named) >= len(named):
        # (most options being parties is enough: "Nigel Farage's party" is one too)
        return "Voting intention"
    return q


def inferred_question(
    ctx: QuestionContext,
    figs: list[Draft],
    new_q: Callable[..., tuple[str, int]],
    q_ids: dict[str, int],
) -> tuple[tuple[str, int], tuple[str, int] | None]:
    """The question of figures with none of their own: the current one continued, a horse race, one
    derived from what they say, or a fallback. Returns it and the passage's horse-race question.

    Computed only when no question is asked: deriving one is most of the labelling step's cost.
    """
    current, horse_q = ctx.current, ctx.horse_q
    substantive = [d for d in figs if d.answer not in _NON_SUBSTANTIVE]
    names = [d for d in figs if d.name_answer]
    pops_here = {pop_key(d.population) for d in figs}
    # Two or more named options ("41% would vote for Ortiz ... 38% would pick Hale") are a horse race,
    # whatever statement carries them.
    race = len({d.answer for d in figs if d.name_answer or _reads_as_name(d)}) >= 2
    derived = _choice_question(figs, ctx.sentence, ctx.text) or (
        None if race else _derived_question(figs, ctx.sentence, ctx.start)
    )
    cue = _CONTINUE.search(ctx.sentence, 0, max(0, min(d.start for d in figs) - ctx.start))
    if current is not None and (
        # A cue ("Just 24% ...") continues the question, except when a new paragraph brings a
        # question of its own (a new verb and object for the same people).
        (cue and (ctx.same_para or derived is None))
        or (not substantive)
        or (derived is None and not names and (ctx.same_para or ctx.row))
    ):
        q = current
    elif (names or race) and derived is None:
        asked = _horse_race_question(ctx.text, figs, ctx.sentence)
        if (
            horse_q is None
            or horse_q[0] != asked
            or (current is not None and current != horse_q and not ctx.same_para)
        ):
            horse_q = new_q(asked, reuse=horse_q is not None)
        q = horse_q
    elif derived is not None:
        q = new_q(_similar_question(_fuller_reference(derived, ctx.text[: ctx.start]), q_ids), reuse=True)
    elif (
        current is not None
        and not (pops_here & ctx.current_pops)
        and (ctx.same_para or ctx.row or _verb_question(substantive) is None)
    ):
        # New subgroups with no question of their own: a crosstab of the current question. A new
        # paragraph whose figures say what people do ("24% turn to the campaigns' posts") asks
        # something new instead.
        q = current
    else:
        q = new_q(_verb_question(substantive) or _fallback_question(ctx.sentence))
    if names and derived is None:
        horse_q = q
    return q, horse_q


_Q_STOP = LABEL_STOPWORDS | {
    "do",
    "you",
    "your",
    "does",
    "did",
    "should",
    "would",
    "will",
    "what",
    "which",
    "who",
    "how",
    "think",
}


def _q_tokens(q: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", q.lower()) if w not in _Q_STOP}


def _q_names(q: str) -> frozenset[str]:
    """Capitalised words after a question's first word: who or what it is about."""
    return frozenset(w.strip("?,.'’") for w in q.split()[1:] if w[:1].isupper())


def _similar_question(q: str, seen: dict[str, int]) -> str:
    """An earlier question of the passage that asks the same thing in other words, else ``q``.

    "Do you favor increasing the sales tax?" repeats "Do you favor the sales tax hike?": same verb, same
    object (two thirds of the content words shared). Battery items ("feel exhausted" / "feel hopeful")
    share too little to merge (shared words over the longer question's words, at least 0.6).
    """
    mine = _q_tokens(q)
    if len(mine) < 2:
        return q
    best, best_score = q, 0.0
    names = _q_names(q)
    for other in seen:
        theirs_named = _q_names(other)
        if theirs_named != names and not (
            names and theirs_named and (names <= theirs_named or theirs_named <= names)
        ):
            continue  # the same words about someone else ("... opinion of Gavin Newsom?") ask anew
        theirs = _q_tokens(other)
        if len(theirs) < 2:
            continue
        common = len(mine & theirs)
        score = common / max(len(mine), len(theirs))
        if common >= 2 and score >= 0.6 and score > best_score:
            best, best_score = other, score
    return best


_CHOICE_VERB = re.compile(
    r"^(?P<v>expect|expects|expected|prefer|prefers|preferred|predict|predicts|predicted)\b", re.I
)
_ELECTION = re.compile(r"\b(?:the\s+)?(?P<e>(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?election)\b", re.I)


# An election named in running prose (lower case, so not a headline's "... But Election Not Expected").
_PROSE_ELECTION = re.compile(
    r"\b(?P<e>(?:(?:19|20)\d\d\s+)?(?:(?!(?:the|a|an|this|that|of|in|at|for|to|and|or|but)\b)[a-z][\w-]*\s+)?election)\b"
)


def result_of_election(q: str, sentence: str, passage: str) -> str:
    """ "What result would you prefer?" is about an election: name it when the passage does
    ("... from the federal election?")."""
    if not q.startswith("What result") or "election" in q.lower():
        return q
    e = _ELECTION.search(sentence) or _PROSE_ELECTION.search(passage)
    if e is None:
        return q
    return labels._q(f"{q.rstrip('?')} from the {e.group('e')}")


def _choice_question(figs: list[Draft], sentence: str, passage: str = "") -> str | None:
    """Several figures with one expectation/preference verb and different objects are the options of
    one question: "12% expect a Liberal majority, while 34% expect a Conservative government" (same
    population; the same verb across populations is one question per population instead)."""
    verbs: dict[str, set[str]] = {}
    for d in figs:
        m = _CHOICE_VERB.match(labels._LEAD_ADVERBS.sub("", d.vp))
        if m is not None:
            verbs.setdefault(m.group("v").lower()[:5] + "|" + pop_key(d.population), set()).add(
                d.statement or d.answer
            )
    for key, answers in verbs.items():
        stem = key.split("|", 1)[0]
        if len(answers) >= 2:
            verb = {"expec": "expect", "prefe": "prefer", "predi": "predict"}[stem]
            e = _ELECTION.search(sentence) or _PROSE_ELECTION.search(passage)
            if e is not None:
                return labels._q(f"What result do you {verb} from the {e.group('e')}")
            return labels._q(f"What do you {verb}")
    return None


_APPROVAL_OF = re.compile(
    r"\b(?:approval|disapproval)(?:\s+rating)?\s+(?:of|for)\s+(?P<x>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)"
    r"(?=\s+(?:among|has|have|is|was|stands|sits|fell|rose|slipped|climbed|dropped|at|in|remains)\b|[,;.])",
    re.I,
)


_EXPECT_VERB = re.compile(r"^(?:expect|expects|expected|predict|predicts|predicted)\s+(?:that\s+)?\S", re.I)


_HAVE_DONE = re.compile(
    r"^(?:have|has|had)\s+(?:ever\s+|already\s+|never\s+)?(?P<x>(?:\w+ed|been|seen|heard|done|taken|given|"
    r"gone|made|felt|thought|known|read|met|won|lost|paid|bought|sent|kept|left|spent)\b.*)$",
    re.IGNORECASE,
)
_JOB_APPROVAL = re.compile(r"\b(?:job\s+)?approval\b|\bgives?\b|\bgave\b", re.IGNORECASE)


def _rated_person(before: str) -> str | None:
    """The person whose favourability the figures give: the last capitalised name before them, titles
    and a possessive dropped ("California Gov. Gavin Newsom's numbers are" -> "Gavin Newsom")."""
    for seq in reversed(CAPSEQ.findall(before)):
        words = re.sub(r"['’]s$", "", seq.strip()).split()
        titled = [k for k, w in enumerate(words) if w in TITLES]
        if titled:
            words = words[titled[-1] + 1 :]  # "California Gov. Gavin Newsom" -> "Gavin Newsom"
        words = [w for w in words if w.rstrip(".") not in NOT_NAMES and w.lower() not in _Q_STOP]
        name = " ".join(words)
        if (
            not name
            or name.lower() in POP_HEADS
            or name.lower() in tables.GENERIC_ANSWERS
            or name.lower() in ("job", "approval", "poll", "survey")
            or any(w in labels.POLLSTER_WORDS for w in words)
            or labels.population_in(name, prefer_last=True)
        ):
            continue
        return name
    return None


def _derived_question(figs: list[Draft], sentence: str = "", s_start: int = 0) -> str | None:
    """A question built from what the respondents said: a statement, a verb and object, a state."""
    if any(d.answer in ("favorable", "unfavorable", "favourable", "unfavourable") for d in figs):
        # "Vice President JD Vance is viewed favorably by 38%", "Gov. Gavin Newsom's numbers are 35%
        # favorable": the opinion asked about is of the person named before the figures.
        subject = _rated_person(sentence[: max(0, min(d.start for d in figs) - s_start)])
        if subject is not None:
            return f"Do you have a favorable or unfavorable opinion of {subject}?"
    if any(d.answer in ("approve", "disapprove") for d in figs):
        m = _APPROVAL_OF.search(sentence)
        if m is not None:
            return labels._q(f"Do you approve of {m.group('x')}")
        before = sentence[: max(0, min(d.start for d in figs) - s_start)]
        caption = next((d.table_caption for d in figs if d.table_caption), "")
        before = f"{caption} {before}" if caption else before  # a table's rows name no one themselves
        if _JOB_APPROVAL.search(before):
            # "Trump job approval: 45% approve", "give Governor Ellen Marsh a 41 - 50 percent job
            # approval rating": the job of the person named before the figures.
            subject = _rated_person(before)
            if subject is not None:
                return f"Do you approve or disapprove of the job {subject} is doing?"
    for d in figs:
        if d.statement:
            if _EXPECT_VERB.match(labels._LEAD_ADVERBS.sub("", d.vp)):
                # An expectation is asked as one: "expect their party will win" -> "Do you expect your
                # party will win?", not the factual "Will your party win?".
                return labels._q(f"Do you expect {labels._you(labels._clean(d.statement))}")
            return labels.yes_no_question(d.statement)
    for d in figs:
        vp = labels._LEAD_ADVERBS.sub("", d.vp)
        m = _VERB_TOPIC.match(vp)
        if m is not None and len(vp.split()) >= 2:
            verb = labels._lemma(m.group(0)) or m.group(0).lower()
            return labels._q(_your(f"Do you {verb} {vp[m.end() :].strip()}"))
    for d in figs:
        m = _HAVE_DONE.match(d.vp)
        if m is not None and d.answer not in _NON_SUBSTANTIVE:
            # "47% of adults had used a chatbot at work in the past month"
            return labels._q(_your(f"Have you {m.group('x')}"))
    for d in figs:
        m = re.match(r"^(?:are|were|is|was)\s+(?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,5})$", d.vp, re.IGNORECASE)
        if m is not None and d.answer not in _NON_SUBSTANTIVE:
            return labels._q(f"Are you {m.group('x')}")
    return None


_REPORTED = re.compile(
    r"\b(?:say|says|said|saying|think|thinks|thought|believe|believes|believed|agree|agrees|agreed|"
    r"report|reports|reported)\s+(?:that\s+)?(?P<c>[^,;:?!()]+?)\s*(?=[,;:?!()]|\.(?:\s|$)|"
    r"\s+(?:while|whereas|but|compared|according|up|down)\b|$)",
    re.I,
)
_POSSESSIVE_APPROVAL = re.compile(
    r"\b(?P<x>(?:the\s+)?(?:[A-Z][\w.-]*|president|governor|mayor|premier|prime\s+minister|congress)"
    r"(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+(?:job\s+)?approval\b",
    re.I,
)


_SAY_VERB = re.compile(labels._SAY_VERBS, re.IGNORECASE)
_NOT_VERBS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "than",
        "then",
        "who",
        "that",
        "which",
        "whose",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "these",
        "those",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "more",
        "less",
        "most",
        "least",
        "not",
        "no",
        "all",
        "some",
        "any",
        "each",
        "both",
        "either",
        "neither",
        "one",
        "two",
        "three",
        "about",
        "over",
        "under",
        "among",
        "between",
        "into",
        "onto",
        "upon",
    ]
)


def _reads_as_name(d: Draft) -> bool:
    """An answer read as a person or party ("would vote for Ortiz" -> "Ortiz"), outside headlines."""
    return (
        d.answer[:1].isupper()
        and not d.answer.isupper()  # an all-capitals text has no names to tell apart
        and not d.headline
        and not d.statement
        and d.answer.lower() not in _NON_SUBSTANTIVE
        and not set(d.answer.lower().split()) & LABEL_WORDS
    )


def _verb_question(figs: list[Draft]) -> str | None:
    """A question from what the figures say people do, when nothing better names it.

    "24% turn to campaign posts ..., 10% turn to their websites and 9% turn to emails" asks "Do you turn
    to campaign posts ..., their websites or emails?"; one figure's "wear a mask" asks "Do you wear a
    mask?". Verb phrases that start with a function word or an auxiliary are left to the other rules.
    """
    phrases: list[tuple[str, str]] = []
    for d in figs:
        words = labels._LEAD_ADVERBS.sub("", d.vp).split()
        if len(words) < 2 or d.statement:
            continue
        verb = words[0].lower()
        if (
            not verb.isalpha()
            or verb in _NOT_VERBS
            or verb.endswith(("ing", "ed"))
            or verb in POP_HEADS
            or MAIN_MODS.fullmatch(verb)
            or labels._AUX_RE.fullmatch(verb)
            or _SAY_VERB.fullmatch(verb)
        ):
            continue  # "say they ...", "agreeing with ...": the statement rules read those
        phrases.append((verb, " ".join(words[1:])))
    if not phrases:
        return None
    verb = phrases[0][0]
    verb = _IRREGULAR_PAST.get(verb, verb)
    objects = list(dict.fromkeys(obj for v, obj in phrases if _IRREGULAR_PAST.get(v, v) == verb))
    if len(objects) == 1:
        if not all(d.headline for d in figs):
            return None  # one verb phrase in prose is too weak a question; a headline states its finding
        return labels._q(f"Do you {verb} {_your(objects[0])}")
    # Several objects of one verb are the options; pronouns stay as written ("their websites" may be
    # the campaigns').
    return labels._q(f"Do you {verb} {', '.join(objects[:-1])} or {objects[-1]}")


_IRREGULAR_PAST = {
    "chose": "choose",
    "took": "take",
    "gave": "give",
    "got": "get",
    "went": "go",
    "made": "make",
    "saw": "see",
    "felt": "feel",
    "found": "find",
    "held": "hold",
    "knew": "know",
    "paid": "pay",
    "spent": "spend",
    "sent": "send",
    "bought": "buy",
    "kept": "keep",
    "left": "leave",
    "put": "put",
}


def _your(s: str) -> str:
    """The respondents' "their" addressed to them: "in their district" -> "in your district"."""
    return re.sub(r"\btheir\b", "your", s)


def _fallback_question(sentence: str) -> str:
    """A last-resort question, from what the respondents were reported to say or think ("say they
    wear a mask" -> "Do you wear a mask?"), a possessive approval rating ("the president's approval
    stands at ...") or else the sentence's words without its numbers, shortened."""
    s = re.sub(r"\(?\b\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent)\)?", "", sentence)
    s = re.sub(r"\s+", " ", s).strip(" ,.;:")
    m = _REPORTED.search(s)
    if m is not None and 2 <= len(m.group("c").split()) <= 16:
        if m.group(0).lower().startswith("agree"):
            # Agreeing with a statement: the statement is the question's object, as worded.
            return labels._q(f"Do you agree that {m.group('c')}")
        return labels.yes_no_question(m.group("c").strip(" '\"‘’“”"))
    a = _POSSESSIVE_APPROVAL.search(s)
    if a is not None:
        rated = re.sub(r"^the\s+", "the ", a.group("x"), flags=re.I)
        return labels._q(f"Do you approve of {rated}")
    words = s.split()[:14]
    return labels._q("What about: " + " ".join(words)) if words else "What did respondents say?"
