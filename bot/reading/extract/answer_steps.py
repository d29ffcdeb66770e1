"""Post-steps for answers: a preference pair's two sides, one value per answer within a group, and an answer
that names who answered or no option re-chosen from the ranker's next proposal (a column header read both as
answer and population is the option).
"""

from __future__ import annotations

import re
from collections import Counter

from bot.reading.extract import answer_who, provenance
from bot.reading.extract import groups as group_stage
from bot.reading.extract import preference_pairs as preference_pair_cues
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.choices import Chosen
from bot.reading.extract.label_check import names_no_option
from bot.reading.extract.labels import population_in
from bot.reading.extract.population_candidates import header_names_people
from bot.reading.extract.provenance import Provenance
from bot.reading.extract.tidy import Tidy


def preference_pairs(a: Analysis, figs: list[group_stage.Labelled], tidy: Tidy) -> None:
    """ "men favor Caldwell 54% to 38%": 54 is Caldwell's, 38 the other side's, both among men."""
    at = {f.num_index: f for f in figs}
    for pair in preference_pair_cues.preference_pairs(a):
        first, second = at.get(pair.first), at.get(pair.second)
        if first is None or second is None:
            continue
        side = provenance.usable_or_none("answer", tidy.answer(pair.side))
        other = provenance.usable_or_none("answer", tidy.answer(pair.other)) if pair.other else ""
        if not side or not other:
            continue
        first.answer, second.answer = side, other
        if pair.population:
            first.population = second.population = pair.population


def one_value_per_answer(
    figs: list[group_stage.Labelled], cluster_ids: list[int], prov: list[Provenance], tidy: Tidy
) -> None:
    """A group gives each answer once: where two of its figures in one sentence got the same answer with
    different values, the one the ranker was less sure of takes its best answer not yet taken.

    "X at 48% and Y at 44%, with 6% undecided" read as undecided three times becomes X, Y, undecided.
    A repeat (the same value again) may keep the same answer."""
    by_group: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(cluster_ids):
        by_group.setdefault((c, figs[i].sentence), []).append(i)
    for members in by_group.values():
        if len(members) < 2:
            continue
        taken: dict[str, float] = {}
        for i in sorted(members, key=lambda i: (-prov[i].labels["answer"].score, i)):
            f = figs[i]
            key = f.answer.lower()
            if not key or abs(taken.get(key, f.value) - f.value) < 1e-6:
                if key:
                    taken[key] = f.value
                continue
            chosen = prov[i].labels["answer"]
            if chosen.source == "table_axis":
                continue  # a table cell's answer is its axis' label, not a guess to re-choose
            floor = next((s for t, _, s in chosen.ranked if not t), None)
            for text, source, score in chosen.ranked:
                if not text or (floor is not None and score < floor):
                    break
                tidied = provenance.usable_or_none("answer", tidy.answer(text))
                if tidied and tidied.lower() not in taken:
                    f.answer = tidied
                    taken[tidied.lower()] = f.value
                    prov[i].labels["answer"] = Chosen(
                        text, source + "+regrouped", score, chosen.why, chosen.ranked
                    )
                    break
            else:
                f.answer = ""


def no_option(answer: str, population: str) -> bool:
    """Whether a chosen answer names who answered (:mod:`answer_who`) or no option at all (a count of
    people, a verb of answering, a measure, a time phrase, a pollster: label_check.names_no_option)."""
    return answer_who.names_who(answer, population) or names_no_option(answer) is not None


def header_options_not_people(
    a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int], prov: list[Provenance], tidy: Tidy
) -> None:
    """A column header the rankers took as both a figure's answer and its population names one of them
    only, and a group has one population: the header is the option (a tracker's candidate columns, which
    the population ranker read as people where the passage names no universe). The figure keeps its
    answer, which :func:`answers_naming_no_option` would otherwise drop, and takes the population the rest
    of its group shares, else its ranker's best proposal that is not a column header."""
    for members in group_stage.members_by_cluster(cluster_ids).values():
        doubled = [i for i in members if header_read_twice(figs[i], prov[i], tidy)]
        if len({figs[i].answer.lower() for i in doubled}) < 2:
            continue  # (one header on every cell is a crosstab's column of people, its answer misread)
        others = Counter(figs[j].population for j in members if j not in doubled and figs[j].population)
        shared = others.most_common(1)[0][0] if others else ""
        for i in doubled:
            ranked = prov[i].labels["population"].ranked
            fallback = next((t for t, src, _ in ranked if t and not src.startswith("col_header")), "")
            figs[i].population = shared or (
                provenance.tidied(a, "population", fallback, tidy) if fallback else ""
            )
            prov[i].set_by["population"] = "a column's option is not its people"


