"""How a group's or a figure's question is named from cues any such passage has (own sentences, written
for these tests): the parliament of a vote-intention question, a two-way prime-minister question, the
two sides of a two-party-preferred split, a name cleaned of its rating word, a candidate after "for"."""

from __future__ import annotations

import pytest

from bot.reading.extract import choices, question_templates
from bot.reading.extract.question_templates import (
    clean_name,
    head_to_head,
    is_party,
    name_after,
    name_bare_group,
    refine_question,
    two_party_question,
)
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def test_a_bare_voting_intention_is_named_by_the_passages_parliament() -> None:
    text = (
        "Manitoba provincial poll: the NDP hold 44% of decided voters in Manitoba, the Progressive "
        "Conservatives 38% and the Liberals 12%."
    )
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (44, 38, 12)]
    assert refine_question(a, "Voting intention", members) == "Manitoba provincial voting intention"
    # Other questions are left alone.
    assert refine_question(a, "Who is your preferred premier?", members) == "Who is your preferred premier?"


def test_irish_parties_written_without_accents_name_an_irish_poll() -> None:
    text = "Fianna Fail climbs to 24% in the new Harbour poll, with Fine Gael on 21% and Sinn Fein on 30%."
    a = EXTRACTOR.analyse(text)
    members = list(a.numbers)
    got = name_bare_group(a, members, ["Fianna Fail", "Fine Gael", "Sinn Fein"], [() for _ in members])
    assert got == "Irish general election voting intention"


def test_a_party_table_with_one_odd_answer_is_still_vote_intention() -> None:
    assert is_party("Green Party") and is_party("Labour") and not is_party("Okafor")
    a = EXTRACTOR.analyse("The Westminster poll: Labour 35%, Reform UK 27%, Green Party 11%, others 4%.")
    members = list(a.numbers)
    got = name_bare_group(
        a, members, ["Labour", "Reform UK", "Green Party", "the poll"], [() for _ in members]
    )
    assert got == "Westminster voting intention"


def test_a_two_way_prime_minister_question_names_its_two_people() -> None:
    a = EXTRACTOR.analyse("Okafor leads Lindqvist as better prime minister, 46% to 35%.")
    members = list(a.numbers)
    question = "Who would make the better prime minister?"
    assert head_to_head(a, question, members, ["Maria Okafor", "Ben Lindqvist"]) == (
        "Who would make the better prime minister: Maria Okafor or Ben Lindqvist?"
    )
    # Three people, or parties, are not a two-way question.
    assert head_to_head(a, question, members, ["Okafor", "Lindqvist", "Reyes"]) is None
    assert head_to_head(a, question, members, ["Labour", "Greens"]) is None


def test_an_australian_two_party_split_names_its_sides() -> None:
    aus = EXTRACTOR.analyse(
        "The latest Australian poll has Labor ahead 53-47 on a two-party preferred basis."
    )
    assert two_party_question(aus) == "Two-party preferred voting intention (Coalition vs Labor)"
    other = EXTRACTOR.analyse("On a two-party preferred basis the split is 52-48.")
    assert two_party_question(other) == "Two-party preferred voting intention"


def test_a_name_loses_its_rating_word_and_a_sentence_opener_is_no_name() -> None:
    assert clean_name("Maria Okafor Favorable") == "Maria Okafor"
    assert clean_name("Okafor Job Approval") == "Okafor"
    assert clean_name("Now") is None
    assert clean_name("Meanwhile") is None


def test_a_candidate_after_for_makes_a_figure_a_horse_race_figure() -> None:
    text = (
        "In our 2030 GOP tracking Morrow leads with 24%, to 15% for Dana Kline and 9% each for Ruiz and Ma."
    )
    a = EXTRACTOR.analyse(text)
    by_value = {n.value: n for n in a.numbers}
    assert name_after(a, by_value[15]) and name_after(a, by_value[9])
    texts = [c.text for c in choices.candidates(a, by_value[15], "question")]
    assert "Vote choice in the 2030 Republican primary" in texts


def test_a_state_poll_in_australia_is_the_states_not_the_federal_one() -> None:
    text = (
        "Ahead of the Victorian state election, the Australian poll has state Labor on 37% of the primary "
        "vote and the Coalition on 35%."
    )
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (37, 35)]
    assert refine_question(a, "Federal voting intention", members) == "Victoria state voting intention"


