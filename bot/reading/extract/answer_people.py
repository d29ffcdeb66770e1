"""Answer proposals read from the figure's sentence and the one before it, not its own clause.

A race's shares are often written as a bare pair ("leads 51 to 44 percent", "a 48-41 edge") whose
candidates are named earlier in the sentence, in the sentence before, or only by surname ("Alder"
for "Mara Alder"); a rating's shares as a bare pair under a sentence about approval ("her job rating
stands at 55%/38%"). Neither answer is near the figure, so the nearby-word proposals never hold it.

- ``sentence_person``: a person's full name (two or three capitalised words) mentioned in the figure's
  sentence or the one before it, a surname mention expanded to the passage's full form. Features say
  where (same sentence or before), the mention's order, and whether that order matches the figure's
  place in its pair (the first share goes with the first name in "Alder leads Brook 51 to 44").
- ``pair_topic``: the two sides of a rating named by a topic noun of the sentence or the one before it
  ("approval" -> approve / disapprove), offered to the first and second share of a bare pair.
"""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis, Num, Token
from bot.reading.extract.label_cues import FUNCTION_WORDS, TOPIC_NOUNS, opposite

_MAX_PEOPLE = 3  # names offered to one figure, nearest first
# Capitalised words that open or fill a run without being part of a person's name.
_NOT_NAME = frozenset(
    {"gov", "sen", "rep", "president", "governor", "senator", "mayor", "prime", "minister", "former", "mr"}
    | {"mrs", "ms", "dr", "the", "new", "poll", "survey", "university", "college", "county", "state"}
    | {"republican", "democrat", "democratic", "party", "january", "february", "march", "april", "may"}
    | {"june", "july", "august", "september", "october", "november", "december", "monday", "tuesday"}
    | {"wednesday", "thursday", "friday", "saturday", "sunday", "news", "times", "post", "research"}
)


def _word(t: Token) -> bool:
    """A capitalised alphabetic word that may be part of a name ("Alder", "O'Neil", "de" excluded)."""
    s = t.text
    return len(s) > 1 and s[:1].isupper() and s.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _is_name_word(t: Token) -> bool:
    return _word(t) and t.lower not in _NOT_NAME and t.lower not in FUNCTION_WORDS and not t.text.isupper()


def people(a: Analysis) -> dict[str, str]:
    """Surname (lower-cased) -> the passage's full form of a person's name: a run of two or three name
    words whose last word is written again on its own elsewhere, or which recurs whole (looked up once
    per text)."""
    got = a.memo.get(("answer_people", "people"))
    if isinstance(got, dict):
        return got
    runs: dict[str, list[str]] = {}
    toks = a.tokens
    i = 0
    while i < len(toks):
        if not _is_name_word(toks[i]):
            i += 1
            continue
        j = i
        while j < len(toks) and j - i < 3 and _is_name_word(toks[j]):
            j += 1
        if j - i >= 2 and " " in a.text[toks[i].start : toks[j - 1].end]:
            full = a.text[toks[i].start : toks[j - 1].end]
            if "\n" not in full:
                runs.setdefault(toks[j - 1].lower, []).append(full)
        i = j
    counts: dict[str, int] = {}
    for t in toks:
        if t.lower in runs and _word(t):
            counts[t.lower] = counts.get(t.lower, 0) + 1
    out: dict[str, str] = {}
    for last, forms in runs.items():
        # the surname read more often than its full forms, or the full form itself repeated
        if counts.get(last, 0) > len(forms) or len(forms) > 1:
            out[last] = max(set(forms), key=lambda f: (forms.count(f), len(f)))
    a.memo[("answer_people", "people")] = out
    return out


def _pair_place(a: Analysis, n: Num) -> int | None:
    """0 or 1: the figure's place in a bare pair ("51 to 44", "48-41", "55%/38%"), else None."""
    if n.cand.partner is not None:
        return 0 if n.cand.first else 1
    for k, place in ((n.index + 1, 0), (n.index - 1, 1)):
        if 0 <= k < len(a.numbers):
            m = a.numbers[k]
            lo, hi = (n, m) if place == 0 else (m, n)
            if m.sentence == n.sentence and a.text[lo.cand.mark_end : hi.start].strip().lower() in (
                "to",
                "-",
                "–",
                "—",
                "/",
                "percent to",
                "per cent to",
                "% to",
            ):
                return place
    return None


def _bounds(a: Analysis, i: int) -> tuple[int, int]:
    s = a.sentences[i]
    return a.token_at(s.start), a.token_at(s.end)


def sentence_people(a: Analysis, n: Num) -> list[tuple[str, str, dict[str, float]]]:
    """The people named in the figure's sentence (before the figure first, nearest first) and in the
    sentence before it."""
    if not a.sentences:
        return []
    known = people(a)
    if not known:
        return []
    place = _pair_place(a, n)
    if place is None:
        return []  # offered to every figure of a sentence, one name grouped unrelated shares as repeats
    out: list[tuple[str, str, dict[str, float]]] = []
    seen: set[str] = set()
    for where, sent in (("same", n.sentence), ("prev", n.sentence - 1)):
        if sent < 0:
            continue
        lo, hi = _bounds(a, sent)
        order: list[tuple[int, str]] = []
        for k in range(lo, hi):
            t = a.tokens[k]
            full = known.get(t.lower)
            last = k + 1 >= hi or not _is_name_word(a.tokens[k + 1])  # "Alder", not "Alder Street"
            if full is not None and _word(t) and last and (not order or order[-1][1] != full):
                order.append((k, full))
        names = [f for _, f in order]
        distinct = list(dict.fromkeys(names))
        for k, full in sorted(order, key=lambda x: abs(x[0] - n.token)):
            if full in seen or len(out) >= _MAX_PEOPLE:
                continue
            seen.add(full)
            rank = distinct.index(full)
            f = {
                f"people_where={where}": 1.0,
                f"people_rank={min(rank, 2)}": 1.0,
                f"people_names={min(len(distinct), 3)}": 1.0,
                "people_before" if k < n.token else "people_after": 1.0,
            }
            if rank == place and len(distinct) >= 2:
                f["people_pair_order"] = 1.0  # "Alder leads Brook 51 to 44": 51 = Alder
            out.append((full, "sentence_person", f))
    return out


def pair_topic(a: Analysis, n: Num) -> tuple[str, str, dict[str, float]] | None:
    """The side of a rating a bare pair's share stands for, named by a topic noun of the figure's
    sentence or the one before it ("approval ... 55%/38%" -> approve for 55, disapprove for 38)."""
    place = _pair_place(a, n)
    if place is None or not a.sentences:
        return None
    for where, sent in (("same", n.sentence), ("prev", n.sentence - 1)):
        if sent < 0:
            continue
        lo, hi = _bounds(a, sent)
        for k in range(lo, hi):
            opt = TOPIC_NOUNS.get(a.tokens[k].lower)
            if opt is None:
                continue
            other = opposite(opt)
            if other is None:
                continue
            text = opt if place == 0 else other
            return text, "pair_topic", {f"topic_where={where}": 1.0, f"topic_side={place}": 1.0}
    return None


def expanded_name(a: Analysis, text: str) -> str | None:
    """The passage's full form of a person a proposal names by surname ("Alder" or "Ambassador Alder"
    -> "Mara Alder"), else None."""
    words = text.split()
    if not words:
        return None
    full = people(a).get(words[-1].lower())
    return full if full is not None and full != text else None
