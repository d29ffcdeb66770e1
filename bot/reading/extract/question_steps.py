"""Post-steps for a group's question, run after clustering: the race, measure or matchup its sentences name,
the standard or fuller wording, a question borrowed from a group beside it, and none where the sentence
turns to another topic.
"""

from __future__ import annotations

import re

from bot.reading.extract import district_races, heading_races, home_states, presidential_contests, race_scope
from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.choices import names_topic, shifted_topic, written_in_sentence
from bot.reading.extract.label_cues import is_option
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.question_measures import (
    fuller_question,
    measure_for_bare_race,
    measure_for_group,
    measure_over_intention,
    standard_wording,
)
from bot.reading.extract.question_templates import (
    asks_you,
    block_heading,
    group_race,
    head_to_head,
    lead,
    measure_heading,
    name_bare_group,
    passage_race,
    passage_year,
    refine_question,
    refine_race,
)

_PARTY_CONTEST = re.compile(r"\b(?:primary|primaries|nomination|caucus|presidential)\b")
# The sides of a ballot measure's vote, lower-cased.
_MEASURE_OPTIONS = frozenset({"support", "oppose", "favor", "in favor", "favour", "in favour", "yes", "no"})


def name_races(
    a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int], prov: list[Provenance]
) -> None:
    """ "Vote choice" names no race: where the group's members (or the sentences leading into them) name
    one ("the 2016 GOP race", "the Arizona governor's race"), the group's question names it. Runs after
    clustering, so grouping never depends on it."""
    by_group = group_stage.members_by_cluster(cluster_ids)
    horse_race_passage = a.passage_cues.race_heading.startswith("Vote choice")
    for members in by_group.values():
        bare = all(figs[i].question == "Vote choice" for i in members)
        # A group left without a question whose answers are all candidates' names, in a passage about
        # a horse race, is one of its races too.
        unnamed = horse_race_passage and all(not figs[i].question for i in members)
        unnamed = unnamed and candidates_group([figs[i].answer for i in members])
        if all(not figs[i].question for i in members) or (
            bare and any(figs[i].answer.lower() in _MEASURE_OPTIONS for i in members)
        ):
            # (a bare "Vote choice" whose options are a ballot measure's sides is the measure's vote)
            measure = measure_heading(a, a.numbers[figs[members[0]].num_index])
            if measure is not None:
                for i in members:
                    figs[i].question = measure
                continue
        if not bare and not unnamed:
            named = figs[members[0]].question
            nums = [a.numbers[figs[i].num_index] for i in members]
            if all(figs[i].question == named for i in members):
                race = race_over_rhetoric(a, figs, members, named)
                if race is not None:
                    ask(figs, members, race)
                    continue
            if all(figs[i].question == named for i in members):
                other = measure_over_intention(
                    a, nums, named, [prov[i].labels["question"].ranked for i in members]
                )
                if other is not None:
                    for i in members:
                        figs[i].question = other
                    continue
            refined = refine_question(a, named, nums)
            if refined != named and all(figs[i].question == named for i in members):
                for i in members:
                    figs[i].question = refined
            continue
        nums = [a.numbers[figs[i].num_index] for i in members]
        if bare:
            better = name_bare_group(
                a,
                nums,
                [figs[i].answer for i in members],
                [prov[i].labels["question"].ranked for i in members],
            )
            if better is None:
                better = measure_for_bare_race(a, nums, [prov[i].labels["question"].ranked for i in members])
        else:
            better = group_race(a, nums)
            if better is None and UNNAMED_RACES_ASK_THE_VOTE and told_as_vote(a, nums):
                race = passage_race(a)
                better = refine_race(a, race, nums) if race is not None else "Vote choice"
                titled = titled_matchup(a, nums, [figs[i].answer for i in members])
                better = f"{better}: {titled}" if titled and ":" not in better else better
        if better is not None:
            for i in members:
                figs[i].question = better


# A question the writer asks in the passage's prose ("Will she hold on until polling day?"), put to no
# respondent, taken by a group of candidates' shares in a horse-race passage: the group asks the race.
RHETORIC_GIVES_WAY = True


