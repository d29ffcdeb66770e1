"""The extractor's grouping on non-US poll stories written for the grouping work, never fitted on.

``data/cases_groups_world.jsonl`` holds 18 paragraphs in our own words from outlets and countries of
the UK, Scotland, Canada, Australia, Germany, France, Ireland, New Zealand, India, South Africa, Brazil
and Japan. Each mixes what a grouping must keep apart and what it must hold together: multi-party vote
intention with changes since the last poll ("Reform 31 (+2)", "up two points"), two or three polls of
different pollsters in one story, a poll of polls beside a single poll (the average is not a figure),
regional breakdowns in sentences, leader ratings beside party shares, seat projections beside shares,
two ballots of one election (constituency and list, primary and two-party preferred) and referendum
questions beside party questions. They are kept out of :func:`corpus.own`, so they stand in for unseen
text. First score, on main before any change they were written for (figures, groups, population,
answer, question): 0.970 0.846 0.497 0.766 0.489 (grouping precision 0.836, recall 0.856).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

WORLD = Path(__file__).parent / "data" / "cases_groups_world.jsonl"


def test_world_group_cases_are_well_formed() -> None:
    records = load(WORLD)
    check_written_cases(records, at_least=16, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_world_group_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(WORLD), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    # 0.846 first; 0.870 once an earlier reading with no time of its own takes the passage's one named
    # earlier wave; 0.902 once a share-limit net must be two options' total; 0.919 once "changes on the
    # previous poll:" is read as the changes' legend, not the figures' wave. 0.890 (ans10) once "39 per cent
    # for the Mahagathbandhan" answers with the alliance, not "favor": gw06's parties join one group
    # (+9 pairs), but gw08's regional figures ("In Seemanchal ... 47 per cent") now link to the statewide
    # ones (16 false pairs): the link model, not the answers, is what to fix there.
    assert s.group_f1 >= 0.88
