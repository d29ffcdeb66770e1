"""Stage 2: answer, population and question for each detected figure, chosen among candidates.

Each cue that can name a label proposes a :class:`Choice` (its text, the rule or layout that produced
it, and features describing it). The fitted ``answer``, ``population`` and ``question`` models score
every candidate; the best one above the stage's floor wins, else the label is left empty so that a
moderator writes it. The winning candidate's source is kept as the label's provenance.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.answer_candidates import answer_proposals
from bot.reading.extract.answer_context import date_like
from bot.reading.extract.label_check import printed_problem, tidy_question, usable
from bot.reading.extract.label_cues import FUNCTION_WORDS, VERBISH, is_option
from bot.reading.extract.learn import Model, model
from bot.reading.extract.measure_words import asked_measure
from bot.reading.extract.population_candidates import population_proposals, rejected, tidy_population
from bot.reading.extract.question_measures import MEASURE_FEATURES, measure_feature, named_measures
from bot.reading.extract.question_templates import own_names, question_proposals
from bot.reading.extract.scan import Anchored
from bot.reading.extract.sentences import Sentence
from bot.reading.extract.told_questions import leftover

KINDS = ("answer", "population", "question")


# Not frozen: a dense post builds over a thousand (a frozen dataclass's __init__ costs about four times
# a plain one's), and the features of the first proposer of a text are added to as repeats merge anyway.
@dataclass(slots=True)
class Choice:
    kind: str
    text: str
    source: str  # the rule or cue that proposed it, e.g. "legacy", "row_label", "among"
    features: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)  # not frozen, as Choice: three per figure
class Chosen:
    text: str
    source: str
    score: float
    why: list[tuple[str, float]]
    # Every candidate as (text, source, score), best first: what a group-level constraint falls back on.
    ranked: tuple[tuple[str, str, float], ...] = ()


_LEN_KEYS = tuple(f"len={k}" for k in range(10))
_SRC_KEYS: dict[str, str] = {}


def _src_key(source: str) -> str:
    """ "src=<source>" (built once per source: every proposal of every figure sets one)."""
    key = _SRC_KEYS.get(source)
    if key is None:
        key = _SRC_KEYS[source] = "src=" + source
    return key


def _features(text: str, source: str, extra: dict[str, float] | None) -> dict[str, float]:
    f = {_SRC_KEYS.get(source) or _src_key(source): 1.0, _LEN_KEYS[min(len(text.split()), 9)]: 1.0}
    if not text:
        f["empty"] = 1.0
    if extra:
        f.update(extra)
    return f


def _base(kind: str, text: str, source: str, extra: dict[str, float] | None = None) -> Choice:
    return Choice(kind, text, source, _features(text, source, extra))


# One proposal before it is described: (text, source, extra features).
_Proposal = tuple[str, str, "dict[str, float] | None"]


def candidates(a: Analysis, n: Num, kind: str) -> list[Choice]:
    """Every proposal for one label of one figure (an empty proposal is always among them)."""
    out: list[_Proposal] = [("", "none", None)]
    legacy_extra: dict[str, float] | None = None
    if n.legacy is not None:
        legacy_text = getattr(n.legacy, kind)
        if kind == "population":
            legacy_text = tidy_population(legacy_text)  # "1996 Registered Voters", "women 53"
        if kind == "answer" and n.legacy.answer:
            legacy_extra = _legacy_answer_features(n.legacy.answer)
        out.append((legacy_text, "legacy", legacy_extra))
    elif kind != "answer":
        window = a.numbers[max(0, n.index - 20) : n.index + 21]
        near = [m.legacy for m in window if m.legacy is not None and m.sentence == n.sentence]
        if near:
            out.append((getattr(near[0], kind), "legacy_sentence", None))
        common = a.legacy_common.get(kind)
        if common:
            out.append((common, "legacy_passage", None))
    if kind == "answer":
        out.extend(answer_proposals(a, n))
    elif kind == "population":
        out.extend(population_proposals(a, n))
    elif kind == "question":
        out.extend(question_proposals(a, n))
    # A question is tidied, and described with the proposal's own description (its source and length as
    # proposed) added after its own: _features(tidied, source, _features(proposed, source, extra)),
    # built in one dict (below) where the proposal is the first of its text, which most are.
    question = kind == "question"
    # Described once per distinct usable text: a repeated proposal only adds its features (below).
    kept: dict[str, Choice] = {}
    src_keys = _SRC_KEYS
    for i, (text, source, extra) in enumerate(out):
        if i:
            if not text:
                continue
            seen = _described(kind, text)
            if seen is None:
                continue
            text, key, len_key, proposed_len = seen
        else:
            if kind == "population" and rejected(text):
                continue
            proposed = text
            if question and text:
                text = tidy_question(text)
            key = text.lower()
            len_key = _LEN_KEYS[min(len(text.split()), 9)]
            proposed_len = _LEN_KEYS[min(len(proposed.split()), 9)] if question and proposed else ""
        first = kept.get(key)
        if first is None:
            f = {src_keys.get(source) or _src_key(source): 1.0, len_key: 1.0}
            if proposed_len:
                # The same keys, values and order as the nested description: source, the tidied length,
                # the proposed length, then the proposal's extra features (which override).
                f[proposed_len] = 1.0
            elif not text:
                f["empty"] = 1.0
            if extra:
                f.update(extra)
            kept[key] = Choice(kind, text, source, f)
            continue
        if proposed_len:
            nested = {src_keys.get(source) or _src_key(source): 1.0, proposed_len: 1.0}
            if extra:
                nested.update(extra)
            extra = nested
        # Several cues proposing one text is evidence for it: the first proposer keeps the text and
        # the others' features are added to it (so "src=legacy" and "src=of_after" may both be set).
        # (The repeat's own description, merged key by key: its source first, then its extra features;
        # its length key is the first's, as the texts differ only in case.)
        features = first.features
        src = src_keys.get(source) or _src_key(source)
        if src not in features:
            features[src] = extra.get(src, 1.0) if extra else 1.0
        if extra:
            for k, v in extra.items():
                if k not in features:
                    features[k] = v
        features["sources"] = features.get("sources", 1.0) + 1.0
    result = list(kept.values())
    if kind == "answer" and a.sentences:
        sent = a.sentences[n.sentence]
        for c in result:
            # Where the text is written in the figure's sentence (found once per sentence and text).
            low = c.text.lower()
            found = a.occurrences(low, sent.start, sent.end) if low else ()
            if found:
                c.features[_where_written(a, n, len(low), found)] = 1.0
                if _comparative(a, sent, found[0]):
                    c.features["comparative"] = 1.0
    if kind == "question":
        _own_name_features(a, n, result)
        _topic_features(a, n, result)
        if TOLD_FEATURES:
            _told_features(a, result)
        if SENTENCE_WORDS:
            _sentence_word_features(a, n, result)
        if MEASURE_FEATURES:
            _measure_features(a, n, result)
    ctx = _context(n, kind, result)
    if n.cand.partner is not None:
        # "disapprove 81 - 14 percent": the second of a pair answers the other side.
        ctx.append("ctx:pair_first" if n.cand.first else "ctx:pair_second")
    for c in result:
        for k in ctx:
            c.features[_ctx_key(k, c.source)] = 1.0
    return result


@functools.lru_cache(maxsize=16384)  # asked of every proposal of every figure; most texts recur
def _described(kind: str, text: str) -> tuple[str, str, str, str] | None:
    """A non-empty proposal as a candidate: its text (a question tidied), the key repeats merge on (the
    text lower-cased), its length feature and, for a question, the length feature of the text as
    proposed; None when the text is not admissible."""
    proposed = text
    if kind == "question":
        text = tidy_question(text)
    if not text or not _admissible(kind, text):
        return None
    proposed_len = _LEN_KEYS[min(len(proposed.split()), 9)] if kind == "question" else ""
    return text, text.lower(), _LEN_KEYS[min(len(text.split()), 9)], proposed_len


@functools.lru_cache(maxsize=8192)  # asked of every proposal of every figure; most texts recur
def _admissible(kind: str, text: str) -> bool:
    """A non-empty proposal the label checker passes and, for a population, one that names people (not
    an answer option such as "Unfavorable", nor "those results")."""
    return usable(kind, text) and not (kind == "population" and rejected(text))


_CTX_KEYS: dict[tuple[str, str], str] = {}


def _ctx_key(ctx: str, source: str) -> str:
    """ "ctx:...&src=..." (built once per pair: every candidate of every figure sets a few)."""
    key = _CTX_KEYS.get((ctx, source))
    if key is None:
        key = _CTX_KEYS[(ctx, source)] = f"{ctx}&src={source}"
    return key


def _context(n: Num, kind: str, cands: list[Choice]) -> list[str]:
    """Facts about the figure's other proposals, crossed with each candidate's source: lets the ranker
    learn, e.g., that a row label beats the rule extractor's answer when that answer is a clause."""
    legacy = getattr(n.legacy, kind) if n.legacy is not None else ""
    out = list(_legacy_context(kind, legacy))
    if legacy and not any(c.source == "legacy" for c in cands):
        out.append("ctx:legacy_refused")
    return out


