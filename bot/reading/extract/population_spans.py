"""Where a population's noun phrase ends: the words a labeller writes for who was asked, not the clause
around them.

:func:`labels.population_in` reads a head word ("voters", "independents") with the modifiers before it and
the qualifiers after it ("aged 18-34", "in Ohio", "who backed Ruiz in 2020"); a few shapes of real text
ran those spans on into the figure's own clause:

- a day or month before the head is when, not a kind of voter ("Tuesday voters", "April voters");
- "in the <Capitalised> <race word>" is a contest, not a place ("independents in the Governor race",
  "voters in the Democratic primary"): the capitalised words are the race's, so "in ..." is no place;
- a relative clause that says what the people answered, not who they are: "that" with a poll's verb
  ("likely voters that shows ..."), or a clause that runs right up to the figure ("Independents who
  disapprove by a whopping 61%"). A defining clause stays ("voters who backed Ruiz in 2020", "those who
  know a refugee");
- after "People, 48%," a clause's words past the people ("voters now view her unfavorably, 49 percent,"):
  the people end where a lower-case word that no qualifier reads begins.

Left alone, as each changed the proposals of fitted passages and so the link model's refit: a month after
"in" ("registered voters in April"; it cost cross-validated grouping) and a saying verb after "who"
("voters who say the plan ..."; the refit it needs moved probe18's grouping .823 -> .811).
"""

from __future__ import annotations

import re

# A contest's noun after capitalised words: "the Governor race", "the Democratic primary".
RACE_NOUNS = (
    r"race|races|contest|contests|primary|primaries|caucus|caucuses|election|elections|campaign|debate|"
    r"runoff|run-off|nomination|matchup|match-up|seat|ballot"
)

# Words between the relative pronoun and its verb: "who do not back", "who now disapprove".
_BEFORE_VERB = frozenset(
    [
        "do",
        "does",
        "did",
        "not",
        "don't",
        "doesn't",
        "didn't",
        "also",
        "now",
        "still",
        "generally",
        "mostly",
        "largely",
    ]
)
# A poll's own clause after "that": "likely voters that shows ...".
_POLL_VERBS = frozenset(["shows", "showed", "finds", "found", "gives", "gave", "puts", "has", "was", "is"])
# A clause that runs up to the figure ends on a word that wants the figure after it ("who disapprove by
# a whopping 61%"); "with" is left out, as a defining clause is often followed by it ("voters who call
# themselves liberal with 34%").
_DANGLING = frozenset(["by", "whopping", "margin", "than", "is", "are", "was", "were"])


def predicate_clause(clause: str) -> bool:
    """Whether a relative clause after a population (" who disapprove by", " that shows ...") tells
    what the people answered rather than who they are (module docstring)."""
    words = clause.split()
    if len(words) < 2 or words[0].lower() not in ("who", "that"):
        return False  # (other qualifiers: "aged 18-34", "likely to vote in ...")
    rel = words[0].lower()
    k = 1
    while k < len(words) - 1 and words[k].lower() in _BEFORE_VERB:
        k += 1
    verb = words[k].lower()
    if rel == "that" and verb in _POLL_VERBS:
        return True
    return words[-1].lower().strip(".") in _DANGLING


# Words that carry a people's phrase on ("voters in the province", "residents polled", "adults aged 18-34").
_GOES_ON = frozenset(
    [
        "in",
        "of",
        "from",
        "across",
        "with",
        "without",
        "under",
        "over",
        "aged",
        "age",
        "ages",
        "living",
        "who",
        "that",
        "polled",
        "surveyed",
        "asked",
        "questioned",
        "interviewed",
        "likely",
        "and",
        "or",
    ]
)


_WHOSE_POLL = re.compile(r"\s*in\s+(?:the\s+)?(?:[\w'’/.-]+\s+){1,3}(?:poll|survey)\b", re.IGNORECASE)


def runs_on(tail: str) -> bool:
    """Whether ``tail``, the words after a population that :func:`labels.population_in` left unread,
    starts with a lower-case word that carries no people's phrase on: the clause's verb or adverb ("now
    view her unfavorably", "backs"), never a people's name or "in the province"."""
    first = tail.split(maxsplit=1)[0] if tail.strip() else ""
    if _WHOSE_POLL.match(tail):
        return True  # "registered voters in the Pew poll": whose poll, not who
    return first[:1].islower() and first.isalpha() and first not in _GOES_ON
