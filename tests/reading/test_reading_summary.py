"""summarize / lead_n: whole sentences, bounded, headline figure kept, boilerplate skipped."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import Figure
from bot.reading.extract import default_extractor
from bot.reading.read import Reader
from bot.reading.sentences import sentences
from bot.reading.summary import ELLIPSIS, lead_n, pair_limit, score_sentences, summarize
from bot.reading.summary_units import split_units

POST = """top of page

Coming Soon: Voters And The Budget?

I spent the weekend cleaning my garage and thinking about nothing much.

The state budget vote is set for Thursday, and the budget fight has split the legislature. Leaders of both parties say the budget deficit is the main obstacle. The governor wants a smaller budget with no new taxes.

Meanwhile the weather was nice. A new Harbor Poll found that 58% of voters oppose the budget cuts, while 35% support them. Few people expected that.

Click here to subscribe to our newsletter for more posts.

Posted by Jane Doe"""


def _whole_sentences(summary: str, text: str) -> bool:
    """True when ``summary`` is a run of whole sentences of ``text`` (in text order), joined by spaces."""
    pool = [re.sub(r"\s+", " ", s) for s in sentences(text)]

    def fits(rest: str, start: int) -> bool:
        # Try every later sentence that could begin ``rest``: a greedy first match can be a mere prefix
        # ("?" before "?I").
        if not rest:
            return True
        return any(
            rest.startswith(pool[i]) and fits(rest[len(pool[i]) :].removeprefix(" "), i + 1)
            for i in range(start, len(pool))
        )

    return fits(summary, 0)


def test_summary_is_whole_sentences_in_text_order() -> None:
    summary = summarize(POST, figure_offsets=[POST.index("58%")])
    assert summary
    assert _whole_sentences(summary, POST)


@pytest.mark.parametrize("max_chars", [60, 120, 200, 400, 1000])
def test_summary_respects_max_chars(max_chars: int) -> None:
    summary = summarize(POST, max_chars=max_chars, figure_offsets=[POST.index("58%")])
    assert 0 < len(summary) <= pair_limit(max_chars)


def test_includes_the_headline_figure_sentence_even_when_it_scores_low() -> None:
    summary = summarize(POST, figure_offsets=[POST.index("58%"), POST.index("35%")])
    assert "58% of voters oppose the budget cuts" in summary


def test_without_figures_a_buried_number_sentence_is_not_forced_in() -> None:
    text = POST.replace(
        "A new Harbor Poll found that 58% of voters oppose the budget cuts, while 35% support them.",
        "Schools take 58% of the budget and roads 35%.",
    )
    summary = summarize(text, max_chars=150)
    assert "58%" not in summary
    assert "budget" in summary


def test_without_extracted_figures_a_share_that_answered_is_still_the_headline() -> None:
    summary = summarize(POST, max_chars=150)
    assert "58% of voters oppose the budget cuts" in summary


def test_includes_the_poll_question_asked_just_before_the_headline_figure() -> None:
    text = (
        "The new survey is out today. Is the deficit the biggest problem facing the state? "
        "Most voters (61%) say it is, and 30% say it is not."
    )
    summary = summarize(text, figure_offsets=[text.index("61")])
    assert "Is the deficit the biggest problem facing the state?" in summary
    assert "Most voters (61%) say it is" in summary


def test_skips_boilerplate_headings_and_personal_preamble() -> None:
    summary = summarize(POST, figure_offsets=[POST.index("58%")])
    for unwanted in ("top of page", "Coming Soon", "garage", "Click here", "Posted by"):
        assert unwanted not in summary


def test_lead_3_baseline_takes_the_first_three_sentences_as_they_come() -> None:
    assert lead_n(POST) == (
        "top of page Coming Soon: Voters And The Budget? "
        "I spent the weekend cleaning my garage and thinking about nothing much."
    )
    assert lead_n(POST, n=1) == "top of page"


def test_is_deterministic() -> None:
    offsets = [POST.index("58%")]
    assert len({summarize(POST, figure_offsets=offsets) for _ in range(5)}) == 1


@pytest.mark.parametrize("text", ["", "   \n\n ", "top of page\n\nbottom of page"])
def test_empty_or_boilerplate_only_text_gives_empty_summary(text: str) -> None:
    assert summarize(text) == ""
    assert summarize(text, figure_offsets=[0]) == ""


def test_one_huge_sentence_is_cut_at_a_word_boundary_with_an_ellipsis() -> None:
    words = [f"word{i}" for i in range(300)]
    text = "Voters said " + " ".join(words) + "."
    for summarizer in (lambda: summarize(text, max_chars=100), lambda: lead_n(text, max_chars=100)):
        summary = summarizer()
        assert summary.endswith(ELLIPSIS)
        assert len(summary) <= 100
        head = summary.removesuffix(ELLIPSIS)
        assert text.startswith(head)
        assert text[len(head)] == " "  # the cut fell between two words


def test_offsets_outside_the_text_are_ignored() -> None:
    text = "The budget passed on Tuesday after a long fight. Voters were not asked about it at all."
    assert summarize(text, figure_offsets=[10_000]) == summarize(text)


def test_title_words_steer_the_choice() -> None:
    text = (
        "Three things happened at the statehouse this week, in no particular order. "
        "Lawmakers argued about road repairs for most of Monday afternoon. "
        "The pension reform bill finally passed the senate on Wednesday night. "
        "Nobody could agree on what to do about road repairs, or about road salt, or about road signs."
    )
    assert "pension" in summarize(text, max_chars=160, title="Pension reform passes the senate")


def test_score_sentences_explains_each_choice() -> None:
    scored = score_sentences(POST, figure_offsets=[POST.index("58%")])
    by_text = {s.text: s for s in scored}
    assert by_text["top of page"].reasons == ("boilerplate",)
    assert not by_text["Coming Soon: Voters And The Budget?"].eligible
    poll = next(s for s in scored if "58%" in s.text)
    assert poll.eligible and any(r.startswith("poll figure") for r in poll.reasons)
    garage = next(s for s in scored if "garage" in s.text)
    assert any(r.startswith("first-person aside") for r in garage.reasons)


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab. ?!\nU.S.I")), max_size=300),
    st.integers(min_value=1, max_value=500),
    st.lists(st.integers(min_value=0, max_value=320), max_size=3),
)
def test_any_text_gives_a_bounded_summary(text: str, max_chars: int, offsets: list[int]) -> None:
    summary = summarize(text, max_chars=max_chars, figure_offsets=offsets)
    assert len(summary) <= pair_limit(max_chars)
    if not summary.endswith(ELLIPSIS):
        assert _whole_sentences(summary, text)


def test_when_only_one_sentence_fits_the_point_comes_before_the_figure() -> None:
    offsets = [POST.index("58%")]
    # 100 characters, stretched to 120 for the point and the figure together: neither pair fits (the best point and
    # the figure 183, the governor's sentence and the figure 145).
    summary = summarize(POST, max_chars=100, figure_offsets=offsets)
    assert summary.startswith(
        "The state budget vote is set for Thursday, and the budget fight has split the legislature."
    )
    assert "58%" not in summary
    both = summarize(POST, max_chars=200, figure_offsets=offsets)
    assert both == (
        "The state budget vote is set for Thursday, and the budget fight has split the legislature. "
        "A new Harbor Poll found that 58% of voters oppose the budget cuts, while 35% support them."
    )


def test_a_title_line_of_two_sentences_is_the_title_not_the_lead() -> None:
    text = (
        "Fares Are Up Again. Blame the Timetable.\n\n"
        "Bus fares in the valley rose by a fifth this spring, the transit office says.\n\n"
        "We will not win riders back with cheaper tickets while the buses run late."
    )
    scored = {s.text: s for s in score_sentences(text)}
    assert not scored["Fares Are Up Again."].eligible
    assert not scored["Blame the Timetable."].eligible
    assert "Fares Are Up" not in summarize(text)


def test_a_question_in_the_title_is_the_writer_s_voice() -> None:
    # The same third-person post, once with a plain title and once with a rhetorical question: the question
    # moves weight from the lead to the close.
    body = (
        "The council says the new parking meters raised two million dollars last year.\n\n"
        "Shops on Front Street lost customers all the same.\n\n"
        "The meters pay for themselves only on paper, and the street is paying for them."
    )

    def close_minus_lead(title: str) -> float:
        scores = {s.text: s.score for s in score_sentences(f"{title}\n\n{body}")}
        lead = scores["The council says the new parking meters raised two million dollars last year."]
        return (
            scores["The meters pay for themselves only on paper, and the street is paying for them."] - lead
        )

    assert close_minus_lead("Do the New Meters Pay?") > close_minus_lead("The New Parking Meters")


def test_arguing_about_the_margin_of_error_is_not_a_method_note() -> None:
    text = (
        "The survey gave the mayor 51% and her rival 49%, with a margin of error of 4 points.\n\n"
        "A two-point lead inside the margin of error is not a lead at all."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}
    assert (
        "method note -0.50"
        in reasons["The survey gave the mayor 51% and her rival 49%, with a margin of error of 4 points."]
    )
    assert not any(
        r.startswith("method note")
        for r in reasons["A two-point lead inside the margin of error is not a lead at all."]
    )


def test_a_method_note_is_neither_the_writer_s_reaction_nor_filler() -> None:
    text = (
        "Gas prices top the list of worries, a new statewide survey finds.\n\n"
        "In the survey, 48% named gas prices as their top worry and 21% named rent.\n\n"
        "The phone survey of 900 adults was conducted in early May.\n\n"
        "Lawmakers return to the capital next week with a gas tax holiday on the agenda."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}
    note = reasons["The phone survey of 900 adults was conducted in early May."]
    assert "method note -0.50" in note
    assert not any(r.startswith("reacts to the figures") for r in note)
    assert "was conducted" not in summarize(text, figure_offsets=[text.index("48%")])


def test_a_feeling_in_the_first_person_is_a_stance_and_should_have_said_is_not_reporting() -> None:
    text = (
        "The parks board asked residents to vote on a name for the new pier.\n\n"
        "I am angry that the board asked at all. If the name was chosen already, the board should have said so."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}
    assert "stance +0.45" in reasons["I am angry that the board asked at all."]
    assert not any(
        r.startswith("reported speech")
        for r in reasons["If the name was chosen already, the board should have said so."]
    )


def test_a_subgroup_s_result_without_a_percentage_is_not_filler_in_a_poll_post() -> None:
    text = (
        "Mayor Ruth Ames leads council member Joe Park 54% to 35%, a new Courier poll shows.\n\n"
        "Among voters under 35, her lead is 30 points.\n\n"
        "Park has not held a public event since the primary."
    )
    summary = summarize(text, figure_offsets=[text.index("54%")])
    assert summary.startswith("Mayor Ruth Ames leads council member Joe Park 54% to 35%")
    assert "Among voters under 35" not in summary
    assert "Park has not held a public event" in summary


ANNOUNCED = (
    "The harvest festival drew a big crowd again this year, and the parade ran late. "
    "The town committee's straw poll had the library levy winning with 63% of the 410 ballots. "
    "Let me be blunt. "
    "A straw poll at a festival counts the people who turned up, not the people who will vote in May. "
    "The funnel cakes were excellent, as always."
)


def test_a_sentence_that_only_announces_the_claim_hands_its_weight_to_the_claim() -> None:
    scored = {s.text: s for s in score_sentences(ANNOUNCED, figure_offsets=[ANNOUNCED.index("63%")])}
    assert any(r.startswith("announces what follows") for r in scored["Let me be blunt."].reasons)
    claim = "A straw poll at a festival counts the people who turned up, not the people who will vote in May."
    assert any(r.startswith("announced") for r in scored[claim].reasons)
    summary = summarize(ANNOUNCED, max_chars=250, figure_offsets=[ANNOUNCED.index("63%")])
    assert claim in summary
    assert "Let me be blunt." not in summary


def test_a_sentence_opening_with_a_time_does_not_point_back() -> None:
    text = (
        "Ferry fares went up twice last year. "
        "This year, the harbour board wants to freeze them until the new boats arrive in the spring."
    )
    reasons = [s.reasons for s in score_sentences(text)][1]
    assert not any(r.startswith("points back") for r in reasons)


def test_when_and_how_a_poll_was_taken_is_a_method_note() -> None:
    text = (
        "Most riders want later ferries, the harbour survey found. "
        "The online survey of 1,040 riders was taken over the first week of June."
    )
    reasons = [s.reasons for s in score_sentences(text)][1]
    assert any(r.startswith("method note") for r in reasons)


def test_a_post_that_judges_in_its_own_words_ends_on_its_conclusion_without_saying_i() -> None:
    text = (
        "The county wants to sell the old fairground to a warehouse developer. "
        "A county poll says 59% of residents would accept the sale if taxes stayed flat. "
        "The poll never mentioned that the fairground hosts the only farmers' market in the county. "
        "The commissioners should not treat that number as consent. "
        "Residents must hear what they would lose before anyone calls it a mandate. "
        "A sale this large deserves a public hearing, and the market's vendors deserve a seat at it."
    )
    scored = score_sentences(text, figure_offsets=[text.index("59%")])
    assert any(r == "conclusion +0.30" for r in scored[-1].reasons)
    summary = summarize(text, max_chars=300, figure_offsets=[text.index("59%")])
    assert "59% of residents" in summary
    assert "Residents must hear what they would lose" in summary or "deserves a public hearing" in summary


def test_what_someone_should_or_will_say_is_the_writer_s_claim_not_reported_speech() -> None:
    text = (
        "The bus company wants the town to pay for a new depot. "
        "The council should say no, and it should say so before the company's deadline. "
        "Nobody on the board will say out loud that the old depot still works. "
        "The company's director says the depot will pay for itself."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}
    for sentence in list(reasons)[1:3]:
        assert not any(r.startswith("reported speech") for r in reasons[sentence]), sentence
    assert (
        "stance +0.45"
        in reasons["The council should say no, and it should say so before the company's deadline."]
    )
    assert any(
        r.startswith("reported speech")
        for r in reasons["The company's director says the depot will pay for itself."]
    )


QUESTION_TITLE = """Is the Ferry Strike Winning Hearts?