@functools.lru_cache(maxsize=4096)  # the figures of a row or sentence often share the rules' label
def _legacy_context(kind: str, legacy: str) -> tuple[str, ...]:
    """What the rule extractor's label for the figure is, as a context fact (see :func:`_context`)."""
    if not legacy:
        return ("ctx:legacy_empty",)
    if kind == "answer" and (len(legacy.split()) > 3 or any(w.lower() in VERBISH for w in legacy.split())):
        return ("ctx:legacy_clause",)
    if kind == "population" and legacy.lower() in _GENERIC_POPULATIONS:
        return ("ctx:legacy_generic",)
    if kind == "question" and not legacy.endswith("?"):
        return ("ctx:legacy_heading",)
    return ()


# Two facts about a question that tell whether anything was asked (see :mod:`told_questions`): a question
# left over from a clause names nothing ("Do you favor this?"), and a horse race is no question in a passage
# that names no contest ("which issues matter most to them:" over a list of issues).
TOLD_FEATURES = True
_VOTE_QUESTION = re.compile(r"^(?:Vote choice|Voting intention|.*\bvoting intention\b)", re.IGNORECASE)
_CONTEST = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballots?|elections?|elect(?:ed|s)?|candidates?|races?|primar(?:y|ies)|caucus(?:es)?|"
    r"nominat\w*|nominees?|matchups?|head-to-head|runoffs?|incumbents?|challengers?|part(?:y|ies)|"
    r"Republicans?|Democrats?|Democratic|GOP|Labour|Tor(?:y|ies)|Conservatives?|Liberals?|referendum|presidential|"
    r"gubernatorial|mayoral|senatorial|vs|versus)\b",
    re.IGNORECASE,
)
# Searched once a text from its literal first words (scan.Anchored: the same first match, without trying the
# case-insensitive alternation at every character of the text).
_CONTEST_SCAN = Anchored(_CONTEST)


