"""Population, answer and question labels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.extract import labels, questions


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        (" of registered voters say yes", "registered voters"),
        (" of 2020 Trump voters think so", "2020 Trump voters"),
        (" of regifted votes thought so", "registered voters"),
        (" of those aged 65+ agree", "aged 65+"),
        (" of self-identified conservatives favored it", "self-identified conservatives"),
        (" of the budget", None),
    ],
)
def test_of_population(right: str, expected: str | None) -> None:
    assert labels.of_population(right) == expected


def test_paren_population() -> None:
    assert (
        labels.paren_population("Foolishly, most registered voters (", ") say it is") == "registered voters"
    )
    assert labels.paren_population("Six-in-ten (", ") Americans say so") == "Americans"


def test_comma_label() -> None:
    assert labels.comma_label("gender.  Women, ", ", and men") == ("pop", "Women")
    assert labels.comma_label("likely than women, 27%, and Americans 50 or older, ", ", to") == (
        "pop",
        "Americans 50 or older",
    )


@pytest.mark.parametrize(
    ("vp", "answer"),
    [
        ("say it is", "yes"),
        ("realize it isn't", "no"),
        ("are opposed", "oppose"),
        ("say they oppose negotiations", "oppose negotiations"),
        ("say likely", "likely"),
        ("are undecided", "undecided"),
        ("offering no opinions", "no opinion"),
        ("backed the sales tax hike", "support"),  # backing is supporting
        ("oppposed", "oppose"),
        ("call it a major problem", "major problem"),
    ],
)
def test_normalise_answer(vp: str, answer: str) -> None:
    assert labels.normalise_answer(vp)[0] == answer


def test_statement_becomes_a_question() -> None:
    answer, statement = labels.normalise_answer("believe the mayor should resign")
    assert answer == "yes"
    assert statement is not None
    assert labels.yes_no_question(statement) == "Should the mayor resign?"


def test_names() -> None:
    assert labels.name_answer("frontrunners are Jane Doe (") == "Jane Doe"
    assert labels.name_answer("followed by Texas Gov. Rick Perry at ") == "Rick Perry"
    assert labels.name_answer("Six-in-ten (") is None
    assert labels.trailing_name("Robertson had 11 percent and du Pont") == "du Pont"


def test_questions() -> None:
    assert questions.asked_question("When asked if the U.S. should build the wall, 40% said yes") == (
        "Should the U.S. build the wall?"
    )
    assert questions.asked_question("Asked what result they would prefer, 42% said") == (
        "What result would you prefer?"
    )
    assert questions.quoted_question('He asked: "Do you think the bridge is safe? Most said no.') == (
        "Is the bridge safe?"
    )
    assert (
        questions.question_sentence("Is the new stadium worth the cost.")
        == "Is the new stadium worth the cost?"
    )
    assert questions.question_sentence("The stadium opened in May.") is None
    assert (
        questions.horse_race_question("the 2026 Senate race in Ohio")
        == "Vote choice in the 2026 Ohio Senate race"
    )


def test_coordinated_leaning_population() -> None:
    """ "X and X-leaning independents" is one population: the head is the noun after the "-leaning" word."""
    right = " of Democrats and Democratic-leaning independents want a new nominee"
    assert labels.of_population(right) == "Democrats and Democratic-leaning independents"
    assert labels.of_population(" of Republicans or Republican-leaning voters agree") == (
        "Republicans or Republican-leaning voters"
    )


def test_leaning_universe_from_a_ratio() -> None:
    from bot.reading.extract import default_extractor

    text = (
        "Only four in ten Democrats and Democratic-leaning independents are happy with the field, the new "
        "survey finds. Asked whom they favor, 31% pick the governor and 22% pick the senator."
    )
    pops = {f.population for f in default_extractor().extract(text).figures}
    assert pops == {"Democrats and Democratic-leaning independents"}


def test_adults_take_the_demonym_of_the_passage() -> None:
    """ "of adults" in a statewide poll of Oregonians is the same universe as the main one: adult Oregonians."""
    from bot.reading.extract import default_extractor

    text = (
        "The statewide survey of Oregonians found 58% of adults support the school bond, while 35% oppose it "
        "and 7% are undecided."
    )
    pops = {f.population for f in default_extractor().extract(text).figures}
    assert pops == {"adult Oregonians"}


def test_surname_answer_takes_full_name_after_a_party_word() -> None:
    """ "Democrat Maria Lopez" must not hide "Maria Lopez": the surname answer "Lopez" gets the full name."""
    from bot.reading.extract import default_extractor

    text = (
        "Democrat Maria Lopez has a narrow edge in the new Marist poll of the governor's race. "
        "Lopez leads with 47% among likely voters, and Tom Hale draws 44%."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["Maria Lopez", "Tom Hale"]


def test_result_questions_name_the_passages_election() -> None:
    """A "what result" question is about the election the passage names in its prose, not a headline word."""
    from bot.reading.extract import default_extractor

    text = (
        "Greens Gain Ground But Election Still Open\n\n"
        "Most voters think the provincial election will be close, a new Leger survey says. "
        "When asked what result they would prefer, 38% pick a Green government and 33% a Liberal one."
    )
    questions = {f.question for f in default_extractor().extract(text).figures}
    assert questions == {"What result would you prefer from the provincial election?"}


@pytest.mark.parametrize(
    ("vp", "answer"),
    [
        ("picked housing", "housing"),
        ("chose the economy", "the economy"),
        ("named crime", "crime"),
        ("call it fair", "fair"),
        ("rated them excellent or good", "excellent or good"),
        ("chose Labour", "Labour"),
    ],
)
def test_picked_option_is_the_answer(vp: str, answer: str) -> None:
    """With a picking verb the option is the object ("picked housing" -> "housing"); with "call it X" it is X."""
    assert labels.normalise_answer(vp)[0] == answer


@pytest.mark.parametrize(
    ("vp", "answer"),
    [
        ("agreeing strongly with this", "agree strongly"),
        ("disagreeing with that statement", "disagree"),
        ("agree with it", "agree"),
    ],
)
def test_pointing_tail_and_participles(vp: str, answer: str) -> None:
    """ "with this" only points back at the statement; "agreeing" is "agree"."""
    assert labels.normalise_answer(vp)[0] == answer


def test_tracking_options_are_named_by_their_label() -> None:
    """ "think the nation is heading in the right direction" is the "right direction" option of the tracking question."""
    from bot.reading.extract import default_extractor

    text = (
        "In the new Gallup survey, 31% of adults think the nation is heading in the right direction, "
        "while 62% say things are off on the wrong track."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["right direction", "wrong track"]


def test_unanswered_figures_take_the_question_verb() -> None:
    """ "Do you favor the levy? 57% of residents do, including 64% of renters" -> both "favor"."""
    from bot.reading.extract import default_extractor

    text = (
        "Do you favor the new transit levy? A Monmouth survey found 57% of residents do, "
        "including 64% of renters."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["favor", "favor"]


def test_disagreeing_with_a_statement_is_its_no() -> None:
    """After "say <statement>" (yes), a bare "disagree" is that statement's no."""
    from bot.reading.extract import default_extractor

    text = (
        "In an Emerson poll, 54% of voters say the city should build the new bridge. "
        "About a third (36%) disagree."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["yes", "no"]


def test_people_of_a_place_are_not_an_option() -> None:
    """ "Residents of Quebec (79%)" names who answered, not an answer option."""
    assert labels.name_answer("are the most concerned. Residents of Quebec (") is None
    assert labels.normalise_answer("approve of it")[0] == "approve"


def test_the_opposite_takes_the_siblings_statement_negated() -> None:
    """ "43% think the opposite" answers with the sibling's statement, its predicate flipped."""
    from bot.reading.extract import default_extractor

    text = (
        "In a new Opinium survey, 52% of Britons say the rail strike was right, "
        "while 38% think the opposite and 10% are not sure."
    )
    figs = default_extractor().extract(text).figures
    assert [f.answer for f in figs[:2]] == ["the rail strike was right", "the rail strike was wrong"]
    assert {f.question for f in figs} == {"Was the rail strike right or wrong?"}


def test_yes_no_complement_is_the_questions_predicate() -> None:
    """ "yes, a threat" only when "a threat" is the predicate, not a noun inside a modifier."""
    from bot.reading.extract import default_extractor

    text = (
        "Is China a threat to Canada? In an Angus Reid poll, 58% of Canadians say it is and 27% say it isn't."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["yes, a threat", "no, not a threat"]
    text = (
        "Is the mayor a long-winded speaker? In a Mainstreet poll, 61% of residents say he is "
        "and 30% say he isn't."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["yes", "no"]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "In the Data for Progress tracker, 41% of likely voters say they recycle plastic at home.",
            "Do you recycle plastic at home?",
        ),
        (
            "Most residents agree that the library should open later in the evening (71%), a SurveyUSA poll shows.",
            "Do you agree that the library should open later in the evening?",
        ),
        (
            "The governor's approval sits at 44% in the latest Siena poll, with 49% disapproving.",
            "Do you approve or disapprove of the governor?",
        ),
    ],
)
def test_fallback_question_from_the_reported_clause(text: str, question: str) -> None:
    """With no asked question, the last resort is what respondents were reported to say, not "What about: ..."."""
    from bot.reading.extract import default_extractor

    figs = default_extractor().extract(text).figures
    assert figs
    assert figs[0].question == question


