"""Floors on the summaries' written sets: posts written for the project (own words, invented places, people and
figures), labelled the way the shared set is (``../shared/summaries``: the point sentences, the headline figure's
sentence, a one-line reference) before the summarizer was run on them.

Each ``data/summary_written/NAME.jsonl`` is scored the way the shared scorer scores (a summary *contains* a sentence
when the longest common token subsequence covers 0.8 of the sentence's tokens; ``sentences`` were cut by the shared
scorer's splitter when the set was written), so ``/work/tools/sscore.sh $PWD FILE`` gives the same numbers. The
floors sit just under the scores of the change that set them; each set's comment keeps its first score, on the code
before that change, which is the set's clean measure.
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from bot.reading.extract import default_extractor
from bot.reading.read import Reader

WRITTEN = Path(__file__).resolve().parent / "data" / "summary_written"

FLOORS: dict[str, dict[str, float]] = {
    # Twenty-seventh round (s28): which sentence carries the headline figure. 22 posts (8 blog, 13 news, 1 without
    # a poll): a title telling the topline as a share in words ("Three in Four ...", "Half of ...", "Two-Thirds
    # of ...") or naming its answer ("Approval", "Support for", "Favourability", "Disapproval"), a title number that
    # is a name or a movement ("the Latest 7 News Poll" over "(up 7 since January)"), a margin of error read as a
    # lead ("a 4-point error margin", "a 5-point sampling margin"), a share in words from an earlier poll ("Last
    # spring, a survey claimed one in three ..."), a pair too long with the writer's question before the point;
    # and controls where the first topline stays (the title's answer in the first sentence, a title naming no
    # answer, the title's answer in another question, a title's share told in words by the lead, "LAB 36 CON 29").
    # First score on 767451a: point .818 (blog 7/8, news 10/13, no poll 1/1) / figure .476 (10 of 21) / ROUGE-L
    # .377; lead-3 .636 / .667 / .311. After the round's changes: 1.000 / 1.000 / .386. The set was written with
    # the changes in view (the sprobe26 misses it generalises), so its final score is no measure of unseen text.
    "headline_cues": {"point": 0.95, "figure": 0.95, "rougeL": 0.38},
    # Twenty-eighth round (s29): sprobe27's kinds of headline sentence. 9 posts (4 blog, 5 news): a news lead whose
    # poll sentence comes second (k01, k02), a year-on-year pair told in one sentence ("In 2021, 48 percent ..., and
    # that fell to 35 percent this year", "Back in March, 62% ..., and now only 49% do"), the writer's first-person
    # hook before the poll is introduced, a title's party among pasted list lines (its name with an accent in the
    # list), an "uncommitted" share told before the topline; and controls where the first topline stays (a report's
    # lead before the sentence naming its poll, a sentence opening in the past that does not run to now). First
    # score on d4184c1: point 1.000 / figure .556 (5 of 9) / ROUGE-L .262; lead-3 .556 / .667 / .260. After the
    # round's change: 1.000 / 1.000 / .330. Written after the sprobe27 misses were read, so no measure of unseen text.
    "headline_kinds": {"point": 0.95, "figure": 0.95, "rougeL": 0.32},
    # Twenty-eighth round, second pass (s29b): the writer's turn and a pooled reading before one poll's figure. 9 posts
    # (4 blog, 3 news, 2 without a poll): a first-person concession turning with "but" to the claim (t01, t02, t04), a
    # claim opening on "And yet" (t03), a control whose turn goes back to the writer's own life (t05); a polling
    # average, "On average, the national polls ..." and "Polls taken since the spring ..." told before one poll's own
    # figure (t06-t08), and a control about an average alone (t09, whose average the extractor does not read). First
    # score on a55b3bc: point .667 / figure .571 (4 of 7) / ROUGE-L .254. After: .889 / .857 / .269. Written after
    # the open sets' misses were read, so no measure of unseen text.
    "turns_and_pooled": {"point": 0.85, "figure": 0.85, "rougeL": 0.26},
}


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", text).lower())


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def _contains(summary: list[str], sentence: str) -> bool:
    words = _tokens(sentence)
    return bool(words) and _lcs(words, summary) >= 0.8 * len(words)


def _rouge_l(summary: list[str], reference: list[str]) -> float:
    common = _lcs(summary, reference)
    if not common:
        return 0.0
    precision, recall = common / len(summary), common / len(reference)
    return 2 * precision * recall / (precision + recall)


def _posts(name: str) -> list[dict[str, Any]]:
    lines = (WRITTEN / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_written_set_has_floors() -> None:
    assert sorted(p.stem for p in WRITTEN.glob("*.jsonl")) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_written_set_keeps_its_floors(name: str) -> None:
    reader = Reader(default_extractor())
    point, figure, rouge = [], [], []
    for post in _posts(name):
        summary = reader.read_text(post["text"]).summary
        words = _tokens(summary)
        sentences = post["sentences"]
        point.append(any(_contains(words, sentences[i]) for i in post["point"]))
        if post["headline_figure"] is not None:
            figure.append(_contains(words, sentences[post["headline_figure"]]))
        rouge.append(_rouge_l(words, _tokens(post["reference"])))
        assert len(summary) <= 500, post["id"]
    scores = {
        "point": statistics.mean(point),
        "figure": statistics.mean(figure),
        "rougeL": statistics.mean(rouge),
    }
    for measure, floor in FLOORS[name].items():
        assert scores[measure] >= floor, (measure, round(scores[measure], 3), floor)
