"""Answer proposals for one figure, read from the shared analysis's tokens around it.

Each proposal names where it came from (its ``source``) and a few facts about itself; the fitted
``answer`` ranker weighs them. Sources:

- ``after``: the words right after the figure, past words that carry no option ("45% say yes",
  "37% voting yes", "44% for Romney");
- ``after_option``: a known answer option among the next few words ("20% are undecided");
- ``before_name``: a capitalised name or option just before the figure, past a linking word
  ("Trump at 45%", "Labour on 33%", "Yes: 52%", "approve (44%)");
- ``row_label``: the text that opens the figure's line when the line is a short table row or a
  dotted-leader row ("Right direction ...... 37%");
- ``sibling_opposite``: the other side of a two-way split named for a neighbouring figure
  ("52% approve, 41% disapprove" when only one side is written next to its number);
- ``legacy_option``: a known option inside the rule extractor's longer answer.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

from bot.reading.extract import answer_context
from bot.reading.extract.analysis import Analysis, Num, Token, per_number
from bot.reading.extract.label_cues import (
    ANSWER_SKIP,
    BEFORE_LINK,
    CHANGE_VERBS,
    DEGREE_WORDS,
    FUNCTION_WORDS,
    STATEMENT_VERBS,
    TOPIC_NOUNS,
    VERBISH,
    expand,
    is_option,
    opposite,
    option_form,
)
from bot.reading.extract.vocab import POLLSTER_RE

MAX_WORDS = 4
_POPULATION_NOUNS = frozenset(
    {
        "voters",
        "voter",
        "adults",
        "respondents",
        "residents",
        "supporters",
        "caucusgoers",
        "members",
        "leaners",
    }
)
_NOT_NAME_WORDS = frozenset(
    {
        "some",
        "about",
        "only",
        "just",
        "nearly",
        "almost",
        "roughly",
        "around",
        "approximately",
        "fully",
        "over",
        "under",
        "among",
        "while",
        "a",
        "an",
        "the",
        "and",
        "but",
        "of",
        "meanwhile",
        "overall",
    }
)
_CHOICE_SKIPS = frozenset(
    {"for", "backing", "back", "backed", "supporting", "prefer", "preferring", "preferred", "chose", "picked"}
    | {"selected", "choosing", "picking", "voting", "voted", "vote", "want", "wanted"}
)
# Nouns a pollster's or a poll's name stands before ("the Angus Reid survey", "the Ipsos poll").
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "tracker", "tracking", "barometer"})
# The last word of a pollster's own name ("Coral Sea Polling", "Harbour Research"): who asked.
_POLLSTER_TAILS = frozenset({"polling", "research", "insights", "analytics", "strategies", "associates"})
_COMPARATIVES = frozenset({"more", "less", "most", "least", "as", "equally"})
_STOP_PUNCT = frozenset({".", ",", ";", ":", "(", ")", "?", "!", "[", "]", '"', "“", "”", "|", "/", "\n"})


def _is_number_token(t: Token) -> bool:
    return t.text[:1].isdigit()


def _span_text(a: Analysis, i: int, j: int) -> str:
    """The text from token i to token j (exclusive), as written."""
    return a.text[a.tokens[i].start : a.tokens[j - 1].end]


def _sentence_bounds(a: Analysis, n: Num) -> tuple[int, int]:
    if not a.sentences:
        return 0, len(a.tokens)
    return _bounds(a, "sentence", n.sentence)


def _line_bounds(a: Analysis, n: Num) -> tuple[int, int]:
    return _bounds(a, "line", n.line)


def _bounds(a: Analysis, what: str, i: int) -> tuple[int, int]:
    """The token range of sentence or line ``i`` (looked up once per text)."""
    got = a.memo.get(("bounds", (what, i)))
    if isinstance(got, tuple):
        return got
    s = a.sentences[i] if what == "sentence" else a.lines[i]
    bounds = (a.token_at(s.start), a.token_at(s.end))
    a.memo[("bounds", (what, i))] = bounds
    return bounds


def _after_start(a: Analysis, n: Num) -> int:
    return a.token_at(n.cand.mark_end)


@per_number  # asked of a figure by several proposals, and of the figure after it
def _phrase_after(a: Analysis, n: Num) -> tuple[int, int, list[str]]:
    """First token after the figure that may carry an option, the end of its run, and the words skipped."""
    _, hi = _sentence_bounds(a, n)
    i = _after_start(a, n)
    skipped: list[str] = []
    while i < hi and len(skipped) < 4 and a.tokens[i].lower in ANSWER_SKIP:
        skipped.append(a.tokens[i].lower)
        i += 1
    j = i
    while j < hi and j - i < MAX_WORDS:
        t = a.tokens[j]
        if t.text in _STOP_PUNCT or _is_number_token(t) or "\n" in a.text[a.tokens[j - 1].end : t.start]:
            break
        if j > i and t.lower in ("and", "or", "but", "while", "compared", "than", "with", "among"):
            break
        j += 1
    return i, j, skipped


_OPTION_SCAN = 16  # the widest window asked for; narrower windows read the same scan


def option_after(a: Analysis, n: Num, window: int = 6) -> tuple[str, int] | None:
    """The first known answer option among the next few words, and its distance in tokens."""
    if window > _OPTION_SCAN:
        return _option_scan(a, n, window)[0]
    got, stop = _option_scan(a, n, _OPTION_SCAN)
    return got if stop < window else None


@per_number  # asked of a figure and again of its neighbours' figures, with several windows
def _option_scan(a: Analysis, n: Num, window: int) -> tuple[tuple[str, int] | None, int]:
    """What :func:`option_after` finds within ``window`` tokens, and the distance at which it stopped
    (``window`` when it read them all): a narrower window finds the same when it reaches that far."""
    _, hi = _sentence_bounds(a, n)
    i = _after_start(a, n)
    for k in range(i, min(hi, i + window)):
        t = a.tokens[k]
        if _is_number_token(t) or t.text in (";", ".", "?"):
            return None, k - i
        for width in (3, 2, 1):
            if k + width <= hi:
                words = " ".join(x.lower for x in a.tokens[k : k + width])
                nxt = a.tokens[k + width].lower if k + width < hi else ""
                if nxt in _POPULATION_NOUNS:
                    continue  # "likely voters", "Republican voters": a population, not an option
                if nxt in ("than", "to") or (k > 0 and a.tokens[k - 1].lower in _COMPARATIVES):
                    continue  # "more likely than", "likely to vote": a comparison, not an option
                if is_option(words) and words not in ("for", "other", "more", "less", "national"):
                    s = _degree_start(a, k, i)  # "27% very positive": the degree is part of the option
                    return (_span_text(a, s, k + width), s - i), s - i
        form = option_form(t.lower)
        if form is not None:
            return (form, k - i), k - i
    return None, window


@per_number  # asked of a figure and again of its neighbours' figures
def option_before(a: Analysis, n: Num) -> tuple[str, int] | None:
    """A known option or a capitalised name just before the figure, past linking words."""
    lo, _ = _sentence_bounds(a, n)
    lo = max(lo, _line_bounds(a, n)[0]) if a.lines else lo
    i = n.token - 1
    links = 0
    while i >= lo and links < 3 and a.tokens[i].lower in BEFORE_LINK:
        i -= 1
        links += 1
    i = _before_appositive(a, i, lo)
    i = _before_party_tag(a, i, lo)
    if i < lo or _is_number_token(a.tokens[i]) or a.tokens[i].text in _STOP_PUNCT:
        return None
    j = i + 1
    for width in (3, 2, 1):
        k = j - width
        if k >= lo and is_option(" ".join(x.lower for x in a.tokens[k:j])):
            return _span_text(a, _degree_start(a, k, lo), j), links  # "Very Positive 27%"
    k = i
    while k >= lo and j - k <= MAX_WORDS and _capitalised(a.tokens[k]):
        k -= 1
    k += 1
    while k < j and a.tokens[k].lower in _NOT_NAME_WORDS:
        k += 1  # "Some 44%", "Just over 40%": a quantity word that opens the sentence
    if k < j and a.tokens[k].lower not in FUNCTION_WORDS:
        return _span_text(a, k, j), links
    return None


def _degree_start(a: Analysis, k: int, lo: int) -> int:
    """The start of an option found at token ``k`` with the words of degree just before it ("Somewhat",
    "strongly"), not before token ``lo``: a scale's options differ only by them."""
    s = k
    while s - 1 >= lo and k - s < 2 and a.tokens[s - 1].lower in DEGREE_WORDS:
        s -= 1
    if s - 1 >= lo and a.tokens[s - 1].lower in CHANGE_VERBS:
        s -= 1  # "getting worse", "staying about the same": the verb of change is part of the option
    return s