def header_read_twice(f: group_stage.Labelled, p: Provenance, tidy: Tidy) -> bool:
    """Whether the figure's answer and population are one column header, as the rankers chose them."""
    ans, pop = p.labels.get("answer"), p.labels.get("population")
    if ans is None or pop is None or ans.source != "col_header" or pop.source != "col_header":
        return False
    if "population" in p.set_by or tidy.answer(ans.text).lower() != f.answer.lower():
        return False
    if header_names_people(pop.text):
        return False  # "Men", "Likely voters": the header names people, so the answer is the misread label
    return " ".join(f.answer.lower().split()) == " ".join(f.population.lower().split())


def answers_naming_no_option(figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """An answer the ranker chose that names who answered (the figure's population, a region, "CPC
    voters") or no option ("Newspoll", "Almost half", "standing this week") takes the ranker's next
    proposal that names an option, else none; one told by where it stands ("in Estonia", "followed by the
    Visayas") takes none (the later steps read its sentence: compared_answers, earlier_readings)."""
    for f, p in zip(figs, prov, strict=True):
        if not f.answer or not no_option(f.answer, f.population):
            continue
        chosen = p.labels["answer"]
        if tidy.answer(chosen.text).lower() != f.answer.lower() or chosen.source == provenance.GROUP_SHARE:
            continue  # set by a rule about the sentence's shape ("trust Republicans more, 48% to 37%")
        f.answer = ""
        if answer_who.WHERE_PHRASE.match(" ".join(chosen.text.split())) is not None:
            continue  # "in Estonia": a breakdown's place, whose other proposals are its words again ("Estonia")
        for text, source, score in chosen.ranked:
            if not text:
                continue
            tidied = provenance.usable_or_none("answer", tidy.answer(text))
            if tidied and not no_option(tidied, f.population):
                f.answer = tidied
                p.labels["answer"] = Chosen(text, source + "+an_option", score, chosen.why, chosen.ranked)
                break


# Words of an answer a vote choice writes in lower case and means: no view, another side, no vote.
_VOTE_WORDS = frozenset(
    [
        "undecided",
        "unsure",
        "sure",
        "know",
        "opinion",
        "other",
        "others",
        "neither",
        "none",
        "refused",
        "else",
        "another",
        "vote",
        "voting",
        "nobody",
        "third",
        "independent",
        "candidate",
        "party",
        "abstain",
        "skip",
        "blank",
        "spoil",
        "yes",
        "no",
        "leave",
        "remain",
    ]
)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
# Proposals whose name belongs to the next clause or line ("..., and Edwards, ... at 24%"), not the figure.
_NOT_OWN_NAME = frozenset({"after_suffix", "layout_row", "row_label", "after_option_far"})


def _verb_answer(answer: str) -> bool:
    """Whether a vote choice's answer is a verb phrase or other words in lower case that name no side
    ("support", "cast", "holds a narrow lead", "likely"), not a no-view or no-vote option."""
    words = answer.split()
    if not words or any(w[:1].isupper() for w in words) or population_in(answer, prefer_last=True):
        return False  # a name, or people ("independents" standing for themselves abroad)
    bare = [re.sub(r"[^a-z]", "", w.lower()) for w in words]
    return not any(w in _VOTE_WORDS or w.removesuffix("s") in _VOTE_WORDS for w in bare)


def _person(answer: str, population: str) -> bool:
    """A name as a vote choice's answer: one to four capitalised words, not shouted, naming no group."""
    words = answer.split()
    return (
        0 < len(words) <= 4
        and all(_NAME_WORD.match(w) for w in words)
        and not answer.isupper()
        and not no_option(answer, population)
        and population_in(answer, prefer_last=True) is None
    )


def people_over_verbs(figs: list[group_stage.Labelled], prov: list[Provenance], tidy: Tidy) -> None:
    """A vote choice whose chosen answer is a verb phrase ("support", "cast", "holds a narrow lead") takes
    the ranker's best proposal that names a person ("38% of independents ... support <name>", "<name>, a
    former senator, held steady at 25%"), when one scored above the empty answer; else it keeps its own."""
    for f, p in zip(figs, prov, strict=True):
        if not f.question.startswith("Vote choice") or not _verb_answer(f.answer):
            continue
        chosen = p.labels["answer"]
        if tidy.answer(chosen.text).lower() != f.answer.lower():
            continue  # set by a rule about the sentence's shape
        for text, source, score in chosen.ranked:
            if not text:
                break  # the empty answer: nothing below it was good enough
            if source in _NOT_OWN_NAME:
                continue
            tidied = provenance.usable_or_none("answer", tidy.answer(text))
            if tidied and _person(tidied, f.population):
                f.answer = tidied
                p.labels["answer"] = Chosen(text, source + "+a_person", score, chosen.why, chosen.ranked)
                break