Everyone at the terminal has an opinion about the strike. A Dockside Research poll this week found that 47% of
islanders back the crews and 39% back the company.

The short answer is no, not yet, and the union should not read more into this poll than it holds.

Support for the crews was 52% in the spring, before the sailings were cancelled. Commuters who have missed work
are the ones who moved, and the longer the strike runs, the more of them there will be.
"""


def test_the_sentence_that_answers_the_title_s_question_is_the_point() -> None:
    offsets = [QUESTION_TITLE.index("47%")]
    scored = {s.text: s for s in score_sentences(QUESTION_TITLE, figure_offsets=offsets)}
    answer = (
        "The short answer is no, not yet, and the union should not read more into this poll than it holds."
    )
    assert any(r.startswith("answers the title") for r in scored[answer].reasons)
    assert answer in summarize(QUESTION_TITLE, max_chars=300, figure_offsets=offsets)
    # Without a question in the title nothing is an answer.
    plain = QUESTION_TITLE.replace("Is the Ferry Strike Winning Hearts?", "The Ferry Strike")
    assert not any(
        r.startswith("answers the title")
        for s in score_sentences(plain, figure_offsets=[plain.index("47%")])
        for r in s.reasons
    )


def test_notes_and_link_lists_around_a_post_are_page_furniture() -> None:
    text = (
        "Editor's note: This post was updated to fix the date of the hearing.\n\n"
        "The Harbor Bridge Toll\n\n"
        "The toll board wants to double the bridge toll next spring. "
        "That would cost a daily commuter about $900 a year, and the board has not said what the money is for.\n\n"
        "Links:\n"
        "Toll board agenda (March 3)\n\n"
        "About the Harbor Toll Survey: The survey has asked drivers about tolls every year since 2010."
    )
    kinds = {u.text: u.kind for u in split_units(text)}
    assert kinds["Editor's note: This post was updated to fix the date of the hearing."] == "boilerplate"
    assert kinds["Links:"] == "boilerplate"
    assert kinds["The Harbor Bridge Toll"] == "heading"
    summary = summarize(text)
    assert "Editor's note" not in summary
    assert "Links:" not in summary
    assert "About the Harbor Toll Survey" not in summary
    assert "The toll board wants to double the bridge toll next spring." in summary


def test_the_answer_to_the_writer_s_own_question_is_a_claim() -> None:
    text = (
        "Two surveys of the library levy came out this week, and they disagree.\n\n"
        "The county's survey of 800 likely voters has the levy passing 55% to 38%. "
        "The opponents' own online survey has it failing.\n\n"
        "So which one should you believe? The county's, almost certainly. "
        "It asked more people, and nobody on the ballot paid for it.\n\n"
        "The vote is on May 6."
    )
    offsets = [text.index("55%")]
    scored = {s.text: s for s in score_sentences(text, figure_offsets=offsets)}
    reasons = scored["The county's, almost certainly."].reasons
    assert any(r.startswith("answers the post's question") for r in reasons)
    assert not any(r.startswith("short") for r in reasons)
    # A sentence that merely follows a question is not an answer.
    assert not any(
        r.startswith("answers")
        for r in scored["It asked more people, and nobody on the ballot paid for it."].reasons
    )
    summary = summarize(text, max_chars=300, figure_offsets=offsets)
    assert "So which one should you believe? The county's, almost certainly." in summary


def test_a_claim_the_writer_labels_before_a_colon_is_a_stance_not_reported_speech() -> None:
    text = (
        "I'll say it plainly: the water board should stop asking residents questions it will not act on.\n\n"
        "The board asked about rate tiers in 2023 and about lead pipes in 2025, and did nothing either time. "
        "Now it has asked about meter upgrades."
    )
    reasons = score_sentences(text)[0].reasons
    assert "stance +0.45" in reasons
    assert not any(r.startswith(("reported speech", "first-person aside")) for r in reasons)
    assert (
        "stance +0.45"
        in score_sentences("TL;DR: the park survey was an open web form and proves nothing.")[0].reasons
    )


def test_you_cannot_have_it_both_ways_is_a_judgement() -> None:
    for sentence in (
        "A city that wants tourists cannot keep closing the museums on weekends.",
        "The club can't raise prices every year and expect the stands to stay full.",
    ):
        assert "stance +0.45" in score_sentences(sentence)[0].reasons, sentence
    assert "stance +0.45" not in score_sentences("The museum keeps its doors open until six.")[0].reasons


def test_a_contracted_negation_in_the_first_person_is_an_opinion() -> None:
    for sentence in (
        "I don't think the council will act on this survey.",
        "What I don’t believe is that the board has read it.",
        "I didn't expect the levy to lose this badly.",
    ):
        assert "stance +0.45" in score_sentences(sentence)[0].reasons, sentence
    assert "stance +0.45" not in score_sentences("I didn't go to the hearing on Tuesday.")[0].reasons


def test_a_blog_page_s_archive_dates_and_comment_links_are_page_furniture() -> None:
    text = (
        "Archives\n- 2019-04\n- 2019-05\n2019-05-21\n"
        "The Library Levy Poll\n"
        "The county's poll has the library levy at 56 percent. The levy needs a simple majority to pass. "
        "The branches will stay open if it does.\n"
        "No comments:\nPost a Comment"
    )
    kinds = {u.text: u.kind for u in split_units(text)}
    for line in ("Archives", "- 2019-04", "2019-05-21", "No comments:", "Post a Comment"):
        assert kinds[line] == "boilerplate", line
    assert kinds["The Library Levy Poll"] == "heading"
    summary = summarize(text, figure_offsets=[text.index("56 percent")])
    assert "comment" not in summary.lower()
    assert "2019" not in summary


def test_a_relative_clause_with_say_is_the_writer_s_sentence() -> None:
    sentence = "The city keeps paying for press releases that say otherwise, and I am tired of it."
    reasons = score_sentences(sentence)[0].reasons
    assert not any(r.startswith("reported speech") for r in reasons)
    assert "stance +0.45" in reasons


def test_an_op_ed_s_closing_bio_and_a_newsletter_s_sign_off_are_page_furniture() -> None:
    text = (
        "The Ferry Fare Survey Misses the Point\n\n"
        "The harbour board's survey finds 61% of riders would pay more for later sailings. "
        "It never asked the riders who already gave up on the ferry.\n\n"
        "The board should ask them before it raises a single fare.\n\n"
        "Thanks for reading. Forward this to a friend who rides the ferry.\n\n"
        "Mara Quinn is a transport researcher at the Coastal Policy Institute."
    )
    kinds = {u.text: u.kind for u in split_units(text)}
    assert kinds["Mara Quinn is a transport researcher at the Coastal Policy Institute."] == "boilerplate"
    assert kinds["Thanks for reading."] == "boilerplate"
    assert kinds["Forward this to a friend who rides the ferry."] == "boilerplate"
    summary = summarize(text, figure_offsets=[text.index("61%")])
    assert "Mara Quinn" not in summary and "Forward this" not in summary
    # The same sentence inside the story is not a bio.
    inside = "Mara Quinn is a transport researcher at the Coastal Policy Institute. She has studied ferry fares since 2015."
    assert all(u.kind != "boilerplate" for u in split_units(inside))


def test_less_than_you_think_answers_the_writer_s_question() -> None:
    text = (
        "The wrong-track number is at 64 percent this month, a new poll says. "
        "So how much should you read into it? Less than the headlines suggest. "
        "It has been above 60 percent for most of the last decade."
    )
    scored = {s.text: s for s in score_sentences(text, figure_offsets=[text.index("64 percent")])}
    assert any(
        r.startswith("answers the post's question")
        for r in scored["Less than the headlines suggest."].reasons
    )


def test_no_one_or_probably_the_is_not_an_answer_to_the_title() -> None:
    for opening in (
        "No one at the terminal expected the strike to last.",
        "Probably the best poll of the strike is out.",
    ):
        text = f"Is the Ferry Strike Winning Hearts?\n\n{opening} A Dockside poll found 47% back the crews.\n"
        assert not any(r.startswith("answers the title") for s in score_sentences(text) for r in s.reasons), (
            opening
        )


def test_the_writer_s_verdict_on_a_figure_can_be_the_point() -> None:
    text = (
        "Notes on the harbour race\n\n"
        "On my way in this morning the ferry was late again, and the deckhand asked me who would win.\n\n"
        "The Tidewater survey found the mayor on 46 percent and her rival on 43 percent, with 8 percent "
        "undecided.\n\n"
        "My view is simple: a three-point edge with eight percent undecided is no edge at all."
    )
    offsets = [text.index(n) for n in ("46 percent", "43 percent", "8 percent", "eight percent")]
    summary = summarize(text, figure_offsets=offsets)
    assert "The Tidewater survey found the mayor on 46 percent" in summary
    assert "My view is simple: a three-point edge with eight percent undecided is no edge at all." in summary
    # A figure sentence with no verdict of the writer's in it is still not the point.
    plain = text.replace("My view is simple: a", "A")
    plain = plain.replace("is no edge at all", "leaves the race open")
    assert "leaves the race open" not in summarize(plain, figure_offsets=offsets)


@pytest.mark.parametrize(
    "claim",
    [
        "I trust the county's number.",
        "I only believe the second poll.",
        "I will go out on a limb: the levy fails in May.",
        "Mark my words, the levy fails in May.",
    ],
)
def test_trust_an_adverb_before_the_verb_and_a_prediction_are_first_person_opinions(claim: str) -> None:
    text = f"The county ran a survey of its own this spring.\n\n{claim}\n\nThe vote is on May 6."
    scored = {s.text: s.reasons for s in score_sentences(text)}
    reasons = scored[claim]
    assert any(r.startswith("stance") for r in reasons)
    assert not any(r.startswith("first-person aside") for r in reasons)


def test_a_paragraph_introduced_by_its_source_is_a_block_quote() -> None:
    text = (
        "The Levy Again\n\n"
        "Over at the Ledger, Tom Reese writes:\n\n"
        "The levy is the best deal the district has offered in years. Voters should grab it.\n\n"
        "I am not so sure. The district's own survey found 41% support.\n\n"
        "> A quoted line.\n\n"
        "Here is what I wrote last year:\n\n"
        "The levy will pass."
    )
    units = split_units(text)
    quoted = {u.text for u in units if u.blockquote}
    assert quoted == {
        "The levy is the best deal the district has offered in years.",
        "Voters should grab it.",
        "> A quoted line.",
    }
    scored = {s.text: s.reasons for s in score_sentences(text)}
    assert any(r.startswith("quotation") for r in scored["Voters should grab it."])


def test_meanwhile_turns_to_a_contrast_and_does_not_point_back() -> None:
    text = (
        "The minister says the valleys want a new road above all.\n\n"
        "Meanwhile every survey the valley councils ran put buses first and roads last.\n\n"
        "It also found that trains came second."
    )
    scored = {s.text: s.reasons for s in score_sentences(text)}
    assert not any(r.startswith("points back") for r in scored[text.split("\n\n")[1]])
    assert any(r.startswith("points back") for r in scored["It also found that trains came second."])


@pytest.mark.parametrize(
    ("sentence", "points_back"),
    [
        ("That is not a mandate.", False),
        ("That is a divided town, not a united one.", False),
        ("It was not.", False),
        ("That is what the survey found last year.", True),
        ("It is also worth reading the question.", True),
    ],
)
def test_a_verdict_that_denies_what_came_before_does_not_point_back(sentence: str, points_back: bool) -> None:
    text = f"The town ran a survey on the pool.\n\nMost said yes.\n\n{sentence}\n\nThe vote is in May."
    reasons = {s.text: s.reasons for s in score_sentences(text)}[sentence]
    assert any(r.startswith("points back") for r in reasons) == points_back


@pytest.mark.parametrize(
    "sentence",
    [
        "Don't write a story about 60 people.",
        "Stop piloting and pass the rule.",
        "Let's stop pretending otherwise.",
    ],
)
def test_telling_the_reader_what_to_do_is_a_stance(sentence: str) -> None:
    text = f"The district ran a survey on phones in class.\n\nMost parents said yes.\n\n{sentence}\n\nThe vote is in May."
    reasons = {s.text: s.reasons for s in score_sentences(text)}[sentence]
    assert any(r.startswith("stance") for r in reasons)


@pytest.mark.parametrize(
    "announcement", ["Here is why that number should not settle it.", "Here is what I actually know."]
)
def test_here_is_why_announces_what_follows(announcement: str) -> None:
    text = (
        f"The county released its bus survey this week.\n\n{announcement}\n\n"
        "The survey only asked people who already ride the bus.\n\nThe vote is in May."
    )
    scored = {s.text: s.reasons for s in score_sentences(text)}
    assert any(r.startswith("announces what follows") for r in scored[announcement])
    assert any(
        r.startswith("announced") for r in scored["The survey only asked people who already ride the bus."]
    )


@pytest.mark.parametrize(
    ("verdict", "is_verdict"),
    [
        ("It does not show that.", True),
        ("That is the real story.", True),
        ("This matters.", True),
        ("It should not.", True),
        ("It was a Tuesday.", False),
        ("That is what the survey found last year.", False),
    ],
)
def test_a_short_verdict_is_shown_with_the_sentence_it_judges(verdict: str, is_verdict: bool) -> None:
    claim = "The council says the survey proves the town wants the new car park."
    text = (
        "The ferry fare rises in June, and the harbour board meets on Friday to set the timetable.\n\n"
        f"{claim} {verdict}\n\n"
        "Only 41 percent of the 900 residents asked said they wanted more parking."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}[verdict]
    assert any(r.startswith("verdict on the sentence before") for r in reasons) == is_verdict
    # Wherever it is shown, a verdict comes with the sentence it judges.
    for max_chars in (400, 250, 200):
        summary = summarize(text, max_chars=max_chars)
        assert verdict not in summary or f"{claim} {verdict}" in summary or not is_verdict
    if verdict == "It does not show that.":
        assert f"{claim} {verdict}" in summarize(text, max_chars=400)


def test_an_html_block_quote_is_never_taken_for_the_writer_s_words() -> None:
    from bot.reading.extract import default_extractor
    from bot.reading.html_text import html_to_text
    from bot.reading.read import Reader

    quoted = "The council should scrap the depot plan now."
    html = (
        "<h1>The depot plan deserves a hearing</h1>"
        "<p>The Ledger's editorial board has come out against the new bus depot on Mill Lane. Its argument:</p>"
        f"<blockquote><p>{quoted} It is too big, too noisy and in the wrong place.</p>"
        "<p>No amount of consultation will make it fit the neighbourhood.</p></blockquote>"
        "<p>A survey of 700 residents by the council found 52 percent in favour of the depot and 35 percent "
        "against.</p><p>The plan has problems, but the neighbours are not against it, and the council owes it a "
        "proper hearing.</p>"
    )
    reader = Reader(default_extractor())
    read = reader.read(html)
    assert quoted not in read.summary
    assert "the council owes it a proper hearing" in read.summary
    assert "52 percent in favour" in read.summary
    # Without the mark (the same text, read as plain text) the editorial's verdict passes for the writer's.
    assert quoted in reader.read_text(html_to_text(html)).summary
    scored = {s.text: s.reasons for s in score_sentences(read.text, quotes=(quoted,))}
    assert any(r.startswith("quotation") for r in scored[quoted])


def test_a_correction_note_on_top_is_furniture_to_the_end_of_its_paragraph() -> None:
    text = (
        "Clarification, 3 June: an earlier version gave the sample as 900. It was 1,900. The rest stands.\n\n"
        "The ferry timetable is the wrong fight\n\n"
        "The harbour board wants to cut the late ferry. A survey of 1,900 riders found 61 percent use it weekly. "
        "The board should keep the late ferry and find the money elsewhere."
    )
    kinds = {u.text: u.kind for u in split_units(text)}
    assert kinds["It was 1,900."] == kinds["The rest stands."] == "boilerplate"
    assert kinds["The ferry timetable is the wrong fight"] == "heading"
    summary = summarize(text)
    assert "Clarification" not in summary and "The rest stands." not in summary
    # Only the paragraph the note opens: a later "Correction:" inside the text does not spread.
    assert (
        split_units("Correction: the vote was Tuesday.\n\nThe body starts here and runs on.")[-1].kind
        == "sentence"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In the same survey, 58 percent of nurses under 30 said they planned to leave within five years.",
        "Fewer than half of the commuters who use the line say the trains run on time.",
        "Most of the parents asked said the new timetable works for them.",
        "I was wrong about the levy, and I'd rather say so now than after the vote.",
    ],
)
def test_a_share_of_respondents_or_the_writer_is_not_someone_else_s_reported_claim(sentence: str) -> None:
    reasons = score_sentences(sentence)[0].reasons
    assert not any(r.startswith("reported speech") for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is late again.\nThat, as they say, is not a good look.",
        "The depot vote is close. But to me it says the council has lost the east side.",
    ],
)
def test_a_saying_or_the_writer_reading_the_numbers_is_not_reported_speech(text: str) -> None:
    reasons = score_sentences(text)[-1].reasons
    assert not any(r.startswith("reported speech") for r in reasons), reasons
    assert any(r.startswith("stance") for r in reasons), reasons


def test_someone_who_reckons_or_contends_is_reported_speech() -> None:
    for sentence in (
        "Councillor Oyelaran reckons the depot will be full within a year.",
        "The chamber contends that the levy drives shoppers out of town.",
    ):
        assert any(r.startswith("reported speech") for r in score_sentences(sentence)[0].reasons), sentence


@pytest.mark.parametrize(
    "text",
    [
        "Only 31% back the marina. That is a worrying sign for the council.",
        "The levy passed by 40 votes. That's troubling, and not only for the ferry.",
        "Turnout fell again. This is a welcome change from last year, oddly.",
        # the evaluative word as the subject, or a repeated qualifier
        "Support fell to 22%. These dismal figures arrive after a strong quarter for wages.",
        "The mayor is on 41%. That's very, very grim for a first-term mayor.",
        "The council lost the vote. This is a painful week for the ruling group.",
    ],
)
def test_an_evaluative_verdict_on_the_sentence_before_is_a_stance(text: str) -> None:
    reasons = score_sentences(text)[-1].reasons
    assert any(r.startswith("stance") for r in reasons), reasons
    assert not any(r.startswith("points back") for r in reasons), reasons


def test_a_demonstrative_with_a_word_of_size_is_no_verdict() -> None:
    reasons = score_sentences("The county set its budget. This big budget passed on Tuesday.")[-1].reasons
    assert not any(r.startswith("stance") for r in reasons), reasons


def test_a_pollster_s_we_is_its_byline_not_an_opinion_post_s_voice() -> None:
    release = (
        "Our latest Fenwick Compass survey set out to measure how residents rate the harbour board. "
        "We polled 700 households on whether the board is doing a good job, and 34% said yes. "
        "We also asked about the ferry timetable. Most respondents wanted later sailings."
    )
    column = (
        "We have watched the harbour board for a year and we are not impressed. "
        "We think the board is doing a poor job, and 34% of residents agree. "
        "We would scrap the ferry timetable. Most respondents wanted later sailings."
    )
    assert _lead_bonus(release) > 2 * _lead_bonus(column)


def _lead_bonus(text: str) -> float:
    reason = next(r for r in score_sentences(text)[0].reasons if r.startswith("lead "))
    return float(reason.split()[1])


@pytest.mark.parametrize(
    "sentence",
    [
        "Among likely voters, the Valley Party leads by six points on which party should run the port.",
        "The poll also asked whether the county should sell the ferry, and 58 percent said no.",
        "The mayor must be hoping the spring numbers look better than these.",
        "The harbour board must have known the survey was coming.",
    ],
)
def test_should_or_must_in_an_asked_item_or_a_guess_is_no_one_s_verdict(sentence: str) -> None:
    reasons = score_sentences(sentence)[0].reasons
    assert not any(r.startswith("stance") for r in reasons), reasons


def test_should_or_must_as_the_writer_s_verdict_is_still_a_stance() -> None:
    for sentence in (
        "The county should sell the ferry before the winter.",
        "The board must be honest about what the survey says.",
    ):
        assert any(r.startswith("stance") for r in score_sentences(sentence)[0].reasons), sentence


def test_the_writer_s_reaction_in_the_passive_is_a_stance_not_an_aside() -> None:
    reasons = score_sentences("The levy passed. Reading the returns, I was stunned by the east side's vote.")[
        -1
    ].reasons
    assert any(r.startswith("stance") for r in reasons), reasons
    assert not any(r.startswith("first-person aside") for r in reasons), reasons


def test_someone_named_who_says_it_is_still_reported_speech() -> None:
    reasons = score_sentences("The harbour master also said the ferry would pay for itself within a decade.")[
        0
    ]
    assert any(r.startswith("reported speech") for r in reasons.reasons)


def test_a_closing_paragraph_that_opens_with_a_sign_off_is_furniture_and_not_the_conclusion() -> None:
    text = (
        "The depot vote is closer than it looks\n\n"
        "The council's survey found 52 percent of residents for the depot and 41 percent against.\n\n"
        "Eleven points sounds safe. It is not, when a third of the town did not reply.\n\n"
        "The council should wait for the autumn survey before it signs anything.\n\n"
        "Thanks for reading, as ever. Replies to the usual address."
    )
    kinds = {u.text: u.kind for u in split_units(text)}
    assert kinds["Replies to the usual address."] == "boilerplate"
    scored = {s.text: s for s in score_sentences(text)}
    assert any(
        r.startswith("conclusion")
        for r in scored["The council should wait for the autumn survey before it signs anything."].reasons
    )
    assert "usual address" not in summarize(text)
    # A post written without blank lines is one paragraph: a sign-off line does not swallow it.
    flat = "Thanks for reading the first part.\nThe depot vote is closer than it looks, and the council knows it."
    assert split_units(flat)[-1].kind == "sentence"


def test_a_line_set_in_bold_is_a_sentence_the_writer_stresses() -> None:
    text = (
        "The library bond, again\n\n"
        "I was sure the bond would fail, and said so in this column in the spring.\n\n"
        "Then the district's survey of 800 residents, drawn at random, found 57 percent would vote yes.\n\n"
        "**The people I talk to are not the town, and the town wants its library.**\n\n"
        "I got this one wrong."
    )
    bold = next(u for u in split_units(text) if u.text.startswith("**"))
    assert bold.kind == "sentence" and not bold.bulleted
    scored = {s.text: s for s in score_sentences(text)}
    assert "set in bold +0.45" in scored[bold.text].reasons
    assert bold.text in summarize(text, figure_offsets=[text.index("57 percent")])
    # A bullet is still a bullet.
    assert split_units("Notes:\n\n* The vote is on Tuesday\n* The count is on Wednesday")[-1].bulleted


@pytest.mark.parametrize(
    "conclusion",
    [
        "Taken together, the three caveats shrink the lead without reversing it.",
        "All told, the mayor is in a weaker spot than her campaign admits.",
        "The simpler point is that nobody has asked the tenants.",
    ],
)
def test_a_summing_up_or_a_named_point_is_a_judgement(conclusion: str) -> None:
    reasons = score_sentences(conclusion)[0].reasons
    assert "stance +0.45" in reasons, reasons


def test_a_qualified_yes_or_no_answers_the_writer_s_question() -> None:
    text = (
        "Is the night bus worth saving?\n\n"
        "The transport board's survey says 70 percent of riders want it kept. "
        "Asked whether they would pay a higher fare to keep it, 31 percent said yes.\n\n"
        "So is it worth saving? As a free service, yes. As a paid one, the riders themselves are not sure."
    )
    scored = {s.text: s for s in score_sentences(text)}
    assert "answers the post's question +0.60" in scored["As a free service, yes."].reasons


@pytest.mark.parametrize(
    "verdict",
    [
        "That is the wrong way round.",
        "This is backwards.",
        "It is a misreading of the survey, and a lazy one.",
    ],
)
def test_a_verdict_in_judging_words_does_not_point_back(verdict: str) -> None:
    text = f"The board put the money into the app and not into drivers. {verdict}"
    scored = score_sentences(text)
    assert not any(r.startswith("points back") for r in scored[-1].reasons), scored[-1].reasons


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The council would be smarter to ask the riders first.", True),
        ("They'd do better to read both polls together.", True),
        ("Let's start with the good news for the mayor.", False),
        ("Let us look at what the survey asked.", False),
        ("Let's stop pretending the plan is popular.", True),
    ],
)
def test_would_be_smarter_to_is_a_judgement_and_let_s_start_is_not(sentence: str, stance: bool) -> None:
    reasons = score_sentences(sentence)[0].reasons
    assert ("stance +0.45" in reasons) is stance, reasons


def test_a_pronoun_opening_does_not_point_back_when_the_sentence_takes_a_stance() -> None:
    text = "Two polls came out this week. It is still going to pass. They should read the second one."
    scored = score_sentences(text)
    for s in scored[1:]:
        assert not any(r.startswith("points back") for r in s.reasons), s.reasons


def test_a_poll_told_only_in_a_table_has_a_row_for_its_headline_figure() -> None:
    text = (
        "Independents gain in Riverside, poll shows\n\n"
        "The independent slate has drawn level with the ruling party in Riverside, a Harbour Polling survey shows.\n\n"
        "Council vote intention\n"
        "Independents 41\n"
        "Civic Party 40\n"
        "Others 19\n\n"
        "The poll of 900 residents was taken last week."
    )
    summary = summarize(text, figure_offsets=[text.index("41"), text.index("40"), text.index("19")])
    # The row comes with the line that heads its table, each on a line of its own.
    assert "\nCouncil vote intention\nIndependents 41" in summary
    assert "Civic Party 40" not in summary


def test_the_row_the_writer_names_is_the_table_s_headline() -> None:
    text = (
        "The island ferry survey\n\n"
        "The council has published its timetable survey.\n\n"
        "Option | Support | Oppose\n"
        "|---|---|---|\n"
        "Keep the timetable | 30% | 55%\n"
        "Later last sailing | 62% | 25%\n\n"
        "A later last sailing is plainly what the islanders want, and the council should say so."
    )
    offsets = [text.index(n) for n in ("30%", "55%", "62%", "25%")]
    summary = summarize(text, figure_offsets=offsets)
    assert "Option | Support | Oppose\nLater last sailing | 62% | 25%" in summary
    assert "Keep the timetable" not in summary and "---" not in summary


def test_the_wrong_direction_is_a_poll_answer_and_not_the_writer_s_verdict() -> None:
    reasons = score_sentences(
        "Most Kenyans say the country is heading in the wrong direction, a new survey finds."
    )
    assert "stance +0.45" not in reasons[0].reasons
    assert "stance +0.45" in score_sentences("The council got this badly wrong.")[0].reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "The question the survey does not ask is whether riders would pay more for it.",
        "The point nobody on the council wants to make is that the depot is in the wrong place.",
    ],
)
def test_a_named_point_with_a_clause_before_is_is_a_judgement(sentence: str) -> None:
    assert "stance +0.45" in score_sentences(sentence)[0].reasons


def test_a_sentence_shown_without_the_one_it_answers_loses_its_opening_connective() -> None:
    from bot.reading.summary import _BACK_CONNECTIVE

    text = (
        "The ferry levy, one more time\n\n"
        "I have never run a ferry, and I will not pretend the sums are easy. Still, I would bet the levy "
        "passes before the summer timetable is printed, whatever the council says in public.\n\n"
        "The harbour board's survey of 600 islanders found 61 percent in favour of the levy and 30 percent "
        "against it."
    )
    out = summarize(text, figure_offsets=[text.index("61 percent")])
    assert "I would bet the levy passes" in out, out
    assert "Still, I would bet" not in out, out
    assert _BACK_CONNECTIVE.match("But the numbers say otherwise.")
    assert not _BACK_CONNECTIVE.match("Butter prices rose.")
    assert not _BACK_CONNECTIVE.match("Yet another survey found the same.")


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # the respondents' answer, reported: not the writer's verdict
        ("Seventy percent of riders say the ferry board is out of touch with commuters.", False),
        ("A clear majority of the riders polled say the board should resign.", False),
        # the writer's judgement on the respondents comes before their verb, or there is no share answering
        ("Clearly 60 percent say the board is out of touch.", True),
        ("The board is out of touch, and the riders know it.", True),
    ],
)
def test_a_judgement_in_the_respondents_answer_is_not_the_writer_s_stance(
    sentence: str, stance: bool
) -> None:
    reasons = score_sentences(sentence)[0].reasons
    assert ("stance +0.45" in reasons) is stance, reasons


def test_a_lesser_sentence_that_is_only_the_headline_figure_does_not_take_the_point_s_place() -> None:
    point = (
        "Too many members of the county board decide how to vote by asking their biggest donors and the lobbyists "
        "who fill the gallery at every meeting, instead of asking the people who elected them, and they should stop."
    )
    figure = (
        "A Pinewood College poll of 800 county voters found that 64 percent want the county board to restore the "
        "Sunday bus service this year, even if the fare has to rise to pay for it, and only 22 percent are opposed."
    )
    text = f"Notes from the county board\n\n{point}\n\n{figure}"
    scored = {s.text: s.score for s in score_sentences(text, figure_offsets=[text.index("64")])}
    assert scored[figure] < scored[point]  # close behind it, but behind
    offsets = [text.index("64"), text.index("22 percent")]
    # 340 characters, 408 for the pair: the two (420) do not fit together, and the point comes first
    assert summarize(text, max_chars=340, figure_offsets=offsets) == point
    # 400, 480 for the pair: both, a little over the length rather than without the figure
    assert summarize(text, figure_offsets=offsets) == f"{point} {figure}"


def test_a_figure_sentence_of_nearly_the_best_score_stands_alone_when_the_best_only_explains() -> None:
    explains = (
        "The Lakeview Tracker publishes a plain approval rating every morning, and beside it a separate reading of "
        "how many people feel strongly for or strongly against the person in office, taken from a rolling sample "
        "drawn across the whole city by telephone and online panels."
    )
    figure = "Today's Lakeview Tracker shows that only 21% of the city's likely voters strongly approve of the way Mayor Ivo Brandt is doing his job, a record low for him."
    closing = (
        "His aides watch strong approval more closely than any other number, and a record low in it is the news "
        "of the week for the mayor."
    )
    text = (
        f"{explains}\n\n{figure}\n\n"
        "Forty percent strongly disapprove, which gives him an index of -19. His overall approval is 43%.\n\n"
        f"His index has now stayed below -15 on seven mornings running. {closing}"
    )
    scored = {s.text: s.score for s in score_sentences(text, figure_offsets=[text.index("21%")])}
    assert scored[figure] < scored[explains]
    assert len(explains) + len(figure) > 400
    summary = summarize(text, figure_offsets=[text.index("21%"), text.index("43%")])
    assert summary.startswith(
        figure
    )  # the lead that only explains the tracker gives way to the figure's sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I am not happy about how the vote went tonight.",
        "I am of the opinion that the voters deserve the final say on this rise.",
        "I have to agree with the critics that the question was too narrow.",
    ],
)
def test_first_person_opinions_take_a_stance(sentence: str) -> None:
    text = f"The council met on Tuesday and raised the rate again for the year. {sentence}"
    reasons = {s.text: [r.rsplit(" ", 1)[0] for r in s.reasons] for s in score_sentences(text)}
    assert "stance" in reasons[sentence]
    assert "reported speech" not in reasons[sentence]
    assert "first-person aside" not in reasons[sentence]


def test_a_judgement_after_they_think_is_theirs_not_the_writers() -> None:
    text = (
        "The survey split the county's voters by town. "
        "Every town agrees on one thing: they think the wetland route is wrong for the county."
    )
    reasons = {s.text: [r.rsplit(" ", 1)[0] for r in s.reasons] for s in score_sentences(text)}
    assert (
        "stance"
        not in reasons[
            "Every town agrees on one thing: they think the wetland route is wrong for the county."
        ]
    )


def test_a_percentage_change_is_not_a_run_of_figures_to_react_to() -> None:
    text = (
        "I moved a 5% increase to hire more police officers for the city this year. "
        "In the end the rest of the council voted it down by a wide margin on Tuesday. "
        "I still think the city will need those officers before long."
    )
    reasons = {s.text: [r.rsplit(" ", 1)[0] for r in s.reasons] for s in score_sentences(text)}
    assert all("reacts to the figures" not in r for r in reasons.values())


def test_a_count_in_a_post_without_a_poll_has_no_reaction_after_it() -> None:
    # Vote counts and a share in words in a report with no poll: the sentence after them is more of the report.
    # Given the same text with a poll figure, that sentence is the writer's reaction, as before.
    text = (
        "The river board approved the new weir on Monday after a long fight over its cost.\n\n"
        "More than half of the board's members from the upper valley voted against it.\n\n"
        "The chair said the work would begin in the spring and take two years to finish."
    )
    reaction = "The chair said the work would begin in the spring and take two years to finish."

    def reasons(offsets: list[int]) -> list[str]:
        scored = score_sentences(text, figure_offsets=offsets)
        return [r.rsplit(" ", 1)[0] for s in scored if s.text == reaction for r in s.reasons]

    assert "reacts to the figures" not in reasons([])
    assert "reacts to the figures" in reasons([text.index("More than half")])


def test_a_lead_in_that_ends_the_post_is_never_shown() -> None:
    text = (
        "The marina plan is losing support, and I think the council should put it to a vote. "
        "Here is how the numbers moved since the autumn:"
    )
    assert "Here is how" not in summarize(text)


def test_a_judgement_in_what_the_poll_found_is_the_polls_not_the_writers() -> None:
    sentence = "The survey also found that most residents thought the board was out of touch."
    text = f"The county's board met on Monday to set next year's budget for the parks. {sentence}"
    reasons = {s.text: [r.rsplit(" ", 1)[0] for r in s.reasons] for s in score_sentences(text)}
    assert "stance" not in reasons[sentence]


def test_a_first_person_sentence_that_judges_is_no_aside() -> None:
    judging = "The chair keeps quoting that score, but it is a poor guide to the county, it seems to me."
    aside = "I spent the weekend at my sister's farm and read none of the papers."
    text = f"The county tracker moved again this week. {judging} {aside}"
    reasons = {s.text: [r.rsplit(" ", 1)[0] for r in s.reasons] for s in score_sentences(text)}
    assert "stance" in reasons[judging] and "first-person aside" not in reasons[judging]
    assert "first-person aside" in reasons[aside]


@pytest.mark.parametrize(
    "sentence",
    ["I am proud of the four members who voted no.", "Given a seat, I would have voted no myself."],
)
def test_pride_and_the_writer_s_own_vote_are_opinions(sentence: str) -> None:
    text = f"The council passed the levy on Monday night by nine votes to four. {sentence}"
    reasons = {s.text: [r.rsplit(" ", 1)[0] for r in s.reasons] for s in score_sentences(text)}
    assert "stance" in reasons[sentence]


def test_a_sentence_that_loses_its_but_before_a_number_keeps_its_words_as_they_are() -> None:
    text = (
        "I have argued for a year that the harbour plan would sink the mayor, and I still think so. "
        "The weather was fine for the regatta, and the boats were out until dark on both days of the week. "
        "But 58% say they oppose the plan and 31% say they support it, in the new Harbour Poll."
    )
    summary = summarize(text, figure_offsets=[text.index("58%")], max_chars=200)
    assert "58% say they oppose" in summary and "Say" not in summary


def _reasons(text: str, opening: str) -> str:
    unit = next(s for s in score_sentences(text) if s.text.startswith(opening))
    return "; ".join(unit.reasons)


def test_the_writer_s_disbelief_is_a_stance() -> None:
    text = "The bridge has been shut since May. I cannot fathom the people who want it shut for good."
    assert "stance" in _reasons(text, "I cannot fathom")


def test_a_question_s_judgement_words_are_not_the_writer_s_claim() -> None:
    text = "The council has two plans. Where should the new line end? The town plan is cheaper."
    assert "stance" not in _reasons(text, "Where should")


def test_advice_in_hindsight_is_a_judgement() -> None:
    text = "The council backed down on the levy. They would have been far better off to hold firm."
    reasons = _reasons(text, "They would have been")
    assert "stance" in reasons and "points back" not in reasons


def test_a_relative_clause_with_say_is_not_reported_speech() -> None:
    text = "The vote went badly. Its leaders are seen as unwilling to stand up for everything they say they back."
    assert "reported speech" not in _reasons(text, "Its leaders")
    text = "The vote went badly. The leaders, they say, are unwilling to fight for anything."
    assert "reported speech" in _reasons(text, "The leaders")


def test_more_first_person_verbs_of_opinion_are_stances() -> None:
    text = "The party met in May. I fully endorse this as their platform for next year."
    assert "stance" in _reasons(text, "I fully endorse")


def test_too_often_and_good_news_for_are_judgements() -> None:
    text = "The poll moved two points. Far too often readers pin such a move on their own pet issue."
    assert "stance" in _reasons(text, "Far too often")
    text = "The mayor fell to 34%. This kind of number is not good news for the council's allies."
    assert "stance" in _reasons(text, "This kind of number")


def test_a_view_set_up_to_be_answered_is_not_the_writer_s() -> None:
    text = "Approval fell to 36%. One might think this helps the opposition. Voters want roads fixed."
    reasons = _reasons(text, "One might think")
    assert "reported speech" in reasons
    text = (
        "Approval fell to 36%. You'd think that helps the opposition, but you'd be wrong. Voters want roads."
    )
    assert "reported speech" not in _reasons(text, "You'd think")


def test_filler_that_needs_its_question_is_left_out() -> None:
    text = (
        "The Harbour Poll found 58% of residents back the new ferry pier.\n\n"
        "The council should build it before the summer.\n\n"
        "Our next poll asks about the tram: which line should be built first? Both are in the plan."
    )
    summary = summarize(text, figure_offsets=[text.index("58%")])
    assert "58% of residents" in summary and "should build it" in summary
    assert "which line" not in summary and "Both are in the plan" not in summary


def test_the_fact_is_a_judgement() -> None:
    text = "The poll has 150 questions. The surprising reality is that the parties agree on most of them."
    assert "stance" in _reasons(text, "The surprising reality")


def test_a_post_opening_with_a_question_leads_with_the_next_sentence() -> None:
    # The opening question takes no lead's bonus: the sentence after it is the lead.
    text = (
        "Is the harbour board winning the town over?\n"
        "A survey for the Gazette finds broad support for most of the board's plans, though not for its fares.\n"
        "Some 64% back a second ferry berth. The board votes on the fares in March."
    )
    scored = score_sentences(text, figure_offsets=[text.index("64%")])
    question, lead = scored[0], scored[1]
    assert not any(r.startswith("lead ") for r in question.reasons)
    assert any(r.startswith("lead ") for r in lead.reasons)


def test_a_post_opening_with_a_title_cased_colon_headline_leads_with_the_next_sentence() -> None:
    # A pollster's headline line ending in ":" (title-cased, a paragraph of its own) is not the lead; a colon
    # lead-in written as prose still is.
    text = (
        "Results of Harbor Poll #17\n\n"
        "Harbor Levy Leads By 9 Points; Renters Back It, Homeowners Split:\n\n"
        "A new Brightwater survey finds the harbor levy on course to pass, though its lead rests on renters.\n\n"
        "The levy leads 51% to 42%."
    )
    scored = score_sentences(text, figure_offsets=[text.index("51%")])
    assert not any(r.startswith("lead ") for r in scored[1].reasons)
    assert any(r.startswith("lead ") for r in scored[2].reasons)
    prose = (
        "Results of Harbor Poll #17\n\n"
        "Here is what the county's new survey of renters found about the harbor levy this week:\n\n"
        "The levy leads 51% to 42%, with renters far keener than homeowners."
    )
    assert any(r.startswith("lead ") for r in score_sentences(prose)[1].reasons)


def test_most_people_agreeing_is_the_respondents_view() -> None:
    # "Most people agree that ... should ..." reports the poll's respondents, not the writer's judgement.
    text = (
        "A council survey of 900 residents came out on Monday.\n\n"
        "Most residents agree that the library should stay open on Sundays.\n\n"
        "The council meets again in May."
    )
    scored = {s.text: s for s in score_sentences(text)}
    assert not any(
        r.startswith("stance")
        for r in scored["Most residents agree that the library should stay open on Sundays."].reasons
    )


def test_the_writer_s_own_cues_are_stances() -> None:
    """'The point I'd like to make is', a call to act, and an editorial board's 'we urge' take a stance."""
    text = (
        "The point I'd like to make is that the depot plan is too small. "
        "It's time to rethink the budget. "
        "We urge the board to wait. "
        "We did not say what it costs."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}
    assert any(
        r.startswith("stance")
        for r in reasons["The point I'd like to make is that the depot plan is too small."]
    )
    assert any(r.startswith("stance") for r in reasons["It's time to rethink the budget."])
    assert any(r.startswith("stance") for r in reasons["We urge the board to wait."])
    assert not any(r.startswith("stance") for r in reasons["We did not say what it costs."])


def test_the_writer_s_named_belief_or_expectation_is_a_stance() -> None:
    """ "It is my theory that ...", "my long-held belief that ..." and "I expected ..." are the writer's view, not a
    sentence that points back or a personal aside; "my theory" without a claim after it is not one."""
    text = (
        "It is my theory that the mayor gains whenever the council is in the news. "
        "I keep to my long-held belief that the levy passes. "
        "I expected a small swing and that is what we got. "
        "My theory class starts at nine."
    )
    reasons = {s.text: s.reasons for s in score_sentences(text)}
    for sentence in list(reasons)[:3]:
        assert any(r.startswith("stance") for r in reasons[sentence]), sentence
        assert not any(r.startswith(("points back", "first-person aside")) for r in reasons[sentence]), (
            sentence
        )
    assert not any(r.startswith("stance") for r in reasons["My theory class starts at nine."])


def test_the_title_stands_above_the_point_and_figure_when_it_fits() -> None:
    """A title of four or more words comes first, on a line of its own, before any filler; a question, a short label,
    a column's dated label and a title the chosen sentences already say do not."""
    body = (
        "The county has spent $12 million studying a bridge to Pell Island. "
        "A Norrland Research survey found 58% of residents against paying for it with a sales tax. "
        "The county should stop the study."
    )
    assert summarize("The Pell Island bridge is a folly\n\n" + body).startswith(
        "The Pell Island bridge is a folly\nThe"
    )
    for title in ("Is the Pell Island bridge a folly?", "Bridge notes for the week of May 4", "Bridge poll"):
        assert title not in summarize(title + "\n\n" + body), title
    assert summarize(body, title="The Pell Island bridge is a folly").startswith(
        "The Pell Island bridge is a folly\n"
    )