# A leftover question is chosen last of the non-empty ones: "must lose to any real candidate" (issue 11).
LEFTOVER_LAST = True


# Mark a question the printing step would refuse (see :func:`label_check.printed_problem`).
REFUSED_FEATURE = False


@functools.lru_cache(maxsize=8192)  # asked of every question proposal; most texts recur
def _refused(text: str) -> bool:
    return printed_problem(text) is not None


def _unreal(c: Choice) -> bool:
    """A leftover question, or a horse race where the passage names no contest."""
    return "q_leftover" in c.features or "q_no_contest" in c.features


def _told_features(a: Analysis, cands: list[Choice]) -> None:
    """Mark a leftover question and a horse race in a passage naming no contest (see TOLD_FEATURES)."""
    contest: bool | None = None
    for c in cands:
        if not c.text:
            continue
        if leftover(c.text):
            c.features["q_leftover"] = 1.0
        elif REFUSED_FEATURE and _refused(c.text):
            # Printed as nothing (label_check): the ranker may prefer a question that can be printed.
            c.features["q_refused"] = 1.0
        elif _VOTE_QUESTION.match(c.text):
            if contest is None:
                got = a.memo.get(("q_contest_named", 0))
                if not isinstance(got, bool):
                    got = _CONTEST_SCAN.search(a.text) is not None
                    a.memo[("q_contest_named", 0)] = got
                contest = got
            if not contest:
                c.features["q_no_contest"] = 1.0