def race_over_rhetoric(
    a: Analysis, figs: list[group_stage.Labelled], members: list[int], question: str
) -> str | None:
    """The race a group of candidates' shares asks where its question is a writer's rhetorical one (see
    RHETORIC_GIVES_WAY): the race its sentences name, else the passage's main race; None where the question
    stands."""
    if not RHETORIC_GIVES_WAY or not question.endswith("?") or asks_you(question):
        return None
    if not a.passage_cues.race_heading.startswith("Vote choice"):
        return None
    named = [figs[i].answer for i in members if candidate_name(figs[i].answer)]
    if len(named) < 2 or any(
        figs[i].answer and not candidate_name(figs[i].answer) and not is_option(figs[i].answer)
        for i in members
    ):
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", question)}
    if any(name.split()[-1].lower() in words for name in named):
        return None  # a question about the candidates themselves ("Is Ann Lee better qualified than Bo Ray?")
    nums = [a.numbers[figs[i].num_index] for i in members]
    race = group_race(a, nums) or passage_race(a)
    return refine_race(a, race, nums) if race is not None else None


def one_question(figs: list[group_stage.Labelled], members: list[int]) -> str | None:
    """The question every member of a group carries, or None where they differ (a group the steps after
    clustering leave alone: its members were labelled apart on purpose)."""
    question = figs[members[0]].question
    return None if any(figs[i].question != question for i in members) else question


def ask(figs: list[group_stage.Labelled], members: list[int], question: str) -> None:
    """Give every member of a group one question."""
    for i in members:
        figs[i].question = question


def mend_other_measures(
    a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int], prov: list[Provenance]
) -> None:
    """A group whose one question asks another standard measure than its sentences name takes a question
    asking theirs (see :func:`question_measures.measure_for_group`). Runs after clustering."""
    for members in group_stage.members_by_cluster(cluster_ids).values():
        question = one_question(figs, members)
        if question is None:
            continue
        nums = [a.numbers[figs[i].num_index] for i in members]
        better = measure_for_group(a, nums, question, [prov[i].labels["question"].ranked for i in members])
        if better is not None:
            ask(figs, members, better)


def standard_wordings(
    a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int], prov: list[Provenance]
) -> None:
    """A group asking a which-option measure about one option ("Is potholes the most important issue?") takes
    the measure's question in its standard words (see :func:`question_measures.standard_wording`). Runs
    after clustering."""
    passage = [p.labels["question"].ranked for p in prov]
    for members in group_stage.members_by_cluster(cluster_ids).values():
        question = one_question(figs, members)
        if question is None:
            continue
        nums = [a.numbers[figs[i].num_index] for i in members]
        ranked = [prov[i].labels["question"].ranked for i in members]
        better = standard_wording(a, nums, question, ranked, passage)
        if better is not None:
            ask(figs, members, better)


