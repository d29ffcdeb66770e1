"""A body of office-holders is no poll's sample unless the passage says it polled them.

A report that mentions a legislature or a cabinet ("appointed senators join members of the lower chamber",
"a reshuffle of Cabinet members", "Democrats in Congress") gives the rules pass, and
then the rankers, that phrase as the people of every figure, though the poll asked the public: the labels
never write such a body as a population unless the release polled it ("a survey of 120 MPs", "41% of
lawmakers say ..."). A fixed step after grouping: a figure whose population names office-holders takes
the passage's universe (its country's people, or "respondents"), unless the figure's own sentence writes
them as a share's people ("of", "among") or the passage's sample is them.
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

OFFICE_BODIES = True

# Members of a legislature or cabinet: "members of the House of Representatives", "Cabinet members",
# "Republicans in Congress", "MPs", "lawmakers", "senators".
_OFFICE_HOLDERS = re.compile(
    r"\b(?:[Mm]embers?[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}(?:House|Chamber|Parliament|Congress|Senate|"
    r"Cabinet|Assembly|Knesset|Bundestag|Diet|D[áa]il)|[Cc]abinet[ \t]+(?:members|ministers)|in[ \t]+(?:Congress|"
    r"Parliament|the[ \t]+Senate)|MPs|MKs|TDs|lawmakers|legislators|senators|congressmen|congresswomen)\b",
)


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give the passage's universe to figures whose population is a body of office-holders the text does not
    write beside them."""
    held = [f for f in figs if f.population and _OFFICE_HOLDERS.search(f.population)]
    if not held:
        return
    cues = a.passage_cues
    universe = cues.universe
    if not universe or _OFFICE_HOLDERS.search(universe) or _OFFICE_HOLDERS.search(cues.sample_population):
        return  # (a poll of legislators: its sample says so)
    for f in held:
        if not _asked_in_sentence(a, f):
            f.population = universe


def _asked_in_sentence(a: Analysis, f: Labelled) -> bool:
    """Whether the figure's own sentence writes its office-holders as the people of a share ("41% of MPs",
    "among lawmakers"), not only as part of what was asked about."""
    if not 0 <= f.sentence < len(a.sentences):
        return False
    sentence = a.sentences[f.sentence]
    own = a.text[sentence.start : sentence.end]
    return (
        re.search(rf"\b(?:of|among|amongst)[ \t]+(?:the[ \t]+)?{re.escape(f.population)}\b", own, re.I)
        is not None
    )