def test_a_row_may_carry_its_last_reading_in_brackets() -> None:
    units = split_units("Do you favor the levy?\nFavor 64 (58)\nOppose 27 (-3)\nThat settles it.")
    assert [u.kind for u in units if u.text.startswith(("Favor", "Oppose"))] == ["row", "row"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I worry that the depot plan is mostly a matter of how it is sold.",
        "The problem wasn't the buses, the problem was that nobody explained the new routes.",
        "It is hard to see how the council recovers before the vote.",
        "And it may soon be time to drop the levy and start again.",
    ],
)
def test_the_writer_s_worry_diagnosis_doubt_and_hedged_call_are_stances(sentence: str) -> None:
    """'I worry that ...', a diagnosis told in the past ('the problem was that ...'), an impersonal doubt ('It is hard
    to see how ...') and a hedged call to act ('it may soon be time to ...') take a stance; a problem that was fixed
    does not."""
    fixed = "The problem was fixed by a technician on Tuesday."
    scored = score_sentences(f"{sentence} {fixed}")
    assert [any(r.startswith("stance") for r in s.reasons) for s in scored] == [True, False]


_CODA_POST = (
    "The Greens sit on 22% in the new Fenmoor poll, eleven points behind.\n\n"
    "You would not know it from their leader, who says the campaign has barely started.\n\n"
    "Only a third of their own voters say she would make the best premier.\n\n"
    "It is hard to see how the Greens recover before polling day.\n\n"
    "The last time the party fell this far behind, it spent nine years out of office.\n"
)