def test_the_leaders_office_follows_the_text() -> None:
    a = EXTRACTOR.analyse("As best first minister, Okafor scores 41%.")
    n = next(m for m in a.numbers if m.value == 41)
    assert "Who would make the best first minister?" in [c.text for c in choices.candidates(a, n, "question")]
    a = EXTRACTOR.analyse("Asked for their preferred premier, 38% named Lind.")
    n = next(m for m in a.numbers if m.value == 38)
    assert "Who is your preferred premier?" in [c.text for c in choices.candidates(a, n, "question")]


def test_self_identification_gets_its_standard_question() -> None:
    a = EXTRACTOR.analyse("In the Kestrel survey, 36% of adults identified themselves as conservatives.")
    n = next(m for m in a.numbers if m.value == 36)
    texts = [c.text for c in choices.candidates(a, n, "question")]
    assert "Do you identify as liberal, moderate or conservative?" in texts
    a = EXTRACTOR.analyse("Some 31% now describe themselves as independents, the Kestrel poll finds.")
    n = next(m for m in a.numbers if m.value == 31)
    texts = [c.text for c in choices.candidates(a, n, "question")]
    assert "Do you identify as a Democrat, a Republican or an independent?" in texts


def test_party_vote_intention_in_the_vote_choice_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(question_templates, "VOTE_CHOICE_INTENTION", True)
    as_vote_choice = question_templates.as_vote_choice
    assert as_vote_choice("Westminster voting intention") == (
        "Vote choice in the next general election (Westminster voting intention)"
    )
    assert as_vote_choice("Federal voting intention") == (
        "Vote choice in the next federal election (Federal voting intention)"
    )
    assert as_vote_choice("Manitoba provincial voting intention") == (
        "Vote choice in the next Manitoba provincial election (Manitoba provincial voting intention)"
    )
    assert as_vote_choice("Irish general election voting intention") == (
        "Vote choice in the next Irish general election (voting intention)"
    )
    assert as_vote_choice("Voting intention") == "Vote choice in the next general election (voting intention)"
    # Other questions, and two-party-preferred splits, keep their names.
    assert as_vote_choice("Two-party preferred voting intention") == "Two-party preferred voting intention"
    assert as_vote_choice("Who is your preferred premier?") == "Who is your preferred premier?"


def test_a_groups_final_question_is_rewritten_after_clustering() -> None:
    text = (
        "Is the race for the Republican nomination finally settling? In the 2030 GOP primary, Morrow "
        "has 31% and Kline 22%."
    )
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (31, 22)]
    rhetorical = "Is the race for the Republican nomination finally settling?"
    assert refine_question(a, rhetorical, members).startswith("Vote choice in the 2030 Republican")
    # A question that asks its respondents is the poll's own, and stays.
    asked = "Who would you like to see win the nomination?"
    assert refine_question(a, asked, members) == asked
    assert refine_question(a, "Do you think the levy should pass?", members) == "Should the levy pass?"
    aus = EXTRACTOR.analyse("The Australian poll has Labor ahead 53-47 on a two-party preferred basis.")
    assert refine_question(aus, "Two-party preferred voting intention", list(aus.numbers)) == (
        "Two-party preferred voting intention (Coalition vs Labor)"
    )


def test_a_us_partys_vote_is_its_primary() -> None:
    a = EXTRACTOR.analyse("Our 2030 survey of Iowa Republicans: Morrow 31%, Kline 22%.")
    members = list(a.numbers)
    got = refine_question(a, "Vote choice in the 2030 Republican primary vote", members)
    assert got == "Vote choice in the 2030 Republican primary"
    got = refine_question(a, "Vote choice in the 2032 Democratic major vote", members)
    assert got == "Vote choice in the 2032 Democratic presidential primary"


def test_a_bare_voting_intention_takes_the_vote_choice_form() -> None:
    # No parliament named: the horse-race form; a named parliament keeps its usual name by default.
    assert question_templates.as_vote_choice("Voting intention") == (
        "Vote choice in the next general election (voting intention)"
    )
    assert question_templates.as_vote_choice("Westminster voting intention") == "Westminster voting intention"


