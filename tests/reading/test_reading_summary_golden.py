"""Golden summaries of short posts written for the project, one per failure pattern of issue 12.

Each ``data/summary_golden/NAME.txt`` is a post; ``NAME.summary`` is its summary as the whole reading path
(extractor + summarizer) gives it. Besides matching the golden file, every case says in ``CHECKS`` what the
pattern is about, so a changed golden file has to keep the point of the case. Regenerate a golden file with
``pollwatch summarize tests/reading/data/summary_golden/NAME.txt`` after reading the new summary.
"""

from __future__ import annotations

import html
import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bot.cli import main as cli_main
from bot.config import Settings
from bot.core import Pollwatch
from bot.reading.extract import default_extractor
from bot.reading.read import Reader
from bot.reading.summary import pair_limit
from bot.reading.summary_units import split_units
from tests.support import FeedServer

GOLDEN = Path(__file__).resolve().parent / "data" / "summary_golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))

# name -> (must appear in the summary, must not appear)
CHECKS: dict[str, tuple[list[str], list[str]]] = {
    # An opinion post: the thesis and the survey's topline, not the rate, the vote delay or core inflation.
    "filler_numbers": (
        ["I think the cut was a mistake", "62% of respondents said prices were their biggest worry"],
        ["3.75 percent", "delayed by 40 minutes", "Core inflation", "Rents climbed"],
    ),
    # The topline (57% of likely voters), not the spring wave, the party subgroups or the young voters.
    "subgroup_topline": (
        ["57% of likely voters would vote yes"],
        ["spring poll", "Among Democrats", "under 35"],
    ),
    # A primary poll: its party's voters are the whole sample; the earlier wave and the women's figures that come
    # first are not the topline.
    "primary_poll": (
        ["has overtaken former prosecutor Dan Ortiz", "has Garcia at 38% and Ortiz at 31%"],
        ["In March", "Among women"],
    ),
    # A report without a poll: its lead is its point.
    "news_lead": (["The Harbor City council approved a $312 million budget early Friday"], []),
    # A dateline is not summary text; the title and a list line stand on lines of their own.
    # A bulleted line that ends in a full stop still ends its line: what follows starts a new one.
    "layout_lines": (
        [
            "Ferry poll: riders want later sailings\nA survey",
            "The results:\n• 64% want sailings after 10 p.m.",
        ],
        ["Northport, May 2", "p.m. The authority"],
    ),
    # A lead-in ending in a colon comes with what it introduces, and the other one is left out whole.
    "colon_lead_in": (
        ["says so plainly: Only 34% of likely primary voters"],
        ["Here is what the pollster asked next"],
    ),
    # A quotation over three sentences is never half-shown; the writer's verdict comes through.
    "unclosed_quotation": (["is not confident; he is worried."], ['"Our numbers']),
    # The figure's sentence opens a quotation too long to show whole: it is closed with an ellipsis.
    "quoted_report": (
        ["should end the denial.", 'said they had cut spending on food to make rent in the past year. …"'],
        ["Two years ago"],
    ),
    # A news lead too long to sit beside the headline figure: the title, which says the same, stands in for it
    # on a line of its own, and the figure is not dropped.
    "long_lead_title": (
        [
            "Poll: Lakeview voters back library levy, reject parking fees\nAsked whether",
            "61 percent to 33 percent",
        ],
        ["A new Harbor Research poll", "Among renters"],
    ),
    # The same news twice in a post: once in the summary.
    "near_duplicates": (
        ["Factory orders rose 2.4 percent in September, the biggest gain since March"],
        ["largest"],
    ),
    # An official's judgement reported without quotation marks ("joked that the commission should ...") is not
    # the writer's; the writer's own closing verdict is, though the rest of the post is told in the third person.
    # Someone else's words set off as a block (a ">" line, the paragraph after "... said, in part:") are neither the
    # point nor filler, and the lead-in that introduces them is not filler either: the writer's verdict and the
    # survey's figure are.
    "block_quote": (
        ["58% of those backed the indoor pool", "The board should put the pool on the ballot"],
        ["could not be clearer", "break ground", "said, in part"],
    ),
    "reported_judgement": (
        ["I have long thought that a survey which leaves out the price", "51% support building the marina"],
        ["joked that", "pay for itself", "Among boat owners"],
    ),
    # A bare figure line under the title and then the sentence that gives the same numbers: the topline comes
    # once, in the sentence.
    "repeated_topline": (
        ["Fifty-four percent of county voters want to keep the bridge toll"],
        ["Valley Poll: Keep toll"],
    ),
    # List lines that end in a full stop are still list lines: the sentence after one starts a new line.
    "bulleted_sentences": (
        ["The answers:\n• 58% of parents back a 30-minute later start.\nThe board has delayed"],
        ["31% want no change", "start. The board"],
    ),
    # An editorial that opens with the other side's claim and turns with "But ...": the turn is its point, the
    # claim it answers is not.
    "contrast_turn": (
        ["But the city's own study shows", "62% of city residents oppose"],
        ["will pay for itself", "The team's owners"],
    ),
    # An opinion post whose thesis is not a poll figure: the prediction, then the topline, not four figures.
    "seed_like_thesis": (
        ["Here is my prediction", "58% of adults said they are"],
        ["top of page", "bad dinners", "Among people in the border", "Among young adults", "23% of adults"],
    ),
    # A third-person opinion post that opens with a subgroup's figure and closes on its claim: the topline once
    # (not the young voters' share first), and the closing claim, with no first person to point to it.
    "third_person_close": (
        ["Overall, 55 percent of the state's voters back the change", "The appetite is there."],
        ["Among voters under 30", "Among voters over 65"],
    ),
    # A rhetorical question as title and opener ("Do they?"): the writer's voice, so the close counts; the
    # figure sentence is cut from the short sentence before it ("... say so. A new survey").
    "question_opener": (
        ["A new survey by the Marlowe Research Group reports that 58%", "Whoever writes the question"],
        ["Do they?", "say so. A new", "pay cut of a fifth"],
    ),
    # A title line of two sentences ("... 12 Percent. Stop Blaming ...") is the title, not the lead; a post with
    # no poll and a first-person close keeps its thesis.
    "two_sentence_title": (
        ["We will not fix rents by finding someone to blame."],
        ["Rents Are Up 12 Percent.", "Stop Blaming the Landlords.", "I understand the anger"],
    ),
    # "Of the 1,100 households that responded" opens the whole sample's sentence, not a subgroup's; the other
    # side's friendlier poll is not the headline.
    "sample_of_count": (
        ["Of the 1,100 households that responded, 73 percent oppose", "the planning commission owes them"],
        ["found 52 percent citywide support"],
    ),
    # A news write-up ending in its method note: the lead with the topline, and no "was conducted" filler.
    "method_note_close": (
        ["Premier Dana Collier's approval rating has fallen to 38 percent"],
        ["was conducted", "Among voters who supported her party"],
    ),
    # A blog page with its archive dates and comment links: the title's question answered ("The short answer is
    # no"), the writer's own question answered ("Simple: ..."), the topline, and none of the page's chrome.
    "answered_title": (
        [
            "The short answer is no, not yet",
            "47% of islanders back the crews",
            "Simple: the longer the strike runs",
        ],
        ["2025", "comment", "Archives", "52% in the spring"],
    ),
    # The whole province's result, told after two regions' ("In the northern valleys", "Outside them"): the
    # province-wide sentence is the headline figure and the point; the regions and the method note are not filler.
    "overall_after_places": (
        ["Province-wide, the Greens have 35 percent"],
        ["northern valleys", "Outside them", "was conducted"],
    ),
    # Two polls: the first one a form on the operator's own website, which the writer says is no survey; the
    # second sampled at random. The sound poll's figures are the headline, and the writer's closing verdict the point.
    "doubted_poll": (
        ["found 36 percent in favour and 51 percent against", "The operator should drop the winter cuts"],
        ["74 percent"],
    ),
    # A short verdict ("It proves nothing of the kind.") is shown with the claim it judges, never alone.
    "short_verdict": (
        [
            "proves that residents want the Cross Street plots sold for housing. It proves nothing of the kind.",
            "68 percent said yes",
        ],
        [],
    ),
    # A poll told only in a table: the topline row comes with the line heading the table, each on a line of its own.
    "table_topline": (
        ["Harbour Polling survey", "\nCouncil vote intention\nHarbour Alliance 41"],
        ["Civic Party 40", "Others 19"],
    ),
    # A thesis set in bold and an admission next to it; the sign-off paragraph is neither the conclusion nor filler,
    # and the parents' share ("61 percent of parents ... said") is the poll's answer, not someone's claim.
    "bold_sign_off": (
        [
            "**The people I talk to are not the town, and the town wants its pool.**",
            "Fifty-seven percent said yes",
        ],
        ["Thanks for reading", "usual address"],
    ),
    # Readings told in time order ("Right after ...", "A month later ..."): the one the writer marks as now is the
    # topline, not the first.
    "now_after_waves": (
        ["53% of residents now oppose the levy", "The commissioners should drop the levy"],
        ["44% opposed", "45% to 30%"],
    ),
    # A poll told in a table under its numbered question: the title's numbers pick the row ("Oppose 61%"), and the
    # pollster's question wording is not the writer's point; the closing verdict is.
    "questionnaire_table": (
        ["Oppose 61%", "The council keeps treating the marina as a line in the budget"],
        ["As you may know", "No longer public 70%", "Price 22%"],
    ),
    # A share in words in the lead-in that introduces the figures ("at least two-thirds of respondents ... were
    # these:") is a criterion; the topline is the first figure after it.
    "lead_in_share": (
        ["78 percent of parents support moving the first bell"],
        ["Support is 80 percent among board supporters", "72 percent"],
    ),
    # "I stand by what I wrote" is the writer's verdict, in the first person, at the close; so is "I call ...".
    "stand_by_verdict": (
        ["I stand by what I wrote about her vote", "55% of city residents oppose the curfew", "I call it"],
        ["63% of them"],
    ),
    # A report's lead holds a figure of its own (a minor party's 12%): it is still the report's news, beside the
    # topline the title quotes.
    "report_lead_figure": (
        ["The Greens' first double-digit reading in a Metro Poll is 12%.", "who now lead 51-49"],
        ["Premier's approval", "1,650 voters"],
    ),
    # A first line that ends without a full stop is a title, all of it, even when a stop splits it ("Poll: 61% want
    # the bike lanes kept. Against: ..."): the topline comes once, in the survey's sentence.
    "unstopped_title_line": (
        ["found that 61% of those who answered", "The council should keep the lanes"],
        ["Poll: 61%", "Against:"],
    ),
    # A share the writer names as a threshold ("would require getting 40% of residents to oppose it") is not the
    # poll's result; the survey's 41% is.
    "threshold_share": (
        ["found 41% opposed to the bond"],
        ["would require getting 40%"],
    ),
    # A question mark the sentence carries on after ("... fit to run it? then it asked ...", '?", 61 percent said
    # yes') does not end it: the topline's sentence is whole, not its tail, and no lesser figure stands in for it.
    "question_carries_on": (
        [
            'When asked "Should the port authority be run by an elected board instead?", 61 percent of voters said yes.'
        ],
        ["Only 24 percent", "then it asked"],
    ),
    # The writer's verdicts that hold a number ("What surprised me ... 9% ...", "I'd say 90% of the credit ...")
    # are the writer's point, not further poll results left out for the topline's sake.
    "writer_verdict_number": (
        ["58% of residents back reopening", "What surprised me, though,", "I'd say 90% of the credit"],
        ["12% said they had no view"],
    ),
    # The topline told only in the title ("61% Want The Ferry Kept Public"), never restated: the title line is the
    # headline figure, on a line of its own, not a later sentence's answer to another question.
    "title_only_topline": (
        ["61% Want The Ferry Kept Public\n", "It should drop the plan"],
        ["44% would still keep it public"],
    ),
    # A report's lead that only says a poll is out gives way to the next sentence, which tells what it finds ("It
    # suggests voters are turning against ..."), shown with the topline.
    "poll_announced_lead": (
        ["It suggests voters are turning against the toll plan", "Just 18% of voters now say"],
        ["34% each"],
    ),
    # A news lead too long to sit beside the figure: the title stands in when it says the lead's claim with the
    # figure's sentence (half its words the lead's, the poll's name from the figure's sentence).
    "title_with_figure": (
        ["Harbor Voters Split On Stadium Deal, Tribune Poll Finds\nAccording to the Tribune poll"],
        ["HARBOR CITY", "downtown residents"],
    ),
    # Readings told in time order by year ("... according to polling from 2009. By 2021, 64 percent ..."): the
    # latest year's is the headline figure, not the first one told.
    "readings_by_year": (
        ["By 2021, 64 percent of residents wanted it rebuilt"],
        ["38 percent"],
    ),
    # "71 percent say the board is out of touch ... should resign" is the respondents' answer, not the writer's
    # stance; the writer's own "should" closing the post is the point beside the figure.
    "respondents_judgement": (
        [
            "Seventy-one percent of voters say the board is out of touch",
            "The board should stop holding meetings",
        ],
        ["promising to listen harder"],
    ),
    # A poll told only as margins ("opposing the deal by 18 and 22 points") has a headline figure; the examples
    # before it, with no poll named, are not the poll.
    "margin_topline": (
        [
            "The arena deal is about to join that list.",
            "found residents opposing the deal by 18 and 22 points",
        ],
        ["harbour tunnel", "20 points"],
    ),
    # A report whose lead and figure sentence are too long to sit together: its title, which tells the news in the
    # third person, stands in for the lead, on a line of its own.
    "report_title_long_lead": (
        [
            "Harlow Valley councillors fall further behind in latest quarterly survey\nThe survey, which "
            "questioned 1,250 residents"
        ],
        ["Residents of the Harlow Valley district", "In the spring survey"],
    ),
    # A lead-in that closes the post (its chart or table did not come with the text) introduces nothing: it is
    # never shown, left hanging at the end of the summary.
    "closing_lead_in": (
        ["Only 38% of residents now back the expansion", "I think the survey shows"],
        ["Here is how the numbers moved"],
    ),
    # First-person opinions the lexicon did not know ("I am not happy about", "I am of the opinion that"), and "the
    # final say" is a noun, not someone's reported words: the councillor's own view is the point.
    "first_person_opinion": (
        ["I am of the opinion that residents should have the final say"],
        ["I will bring it back"],
    ),
    # "they think the route is wrong" is the voters' view, not the writer's judgement; the writer's own "I have to
    # agree ... our question was too narrow" is the point beside the topline.
    "they_think_judgement": (
        ["finds 46% of voters opposed", "I have to agree with the critics"],
        ["they think the route"],
    ),
    # A share told as not replying ("92% ... never replied") is the survey's response rate, not its result: the
    # topline is the leadership figure, though its sentence opens "Earlier this month".
    "non_response_share": (
        ["31% of those who answered backed Marsh"],
        ["92% of the branch secretaries never replied"],
    ),
    # "The survey also found that most residents thought the board was out of touch" is the poll's finding, not the
    # writer's judgement: the writer's closing verdict is the point beside the topline.
    "poll_found_judgement": (
        ["Sixty-one percent of county residents say", "I think it is kidding itself"],
        ["The survey also found"],
    ),
    # "Which makes the new poll rather awkward." is a statement, not a question the next sentence answers: the
    # thesis comes without it, and with room for the figure (which keeps the question it answers).
    "which_statement": (
        [
            "Sure, more residents still disapprove",
            "How far apart are the story and the numbers? 44% approve of the mayor",
        ],
        ["Which makes the new"],
    ),
    # A council post without a poll: the writer's pride in the no votes and the vote the writer would have cast
    # are first-person opinions, not asides; the tax rise in the lead is no poll figure.
    "proud_no_vote": (
        ["I am proud of the four who voted no.", "Given a seat, I would have voted no myself."],
        ["Yes: Adams"],
    ),
    # A poll told only as a lead in points after "up ... by" ("had Mayor Lind up citywide by two") is the headline.
    "lead_told_as_count": (["had Mayor Lind up citywide by two"], []),
    # A title that holds the topline and ends in a colon introduces the sentence after it: never left dangling.
    "title_colon_topline": (
        ["46-54 on the two-party count:\nThe latest Harbour Poll", "waste of the government's time"],
        [],
    ),
    # How many have heard of the levy prefaces what they think of it: the topline is the share opposed, and the
    # sentence that loses its "But" keeps its number as it is ("57% say", not "57% Say").
    "heard_then_oppose": (["57% say they oppose the levy"], ["heard a lot", "57% Say"]),
    # A report's deck (a one-sentence paragraph under the title) tells the news the next paragraph's lead tells again,
    # closer to the title: the lead is the point beside the topline, not the deck.
    # A method note that gives the poll's margin of error ("a 2.9 point margin") is not a result told as a margin:
    # the headline is the sentence with the poll's shares.
    "error_margin_method": (["Only 31% of adults say the contract is a good deal"], ["margin of error"]),
    # The whole sample's share told in words ("two out of three"), when every figure in digits is a subgroup's.
    "share_out_of_three": (["two out of three parents want the first bell moved later"], ["Among parents"]),
    # A share the writer only supposes ("even if 95% ... wanted it") is not the poll's topline.
    "supposed_share": (["38% of residents support the tower"], ["even if 95%"]),
    # The writer's disbelief at a share ("I cannot fathom the 13 percent ...") is the post's verdict, not another
    # result.
    "cannot_fathom": (["I cannot fathom the 13 percent", "Forty-four percent want it rebuilt"], []),
    # The writer's complaint ("Far too often I read ...") is the point of a poll post, not the figures' context.
    "far_too_often": (["Far too often I read readers confidently pinning"], ["A single poll cannot"]),
    # A view the writer sets up only to answer it ("One might think the slide would help ...") is not the point.
    "supposed_view": (["Voters are not looking for the other side", "fallen to 36%"], ["One might think"]),
    "deck_then_lead": (
        [
            "a new poll suggests the harbour levy and the rival toll plan are level",
            "41 per cent of decided voters",
        ],
        ["comes out as the county executive tours"],
    ),
    # An election's turnout ("18 percent of registered voters turning out") is not a poll's result: the post has
    # no headline figure, and its lead keeps its place.
    "turnout_not_poll": (["Millbrook residents on Saturday approved a $6.4 million library bond"], []),
    # A title counting a run of results ("11 Straight Losses") names no topline: the poll's own line is the
    # headline figure, not the sentence that repeats the count.
    "streak_count": (["Hale 44, Dunmore 39", "run out of road"], ["after 11 straight poll losses"]),
    # A lead-in with a table of another result under it ("Broken down by ward:") is not filler: the headline
    # figure is given once, and a lead-in with only its first row would be half a table.
    "leadin_second_result": (
        ["Greens 44, Civic Alliance 41", "lost the argument"],
        ["Broken down by ward", "North:"],
    ),
    # Seventeenth round. The writer names the point in the first person ("The point I'd like to make is that ..."):
    # a stance, not a first-person aside.
    "point_i_would_make": (["The point I'd like to make is that the county cannot build"], []),
    # A call to act ("it's time to rethink the budget") is the columnist's verdict, beside the poll's topline.
    "time_to_take_stock": (["it's time to rethink the budget", "51 percent of city voters disapprove"], []),
    # An editorial board's own verbs of opinion ("We urge ...", "We think ..."), not only a single writer's: the
    # board's call came in as filler until the title (its verdict, "has gone on long enough") took that room
    # (2026-12-07); the stance itself is checked in test_reading_summary.py. Since the twenty-second round the call
    # is the board's closing judgement (the last paragraph, on the deficit, is a coda that takes no stance), and it
    # is back beside the title.
    "editorial_we_think": (
        ["The water rate fight has gone on long enough\n", "We urge the councillors who voted no"],
        [],
    ),
    # A title that quotes a party's voters' share names the headline (the sentence repeating 24%), even though it is
    # a part of the sample; the "2022" glued to "GE" in the title is a name, not a number the sentence must repeat.
    "title_party_share": (["only 24% of those who voted Harbour"], ["The pollster did publish"]),
    # A share said in words ("one in five ... residents insists") right after the sentence that names the survey is
    # that survey's result, ahead of a later poll's change ("6 percent more").
    "share_after_poll_named": (["Apparently one in five Norland residents insists"], ["6 percent more"]),
    # A table row with last year's reading in brackets ("Favor 64 (58)") is a row, and a group with its figures in
    # brackets ("independents (68/22)") is a part of the sample, not the topline.
    "bracketed_rows": (
        ["Favor 64 (58)", "There is no reason to put the terminal off"],
        ["independents (68/22)"],
    ),
    # The writer's evaluative word for the figures as the sentence's subject ("These dismal figures land in
    # ...") is a verdict, not a sentence that only points back.
    "evaluative_subject": (
        ["These dismal figures land in the same month"],
        ["strategists say"],
    ),
    # A reading dated inside its sentence ("Her best month was back in June, when 58% approved") gives way to the
    # one the writer opens as now ("As of this week, 41% approve").
    "dated_then_now": (["As of this week, 41% approve and 52% disapprove"], ["58% approved"]),
    # A pollster's write-up told in "we" ("Our latest ... survey", "we polled 900 voters") is a report: its lead is
    # its news, shown with the topline.
    "pollster_we_lead": (
        ["Our latest Lakemont Compass survey set out to measure", "58% opposed the closures"],
        [],
    ),
    # A short evaluative verdict on the sentence before it ("That is a worrying sign for ...") is the writer's
    # point, not a sentence that only points back.
    "evaluative_verdict": (
        ["That is a worrying sign for the council", "Only 31% of residents"],
        ["Two years ago"],
    ),
    # The writer's reaction told in the passive ("I was stunned by ...") is a stance, not a first-person aside.
    # The vote's 61 percent is a result, not a poll figure: since the twenty-fourth round the sentence telling it is
    # filler here, as the sentence after it no longer takes a reaction's weight in a post without a poll.
    "passive_reaction": (["I was stunned by how few people"], []),
    # "to me, it says ..." is the writer reading the poll, not someone's reported words.
    "to_me_it_says": (["to me, it says the voters have stopped", "approval at 39 percent"], []),
    # "A point I keep making on this blog is that ..." announces the writer's claim (any determiner before "point").
    "a_point_i_make": (["A point I keep making on this blog", "64% of riders"], ["minutes go up"]),
    # Twentieth round (2026-12-07), each failing on integ 1e6e643:
    # "It is my theory that ..." is the writer's view (a stance), not a sentence that points back or an aside.
    "belief_theory": (["It is my theory that the less voters in this town see"], []),
    # A tracker's net index told as a signed number before the first share is the headline, today's over
    # yesterday's; the overall approval (a second reading) is not shown as well.
    "net_index": (
        ["Today's index shows a new low of -12.", "I think the ferry contract has cost her"],
        ["Her overall approval is down to 41%"],
    ),
    # The lead explaining the tracker and the figure sentence are too long to sit together; the figure sentence,
    # itself a point candidate of nearly the lead's score ("a record low"), states both and is shown alone.
    "figure_is_the_point": (
        ["only 24% of Norland's voters strongly approve", "a record low for her."],
        ["a plain approval rating every morning", "Her overall approval is 44%"],
    ),
    # The title's "4% ahead" is the lead's "a 4% lead", not the "44% to 4%" of a later question.
    "title_lead_share": (["gives the Greens a 4% lead"], ["voters split 44% to 4%"]),
    # The title states the post's claim: it stands above the point and the figure, on a line of its own.
    "title_above_point": (
        ["The harbour tunnel is a vanity project\nThe county has", "found 61% opposed"],
        [],
    ),
    # A reading recalled in a clause of its own ("...: in 2019, his levy sat at ...") and one dated inside its sentence
    # ("in mid April") are earlier: the new poll's reading, told as now, is the headline.
    "earlier_clause_new_poll": (
        ["only 44% of likely voters now backing the bond", "Nobody should write off"],
        ["31% against 44%", "63% support"],
    ),
    # A report's lead that compares with earlier months ("..., when only 18 percent ...") holds no topline, but it is
    # still the news: shown with the reading the writer marks as now.
    "when_last_month": (
        ["Riders on the island ferries are still unhappy", "Now 24 percent find the timetable acceptable"],
        [],
    ),
    # Twenty-second round. An opinion post that ends on a coda (a paragraph of one sentence from history that takes no
    # stance): the writer's closing judgement is the paragraph before it ("It is hard to see how ... recover").
    "closing_coda": (["It is hard to see how the Greens recover", "22%, eleven points behind"], []),
    # The writer's worry ("I worry that ...") and a diagnosis told in the past ("The problem wasn't ..., the problem
    # was that ...") are stances, not first-person asides or plain narrative.
    "worry_problem_was": (
        ["I worry that, for the most part", "24% of residents rate"],
        ["Anyway, the board meets"],
    ),
    # A hedged call to act at the close ("it may soon be time for ... to ..."), opening "And ...".
    "hedged_time_to": (["it may soon be time for the mayor to drop", "support had fallen to 38%"], []),
    # A quotation left open over the rest of the post holds the headline figure: no point sentence fits with it. The
    # best candidate that fits whole comes with the figure's sentence on its own, nothing is cut.
    "open_quote_fallback": (
        ["Surveys Can't Settle the Harbour Wall Fight\n", "38 percent of residents named the council"],
        ["…"],
    ),
    # A pollster's title-cased headline line ending in a colon is not the lead: the sentence after it is.
    "colon_headline_line": (
        ["A Brightwater survey for the Norland Herald", "the transit levy leads 51% to 42%"],
        ["Days Before The Vote", "Background for"],
    ),
    # A report's title that shares half its words with the story stands in for a lead too long to sit beside the
    # headline figure (twenty-third round).
    "news_title_half_words": (
        [
            "Coastal Alliance slips as Harbour Party pulls clear of rivals\n",
            "the Harbour Party 34 per cent of the vote, up three points",
        ],
        ["The newest Marlow Insight survey"],
    ),
    # A poll's results pasted one share a line: the list's first line is the topline, not a later line that the
    # unit's kind made the only holder.
    "results_in_lines": (["Civic Party 38% (+2)\n"], ["Unity Bloc 36%"]),
    # Answer lines under the poll's question: the first answer is the topline, on a line of its own, and the
    # writer's verdict on it that names other numbers is still shown.
    "answer_lines_under_question": (
        ["\n61% Approve\n", "That's remarkable next to the 47%"],
        ["30% Disapprove"],
    ),
    # A report with no poll: the sentence after its first count ("more than half of the bloc's backbench members")
    # is not a reaction to poll figures, and the writer's turn to the real story keeps its place (twenty-fourth
    # round).
    "tally_then_story": (
        ["But the real story is how far the revolt"],
        ["By pulling the timetable motion"],
    ),
    # Twenty-fifth round (2026-12-07), each failing on 2aaa594 (the headline figure was dropped):
    # The news lead (263 characters) and the figure sentence (213) do not fit together in 400; the pair is shown, up
    # to 480, rather than the lead without the figure (the title and filler stay out).
    "point_and_figure_over_length": (
        ["cost the authority far more goodwill", "63 percent of the island's adult residents said it should"],
        ["margin of error", "review the timetable"],
    ),
    # The survey's sentence (330 characters) cannot sit beside the writer's claim even at 480; a shorter sentence
    # giving the same topline ("That 38% is ...") does.
    "figure_told_again_shorter": (
        ["voters have stopped listening to her", "That 38% is the lowest approval"],
        ["weighted by age"],
    ),
    # The title names the governor; the poll rated the president first: the governor's rating is the headline.
    "title_names_the_governor": (
        ["Governor Elin Lindqvist fares much better at home, with 57% approving"],
        ["President Marlow"],
    ),
    # The title names a province; the national vote intention comes first: the province's answer is the headline.
    "title_names_the_province": (
        ["In Manitoba, where the rebate cheques were mailed"],
        ["Nationally, 36 percent"],
    ),
    # The title names a party that is third in the vote intention: its share is the headline.
    "title_names_the_party": (["The Greens are on 21%"], ["Civic Alliance leads with 34%"]),
    # Twenty-sixth round. The writer names its sentence as the poll's topline: that sentence is the headline, not a
    # number teased before the poll is introduced ("one number jumped out at me: 31 percent") nor a subgroup's.
    "writer_names_the_topline": (
        ["The overall topline is renewed 54%, cut back 13%, ended 31%.", "the council should stop treating"],
        ["jumped out at me", "Among renters"],
    ),
    # A lead told as a share ahead ("Greens 5% ahead in ... poll") is the poll's headline result, not a later
    # question's share or a subgroup's.
    "lead_told_as_share_ahead": (
        ["Greens 5% ahead in this morning's Courier poll.", "the coalition should stop pretending"],
        ["58% want an early election", "over 65"],
    ),
    # A share of a body of people's make-up (the district's staff) is a fact, not a poll's result: the parents'
    # poll is the headline.
    "share_of_a_body_not_a_poll": (
        ["61% of parents support the new rule"],
        ["teaching staff who are Hispanic"],
    ),
    # A full stop the sentence carries on after in lower case (a slip) does not end a unit: the sentence is shown
    # whole or not at all, never up to the slip.
    "slip_after_full_stop": (
        ["The Harbor City council approved a $48 million transit budget"],
        ["voted against the plan. The", "voted against the plan.\n"],
    ),
}

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def _summary(text: str, title: str = "") -> str:
    return Reader(default_extractor()).read_text(text, title=title).summary