def _own_name_features(a: Analysis, n: Num, cands: list[Choice]) -> None:
    """A question naming the one candidate or party the figure counts ("Do you support Patterson?" for
    "Patterson 41%") was built from the answer, not asked: a poll asks about all the options at once."""
    names = own_names(a, n)
    if not names:
        return
    patterns = [_word_pattern(x) for x in names]
    for c in cands:
        low = c.text.lower()
        if c.text and any(p.search(low) for p in patterns):
            c.features["q_names_own_option"] = 1.0
            c.features[_ctx_key("q_names_own_option", c.source)] = 1.0


# A sentence that opens on its own topic ("Trade does worse still: 8% ...", "On immigration, 40% ...",
# "As for tariffs, ..."): a question carried over from an earlier sentence that does not name that topic
# asked about something else.
_TOPIC_OPENING = re.compile(
    r"(?:On|As for|As to|Regarding|When it comes to|On the (?:question|issue|subject|matter) of)\s+"
    r"(?:the\s+|a\s+)?(?P<a>[a-z][a-z-]{3,})\b[^,.;:?!]{0,30},"
    r"|(?P<b>[A-Z][a-z-]{3,})\s+(?:does|did|fares|fared|gets|got|draws|drew|polls|polled|runs|ran|scores|scored)\b"
)
# Words that open a sentence without being its topic: function words and quantifiers, pronouns, answers.
_NOT_TOPICS = FUNCTION_WORDS | frozenset(
    [
        "there",
        "here",
        "what",
        "neither",
        "either",
        "nobody",
        "everyone",
        "everybody",
        "everything",
        "nothing",
        "something",
        "someone",
        "support",
        "opposition",
        "most",
        "only",
        "just",
        "some",
        "many",
        "every",
        "our",
        "your",
        "whether",
    ]
)


def _named(text: str, word: str) -> bool:
    """Whether a capitalised word is also written capitalised inside a sentence: a name, not a topic."""
    return re.search(rf"[a-z,]\s+{re.escape(word)}\b", text) is not None


def opening_topic(a: Analysis, n: Num) -> str:
    """The topic word a figure's sentence opens on, lowercased ("trade"), or "" (read once per sentence)."""
    if not a.sentences:
        return ""
    key = ("q_opening_topic", n.sentence)
    got = a.memo.get(key)
    if isinstance(got, str):
        return got
    m = _TOPIC_OPENING.match(a.sentence_text(n.sentence).lstrip())
    word = ""
    if m is not None:
        word = (m.group("a") or m.group("b") or "").lower()
        if word in _NOT_TOPICS or (m.group("b") and _named(a.text, m.group("b"))):
            word = ""
    a.memo[key] = word
    return word


# A sentence that turns to a new topic: "On trade, ...", "As for tolls, ..." (the opening cue's first form),
# or a topic said to do worse or better than the one before ("Trade does worse still", "Tolling fares
# better"). Singular verbs only: "Democrats fare worse" names a population, not a topic.
_SHIFT_COMPARATIVE = re.compile(
    r"[A-Z][a-z-]{3,}\s+(?:does|did|fares|fared|polls|polled|scores|scored|goes|went)"
    r"\s+(?:\w+\s+)?(?:worse|better)\b"
)