def test_a_rating_question_names_its_person_in_full_without_a_title() -> None:
    text = (
        "Senator Dana Whitfield and Governor Ray Ostrowski both lost ground. Only 38% view Sen. Whitfield "
        "favorably, and 44% approve of the way President Ostrowski handles the job. OKAFOR trails on 29%; "
        "Lena Okafor has been absent from the campaign."
    )
    a = EXTRACTOR.analyse(text)
    fav = "Do you have a favorable or unfavorable opinion of "
    assert question_templates.name_people(a, f"{fav}Sen. Whitfield?") == f"{fav}Dana Whitfield?"
    approval = "Do you approve or disapprove of the way President Ostrowski is handling the job?"
    assert question_templates.name_people(a, approval) == (
        "Do you approve or disapprove of the way Ray Ostrowski is handling the job as President?"
    )
    assert question_templates.name_people(a, f"{fav}OKAFOR?") == f"{fav}Lena Okafor?"
    # Bodies and parties keep their names; other questions are left alone.
    assert question_templates.name_people(a, f"{fav}the Senate?") == f"{fav}the Senate?"
    assert question_templates.name_people(a, f"{fav}Labour?") == f"{fav}Labour?"
    assert question_templates.name_people(a, "Is Whitfield honest?") == "Is Whitfield honest?"


def _proposed(text: str, value: float) -> set[str]:
    a = EXTRACTOR.analyse(text)
    n = next(n for n in a.numbers if n.value == value)
    return {q for q, _, _ in question_templates.question_proposals(a, n)}


@pytest.mark.parametrize(
    ("text", "value", "question"),
    [
        (
            "Only 31% of adults are satisfied with the way things are going in the U.S. today.",
            31,
            "Are you satisfied or dissatisfied with the way things are going in the U.S.?",
        ),
        (
            "In the Lakeview survey 57% were satisfied with the performance of the Rao government.",
            57,
            "Are you satisfied or dissatisfied with the performance of the Rao government?",
        ),
        (
            "Satisfaction with Jo Marsh's performance as Prime Minister slipped to 39 per cent.",
            39,
            "Are you satisfied or dissatisfied with the way Jo Marsh is doing the job as Prime Minister?",
        ),
        (
            "Just 24% say they are satisfied with Luc Ferrand as president, a new low.",
            24,
            "Are you satisfied or dissatisfied with the way Luc Ferrand is doing the job as President?",
        ),
        (
            "Support for Prime Minister Kenji Arata's cabinet fell to 27 percent in the weekend survey.",
            27,
            "Do you support the Arata cabinet?",
        ),
        (
            "If a referendum on the monarchy were held today, 41% would vote to keep it.",
            41,
            "In a referendum on the monarchy, would you vote Yes or No?",
        ),
        (
            "If the Bundestag election were held this Sunday, the CDU/CSU would get 29 percent.",
            29,
            "German federal election voting intention",
        ),
    ],
)
def test_general_templates_are_built_from_the_figures_clause(text: str, value: float, question: str) -> None:
    assert question in _proposed(text, value)


def test_a_runoff_between_two_candidates_names_them() -> None:
    a = EXTRACTOR.analyse("In a simulated runoff, Ana Prado would take 47% against 42% for Rui Campos.")
    members = list(a.numbers)
    got = head_to_head(a, "Vote choice", members, ["Ana Prado", "Rui Campos"])
    assert got == "Vote choice: Ana Prado vs. Rui Campos"


def test_an_approval_question_asks_both_sides() -> None:
    both = question_templates.both_sides
    assert both("Do you approve of the new pension deal?") == (
        "Do you approve or disapprove of the new pension deal?"
    )
    assert both("Do you approve or disapprove of the deal?") == "Do you approve or disapprove of the deal?"
    # A question pointing back keeps its form for the sentence before to name it; others are left alone.
    assert both("Do you approve of the plan?") == "Do you approve of the plan?"
    assert both("Do you support raising the wage?") == "Do you support raising the wage?"


def test_a_general_election_names_the_parliament_the_passage_polls() -> None:
    a = EXTRACTOR.analyse(
        "Westminster voting intention from Harbourline: Labour 31%, Reform UK 28%, Conservatives 19%."
    )
    members = list(a.numbers)
    assert refine_question(a, "Vote choice in the general election", members) == (
        "Vote choice in the general election (Westminster voting intention)"
    )
    # A passage naming no parliament keeps the race as it is.
    plain = EXTRACTOR.analyse("In the new poll Ada Lin has 41% and Ben Cole 38%.")
    assert refine_question(plain, "Vote choice in the general election", list(plain.numbers)) == (
        "Vote choice in the general election"
    )