def test_race_named_by_its_fullest_mention_with_a_year() -> None:
    """A race mentioned twice is named by its fullest mention, dated by whichever mention has a year."""
    text = (
        "Ortiz leads with 34% if the 2026 Democratic primary were held today. "
        "Lee trails at 22% in the race for the Democratic gubernatorial nomination."
    )
    assert (
        questions.horse_race_question(text) == "Vote choice in the 2026 Democratic gubernatorial nomination"
    )
    assert questions.race_name("Smith leads the Labour leadership contest.") == "Labour leadership contest"


def test_this_view_answers_with_the_statement_it_points_back_to() -> None:
    """ "... to have this view" refers to the statement reported just before: the figures share its answer.

    The statement is a lone yes/no proposition, so all three answer "yes" (the labelling rules' answer to
    "Should the state ban phones in schools?"; :mod:`proposition_answers`); before that rule the view's
    figures read the statement's words."""
    from bot.reading.extract import default_extractor

    text = (
        "In a Quinnipiac poll, 58% of voters say the state should ban phones in schools. "
        "Parents, 66%, are more likely than non-parents, 51%, to have this view."
    )
    answers = [f.answer for f in default_extractor().extract(text).figures]
    assert answers == ["yes"] * 3


def test_an_expectation_is_asked_as_one() -> None:
    """ "expect their team will win" is a question about expectations, not the factual "Will ... win?"."""
    from bot.reading.extract import default_extractor

    text = "In a Leger survey, 62% of fans expect their team will win the cup this season."
    figs = default_extractor().extract(text).figures
    assert figs[0].question == "Do you expect your team will win the cup this season?"