def _before_party_tag(a: Analysis, i: int, lo: int) -> int:
    """Past a bracketed party tag after a name: "Hoekstra (R) 39%", "Haley (R-SC) at 4%" → the token of
    the name. A tag is one to three short capitalised pieces between brackets."""
    if i - 2 < lo or a.tokens[i].text != ")":
        return i
    k = i - 1
    while k > lo and i - k <= 4 and a.tokens[k].text != "(":
        k -= 1
    inner = a.tokens[k + 1 : i]
    if (
        a.tokens[k].text == "("
        and inner
        and all(len(t.text) <= 4 and (t.text[:1].isupper() or t.text in "-–.") for t in inner)
    ):
        return k - 1
    return i


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() or (t.text[:1] in "'’" and len(t.text) <= 2)


def row_label(a: Analysis, n: Num) -> str | None:
    """The words that open a short table row ("Right direction .... 37%", "Labour 33 31")."""
    if not a.lines:
        return None
    lo, hi = _line_bounds(a, n)
    if hi - lo > 60:
        return None  # a prose paragraph, not a table row
    j = lo
    while j < n.token and not _is_number_token(a.tokens[j]):
        j += 1
    if j == lo:
        return None
    words = [t for t in a.tokens[lo:j] if t.text[:1].isalnum()]
    if not words or len(words) > 6:
        return None
    rest = a.tokens[j:hi]
    if sum(1 for t in rest if not _is_number_token(t) and t.text[:1].isalpha()) > 4:
        return None
    end = j
    while end > lo and not a.tokens[end - 1].text[:1].isalnum():
        end -= 1
    start = lo
    while start < end and not a.tokens[start].text[:1].isalnum():
        start += 1
    return _span_text(a, start, end) if start < end else None