def test_a_one_sided_question_asks_both_sides_where_the_sentence_gives_the_other() -> None:
    text = "Most renters back the new rules: 58% of tenants favor a cap on yearly rent rises, while 35% oppose it."
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (58, 35)]
    got = refine_question(a, "Do you favor a cap on yearly rent rises?", members)
    assert got == "Do you favor or oppose a cap on yearly rent rises?"
    track = "Only 31% of Manitobans say the province is headed in the right direction; 54% say wrong track."
    b = EXTRACTOR.analyse(track)
    got = refine_question(b, "Is the province headed in the right direction?", list(b.numbers))
    assert got == "Is the province headed in the right direction or on the wrong track?"
    # One side reported, one side asked: the text gives no other side to add.
    lone = "Some 62% of parents favor a longer school year, the Lakeside survey found."
    c = EXTRACTOR.analyse(lone)
    q = "Do you favor a longer school year?"
    assert refine_question(c, q, list(c.numbers)) == q


def test_a_question_led_by_its_wrong_side_asks_both_sides() -> None:
    text = (
        "Some 66% of Ghanaians say the country is headed in the wrong direction and 27% the right direction."
    )
    a = EXTRACTOR.analyse(text)
    got = refine_question(a, "Is the country headed in the wrong direction?", list(a.numbers))
    assert got == "Is the country headed in the right direction or in the wrong direction?"
    track = "In Ohio, 57% of voters say the state is on the wrong track, 35% that it is going in the right direction."
    b = EXTRACTOR.analyse(track)
    got = refine_question(b, "Is the state on the wrong track?", list(b.numbers))
    assert got == "Is the state headed in the right direction or on the wrong track?"
    # Right direction / wrong track is one standard question: a report of the wrong side alone asks both.
    alone = "Six in ten (61%) likely voters in the Mesa poll say the state is on the wrong track."
    d = EXTRACTOR.analyse(alone)
    got = refine_question(d, "Is the state on the wrong track?", list(d.numbers))
    assert got == "Is the state headed in the right direction or on the wrong track?"
    # A question that already asks both sides is left as it is.
    both = "Is the state headed in the right direction or on the wrong track?"
    assert refine_question(b, both, list(b.numbers)) == both
    economy = "Asked about the economy, 48% said it is getting worse and 19% said it is getting better."
    c = EXTRACTOR.analyse(economy)
    got = refine_question(c, "Is the economy getting worse?", list(c.numbers))
    assert got == "Is the economy getting better or worse?"


def test_a_possessive_heading_names_the_person_without_it() -> None:
    assert clean_name("Ruto's") == "Ruto"
    assert clean_name("Donald Tusk’s") == "Donald Tusk"


def test_a_rated_pronoun_names_the_leader_the_passage_named_before() -> None:
    text = (
        "Governor Alma Reyes has lost ground since the spring. The Harbor State Poll finds 41 percent of "
        "voters approve of the job she is doing as governor, while 52 percent disapprove."
    )
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (41, 52)]
    got = refine_question(a, "Do you approve or disapprove of the job she is doing as governor?", members)
    assert got == "Do you approve or disapprove of the job Alma Reyes is doing as governor?"
    # No one named before the figures: the question stays as it is.
    bare = "Voters are split: 41 percent approve of the job she is doing, 52 percent disapprove."
    b = EXTRACTOR.analyse(bare)
    q = "Do you approve or disapprove of the job she is doing?"
    assert refine_question(b, q, list(b.numbers)) == q


def test_an_approval_question_names_the_office_the_passage_gives_its_person() -> None:
    text = (
        "Mayor Dana Okoro faces a tough re-election fight. Just 39% of city voters approve of the way "
        "Okoro is handling the job, and 55% disapprove."
    )
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (39, 55)]
    got = refine_question(a, "Do you approve or disapprove of the way Okoro is handling the job?", members)
    assert got == "Do you approve or disapprove of the way Dana Okoro is handling the job as Mayor?"


def test_a_headline_verb_is_no_first_name() -> None:
    text = (
        "Voters Split on Impeaching Hale  The new poll finds Hale's approval at 40%, with 55% disapproving."
    )
    a = EXTRACTOR.analyse(text)
    assert question_templates.full_name(a, "Hale") == "Hale"