def test_every_golden_post_has_its_checks() -> None:
    assert set(CASES) == set(CHECKS)
    assert all((GOLDEN / f"{name}.summary").exists() for name in CASES)


@pytest.mark.parametrize("name", CASES)
def test_golden_summary(name: str) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    summary = _summary(text)
    assert summary == (GOLDEN / f"{name}.summary").read_text(encoding="utf-8").strip()
    wanted, unwanted = CHECKS[name]
    for part in wanted:
        assert part in summary, (name, part)
    for part in unwanted:
        assert part not in summary, (name, part)


@pytest.mark.parametrize("name", CASES)
def test_golden_summary_layout(name: str) -> None:
    """Whole units, none glued to the next, no dangling lead-in, quotations closed, nothing twice."""
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    summary = _summary(text)
    assert 0 < len(summary) <= pair_limit(400)  # 400, and for the point and the headline figure together 480
    assert summary.count('"') % 2 == 0 and summary.count("“") == summary.count("”")
    shown = [u for u in split_units(text) if " ".join(u.text.split()) in summary]
    for unit in shown:
        at = summary.index(" ".join(unit.text.split())) + len(" ".join(unit.text.split()))
        rest = summary[at:]
        if unit.text.endswith(":"):
            assert rest.strip(), f"{name}: lead-in left dangling: {unit.text!r}"
        elif (not _TERMINAL.search(unit.text) or unit.bulleted) and rest:
            assert rest.startswith("\n"), f"{name}: list or title line glued to what follows: {unit.text!r}"
    for unit in shown:
        assert summary.count(" ".join(unit.text.split())) == 1