def shifted_topic(a: Analysis, n: Num) -> str:
    """The new topic a figure's sentence turns to ("trade" in "Trade does worse still: 8% ..."), or "".

    Narrower than :func:`opening_topic` (a name that "draws 30%" is no new topic): only the openings that
    announce a change of subject."""
    topic = opening_topic(a, n)
    if not topic:
        return ""
    opening = a.sentence_text(n.sentence).lstrip()
    if _SHIFT_COMPARATIVE.match(opening) or not opening.lower().startswith(topic):
        return topic  # a comparative, or "On trade, ..." (the topic is not the opening word)
    return ""


def names_topic(question: str, topic: str) -> bool:
    """Whether a question names a topic word, by its stem ("trad" of "trade" in "trading with ...")."""
    return topic[: max(4, len(topic) - 3)] in question.lower()


def _topic_features(a: Analysis, n: Num, cands: list[Choice]) -> None:
    """Whether each proposed question names the topic the figure's sentence opens on (by its stem)."""
    topic = opening_topic(a, n)
    if not topic:
        return
    for c in cands:
        if not c.text:
            continue
        k = "q_topic_named" if names_topic(c.text, topic) else "q_topic_missing"
        c.features[k] = 1.0
        c.features[_ctx_key(k, c.source)] = 1.0


# How much of a proposed question the figure's own sentence writes: a figure's sentence usually names what
# it answers ("61 per cent say the petrol subsidy should be restored"), while a question carried over from
# another sentence ("Do you approve ... of the way Tinubu is handling the job?") shares few of its words.
# Read from the question's content words (the frame every question has left out), by their first five
# letters so that "restore" meets "restored".
SENTENCE_WORDS = True
_WORD_RUN = re.compile(r"[a-z]{3,}")
_QUESTION_FRAME = frozenset(
    [
        "you",
        "your",
        "would",
        "should",
        "will",
        "could",
        "does",
        "did",
        "have",
        "has",
        "are",
        "was",
        "were",
        "the",
        "and",
        "what",
        "which",
        "who",
        "how",
        "whom",
        "think",
        "about",
        "that",
        "this",
        "with",
        "for",
        "from",
        "into",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "not",
        "any",
        "some",
    ]
)


@functools.lru_cache(maxsize=8192)  # the candidates of a sentence's figures repeat
def _content_stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _WORD_RUN.findall(text.lower()) if w not in _QUESTION_FRAME)


def _sentence_stems(a: Analysis, n: Num) -> frozenset[str]:
    key = ("q_sentence_stems", n.sentence)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    stems = frozenset(w[:5] for w in _WORD_RUN.findall(a.sentence_text(n.sentence).lower()))
    a.memo[key] = stems
    return stems


# Stems of the stance verbs every opinion question shares ("support", "oppose", "approve"): they say
# nothing about what a question asks.
_STANCE_STEMS = frozenset(["suppo", "oppos", "favor", "favou", "appro", "disap", "agree", "disag", "back"])


def written_in_sentence(a: Analysis, n: Num, question: str) -> bool:
    """Whether the figure's own sentence writes any of what a question asks about (its content words but
    the stance verbs, by their first five letters): a question built from the sentence does; one carried
    from another sentence ("... the ferry levy?" for "On parking, 39% support the meters") does not."""
    return bool((_content_stems(question) - _STANCE_STEMS) & _sentence_stems(a, n))


