"""The units a summary is built from: a post's sentences and lines, each with its kind and its quotation state.

Kinds:

- ``sentence``: prose ending in a full stop (or ! ? …), possibly in a bulleted paragraph ("· A majority ...");
- ``lead-in``: prose ending in a colon; it is only ever shown with the unit that follows it;
- ``item``: a list line without a full stop ("• 60% say ..."); shown on a line of its own;
- ``heading``: a line without a full stop standing alone (title, deck, dateline, section label), or the
  post's first line when it reads as a title ("6 Thumbs That Explain the GOP's Problems.");
- ``row``: a table row ("Conservative 36", "Approve | 27%");
- ``boilerplate``: page furniture ("top of page", "Posted by ...", share and subscribe lines);
- ``fragment``: fewer than four words.

A quotation that runs over several units (opened in one, closed in a later one) makes those units one span:
they are shown together or not at all, so a summary never leaves a quotation open.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.reading.sentences import sentence_spans

_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
# Page furniture, searched in lower case (faster than IGNORECASE): what a line opens with (matched at its
# start only), and phrases anywhere in it (searched only when one of their words is there at all).
_BOILERPLATE_START_RE: Final = re.compile(
    r"""(?:top|bottom)\ of\ (?:the\ )?page\b
    | (?:read|continue\ reading|read\ more|more)\b.{0,30}$
    | (?:posted|written|filed|published)\ (?:by|in|under|on)\b | by\ [a-z][\w.'-]+(?:\ [a-z][\w.'-]+){0,3}\W*$
    | (?:tags?|categories|filed\ under|related|advertisement|photo|image|credit)\s*:
    | advertisement$ | (?:©|\(c\)|copyright)\b
    | (?:links|sources?|further\ reading|see\ also|show\ notes|related\ (?:links|reading|stories|posts))\s*:\s*$
    | editor['’]s\ note\b | (?:correction|clarification)s?\b[^:.]{0,30}: | for\ immediate\ release\b
    | about\ (?:the|this)\ [^:]{0,60}\b(?:poll|survey|podcast|show|newsletter|author|study)\s*:
    | (?:blogroll|archives?|related\ stories|menu|search|skip\ to\ (?:main\ )?content|post\ a\ comment
       |leave\ a\ (?:comment|reply)|(?:no|\d+)\ comments?:?)\s*$
    | home\s*\|
    | thanks\ for\ reading\b | forward\ this\b | if\ you\ (?:enjoyed|liked)\ this\b | support\ the\ show\b
    | you\ are\ receiving\ this\b
    | [-•*\s]*(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}\ \d{1,2}\ \d{4})\s*$""",
    re.VERBOSE,
)
_NOTE_RE: Final = re.compile(r"\W*(?:editor['’]s note\b|(?:correction|clarification)s?\b[^:.]{0,30}:)")
_BOILERPLATE_ANYWHERE_RE: Final = re.compile(
    r"""\bclick\ here\b | \b(?:sign\ up|subscribe)\b.*\b(?:newsletter|email|e-mail|updates|posts)\b
    | \bshare\ (?:this|on)\b | \ball\ rights\ reserved\b | \bcoverage\ of\ .{0,40}\ here\.?$""",
    re.VERBOSE,
)
_BOILERPLATE_WORDS: Final = ("click", "sign up", "subscribe", "share", "rights", "coverage")
# "Rhys Hollander is a senior fellow at the Centre for Labour Economics.", "Ana Ruiz, a nurse, writes from Tulsa."
_BIO_RE: Final = re.compile(
    r"^\W*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?: is (?:a|an|the)\b[^.!?]{3,120}\b(?:at|of|for|in|with|from)\b"
    r"|, (?:a|an|the)\b[^.!?]{3,80}, (?:writes|lives)\b)[^!?]*\.\s*$"
)
# A bullet, not a line set in bold ("**The town wants the library.**": a sentence the writer stresses).
_BULLET_RE: Final = re.compile(r"^(?:\*(?!\*)|[+•·▪►–—-]|\d{1,3}[.)])\s*")
_TERMINAL_RE: Final = re.compile(r"[.!?…][\"'”’)\]]*(?:\*\*|__)?$")
EMPHASIS_RE: Final = re.compile(r"^(?:\*\*|__)[^*_]{10,}(?:\*\*|__)$")
# A table row: "Support | 58%", "Coalition 51", or with the last reading or the change in brackets, "Favor 78 (69)",
# "Labour 38 (+2)".
_ROW_RE: Final = re.compile(
    r"\s\|\s|^[^.!?:]{1,60}\s[-+]?\d+(?:\.\d+)?%?(?:\s*\([-+]?\d+(?:\.\d+)?%?\))?$|^%$"
)
# A lead-in that names the source of the paragraph after it: "the minister wrote:", "the statement read, in part:",
# "From this morning's Ledger:" (not the writer's own "I wrote:" or "we said:").
_SOURCE_LEAD_IN_RE: Final = re.compile(
    r"(?<!\bI )(?<!\bwe )\b(?:wrote|writes|said|says|asks|asked|argues|argued|put it|puts it|read|reads|reported|"
    r"reports|tweeted|posted|notes|noted|explained|explains|declared)(?:,? in part)?\s*:\s*$"
    r"|^\W*(?:from|via|over at)\b[^:]{0,80}:\s*$",
    re.I,
)
# A short verdict on the sentence before it: "It does not show that.", "That is the real story.", "This matters.",
# "It should not.". It makes the point only with that sentence, so it is shown with it; said in fewer than four
# words ("It is not.") it is still a sentence, not a fragment.
BACK_VERDICT_RE: Final = re.compile(
    r"^\W*(?:that|this|it|they|which)\b(?:[^.!?]{0,40}\b(?:not|n['’]t|never|no such|nothing|should|must|"
    r"matters?|wrong|backwards?|absurd|nonsense|mistaken|(?:a |the )?(?:mistake|misreading|scandal|disgrace)|"
    r"(?:real|whole|only|big|bigger) (?:story|point|problem|news|scandal|issue|lesson))\b|"
    r"(?:['’]s| is| was) the (?:story|point|problem|news|scandal|issue|lesson|headline)\b)",
    re.I,
)
# A block quote is found in the text by this many of its first and last words.
QUOTE_ANCHOR_WORDS: Final = 8
_TITLE_WORDS_MAX: Final = 16
# A sentence the splitter ended at a full stop or an ellipsis, and a next one that opens with a word in lower case
# (two letters or more: "iPhone" and "eBay" open where a capital would): see :func:`_join_slips`.
_SLIP_STOP_RE: Final = re.compile(r"[.…][\"”’')\]]*$")
_LOWER_WORD_RE: Final = re.compile(r"[\"“‘']?[a-z]{2,}\b")
_BOILERPLATE_MAX_CHARS: Final = 160
SIGN_OFF_UNITS: Final = 4
_QUOTE_MARK_RE: Final = re.compile('[“”"]')


@dataclass(frozen=True, slots=True)
class Unit:
    index: int
    start: int
    end: int
    text: str
    kind: str
    paragraph: int
    paragraph_first: bool
    paragraph_last: bool
    quote_span: tuple[int, int]  # first and last unit index of the quotation this unit belongs to
    clean: str  # the text on one line, as a summary shows it
    terminal: bool  # ends with a full stop (or ! ? …), so it can be followed on the same line
    bulleted: bool  # starts with a list bullet
    # Someone else's words set off as a block: a line opening with ">", or the paragraph after a lead-in that names
    # its source ("the mayor's statement read, in part:", "Tom Reese writes:", "From this morning's Ledger:").
    blockquote: bool = False

    @property
    def prose(self) -> bool:
        return self.kind in ("sentence", "lead-in")

    @property
    def quoted(self) -> bool:
        """Part of a quotation over several units, or a unit that opens with a quotation mark."""
        return self.quote_span != (self.index, self.index) or self.text.lstrip("·•*- ").startswith(("“", '"'))


@functools.lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def split_units(text: str, title: str = "", quotes: Sequence[str] = ()) -> list[Unit]:
    """The units of ``text`` in order. ``title`` (when known) marks a first line repeating it as a heading;
    ``quotes`` are the words of the post's block quotes (an HTML ``<blockquote>``), whose units are someone else's
    words like a line opening with ">"."""
    spans = _join_slips(text, sentence_spans(text))
    raw: list[tuple[int, int, str, int, bool, bool]] = []
    paragraph = 0
    for i, (start, end) in enumerate(spans):
        before = text[spans[i - 1][1] : start] if i else "\n\n"
        after = text[end : spans[i + 1][0]] if i + 1 < len(spans) else "\n\n"
        if i and "\n\n" in before:
            paragraph += 1
        raw.append((start, end, text[start:end], paragraph, "\n\n" in before, "\n\n" in after))
    starts_line = [i == 0 or "\n" in text[spans[i - 1][1] : spans[i][0]] for i in range(len(spans))]
    furniture = [_boilerplate(r[2]) for r in raw]
    note = -1  # the paragraph a correction or clarification note opens: the note runs to its end
    for i, r in enumerate(raw):
        if furniture[i] and r[4] and _NOTE_RE.match(r[2].lower()) is not None:
            note = r[3]
        elif r[3] == note:
            furniture[i] = True
    # A closing paragraph that opens with furniture ("Thanks for reading, as always. Letters to the usual
    # address.") is the sign-off, all of it: its last sentence is not the post's conclusion.
    closing = raw[-1][3] if raw else -1
    sign_off = next((i for i, r in enumerate(raw) if r[3] == closing and r[4]), len(raw))
    if closing > 0 and len(raw) - sign_off <= SIGN_OFF_UNITS and furniture[sign_off]:
        for i in range(sign_off, len(raw)):
            furniture[i] = True
    first = next((i for i, f in enumerate(furniture) if not f), 0)
    kinds = [
        "boilerplate" if furniture[i] else _kind(i == first, r, title, starts_line[i])
        for i, r in enumerate(raw)
    ]
    for i in _title_line(text, raw, first):
        kinds[i] = "heading"
    last = next((i for i in range(len(raw) - 1, -1, -1) if kinds[i] != "boilerplate"), None)
    if last is not None and last != first and raw[last][4] and raw[last][5] and _BIO_RE.match(raw[last][2]):
        kinds[last] = "boilerplate"  # the writer's bio under an op-ed, a paragraph of its own at the end
    quote_spans = _quote_spans([r[2] for r in raw])
    blocks = _blockquotes(text, raw, kinds) | _quoted_units(text, raw, quotes)
    return [
        Unit(
            i,
            s,
            e,
            t,
            kinds[i],
            p,
            first,
            last,
            quote_spans[i],
            " ".join(t.split()),
            bool(_TERMINAL_RE.search(t)),
            bool(_BULLET_RE.match(t)),
            i in blocks,
        )
        for i, (s, e, t, p, first, last) in enumerate(raw)
    ]


def _join_slips(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of ``text`` with those the splitter ended at a writer's slip joined again: a full stop or an
    ellipsis the text carries on after, on the same line, with a word in lower case ("... opposed the measure. as
    did three others:", "think about that…. the people who ..."). The sentence goes on there; a unit that stopped
    at the slip would end a summary mid-thought. (The extractor keeps the splitter's cut: it reads figures, not
    thoughts.)"""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            if (
                "\n" not in text[prev_end:start]
                and _SLIP_STOP_RE.search(text, prev_start, prev_end)
                and _LOWER_WORD_RE.match(text, start, end)
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _blockquotes(text: str, raw: list[tuple[int, int, str, int, bool, bool]], kinds: list[str]) -> set[int]:
    """The units set off as someone else's words: on a line opening with ">" (a quoted block in plain text), or in
    the paragraph after a lead-in that names where its words come from ("... a statement that read, in part:",
    "Over at the Ledger, Tom Reese asks:", "From this morning's Harbor Ledger:")."""
    out: set[int] = set()
    quoting: int | None = None  # the paragraph a source's lead-in introduces
    for i, (start, _, unit_text, paragraph, _, _) in enumerate(raw):
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start : start + 1].lstrip().startswith(">") or paragraph == quoting:
            out.add(i)
        if kinds[i] == "lead-in" and raw[i][5] and _SOURCE_LEAD_IN_RE.search(unit_text):
            quoting = paragraph + 1
    return out