_LEADERS = frozenset({".", "…", ":", "|", "-", "–", "—", "=", "(", "_", "*", "·"})
_SEGMENT_STOPS = frozenset({"?", "!", ",", ";", ")", "]", '"', "“", "”"})


def segment_before(a: Analysis, n: Num) -> tuple[str, dict[str, float]] | None:
    """The words between the previous figure (or the line's start) and this one, in a flattened row:
    "Going the right way ...... 41% Off track ...... 52%"."""
    lo = _line_bounds(a, n)[0] if a.lines else 0
    i = n.token - 1
    leaders = 0
    while i >= lo and a.tokens[i].text in _LEADERS and leaders < 40:
        i -= 1
        leaders += 1
    skipped = [t.text for t in a.tokens[i + 1 : n.token]]
    if "." in skipped and not any(x == y == "." for x, y in itertools.pairwise(skipped)):
        return None  # a full stop, not a dotted leader: "... say unlikely. (78% of ...)" is a new sentence
    f: dict[str, float] = {"leader": 1.0} if leaders >= 2 else {}
    if (
        n.cand.partner is None  # "81 - 14 percent": the 81 is the other side of a pair, not a count
        and i >= lo
        and _is_number_token(a.tokens[i])
        and i - 1 >= lo
        and not _is_number_token(a.tokens[i - 1])
    ):
        i -= 1  # a frequency count printed before the percentage ("Right direction 870 44%")
        f["count_skipped"] = 1.0
    end = i + 1
    words = 0
    while i >= lo and words <= MAX_WORDS:
        t = a.tokens[i]
        # (the press's "pc" written apart from its number, "35.8 pc", lower case: "PC" is a party)
        if (
            _is_number_token(t)
            or t.text in _SEGMENT_STOPS
            or t.lower in ("percent", "%", "cent")
            or t.text == "pc"
        ):
            f["after_number" if _is_number_token(t) or t.text in ("%", "pc") else "after_stop"] = 1.0
            break
        if t.text == "|" and i < end - 1:
            f["after_cell"] = 1.0  # a table's cell border: the label is the cell's, not the row's
            break
        if t.text == "." and (i == lo or a.tokens[i - 1].text != "."):
            f["after_stop"] = 1.0
            break
        if t.text[:1].isalnum():
            words += 1
        i -= 1
    else:
        if i < lo:
            f["line_start"] = 1.0
    start = i + 1
    while start < end and not a.tokens[start].text[:1].isalnum():
        start += 1
    if start >= end or words > MAX_WORDS or words == 0:
        return None
    f[f"segment_words={min(words, 5)}"] = 1.0
    return _span_text(a, start, end), f


@functools.lru_cache(maxsize=1024)  # a row's figures share its row label and header
def _cell_text(text: str | None) -> str:
    return " ".join((text or "").replace("*", " ").split()).strip(" :|-–")


