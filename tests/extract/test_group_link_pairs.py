"""The group stage leaves out pairs of figures that clustering can never join (two waves), and its
clusters are the same as when every pair within the window is scored.

The passage is written for the project (an invented town and mayor).
"""

from __future__ import annotations

import dataclasses

from bot.reading.extract import figures, groups
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.learn import model
from bot.reading.extract.tidy import Tidy
from bot.reading.extract.weighed import WeighedExtractor, label

TEXT = (
    "A Ferncliff Polling survey of 640 residents of Ostrava Bay found 52% approve of Mayor Quell and 39% "
    "disapprove; in the spring 47% approved and 44% disapproved. Among renters 58% approve and 33% "
    "disapprove, while 49% of homeowners approve and 42% disapprove. Asked about the harbour plan, 61% "
    "back it, 27% oppose it and 12% are unsure; in the spring 55% backed it and 31% opposed it."
)


def _labelled() -> tuple[Analysis, list[groups.Labelled]]:
    extractor = WeighedExtractor()
    a = extractor.analyse(TEXT)
    tidy = Tidy(TEXT)
    labs = [label(a, d.num, tidy)[0] for d in figures.detect(a)]
    # Every third figure from another wave, wherever the extractor put them.
    labs = [dataclasses.replace(f, when="spring" if k % 3 == 1 else None) for k, f in enumerate(labs)]
    return a, labs


def test_pairs_of_two_waves_are_not_scored() -> None:
    a, labs = _labelled()
    assert len(labs) >= 8
    every = groups.all_pair_features(a, labs)
    scored = groups.link_probs(a, labs)
    same_wave = {(i, j) for i, j in every if labs[i].when == labs[j].when}
    assert set(scored) == same_wave
    assert len(same_wave) < len(every)


def test_clusters_are_the_same_as_with_every_pair_scored() -> None:
    a, labs = _labelled()
    m = model("link")
    every = {k: m.prob(f) for k, f in groups.all_pair_features(a, labs).items()}
    for threshold in (0.1, 0.3, 0.5):
        assert groups.cluster(a, labs, threshold=threshold) == groups.cluster(
            a, labs, threshold=threshold, probs=every
        )