def _quoted_units(
    text: str, raw: list[tuple[int, int, str, int, bool, bool]], quotes: Sequence[str]
) -> set[int]:
    """The units inside the block quotes' spans: each found in ``text`` by its first and last words (the text
    breaks the quote's paragraphs where the quote's words have single spaces)."""
    out: set[int] = set()
    for quote in quotes:
        words = quote.split()
        if not words:
            continue
        head = re.search(r"\s+".join(map(re.escape, words[:QUOTE_ANCHOR_WORDS])), text)
        if head is None:
            continue
        tail = re.compile(r"\s+".join(map(re.escape, words[-QUOTE_ANCHOR_WORDS:])))
        end_match = tail.search(text, head.start())
        end = end_match.end() if end_match is not None else head.end()
        out.update(i for i, r in enumerate(raw) if head.start() <= r[0] < end)
    return out


def _title_line(text: str, raw: list[tuple[int, int, str, int, bool, bool]], first: int) -> range:
    """The units of a title line made of two sentences or more ("Rents Are Up 12 Percent. Stop Blaming the
    Landlords."; "A Mandate? Read the Poll Again."): the post's first line, a paragraph of its own, short, and
    title-cased or ending without a full stop. Empty when the first line is one unit or reads as prose."""
    if first >= len(raw) or not raw[first][4]:
        return range(0)
    last = first
    while last + 1 < len(raw) and raw[last + 1][3] == raw[first][3]:
        last += 1
    line = text[raw[first][0] : raw[last][1]]
    if last == first or "\n" in line or word_count(line) > _TITLE_WORDS_MAX:
        return range(0)
    # Title-cased, or ending without a full stop as a headline does ("Poll: 52% back the law. Against: men, the
    # over-65s"): a lead paragraph ends its last sentence.
    if not title_case(line) and _TERMINAL_RE.search(raw[last][2]):
        return range(0)
    return range(first, last + 1)


