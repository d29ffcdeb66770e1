"""The extractor's grouping on passages written to stress it (tests/extract/data/cases_groups.jsonl).

14 short passages in our own words, US and non-US, prose and tables, each built around one way polls
split or join their figures: two questions in one sentence, a follow-up "and X% say" that continues one
question, one question's options spread over sentences, partisan, gender, age and regional subgroups,
two pollsters' concurrent polls, a current reading interleaved with an earlier wave, a tracker table
(one group per column), a crosstab (one group per row), a battery list (one group per item), a net with
its parts, and a headline restating the body. They are not fitted on (not in ``corpus.own``), so they
stay a check on unseen text. First score, before any grouping change they were written for (figures,
groups, population, answer, question): 0.917 0.741 0.738 0.723 0.645.
"""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score

GROUPS = Path(__file__).parent / "data" / "cases_groups.jsonl"


def test_group_cases_are_well_formed() -> None:
    records = load(GROUPS)
    assert len(records) >= 14
    for r in records:
        groups = [f["group"] for f in r["figures"]]
        assert sorted(f["start"] for f in r["figures"]) == [f["start"] for f in r["figures"]], r["id"]
        seen = list(dict.fromkeys(groups))
        assert seen == [f"g{i + 1}" for i in range(len(seen))], r["id"]
        assert len(seen) >= 1
        for f in r["figures"]:
            assert float(r["text"][f["start"] : f["end"]]) == f["value"], r["id"]


def test_group_cases_hold_their_grouping_level(extractor: Extractor) -> None:
    s = score(load(GROUPS), extractor)
    assert s.figure_f1 >= 0.90, s.misses
    assert s.group_f1 >= 0.75
