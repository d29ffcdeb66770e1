"""The standard measure a question asks, and the measures a figure's own sentence names.

Reports move from one standard measure to the next without a question between them: a vote-intention
line, then "Starmer's standing slipped: 33% approve of the job he is doing", then "24% chose Starmer as
best prime minister". A question carried over from the line before (or proposed for the whole passage,
such as "Westminster voting intention") then asks another measure than the one the figure's sentence
names. Each question candidate is described by whether the measure it asks is one the sentence names,
another one, or one where the sentence names none; the ranker weighs it.

The measures are data (the tables below): the words a sentence uses for one, and the words a question
asking it uses.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.label_check import tidy_question
from bot.reading.extract.measure_words import MEASURES, SAYS_WORDS, asked_measure, broad
from bot.reading.extract.question_templates import (
    heading,
    members_text,
    preferred_leader_question,
    rated_late,
    top_issue_question,
)
from bot.reading.extract.scan import NeededWords

# Describe each question candidate by its measure against the sentence's (see the module docstring).
MEASURE_FEATURES = True


# A sentence longer than this, with more numbers than this, or running over several lines (a table the
# splitter took for one sentence, a flat topline run on into the next question) names its figures'
# measures in the clause around each figure only.
_SENTENCE_CHARS = 400
_SENTENCE_NUMBERS = 4


def _sentence_reading(a: Analysis, n: Num) -> tuple[int, int, list[Num], bool]:
    """The figure's sentence as the measure readers see it: its bounds, its numbers, and whether it is read
    clause by clause (a table's lines, a long run, many figures), not whole."""
    sent = a.sentences[n.sentence]
    nums = a.numbers_by_sentence.get(n.sentence, [])
    by_clause = (
        a.text.find("\n", sent.start, sent.end) >= 0
        or sent.end - sent.start > _SENTENCE_CHARS
        or len(nums) > _SENTENCE_NUMBERS
    )
    return sent.start, sent.end, nums, by_clause


def _clause_start(nums: list[Num], n: Num, sentence_start: int) -> int:
    """Where the figure's clause starts: after the figure before it in the sentence, else at the sentence."""
    return max((m.end for m in nums if m.end <= n.start), default=sentence_start)


def named_measures(a: Analysis, n: Num) -> frozenset[str]:
    """The standard measures the figure's sentence names: the whole sentence in prose, the clause between
    its neighbouring figures in a table or a long run (read once per sentence or clause)."""
    if not a.sentences:
        return frozenset()
    start, end, nums, by_clause = _sentence_reading(a, n)
    if by_clause:
        lo = _clause_start(nums, n, start)
        hi = min((m.start for m in nums if m.start >= n.end), default=end)
        key: tuple[str, object] = ("q_named_measures", (lo, hi))
    else:
        key = ("q_named_measures", n.sentence)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    found = (
        _named_in(a, n.sentence, a.text[lo:hi], lo, hi) if by_clause else _named_in_sentence(a, n.sentence)
    )
    if not found and a.lines:
        # A table's cells name no measure: the heading above them does ("Most Important Issues").
        head = heading(a, n)
        found = frozenset(name for name, says, _ in MEASURES if says.search(head))
    a.memo[key] = found
    return found


def measure_feature(asked: str, named: frozenset[str]) -> str | None:
    """The feature one candidate gets: its measure is named in the sentence or another one is (read at the
    broad level, see measure_words.BROADER); None where the sentence names none."""
    if not named:
        return None
    asked = broad(asked)
    if asked in {broad(m) for m in named}:
        return "q_measure_named"
    return f"q_measure_other={asked}"


# A group the ranker could only call "Vote choice", with no race to name, whose sentences name another
# standard measure (an approval rating, a favourability score, the right direction) and no vote: the heading
# asks the wrong measure. It takes the best-ranked question its members were offered that asks a measure
# its sentences name, or none (a moderator writes it), never the vote heading.
NOT_A_RACE = True


def measure_for_bare_race(
    a: Analysis, members: list[Num], ranked: list[tuple[tuple[str, str, float], ...]]
) -> str | None:
    """The question for a bare "Vote choice" group that names no race (see above): a ranked candidate
    asking a measure its sentences name, "" where none does, None where the group may be a race."""
    if not NOT_A_RACE:
        return None
    named: set[str] = set()
    for n in members:
        named |= named_measures(a, n)
    if not named or "vote" in {broad(m) for m in named}:
        return None
    offered = [(score, text) for r in ranked for text, _, score in r if text and asked_measure(text) in named]
    return max(offered)[1] if offered else ""


# A group whose question asks one standard measure while its members' sentences name another one and not
# that one ("40 percent name prices as the top issue, 17 percent housing, ..." under
# an approval question carried over from the sentence before): most members of a long list sit in clauses
# naming no measure, so they vote for the question carried over, outvoting the members whose clause names
# the list's measure. The group takes the best-ranked question its members were offered that asks a
# measure their sentences name; where none was offered it keeps its question (runs after clustering).
MEND_OTHER_MEASURE = True


def measure_for_group(
    a: Analysis, members: list[Num], question: str, ranked: list[tuple[tuple[str, str, float], ...]]
) -> str | None:
    """The question for a group whose question asks a measure its sentences do not name while they name
    another (see above), or None where the group's question stands."""
    if not MEND_OTHER_MEASURE or not question:
        return None
    asked = asked_measure(question)
    if not asked:
        return None
    named: set[str] = set()
    for n in members:
        named |= _named_up_to(a, n)
    if CLAUSE_MEASURES and (not named or (asked in named and len(named) > 1)):
        # A sentence naming two measures ("Hart's approval sits at 41%, and she heads Quill 44-36 as
        # preferred prime minister"): each figure's own clause names its one measure.
        named = set(_clause_measure(a, members)) or named
    if not named or asked in named:
        return None
    offered = [(score, text) for r in ranked for text, _, score in r if text and asked_measure(text) in named]
    return max(offered)[1] if offered else None


# A group's measure read from its figures' own clauses where their sentence names several (see
# measure_for_group).
CLAUSE_MEASURES = True
# Where a sentence turns to another clause: ", and", ", while", ", but", ";".
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas)\b|;|\s+while\s+")
_CLAUSE_CHARS = 300
_CLAUSE_NUMBERS = 4