def test_an_opinion_post_s_judgement_before_a_closing_coda_gets_the_conclusion_s_weight() -> None:
    """A last paragraph of one sentence that takes no stance is a coda: the stance just before it is the writer's
    closing judgement. A report (no voice of its own) or a post ending on a lead-in to a list has no coda."""
    reasons = {s.text: s.reasons for s in score_sentences(_CODA_POST)}
    assert (
        "closing judgement +0.30" in reasons["It is hard to see how the Greens recover before polling day."]
    )
    report = _CODA_POST.replace(
        "You would not know it from their leader, who says the campaign has barely started.",
        "Their leader says the campaign has barely started. The party launches its manifesto on Monday. "
        "Its deputy leader tours the north next week.",
    )
    assert not any("closing judgement" in r for s in score_sentences(report) for r in s.reasons)
    with_list = _CODA_POST.replace(
        "The last time the party fell this far behind, it spent nine years out of office.",
        "By region the poll finds:\n\n- North: 25%\n- South: 19%",
    )
    assert not any("closing judgement" in r for s in score_sentences(with_list) for r in s.reasons)


def test_when_neither_the_point_nor_the_figure_fits_the_best_whole_candidate_comes_with_the_figure() -> None:
    """A quotation left open to the end holds the headline figure: the figure's block does not fit, nor the best point
    candidate's. The summary is the best candidate that fits whole and the figure's sentence on its own, not a cut
    sentence."""
    quoted = " ".join(["Residents on the east shore were far more worried than those on the west."] * 6)
    text = (
        "That's why I stopped reading the surveys.\n\n"
        "A reader sent me a piece from the Lakeshore Civic Trust, and I'm quoting a long stretch of it here.\n\n"
        f'"{quoted}\n\n'
        "The survey shows that 38 percent think the council decides where the wall goes.\n\n"
        "Fewer than one in ten could name the board's chair.\"\n"
    )
    figure = Figure(
        value=38.0,
        start=text.index("38 percent"),
        end=text.index("38 percent") + 2,
        group="g1",
        question="Who decides where the wall goes?",
        answer="the council",
        population="residents",
    )
    # The title echoes the quotation, so its sentences rank first: their block, the whole quotation, does not fit.
    summary = summarize(text, figures=[figure], title="East shore residents far more worried about the wall")
    assert "That's why I stopped reading the surveys." in summary
    assert "38 percent think the council decides" in summary
    assert "…" not in summary


