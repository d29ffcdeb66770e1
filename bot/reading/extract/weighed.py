"""The weighed extractor: one analysis, candidates from every cue, labels chosen by fitted scores.

Stages, each reading the shared :class:`~bot.reading.extract.analysis.Analysis`:

1. :mod:`figures` scores every number candidate as a poll figure or not;
2. :mod:`choices` proposes answers, populations and questions from all cues and picks the best;
3. :mod:`groups` links figures that answer one question for one population in one wave.

Every label keeps its provenance (which cue proposed it, and the weights that decided), which
``pollwatch extract --explain`` prints.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass

from bot.models import Extraction
from bot.reading.extract import (
    anaphoric_questions,
    answer_forms,
    answer_shapes,
    answer_steps,
    approval_wording,
    ballot_questions,
    broken_rows,
    build,
    cabinet_ratings,
    candidate_tables,
    change_clauses,
    change_pairs,
    clause_options,
    clause_people,
    compared_answers,
    country_defaults,
    dash_pairs,
    dated_tails,
    degree_parts,
    earlier_readings,
    electorate_shares,
    elliptic_answers,
    favour_wording,
    flat_toplines,
    group_labels,
    group_lists,
    group_votes,
    held_leads,
    independence_questions,
    intention_lists,
    intention_wording,
    issue_approval,
    issue_topics,
    joint_shares,
    later_remainders,
    lead_pairs,
    leader_parties,
    leader_rows,
    leadership_races,
    list_owners,
    listed_approval,
    lost_apostrophes,
    minister_ratings,
    named_after,
    named_shares,
    national_satisfaction,
    office_approval,
    office_bodies,
    opening_times,
    opposite_sides,
    option_questions,
    party_id,
    party_measures,
    party_nicknames,
    party_runs,
    person_approval,
    place_people,
    pointed_answers,
    poll_states,
    population_steps,
    possessive_subjects,
    primary_voters,
    proposition_answers,
    prose_approval,
    prose_favour,
    provenance,
    question_steps,
    quoted_items,
    race_answers,
    race_codes,
    race_scope,
    race_sides,
    rated_names,
    rated_people,
    rating_clauses,
    rating_lists,
    rating_nouns,
    rating_slashes,
    reason_questions,
    remainder_shares,
    repeated_answers,
    respective_lists,
    role_subjects,
    row_answers,
    sample_word,
    share_places,
    side_subgroups,
    split_pairs,
    stance_splits,
    state_scopes,
    subgroup_pairs,
    subgroup_scope,
    subject_approval,
    subject_series,
    support_shares,
    table_labels,
    table_steps,
    titled_names,
    trust_questions,
    two_party_sides,
    unsure_pairs,
    written_demonyms,
)
from bot.reading.extract import figures as figure_stage
from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis, Num, analyse
from bot.reading.extract.anaphoric_people import ANAPHORIC_PEOPLE
from bot.reading.extract.beside_subgroups import beside_subgroup
from bot.reading.extract.choices import KINDS, Chosen, choose
from bot.reading.extract.earlier_states import earlier_state_sample
from bot.reading.extract.learn import Model, model
from bot.reading.extract.marked_samples import MARKED_SAMPLES, fuller_sample, marked_state_sample
from bot.reading.extract.memo import text_scope
from bot.reading.extract.numbers import find_candidates
from bot.reading.extract.population_candidates import (
    adjacent_age_band,
    clause_population,
    sampled_place_people,
    state_sample,
)
from bot.reading.extract.provenance import Provenance as Provenance
from bot.reading.extract.rules import RuleExtractor
from bot.reading.extract.tidy import Tidy

# Figures labelled per text: more is a dump, not a post (its first MAX_FIGURES are kept).
MAX_FIGURES = 600

# "55-45 among men", "among women (58%)": a subgroup written by "among" beside its figure is its population.
BESIDE_SUBGROUPS = True
# A phrase saying where a poll was taken ("a state poll for Tasmania") gives the figures after it
# that region's voters, where a report carries polls of several places (see poll_places).
POLL_PLACES = True
# A party list's base ("decided voters") carried to its later shares (sixteenth round, p16; list_bases).
LIST_BASES = True
# Abroad, "Independents" stand for election: as a figure's population they are a party list's option
# ("Independents and others 8%"), and the figure takes the list's people (sixteenth round, p16).
INDEPENDENTS_ABROAD = True
# A passage whose prose writes its sample's word as shares' people twice ("of respondents") gives it to
# the figures left with an assumed default (sixteenth round, p16; sample_word).
SAMPLE_WORD = True
# Make each group's members agree on question and population (a group is one question for one population).
HARMONISE = True
# A prose group giving one rating answer two values in two sentences is cut there (repeated_answers).
SPLIT_REPEATED_RATINGS = True
# A party list told over consecutive sentences, one party named beside each share, is one group (party_runs).
PARTY_RUNS = True
# "a 53 - 36 percent lead over Tom Vale", "• 46 - 40 percent over Vale" under "Ruiz tops ...:": the pair's sides.
OVER_LEADS = True
# "Democratic Sen", "Mr", "over Lt": an answer cut at a title's full stop takes the name after it (titled_names).
TITLED_NAMES = True
# "Lee and Ruiz at 14% each", "tied at 45 percent": a share marked shared takes the joint answer (joint_shares).
JOINT_SHARES = True
# A group whose question is the bare "Vote choice" gets the race its members' sentences name.
NAME_RACES = True
# A "Vote choice" group whose answers are two candidates of a matchup names them ("...: A vs. B").
NAME_MATCHUPS = True
# A group with no question takes the nearest question of a group beside it (same sentence or row).
BORROW_QUESTIONS = True
# "men favor Caldwell 54% to 38%": the pair's population is the subject, its answers the two sides.
PREFERENCE_PAIRS = True
# "83% called it a threat and 6% disagreed": a bare dissent answers the negation of its neighbour's answer.
ELLIPTIC_DISSENT = True
# "41% think the governor should resign": a lone proposition restated is its question's yes (or no).
PROPOSITION_ANSWERS = True
# "61% of women support the increase" asks the question the sentence before named ("raising the wage").
RESOLVE_POINTING_QUESTIONS = True
# "61% of women support the increase, compared with 48 percent of men": a later group of a sentence that
# gives an earlier group's answer for another population asks the earlier group's question.
SAME_ANSWER_SAME_QUESTION = True
# "44 percent of voters" in a release of a poll "of registered voters" is the release's registered voters.
VOTERS_ARE_THE_SAMPLE = True
# "In Arizona, a poll of 784 registered voters found 50 percent": a placeless sample takes the state its
# figure's sentence names ("Arizona registered voters"; see population_candidates.state_sample).
STATE_SAMPLES = True
# Within a group, an answer with two values goes to the figure the ranker is surest of (see below).
ONE_VALUE_PER_ANSWER = True
# "Trade does worse still: 8% would allow it": a sentence that opens on a new topic is not asked the
# question carried from the sentence before ("... negotiating with ...?"); it gets none, and the moderator
# writes it (see choices.shifted_topic for the openings read as a change of subject).
TOPIC_SHIFT_DROPS_QUESTION = True
# An answer that names who answered (a crosstab row, a region, the figure's population) or no option (a
# pollster, "Almost half", "net satisfaction") is re-chosen from the ranker's next proposal (see answer_who,
# label_check.names_no_option), even one the ranker put below the empty proposal; none where no proposal
# names an option.
ANSWERS_NAME_NO_ONE = True
# A vote choice answered by a verb phrase ("support", "cast", "holds a lead") takes the ranker's best
# named person
# (answer_steps.people_over_verbs).
PEOPLE_OVER_VERBS = True
# "the Tories on 22%": a party's nickname answers with the party's name (see party_nicknames).
PARTY_NICKNAMES = True
# "43% hold an unfavorable opinion of her": the answer is the option alone (see rating_clauses).
RATING_CLAUSES = True
# A column header taken as both a figure's answer and its population is the option where the headers
# differ along its group and name no people (see answer_steps.header_options_not_people).
HEADER_OPTIONS_NAME_NO_ONE = True
# A figure in a recognised table takes its answer and population from the table's axes (a fixed rule, see
# table_labels and docs/extraction.md), over the ranker's choice.
TABLE_AXES = True
# An option asked back and refused when printed takes the passage's one printed question of its rating
# (build._borrow_ratings).
BORROW_RATINGS = True
# A no-view share or a writer's question refused when printed ("Are you still undecided?", "Why are they
# gloomy?") prints the one question the figures of its sentence or line print (refused_fallback).
UNSURE_NEIGHBOURS = True
# A rating question whose rated name is a pronoun names the person it stands for, or prints nothing (q26).
RATED_PRONOUNS = True
# A banner table whose banner and rows a PDF's text dump broke over lines is read with them joined back
# (broken_rows, xt25).
BROKEN_ROWS = True
# A titled office-holder's rating in prose ("Trade Minister Tom Vale registers 44% satisfaction") asks about
# that office-holder (minister_ratings, twenty-fourth round).
MINISTER_RATINGS = True
# Support for a cabinet or its approval ("support the <Surname> Cabinet") asks about the cabinet (cabinet_ratings).
CABINET_RATINGS = True


class _StepLog:
    """Records, for ``--explain``, which step after the rankers last changed each label of each figure, and
    every change in order. Extraction alone runs the steps without it (:data:`_NO_LOG`): only an explanation
    reads it."""

    def __init__(self, figs: list[group_stage.Labelled], prov: list[Provenance]) -> None:
        self._figs = figs
        self._prov = prov

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        before = [(f.answer, f.population, f.question) for f in self._figs]
        yield
        for f, p, old in zip(self._figs, self._prov, before, strict=True):
            for kind, was in zip(KINDS, old, strict=True):
                now = getattr(f, kind)
                if now != was:
                    p.set_by[kind] = name
                    p.changes.append((kind, name, was, now))


class _NoLog:
    def step(self, name: str) -> AbstractContextManager[None]:
        return _NO_STEP  # one reusable empty context: some sixty steps a text, no generator made for each


_NO_STEP: AbstractContextManager[None] = nullcontext()
_NO_LOG = _NoLog()


@dataclass(slots=True)
class Explained:
    extraction: Extraction
    provenance: list[Provenance]


# Spaces a web page writes between cells, numbers and signs (no-break, thin, figure and em spaces): read as
# plain spaces, one for one, so every offset stays the text's own; and the Unicode hyphens a PDF's text
# writes in bands and ranges ("18\u201034") as the plain hyphen.
_PLAIN_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000", " ")
    | dict.fromkeys("\u2010\u2011", "-")
)


def prepared(text: str) -> str:
    """The text as every stage reads it: a web page's odd spaces plain, lost apostrophes restored and a
    banner table a PDF's text broke over lines joined back (broken_rows), each offset still the text's own."""
    text = lost_apostrophes.restore(text.translate(_PLAIN_SPACES))
    return broken_rows.rejoin(text) if BROKEN_ROWS else text


class WeighedExtractor:
    """Finds poll figures by weighing cues with weights fitted on labelled real passages."""

    def __init__(self) -> None:
        self._rules = RuleExtractor()

    def extract(self, text: str) -> Extraction:
        if not text:
            return Extraction()
        with text_scope(), _no_cyclic_gc():
            return self._explain(text, why=False).extraction

    def analyse(self, text: str) -> Analysis:
        candidates = find_candidates(text)
        return analyse(text, self._rules.extract(text, candidates), candidates=candidates)

    def ranked(self, text: str) -> list[tuple[Num, group_stage.Labelled, dict[str, Chosen]]]:
        """Each detected figure's number, its labels as the rankers chose them (tidied) and every candidate
        they weighed, before any fixed step rewrites them (what :mod:`reach` measures)."""
        if not text:
            return []
        with text_scope():
            _, _, ranked = self._ranked(prepared(text), why=False)
            return [(d.num, lab, chosen) for d, lab, chosen in ranked]

    def _ranked(
        self, text: str, *, why: bool
    ) -> tuple[Analysis, Tidy, list[tuple[figure_stage.Detected, group_stage.Labelled, dict[str, Chosen]]]]:
        """The prepared text's analysis and tidier, and each detected figure with the labels the rankers
        chose for it: where the fixed steps start."""
        a = self.analyse(text)
        detected = figure_stage.detect(a)[:MAX_FIGURES]
        tidy = Tidy(text)
        return a, tidy, [(d, *label(a, d.num, tidy, why=why)) for d in detected]

    def explain(self, text: str) -> Explained:
        if not text:
            return Explained(Extraction(), [])
        with text_scope():  # the rules' per-text memo serves the label stages too
            return self._explain(text)

    def _explain(self, text: str, *, why: bool = True) -> Explained:
        """The extraction and its provenance; ``why`` False leaves out the features that decided each
        label (nothing but an explanation reads them)."""
        a, tidy, ranked = self._ranked(prepared(text), why=why)
        fig_model = model("figure")
        labelled = [lab for _, lab, _ in ranked]
        prov = [
            Provenance(d.prob, fig_model.explain(d.features) if why else [], chosen)
            for d, _, chosen in ranked
        ]
        log: _StepLog | _NoLog = _StepLog(labelled, prov) if why else _NO_LOG
        axes = before_grouping(a, tidy, [d.num for d, _, _ in ranked], labelled, prov, log)
        cluster_ids = group_stage.cluster(a, labelled)
        with log.step("list_owners (a list block keeps its rows)"):
            cluster_ids = list_owners.own_rows(a, labelled, cluster_ids)
        with log.step("opposite_sides (a rating's two sides side by side)"):
            cluster_ids = opposite_sides.join_sides(a, labelled, cluster_ids)
        with log.step("dash_pairs (a dashed pair is one group)"):
            cluster_ids = dash_pairs.join_pairs(a, labelled, cluster_ids)
        rating_kinds = rating_lists.kinds(a, labelled) if rating_lists.SPLIT_RATINGS else []
        if rating_lists.SPLIT_RATINGS:
            with log.step("rating_lists (a rating is no party share)"):
                cluster_ids = rating_lists.split_ratings(a, labelled, cluster_ids, rating_kinds)
        with log.step("change_pairs (a change's two waves)"):
            cluster_ids = change_pairs.split_changes(a, labelled, cluster_ids)
        if race_codes.RACE_CODES:
            with log.step("race_codes (a roundup line's earlier reading in brackets)"):
                cluster_ids = race_codes.split_earlier(a, labelled, cluster_ids)
        if SPLIT_REPEATED_RATINGS:
            with log.step("repeated_answers (one rating answer, two values)"):
                cluster_ids = repeated_answers.split_repeats(a, labelled, cluster_ids)
        with log.step("side_subgroups (two subgroups of one sentence)"):
            cluster_ids = side_subgroups.split_subgroups(a, labelled, cluster_ids)
        with log.step("remainder_shares (an unsure share after its split)"):
            cluster_ids = remainder_shares.join_remainders(labelled, cluster_ids)
        with log.step("later_remainders (an unsure share told in a later sentence)"):
            cluster_ids = later_remainders.join_later(a, labelled, cluster_ids)
        flat_toplines.join_groups(a, [f.num_index for f in labelled], cluster_ids)
        if HARMONISE:
            with log.step("harmonise (the group's shared label)"):
                group_labels.harmonise(labelled, cluster_ids, prov, own_population(a, labelled))
        with log.step("question_measures (the group's measure)"):
            question_steps.mend_other_measures(a, labelled, cluster_ids, prov)
        with log.step("question_measures (the measure's standard words)"):
            question_steps.standard_wordings(a, labelled, cluster_ids, prov)
        with log.step("question_measures (the topline's fuller question)"):
            question_steps.fuller_questions(labelled, cluster_ids)
        if NAME_RACES:
            with log.step("race_templates"):
                question_steps.name_races(a, labelled, cluster_ids, prov)
        if race_scope.RACE_SCOPE:
            with log.step("race_scope (the group's own contest)"):
                question_steps.scope_races(a, labelled, cluster_ids)
        if NAME_MATCHUPS:
            with log.step("matchups"):
                question_steps.name_matchups(a, labelled, cluster_ids)
        if issue_topics.ISSUE_TOPICS:
            with log.step("issue_topics (a stance clause's proposal)"):
                issue_topics.apply(a, labelled, cluster_ids)
        if BORROW_QUESTIONS:
            with log.step("borrowed from the group"):
                question_steps.borrow_questions(labelled, cluster_ids)
        if prose_approval.PROSE_APPROVAL:
            with log.step("prose_approval (a named person's approval rating in prose)"):
                prose_approval.apply(a, labelled, cluster_ids)
        if person_approval.PERSON_APPROVAL:
            with log.step("person_approval (an approval group whose passage names its one person)"):
                person_approval.apply(a, labelled, cluster_ids)
        if office_approval.OFFICE_APPROVAL:
            with log.step("office_approval (an approval battery naming no one)"):
                office_approval.apply(a, labelled, cluster_ids)
        if issue_approval.ISSUE_APPROVAL:
            with log.step("issue_approval (approval of one issue's handling)"):
                issue_approval.apply(a, labelled, cluster_ids)
        if candidate_tables.CANDIDATE_TABLES:
            with log.step("candidate_tables (a Candidate column's rows ask the vote)"):
                candidate_tables.apply(a, labelled, cluster_ids)
        ranked_questions = [p.labels["question"].ranked for p in prov]
        with log.step("party_measures (a US party measure that is no vote)"):
            party_measures.apply(a, labelled, cluster_ids, ranked_questions)
        with log.step("intention_lists (a party list abroad asks the country's vote)"):
            kinds = rating_kinds if rating_lists.SPLIT_RATINGS else rating_lists.kinds(a, labelled)
            intention_lists.apply(a, labelled, cluster_ids, kinds, ranked_questions)
        if leadership_races.LEADERSHIP_RACES:
            with log.step("leadership_races (a party's leadership contest)"):
                leadership_races.apply(a, labelled, cluster_ids)
        if RESOLVE_POINTING_QUESTIONS:
            with log.step("anaphoric_questions"):
                anaphoric_questions.apply(labelled, cluster_ids)
        if SAME_ANSWER_SAME_QUESTION:
            with log.step("same answer, same question"):
                question_steps.same_answer_same_question(labelled, cluster_ids)
        if group_stage.CONTINUATIONS:
            with log.step("continuation of the list before"):
                group_stage.merge_continuations(a, labelled, cluster_ids)
        if PARTY_RUNS:
            with log.step("party_runs (a party list over sentences)"):
                cluster_ids = party_runs.join_party_runs(a, labelled, cluster_ids)
        if rating_lists.SPLIT_RATINGS:
            with log.step("rating_lists (after the late joins)"):
                cluster_ids = rating_lists.split_ratings(a, labelled, cluster_ids, rating_kinds)
        with log.step("side_subgroups (after the late joins)"):
            cluster_ids = side_subgroups.split_subgroups(a, labelled, cluster_ids)
        with log.step("rated_people (two people's ratings)"):
            cluster_ids = rated_people.split_people(a, labelled, cluster_ids)
        if opening_times.OPENING_TIMES:
            with log.step("opening_times (a sentence opening with a past time)"):
                cluster_ids = opening_times.split_openings(a, labelled, cluster_ids)
        if dated_tails.DATED_TAILS:
            with log.step("dated_tails (earlier readings dated after their figures)"):
                cluster_ids = dated_tails.split_tails(a, labelled, cluster_ids)
        if VOTERS_ARE_THE_SAMPLE:
            with log.step("voters are the sample"):
                population_steps.voters_are_the_sample(labelled, prov)
        with log.step("sampled place"):
            for f in labelled:  # "American voters give ..., according to a poll of registered voters"
                f.population = sampled_place_people(a, a.numbers[f.num_index], f.population) or f.population
        if STATE_SAMPLES:  # "In Arizona, a poll of 784 registered voters found 50 percent" -> Arizona's
            with log.step("state sample"):
                for f in labelled:
                    n = a.numbers[f.num_index]
                    if table_labels.axis_state(axes.get(f.num_index)):
                        continue  # the state its table's axis names ("likely voters in Nevada" under "NV")
                    f.population = (
                        state_sample(a, n, f.population)
                        or earlier_state_sample(a, n, f.population)
                        or f.population
                    )
        if ONE_VALUE_PER_ANSWER:
            with log.step("one value per answer"):
                answer_steps.one_value_per_answer(labelled, cluster_ids, prov, tidy)
        if HEADER_OPTIONS_NAME_NO_ONE:
            with log.step("a column's option is not its people"):
                answer_steps.header_options_not_people(a, labelled, cluster_ids, prov, tidy)
        if ANSWERS_NAME_NO_ONE:
            with log.step("answer_who (named no option)"):
                answer_steps.answers_naming_no_option(labelled, prov, tidy)
        if PEOPLE_OVER_VERBS:
            with log.step("people over verbs (a vote choice's verb phrase loses to a named person)"):
                answer_steps.people_over_verbs(labelled, prov, tidy)
        if TOPIC_SHIFT_DROPS_QUESTION:
            with log.step("topic shift"):
                question_steps.drop_questions_of_another_topic(a, labelled)
        if axes:
            with log.step("table_labels"):
                table_steps.table_questions(axes, labelled, prov)
        # Last, after grouping: grouping weighs answers as the ranker reads them (see change_clauses).
        with log.step("change_clauses"):
            change_clauses.apply(a, labelled, tidy.answer)
        if compared_answers.COMPARED_ANSWERS:
            with log.step("compared_answers (a breakdown's figure repeats its sentence's answer elsewhere)"):
                compared_answers.apply(a, labelled)
        with log.step("rating_nouns"):
            rating_nouns.apply(a, labelled)
        with log.step("support_shares"):
            support_shares.apply(a, labelled, tidy.answer)
        with log.step("named_after"):
            named_after.apply(a, labelled, tidy.answer)
            named_after.apply_stances(a, labelled, tidy.answer)
        with log.step("split_pairs"):
            split_pairs.apply(a, labelled, tidy.answer)
        if held_leads.HELD_LEADS:
            with log.step("held_leads (a lead one side holds, its rival not written)"):
                held_leads.apply(a, labelled)
        if two_party_sides.TWO_PARTY_SIDES:
            with log.step("two_party_sides (an Australian two-party pair is Labor's and the Coalition's)"):
                two_party_sides.apply(a, labelled)
        if subject_series.SUBJECT_SERIES:
            with log.step(
                "subject_series (one owner's share told over time: '<Name>'s support was ... then ...')"
            ):
                subject_series.apply(a, labelled)
        if possessive_subjects.POSSESSIVE_SUBJECTS:
            with log.step("possessive_subjects (a share told as 'His support', 'Their support')"):
                possessive_subjects.apply(a, labelled)
        if rated_names.RATED_NAMES:
            with log.step("rated_names (a named person's rated share is the rating's option)"):
                rated_names.apply(a, labelled)
        if role_subjects.ROLE_SUBJECTS:
            with log.step("role_subjects (a split led by 'the incumbent', 'the Democrat')"):
                role_subjects.apply(a, labelled)
        if rating_slashes.RATING_SLASHES:
            with log.step("rating_slashes (a slash pair of a rating named earlier)"):
                rating_slashes.apply(a, labelled)
        with log.step("subgroup_pairs"):
            subgroup_pairs.apply(a, labelled, tidy.answer)
        with log.step("race_sides"):
            race_sides.apply(a, labelled, tidy.answer)
        if stance_splits.STANCE_SPLITS:
            with log.step("stance_splits (an issue split told by a stance noun or 'split')"):
                stance_splits.apply(a, labelled)
        with log.step("leader_rows"):
            leader_rows.apply(a, labelled, tidy.answer)
        if unsure_pairs.UNSURE_PAIRS:
            with log.step("unsure_pairs (a no-view option of two forms)"):
                unsure_pairs.apply(a, labelled)
        if row_answers.ROW_ANSWERS:
            with log.step("row_answers (one answer for a table row)"):
                row_answers.apply(a, labelled)
        if PARTY_NICKNAMES:
            with log.step("party_nicknames"):
                party_nicknames.apply(labelled)
        if OVER_LEADS:
            with log.step("lead_pairs (a rival named after the pair)"):
                lead_pairs.apply_over(a, labelled, tidy.answer)
        if TITLED_NAMES:
            with log.step("titled_names (an answer cut at a title's full stop)"):
                titled_names.apply(a, labelled, tidy.answer)
        if JOINT_SHARES:
            with log.step("joint_shares (one share marked shared by several names)"):
                joint_shares.apply(a, labelled)
        if earlier_readings.EARLIER_READINGS:
            with log.step("earlier_readings (a share's earlier waves told after 'That's up from')"):
                earlier_readings.apply(a, labelled)
        if earlier_readings.EARLIER_WITHIN:
            with log.step("earlier_readings (an earlier wave after ', up from' in its reading's sentence)"):
                earlier_readings.apply_within(a, labelled)
        if earlier_readings.EARLIER_PAIRS:
            with log.step(
                "earlier_readings (an earlier pair after 'compared to' in its current pair's sentence)"
            ):
                earlier_readings.apply_pairs(a, labelled)
        if group_votes.GROUP_VOTES:
            with log.step("group_votes (a side's share of one group's vote)"):
                group_votes.apply(a, labelled)
        with log.step("answer_forms (a person's answer as the labels write it)"):
            answer_forms.apply(a, labelled)
        if leader_parties.LEADER_PARTIES:
            with log.step("leader_parties (a party named through its leader: '<leader>'s party')"):
                leader_parties.apply(a, labelled)
        if degree_parts.DEGREE_PARTS:
            with log.step("degree_parts (a net and its parts: 'very (30%) or somewhat (21%) favorably')"):
                degree_parts.apply(a, labelled)
        if RATING_CLAUSES:
            with log.step("rating_clauses (a rating option told in a clause)"):
                rating_clauses.apply(a, labelled)
        if elliptic_answers.WIDE_DISSENT:
            with log.step("elliptic_answers (dissent in a relative clause, a rating's opposite)"):
                elliptic_answers.apply_wide(a, labelled)
        if subgroup_scope.SUBGROUP_SCOPE:
            with log.step("subgroup_scope (a subgroup's list goes on)"):
                subgroup_scope.apply(a, labelled)
            with log.step("subgroup_scope (a subgroup named far away)"):
                subgroup_scope.release_people(a, labelled)
            with log.step("subgroup_scope (an age cut after the people)"):
                subgroup_scope.age_after(a, labelled)
        with log.step("reason_people (again, on the release's people the subgroup scope gave)"):
            population_steps.reason_people(a, labelled, prov, tidy)
        if place_people.PLACE_PEOPLE:
            with log.step("place_people (a place and its people together)"):
                place_people.apply(a, labelled)
        with log.step("intention_wording (a parliament's vote in the labels' words)"):
            intention_wording.apply(a, labelled)
        if race_codes.RACE_CODES:  # "AZ-Sen: ...": a roundup line's own race, not the heading's question
            with log.step("race_codes (the race a roundup line's code names)"):
                race_codes.apply(a, labelled)
        # Last, on the final questions and answers: a party's contest is its primary voters', not the sample's.
        if primary_voters.PRIMARY_VOTERS:
            with log.step("primary voters"):
                primary_voters.apply(a, labelled, cluster_ids)
        if favour_wording.FAVOUR_WORDING:
            with log.step("favour_wording (a favourability group asked in its options' words)"):
                favour_wording.apply(labelled, cluster_ids, ranked_questions)
        if listed_approval.LISTED_APPROVAL:
            with log.step("listed_approval (a person's approval pair in a row or an aside)"):
                listed_approval.apply(a, labelled)
        if subject_approval.SUBJECT_APPROVAL:
            with log.step("subject_approval (an approval share's person told around it)"):
                subject_approval.apply(a, labelled, cluster_ids)
        if prose_favour.PROSE_FAVOUR:
            with log.step("prose_favour (a named person's favourability in prose)"):
                prose_favour.apply(a, labelled, cluster_ids)
        if trust_questions.TRUST_QUESTIONS:
            with log.step("trust_questions (a share of people trusting a body)"):
                trust_questions.apply(a, labelled)
        if ballot_questions.BALLOT_QUESTIONS:
            with log.step("ballot_questions (a side of a measure's vote asks that vote)"):
                ballot_questions.apply(a, labelled)
        if independence_questions.INDEPENDENCE_QUESTIONS:
            with log.step(
                "independence_questions (a side of an independence vote asks the referendum's question)"
            ):
                independence_questions.apply(
                    a,
                    labelled,
                    sides=independence_questions.INDEPENDENCE_SIDES,
                    people=independence_questions.INDEPENDENCE_PEOPLE,
                )
        if national_satisfaction.NATIONAL_SATISFACTION:
            with log.step("national_satisfaction (the way things are going in the country)"):
                national_satisfaction.apply(a, labelled)
        if MINISTER_RATINGS:
            with log.step("minister_ratings (a titled office-holder's rating in prose)"):
                minister_ratings.apply(a, labelled, cluster_ids)
        if CABINET_RATINGS:
            with log.step("cabinet_ratings (support for a cabinet, or its approval)"):
                cabinet_ratings.apply(a, labelled)
        if approval_wording.APPROVAL_WORDING:
            with log.step("approval_wording (last: the approval template in the labels' words)"):
                approval_wording.apply(a, labelled, ranked_questions)
        if option_questions.OPTION_QUESTIONS:
            with log.step("option_questions (a question written just before, naming the group's options)"):
                option_questions.apply(a, labelled, cluster_ids)
            with log.step("option_questions (a quoted question's options)"):
                option_questions.apply_quoted(a, labelled)
        if clause_people.CLAUSE_PEOPLE:
            with log.step("clause_people (a two-person rating sentence: each clause's person)"):
                clause_people.apply(a, labelled)
        if reason_questions.REASON_QUESTIONS:
            with log.step("reason_questions (the shares of a rating's reasons ask why)"):
                reason_questions.apply(a, labelled)
        if electorate_shares.ELECTORATE_SHARES:
            with log.step("electorate_shares (a group's share of the voters asks what they are)"):
                electorate_shares.apply(a, labelled)
        if state_scopes.STATE_SCOPES:  # "NV | ...", a "Nevada" heading: the state polled on each population
            with log.step("state_scopes (the state each figure was polled in)"):
                state_scopes.apply(a, labelled, passage_states=poll_states.POLL_STATES)
        if MARKED_SAMPLES:  # "with registered Oregon voters": a figure's bare "voters" is that sample (last:
            # the label only, after the steps that read a group's populations as the rankers left them)
            with log.step("marked state sample"):
                sample, shorts = marked_state_sample(a)
                for f in labelled:
                    f.population = fuller_sample(f.population, sample, shorts) or f.population
        if country_defaults.COUNTRY_DEFAULTS:  # "GB voters" the text never writes: the release's "Britons"
            with log.step("country defaults (the release's universe)"):
                country_defaults.apply(a, labelled)
        # "members of the House" mentioned in passing: not whom the poll asked
        if office_bodies.OFFICE_BODIES:
            with log.step("office_bodies (office-holders the poll did not ask)"):
                office_bodies.apply(a, labelled)
        if written_demonyms.WRITTEN_DEMONYMS:  # "a majority of <Nation>s ...": the people the text writes
            with log.step("written_demonyms (a nation's people the passage writes)"):
                written_demonyms.apply(a, labelled)
        if (
            issue_approval.ISSUE_ROWS
        ):  # after listed_approval and approval_wording, which read a row's name as a person
            with log.step("issue_rows (an issues list's row asks that issue's handling)"):
                issue_approval.apply_rows(a, labelled)
        if race_answers.RATING_RACES:  # last: on the final answers, after every step that names a race
            with log.step("race_answers (a race asked of a rating's or a stance's answers)"):
                race_answers.apply(labelled, cluster_ids, [p.labels["question"].ranked for p in prov])
        out = Explained(
            build.build(
                a,
                labelled,
                cluster_ids,
                borrow_ratings=BORROW_RATINGS,
                unsure_neighbours=UNSURE_NEIGHBOURS,
                rated_pronouns=RATED_PRONOUNS,
            ),
            prov,
        )
        a.release()  # freed now by reference counting, not later by the cyclic collector
        return out


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for one extraction (bounded: MAX_FIGURES, analysis.MAX_NUMBERS).

    An extraction allocates tens of thousands of small objects (tokens, proposals, feature dicts), almost
    all freed by reference counting as it goes; the collector's passes over them were about a tenth of
    its time. It runs again as soon as the extraction ends (the analysis' own reference cycles are then
    collected as before). Left paused where something else paused it; threads reading side by side can
    only make it run more, never leave it off."""
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def before_grouping(
    a: Analysis,
    tidy: Tidy,
    nums: list[Num],
    labelled: list[group_stage.Labelled],
    prov: list[Provenance],
    log: _StepLog | _NoLog = _NO_LOG,
) -> dict[int, table_labels.CellLabels]:
    """The fixed steps that mend the ranked labels before the figures are grouped (in place): the labels
    clustering reads. Returns the table axes read on the way, which a later step uses again. (The link model is
    fitted on the rankers' picks alone: fitted on these mended labels, or on cross-fitted ones, it grouped
    worse; docs/extraction.md, twenty-first round.)"""
    axes = table_labels.read(a, nums) if TABLE_AXES else {}
    if axes:
        with log.step("table_axes"):
            table_steps.table_axes(a, axes, labelled, prov, tidy)
    with log.step("flat_toplines"):
        table_steps.flat_toplines(a, labelled, prov, tidy)
    if PREFERENCE_PAIRS:
        with log.step("preference_pairs"):
            answer_steps.preference_pairs(a, labelled, tidy)
    if ELLIPTIC_DISSENT:
        with log.step("elliptic_answers"):
            elliptic_answers.apply(a, labelled)
    with log.step("pointed_answers"):
        pointed_answers.apply(a, labelled)
    with log.step("answer_shapes"):
        answer_shapes.apply(a, labelled, tidy.answer)
    if PROPOSITION_ANSWERS:
        with log.step("proposition_answers"):
            proposition_answers.apply(a, labelled)
    with log.step("named_shares"):
        named_shares.apply(a, labelled, tidy.answer)
    with log.step("party_id"):
        party_id.apply(a, labelled)
    with log.step("group_lists"):
        group_lists.apply(a, labelled, tidy.answer)
    with log.step("lead_pairs"):
        lead_pairs.apply(a, labelled, tidy.answer)
    with log.step("clause_options"):
        clause_options.apply(a, labelled)
    with log.step("respective_lists"):
        respective_lists.apply(a, labelled, tidy.answer)
    if quoted_items.QUOTED_ITEMS:
        with log.step("quoted_items (a list's quoted wordings with bracketed shares)"):
            quoted_items.apply(a, labelled, tidy.answer)
    with log.step("left_out (an exclusion is not the population)"):
        population_steps.left_out_populations(a, labelled, prov, tidy)
    with log.step("world_scope"):
        population_steps.region_scopes(a, labelled, prov, tidy)
    with log.step("written_places (a list of untabled places with bracketed shares)"):
        population_steps.written_place_ties(a, labelled, prov, tidy)
    if share_places.SHARE_PLACES:
        with log.step("share_places (a cross-national release's country or bloc)"):
            population_steps.share_place_people(a, labelled, prov, tidy)
    with log.step("row_samples (a poll list's row names its own sample)"):
        population_steps.row_sample_people(a, labelled, prov, tidy)
    with log.step("stacked_subgroups (a crosstab one cell a line, rows by subgroup)"):
        population_steps.stacked_subgroup_people(a, labelled, prov, tidy)
    with log.step("world_scope (national marker)"):
        population_steps.national_scopes(a, labelled, prov, tidy)
    if POLL_PLACES:
        with log.step("poll_places (where the poll was taken)"):
            population_steps.poll_places(a, labelled, prov, tidy)
    with log.step("party_voters"):
        population_steps.party_voters(a, labelled, prov, tidy)
    with log.step("voters_abroad"):
        population_steps.voters_abroad(a, labelled, prov, tidy)
    with log.step("sample_people (the sample's own words)"):
        population_steps.sample_people(a, labelled, prov, tidy)
    if SAMPLE_WORD:
        with log.step("sample_word (the passage's word for its sample)"):
            population_steps.sample_word(a, labelled, prov, tidy)
    if INDEPENDENTS_ABROAD:
        with log.step("independents abroad (a party, not people)"):
            population_steps.independents_abroad(a, labelled, prov, tidy)
    if LIST_BASES:
        with log.step("list_bases (a party list's base carried)"):
            population_steps.list_bases(a, labelled, prov, tidy)
    with log.step("age band"):
        population_steps.age_bands(a, labelled, prov, tidy)
    if BESIDE_SUBGROUPS:
        with log.step("beside_subgroups"):
            population_steps.beside_subgroups(a, labelled, prov, tidy)
    if ANAPHORIC_PEOPLE:
        with log.step("anaphoric_people (a subgroup pointed back at)"):
            population_steps.anaphoric_people(a, labelled, prov, tidy)
    with log.step("reason_people (one side's reasons; a list carried into the next sentence)"):
        population_steps.reason_people(a, labelled, prov, tidy)
    return axes