def _kind(
    first_line: bool, unit: tuple[int, int, str, int, bool, bool], title: str, starts_line: bool
) -> str:
    _, _, text, paragraph, first, last = unit
    if _ROW_RE.search(text) and not _TERMINAL_RE.search(text):
        return "row"
    alone = first and last
    if first_line and (
        (title and _same_words(text, title))
        or (
            (alone or not _TERMINAL_RE.search(text))
            and word_count(text) <= _TITLE_WORDS_MAX
            and (not text.endswith(".") or title_case(text))
        )
    ):
        return "heading"
    if text.rstrip().endswith(":"):
        return "lead-in"
    if not _TERMINAL_RE.search(text):
        if _BULLET_RE.match(text) or (starts_line and not alone and paragraph > 0):
            return "item" if word_count(text) >= 2 else "fragment"
        return "heading"  # a title, deck or dateline: the first paragraph's lines, or a line standing alone
    if word_count(text) < 4 and not (not first and BACK_VERDICT_RE.match(text)):
        return "fragment"
    return "sentence"


def _boilerplate(text: str) -> bool:
    # Page furniture is a short line of its own; a long sentence that says "click here" is still prose.
    if len(text) > _BOILERPLATE_MAX_CHARS:
        return False
    low = text.lower()
    if _BOILERPLATE_START_RE.match(low):
        return True
    return any(w in low for w in _BOILERPLATE_WORDS) and bool(_BOILERPLATE_ANYWHERE_RE.search(low))


