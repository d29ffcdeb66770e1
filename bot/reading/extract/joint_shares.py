"""One share written once for two or more names, when the sentence says it is shared: "Lee and Ruiz at 14%
each", "tied at 45 percent", "neck and neck on 33 per cent", "Lee, Ruiz and Vale all got 9 percent", "9% apiece for A and B".

The labelling rules write such a figure once with a joint answer ("Ana Lee; Tom Ruiz (14% each)"), and
:func:`answer_context.joint_names` proposes it (read here ``wide``: names after "each for", "neck and
neck", "all got", a place or a party tag before the names left out); but the rankers, fitted on passages with few ties, often
keep one of the names (the nearest, or the old rules' pick). Where the sentence marks the share as shared
(the proposal's ``joint_cue``) and the figure's answer is empty or one of the joint names, the joint answer
is written. A list of peoples ("Democrats and independents at 40%") is left alone: those are populations
more often than options.
"""

from __future__ import annotations

from bot.reading.extract import answer_context
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_check import MAX_ANSWER_WORDS

# Cheap test first: a passage with none of these words holds no marked tie.
_CUES = ("each", "apiece", "both", "all", "tie", "neck", "equal", "level")


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Write the joint answer of each marked shared share (see the module docstring)."""
    low = a.text.lower()
    if not any(c in low for c in _CUES):
        return
    for f in figs:
        got = answer_context.joint_names(a, a.numbers[f.num_index], wide=True)
        if got is None:
            continue
        joint, _source, features = got
        if (
            features.get("joint_cue") != 1.0
            or features.get("joint_plural")
            or len(joint.split()) > MAX_ANSWER_WORDS
        ):
            continue  # unmarked, a list of peoples, or longer than an answer may be
        names = [x.lower() for x in joint.rsplit(" (", 1)[0].split("; ")]
        answer = (f.answer or "").lower()
        if not answer or answer == joint.lower() or any(answer in x or x in answer for x in names):
            f.answer = joint
