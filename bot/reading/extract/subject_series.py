"""One person's or party's share told over time in one sentence: "Vale's support stood at 31 percent in
March, slipped to 27 percent in June and then 25 percent this month", "The popularity of Ana Ruiz was 12% a
year ago but rose to 19% in May".

The sentence's subject is the owner of a share noun ("<Name>'s support", "the popularity of <Name>"), and its
figures are that option's readings, each dated. The rankers read each figure's own window, which names a
time or a verb of change ("in June", "slipped", "after the rally in Leeds"), and print that. Every figure of
such a sentence answers the owner, unless its answer is an option word the sentence writes ("undecided"; an
"oppose" the rankers set against "support" is no reading of its own) or another option the passage gives
elsewhere or names ("Kofi Boateng"); a rival's share later in the sentence ("... while Hale's stood at 22%") ends the series.

Only where the owner opens the sentence (after at most a reporting clause, "The survey said", or a short
opening phrase, "In the Coastline tracker,"), the sentence
holds at least two figures, and no other "<Name>'s <share noun>" follows before the figure. A fixed step after
grouping: no fitted input moves.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import usable
from bot.reading.extract.label_cues import is_option
from bot.reading.extract.pronoun_subjects import prose_sentence_start
from bot.reading.extract.vocab import CALENDAR_NAMES, PARTY_WORDS, POLLSTER_RE

# Off: such figures keep the rankers' answers.
SUBJECT_SERIES = True

# Nouns of a share of the vote (a rating's owner is asked about, not chosen: "Vale's approval rating" is no
# series of Vale's, its answer is "approve").
_SHARE_NOUN: Final = r"(?:popularity|support|backing|vote[ \t]+share|share[ \t]+of[ \t]+the[ \t]+vote)"
_NAME: Final = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
# The sentence's opening, up to its owner's share noun: "[The survey said (that)] Ruto's popularity",
# "The popularity of Ana Ruiz".
_OPENING: Final = re.compile(
    r"[ \t\n]*(?:(?:However|Meanwhile|Overall|By[ \t]+contrast|In[ \t]+contrast),?[ \t]+)?"
    r"(?:(?:In|According[ \t]+to|Across)[ \t]+[^,.;:!?\d]{1,60},[ \t]+)?"
    r"(?:The[ \t]+(?:poll|survey|study|report|research)[ \t]+(?:said|says|showed|shows|found|finds|revealed)"
    r"(?:[ \t]+that)?[ \t]+)?"
    rf"(?:(?P<owner>{_NAME})['’]s?[ \t]+{_SHARE_NOUN}\b"
    rf"|[Tt]he[ \t]+{_SHARE_NOUN}[ \t]+of[ \t]+(?P<owner2>{_NAME})\b)"
)
# Another owner's share later in the sentence: the series ends there.
_OTHER_OWNER: Final = re.compile(rf"\b{_NAME}['’]s?[ \t]+{_SHARE_NOUN}\b|\bthat[ \t]+of[ \t]+[A-Z]")
_REACH: Final = 400
# Right after a figure, its own option: "38% to 13% for Rubio" (a rival's share, not the owner's).
_FOR_NAME: Final = re.compile(
    r"[ \t]*(?:%|per[ \t]?cent\b|percent\b)?[ \t]+(?:for|to|with|backing)[ \t]+[A-Z]"
)


def _owner(a: Analysis, start: int) -> tuple[str, int] | None:
    m = _OPENING.match(a.text, start)
    if m is None:
        return None
    name = m.group("owner") or m.group("owner2")
    if (
        not name
        or name in PARTY_WORDS
        or POLLSTER_RE.search(name) is not None
        or not usable("answer", name)
        or name.split()[0] in ("The", "This", "That", "His", "Her", "Their", "Its")
    ):
        return None
    return name, m.end()


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each figure of an owner's dated series (see the module) the owner as its answer."""
    if "'" not in a.text and "’" not in a.text and " of " not in a.text:
        return
    by_sentence: dict[int, list[Labelled]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    # Answers the passage gives outside a sentence: other options, which a series never overwrites.
    elsewhere: dict[int, set[str]] = {}
    for s in by_sentence:
        elsewhere[s] = {g.answer for t, members in by_sentence.items() if t != s for g in members if g.answer}
    for s, members in by_sentence.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda f: a.numbers[f.num_index].start)
        first = a.numbers[members[0].num_index]
        start = prose_sentence_start(a.text, first.start, _REACH)
        found = _owner(a, start)
        if found is None:
            continue
        name, opened = found
        end = a.sentences[s].end
        if any(a.numbers[f.num_index].start < opened for f in members):
            continue
        for f in members:
            n = a.numbers[f.num_index]
            if _OTHER_OWNER.search(a.text, opened, n.start) is not None:
                break  # "... while Hale's stood at 22%": another owner's share from here on
            if _FOR_NAME.match(a.text, n.end) is not None:
                continue  # "... to 13% for Rubio": the rival's share, named beside it
            if f.answer == name:
                continue
            if is_option(f.answer) and f.answer.lower() in a.text[opened:end].lower():
                continue  # "and 18 percent remain undecided": an option the sentence writes (not a guessed "oppose")
            if (
                f.answer
                and f.answer[:1].isupper()
                and f.answer.lower() not in CALENDAR_NAMES  # "May": the reading's month
                and (f.answer in elsewhere[s] or f.answer.istitle())
            ):
                continue  # another option: given elsewhere, or a name ("... while 31 percent back Achieng")
            f.answer = name