# Twenty-fifth round: the point and the headline figure a little over the length.
_CLAIM = (
    "Three months ago I argued that the harbour commissioner had a summer problem, and I am now sure it is worse: "
    "the island has stopped listening to him."
)
_SURVEY = (
    "The Gull Point Monitor's survey, taken by telephone and online from June 3 to June 11 among 1,140 registered "
    "voters on all four islands, and weighted by age, island, tenure, household income and past vote to match the "
    "last census, found that just 38% approve of the job the commissioner is doing, while 54% disapprove and the "
    "rest have no opinion of him either way."
)


def test_a_shorter_sentence_with_the_same_topline_stands_in_for_a_figure_sentence_too_long_to_pair() -> None:
    text = f"{_CLAIM}\n\n{_SURVEY}\n\nThat 38% is his lowest since he took office."
    assert len(_CLAIM) + len(_SURVEY) + 1 > pair_limit(400)
    # the extractor's values tell that the short sentence gives the same topline
    summary = Reader(default_extractor()).read_text(text).summary
    assert summary == f"{_CLAIM} That 38% is his lowest since he took office."


def test_a_shorter_sentence_with_another_figure_never_stands_in_for_the_headline() -> None:
    # Another reading (his approval among ferry workers), however short, is not the headline figure told again.
    text = f"{_CLAIM}\n\n{_SURVEY}\n\nAmong ferry workers it is 38%, and 61% disapprove."
    assert Reader(default_extractor()).read_text(text).summary == _CLAIM