def test_an_answer_echoing_the_question_is_its_yes() -> None:
    """ "Do you <vp>?" answered by "<vp>" is a yes, not a restatement of the question."""
    from bot.reading.extract import default_extractor

    text = "In the Data for Progress tracker, 41% of likely voters say they recycle plastic at home."
    figs = default_extractor().extract(text).figures
    assert (figs[0].question, figs[0].answer) == ("Do you recycle plastic at home?", "yes")


def test_right_direction_and_wrong_track_make_one_two_sided_question() -> None:
    """Both tracking options answered: the question names both sides."""
    from bot.reading.extract import default_extractor

    text = (
        "In the Marist poll, 31% of Ohio voters think the state is headed in the right direction, "
        "while 62% say it is on the wrong track."
    )
    figs = default_extractor().extract(text).figures
    assert [f.answer for f in figs] == ["right direction", "wrong track"]
    assert {f.question for f in figs} == {"Is the state headed in the right direction or on the wrong track?"}


def test_in_favor_right_after_a_figure_is_its_answer() -> None:
    from bot.reading.extract import default_extractor

    text = (
        "A fresh county poll asked about the stadium bond. Among renters it is 31% in favor and 58% opposed."
    )
    got = [(f.value, f.answer) for f in default_extractor().extract(text).figures]
    assert got == [(31.0, "favor"), (58.0, "oppose")]