def _sentence_word_features(a: Analysis, n: Num, cands: list[Choice]) -> None:
    """The share of each proposed question's content words that the figure's sentence writes, in three
    steps: none, under half, half or more (see SENTENCE_WORDS)."""
    if not a.sentences:
        return
    own = _sentence_stems(a, n)
    for c in cands:
        if not c.text:
            continue
        stems = _content_stems(c.text)
        if not stems:
            continue
        shared = len(stems & own) / len(stems)
        c.features[
            "q_sentence_words=0"
            if not shared
            else "q_sentence_words=1"
            if shared < 0.5
            else "q_sentence_words=2"
        ] = 1.0


def _measure_features(a: Analysis, n: Num, cands: list[Choice]) -> None:
    """Whether each proposed question asks a standard measure the figure's sentence names (see
    :mod:`question_measures`): a vote-intention label on "33% approve of the job he is doing" asks another."""
    named = named_measures(a, n)
    for c in cands:
        key = measure_feature(asked_measure(c.text), named) if c.text else None
        if key is not None:
            c.features[key] = 1.0


@functools.lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    """ "\\bword\\b" for a name, compiled once (a figure's names are sought in each question proposal)."""
    return re.compile(rf"\b{re.escape(word)}\b")


def _where_written(a: Analysis, n: Num, length: int, found: tuple[int, ...]) -> str:
    """Whether a text written at ``found`` (of ``length`` characters) in the figure's sentence is written
    next to this figure, or only beyond another figure.

    An option written right next to another figure ("Caldwell at 44%") is that figure's answer: a cue
    against giving it to this one."""
    nums = a.numbers_by_sentence.get(n.sentence, [])
    if len(nums) < 2:
        return "written_here"
    for at in found:
        lo, hi = (at + length, n.start) if at < n.start else (n.end, at)
        if not any(lo <= m.start < hi for m in nums if m is not n):
            return "written_here"
    return "written_past_another_figure"


_COMPARATIVE = re.compile(r"\b(?:more|less|most|least|as|far|much)\s+$", re.IGNORECASE)


def _comparative(a: Analysis, sent: Sentence, at: int) -> bool:
    """The text written first at ``at`` in the sentence is the head of a comparison ("more likely than
    non-parents"), which says how two groups differ, not which answer they gave."""
    return at > 0 and _COMPARATIVE.search(a.text, max(sent.start, at - 12), at) is not None


_GENERIC_POPULATIONS = frozenset(
    {"respondents", "voters", "adults", "americans", "britons", "canadians", "public"}
)


def _legacy_answer_features(text: str) -> dict[str, float]:
    words = text.split()
    f: dict[str, float] = {}
    if is_option(text):
        f["option"] = 1.0
        f["option&src=legacy"] = 1.0
    if any(w.lower() in VERBISH for w in words):
        f["verbish"] = 1.0
        f["verbish&src=legacy"] = 1.0
    if date_like(text):
        f["date_like"] = 1.0
    if words and all(w[:1].isupper() for w in words):
        f["capitalised"] = 1.0
        f["cap&src=legacy"] = 1.0
    if words and words[0].lower() in FUNCTION_WORDS:
        f["function_first"] = 1.0
    return f


def choose(a: Analysis, n: Num, kind: str, m: Model | None = None, *, why: bool = True) -> Chosen:
    """The best-scored candidate. ``why`` (the features that decided it) is only computed when asked:
    extracting never reads it, explaining does."""
    m = m or model(kind)
    margin = m.margin
    # Best first, ties in proposal order: (-score, position) never compares two candidates.
    scored = [(-margin(c.features), i, c) for i, c in enumerate(candidates(a, n, kind))]
    scored.sort()
    if kind == "question" and LEFTOVER_LAST and "q_leftover" in scored[0][2].features:
        # A question left over from a clause names nothing that was asked: any real question goes first.
        real = [x for x in scored if x[2].text and not _unreal(x[2])]
        if real:
            scored.remove(real[0])
            scored.insert(0, real[0])
    neg, _, best = scored[0]
    ranked = tuple((c.text, c.source, -s) for s, _, c in scored)
    return Chosen(best.text, best.source, -neg, m.explain(best.features) if why else [], ranked)