def label(
    a: Analysis, n: Num, tidy: Tidy, models: dict[str, Model] | None = None, *, why: bool = True
) -> tuple[group_stage.Labelled, dict[str, Chosen]]:
    """One figure's chosen labels (tidied), its wave, and the choices behind them."""
    chosen = {k: choose(a, n, k, models[k] if models else None, why=why) for k in KINDS}
    legacy = n.legacy
    lab = group_stage.Labelled(
        num_index=n.index,
        value=n.value,
        sentence=n.sentence,
        line=n.line,
        answer=provenance.tidied(a, "answer", chosen["answer"].text, tidy),
        population=provenance.tidied(a, "population", chosen["population"].text, tidy),
        question=chosen["question"].text,
        when=figure_stage.wave_of(a, n),
        legacy_group=legacy.group if legacy is not None else None,
    )
    return lab, chosen


def own_population(a: Analysis, figs: list[group_stage.Labelled]) -> list[bool]:
    """Whether each figure's population is the one its own clause names ("48 percent of men"): such a
    label is kept when its group is harmonised, since a group that disagrees is more likely wrong. So is an
    age band written with "among" right beside the figure ("36% among 18 to 34": see
    :func:`population_steps.age_bands`), and the sample's word qualified right after it ("of respondents from
    rural areas": see :mod:`sample_word`)."""
    out = []
    for f in figs:
        n = a.numbers[f.num_index]
        own = clause_population(a, n).lower()
        band = adjacent_age_band(a, n).lower()
        beside = beside_subgroup(a, n).lower() if BESIDE_SUBGROUPS else ""
        qualified = sample_word.qualified_word(a, n.end).lower() if SAMPLE_WORD else ""
        out.append(
            (bool(own) and own == f.population.lower())
            or (bool(band) and band == f.population.lower())
            or (bool(beside) and beside == f.population.lower())
            or (bool(qualified) and qualified == f.population.lower())
        )
    return out
