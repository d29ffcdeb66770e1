"""Poll results as CSV (for spreadsheets) and JSON (for archives and other tools).

Neither format carries voter identities: :class:`PollResults` holds counts only, and subgroups too small to
report carry no counts at all.

CSV cells are protected against formula injection (OWASP "CSV Injection"): a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so a spreadsheet shows it as text.
Labels and population names come from blog posts and moderators, so every cell is checked, headers included.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from bot.polls.models import (
    OptionResult,
    PollResults,
    PublishedOnly,
    ReferenceSeries,
    SubgroupResult,
    Verdict,
    VerdictKind,
)

JSON_VERSION = 1
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """One CSV cell as text, neutralised if a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(results: PollResults) -> str:
    """One row per option (all voters, then each reportable subgroup), then published-only answers.

    Columns: question, subgroup ("" = everyone), n, option, votes, share_pct, ci95_low_pct, ci95_high_pct,
    then one ``published_pct: <population>`` column per reference. Subgroups too small to report get one row
    saying so, with no counts. Percentages are in points with two decimals.
    """
    populations = results.populations
    header = [
        "question",
        "subgroup",
        "n",
        "option",
        "votes",
        "share_pct",
        "ci95_low_pct",
        "ci95_high_pct",
        *(f"published_pct: {p}" for p in populations),
    ]
    rows: list[list[object]] = []

    def option_rows(subgroup: str, n: int, options: tuple[OptionResult, ...]) -> None:
        for o in options:
            rows.append(
                [
                    results.question,
                    subgroup,
                    n,
                    o.label,
                    o.votes,
                    o.share_pct,
                    o.low_pct,
                    o.high_pct,
                    *(o.published_pct.get(p) for p in populations),
                ]
            )

    option_rows("", results.n, results.options)
    for extra in results.published_only:
        label = f"{extra.label} (not asked)"
        rows.append(
            [results.question, "", results.n, label, None, None, None, None]
            + [extra.published_pct.get(p) for p in populations]
        )
    for sub in results.subgroups:
        if sub.too_small or sub.n is None:
            rows.append([results.question, sub.label, "too few to report", None, None, None, None, None])
            continue
        option_rows(sub.label, sub.n, sub.options)

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_cell(h) for h in header])
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def to_dict(results: PollResults) -> dict[str, Any]:
    """Results as JSON-ready plain data (datetimes as ISO 8601 strings, enums as their values)."""
    data: dict[str, Any] = _jsonable(asdict(results))
    data["version"] = JSON_VERSION
    return data


def to_json(results: PollResults) -> str:
    """Results as a JSON document; :func:`from_json` reads it back into equal :class:`PollResults`."""
    return json.dumps(to_dict(results), ensure_ascii=False, allow_nan=False, indent=2)


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _option(d: dict[str, Any]) -> OptionResult:
    return OptionResult(**{**d, "published_is_remainder": tuple(d["published_is_remainder"])})


def from_dict(data: dict[str, Any]) -> PollResults:
    """The inverse of :func:`to_dict`; raises ``ValueError`` for an unknown version."""
    if data.get("version") != JSON_VERSION:
        raise ValueError(f"unsupported poll results version: {data.get('version')!r}")
    closed_at = _dt(data["closed_at"])
    if closed_at is None:
        raise ValueError("closed_at is required")
    return PollResults(
        question=data["question"],
        n=data["n"],
        options=tuple(_option(o) for o in data["options"]),
        references=tuple(
            ReferenceSeries(**{**r, "published_at": _dt(r["published_at"])}) for r in data["references"]
        ),
        verdicts=tuple(Verdict(**{**v, "kind": VerdictKind(v["kind"])}) for v in data["verdicts"]),
        caveats=tuple(data["caveats"]),
        too_small=data["too_small"],
        closed_at=closed_at,
        published_only=tuple(PublishedOnly(**p) for p in data["published_only"]),
        subgroup_question=data["subgroup_question"],
        subgroups=tuple(
            SubgroupResult(**{**s, "options": tuple(_option(o) for o in s["options"])})
            for s in data["subgroups"]
        ),
    )


def from_json(text: str) -> PollResults:
    return from_dict(json.loads(text))
