"""Command-line front ends of the extractor, as importable functions.

``run_jsonl`` is the scorer's contract (JSON lines in, JSON lines out); ``render_table`` is what a
moderator reads; ``extraction_to_json`` is the machine-readable form of one extraction.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from bot.models import Extraction
from bot.reading.extract import Extractor, default_extractor, extraction_to_json
from bot.render import language_note

if TYPE_CHECKING:
    from bot.reading.extract.weighed import Explained


def run_jsonl(stdin: TextIO, stdout: TextIO, extractor: Extractor | None = None) -> int:
    """Read ``{"id", "text"}`` lines, write ``{"id", "figures": [...]}`` lines. Returns lines written.

    A line that is not valid JSON, or has no text, still gets an output line (with no figures) when
    it has an id, so the output stays aligned with the input.
    """
    ex = extractor or default_extractor()
    n = 0
    for line in stdin:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(obj, dict):
            continue
        text = obj.get("text")
        result = ex.extract(text) if isinstance(text, str) else Extraction()
        payload = extraction_to_json(result)
        stdout.write(json.dumps({"id": obj.get("id"), "figures": payload["figures"]}) + "\n")
        n += 1
    stdout.flush()
    return n


def _fmt_value(v: float) -> str:
    return f"{int(v)}" if v == int(v) else f"{v:g}"


def render_table(extraction: Extraction, width: int = 100) -> str:
    """A plain-text report: per group, question -> population -> answer: value%, pollster, quote."""
    if not extraction.groups:
        return "No poll figures found."
    lines: list[str] = []
    m = extraction.meta
    facts = [
        f"pollster: {m.pollster}" if m.pollster else "",
        f"sample: {m.sample_size:,}" if m.sample_size else "",
        f"margin of error: ±{m.margin_of_error:g}" if m.margin_of_error else "",
        f"fieldwork: {m.fieldwork}" if m.fieldwork else "",
    ]
    facts = [f for f in facts if f]
    if facts:
        lines.append(" | ".join(facts))
        lines.append("")
    note = language_note(extraction.language)
    if note:  # not English: the figures and the post's words around them, no label
        lines += [f"language: {extraction.language}. {note}", ""]
    for g in extraction.groups:
        head = f"[{g.id}] {g.question or ('(question not read)' if note else '')}".rstrip()
        lines.append(head)
        who = g.population + (f" ({g.when})" if g.when else "")
        if who or g.pollster or not note:
            lines.append(f"    who: {who}" + (f"    pollster: {g.pollster}" if g.pollster else ""))
        label_w = max((len(f.answer or "?") for f in g.figures), default=1)
        for f in g.figures:
            lines.append(f"    {(f.answer or '?').ljust(label_w)}  {_fmt_value(f.value):>5}%")
        quote = " ".join(g.quote.split())
        limit = 2 * width if note else width  # in another language the quote is all a reader is shown
        if len(quote) > limit:
            quote = quote[: limit - 1] + "…"
        lines.append(f'    quote: "{quote}"')
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_json(extraction: Extraction) -> str:
    data: dict[str, Any] = extraction_to_json(extraction)
    return json.dumps(data, ensure_ascii=False, indent=2)


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """``python -m bot.reading.extract [--jsonl | --json] [FILE|-]``."""
    import argparse
    import sys

    inp = stdin or sys.stdin
    out = stdout or sys.stdout
    ap = argparse.ArgumentParser(prog="python -m bot.reading.extract", description=__doc__)
    ap.add_argument("file", nargs="?", default="-", help="text file to read, or - for standard input")
    ap.add_argument("--jsonl", action="store_true", help='JSON lines {"id","text"} in, {"id","figures"} out')
    ap.add_argument("--json", action="store_true", help="print the extraction as one JSON object")
    args = ap.parse_args(argv)
    if args.jsonl:
        run_jsonl(inp, out)
        return 0
    if args.file == "-":
        text = inp.read()
    else:
        with open(args.file, encoding="utf-8") as fh:
            text = fh.read()
    extraction = default_extractor().extract(text)
    out.write(render_json(extraction) + "\n" if args.json else render_table(extraction))
    return 0


def _why(parts: list[tuple[str, float]]) -> str:
    return ", ".join(f"{name} {weight:+.2f}" for name, weight in parts) or "no cue"


def render_explained(text: str, explained: Explained) -> str:
    """Per figure: the number in context, how sure the figure stage was and why, and each label's source."""
    ex = explained.extraction
    if not ex.figures:
        return "No poll figures found."
    lines: list[str] = []
    note = language_note(ex.language)
    if note:  # the rankers' choices below were weighed and not kept
        lines += [f"language: {ex.language}. {note} The rankers' choices are shown, not kept.", ""]
    for f, p in zip(ex.figures, explained.provenance, strict=True):
        left = " ".join(text[max(0, f.start - 40) : f.start].split())
        right = " ".join(text[f.end : f.end + 30].split())
        lines.append(f"{_fmt_value(f.value)}  [{f.group}]  …{left} «{text[f.start : f.end]}» {right}…")
        lines.append(f"    figure  p={p.figure:.2f}  ({_why(p.figure_why)})")
        for kind, label in (("answer", f.answer), ("population", f.population), ("question", f.question)):
            ch = p.labels.get(kind)
            source = f"from {ch.source}, score {ch.score:+.2f}: {_why(ch.why[:3])}" if ch else ""
            step = p.set_by.get(kind)
            if step and ch:
                ranked = (
                    f"the rankers chose {ch.text!r} {source}"
                    if ch.text
                    else f"the rankers chose none {source}"
                )
                source = f"set by {step} after the rankers ({ranked})"
            elif step:
                source = f"set by {step} after the rankers"
            lines.append(f"    {kind:<10} {label or '(none)'!r}  {source}")
        if f.when:
            lines.append(f"    when       {f.when!r}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