def fuller_questions(figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """A group whose question is a shorter form of another group's in the passage takes the fuller one
    (see :func:`question_measures.fuller_question`). Runs after clustering."""
    groups = sorted(group_stage.members_by_cluster(cluster_ids).values(), key=lambda m: min(m))
    first = {id(m): min(figs[i].num_index for i in m) for m in groups}
    questions = {id(m): figs[m[0]].question for m in groups}
    # Both orders sorted once (stable, as sorting each group's others would be), then filtered per group.
    latest_first = sorted(groups, key=lambda m: -first[id(m)])
    earliest_first = sorted(groups, key=lambda m: first[id(m)])
    for members in groups:
        question = one_question(figs, members)
        if question is None:
            continue
        at = first[id(members)]
        before = [questions[id(m)] for m in latest_first if m is not members and first[id(m)] < at]
        after = [questions[id(m)] for m in earliest_first if m is not members and first[id(m)] > at]
        fuller = fuller_question(question, before, after)
        if fuller is not None:
            ask(figs, members, fuller)


def scope_races(a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """A group whose race question names another contest than its own sentences do (another party's
    primary, a primary for a general election, another state) takes the race they name (see
    :func:`race_scope.scoped_race`). Runs after clustering."""
    for members in group_stage.members_by_cluster(cluster_ids).values():
        question = one_question(figs, members)
        if question is None:
            continue
        homeless = home_states.without_home_state(question, a.text)
        if homeless is not None:  # a state named only as a candidate's home is no race's
            ask(figs, members, homeless)
            question = homeless
        nums = [a.numbers[figs[i].num_index] for i in members]
        district = district_of_race(a, question, nums[0])
        if district is not None:
            ask(figs, members, district)
            continue
        if heading_races.bare_intention(question) or question.startswith("Vote choice in the "):
            heading = heading_races.heading_race(a, nums[0], passage_year(a))
            if heading and heading_races.overrides(question, heading):
                ask(figs, members, heading)
                continue
        contexts = race_scope.own_contexts(a, nums, block_heading(a, nums[0]) if a.lines else "")
        place = race_scope.section_state(a, nums[0]) or race_scope.lead_state(a, nums[0], contexts)
        scoped = race_scope.scoped_race(question, contexts, place, matches=matches_general(a, nums[0]))
        if scoped is not None:
            ask(figs, members, scoped)
            question = scoped
        office = presidential_contests.presidential(a, question)
        if office is not None:
            ask(figs, members, office)
            continue
        matchup = presidential_matchup(a, nums, question)
        if matchup is not None:
            ask(figs, members, matchup)
    if race_scope.MATCHUP_ACROSS_PARTIES and race_scope.reports_matchups(a.text):
        general_matchups(figs, cluster_ids)


# A presidential matchup asked in a state poll whose main race is a state office's: "Asked about a 2028 rematch
# of President Marsh and former President Oyelaran, 51% pick Marsh" under "Vote choice in the gubernatorial
# election". The group's own sentence names a presidential election year, a matchup
# and a president, and no state office: it asks that year's presidential election.
PRESIDENTIAL_MATCHUPS = True
_STATE_OFFICE_ASKED = re.compile(r"\b(?:gubernatorial|governor|Senate|mayoral|House|congressional)\b", re.I)
_MATCHUP_WORD = re.compile(
    r"\b(?:match-?up|rematch|head[- ]to[- ]head|two-way\s+race|general\s+election\s+contest|race\s+for\s+(?:the\s+)?White\s+House)\b",
    re.IGNORECASE,
)
_PRESIDENT_TITLE = re.compile(r"(?-i:\bPresident\s+[A-Z])|\bWhite\s+House\b|\bpresidential\b")
_ELECTION_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def presidential_matchup(a: Analysis, members: list[Num], question: str) -> str | None:
    """ "Vote choice in the <year> presidential election" for a group asking a state office's race whose own
    sentence names a presidential year's matchup of presidents (see PRESIDENTIAL_MATCHUPS); None otherwise."""
    if not PRESIDENTIAL_MATCHUPS or not a.sentences or not question.startswith("Vote choice in the "):
        return None
    if not _STATE_OFFICE_ASKED.search(question):
        return None
    for n in members:
        own = a.sentence_text(n.sentence)
        if (
            _STATE_OFFICE_ASKED.search(own)
            or not _MATCHUP_WORD.search(own)
            or not _PRESIDENT_TITLE.search(own)
        ):
            continue
        years = [y for y in _ELECTION_YEAR.findall(own) if int(y) % 4 == 0]
        if len(set(years)) == 1:
            return f"Vote choice in the {years[0]} presidential election"
    return None


def matches_general(a: Analysis, n: Num) -> bool:
    """Whether a group's "match" names a general election (see :data:`race_scope.MATCHES_IN_GENERAL`): the
    passage reports one, and the sentence before the group's first figure in its paragraph names no party's
    contest ("In the Democratic primary, ... In a head-to-head matchup between the top two, ...")."""
    if not race_scope.MATCHES_IN_GENERAL or not race_scope.reports_general(a.text):
        return False
    if a.sentences and n.sentence > 0:
        before = a.sentences[n.sentence - 1]
        same_paragraph = "\n" not in a.text[before.start : a.sentences[n.sentence].start]
        if same_paragraph and race_scope.names_party_contest(a.text[before.start : before.end]):
            return False
    return True


def district_of_race(a: Analysis, question: str, n: Num) -> str | None:
    """The House district's race a race question naming no district takes where the figure's sentence (or
    the one before, see :func:`district_races.district_race`) names the district."""
    if not question.startswith("Vote choice") or "district" in question or _PARTY_CONTEST.search(question):
        return None  # a party's contest keeps its name (a House primary's district is left alone)
    return district_races.district_race(a, n, lead(a, n), passage_year(a, n.start))


def general_matchups(figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """A group asking one party's contest whose two or three candidates are partly outside that party's
    field (as the passage's other groups list it) asks the general election (see
    :func:`race_scope.matchup_across_parties`)."""
    groups = [m for m in group_stage.members_by_cluster(cluster_ids).values() if one_question(figs, m)]
    asked = [(figs[m[0]].question, [figs[i].answer for i in m]) for m in groups]
    # Each group's own field, read once; a group is checked against the others' fields.
    own = [race_scope.party_field(question, answers) for question, answers in asked]
    for k, members in enumerate(groups):
        question, answers = asked[k]
        names = {name for answer in answers for name in race_scope.answer_names(answer)}
        fields = race_scope.merged_fields(own[:k] + own[k + 1 :])
        general = race_scope.matchup_across_parties(question, names, fields)
        if general is not None:
            ask(figs, members, general)


def name_matchups(a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """A horse-race group of two candidates in a matchup gets their names after its race (see
    :func:`question_templates.head_to_head`). Runs after clustering, so grouping never depends on it."""
    by_group = group_stage.members_by_cluster(cluster_ids)
    for members in by_group.values():
        question = one_question(figs, members)
        if question is None:
            continue
        nums = [a.numbers[figs[i].num_index] for i in members]
        named = head_to_head(a, question, nums, [figs[i].answer for i in members])
        if named is not None:
            ask(figs, members, named)


def drop_questions_of_another_topic(a: Analysis, figs: list[group_stage.Labelled]) -> None:
    """A figure whose sentence turns to a new topic ("Trade does worse still", "On immigration, ...") that
    its question does not name keeps no question, when the sentence writes none of the question's words: the
    question came from another sentence, about something else ("On congestion pricing, 39 percent support
    the charge" keeps "Do you support or oppose the charge?", built from its own words). The topic is
    matched as the rankers' ``q_topic_named`` feature matches it (:func:`choices.names_topic`)."""
    for f in figs:
        if not f.question:
            continue
        num = a.numbers[f.num_index]
        topic = shifted_topic(a, num)
        if topic and not names_topic(f.question, topic) and not written_in_sentence(a, num, f.question):
            f.question = ""


def borrow_questions(figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """A group left without a question takes the question of the nearest figure of another group in the
    same sentence or table row: figures side by side answer one question for several populations (a
    crosstab) or one battery's items, and a moderator edits a near question faster than writing one."""
    by_group = group_stage.members_by_cluster(cluster_ids)
    donors: dict[tuple[str, int], list[int]] = {}
    for i, f in enumerate(figs):
        if f.question:
            donors.setdefault(("sentence", f.sentence), []).append(i)
            donors.setdefault(("line", f.line), []).append(i)
    for members in by_group.values():
        if any(figs[i].question for i in members):
            continue
        best: tuple[int, str] | None = None
        for i in members:
            for key in (("sentence", figs[i].sentence), ("line", figs[i].line)):
                for j in donors.get(key, []):
                    gap = abs(figs[j].num_index - figs[i].num_index)
                    if best is None or gap < best[0]:
                        best = (gap, figs[j].question)
        if best is not None:
            for i in members:
                figs[i].question = best[1]


def same_answer_same_question(figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """Within one sentence, a group that gives an earlier group's answer for another population asks the
    earlier group's question: "61% of women support the increase, compared with 48 percent of men" sets
    the frame with its first figure, and the comparison only changes who answers. The later figure's own
    question is often weak (its clause has no verb), so the earlier one is taken, whole group at once."""
    by_group = group_stage.members_by_cluster(cluster_ids)
    order = sorted(range(len(figs)), key=lambda i: figs[i].num_index)
    for pos, i in enumerate(order):
        f = figs[i]
        if not f.answer or not f.question:
            continue
        for j in order[pos + 1 :]:
            g = figs[j]
            if g.sentence != f.sentence:
                break
            if (
                cluster_ids[j] != cluster_ids[i]
                and g.answer.lower() == f.answer.lower()
                and g.population.lower() != f.population.lower()
                and g.question != f.question
            ):
                for k in by_group[cluster_ids[j]]:
                    figs[k].question = f.question


# A group of candidates' shares left with no question in a horse-race passage (a table of tickets under a
# "Okafor vs. Lindqvist" title, a list of names) asks the vote: the passage's main race where its opening names
# one, else the bare "Vote choice" (the matchup step names the two sides after it).
UNNAMED_RACES_ASK_THE_VOTE = True
# A share that picks no candidate, as tables head their last row ("Neither/Other/No opinion", "Someone else").
_NO_PICK = re.compile(
    r"^(?:(?:neither|other|others|someone\s+else|no\s+opinion|undecided|unsure|not\s+sure|don['’]?t\s+know|"
    r"would\s+not\s+vote|none|no\s+one|refused)[\s/,;&-]*(?:or\s+|and\s+)?)+$",
    re.IGNORECASE,
)


# What tells a group of names as a vote: its sentences, its table's title or the sentences leading in name a
# vote, an election, a race or a matchup, or one side leading or trailing another ("Okafor leads his Green
# opponent", "Okafor vs. Lindqvist", "VOTE BY AGE"); a list of people who are "best suited" to a post, or
# regions, or achievements, is no vote.
_TOLD_AS_VOTE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|elect(?:s|ed|ion|ions)?|race|ballot|match-?ups?|vs\.?|versus|head[- ]to[- ]head|"
    r"candidates?|primary|caucus(?:es)?|nominee|nomination|trail(?:s|ing)|ahead\s+of)\b|"
    r"\bleads?\s+(?:his\s+|her\s+|their\s+)?(?:(?-i:[A-Z])|(?:Democratic|Republican)\s|rival|opponent|challenger)",
    re.IGNORECASE,
)
# How far before a group's first figure its title or lead-in is looked for: a table copied one cell a line
# puts its title a few hundred characters above its first figure.
_VOTE_LEAD_CHARS = 600
# A line this short, or one with cells between pipes, is a table's row or cell (prose reads one sentence back).
_TABLE_LINE = 80


def told_as_vote(a: Analysis, members: list[Num]) -> bool:
    """Whether a group's own sentences (or lines), or the text just before its first figure (its table's
    title, the sentences leading in), name a vote (see _TOLD_AS_VOTE)."""
    first = min(members, key=lambda n: n.start)
    line = a.line_text(first.line)
    table_like = len(line) <= _TABLE_LINE or "|" in line
    if table_like and _TOLD_AS_VOTE.search(a.text, max(0, first.start - _VOTE_LEAD_CHARS), first.start):
        return True
    for n in members:
        own = a.sentence_text(n.sentence) if a.sentences else a.line_text(n.line)
        if _TOLD_AS_VOTE.search(own) or _TOLD_AS_VOTE.search(lead(a, n, 1)):
            return True
    return False


# A matchup's title over its table or in its lead-in: "Okafor vs. Lindqvist", "Smith v Jones".
_TITLED_MATCHUP = re.compile(r"(?-i:\b([A-Z][\w'’-]+)\s+(?:vs\.?|versus|v\.?)\s+([A-Z][\w'’-]+))")


def titled_matchup(a: Analysis, members: list[Num], answers: list[str]) -> str | None:
    """ "Okafor vs. Lindqvist" where the text just before a group's first figure titles a matchup of two of its
    answers' names (as :func:`told_as_vote` reads it); None otherwise."""
    first = min(n.start for n in members)
    words = {w for x in answers for w in re.findall(r"[\w'’-]+", x)}
    found = None
    for m in _TITLED_MATCHUP.finditer(a.text, max(0, first - _VOTE_LEAD_CHARS), first):
        if m.group(1) in words and m.group(2) in words and m.group(1) != m.group(2):
            found = f"{m.group(1)} vs. {m.group(2)}"
    return found


def candidates_group(answers: list[str]) -> bool:
    """Whether a group's answers are candidates: every answer a candidate's name or a share that picks no
    one (see _NO_PICK), and at least two names, or every answer a name where there is one."""
    names = [x for x in answers if candidate_name(x)]
    rest = [x for x in answers if not candidate_name(x)]
    if not rest:
        return bool(names)
    return len(set(names)) >= 2 and all(x and (_NO_PICK.match(x) or group_stage.is_unsure(x)) for x in rest)


def candidate_name(answer: str) -> bool:
    """ "Marco Rubio", "Rubio": a capitalised name, not an answer option ("Undecided", "Don't know")."""
    return bool(answer) and answer[:1].isupper() and not is_option(answer)
