"""step_effects: each fixed step's changes to the labels, scored against labelled figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.models import Extraction, Figure
from bot.reading.extract import reach, step_effects
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.weighed import Explained, WeighedExtractor

# Invented: a city poll's approval pair, and a state race.
TEXT = "Harbor Polling asked 600 registered voters in Lakeland about Mayor Dana Ortiz: 52% approve, 41% disapprove."


def _spans() -> list[tuple[float, int, int]]:
    return [(float(v), TEXT.index(v + "%"), TEXT.index(v + "%") + len(v) + 1) for v in ("52", "41")]


class _Explaining:
    """An extractor whose explanation is given: two figures, each with the changes its steps made."""

    def explain(self, text: str) -> Explained:
        assert text == TEXT
        figures = tuple(
            Figure(value=v, start=s, end=e, group="g1", question="", answer=a, population="registered voters")
            for (v, s, e), a in zip(_spans(), ("approve", "disapprove"), strict=True)
        )
        first = Provenance(1.0, [], changes=[("answer", "split_pairs", "Dana Ortiz", "approve")])
        second = Provenance(
            1.0,
            [],
            changes=[
                ("answer", "named_after", "approve", "Dana Ortiz"),
                ("answer", "split_pairs", "Dana Ortiz", "disapprove"),
                ("population", "party_voters", "voters", "registered voters"),
            ],
        )
        return Explained(Extraction(figures=figures), [first, second])


def _record(answers: tuple[str, str]) -> dict[str, object]:
    figures = [
        {"value": v, "start": s, "end": e, "group": 1, "answer": a, "population": "registered voters"}
        for (v, s, e), a in zip(_spans(), answers, strict=True)
    ]
    return {"id": "steps-1", "text": TEXT, "figures": figures}


def test_each_change_is_scored_before_and_after_against_the_label() -> None:
    got = step_effects.effects([_record(("approve", "disapprove"))], _Explaining())  # type: ignore[arg-type]
    answer = got["answer"]
    assert answer.figures == 2
    assert answer.ranker == 0.0  # "Dana Ortiz" and "approve" were the rankers' picks
    assert answer.final == 2.0
    assert answer.steps["split_pairs"] == step_effects.Effect(changed=2, better=2, worse=0, net=2.0)
    assert answer.steps["named_after"] == step_effects.Effect(changed=1, better=0, worse=0, net=0.0)
    population = got["population"]
    # One pick was the bare "voters": token F1 2/3 against "registered voters".
    assert population.ranker == pytest.approx(1 + 2 / 3) and population.final == 2.0
    assert population.steps["party_voters"].net == pytest.approx(1 / 3)


def test_a_step_that_moves_away_from_the_label_counts_as_worse() -> None:
    got = step_effects.effects([_record(("Dana Ortiz", "Dana Ortiz"))], _Explaining())  # type: ignore[arg-type]
    split = got["answer"].steps["split_pairs"]
    assert (split.changed, split.better, split.worse, split.net) == (2, 0, 2, -2.0)
    assert got["answer"].steps["named_after"].better == 1


def test_the_steps_nets_add_up_to_the_final_gain_on_the_real_extractor() -> None:
    text = (
        "Approval of Mayor Dana Ortiz (Harbor Polling, 600 registered voters):\n"
        "Approve 52%\nDisapprove 41%\nNot sure 7%"
    )
    question = "Do you approve or disapprove of the job Dana Ortiz is doing as mayor?"
    figures = []
    for value, answer in (("52", "approve"), ("41", "disapprove"), ("7", "not sure")):
        start = text.index(value + "%")
        figures.append(
            {
                "value": float(value),
                "start": start,
                "end": start + len(value) + 1,
                "group": 1,
                "answer": answer,
                "population": "registered voters",
                "question": question,
            }
        )
    got = step_effects.effects([{"id": "steps-2", "text": text, "figures": figures}], WeighedExtractor())
    for kind in reach.KINDS:
        k = got[kind]
        assert k.figures == 3
        assert k.ranker + sum(e.net for e in k.steps.values()) == pytest.approx(k.final)


def test_command_line_prints_each_kind_and_step(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "set.jsonl"
    f.write_text(json.dumps(_record(("approve", "disapprove"))) + "\n")
    assert step_effects.main([str(f)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 passages\n")
    for kind in reach.KINDS:
        assert f"{kind}: " in out