def _clause_measure(a: Analysis, members: list[Num]) -> frozenset[str]:
    """The one measure every member's own clause names (the span between the sentence's clause breaks
    around it), or an empty set where a clause names none, two, or members' clauses differ."""
    found: set[str] = set()
    for n in members:
        s = a.sentences[n.sentence]
        lo, hi = s.start, s.end
        for m in _CLAUSE_BREAK.finditer(a.text, s.start, s.end):
            if m.end() <= n.start:
                lo = m.end()
            elif m.start() >= n.end:
                hi = m.start()
                break
        nums = sum(1 for m in a.numbers_by_sentence.get(n.sentence, []) if lo <= m.start < hi)
        if hi - lo > _CLAUSE_CHARS or "\n" in a.text[lo:hi] or nums > _CLAUSE_NUMBERS or "?" in a.text[lo:hi]:
            return frozenset()  # a flat topline's run, whose words after a figure name the next item
        own = _named_in(a, n.sentence, a.text[lo:hi], lo, hi)
        if len(own) != 1:
            return frozenset()
        found |= own
    return frozenset(found) if len(found) == 1 else frozenset()


# A group given a vote-intention template that names no contest ("Voting intention", "Federal voting
# intention": proposed wherever a party is named near a figure) while its sentences name another standard
# measure and no vote ("71% of Democrats approve of the mayor's performance", "a satisfaction rating of
# 44 per cent"): the party names who answered or whom they rated, and the vote is not what was asked. The
# group takes the best-ranked question its members were offered that asks a measure their sentences name,
# else one built from their wording of the rating (question_templates.RATED_LATE), else none (a moderator
# writes it), never the vote template. Runs after clustering.
MEASURE_OVER_INTENTION = True
_INTENTION_TEMPLATE = re.compile(r"^(?:[A-Z][\w'’ -]{0,40}\s)?[Vv]oting\s+intention$")


