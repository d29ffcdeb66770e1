"""The extractor's grouping of prose on passages written after the grouping work began, never fitted on.

``data/cases_prose_groups.jsonl`` holds 18 paragraphs in our own words from outlets and countries the
other written sets lack (South Africa, Mexico, Spain, the Netherlands, Kenya, Poland, the Philippines,
Israel, Chile, Sweden, Nigeria, Argentina, Wales; exit-poll stories, tracker write-ups, columns, blogs).
Each mixes what a grouping must keep apart: a topline and its subgroups, two questions, two waves ("down
from 44% in February"), two or three pollsters' concurrent polls, a lead or gap that is not a figure, a
crosstab in sentences ("Among women, 54% ...; among men, only 39%"), and one question's figures spread
over several sentences. They are kept out of :func:`corpus.own`, so they stand in for unseen text.
First score, on main before any change they were written for (figures, groups, population, answer,
question): 0.946 0.587 0.505 0.512 0.472 (grouping precision 0.482, recall 0.750).
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases

PROSE = Path(__file__).parent / "data" / "cases_prose_groups.jsonl"


def test_prose_group_cases_are_well_formed() -> None:
    records = load(PROSE)
    check_written_cases(records, at_least=14, labelled=("answer", "population", "question"))
    assert all(r["figures"] for r in records)


def test_prose_group_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(PROSE), extractor)
    assert s.figure_f1 >= 0.93, s.misses
    # 0.822 with the share limit in clustering (prose shares adding up past a whole never join); 0.904
    # once "fell to 38% from 49%" marks the earlier reading; 0.917 once an earlier reading with no time of
    # its own takes the passage's one named earlier wave; 0.886 once the clause's subject is a population
    # feature (the refit moves two figures' links here while CV grouping rises .845 -> .850).
    assert s.group_f1 >= 0.88
