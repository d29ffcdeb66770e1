"""The extractor against the project's own labelled passages (written for these tests)."""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract import Extractor
from bot.reading.extract.scoring import load, score

CASES = Path(__file__).parent / "data" / "cases.jsonl"


def test_cases_file_is_large_enough() -> None:
    records = load(CASES)
    assert len(records) >= 40
    negatives = [r for r in records if not r["figures"]]
    assert len(negatives) >= 8
    for r in records:
        for f in r["figures"]:
            written = r["text"][f["start"] : f["end"]]
            assert written and (written[0].isdigit() or written[0].isalpha()), (r["id"], written)


def test_cases_meet_the_standard(extractor: Extractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    assert s.group_f1 >= 0.90
    assert s.population >= 0.75
    assert s.answer >= 0.55
    assert s.question >= 0.55


def test_negative_cases_yield_nothing(extractor: Extractor) -> None:
    for r in load(CASES):
        if not r["figures"]:
            assert extractor.extract(r["text"]).figures == (), r["id"]


BLIND = Path(__file__).parent / "data" / "cases_blind.jsonl"


def test_blind_cases_hold_their_level(extractor: Extractor) -> None:
    """72 passages (417 figures) written and labelled by helpers who never ran the extractor, in many
    sources' styles: press releases, threads, UK/Canadian/Australian/Irish/NZ outlets, tables, several
    polls in one passage, sports and economics pages with no poll at all. Each round of 24 was scored
    once before any fix it led to, then used to find failures, so together they are a regression
    floor now, not a held-out measure. First scores (figures, groups, population, answer, question):
    round 4 0.907 0.689 0.757 0.553 0.517; round 5 0.929 0.855 0.831 0.580 0.553; round 6 0.975 0.914
    0.849 0.625 0.478."""
    s = score(load(BLIND), extractor)
    assert s.figure_f1 >= 0.97, s.misses
    assert s.group_f1 >= 0.86
    assert s.population >= 0.81
    assert s.answer >= 0.62
    assert s.question >= 0.58


TABLES = Path(__file__).parent / "data" / "cases_tables.jsonl"


def test_table_cases_hold_their_figure_level(extractor: Extractor) -> None:
    """26 passages written for the figure stage's table and topline shapes (bare "Name NN" lists, dotted
    leaders, frequency columns, trend tables with an election column, state-by-state lines, pipe and
    space-aligned crosstabs, flattened crosstabs, press-style percentages) and negatives (economic,
    sports and election-result tables). The figure model alone is fitted on them (``figures_only``), so
    this is a regression floor on the figure decision. The first score, before they were fitted on, was
    figure F1 0.910 (the first 24); of the two flattened crosstabs added after, the bare one missed 35 of
    its 36 figures. The last 7 (t27-t33) teach tab- and space-aligned tables under a header line (web
    polling tables with sample, margin and lead columns; a crosstab with weighted bases; year-first trend
    rows; a net column) with an election-result and an economic table as negatives: the shared sets hold
    almost none, so the grid-cell rule had only a sports table to learn from. t34-t36 are toplines
    copied out of PDFs with their line breaks lost (dated rows under an option header, option rows under
    dated columns; bare and decimal values): the shared sets hold one, too few to weigh that layout."""
    records = load(TABLES)
    assert len(records) >= 24
    assert all(r.get("figures_only") for r in records)
    for r in records:
        for f in r["figures"]:
            assert r["text"][f["start"] : f["end"]].lower() in (str(f["value"]), "thirty", "forty-four"), r[
                "id"
            ]
    _holds_figure_level(records, 0.98, extractor)


RELEASES = Path(__file__).parent / "data" / "cases_releases.jsonl"


def test_release_cases_hold_their_figure_level(extractor: Extractor) -> None:
    """40 US release and write-up shapes written for the figure stage and not fitted on (fitted on as
    ``figures_only``, 5-fold cross-validated figure F1 fell 0.983 -> 0.980): numbered toplines,
    TOTAL/REP/DEM/IND crosstabs, dated trend rows ("Jan. 42-53"), change markers, party tags, ballot
    measures, "(49%-41%)" and "47-42" in prose and headlines, bullets, "a majority (54%)", one cell per
    line, "Education 48 (51)", a crosstab closed by a "Total 100%" row, and negatives (methodology,
    election results). First scores, before the rules they led to: 0.996 (first 17), 0.923 (next 12),
    0.862 (next 8), 0.250 (last 3). Still missed: the "Total 100%" crosstab (a rule reading the column
    above the closing row as a whole lowered cross-validated dev2 figure F1 0.980 -> 0.965), "Name:
    22/19" favourable pairs that add up to under 50, and a few single rows."""
    records = load(RELEASES)
    assert len(records) >= 40
    for r in records:
        for f in r["figures"]:
            assert r["text"][f["start"] : f["end"]].lower() in (str(f["value"]), "forty-four"), r["id"]
    _holds_figure_level(records, 0.96, extractor)


FORMATS = Path(__file__).parent / "data" / "cases_formats.jsonl"


def test_print_format_cases_hold_their_figure_level(extractor: Extractor) -> None:
    """63 passages written for the ways US and other polls print a figure, never fitted on, in three
    rounds each scored before the rules it led to. Round 1 (x, 37): "pct.", "per cent", "pc", "44 %"; a
    figure in brackets after a name or option; "a majority (52%)" and a spelled restatement; spelled-out
    numbers beside ratios and "half"; leads, nets and a "+5" line under a list; trend tables with "—"
    and "*" cells or dates for row labels; toplines with "(VOL) Don't know/Refused", net rows and a 100
    total row; multi-column, tab and pipe crosstabs; one cell per line; bullets; "(approve 54, disapprove
    38)"; "LPC 41 (+1)"; prose full of margins, samples, dates, ages, money, years, vote counts, seats,
    electoral votes, turnout and growth rates; two negatives. First score 0.889. Round 2 (z, 11): change
    brackets, date-labelled trend rows, net rows, lead lines, bracketed ratings, levels after a change
    verb, "—"/"*" cells, a tab crosstab, a negative: 0.990 and 0.939 on its two parts (after the
    round-1 rules; the "—"/"*" cells led to the aligned-column rule). Round 3 (y, 15):
    RV/LV side by side, a net column, decimals, "Percent who ...: 27", "68-25" after "Among X:", a bare
    regional crosstab with no poll word, "Answer: 26 percent", "47 percent to 45": 0.746. Still missed:
    decimals ("approve 51.4%"), the bare table with no poll word, "Among Republicans: 68-25", small
    values of change-bracket lists."""
    records = load(FORMATS)
    assert len(records) >= 63
    for r in records:
        for f in r["figures"]:
            written = r["text"][f["start"] : f["end"]]
            assert (
                float(written) == f["value"] if written[0].isdigit() else written.replace("-", "").isalpha()
            )
    _holds_figure_level(records, 0.93, extractor)


def _holds_figure_level(records: list[dict[str, object]], floor: float, extractor: Extractor) -> None:
    """A written case file's regression floor: figure F1 at least ``floor``, and its negative passages
    (no figures labelled) yield nothing."""
    s = score(records, extractor)
    assert s.figure_f1 >= floor, s.misses
    for r in records:
        if not r["figures"]:
            assert extractor.extract(str(r["text"])).figures == (), r["id"]
