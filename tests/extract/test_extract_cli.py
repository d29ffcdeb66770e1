"""The command-line functions: JSON lines for the scorer, a table for moderators."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from bot.reading.extract import default_extractor, extraction_to_json
from bot.reading.extract.cli import main, render_explained, render_table, run_jsonl

TEXT = (
    "A new Quinnipiac poll of 1,200 registered voters finds 48% approve of the governor while 44% "
    "disapprove. Among Democrats, 81% approve."
)


def test_run_jsonl_contract() -> None:
    lines = [json.dumps({"id": "a", "text": TEXT}), json.dumps({"id": "b", "text": "No numbers."}), "garbage"]
    out = io.StringIO()
    assert run_jsonl(io.StringIO("\n".join(lines) + "\n"), out) == 2
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert [f["value"] for f in rows[0]["figures"]] == [48.0, 44.0, 81.0]
    assert rows[1]["figures"] == []
    for f in rows[0]["figures"]:
        assert set(f) >= {"value", "start", "end", "group", "question", "answer", "population"}


def test_extraction_to_json_groups_reference_figures() -> None:
    data = extraction_to_json(default_extractor().extract(TEXT))
    assert data["meta"]["sample_size"] == 1200
    assert data["meta"]["pollster"] == "Quinnipiac"
    indexes = [i for g in data["groups"] for i in g["figures"]]
    assert sorted(indexes) == list(range(len(data["figures"])))


def test_render_table_is_readable() -> None:
    table = render_table(default_extractor().extract(TEXT))
    assert "registered voters" in table
    assert "48%" in table and "approve" in table
    assert "quote:" in table


def test_render_table_without_figures() -> None:
    assert render_table(default_extractor().extract("GDP grew 2.1 percent.")) == "No poll figures found."


def test_main_json_from_stdin() -> None:
    out = io.StringIO()
    assert main(["--json", "-"], stdin=io.StringIO(TEXT), stdout=out) == 0
    assert len(json.loads(out.getvalue())["figures"]) == 3


@pytest.mark.slow
def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.reading.extract", "--jsonl"],
        input=json.dumps({"id": 1, "text": TEXT}) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(proc.stdout)["id"] == 1


def test_explain_names_the_step_that_set_a_label_after_the_rankers() -> None:
    """A label a rule changed after ranking is shown as that rule's, with the rankers' choice beside it,
    and a label nothing changed keeps the ranker's own account."""
    text = "The Harbour Research poll of 900 adults has the Conservatives and the Greens on 30% and 20%, respectively."
    explained = default_extractor().explain(text)
    shown = render_explained(text, explained)
    first, second = shown.split("\n\n")[:2]
    assert "'Conservatives'  set by respective_lists after the rankers (the rankers chose 'Greens'" in first
    assert "answer     'Greens'  from " in second
    # Extraction alone keeps no such record (only an explanation reads it), and its labels are the same.
    plain = default_extractor().extract(text)
    assert [f.answer for f in plain.figures] == [f.answer for f in explained.extraction.figures]