_WORDY = "ab Z9 .'’+-_\té\n,;()x"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_WORDY, max_size=400), st.integers(min_value=0, max_value=400))
def test_words_before_match_a_scan_from_the_start(chunk: str, end: int) -> None:
    """The short scan before a head finds the same last words as a scan of the whole prefix."""
    end = min(end, len(chunk))
    whole = [m.span() for m in labels._WORD.finditer(chunk, 0, end)]
    short = [m.span() for m in labels._words_before(chunk, end)]
    assert short[-labels._MODIFIERS_READ :] == whole[-labels._MODIFIERS_READ :]


def test_population_in_reads_modifiers_after_a_long_clause() -> None:
    lead = "the committee reviewed forty-one separate budget lines over a long and tiring week, and then "
    found = labels.population_in(lead * 3 + "most likely GOP primary voters agreed", prefer_last=False)
    assert found is not None and found[0] == "likely Republican primary voters"


_PIECES = st.sampled_from(
    ["those", "Those", "THOSE", "thoseX", "xthose", " ", ".", " voters", " women", "-", "\n", "ſ"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.data())
def test_names_no_population_agrees_with_reading_the_span(pieces: list[str], data: st.DataObject) -> None:
    """The whole-text scans it reads off say what a search of the span itself would."""
    text = "".join(pieces)
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    spans = labels.pop_head_spans(text)
    cut = any(
        0 < k < len(text) and labels._wordy(text[k - 1]) and labels._wordy(text[k]) for k in (start, end)
    )
    head_inside = any(s < end and e > start for s, e in spans)
    expected = not cut and not head_inside and labels._THOSE.search(text, start, end) is None
    assert labels.names_no_population(text, spans, start, end) == expected


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        # "those" + a participle + the verb of what they said: the people end at the verb.
        ("those contacted in May believe the plan will fail", "those contacted in May"),
        # Only "whoever answered": no population of its own, so the sample's is used instead.
        ("those questioned think the council is too slow", None),
        # A relative clause stays with its people.
        ("those who think the council is too slow", "those who think the council is too slow"),
        # An office is not a kind of voter: the capital belongs to the phrase before.
        ("a month into her Governorship voters are split", "voters"),
        ("early in the Administration voters were hopeful", "voters"),
        ("Green voters are split", "Green voters"),
        # "that week" after a population says when, not which of them.
        ("of renters that week, against", "renters"),
        ("of renters that own cars", "renters that own cars"),
    ],
)
def test_population_in_refuses_clauses(chunk: str, expected: str | None) -> None:
    found = labels.population_in(chunk, prefer_last=False)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("Among decided and leaning voters, Oduya", "decided and leaning voters"),
        ("9 per cent of leaning or decided voters back", "leaning or decided voters"),
        ("Among Decided and Leaning Voters: Civic", "Decided and Leaning Voters"),
        ("Among Democrats and independent voters, 40%", "Democrats"),  # two peoples, not one phrase
    ],
)
def test_population_in_joins_two_modifiers_of_one_people(chunk: str, expected: str) -> None:
    found = labels.population_in(chunk, prefer_last=False)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "chunk",
    ["former Lark Public Works director Tom Vell", "Labour on 4 and Solidarity-People Before Profit on 2"],
)
def test_population_in_reads_no_people_in_a_name(chunk: str) -> None:
    assert labels.population_in(chunk, prefer_last=False) is None