def test_a_most_important_issue_is_asked_in_the_texts_words() -> None:
    ask = question_templates.top_issue_question
    assert ask("31% named crime as the most important problem facing the city") == (
        "What is the most important problem facing the city?"
    )
    assert ask("Prices were the biggest concern of those polled") == "What is your biggest concern?"
    assert ask("The economy grew 2% last year") is None
    # the place after "facing" is a name (capitalised), never a verb that follows it
    assert (
        ask("The top issues facing Albertans are said to be jobs (40%)")
        == "What is the top issue facing Albertans?"
    )


def test_more_countries_name_their_vote_intention() -> None:
    text = (
        "The ANC is on 38% in the new Karoo Insights poll, the Democratic Alliance on 25% and the EFF on 10%."
    )
    a = EXTRACTOR.analyse(text)
    assert question_templates.intention_name(a) == "South African general election voting intention"


def test_a_pronoun_object_takes_the_object_its_sentence_names() -> None:
    text = "Most drivers, 64%, disapprove of the new congestion charge, and only 27% approve of it."
    a = EXTRACTOR.analyse(text)
    members = [n for n in a.numbers if n.value in (64, 27)]
    got = refine_question(a, "Do you approve of it?", members)
    assert got == "Do you approve or disapprove of the new congestion charge?"


def test_a_two_way_leader_question_offers_only_names() -> None:
    """The pair is built from the group's answers: a clause or an abbreviation read as an answer must not
    become a choice in the question."""
    _pm_pair = question_templates._pm_pair
    question = "Who is your preferred prime minister?"
    assert _pm_pair(question, ["Anna de Vries", "Tom Okafor"]) == (
        "Who is your preferred prime minister: Anna de Vries or Tom Okafor?"
    )
    assert _pm_pair(question, ["PM", "For the party vote, National"]) is None
    assert _pm_pair(question, ["Tom Okafor", "With the Greens"]) is None


def test_a_referendum_cause_backed_in_other_words_is_asked_as_its_ballot_question() -> None:
    a = EXTRACTOR.analyse("Support for leaving the Union: 47% of Scots back independence, 46% do not.")
    members = [n for n in a.numbers if n.value in (47, 46)]
    asked = "Should Scotland be an independent country?"
    assert refine_question(a, "Do you favor Scottish independence?", members) == asked
    assert refine_question(a, "Would you support Scottish independence?", members) == asked
    # A question about the cause that backs nothing keeps its own words.
    other = "Will Scottish independence happen within ten years?"
    assert refine_question(a, other, members) == other


def test_an_australian_split_of_100_is_the_two_party_vote() -> None:
    a = EXTRACTOR.analyse("Newspoll for The Australian: Labor leads 54-46, the same as a fortnight ago.")
    n = next(n for n in a.numbers if n.value == 54)
    assert question_templates._split_of_100(a, n)
    b = EXTRACTOR.analyse("Newspoll for The Australian: Labor leads 54-41 among women.")
    m = next(n for n in b.numbers if n.value == 54)
    assert not question_templates._split_of_100(b, m)


def test_crosstab_column_heads_are_never_the_rated_name_and_a_bare_office_is_the_office() -> None:
    assert clean_name("Total Dem Rep Ind") is None
    assert clean_name("Men Women") is None
    assert clean_name("Governor") == "the governor"
    assert clean_name("Governor Hale") == "Governor Hale"
    assert clean_name("LEGISLATURE") == "the Legislature"
    text = (
        "Mayor job approval\n"
        "Total Dem Rep Men Women\n"
        "Approve 47 79 12 44 50\n"
        "Disapprove 45 15 83 49 41\n"
        "Unsure 8 6 5 7 9\n"
    )
    questions = {f.question for f in EXTRACTOR.extract(text).figures}
    # (printed in the labels' order by approval_wording)
    assert questions == {"Do you approve or disapprove of the job the mayor is doing?"}, questions


def test_a_shouted_release_heading_names_the_rated_body() -> None:
    text = "STATE SENATE JOB APPROVAL\tAll\tDem\tRep\nApprove\t36\t58\t17\nDisapprove\t51\t30\t72\nNot sure\t13\t12\t11\n"
    questions = {f.question for f in EXTRACTOR.extract(text).figures}
    assert questions == {"Do you approve or disapprove of the job the State Senate is doing?"}, questions