def test_the_stretch_is_for_the_pair_only_and_the_rest_keeps_to_the_length() -> None:
    lead = (
        "The ferry authority cut its last two evening sailings in March, and a poll of island residents released on "
        "Tuesday suggests the cut has cost it far more goodwill than the money it saves on crew and fuel each week."
    )
    figure = (
        "Asked whether the authority should restore the late sailings even if it meant a small rise in the commuter "
        "fare, 63 percent of the island's adult residents said it should, and 29 percent said it should not."
    )
    text = (
        f"Ferry riders want the night sailings back\n\n{lead}\n\n{figure}\n\nThe board meets in the autumn."
    )
    offsets = [text.index("63 percent"), text.index("29 percent")]
    assert 400 < len(lead) + len(figure) + 1 <= pair_limit(400)
    assert summarize(text, figure_offsets=offsets) == f"{lead} {figure}"  # no title line, no filler
    # the title, when it fits
    assert len(summarize(text, max_chars=1000, figure_offsets=offsets).splitlines()) == 2


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Every member from the east side opposed the measure. as did the council president, who called it rushed. "
            "The mayor signs on Friday.",
            "Every member from the east side opposed the measure. as did the council president, who called it rushed.",
        ),
        (
            "Nobody is changing their vote over this… think about it…. the people saying so are his fans. Fine.",
            "Nobody is changing their vote over this… think about it…. the people saying so are his fans.",
        ),
    ],
)
def test_a_sentence_goes_on_past_a_full_stop_followed_by_lower_case(text: str, first: str) -> None:
    assert split_units(text)[0].text == first


