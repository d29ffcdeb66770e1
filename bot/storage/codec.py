"""Extraction <-> JSON, for the copy kept with each post (figures are also stored as rows)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bot.models import Extraction, Figure, FigureGroup, PollMeta


def dump_extraction(extraction: Extraction) -> str:
    return json.dumps(asdict(extraction), separators=(",", ":"), ensure_ascii=False)


def _figure(data: dict[str, Any]) -> Figure:
    fields: dict[str, Any] = {k: data.get(k) for k in Figure.__dataclass_fields__}
    return Figure(**fields)


def load_extraction(raw: str) -> Extraction:
    data = json.loads(raw)
    groups = tuple(
        FigureGroup(
            **{k: g.get(k) for k in FigureGroup.__dataclass_fields__ if k != "figures"},
            figures=tuple(_figure(f) for f in g.get("figures", ())),
        )
        for g in data.get("groups", ())
    )
    meta = PollMeta(**{k: data.get("meta", {}).get(k) for k in PollMeta.__dataclass_fields__})
    return Extraction(
        figures=tuple(_figure(f) for f in data.get("figures", ())),
        groups=groups,
        meta=meta,
        language=data.get("language") or "en",  # copies stored before languages were told are English
    )