def measure_over_intention(
    a: Analysis, members: list[Num], question: str, ranked: list[tuple[tuple[str, str, float], ...]]
) -> str | None:
    """The question for a group carrying a bare vote-intention template whose sentences name another
    measure and no vote (see above): a ranked candidate asking a named measure, "" where none was
    offered, None where the template stands."""
    if not MEASURE_OVER_INTENTION or not _INTENTION_TEMPLATE.match(question):
        return None
    named: set[str] = set()
    for n in members:
        named |= _named_up_to(a, n)
    if not named or any(broad(m) == "vote" for m in named):
        return None
    offered = [(score, text) for r in ranked for text, _, score in r if text and asked_measure(text) in named]
    if offered:
        return max(offered)[1]
    clauses = [a.text[a.sentences[n.sentence].start : n.start] for n in members if a.sentences]
    return rated_late(named, clauses) or ""


def _named_up_to(a: Analysis, n: Num) -> frozenset[str]:
    """The measures named in the figure's sentence, or, in a long one or a table run, in the clause from
    the figure before it up to the figure: a flat topline's last figure runs on into the next question's
    wording, which names the next measure, not this one's."""
    if not a.sentences:
        return frozenset()
    start, _, nums, clause = _sentence_reading(a, n)
    found = _named_in_sentence(a, n.sentence)
    if clause or (len(found) > 1 and len(nums) > 1):
        # A sentence naming two measures for several figures ("Labor's primary vote is 34 per cent; on a
        # two-party preferred basis the Coalition leads 51 to 49", run together by the splitter): each
        # figure's clause names its own.
        lo = _clause_start(nums, n, start)
        return _named_in(a, n.sentence, a.text[lo : n.start], lo, n.start)
    return found


# Which measures a sentence may name, by the words their patterns need (see measure_words.SAYS_WORDS).
_SAYS = NeededWords(SAYS_WORDS)
_ALL_SAYS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, says) for name, says, _ in MEASURES)