def test_a_lower_case_line_after_a_full_stop_and_a_brand_in_lower_case_still_start_units() -> None:
    units = split_units(
        "Harbor poll: ferry approval, trend.\n   approve   disapprove\nHe bought an iPhone. iPhones are dear."
    )
    assert units[0].text == "Harbor poll: ferry approval, trend."
    assert [u.text for u in units][-2:] == ["He bought an iPhone.", "iPhones are dear."]


# Twenty-seventh round: the stretched pair without the question asked before the point or the figure.
_ISLAND_POLL = (
    "A Gull Point Monitor survey finds that 64 percent of island adults, including most of those who voted for him "
    "two years ago, would back a recall of the harbour commissioner, and the islands' own lawyers have told the "
    "council the recall vote could be held alongside the spring by-elections on three of the four islands."
)
_ISLAND_CLAIM = (
    "Whatever the reason, the commissioner should stop blaming the weather and face the recall before the council "
    "has to call it."
)


def test_the_stretched_pair_may_leave_out_the_writer_s_question_before_the_point() -> None:
    questions = "Could so many have changed their minds? Or are they only tired of the subject?"
    text = f"{_ISLAND_POLL}\n\nI voted for him. {questions} {_ISLAND_CLAIM}"
    offsets = [text.index("64 percent")]
    assert len(_ISLAND_POLL) + len(_ISLAND_CLAIM) + 1 <= pair_limit(400)
    assert len(_ISLAND_POLL) + len("Or are they only tired of the subject?") + len(
        _ISLAND_CLAIM
    ) + 2 > pair_limit(400)
    assert summarize(text, figure_offsets=offsets) == f"{_ISLAND_POLL} {_ISLAND_CLAIM}"


