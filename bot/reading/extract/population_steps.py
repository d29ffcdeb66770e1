"""Post-steps for populations, run after the rankers and before grouping (``voters_are_the_sample`` after
it): fixed rules that give a figure the people its passage writes for it (a region's scope, where the
poll was taken, the sample's own words, a party list's base, a subgroup or age band beside the figure).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import cast

from bot.reading.extract import (
    exit_rows,
    populations,
    provenance,
    row_samples,
    share_places,
    stacked_subgroups,
    world_scope,
)
from bot.reading.extract import groups as group_stage
from bot.reading.extract import list_bases as list_base_cues
from bot.reading.extract import party_voters as party_voter_cues
from bot.reading.extract import poll_places as poll_place_cues
from bot.reading.extract import reason_people as reason_cues
from bot.reading.extract import sample_people as sample_people_cues
from bot.reading.extract import sample_word as sample_word_cues
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.anaphoric_people import pointed_people
from bot.reading.extract.beside_subgroups import beside_subgroup
from bot.reading.extract.choices import Chosen
from bot.reading.extract.exclusions import is_left_out, left_out
from bot.reading.extract.label_check import usable
from bot.reading.extract.population_candidates import (
    adjacent_age_band,
    clause_population,
    is_placeless_sample,
)
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.regions import written_place_tie
from bot.reading.extract.tidy import Tidy


def left_out_populations(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A figure whose chosen population is people the passage writes as left out of its results ("once the
    undecided voters are set aside", "Leaving out undecided voters, ...") takes the ranker's best candidate
    that is not (see :mod:`exclusions`). A fixed rule after the rankers: as a filter of the proposals it
    took negative examples from the fit and cost cross-validated population."""
    people = left_out(a)
    if not people:
        return
    for f, p in zip(figs, prov, strict=True):
        if not is_left_out(f.population, people):
            continue
        chosen = p.labels["population"]
        f.population = ""
        for text, source, score in chosen.ranked:
            tidied = provenance.tidied(a, "population", text, tidy) if text else ""
            if tidied and not is_left_out(tidied, people) and not is_left_out(text, people):
                f.population = tidied
                p.labels["population"] = Chosen(
                    text, source + "+not_left_out", score, chosen.why, chosen.ranked
                )
                break


