"""Post-steps for tables: a recognised table's cells, and a flattened topline's values, take their answer,
population and question from the table's axes (see :mod:`table_labels`, :mod:`flat_toplines`), over the
rankers' choices.
"""

from __future__ import annotations

import re

from bot.reading.extract import flat_toplines as flat_topline_cues
from bot.reading.extract import groups as group_stage
from bot.reading.extract import provenance, table_labels
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.choices import Chosen
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.tidy import Tidy, clean


def table_axes(
    a: Analysis,
    axes: dict[int, table_labels.CellLabels],
    figs: list[group_stage.Labelled],
    prov: list[Provenance],
    tidy: Tidy,
) -> None:
    """A table's cells labelled by its axes (see :mod:`table_labels`): the option axis' label is the
    answer, the people axis' label the population, each kept only where the checker passes it. Set
    before the groups are formed (they read the labels)."""
    for f, p in zip(figs, prov, strict=True):
        cell = axes.get(f.num_index)
        if cell is None:
            continue
        if not cell.population and (
            f.population.lower() in cell.options or _in_own_label(f.population, cell)
        ):
            other_population(a, tidy, f, p, cell.options)
        if cell.whole and not f.population:
            # The whole sample's cell the ranker left without a population: the release's sample.
            cues = a.passage_cues
            f.population = provenance.tidied(
                a, "population", cues.sample_population or cues.universe or "", tidy
            )
        for kind, text in (("answer", cell.answer), ("population", cell.population)):
            if not text:
                continue
            tidied = provenance.tidied(a, kind, text, tidy)
            if not tidied and _SHORT_NAME.search(text):
                # an option with its short name in brackets ("Unity Party (UP)"): tidying cut its ")"
                tidied = provenance.usable_or_none(kind, " ".join(text.split()))
            if re.search(r"\s{2}|\t", tidied):
                # A surname read out to a "full name" across a header's columns ("Poll   Date   Baldwin"):
                # the axis label as written.
                tidied = provenance.usable_or_none(kind, clean(text))
            if kind == "answer" and tidied and _another_option(text, tidied, cell.options):
                # a row's short label read out to a longer name that another row of the table holds
                # ("Nationals" -> "Liberal Nationals" beside "Liberal / Liberal Nationals / ..."): two rows
                # are two options, the label as written
                tidied = provenance.usable_or_none(kind, clean(text))
            if not tidied:
                continue
            source = provenance.GROUP_SHARE if kind == "answer" and cell.group_share else "table_axis"
            provenance.fix_label(f, p, kind, tidied, text, source)


def _in_own_label(population: str, cell: table_labels.CellLabels) -> bool:
    """Whether a ranker's population is words of the cell's own option label ("Democrats" read off a party
    named "Democrats for Reform"): the option, not its people."""
    return bool(population and cell.answer) and (
        re.search(rf"(?i)\b{re.escape(population)}\b", cell.answer or "") is not None
    )


def _another_option(written: str, tidied: str, options: frozenset[str]) -> bool:
    """Whether tidying read an axis label out to a longer name that another of the table's options holds."""
    short, full = clean(written).lower(), tidied.lower()
    if full == short or short not in full:
        return False
    return any(full in option and option not in (short, full) for option in options)


# An axis label closing on a bracketed short name: "United Party (UP)".
_SHORT_NAME = re.compile(r"\w\s*\([A-Za-z][\w&/.-]{0,11}\)$")


# Populations that name no people, and the people a release of a country's universe is about.
_NO_PEOPLE = frozenset({"", "respondents", "people", "interviews", "sample"})


_RELEASE_PEOPLE = {"Americans": "U.S. adults", "Australians": "Australian voters"}


def flat_toplines(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A flattened topline's values labelled by their table (see :mod:`flat_toplines`): the option of its
    column or row is the answer, and the question written before the table its question."""
    flat = flat_topline_cues.cells(a)
    if not flat:
        return
    for f, p in zip(figs, prov, strict=True):
        cell = flat.get(f.num_index)
        if cell is None:
            continue
        answer = provenance.tidied(a, "answer", cell.answer, tidy)
        if answer:
            provenance.fix_label(f, p, "answer", answer, cell.answer, "flat_topline")
        if f.population.lower() in _NO_PEOPLE:
            # a release's sample named only as "respondents": the release's universe (the labelling rules)
            universe = a.passage_cues.universe
            people = _RELEASE_PEOPLE.get(universe, universe)
            if people.lower() not in _NO_PEOPLE:
                f.population = provenance.tidied(a, "population", people, tidy) or f.population
        question = provenance.usable_or_none("question", cell.question) if cell.question else ""
        if question:
            provenance.fix_label(f, p, "question", question, question, "flat_topline")


def other_population(
    a: Analysis, tidy: Tidy, f: group_stage.Labelled, p: Provenance, options: frozenset[str]
) -> None:
    """The ranker's best population that is none of the table's options (its choice was one)."""
    chosen = p.labels["population"]
    for text, source, score in chosen.ranked:
        tidied = provenance.tidied(a, "population", text, tidy) if text else ""
        if tidied and tidied.lower() not in options:
            f.population = tidied
            p.labels["population"] = Chosen(text, source + "+not_an_option", score, chosen.why, chosen.ranked)
            return
    f.population = ""


def table_questions(
    axes: dict[int, table_labels.CellLabels], figs: list[group_stage.Labelled], prov: list[Provenance]
) -> None:
    """A table's cells ask the question written above it (checked as a question by table_labels): set
    last, over the group-level question choices, which only see the rankers' candidates."""
    for f, p in zip(figs, prov, strict=True):
        cell = axes.get(f.num_index)
        if cell is not None and cell.question:
            provenance.fix_label(f, p, "question", cell.question, cell.question, "table_axis")