def _says_in(a: Analysis, sentence: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The measures' sentence patterns (in their order) that could match in the sentence or any span of
    it: looked at once per sentence, then each figure's clause is searched with those only."""
    key = ("q_measure_says", sentence)
    got = a.memo.get(key)
    if isinstance(got, tuple):
        return got
    s = a.sentences[sentence]
    possible = _SAYS.possible(a.text[s.start : s.end])
    says = tuple((name, rx) for name, rx in _ALL_SAYS if name in possible)
    a.memo[key] = says
    return says


def _named_in(a: Analysis, sentence: int, text: str, lo: int, hi: int) -> frozenset[str]:
    """The measures ``text`` (``a.text[lo:hi]``) names, searched with the patterns that could match in
    the sentence when the span lies inside it, else with every pattern."""
    s = a.sentences[sentence]
    says = _says_in(a, sentence) if s.start <= lo and hi <= s.end else _ALL_SAYS
    return frozenset(name for name, rx in says if rx.search(text))


def _named_in_sentence(a: Analysis, sentence: int) -> frozenset[str]:
    """The measures the whole sentence names (once per sentence: every figure of it asks)."""
    key = ("q_measures_named", sentence)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    s = a.sentences[sentence]
    found = _named_in(a, sentence, a.text[s.start : s.end], s.start, s.end)
    a.memo[key] = found
    return found


# A measure whose question asks which option ("What is the most important issue ...?", "Who would make the
# better prime minister?") is often written as a statement about one option ("a mere 4 per cent pick
# potholes as their most important issue", "44 per cent said Hartley would make the better prime minister"); turned into a
# question, that statement asks about the one option ("Is potholes the most important issue?"), and a
# subgroup's or an earlier wave's figure, whose clause names the measure in fewer words, gets a shorter
# form of the topline's question ("What is your top issue?"). After clustering, such a group takes the
# measure's question in its standard words: the best its members were offered, else the best offered in
# the passage, else the measure's template read from its members' sentences (see STANDARD_ASKS).
STANDARD_WORDING = True
STANDARD_ASKS: dict[str, Callable[[str], str | None]] = {
    "issue": lambda text: top_issue_question(text, standard=True),
    "leader": preferred_leader_question,
}
# A yes/no question: it asks about one option, where the measure asks which.
_YES_NO = re.compile(r"^(?:Is|Are|Was|Were|Would|Will|Do|Does|Did|Should|Could|Can|Has|Have)\b")
_WH = re.compile(r"^(?:What|Which|Who)\b")


def _standard_form(measure: str, question: str) -> bool:
    """Whether a question asks the measure in its standard form: which option, and for the most important
    issue, facing what."""
    if not _WH.match(question) or asked_measure(question) != measure:
        return False
    return measure != "issue" or " facing " in question


def standard_wording(
    a: Analysis,
    members: list[Num],
    question: str,
    ranked: list[tuple[tuple[str, str, float], ...]],
    passage_ranked: list[tuple[tuple[str, str, float], ...]],
) -> str | None:
    """The question for a group whose question asks a which-option measure about one option, or the most
    important issue without saying what it faces (see above); None where the group's question stands."""
    if not STANDARD_WORDING or not question:
        return None
    measure = asked_measure(question)
    if measure not in STANDARD_ASKS:
        return None
    if _standard_form(measure, question):
        # A template's wording yields to the passage's own, where the passage writes the question out.
        templated = any(
            text == question and source.startswith("tpl_") for r in ranked for text, source, _ in r
        )
        if not templated:
            return None
        printed = _best_offer(measure, ranked, passage_ranked, written=True)
        return printed if printed is not None and printed != question else None
    if measure != "issue" and not _YES_NO.match(question):
        return None
    # A question the passage prints beats one built from its words.
    for own_words in (True, False):
        offer = _best_offer(measure, ranked, passage_ranked, written=own_words)
        if offer is not None:
            return offer
    # Else the template, read from the members' sentences, or from the group's question itself where
    # they name the measure in other words ("the top three issues were ...").
    for text in (members_text(a, members), question):
        built = STANDARD_ASKS[measure](text)
        if built is not None and _standard_form(measure, built):
            return built
    return None


def _best_offer(
    measure: str,
    ranked: list[tuple[tuple[str, str, float], ...]],
    passage_ranked: list[tuple[tuple[str, str, float], ...]],
    *,
    written: bool,
) -> str | None:
    """The best-scored question asking the measure in its standard form that the group's members were
    offered, else that any figure of the passage was (tidied as a chosen question is), among the questions
    the passage writes out or among the templates; None where none was."""
    for pool in (ranked, passage_ranked):
        offered = [
            (score, tidy_question(text))
            for r in pool
            for text, source, score in r
            if text and _written_out(source) == written and _standard_form(measure, tidy_question(text))
        ]
        if offered:
            return max(offered)[1]
    return None


def passage_prints(question: str, ranked: Sequence[Sequence[tuple[str, str, float]]]) -> bool:
    """Whether some figure's ranked candidates offer ``question`` from the passage's own print: written out,
    quoted, or reported as asked ("When asked whether ...")."""
    return any(
        text == question and (_written_out(source) or source == "asked")
        for r in ranked
        for text, source, _ in r
    )


def _written_out(source: str) -> bool:
    """Whether a question proposal is one the passage prints ("question_before", "quoted"), not one built
    from its words (a template, the rules pass's statement turned into a question)."""
    return source.startswith("question_") or source == "quoted"


# A subgroup's or an earlier wave's clause names the topline's measure in fewer words ("among renters, 38% are
# satisfied" after "... satisfied with the way things are going in the country"): its figures get a
# shorter form of the topline's question ("Are you satisfied?"), whose every word the topline's question
# holds. After clustering, such a group takes the fuller question of the nearest group before it (else
# after it) in the passage; a question carrying a matchup's names (":") is no donor.
FULLER_QUESTIONS = True
_WORDS = re.compile(r"[a-z0-9'’]+")


@functools.lru_cache(maxsize=4096)  # every group's question is read against every other group's
def _words(question: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(question.lower()))


def fuller_question(question: str, before: list[str], after: list[str]) -> str | None:
    """The question of the nearest other group (``before`` nearest first, then ``after``) whose words hold
    all of this group's question's words and more, asking the same measure; None where none does."""
    if not FULLER_QUESTIONS or not question:
        return None
    own = _words(question)
    measure = asked_measure(question)
    for other in (*before, *after):
        if other and ":" not in other and own < _words(other) and asked_measure(other) == measure:
            return other
    return None