def region_scopes(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure left with the passage's default population takes the region an earlier sentence of its
    paragraph scopes it to ("In Quebec, ... 29%. The Liberals are third (26%)": see :mod:`world_scope`)."""
    scoped = world_scope.scoped_populations(a, [(f.num_index, f.population) for f in figs])
    # (a table's cell keeps the people its axis names: a region head written just above its first row is
    # that column's, not a scope over the rows below)
    axis = {
        f.num_index for f, p in zip(figs, prov, strict=True) if p.labels["population"].source == "table_axis"
    }
    _set_populations(a, figs, prov, tidy, {i: s for i, s in scoped.items() if i not in axis}, "region_scope")


def written_place_ties(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A figure left with the passage's default that a list of places ties by its bracket ("highest in
    <Area> (84 percent), followed by <Area> (82 percent)") takes that place (see :mod:`written_places`).
    A fixed rule after the rankers: the training passages hold no such list (their breakdowns name the
    regions :mod:`regions` tables), so the region features' weights do not lift an untabled place over
    the written universe."""
    defaults = _defaults_with_nation(a)
    found: dict[int, str] = {}
    for f in figs:
        if f.population and f.population.lower() not in defaults:
            continue
        place = written_place_tie(a, a.numbers[f.num_index])
        if place:
            found[f.num_index] = place
    _set_populations(a, figs, prov, tidy, found, "written_place")


def share_place_people(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A figure written for one country or bloc of a cross-national release ("51 percent in <Country>", "in
    the euro area, 83 percent") takes the sample's people there, "respondents in <Country>" (see
    :mod:`share_places`), unless its population already names that place."""
    found = share_places.place_people(a, [f.num_index for f in figs])
    if not found:
        return
    populations_now = {f.num_index: f.population.lower() for f in figs}
    kept = {i: people for i, people in found.items() if not _names_place(populations_now.get(i, ""), people)}
    _set_populations(a, figs, prov, tidy, kept, "share_place")


def _names_place(population: str, people: str) -> bool:
    """Whether ``population`` already names the place of ``people`` ("respondents in <Place>") beside other
    words ("<Place> women"): a subgroup of that place's sample, kept. The bare place is no people."""
    place = people.split(maxsplit=2)[-1].lower()
    return population != place and re.search(rf"\b{re.escape(place)}\b", population) is not None


def row_sample_people(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A poll list's row that names its own sample after its shares ("... 1,204 phone All adults") gives
    its figures that universe, over the universe the passage names elsewhere (see :mod:`row_samples`)."""
    if not row_samples.ROW_SAMPLES or not row_samples.row_universes(a):
        return
    found = {}
    for f in figs:
        universe = row_samples.row_sample(a, f.line, f.population)
        if universe:
            found[f.num_index] = universe
    _set_populations(a, figs, prov, tidy, found, "row_sample")


def stacked_subgroup_people(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """The cells of a crosstab copied one cell a line take their row's subgroup ("White voters"), and the
    subgroup's bracketed share of the sample the whole sample (see :mod:`stacked_subgroups`)."""
    if not stacked_subgroups.STACKED_SUBGROUPS:
        return
    by_line = stacked_subgroups.stacked_people(a)
    if by_line:
        read = exit_rows.cells(a)  # (an exit poll's table read with its heads names its rows' groups)
        found = {f.num_index: by_line[f.line] for f in figs if f.line in by_line and f.num_index not in read}
        _set_populations(a, figs, prov, tidy, found, "stacked_subgroup")


def national_scopes(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A regional poll's figure left with its region's default but written after a national marker ("across
    Canada (42%)", "Nationally she's at 58%") takes the country's people (see
    :func:`world_scope.national_populations`)."""
    national = world_scope.national_populations(a, [(f.num_index, f.population) for f in figs])
    _set_populations(a, figs, prov, tidy, national, "national_scope")


def _set_populations(
    a: Analysis,
    figs: list[group_stage.Labelled],
    prov: list[Provenance],
    tidy: Tidy,
    found: dict[int, str],
    source: str,
) -> None:
    """Each figure in ``found`` (by number index) takes its population there, tidied, where the checker
    passes it, recorded as set by ``source``."""
    for f, p in zip(figs, prov, strict=True):
        people = found.get(f.num_index)
        tidied = provenance.tidied(a, "population", people, tidy) if people else ""
        if tidied:
            provenance.fix_label(f, p, "population", tidied, people or "", source)


def poll_places(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure left with the passage's default population, written after a phrase saying where its poll was
    taken ("a state poll for Tasmania", "surveyed in Northern Ireland"), takes that region's voters;
    so does one given that region's bare name (see :mod:`poll_places`)."""
    if not poll_place_cues.poll_places(a):
        return
    defaults = world_scope.default_populations(a)
    for f, p in zip(figs, prov, strict=True):
        voters, name = poll_place_cues.place_of_poll(a, a.numbers[f.num_index].start)
        if f.population.lower() not in defaults | {name.lower()}:
            continue  # (the bare name of the poll's own region is only a breakdown's way of writing it)
        tidied = provenance.tidied(a, "population", voters, tidy) if voters else ""
        if tidied and tidied != f.population:
            provenance.fix_label(f, p, "population", tidied, voters, "poll_place")


def sample_word(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """Abroad, a passage whose prose writes its sample's word as shares' people more than once ("29 per cent
    of respondents") gives that word to the figures left with an assumed default (see :mod:`sample_word`)."""
    if a.passage_cues.state:
        return  # (a US state's poll: its labels name the sample's kind of voters)
    word = sample_word_cues.sample_word(a)
    defaults = world_scope.default_populations(a) | sample_people_cues.passage_defaults(a)
    own = sample_people_cues.sample_words(a)
    for f, p in zip(figs, prov, strict=True):
        pop = f.population.lower()
        who = sample_word_cues.qualified_word(a, a.numbers[f.num_index].end)
        if who and (pop in defaults or pop == word):
            tidied = provenance.tidied(a, "population", who, tidy)
            if tidied and tidied != f.population:
                provenance.fix_label(f, p, "population", tidied, who, "sample_word (qualified)")
            continue
        if not word or pop == word or not pop:
            continue
        if (
            pop in defaults
            or (own and pop == own.lower())
            or sample_people_cues.assumed(a, defaults, f.population, f.sentence)
        ):
            provenance.fix_label(f, p, "population", word, word, "sample_word")


_INDEPENDENTS = re.compile(r"^independents?(?:\W+(?:and|&)?\W*others?)?$", re.IGNORECASE)


_INDEPENDENTS_AS_PEOPLE = re.compile(r"\b(?:of|among|amongst)\s+(?:the\s+)?independents\b", re.IGNORECASE)


def independents_abroad(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """Abroad, a figure given "Independents" (or "Independents and others") as its population, where its
    sentence does not write them as people ("of independents", "among independents"), is an option of a
    party list: it takes the people most of the passage's other figures were given by default, else the
    country's voters."""
    if a.passage_cues.state or not sample_people_cues.abroad(a):
        return
    hits = [(f, p) for f, p in zip(figs, prov, strict=True) if _INDEPENDENTS.match(f.population.strip())]
    if not hits:
        return
    defaults = world_scope.default_populations(a) | sample_people_cues.passage_defaults(a)
    others = Counter(f.population for f in figs if f.population and f.population.lower() in defaults)
    cues = a.passage_cues
    people = others.most_common(1)[0][0] if others else (cues.region_voters or cues.country_voters)
    tidied = provenance.tidied(a, "population", people, tidy) if people else ""
    if not tidied:
        return
    for f, p in hits:
        sentence = a.sentences[f.sentence] if a.sentences else None
        said = a.text[sentence.start : sentence.end] if sentence is not None else ""
        if not _INDEPENDENTS_AS_PEOPLE.search(said):
            provenance.fix_label(f, p, "population", tidied, people, "independents_abroad")


def list_bases(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A party list's later shares, left with the passage's default, take the base its first share names
    ("37% of decided voters ..., the third party at 12%": see :mod:`list_bases`)."""
    if not list_base_cues.has_base(a, [(f.num_index, f.population) for f in figs]):
        return
    defaults = world_scope.default_populations(a) | sample_people_cues.passage_defaults(a)
    own = sample_people_cues.sample_words(a)
    if own:
        defaults |= {own.lower()}  # (the sample line's people, "Manitobans", given by sample_people)
    carried = list_base_cues.carried_bases(
        a,
        [(f.num_index, f.population, f.answer, f.question) for f in figs],
        lambda pop: pop.lower() in defaults,
    )
    for f, p in zip(figs, prov, strict=True):
        base = carried.get(f.num_index)
        if base and base != f.population:
            provenance.fix_label(f, p, "population", base, base, "list_base")


def age_bands(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure with an age band written by "among" right beside it ("36% among 18 to 34", "among 35 to 54
    (46%)") is that age group's (see :func:`population_candidates.adjacent_age_band`)."""
    for f, p in zip(figs, prov, strict=True):
        band = adjacent_age_band(a, a.numbers[f.num_index])
        tidied = provenance.tidied(a, "population", band, tidy) if band else ""
        if tidied and tidied != f.population:
            provenance.fix_label(f, p, "population", tidied, band, "age_band")


def beside_subgroups(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A figure with a subgroup written by "among" right beside it, or after the pair it opens ("55-45
    among men", "among women (58%)"), is that subgroup's (see :mod:`beside_subgroups`); a population that
    already holds the subgroup's words ("likely voters in Iowa" for "likely voters") stands."""
    for f, p in zip(figs, prov, strict=True):
        who = beside_subgroup(a, a.numbers[f.num_index])
        if not who or set(who.lower().split()) <= set(f.population.lower().split()):
            continue
        tidied = provenance.tidied(a, "population", who, tidy)
        if tidied and tidied != f.population:
            provenance.fix_label(f, p, "population", tidied, who, "beside_subgroup")


def anaphoric_people(
    a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy
) -> None:
    """A figure left with the passage's default whose sentence points back at a subgroup ("in that group",
    "of these voters") takes the people the sentence before names (see :mod:`anaphoric_people`)."""
    defaults = world_scope.default_populations(a) | sample_people_cues.passage_defaults(a)
    for f, p in zip(figs, prov, strict=True):
        pop = f.population.lower()
        if pop not in defaults and not is_placeless_sample(pop):
            continue
        people = pointed_people(a, a.numbers[f.num_index])
        if not people or people.lower() in defaults:
            continue
        tidied = provenance.tidied(a, "population", people, tidy)
        if tidied and tidied.lower() not in defaults:
            provenance.fix_label(f, p, "population", tidied, people, "anaphoric_people")


def party_voters(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure takes the party's voters written right after it ("9% of their 2024 voters to ..."); one left
    with the passage's default takes those its sentence writes before it (see :mod:`party_voters`)."""
    defaults = world_scope.default_populations(a)
    for f, p in zip(figs, prov, strict=True):
        written, own = party_voter_cues.party_voters(a, f.num_index)
        if not own and f.population.lower() not in defaults:
            continue
        tidied = provenance.tidied(a, "population", written, tidy) if written else ""
        if tidied:
            provenance.fix_label(f, p, "population", tidied, written, "party_voters")


def voters_abroad(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure left with a bare "voters" in a report abroad that writes "voters" only inside subgroups'
    names takes the release's universe ("Britons", or a regional poll's "Scottish voters"; see
    :func:`populations.voters_abroad`)."""
    bare = [(f, p) for f, p in zip(figs, prov, strict=True) if f.population.lower() == "voters"]
    if not bare:
        return  # the passage scan below is needed only for a figure left with a bare "voters"
    cues = a.passage_cues
    # A regional poll's voters stand where the country's would ("Scottish voters", not "Britons").
    voters = cues.region_voters or cues.country_voters
    people = populations.voters_abroad(a.text, voters)
    if not people:
        # The passage writes "voters" for a whole sample somewhere ("voters backed the Voice 56-37"):
        # only the figures whose own clause names nobody take the release's universe; "voters" there
        # is the passage's default, not the text's word for them.
        people = populations.release_universe(a.text, voters)
        # (A figure in the sentence of one whose clause writes "voters" shares it: "51 per cent of voters
        # back the plan, against 38 per cent who would drop it".)
        written = {f.sentence for f, _ in bare if clause_population(a, a.numbers[f.num_index])}
        bare = [(f, p) for f, p in bare if f.sentence not in written]
    tidied = provenance.tidied(a, "population", people, tidy) if people else ""
    if not tidied:
        return
    for f, p in bare:
        provenance.fix_label(f, p, "population", tidied, people, "voters_abroad")


def sample_people(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure given a people the extractor only assumed ("Quebec voters", "Britons", a demonym) takes the
    words the release's sample line uses ("Albertans", "British adults", "respondents"; see
    :mod:`sample_people`)."""
    words = sample_people_cues.sample_words(a)
    tidied = provenance.tidied(a, "population", words, tidy) if words else ""
    if not tidied:
        return
    defaults = sample_people_cues.passage_defaults(a)
    for f, p in zip(figs, prov, strict=True):
        if f.population != tidied and sample_people_cues.assumed(a, defaults, f.population, f.sentence):
            provenance.fix_label(f, p, "population", tidied, words, "sample_people")


_SAMPLE_VOTERS = re.compile(r"^(?:[\w.'’-]+\s+){0,2}?(?:registered|likely)\s+voters\b", re.IGNORECASE)


def voters_are_the_sample(figs: list[group_stage.Labelled], prov: list[Provenance]) -> None:
    """Bare "voters" is the sample the release describes ("a poll of 1,412 registered voters") when one of
    the figure's proposals names it: the text says "voters" for short, the release says who they were."""
    for f, p in zip(figs, prov, strict=True):
        if f.population.lower() != "voters":
            continue
        for text, _, _ in p.labels["population"].ranked:
            m = _SAMPLE_VOTERS.match(text)
            if m is not None and usable("population", m.group(0)):
                f.population = m.group(0)  # "likely voters in April" -> "likely voters"
                break


def reason_people(a: Analysis, figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A figure left with the passage's default in a sentence asking one side's reasons ("the most common
    reason for disapproval (15%)") takes that side's people ("those who disapprove"); one in a sentence
    that goes on with the list before it ("Next came 17% who named ...") takes the population
    of the last figure before it, where that is not a default (see :mod:`reason_people`)."""
    if not a.sentences:
        return
    defaults = _defaults_with_nation(a)
    before = ""  # the population of the last figure of an earlier sentence, in text order
    current, last = -1, ""  # the sentence read, and its last figure's population
    for f, p in sorted(zip(figs, prov, strict=True), key=lambda fp: fp[0].num_index):
        if f.sentence != current:
            before, current = (last if current >= 0 else ""), f.sentence
        if _whole_sample(a, f, defaults):
            people = reason_cues.sentence_people(a, f.sentence)
            if (
                not people
                and before
                and before.lower() not in defaults
                and reason_cues.continues(a, f.sentence)
            ):
                people = before
            tidied = provenance.tidied(a, "population", people, tidy) if people else ""
            if tidied and tidied != f.population:
                provenance.fix_label(f, p, "population", tidied, people, "reason_people")
        last = f.population


def _whole_sample(a: Analysis, f: group_stage.Labelled, defaults: frozenset[str]) -> bool:
    """Whether the figure's population is only the whole sample: none, a passage default, or a universe-like
    people ("adults") its own sentence does not write."""
    pop = f.population.lower()
    if not pop or pop in defaults:
        return True
    if not populations.is_main_like(f.population) or not a.sentences:
        return False
    s = a.sentences[f.sentence]
    return pop not in a.text[s.start : s.end].lower()


def _defaults_with_nation(a: Analysis) -> frozenset[str]:
    """The passage's default populations (lower-cased), with its nation's people where the universe is a
    nation's outside the country table (:func:`populations.nation_universe`, given after the rankers)."""
    key = ("defaults_with_nation", None)  # three steps ask it of one analysis
    got = a.memo.get(key)
    if got is None:
        defaults = world_scope.default_populations(a) | sample_people_cues.passage_defaults(a)
        nation = populations.nation_universe(a.text[:20_000])
        got = a.memo[key] = defaults | {nation.lower()} if nation else defaults
    return cast(frozenset[str], got)