@pytest.mark.parametrize("name", ["seed_like_thesis", "long_lead_title"])
def test_a_title_given_or_written_as_the_first_line_gives_the_same_summary(name: str) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    title, body = text.split("\n\n", 1)
    assert _summary(body, title=title) == _summary(text) == _summary(text, title=title)


def test_the_command_line_prints_the_same_summary(tmp_path: Path) -> None:
    path = GOLDEN / "subgroup_topline.txt"
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["summarize", str(path)]) == 0
    assert out.getvalue().strip() == _summary(path.read_text(encoding="utf-8"))


async def test_a_linked_page_gets_the_same_summary_as_the_post(
    core: Pollwatch, settings: Settings, feed_server: FeedServer
) -> None:
    """``/summary <url>`` (Discord and Slack both call this core operation) matches the digest's summary."""
    text = (GOLDEN / "filler_numbers.txt").read_text(encoding="utf-8")
    title, body = text.split("\n\n", 1)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    url = feed_server.set("/post", page, headers={"Content-Type": "text/html; charset=utf-8"})
    digest = await core.summarize_url(url)
    post = core.reader.read(paragraphs, title=title)  # what the feed watcher stores for the digest
    assert digest.summary == post.summary == _summary(text)


def test_a_title_that_does_not_restate_the_lead_never_stands_in_for_it() -> None:
    text = (GOLDEN / "long_lead_title.txt").read_text(encoding="utf-8")
    _, body = text.split("\n\n", 1)
    for title in (
        "Lakeview notes, week 12",
        "Will Lakeview voters back the library levy and reject parking fees?",
    ):
        summary = _summary(f"{title}\n\n{body}")
        assert summary.startswith("A new Harbor Research poll of Lakeview voters"), title
        assert title not in summary


def test_a_column_label_given_as_the_title_never_stands_in_for_a_long_lead() -> None:
    text = (GOLDEN / "report_title_long_lead.txt").read_text(encoding="utf-8")
    _, body = text.split("\n\n", 1)
    for title in (
        "District notes for the week of June 12",
        "What do residents make of their councillors now?",
    ):
        summary = _summary(body, title=title)
        assert summary.startswith("Residents of the Harlow Valley district"), title
        assert title not in summary
