"""Poll results as a PNG bar chart, headless.

Uses ``matplotlib.figure.Figure`` with an explicit ``FigureCanvasAgg``: no pyplot, so no global figure
registry, no dependence on ``MPLBACKEND`` or a display, and renders in different threads do not share state.
matplotlib's font cache is built once per process (on first import), never per chart.

One row per option, top to bottom in option order: the community's share with its 95% Wilson interval as an
error bar, then one bar per published population (hatched where the published figure is the remainder below
100%). Published answers that have no option get rows with published bars only. Subgroups are left to the
table: a chart with them would not be readable at chat size.
"""

from __future__ import annotations

import io
import textwrap
from functools import cache
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font
from matplotlib.patches import Patch

from bot.polls import format as fmt
from bot.polls.compare import MIN_COMPARE_N
from bot.polls.models import PollResults

WIDTH_PX = 900
HEIGHT_PX = 500
DPI = 100
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
COMMUNITY_COLOUR = "#0072B2"
PUBLISHED_COLOURS = ("#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#F0E442")


@cache
def _supported_codepoints() -> frozenset[int]:
    """Code points the default font can draw (read once): others would render as boxes and warn."""
    path = findfont(FontProperties(), fallback_to_default=True)
    return frozenset(FT2Font(path).get_charmap())


def safe_text(text: str) -> str:
    """Text matplotlib draws literally: ``$`` escaped (no mathtext), glyphs the font lacks replaced by "?"."""
    supported = _supported_codepoints()
    chars = [ch if (ord(ch) in supported or ch in "\n ") else "?" for ch in " ".join(text.split())]
    return "".join(chars).replace("$", r"\$")


def _wrap(text: str, width: int, max_lines: int) -> str:
    lines = textwrap.wrap(" ".join(text.split()), width=width, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        lines = [
            *lines[: max_lines - 1],
            textwrap.shorten(" ".join(lines[max_lines - 1 :]), width, placeholder="…"),
        ]
    return "\n".join(safe_text(line) for line in lines)


def _figure(results: PollResults) -> Figure:
    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()

    populations = results.populations
    rows: list[
        tuple[str, float | None, float | None, float | None, int | None, list[tuple[float | None, bool]]]
    ]
    rows = []
    for r in results.options:
        pub = [(r.published_pct.get(p), p in r.published_is_remainder) for p in populations]
        rows.append((r.label, r.share_pct, r.low_pct, r.high_pct, r.votes, pub))
    for extra in results.published_only:
        pub = [(extra.published_pct.get(p), extra.is_remainder) for p in populations]
        rows.append((f"{extra.label} (not asked)", None, None, None, None, pub))

    series = 1 + len(populations)
    bar_h = 0.8 / series
    drawn_community = False
    drawn_published = [False] * len(populations)
    drawn_remainder = False
    for y, (_label, share, low, high, votes, pub) in enumerate(rows):
        top = y - 0.4 + bar_h / 2
        if share is not None and low is not None and high is not None:
            drawn_community = True
            ax.barh(
                top,
                share,
                height=bar_h,
                color=COMMUNITY_COLOUR,
                xerr=[[share - low], [high - share]],
                error_kw={"ecolor": "#333333", "capsize": 3, "elinewidth": 1},
            )
            ax.text(high + 1, top, f"{fmt.pct(share)} ({votes})", va="center", fontsize=8)
        elif votes is not None:
            ax.text(1, top, f"{votes} votes", va="center", fontsize=8, color="#555555")
        for k, (value, remainder) in enumerate(pub):
            if value is None:
                continue
            yk = top + (k + 1) * bar_h
            ax.barh(
                yk,
                value,
                height=bar_h,
                color=PUBLISHED_COLOURS[k % len(PUBLISHED_COLOURS)],
                hatch="//" if remainder else None,
                edgecolor="white" if remainder else None,
                linewidth=0,
            )
            drawn_published[k] = True
            drawn_remainder |= remainder
            ax.text(value + 1, yk, fmt.published(value), va="center", fontsize=8)

    ax.set_yticks(range(len(rows)), [_wrap(row[0], 24, 2) for row in rows], fontsize=9)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first option on top
    ax.set_xlim(0, 112)
    ax.set_xticks(range(0, 101, 20), [f"{x}%" for x in range(0, 101, 20)], fontsize=8)
    ax.xaxis.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

    pollsters = sorted({r.pollster for r in results.references if r.pollster})
    n_text = f"{results.n} vote{'' if results.n == 1 else 's'}"
    subtitle = f"Community: {n_text}"
    if pollsters:
        subtitle += " · Published: " + ", ".join(pollsters)
    ax.set_title(_wrap(results.question, 80, 2) + "\n" + safe_text(subtitle), fontsize=11, loc="left")

    note = "Self-selected chat poll, not a sample; bars show the share of answers, whiskers our 95% interval."
    if results.n == 0:
        ax.text(
            56, (len(rows) - 1) / 2, "No votes yet", ha="center", va="center", fontsize=14, color="#555555"
        )
    elif results.too_small:
        note = f"Only {n_text}: too few to compare (at least {MIN_COMPARE_N} needed). " + note
    ax.set_xlabel(_wrap(note, 120, 2), fontsize=8, color="#444444")

    # Proxy artists: a legend entry must not pick up one bar's hatch or error bar.
    handles: list[Patch] = []
    labels: list[str] = []
    if drawn_community:
        handles.append(Patch(color=COMMUNITY_COLOUR))
        labels.append("Community (95% interval)")
    for k, population in enumerate(populations):
        if drawn_published[k]:
            handles.append(Patch(color=PUBLISHED_COLOURS[k % len(PUBLISHED_COLOURS)]))
            labels.append(safe_text(population or "Published"))
    if drawn_remainder:
        handles.append(Patch(facecolor="#999999", hatch="//", edgecolor="white", linewidth=0))
        labels.append("Remainder below 100% (not printed)")
    if handles:
        fig.legend(
            handles, labels, loc="outside lower center", ncols=min(4, len(handles)), fontsize=8, frameon=False
        )
    return fig


def render_chart_bytes(results: PollResults) -> bytes:
    """The chart as PNG bytes (about 900×500 px)."""
    buffer = io.BytesIO()
    _figure(results).savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def render_chart(results: PollResults, path: Path) -> Path:
    """Write the chart as a PNG to ``path`` (the only I/O in :mod:`bot.polls`) and return ``path``."""
    path.write_bytes(render_chart_bytes(results))
    return path
