"""The fast scans (anchored keyword searches, whole-text finders, trie alternations) give exactly the
matches of the plain patterns they stand in for."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.reading.extract import (
    answers,
    filters,
    labels,
    meta,
    numbers,
    passage_cues,
    populations,
    question_templates,
    questions,
    rules,
)
from bot.reading.extract.cues import WordGate
from bot.reading.extract.scan import (
    CASE_TRAPS,
    Anchored,
    StartWords,
    WordStarts,
    finder_starts,
    finditer_at,
    folded,
    literal_starts,
    longest_first,
    prefix_free,
    search_at,
)
from bot.reading.extract.vocab import POLLSTER_RE

# Pieces that make the patterns match, almost match, or match at awkward offsets.
PIECES = st.sampled_from(
    [
        "the",
        "The",
        "this",
        "next year's",
        "next year’s",
        "2012",
        "1996",
        "GOP",
        "Republican",
        "Democratic",
        "Senate",
        "Senatorial",
        "House",
        "state",
        "general",
        "presidential",
        "primary",
        "nomination",
        "caucuses",
        "race",
        "election",
        "vote",
        "share",
        "of",
        "intention",
        "voting",
        "for",
        "President",
        "in",
        "New",
        "Iowa",
        "Ohio",
        "voters",
        "contest",
        "U.S.",
        "St.",
        "x",
        "Big",
        "two-party",
        "preferred",
        " ",
        "  ",
        "\n",
        "\t",
        "-",
        "(",
        ",",
        ".",
        "’",
        "ı",
    ]
)
SEP = st.sampled_from([" "] * 6 + ["  ", "\n", " \t", "", "-", ", "])
# Race-shaped phrases: an opening word, a year, capitalised words, an office word, filler, a contest.
RACE_PHRASE = st.tuples(
    st.sampled_from(["", "the", "This", "next year's", "next year’s", "x", "("]),
    st.sampled_from(["", "2012", "1996", "20x1"]),
    st.lists(st.sampled_from(["Big", "U.S.", "New", "St.", "Iowa", "x-Ray", "GOP"]), max_size=4),
    st.sampled_from(["GOP", "Republican", "state", "Senate", "House", "general", "presidential", "stat"]),
    st.lists(st.sampled_from(["big", "open-seat", "x", "Senate"]), max_size=3),
    st.sampled_from(["primary", "caucuses", "race", "vote", "nomination", "cup"]),
    st.sampled_from(["", "for President", "for Governor", "for Ohio", "for the"]),
)
PHRASE_TEXTS = st.lists(
    st.tuples(
        RACE_PHRASE.map(lambda t: [t[0], t[1], *t[2], t[3], *t[4], t[5], t[6]]),
        st.lists(SEP, min_size=12, max_size=12),
    ),
    min_size=1,
    max_size=4,
).map(
    lambda ps: " x ".join(
        "".join(w + sep for w, sep in zip(words, seps, strict=False) if w) for words, seps in ps
    )
)
TEXTS = st.one_of(
    PHRASE_TEXTS,
    st.lists(PIECES, max_size=60).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
    st.text(alphabet="aeGOPRS tn12x\n-", max_size=80),
)


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("in next year's 2012 Big New Iowa GOP primary for President")  # the longest lead-in: six runs
def test_race_scan_is_finditer(text: str) -> None:
    fast = finditer_at(questions._RACE, text, questions._race_starts(text))
    assert _spans(fast) == _spans(questions._RACE.finditer(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_searches_after_a_literal_finder_are_search(text: str) -> None:
    for rx, finder in (
        (questions._RACE_PLACE, questions._RACE_PLACE_AFTER_B),
        (questions._VOTE_SHARE, questions._VOTE_SHARE_AFTER_B),
    ):
        fast = search_at(rx, text, finder_starts(finder, text))
        slow = rx.search(text)
        assert (fast and fast.span()) == (slow and slow.span())


def test_finditer_at_skips_candidates_inside_a_match() -> None:
    rx = re.compile(r"ab+")
    text = "abbb ab abab"
    assert _spans(finditer_at(rx, text, range(len(text)))) == _spans(rx.finditer(text))


def test_folded_refuses_characters_lower_does_not_fold() -> None:
    assert folded("Voting Intention") == "voting intention"
    assert re.search("intention", "ıntention", re.IGNORECASE)  # why "ı" is refused
    assert folded("voting ıntention") is None
    assert folded("ſhare") is None
    assert folded("İstanbul") is None  # lower() lengthens it


NUMBER_TEXTS = st.one_of(
    st.text(alphabet="0123456789,.$%/ \t-apPcentrx٣", max_size=80),
    st.lists(
        st.sampled_from(
            [
                "45",
                "1,024",
                "3.5",
                "12,34",
                "$2",
                "9/11",
                "x7",
                "%",
                " percent",
                "per cent",
                "-per-cent",
                "pct",
                "e",
                " ",
                "\t",
                "-",
                "Sixty",
            ]
        ),
        max_size=30,
    ).map("".join),
)
_DIGITS_PLAIN = re.compile(
    r"(?=\d)(?<![\w.$£€%/])(?>\d{1,3}(?:,\d{3})+|\d{1,3},\d{1,2}(?=[ \t]?%)|\d+)(?:\.\d+)?(?![\w/]|\.\d)"
)


@settings(max_examples=500, deadline=None)
@given(NUMBER_TEXTS)
@example("Sixty - % and eight\t-\tper cent, ten -pct, 5 - %")  # the longest gaps before a marker
@example("0,0% and 39,8 % but 1,024 and 12,34 and 12, 15%")  # decimal commas beside a thousands group
def test_number_scans_are_the_plain_patterns(text: str) -> None:
    assert _spans(numbers._DIGITS.finditer(text)) == _spans(_DIGITS_PLAIN.finditer(text))
    low = text.lower()
    fast = finditer_at(numbers._MARKER_LOWER, low, numbers._marker_starts(low))
    assert _spans(fast) == _spans(numbers._MARKER_LOWER.finditer(low))


_COUNT_PLAIN = re.compile(r"(?=\d)(?<![\w.,$£€])(?:\d{1,3}(?:,\d{3})+|\d{2,7})(?![\w%]|[.,]\d)")
META_TEXTS = st.one_of(
    NUMBER_TEXTS,
    st.lists(
        st.sampled_from(
            [
                "YouGov",
                "xYouGov",
                "YouGov/",
                "Ipsos",
                "Ipsos MORI",
                "Gallup",
                "Pew Research Center",
                "Pew",
                "margin of error",
                "MoE",
                "moe",
                "Error",
                "ERROR",
                "±",
                "+/-",
                "plus or minus",
                "Minus",
                "conducted",
                "Conducted from",
                "Carried  out",
                "IN THE\nfield",
                "taken",
                "fielded",
                "between",
                "Jan.",
                "March",
                "12",
                "3.5",
                "1,024",
                "-",
                "–",
                "to",
                "2024",
                ",",
                " ",
                "ı",
            ]
        ),
        max_size=30,
    ).map(" ".join),
)


@settings(max_examples=500, deadline=None)
@given(META_TEXTS)
def test_meta_scans_are_the_plain_patterns(text: str) -> None:
    assert _spans(meta._COUNT.finditer(text)) == _spans(_COUNT_PLAIN.finditer(text))
    assert meta.pollster_mentions(text) == [(m.start(), m.group()) for m in POLLSTER_RE.finditer(text)]
    low = folded(text)
    if low is not None:
        fast = finditer_at(meta._MOE_KEY, text, finder_starts(meta._MOE_KEY_FIND, low))
        assert _spans(fast) == _spans(meta._MOE_KEY.finditer(text))
        found = search_at(meta._FIELDWORK, text, finder_starts(meta._FIELDWORK_FIND, low))
        plain = meta._FIELDWORK.search(text)
        assert (found and found.span()) == (plain and plain.span())


RULES_TEXTS = st.lists(
    st.sampled_from(
        [
            "three in 10",
            "Nine-in-ten",
            "7 out of 10",
            "one out-of five",
            "x1 in ten",
            "seven in four",
            "in",
            "Democrats",
            "Dana Whitfield",
            "Republican David Perdue",
            "J. Smith",
            "Sam  O’Neil Jr.",
            "Poll",
            "surveyed",
            "Interviews",
            "SAMPLE of",
            "questioned",
            "xpoll",
            "ı",
            " ",
            "\n",
            "-",
            ",",
            ".",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(RULES_TEXTS, RULES_TEXTS.map(str.upper)))
def test_rules_scans_are_the_plain_patterns(text: str) -> None:
    low = text.lower()
    fast = finditer_at(populations._RATIO_POP_LOWER, low, populations._ratio_starts(low))
    assert _spans(fast) == _spans(populations._RATIO_POP_LOWER.finditer(low))
    fast = finditer_at(answers._NAME_SEQ, text, finder_starts(answers._NAME_PAIR, text))
    assert _spans(fast) == _spans(answers._NAME_SEQ.finditer(text))
    fold = folded(text)
    if fold is not None:
        fast = finditer_at(populations._SAMPLE_KEY, text, finder_starts(populations._SAMPLE_KEY_FIND, fold))
        assert _spans(fast) == _spans(populations._SAMPLE_KEY.finditer(text))


# -- Anchored and trie alternations ------------------------------------------------------------

PATTERNS = [
    re.compile(r"\b(?:poll|polls\s+closed|n\s+size)\b|(?P<exit>\bexit[- ]poll)"),
    re.compile(r"\basked\s+(?P<kind>if|whether)\s+(?P<body>[^,.]+)", re.IGNORECASE),
    re.compile(r"(?:among|for)\s+(?P<x>[A-Z]\w+)"),
    re.compile(r"\b(?:to|too|tone)\b", re.IGNORECASE),
    re.compile(r"(?:ab)+c|abd"),
    re.compile(r"(?<!New )\b(?:York|Tone)\b"),  # a lookbehind at the head
    filters._SENTENCE_FLAGS_LOWER.pattern,
    rules._AMONG,
    questions._ASKED,
]
PIECES = st.sampled_from(
    [
        "New ",
        "York",
        "poll",
        "Polls closed",
        " polls  closed",
        "n size",
        "N  Size",
        "exit-poll",
        "EXIT POLL",
        "asked if",
        "Asked whether",
        " among ",
        "For Ohioans",
        "to",
        "Tone",
        "too",
        "abab",
        "c",
        "abd",
        " ",
        ",",
        ".",
        "\u017f",
        "\u212a",
        "\u0130",
        "\u0131",
        "é",
        "“",
        "x",
        "1",
    ]
)


def spans(ms: object) -> list[tuple[tuple[int, int], str | None, tuple[str | None, ...]]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in ms]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 5), st.integers(0, 200))
def test_anchored_finds_what_the_pattern_finds(text: str, pos: int, endpos: int) -> None:
    for pattern in PATTERNS:
        fast = Anchored(pattern)
        assert spans(fast.finditer(text)) == spans(pattern.finditer(text)), pattern.pattern
        assert spans(fast.finditer(text, pos, endpos)) == spans(pattern.finditer(text, pos, endpos))
        got, want = fast.search(text), pattern.search(text)
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_start_words_never_rule_out_a_window_that_matches(text: str, lo: int, width: int) -> None:
    """A pattern :class:`StartWords` rules out for a text matches in no window of that text."""
    named: dict[str, re.Pattern[str] | Anchored] = {f"p{i}": p for i, p in enumerate(PATTERNS)}
    named["anchored"] = Anchored(PATTERNS[0])
    named["cased"] = re.compile(r"\bTwo\s+Party\b")
    possible = StartWords(named).possible(text)
    window = text[lo : lo + width]
    for name, p in named.items():
        if p.search(window) is not None or p.search(text) is not None:
            assert name in possible, (name, window)


def test_start_words_rule_out_patterns_whose_words_are_absent() -> None:
    named: dict[str, re.Pattern[str] | Anchored] = {
        "track": Anchored(re.compile(r"\bright\s+direction\b", re.I)),
        "measure": re.compile(r"Measure\s+\d+"),
        "any": re.compile(r"[A-Z]\w+"),  # no start words: always possible
    }
    words = StartWords(named)
    assert words.possible("Voters say Measure 3 is on the RIGHT track") == {"track", "measure", "any"}
    assert words.possible("voters say measure 3 is fine") == {"any"}
    assert words.possible("\u212a voters") == {"track", "measure", "any"}  # not foldable: nothing ruled out


def test_the_extractors_patterns_keep_the_fast_path() -> None:
    """A pattern edited to start with an optional part silently loses the anchors: catch it here."""
    assert filters._SENTENCE_FLAGS_LOWER.anchored
    assert passage_cues._UK_PARTIES.anchored
    scans = [question_templates._SCAN_PROVINCES, question_templates._SCAN_FEDERAL]
    scans += [question_templates._SCAN_PROVINCIAL, question_templates._SCAN_STATE_ELECTION]
    scans += [
        question_templates._SCAN_AUSTRALIAN_STATES,
        *(rx for rx, _ in question_templates._SCAN_COUNTRIES),
    ]
    assert all(scan.anchored for scan in scans)


def test_literal_starts_reads_the_words_off_the_pattern() -> None:
    assert literal_starts(re.compile(r"\b(?:poll(?:s|ed)?|survey)\b")) == {"poll", "survey"}
    assert literal_starts(re.compile(r"\bAsked\s+if", re.I)) == {"asked"}
    assert literal_starts(re.compile(r"(?:the\s+)?poll")) is None  # may start with "poll" or "the"
    assert literal_starts(re.compile(r"[A-Z]\w+")) is None
    assert literal_starts(re.compile(r"(?i:poll)|survey")) is None
    # A lookaround at the head is zero width: the match still starts with the word after it.
    assert literal_starts(re.compile(r"(?<!New )\b(?:Delhi|Goa)\b")) == {"Delhi", "Goa"}
    assert literal_starts(re.compile(r"(?=[a-z])(?:vote|poll)")) == {"vote", "poll"}
    assert literal_starts(re.compile(r"\b(?=(poll))")) is None  # the match is empty: nothing to anchor on


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "ab", "abc", "b", "Ab", "-", "'", " ", "x"]), max_size=12).map("".join))
def test_longest_first_matches_like_the_sorted_alternation(text: str) -> None:
    words = ["a", "ab", "abc", "b", "a-b", "ab'", "bc"]
    sorted_alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        plain = re.compile(rf"\b(?:{sorted_alt})\b", flags)
        trie = re.compile(rf"\b(?:{longest_first(words)})\b", flags)
        assert spans(trie.finditer(text)) == spans(plain.finditer(text))


def test_population_heads_trie_matches_the_sorted_list() -> None:
    heads = sorted(labels.POP_HEADS, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b", re.IGNORECASE)
    text = (
        " ".join(h.upper() if i % 2 else h for i, h in enumerate(heads)) + " likely-voters adults' gen-zers"
    )
    assert spans(labels._POP_HEAD_RE.finditer(text)) == spans(plain.finditer(text))


@pytest.mark.slow
def test_case_traps_are_all_the_non_ascii_letters_that_match_ascii_ignoring_case() -> None:
    found = {
        chr(cp)
        for cp in range(0x80, 0x110000)
        if re.fullmatch(r"[a-z]", chr(cp), re.IGNORECASE) or len(chr(cp).lower()) != 1
    }
    assert found == CASE_TRAPS


# Pieces around population head words and state names: cased, joined, cut short, run on, non-ASCII.
HEAD_PIECES = st.sampled_from(
    [
        "voters",
        "Voters",
        "VOTERS",
        "women",
        "men",
        "Republicans",
        "republican",
        "baby boomers",
        "Baby  Boomers",
        "gen-zers",
        "Gen Z",
        "Generation Z",
        "generation",
        "mentors",
        "Boomers",
        "americans'",
        "Ohioans",
        "New Yorkers",
        "Spaniards",
        "Poles",
        "Texans",
        "New York",
        "new hampshire",
        "West Virginia",
        "Virginia",
        "Kansas",
        "Arkansas",
        "ohio",
        "Ohio2",
        "voters_",
        "éVoters",
        "Vötersö",
        "_men",
        "2men",
        "-",
        "'",
        " ",
        ", ",
        ".",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(HEAD_PIECES, max_size=14).map("".join))
def test_word_starts_find_every_head_and_state_match(text: str) -> None:
    from bot.reading.extract import population_candidates

    assert labels.pop_head_spans(text) == tuple(m.span() for m in labels._POP_HEAD_RE.finditer(text))
    fold = folded(text)
    if fold is not None:
        rx = population_candidates._STATE_ANY
        starts = population_candidates._STATE_STARTS.starts(fold)
        assert spans(finditer_at(rx, text, starts)) == spans(rx.finditer(text))


def test_prefix_free_keeps_the_shortest_of_each_prefix_chain() -> None:
    assert prefix_free(["men", "mentors", "women", "gen z", "gen", "a"]) == ("a", "gen", "men", "women")
    with pytest.raises(ValueError):
        WordStarts(["Voters"])
    # "generation z" is searched for where the text has "generation" and no "gen"
    rx = re.compile(r"\b(?:gen|generation z)\b", re.IGNORECASE)
    text = "The Generation Z vote"
    starts = WordStarts(["gen", "generation z"]).starts(text.lower())
    assert spans(finditer_at(rx, text, starts)) == spans(rx.finditer(text))


CUE_PIECES = st.sampled_from(
    [
        "poll",
        "polls",
        "pollster",
        "unpolled",
        "survey",
        "said",
        "say",
        "up",
        "upper",
        "down",
        "seats",
        "exit poll",
        "exit-poll",
        "margin of error",
        "n=",
        "n = 500",
        "sample of",
        "since",
        "from",
        "?",
        "“",
        '"',
        "rounding",
        "measure",
        "between 2 and",
        "rose to",
        "a margin of",
        "by",
        "was",
        "at",
        "$",
        "seats",
        "tax rate of",
        "prop.",
        "voters",
        "_voters",
        "2voters",
        "é",
        " ",
        ", ",
        "-",
        "\n",
    ]
)


_GATES: dict[str, WordGate] = {}


@settings(max_examples=300, deadline=None)
@given(st.lists(CUE_PIECES, max_size=14).map("".join))
def test_word_gate_fires_the_cues_fire_fires(text: str) -> None:
    from bot.reading.extract.cues import fire
    from bot.reading.extract.figures import CUES

    for where in ("sentence", "line", "before", "after"):
        cues = CUES.get(where, [])  # type: ignore[call-overload]
        plain: dict[str, float] = {}
        fire(cues, text, plain)
        gated: dict[str, float] = {}
        gate = _GATES.get(where) or _GATES.setdefault(where, WordGate(cues))
        gate.fire(text, gated)
        assert list(gated) == list(plain)


def _fire_before_plainly(before: str, into: dict[str, float], only: tuple[str, ...] | None = None) -> None:
    """The before cues tried one by one, each with its own trigger (what figures._fire_before stands for)."""
    from bot.reading.extract.figures import _BEFORE

    n = len(before)
    for cue_id, key, search, trigger, reach in _BEFORE:
        if only is not None and cue_id not in only:
            continue
        start = n - reach if n > reach else 0
        if (trigger is None or trigger(before, start) is not None) and search(before, start) is not None:
            into[key] = 1.0


@settings(max_examples=300, deadline=None)
@given(st.lists(CUE_PIECES, max_size=16).map("".join), st.booleans())
def test_fire_before_fires_what_each_cue_in_turn_fires(text: str, pair: bool) -> None:
    from bot.reading.extract.figures import _PAIR_SHARED, _fire_before

    only = _PAIR_SHARED if pair else None
    for before in (text, text.lower(), text.lower() + " of ", text.lower() + " among ", "(" + text.lower()):
        plain: dict[str, float] = {}
        _fire_before_plainly(before, plain, only)
        fast: dict[str, float] = {}
        _fire_before(before, fast, only)
        assert list(fast) == list(plain)