def test_an_answer_keeps_its_question_even_when_the_pair_is_left_without_it() -> None:
    answer = "Not yet, but the commissioner should stop blaming the weather and face the voters before the council does."
    question = "Is the commissioner finished as a public figure on the islands?"
    text = f"{_ISLAND_POLL}\n\nI voted for him. {question} {answer}"
    offsets = [text.index("64 percent")]
    assert (
        len(_ISLAND_POLL) + len(answer) + 1
        <= pair_limit(400)
        < len(_ISLAND_POLL) + len(question + answer) + 2
    )
    # the answer means nothing without its question: the pair is not shown without it
    summary = summarize(text, figure_offsets=offsets)
    assert "Not yet" not in summary or question in summary


# Twenty-eighth round, second pass (s29b): the writer's turn.


@pytest.mark.parametrize(
    "sentence",
    [
        "I like the new mayor, but this parking plan is a mistake.",
        "We covered the turnout figures last week, but the new count changes the picture.",
        "Sure, I voted for the levy, but the board has spent it on a new depot.",
        "And yet, a lead this large has come and gone twice before.",
    ],
)
def test_a_first_person_concession_turning_to_a_claim_is_the_writer_s_turn(sentence: str) -> None:
    text = f"The harbour board met on Monday. {sentence} The next meeting is in March."
    reasons = _reasons(
        text, sentence[:12]
    )  # (a sentence that already takes a stance gets no more for its turn)
    assert "turns to the writer's claim" in reasons
    assert "first-person aside" not in reasons and "points back" not in reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "I have my doubts about the plan, but I will vote for it anyway.",  # a turn back to the writer
        "I mention it not to gloat, but because the numbers matter.",  # a reason corrected
        "The mayor likes the plan, but the board does not.",  # no concession of the writer's
    ],
)
def test_a_turn_back_to_the_writer_or_a_corrected_reason_is_no_turn(sentence: str) -> None:
    text = f"The harbour board met on Monday. {sentence} The next meeting is in March."
    assert "turns to the writer's claim" not in _reasons(text, sentence[:12])