def _same_words(a: str, b: str) -> bool:
    wa, wb = [w.lower() for w in _WORD_RE.findall(a)], [w.lower() for w in _WORD_RE.findall(b)]
    return bool(wa) and wa == wb


def title_case(text: str) -> bool:
    """Most of the longer words capitalised, as in a headline."""
    long_words = [w for w in _WORD_RE.findall(text) if len(w) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words) + 0.5


def _quote_spans(texts: list[str]) -> list[tuple[int, int]]:
    """For each unit, the run of units its quotation covers (itself when it holds no open quotation).

    Curly quotes count as opening and closing marks; straight double quotes toggle, unless the post's own
    count of them is odd (a slip in the source), when they are ignored.
    """
    straight = sum(t.count('"') for t in texts) % 2 == 0
    spans = [(i, i) for i in range(len(texts))]
    open_at: int | None = None
    depth = 0
    for i, t in enumerate(texts):
        for ch in _QUOTE_MARK_RE.findall(t):
            if ch == "“" or (ch == '"' and straight and depth == 0):
                depth += 1
            elif (ch == "”" or (ch == '"' and straight)) and depth > 0:
                depth -= 1
        if depth > 0 and open_at is None:
            open_at = i
        elif depth == 0 and open_at is not None:
            for k in range(open_at, i + 1):
                spans[k] = (open_at, i)
            open_at = None
        if open_at is not None and i - open_at > 6:  # an unclosed mark in the source: give up on it
            open_at, depth = None, 0
    return spans