def table_labels(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """A table cell's column header and row label, and the full names of party abbreviations."""
    p = a.layout.places[n.index]
    out: list[tuple[str, str, dict[str, float]]] = []
    base = {f"cells={min(p.cells, 6)}": 1.0} if p.cells else {}
    header = _cell_text(p.stub_header or p.header)
    row = _cell_text(p.row_label)
    # Whichever axis names options, the other names who was asked or when: "Favorable" over a column
    # of names, or "Approve" opening a row under population columns.
    header_opt = bool(header) and (is_option(header) or expand(header) is not None)
    row_opt = bool(row) and (is_option(row) or expand(row) is not None)
    # A column whose cells add up to a whole lists one group's options down the rows: its header names
    # the group (a crosstab's "Dem", "Men"), the row label the option.
    column_whole = bool(header) and (p.col_whole or p.flat_col_whole)
    if header and not p.header_date and any(ch.isalpha() for ch in header):
        f = {**base, "header_option": float(is_option(header)), "row_is_option": float(row_opt)}
        if column_whole:
            f["header_of_whole_column"] = 1.0
        if header_opt and not row_opt:
            f["only_header_option"] = 1.0  # options across the top, names or waves down the side
        full = expand(header)
        # "LD": its full name is proposed beside it
        out.append((header, "col_header", {**f, "abbreviation": 1.0} if full else f))
        if full:
            out.append((full, "col_header_expanded", f))
    # (Words counted first and no further than the limit: a row label can be a long run of cells.)
    if row and len(row.split(None, MAX_WORDS + 3)) <= MAX_WORDS + 2 and any(ch.isalpha() for ch in row):
        f = {
            **base,
            "row_option": float(is_option(row)),
            f"line_numbers={min(p.count, 4)}": 1.0,
            "header_is_option": float(header_opt and not p.header_date),
        }
        if header_opt and not row_opt and not p.header_date:
            f["only_header_option"] = 1.0
        if column_whole:
            f["row_of_whole_column"] = 1.0
        out.append((row, "layout_row", f))
        full = expand(row)
        if full:
            out.append((full, "layout_row_expanded", f))
    gap = _cell_text(p.gap_before)
    if gap and p.count > 1 and len(gap.split(None, 4)) <= 3 and any(ch.isalpha() for ch in gap):
        full = expand(gap)
        if full:
            out.append((full, "gap_expanded", {}))
    return out


def statement_yes(a: Analysis, n: Num) -> dict[str, float] | None:
    """ "39% believe the mayor should resign", "34% would like her to run": agreeing with a statement."""
    words = a.after(n, 8)
    k = 0
    while k < len(words) and words[k] in (
        "of",
        "the",
        "those",
        "them",
        "who",
        "say",
        "said",
        "would",
        "still",
    ):
        k += 1
    if k < len(words) and words[k] in ("respondents", "voters", "adults", "americans"):
        k += 1
    while k < len(words) and words[k] not in STATEMENT_VERBS and words[k] not in ("like", "want", "wish"):
        if not words[k][:1].isalpha() or k > 4:
            return None
        k += 1
    if k >= len(words) - 2 or is_option(words[k]):
        return None  # "41% agree that ...": the verb is itself the option, not a yes to a statement
    return {f"statement_verb={words[k]}": 1.0}


def topic_noun(a: Analysis, n: Num, window: int = 10) -> str | None:
    """The option a topic noun before the figure names ("satisfaction ... at 28%" -> "satisfied")."""
    found = _topic_token(a, n, window)
    return None if found is None else found[1]


def _topic_token(a: Analysis, n: Num, window: int = 10) -> tuple[int, str] | None:
    """The nearest topic noun before the figure in its sentence: its token and the option it names."""
    lo = max(0, n.token - window)
    if a.sentences:
        lo = max(lo, a.token_at(a.sentences[n.sentence].start))
    for k in range(n.token - 1, lo - 1, -1):
        opt = TOPIC_NOUNS.get(a.tokens[k].lower)
        if opt is not None:
            if SUPPORT_FROM and k + 1 < n.token and a.tokens[k + 1].lower == "from":
                return None  # "<name> tallies support from 13 percent": the subject's support, no option
            return k, opt
    return None


# Topic nouns that measure a share of the vote ("ANC support", "backing for the Greens", "the official
# opposition"), not a rating of a person's job ("approval", "satisfaction").
_SHARE_TOPICS = frozenset({"support", "oppose"})
_OWNER_LINKS = frozenset({"for", "of"})
# Nouns a topic word only modifies ("opposition leader", "the opposition parties"): no measure is named.
_MODIFIED_HEADS = frozenset(
    {"leader", "leaders", "party", "parties", "mp", "mps", "benches", "figure", "figures"}
)


_DEGREES = frozenset({"somewhat", "strongly", "definitely", "probably", "very", "not", "total", "net"})


def _owner_before(a: Analysis, k: int, lo: int) -> bool:
    """A capitalised name (or its possessive) right before the topic noun: "ANC support", "Labour's backing".
    A word opening the sentence is capitalised anyway, so there only an acronym or a possessive counts."""
    if k - 1 < lo:
        return False
    t = a.tokens[k - 1]
    if not _capitalised(t) or t.lower in FUNCTION_WORDS or t.lower in _NOT_NAME_WORDS:
        return False
    if t.lower in _DEGREES or t.lower.endswith("ly"):
        return False  # "Strongly support 22%": a row's degree of support, not whose
    return k - 1 > lo or t.text.isupper() or t.text.endswith(("'s", "’s"))


def _owner_after(a: Analysis, k: int, n: Num) -> bool:
    """The topic noun is owned by a name after it: "support for Sinn Féin", "backing for the Independents"."""
    j = k + 1
    if j >= n.token or a.tokens[j].lower not in _OWNER_LINKS:
        return False
    j += 1
    if j < n.token and a.tokens[j].lower == "the":
        j += 1
    return j < n.token and _capitalised(a.tokens[j]) and a.tokens[j].lower not in FUNCTION_WORDS


def _owner_span(a: Analysis, k: int, n: Num, lo: int) -> str | None:
    """The name that owns the vote-share noun at token ``k``: the capitalised run right before it ("ANC
    support", "Labour's support") or after its "for"/"of" ("support for Sinn Féin", "backing for the
    Independents"), else None."""
    if _owner_before(a, k, lo):
        i = k - 1
        while (
            i - 1 >= lo
            and k - i < MAX_WORDS
            and _capitalised(a.tokens[i - 1])
            and a.tokens[i - 1].text not in _STOP_PUNCT
        ):
            i -= 1
        while i < k - 1 and (a.tokens[i].lower in FUNCTION_WORDS or a.tokens[i].lower in _NOT_NAME_WORDS):
            i += 1
        return _bare(_span_text(a, i, k))
    if _owner_after(a, k, n):
        i = k + 2 + (a.tokens[k + 2].lower == "the")
        j = i
        while (
            j < n.token
            and j - i < MAX_WORDS
            and _capitalised(a.tokens[j])
            and a.tokens[j].text not in _STOP_PUNCT
        ):
            j += 1
        if j > i and a.tokens[j - 1].text.endswith(("'s", "’s")):
            return None  # "support for Prime Minister Ishiba's cabinet": the cabinet is rated, not a party's share
        return _span_text(a, i, j)
    return None


def _in_aside(a: Analysis, k: int, n: Num, lo: int) -> bool:
    """The topic noun stands in a comma aside closed before the figure: "The DA, the country's official
    opposition, polled at 22%" (it describes the subject; it is not what was answered)."""
    close = next((i for i in range(k + 1, n.token) if a.tokens[i].text == ","), None)
    if close is None:
        return False
    i = k - 1
    while i >= lo and k - i <= 6 and a.tokens[i].text != ",":
        i -= 1
    return i >= lo and a.tokens[i].text == "," and a.tokens[i + 1].lower in _APPOSITIVE_START


def topic_features(a: Analysis, n: Num, window: int = 10) -> tuple[str, dict[str, float]] | None:
    """The topic noun's option with how it stands in its clause. A vote-share noun with an owner ("ANC
    support could fall to 40%", "support for Sinn Féin ... 15%") proposes the owner, whose share it is, not
    "support"; one in a comma aside ("The Greens, the largest opposition party, stood at 17%") describes the
    subject and proposes nothing. The fitted answer model weighs the rest."""
    found = _topic_token(a, n, window)
    if found is None:
        return None
    k, opt = found
    lo = a.token_at(a.sentences[n.sentence].start) if a.sentences else 0
    if _in_aside(a, k, n, lo) or (k + 1 < n.token and a.tokens[k + 1].lower in _MODIFIED_HEADS):
        return None
    f: dict[str, float] = {}
    if opt in _SHARE_TOPICS:
        owner = _owner_span(a, k, n, lo)
        if owner:
            return owner, {"topic_owner": 1.0}
    elif _owner_before(a, k, lo):
        f["topic_owner_before&rating"] = 1.0
    if any(t.text == "," for t in a.tokens[k + 1 : n.token]):
        f["topic_comma_between"] = 1.0
    return opt, f


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _pair_position(a: Analysis, n: Num) -> int:
    """0 or 1: the place of a number in its run of close numbers ("73%-13%", "62% favorable, 20% ...")."""
    k = n.index
    run = 0
    while k > 0 and run < 8:
        prev, cur = a.numbers[k - 1], a.numbers[k]
        if prev.sentence != cur.sentence or cur.token - prev.token > 4:
            break
        run += 1
        k -= 1
    return run % 2


def pair_repeat(a: Analysis, n: Num) -> str | None:
    """A later pair repeats the options an earlier pair of its sentence names ("(80% favorable, 6%
    unfavorable), Cruz (73%-13%)")."""
    pos = _pair_position(a, n)
    for m in reversed(a.numbers[max(0, n.index - 8) : n.index]):
        if m.sentence != n.sentence:
            break
        if _pair_position(a, m) != pos:
            continue
        opt = option_after(a, m, window=2)
        if opt is not None:
            return opt[0]
    return None


_PAIR_LINKS = ("to", "-", "–", "—")


def pair_follows_sentence(a: Analysis, n: Num) -> tuple[str, dict[str, float]] | None:
    """In "X% to Y%" and "X - Y percent" the answer follows the sentence, not the position: the words
    after the pair name the first number's option ("break 27% to 22% for Perdue" -> 27 = Perdue)."""
    nxt = a.numbers[n.index + 1] if n.index + 1 < len(a.numbers) else None
    if nxt is None or nxt.sentence != n.sentence:
        return None
    if a.text[n.cand.mark_end : nxt.start].strip().lower() not in _PAIR_LINKS:
        return None
    opt = option_after(a, nxt, window=5)
    if opt is not None:
        return opt[0], {"pair_option": 1.0}
    i, j, _skipped = _phrase_after(a, nxt)
    k = i
    while k < j and k - i < 3 and not _capitalised(a.tokens[k]):
        k += 1  # "for the incumbent Alvarez"
    start = k
    while k < j and _capitalised(a.tokens[k]):
        k += 1
    if start < k:
        return _span_text(a, start, k), {"pair_name": 1.0}
    return None


_CLAUSE_REACH = 14  # tokens before a figure searched for the name its clause is about
_CLAUSE_STOPS = frozenset({";", ":", "?", "!", "|", "\n"})


# Off: a name inside an aside between commas ("<name>, a former Ohio congressman, at 22%") is proposed too.
ASIDES_NAME_NO_SIDE = True
# Off: "<name> tallies support from 13 percent" proposes the topic noun's option ("support").
SUPPORT_FROM = True


@per_number  # asked of a figure and of its neighbours
def clause_names(a: Analysis, n: Num) -> list[tuple[str, int, dict[str, float]]]:
    """The capitalised names earlier in the figure's clause, nearest first, with no other number
    between: "Chris Hipkins, who remains steady on 19%", "the Lib Dems much further back on 14%"
    (the subject a report's sentence is about, a few words before its share)."""
    lo, _ = _sentence_bounds(a, n)
    if a.lines:
        lo = max(lo, _line_bounds(a, n)[0])
    out: list[tuple[str, int, dict[str, float]]] = []
    i = n.token - 1
    verbs = commas = 0
    while i >= lo and n.token - i <= _CLAUSE_REACH and len(out) < 2:
        t = a.tokens[i]
        if _is_number_token(t) or t.text in _CLAUSE_STOPS or t.lower in ("%", "percent", "cent"):
            break
        if t.text == ",":
            commas += 1
            past = _before_appositive(a, i, lo) if ASIDES_NAME_NO_SIDE else i
            if past != i:
                i = past  # "Ruiz, a former state senator, stayed at 31%": the aside names no side
                continue
        if not _capitalised(t) or t.text in _STOP_PUNCT:
            if t.lower in VERBISH or (
                t.lower.endswith(("s", "ed")) and t.lower.isalpha() and len(t.lower) > 3
            ):
                verbs += 1
            i -= 1
            continue
        j = i + 1
        while i - 1 >= lo and _capitalised(a.tokens[i - 1]) and j - i < MAX_WORDS:
            i -= 1
        k = i
        while k < j and (a.tokens[k].lower in _NOT_NAME_WORDS or a.tokens[k].lower in FUNCTION_WORDS):
            k += 1  # "The Conservatives", "Meanwhile Labour"
        people = j < len(a.tokens) and a.tokens[j].lower in _POPULATION_NOUNS
        if (j < len(a.tokens) and a.tokens[j].lower in _POLL_NOUNS) or (
            j - 1 > i and a.tokens[j - 1].lower in _POLLSTER_TAILS
        ):
            i -= 1  # "the Social Weather Stations survey": who asked, never an option
            continue
        among = i - 1 >= lo and a.tokens[i - 1].lower in ("among", "of")
        # "among Green voters": who was asked, not the answer; "in March": when
        if (
            k < j
            and not people
            and not among
            and not answer_context.date_like(_span_text(a, max(lo, k - 1), j))
        ):
            f = {
                f"clause_rank={len(out)}": 1.0,
                f"clause_dist={min((n.token - j) // 3, 4)}": 1.0,
                f"clause_commas={min(commas, 2)}": 1.0,
                f"clause_verbs={min(verbs, 2)}": 1.0,
            }
            if k == lo or (k - 1 >= lo and a.tokens[k - 1].lower in ("the",) and k - 1 == lo):
                f["clause_sentence_start"] = 1.0
            if a.tokens[j - 1].text.endswith(("'s", "’s")):
                f["clause_possessive"] = 1.0  # "SA's third-largest party": whose, not the answer
            if j < len(a.tokens) and a.tokens[j].text == "," and j + 1 < n.token:
                f["clause_before_aside"] = 1.0  # "The EFF, the third party, could receive 11%"
            out.append((_span_text(a, k, j), n.token - j, f))
        i -= 1
    return out


def after_suffixes(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """The ends of the words after the figure, past a verb or a function word inside them: "would say
    Yes", "with a Very Unfavorable", "views him as dishonest"."""
    i, j, _ = _phrase_after(a, n)
    out: list[tuple[str, str, dict[str, float]]] = []
    for s in range(i + 1, j):
        prev = a.tokens[s - 1].lower
        if prev in FUNCTION_WORDS or prev in VERBISH or prev in ANSWER_SKIP:
            f = {f"suffix_at={min(s - i, 3)}": 1.0, "suffix_after_function": float(prev in FUNCTION_WORDS)}
            out.append((_span_text(a, s, j), "after_suffix", f))
    return out


def _shared(
    a: Analysis, n: Num, text: str, finder: Callable[[Analysis, Num], tuple[str, int] | None]
) -> bool:
    """The next or previous number of the sentence gets the same proposal from the same cue."""
    for k in (n.index - 1, n.index + 1):
        if 0 <= k < len(a.numbers) and a.numbers[k].sentence == n.sentence:
            other = finder(a, a.numbers[k])
            if other is not None and other[0] == text:
                return True
    return False


def _siblings(a: Analysis, n: Num) -> list[Num]:
    near = a.numbers[max(0, n.index - 3) : n.index + 4]
    return [m for m in near if m.index != n.index and m.sentence == n.sentence]


@functools.lru_cache(maxsize=4096)  # a pure fact about a short text; the result is only read (merged)
def _describe(text: str, source: str) -> dict[str, float]:
    words = text.split()
    low = text.lower()
    f: dict[str, float] = {}
    if is_option(low):
        f["option"] = 1.0
        f[f"option&src={source}"] = 1.0
    elif words and is_option(words[-1]):
        f["ends_option"] = 1.0
        f[f"ends_option&src={source}"] = 1.0  # "Very Positive", "Strongly agree": a fuller option
    if words and all(w[:1].isupper() for w in words):
        f["capitalised"] = 1.0
        f[f"cap&src={source}"] = 1.0
    if any(w.lower() in VERBISH for w in words):
        f["verbish"] = 1.0
    if words and words[0].lower() in FUNCTION_WORDS:
        f["function_first"] = 1.0
    if answer_context.date_like(text):
        f["date_like"] = 1.0
    if POLLSTER_RE.search(text) is not None:
        f["pollster_name"] = 1.0  # "YouGov", "Ipsos": who asked, never an option
    return f


def answer_proposals(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """(text, source, features) for each answer this figure's surroundings suggest."""
    out = list(_raw_proposals(a, n))
    seen_texts: dict[str, int] = {}
    for text, _src, _f in out:
        seen_texts[text.lower()] = seen_texts.get(text.lower(), 0) + 1
    legacy = (n.legacy.answer if n.legacy is not None else "").lower()
    # Each neighbour's proposed texts by source, gathered once (not once per proposal of this figure).
    neighbours = [_texts_by_source(a, m) for m in _neighbours(a, n)]
    described = []
    for text, src, f in out:
        g = dict(f)
        g.update(_describe(text, src))
        if seen_texts[text.lower()] > 1:
            g["several_sources"] = 1.0
        if legacy and text.lower() == legacy:
            g["same_as_legacy"] = 1.0
        for by_source in neighbours:
            same = by_source.get(src)
            if same:
                # Figures side by side take parallel answers: the same cue naming a different option for
                # the neighbour ("Ruiz at 45%, Birch at 41%") supports it, the same text does not.
                g["parallel" if text not in same else "neighbour_same_text"] = 1.0
        described.append((text, src, g))
    return described


@per_number  # a figure's proposals by source, read by both its neighbours
def _texts_by_source(a: Analysis, n: Num) -> dict[str, set[str]]:
    by_source: dict[str, set[str]] = {}
    for t, s2, _ in _raw_proposals(a, n):
        by_source.setdefault(s2, set()).add(t)
    return by_source


def _neighbours(a: Analysis, n: Num) -> list[Num]:
    """The numbers just before and after this one in its sentence (a cross-validated check that also
    took the numbers of its line read answers 0.590 against 0.596)."""
    out = []
    for k in (n.index - 1, n.index + 1):
        if 0 <= k < len(a.numbers):
            m = a.numbers[k]
            if m.sentence == n.sentence:
                out.append(m)
    return out


@per_number  # a figure's own proposals, read again when its neighbours' are described
def _raw_proposals(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    out: list[tuple[str, str, dict[str, float]]] = []
    i, j, skipped = _phrase_after(a, n)
    if j > i:
        for width in range(1, j - i + 1):
            text = _span_text(a, i, i + width)
            f = {f"after_width={width}": 1.0, f"after_skipped={min(len(skipped), 3)}": 1.0}
            if skipped:
                f[f"after_skip={skipped[-1]}"] = 1.0
            if width == j - i:
                f["after_whole_run"] = 1.0
            tail = a.text[a.tokens[i + width - 1].end : a.tokens[i + width - 1].end + 6].lstrip()
            if tail.startswith(("..", "…", "|")):
                f["after_labels_next"] = 1.0  # "7% The unemployment rate ...... 30%": the next row's label
            if skipped and skipped[-1] in _CHOICE_SKIPS and _capitalised(a.tokens[i]):
                f["after_choice_name"] = 1.0  # "15% for Paul Ryan", "20% backing Labour"
            out.append((text, "after", f))
    opt = option_after(a, n)
    if opt is not None:
        f = {f"dist={min(opt[1], 4)}": 1.0}
        if _shared(a, n, opt[0], option_after):
            f["shared_with_neighbour"] = 1.0  # "Democrats (58 - 39 percent)": a subject, not an option
        out.append((opt[0], "after_option", f))
    before = option_before(a, n)
    if before is not None:
        f = {f"links={before[1]}": 1.0}
        link = a.tokens[n.token - 1].lower if n.token > 0 else ""
        if before[1] and link in BEFORE_LINK:
            f[f"link={link}"] = 1.0  # "Reyes at 48%", "Labour on 33%", "Trump: 45%"
        if _shared(a, n, before[0], option_before):
            f["shared_with_neighbour"] = 1.0
        if answer_context.preference_object(a, n, before[0]):
            f["preference_object"] = 1.0  # "men favor Caldwell 54% to 38%": the side they favour
        out.append((before[0], "before_name", f))
    out.extend(table_labels(a, n))
    for name, _dist, f in clause_names(a, n):
        if before is None or name != before[0]:
            out.append((name, "clause_name", f))
    out.extend(after_suffixes(a, n))
    seg = segment_before(a, n)
    if seg is not None:
        out.append((seg[0], "segment_before", seg[1]))
    row = row_label(a, n)
    if row is not None:
        out.append((row, "row_label", {f"row_numbers={min(len(a.numbers_by_line.get(n.line, [])), 4)}": 1.0}))
    pair = pair_follows_sentence(a, n)
    if pair is not None:
        out.append((pair[0], "pair_first", pair[1]))
    far = option_after(a, n, window=16)
    if far is not None and (opt is None or far[0] != opt[0]):
        out.append((far[0], "after_option_far", {f"far_dist={min(far[1] // 4, 3)}": 1.0}))
    out.extend(answer_context.quoted(a, n))
    negated = answer_context.negated_sibling(a, n, option_after)
    if negated is not None:
        out.append(negated)
    out.extend(answer_context.pair_other(a, n))
    out.extend(answer_context.paren_phrase(a, n))
    column = answer_context.vertical_headers(a).get(n.index)
    if column is not None:
        out.append((column, "vertical_header", {"header_option": float(is_option(column))}))
    side = answer_context.pair_side(a, n)
    if side is not None:
        out.append(side)
    keyed = answer_context.legend_label(a, n)
    if keyed is not None:
        out.append(keyed)
    joint = answer_context.joint_names(a, n)
    if joint is not None:
        out.append(joint)
    chosen = answer_context.choice_object(a, n)
    if chosen is not None:
        out.append(chosen)
    said = statement_yes(a, n)
    if said is not None:
        out.append(("yes", "statement_yes", said))
    topic = topic_features(a, n)
    if topic is not None:
        out.append((topic[0], "topic_noun", topic[1]))
    repeat = pair_repeat(a, n)
    if repeat is not None:
        out.append((repeat, "pair_repeat", {}))
    for m in _siblings(a, n):
        sib = option_after(a, m, window=3) or option_before(a, m)
        if sib is None:
            continue
        other = opposite(sib[0])
        if other is not None:
            out.append(
                (other, "sibling_opposite", {"sibling_before" if m.index < n.index else "sibling_after": 1.0})
            )
        break
    words = n.legacy.answer.split() if n.legacy is not None else []
    if len(words) > 4 or any(w.lower() in VERBISH for w in words):
        for width in (3, 2, 1):
            hit = next(
                (
                    " ".join(words[k : k + width])
                    for k in range(len(words) - width + 1)
                    if is_option(" ".join(words[k : k + width]))
                ),
                None,
            )
            if hit is not None:
                out.append((hit, "legacy_option", {}))
                break
    return out


_APPOSITIVE_START = frozenset({"the", "a", "an", "who", "his", "her", "their", "its"})


def _before_appositive(a: Analysis, i: int, lo: int) -> int:
    """Past an aside between a name and its figure: "Reyes, the Democrat, at 48%" → the token of Reyes.

    ``i`` is the token just before the linking words; when it closes a short comma-delimited aside
    that opens with an article or a pronoun, the index of the token before the aside is returned.
    """
    if i < lo or a.tokens[i].text != ",":
        return i
    k = i - 1
    while k > lo and i - k <= 6 and a.tokens[k].text != ",":
        k -= 1
    if k > lo and a.tokens[k].text == "," and a.tokens[k + 1].lower in _APPOSITIVE_START and k + 1 < i:
        return k - 1
    return i
