"""The headline figure: which unit of a post carries the main poll's topline result.

The extractor's figures (``bot.reading.extract``, its public output only) say where the poll numbers are, what
each answers, for whom (``population``) and whether it is an earlier wave (``when``). The headline is the first
unit, in reading order, holding a figure of the main poll that is

- not an earlier wave: the extractor's ``when``, or an answer that is only a past time said in the figure's own
  sentence ("in September", "last month"), which is the extractor's sign of a comparison it did not mark, or a sentence that opens in
  the past ("In March, Ortiz led ...", "In the previous poll, ...") when a later one does not;
- not a "not sure" share (nor one said in words: "a quarter of voters have yet to decide");
- not a subgroup: a sentence opening "Among ..." or "Of ..." (not "Among all ...", "Among decided voters",
  "Of those surveyed ..."),
  words around the figure that name a group ("among voters under 35", "38% of whom"), or a population narrower
  than the main poll's when the sentence bears the label out (names the group as people). A label alone does not
  demote a topline: the extractor may take a party's name for its voters ("Labour is on 36%") or carry a
  population over from another sentence.
  The main poll's population is the one of its first figure when that is a party's voters polled as a whole
  (a primary or caucus poll, "Republicans and Republican-leaning independents"); otherwise it is the whole
  public, and any party, sex, age or race population is a subgroup. A sample given with its age ("adults aged
  18+") is the whole public.

Among those, a unit in the writer's own account of a poll comes before a quotation of someone else and before a
number that reads as an economic rate rather than a poll result ("the jobless rate rose to 4.1 percent");
when the title quotes numbers, the unit that repeats them all wins (a share it tells in words, "Three in Four
...", or an answer it names, "Approval", picks the topline that gives it); a share said in words ("8 in 10 Americans
told Gallup") ahead of the first extracted figure counts too; a bare figure line without a full stop
("Metro Poll: Ruiz 47%, Kane 41%"), or a title-cased headline opening the post, gives way to a later unit
that repeats its numbers at more length. When the extractor found nothing, a share of the
public said in words or a percentage followed by a verb of answering ("55% ... answered yes") is taken. Results
pasted one share a line give their first line (:func:`_first_result_line`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from bot.models import Figure
from bot.reading import share_lines
from bot.reading.summary_units import Unit, title_case

_NOT_SURE_RE: Final = re.compile(
    r"\b(?:not sure|unsure|don['’]?t know|undecided|uncommitted|no opinion|refused|yet to (?:decide|pick|choose|make up)|"
    r"ha(?:ve|s)n['’]?t (?:decided|made up)|(?:not|never|n['’]t) heard (?:enough|of)|know enough)\b",
    re.I,
)
# A share that gives the answer before it again: "68 percent said the same", "as did 40%", "and 12% felt likewise".
_SAME_ANSWER_RE: Final = re.compile(
    r"[\d.]+\s*(?:%|percent\b|per cent\b)?\s*(?:of (?:them|those|\w+)\s+)?(?:said|say|says|felt|feel|did|do|agreed|"
    r"answered)\s+(?:the same|so|likewise|too)\b",
    re.I,
)
# "Among women, ..." and "Of those who voted for her, ..." open a subgroup's sentence; "Among all registered
# voters", "Among decided voters", "Of those surveyed", "Of those, ..." (the respondents just counted) and "Of the
# 1,100 households that responded" open the whole sample's (a sample's own qualifier is not a part of it, but
# "voters under 30" or "in Toronto" is).
_SUBGROUP_LEAD_RE: Final = re.compile(
    r"^\W*(?:among|of)\b(?!\s+(?:all\b|the (?:whole|full|entire)\b|(?:the |those |these )?[\d,]+ |"
    r"(?:those|[\w-]+(?: [\w-]+){0,2}) (?:polled|surveyed|asked|questioned|interviewed|"
    r"who (?:responded|answered|replied|took part))\b|(?:those|these|them|the respondents|respondents|the replies)\s*,|"
    r"(?:likely |registered |decided |eligible )*(?:voters|adults|respondents)\b"
    r"(?!\s+(?:under|over|aged|who|whose|with|without|between|in|from)\b)))",
    re.I,
)
# A line or sentence headed by an age band: "30 to 44: 33%", "45 and over: 12%", "Under 30, 41% ..." (not "18 and
# over", the whole adult public).
_AGE_BAND_LEAD_RE: Final = re.compile(
    r"^\W*(?:(?:ages?|aged) )?(?:(?:under|over) [2-9]\d|[1-9]\d ?(?:to|-|–) ?\d\d|[2-9]\d(?:\+| and (?:over|older)|"
    r" or older))\b\s*[:,]",
    re.I,
)
# Words that make a population a part of the public: a party's voters, or a sex, age or race group.
_PARTY_RE: Final = re.compile(
    r"\b(?:democrat(?:ic|s)?|republicans?|gop|independents?|unaffiliated|conservatives?|liberals?|labou?r|"
    r"tor(?:y|ies)|coalition|greens?|trump|biden)\b",
    re.I,
)
_DEMOGRAPHIC_RE: Final = re.compile(
    r"\b(?:women|men|aged|young(?:er)?|older|black|white|hispanic|latino|evangelical|\d+-plus|"
    r"\d+ and (?:over|older)|(?:under|over) \d+)\b",
    re.I,
)
# A whole adult sample written with its age ("adults aged 18+", "aged 18 and over") is not a subgroup.
_ALL_ADULTS_RE: Final = re.compile(
    r"\b(?:aged )?1[68](?: ?\+| and (?:over|older)| or (?:over|older)|-plus)", re.I
)
# A party's voters polled as a whole: a primary or caucus poll.
_WHOLE_PARTY_RE: Final = re.compile(
    r"\b(?:primary|primaries|caucus(?:es)?|caucusgoers|nominee|nomination|leaning|leaners?)\b", re.I
)
_MONTHS: Final = "january february march april may june july august september october november december"
# The months as an alternation, and two ways of dating a reading in the past that several patterns below share:
# "last month" / "the previous poll", and "three weeks ago".
_MONTH_NAMES: Final = "|".join(_MONTHS.split())
_LAST_READING: Final = r"(?:last|previous|prior) (?:week|month|year|poll|survey)"
_AGO: Final = r"(?:a|one|two|three|\d+) (?:weeks?|months?|years?) ago"
# A sentence that places its reading at a time, before a later one marked as now: "In March 2014, ...", "Directly
# after the vote, ...", "A week later, ...", "At first ...".
_TIME_LEAD_RE: Final = re.compile(
    r"^\W*(?:(?:back )?in (?:early |late |mid-)?(?:" + _MONTH_NAMES + r")\b|in (?:19|20)\d\d\b|"
    r"(?:last|earlier this) (?:week|month|year)\b|(?:directly|right|soon|shortly|immediately|just) (?:after|before)\b|"
    r"(?:a|one|two|three|a few|\d+) (?:days?|weeks?|months?|years?) (?:later|ago|on)\b|"
    r"(?:at first|initially|originally|previously|at the (?:start|outset))\b)",
    re.I,
)
# A reading dated by its year at the start of the sentence: "By 2018, ...", "In 2021, ...".
_YEAR_LEAD_RE: Final = re.compile(r"^\W*(?:by|in|as of) ((?:19|20)\d\d)\b", re.I)
_YEAR_RE: Final = re.compile(r"\b((?:19|20)\d\d)\b")
# The writer marking a reading as the current one: "Today 62 percent agree.", "The levy is now down 49%-27%."
_NOW_RE: Final = re.compile(r"\b(?:today|now|currently|at present|these days)\b(?! that\b)", re.I)
# A sentence that introduces a particular poll: "the latest national Harbour Institute poll", "a new survey by ...",
# "this week's Civic poll" (not "polls" in general).
_INTRODUCED_POLL_RE: Final = re.compile(
    r"\b(?:the|this|a|today['’]s|this week['’]s)\s+(?:latest|new|newest|recent|fresh)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:poll|survey)\b",
    re.I,
)
# One poll named ("the survey", "respondents"), and several ("two surveys", "the pollsters", "a poll of polls", "on
# average"): a share the extractor left unread is one poll's result only in the first kind of sentence.
_ONE_POLL_RE: Final = re.compile(r"\b(?:poll|survey|polled|surveyed|respondents)\b", re.I)
_SEVERAL_POLLS_RE: Final = re.compile(
    r"\b(?:polls|surveys|pollsters|poll of polls|averages?|averaged|aggregate)\b", re.I
)
# A reading pooled from several polls: "the polling average", "an average of recent polls", "On average, the polls
# ...", "a poll of polls", "the RealClear average", "Polls since March put ...", "the pollsters". The pooled words are
# taken out before looking for one poll named in the same sentence ("poll" in "a poll of polls" is no one poll).
_POOLED_RE: Final = re.compile(
    r"(?i:\b(?:poll(?:ing|s)?['’]?\s+averages?|averages?\s+of\s+(?:[\w-]+\s+){0,3}?(?:polls|surveys)|on average|"
    r"poll of polls|aggregates?|polls|surveys|pollsters)\b)"
    # a named average ("the Statehouse average", "RealClear's average"), not "The average voter"
    r"|\b(?!(?:The|A|An|This|That|Its|Their|Our|His|Her|On|In)\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]?s?\s+averages?\b"
)
_RANGE_BEFORE_RE: Final = re.compile(
    r"\b(?:between|from)\s+[\d.]+\s*(?:%|percent|per cent)?\s+(?:and|to)\s+$", re.I
)
# The writer speaking in the first person ("I", "we", "us"; not "US").
_FIRST_PERSON_RE: Final = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
# A percentage that names a change or a gap, not a share: "a 14 percent improvement", "a 6% swing", "a 9 per cent lead".
_CHANGE_AFTER_RE: Final = re.compile(
    r"[ \t-]*(?:points?[ \t-]+)?(?:[a-z]+[ \t]+)?(?:improvement|increase|rise|drop|decline|fall|gain|jump|cut|"
    r"reduction|hike|growth|swing|shift|lead|margin|gap|advantage|edge|deficit|points?)\b",
    re.I,
)
# The reading now, told after an earlier one in the same sentence: "... and that rose to 39 percent this year".
_NOW_LATER_RE: Final = re.compile(
    r"\b(?:this (?:year|month|week|time|spring|summer|autumn|fall|winter|poll|survey|round)|today|now|currently)\b"
    r"(?! that\b)",
    re.I,
)
# The writer opening a sentence with the time of its reading, now: "Today, 38 percent ...", "As of this week, ..."
_NOW_LEAD_RE: Final = re.compile(
    r"^\W*(?:(?:and|but|so),?\s+)?(?:today|now|currently|at present|these days|as of (?:today|now|this (?:week|"
    r"weekend|month|morning)))\b",
    re.I,
)
# A reading dated inside its sentence, before a later one that opens as now: "Her high point came on May 4, with 52%
# ...", "... down from last month, when 33 percent agreed".
_DATED_INSIDE_RE: Final = re.compile(
    r"\b(?:(?:on|in|from|since|by) (?:early |late |mid-|mid )?(?:"
    + _MONTH_NAMES
    + r")\b|"
    + _LAST_READING
    + r"\b|"
    + _AGO
    + r"\b)",
    re.I,
)
# The writer naming the poll the post is about as the new one: "the new Ledger poll has ...", "this latest survey".
_NEW_POLL_RE: Final = re.compile(
    r"\b(?:(?:the|this) (?:new|latest|newest)|today['’]s) (?:[\w-]+ )?(?:poll|survey)\b", re.I
)
_PAST_TIME_RE: Final = re.compile(
    r"^(?:(?:in|since|from|by|until|as of|at|back in|during)\s+)?(?:(?:early|late|mid)[- ]?)?"
    r"(?:(?:the\s+)?(?:last|previous|prior|earlier)\b|(?:" + _MONTH_NAMES + r")\b|"
    r"(?:spring|summer|autumn|fall|winter)\b|(?:19|20)\d\d\b|(?:a|one|two|three|\d+)\s+(?:weeks?|months?|years?)\s+ago\b)",
    re.I,
)
# A sentence that opens in the past ("In March, Ortiz led ...", "Last month, ...", "In the previous poll, ...")
# reports an earlier wave, whatever the extractor made of its figures.
_EARLIER_LEAD_RE: Final = re.compile(
    r"^\W*(?:(?:back )?in (?:early |late |mid-)?(?:" + _MONTH_NAMES + r"|the spring|the summer|"
    r"the autumn|the fall|the winter)\b(?! (?:19|20)\d\d)|(?:last|earlier this) (?:week|month|year|spring|"
    r"summer|autumn|fall|winter)\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty|a few|a couple of|several|\d+) (?:weeks?|months?|years?) ago\b|"
    r"previously\b|in (?:19|20)\d\d\b(?!\s*(?:so far|to date))|"
    r"in (?:the|its|their|our) (?:previous|last|earlier|first|prior) (?:poll|survey|wave|round)\b)",
    re.I,
)
# A reading dated in its own clause, inside a sentence about something else: "She has come back before: in 2019, her
# levy sat at 31% a month out ...", "... less sour than in May, when only 18 percent called it acceptable". The
# clause opens after a colon or semicolon, or is a "when" clause right after a past time.
_CLAUSE_START_RE: Final = re.compile(r"[:;]\s*")
_PAST_WHEN_RE: Final = re.compile(
    r"\b(?:"
    + _LAST_READING
    + "|"
    + _AGO
    + r"|(?:in|from|since) (?:early |late |mid-)?(?:"
    + _MONTH_NAMES
    + r"|(?:19|20)\d\d))\b[,\s]+when "
    r"(?:(?:just|only|about|some|nearly|almost|around|roughly) )?$",
    re.I,
)
# The writer naming a figure as the poll's topline: "The overall top-line is 62% to 26%.", "The headline figure:
# 41% ...", "Topline numbers were ..." (not "Full toplines are on their site", "The topline is posted below",
# which name no figure).
_NAMED_TOPLINE_RE: Final = re.compile(
    r"\b(?:top[- ]?line|headline (?:figure|number|finding|result)s?)\b(?:\s+(?:figures?|numbers?|results?|"
    r"findings?))?\s*(?::|\b(?:is|are|was|were|reads?|shows?|showed|has|had|gives?|gave|puts?)\b"
    r"(?!\s+(?:available|posted|published|attached|linked|here|below|above|on|at|in)\b))",
    re.I,
)
# The writer's mark on the whole sample's result, after (or before) the parts: "Overall, ...", "Nationally, ...".
_OVERALL_LEAD_RE: Final = re.compile(
    r"^\W*(?:overall|nationally|nationwide|statewide|state-wide|province-wide|provincially|countrywide|"
    r"country-wide|across the (?:country|nation|state|province))\b",
    re.I,
)
# A poll the writer calls independent ("an independent pollster", "every nonpartisan survey"): set against another
# poll told before it (a campaign's, an office's, one side's), it is the one the post's case rests on.
_INDEPENDENT_RE: Final = re.compile(
    r"\b(?:independent|nonpartisan|non-partisan)\s+(?:\w+\s+)?(?:polls?|pollsters?|surveys?|polling|research)\b",
    re.I,
)
# A poll the writer casts doubt on as a measure of the public (one side's, self-selected) and one it describes as
# sound (sampled at random, weighted, representative, a sample of 1,400, a margin of error): set against each
# other, the sound one is the topline.
_DOUBTED_POLL_RE: Final = re.compile(
    r"\b(?:paid for by|commissioned by|sponsored by|internal (?:poll|polling|survey|numbers)|campaign['’]s own|"
    r"online (?:form|poll|vote)|opt-in|self-select(?:ed|ing)|straw poll|unscientific|unweighted|any(?:body|one) could|"
    r"push poll|phone-in|call-in|text-in|as (?:often|many times) as they (?:liked|wanted|like|want)|"
    r"its own (?:members|supporters|readers|followers|listeners|website|site|pages?)|social media|if you knew|"
    r"(?:(?:is|was) not|isn['’]t|wasn['’]t) (?:a|really a) (?:real |proper |scientific )?(?:poll|survey))\b",
    re.I,
)
_SOUND_POLL_RE: Final = re.compile(
    r"\b(?:at random|random(?:ly)? (?:sample|selected|chosen|drawn)|margin of error|weight(?:s|ed|ing)\b|"
    r"representative|sample of [\d,]{3,}|"
    r"(?:real|proper|scientific) (?:poll|survey)|done properly|(?:independent|nonpartisan|non-partisan)\s+(?:\w+\s+)?"
    r"(?:polls?|pollsters?|surveys?|polling|research))\b",
    re.I,
)
# Whose poll a sentence tells: "The Chamber's annual survey ...", "the Herald poll" (the owner's capitalised name).
_OWNER_RE: Final = re.compile(r"\b([A-Z][\w-]+)(?:['’]s?)? (?:[\w-]+ )?(?:poll|survey|study)\b")
# The writer naming the poll it believes: "I trust the council's number", "I only believe Meridian's poll", "I'd go
# with the Gallup survey" (not "I don't trust ...": the verb must follow "I" or an adverb).
_TRUSTS_RE: Final = re.compile(
    r"\bI(?:['’]d| would| do| only| still)? (?:only )?(?:trust|believe|prefer|go with|side with|buy) (?:the )?"
    r"([\w-]+)(?:['’]s)? (?:own )?(?:numbers?|polls?|surveys?|figures?|results?)\b",
    re.I,
)
_TRUST_WORDS: Final = ("trust", "believe", "prefer", "go with", "side with", "buy")
_NOT_A_NAME_TEXT: Final = (
    "this that these those first second other one new latest old earlier later last same higher lower"
)
_NOT_A_NAME: Final = frozenset(_NOT_A_NAME_TEXT.split())
# A sentence opening with a place or group of its own before a comma: "In the suburbs, ...", "Outside it, ...".
_QUALIFIED_LEAD_RE: Final = re.compile(
    r"^\W*(?:in|outside|within|beyond|across|among|for|of)\b[^,.;]{1,50},", re.I
)
_SMALL_NUMBERS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_FRACTIONS: Final = {
    "half": 50.0,
    "two-thirds": 66.7,
    "a third": 33.3,
    "three-quarters": 75.0,
    "a quarter": 25.0,
}
# A share in words and a percentage within this many points of it give the same result.
SHARE_TOLERANCE: Final = 5.0
# "8 in 10", "six out of ten", "two out of three", "one in four"; "two-thirds of": the words of
# :data:`_SMALL_NUMBERS` and :data:`_FRACTIONS`.
_DENOMINATORS: Final = {"10": 10, "ten": 10, "3": 3, "three": 3, "4": 4, "four": 4, "5": 5, "five": 5}
_IN_TEN: Final = (
    r"\b(?:\d+|" + "|".join(_SMALL_NUMBERS) + r") (?:in|out of) (?:" + "|".join(_DENOMINATORS) + r")\b"
)
_FRACTION_OF: Final = r"\b(?:" + "|".join(_FRACTIONS) + r") of"
_NUMBER_AT_RE: Final = re.compile(r"[\d.,]+")
# A share followed by its change in brackets, as pollsters' releases write it: "31% (-4)", "44% (+2 on our last
# poll)", "17 per cent (up three)", "9% (no change)": the reading now, whatever earlier poll the note names.
_CHANGE_NOTE_RE: Final = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*(?:of the vote\s*)?\((?:[+\-−–]\s?\d|(?:up|down)\b|unchanged\b|no change\b)",
    re.I,
)
# A response rate just before the figure: "1,240 replied, about 45 percent of households", "a response rate of 31%"
# (not "Of those who replied, 57% ...", the respondents' answer).
_RESPONSE_RATE_RE: Final = re.compile(
    r"(?<!\bwho )(?<!\bthat )\b(?:replied|responded|response rate(?: of| was)?|took part|returned (?:it|them|the (?:form|survey|"
    r"questionnaire)))\b[^.;:]{0,25}$",
    re.I,
)
RESPONSE_WINDOW: Final = 45
# A share told as not responding: the poll's response rate (its method), not a result.
_NON_RESPONSE_RE: Final = re.compile(
    r"[\d.,]+\s*(?:%|percent\b|per cent\b)[^.;:,]{0,40}?\b(?:did not|didn['’]t|never|failed to|chose not to|"
    r"declined to|did not bother to) (?:respond|repl(?:y|ied)|answer|return|take part|fill)",
    re.I,
)
# A share of the electorate that cast a ballot ("27% of eligible electors voted", "a turnout of 31%"): an
# election's turnout, not a poll's answer.
_TURNOUT_RE: Final = re.compile(
    r"[\d.,]+\s*(?:%|percent\b|per cent\b)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:voters|electors|electorate)\s+"
    r"(?:casting|cast|turn(?:ed|ing)? out|vot(?:ed|ing)\b|went to the polls|showed up)",
    re.I,
)
_TURNOUT_BEFORE_RE: Final = re.compile(r"\bturnout\b[^.;:]{0,20}$", re.I)
# A run of results counted ("14 straight poll defeats", "its 12th consecutive loss"): a count, not a share.
# A number told as a movement ("Greens: 15% (up 7)", "(+2)", "fell 4 points"): a change, not a reading, so it does not
# repeat a title's number unless the title's number is a movement too ("Greens up 7").
_MOVE_BEFORE_RE: Final = re.compile(
    r"(?:\b(?:up|down|rose|risen|fell|fallen|gained|lost|dropped|climbed|slipped)(?:\s+by)?|\(\s*[+\-−–])\s*$",
    re.I,
)
# The answer a title names as its news ("Mayor Okafor's Approval Hits a New Low", "Support for the Bypass Grows"), as
# the title writes it and as a sentence reporting that answer may write it. An answer named with its opposite
# ("disapproval", "unfavourable") is its own.
_TITLE_ANSWERS: Final = (
    (re.compile(r"\bapprov", re.I), re.compile(r"\bapprov", re.I)),
    (re.compile(r"\bdisapprov", re.I), re.compile(r"\bdisapprov", re.I)),
    (re.compile(r"\bsupport", re.I), re.compile(r"\bsupport|\bback(?:s|ed|ing)?\b|\bin favou?r\b", re.I)),
    (re.compile(r"\boppos", re.I), re.compile(r"\boppos|\bagainst\b", re.I)),
    (re.compile(r"\bfavou?rab", re.I), re.compile(r"\bfavou?rab|\bpositive", re.I)),
    (re.compile(r"\bunfavou?rab", re.I), re.compile(r"\bunfavou?rab|\bnegative", re.I)),
)
_CAPS_NAME_AFTER_RE: Final = re.compile(r"[ \t]+[A-Z]{2,}\b(?![%])")
_LOWER_WORD_BEFORE_RE: Final = re.compile(r"\b[a-z]+[ \t]+$")
_STREAK_RE: Final = re.compile(r"[\d,]+(?:st|nd|rd|th)?\s+(?:straight|consecutive|successive)\b", re.I)
# A table row's label (what comes before its first number) and its words; a row is echoed when its label describes
# an option (three words or more: a party's or a candidate's name is named in the prose for many reasons) and the
# prose repeats two of its words or more, and at least half of them.
_ROW_LABEL_RE: Final = re.compile(r"[^\d]*")
_LABEL_WORD_RE: Final = re.compile(r"[a-z]{4,}")
_LABEL_STOPWORDS: Final = frozenset(
    {"that", "this", "with", "from", "have", "will", "more", "less", "than", "into"}
)
ROW_LABEL_WORDS: Final = 3
ROW_ECHO_WORDS: Final = 2
ROW_ECHO_SHARE: Final = 0.5
_WORDS_SHARE_RE: Final = re.compile(_IN_TEN + r"\b|" + _FRACTION_OF + r"\b")  # searched in lower case
_PUBLIC_SHARE_RE: Final = re.compile(
    _IN_TEN + "|" + _FRACTION_OF + r" (?:all )?(?:the )?"
    r"(?:Americans|Britons|voters|adults|people|respondents|the public|residents|citizens)\b",
    re.I,
)
# "55% of the respondents answered yes": a percentage, then within a few words a verb of answering.
_SHARE_ANSWERED_RE: Final = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)[^.;:]{0,40}?\b(?:say|says|said|answered|responded|agree[sd]?|"
    r"think|thought|believe[sd]?|support(?:ed)?|oppose[sd]?|favou?r(?:ed)?|approve[sd]?|disapprove[sd]?)\b"
)
_POLL_WORD_RE: Final = re.compile(r"\b(?:polls?|pollsters?|polled|survey(?:ed|s)?|respondents)\b", re.I)
_FOUND_RE: Final = re.compile(r"\b(?:found|finds|shows|showed)\b", re.I)
# The poll's own margin of error, however it is written: "a margin of error of 4 points", "plus or minus 3", "a
# 4-point error margin", "a 5-point sampling margin", "a 6 pt margin of errors" (a writer's slip).
_MARGIN_OF_ERROR_RE: Final = re.compile(r"\berrors?\b|±|plus or minus|\bsampling\b", re.I)
# "a 3.3 point margin of error": the margin the match ends on is the poll's error, and a number after a decimal
# point is the tail of a decimal ("3.3 point"), not a margin of its own.
_OF_ERROR_RE: Final = re.compile(r"(?:\s+of)?\s+(?:sampling\s+)?errors?\b", re.I)
_DECIMAL_BEFORE_RE: Final = re.compile(r"\d\.$")
# A poll's result told as a margin, with no share: "found residents opposing the deal by 18 and 22 points", "an
# 8-point lead", "backed it by about 3 to 1", "by 2-to-1", "6% ahead". Groups 1 to 5 are a margin in points.
_MARGIN_RE: Final = re.compile(
    r"\bby (?:a |an |about |roughly |nearly |almost |some |more than )*(\d+)(?: (?:and|or|to) \d+)?(?:[ -]points?\b|[ -]point margins?)"
    r"|\b(\d+)[ -]point (?:[a-z]+ )?(?:margins?|lead|gap|edge|advantage|deficit|spread)\b"
    r"|\b(?:by|of) (?:a |an |about |roughly |nearly |almost |more than )*\d+(?: |-)?(?:to|-)(?: |-)?1\b"
    r"|\b(\d+)(?: and \d+)?-point margins\b"
    # a lead told as a share ahead: "Labour 6% ahead in today's poll", "the Greens 4 points behind" (not a change:
    # "up 6%" is the last alternative's, which wants "by")
    r"|\b(\d+)(?:\s*(?:%|percent\b|per cent\b)|[ -]points?\b)[ \t]+(?:ahead|behind|clear)\b"
    # a lead told as a count: "had the mayor up citywide by one", "Labour ahead by 3", "trailing by two points"
    r"|\b(?:up|ahead|down|behind|leads?|led|leading|trails?|trailed|trailing)\b(?:[ \t]+[a-z]+)?[ \t]+by[ \t]+"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(\d+)\b(?![.,]?\d|\s*(?:%|percent\b|per cent\b)))",
    re.I,
)
# A poll result's words: who was asked, and the verbs of answering.
_POLL_RESULT_WORD_TEXT: Final = """poll polls pollster pollsters polled survey surveyed surveys respondent respondents
    voters adults people americans britons public residents electorate say says said feel felt think thought believe
    believes believed support supports supported oppose opposes opposed opposition approve approves approved
    disapprove disapproves disapproved approval favor favors favored favour favours favoured agree agrees agreed
    satisfied dissatisfied want wants wanted back backs backed"""
_POLL_RESULT_WORDS: Final = frozenset(_POLL_RESULT_WORD_TEXT.split())
# The title's words that name what its post is about (:func:`_title_subject`): not a function word, a word of a poll
# result (above), nor a word of a poll headline that names no subject ("new", "poll", "majority", "rating", "lead", a
# move up or down the table: "tops", "drops", "climbs").
_SUBJECT_STOPWORD_TEXT: Final = """the and for but nor not its his her their our your with from into onto over under
    after before about than then that this these those what when where which while who whom whose why how are was were
    has have had does did can could will would shall should may might must been being also just only still even yet
    more most less least many much few some any all every each both new latest fresh today now week month year poll
    polling majority minority most half third quarter per cent percent point points percentage rating ratings
    approval numbers number figures lead leads ahead behind trail trails gap edge show shows find finds found reveal
    reveals suggest suggests give gives get gets hold holds up down rise rises fall falls slip slips split divided
    latest one two three four five six seven eight nine ten out despite amid over against why how top tops drop drops
    climb climbs gain gains jump jumps surge surges slide slides dip dips sink sinks soar soars tumble tumbles stall
    stalls"""
_SUBJECT_STOPWORDS: Final = frozenset(_SUBJECT_STOPWORD_TEXT.split()) | _POLL_RESULT_WORDS
_SUBJECT_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
# "A new Northstar poll", "the Harbour City Research survey", "by Lantern Research": a capitalised word that names
# the pollster, not what its poll is about.
_POLLSTER_AFTER_RE: Final = re.compile(
    r"(?:[ \t]+[A-Z][\w&.'-]*){0,3}[ \t]+(?:poll|polls|polling|survey|research|tracker|institute|panel|pollsters?)\b",
    re.I,
)
_POLLSTER_BEFORE_RE: Final = re.compile(r"\b(?:by|for|from|according to|told)(?:[ \t]+[A-Z][\w&.'-]*){0,3}$")
_PERSON_PRONOUN_RE: Final = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)
# "55 per cent are unhappy", "61% of them were": a share as the subject of a verb reads as a poll result.
_SHARE_SUBJECT_RE: Final = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)\)?\s+(?:of [\w' -]{1,30}?\s+)?(?:are|were|say|said|think|want)\b"
)
# An economic or electoral number the extractor may take for a poll figure: a rate, a price, a vote count.
_RATE_RE: Final = re.compile(
    r"\b(?:rates?|inflation|unemployment|jobless|gdp|growth|interest|prices?|costs?|wages?|tax(?:es)?|budget|"
    r"deficit|turnout|precincts|returns|ballots counted|votes counted|yields?|mortgages?|earnings|"
    r"called the (?:race|election|contest|seat))\b",
    re.I,
)
# A share that counts what a body of people is made of, not what they answered: "the percentage of the college's
# share of the town's renters who are under thirty is now 7.2%", "the share of the workforce who are union members".
_COMPOSITION_RE: Final = re.compile(
    r"\b(?:percentage|share|proportion|fraction)\s+of\s+(?:[\w'’-]+\s+){0,6}?(?:population|enrol(?:l)?ment|"
    r"workforce|student body|students|undergraduates|graduates|employees|staff|membership|births|deaths)\s+"
    r"(?:that|who|which)\s+(?:is|are|was|were)\b",
    re.I,
)
# A share as what something would take, not what a poll found: "it would mean winning over 40% of the public", "it
# will take 60 percent", "needs 55% to pass".
_THRESHOLD_RE: Final = re.compile(
    r"\b(?:(?:would|will|could|might)\s+(?:\w+\s+)?(?:require|need|take|demand)|needs|requires)\b"
    r"(?:\s+[\w-]+){0,3}?\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)",
    re.I,
)
# A share in a condition, a few words after "if": "even if 99% of them approved", "if 60 percent turn out"; not an
# "if" that means whether ("I don't know if 3% counts", "they asked if 40% was enough").
_HYPOTHETICAL_RE: Final = re.compile(
    r"(?<!\bknow )(?<!\bknew )(?<!\bwonder )(?<!\bsure )(?<!\bsee )(?<!\bask )(?<!\basked )(?<!\bcheck )"
    r"(?<!\bunclear )(?<!\bdoubt )(?<!\btell )"
    r"\b(?:even |only |what )?if\s+(?:[\w'’-]+\s+){0,3}?(\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b))",
    re.I,
)
_PERCENT_AT_RE: Final = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)", re.I)
# Words around a figure that make it a subgroup's, whatever its population label says: "among women", "among
# voters under 30", "Republicans, 41% of whom", "18-to-29-year-olds".
_SUBGROUP_PHRASE_RE: Final = re.compile(
    r"\bamong (?:the |all )?(?:[\w-]+ ){0,3}?(?:women|men|democrats|republicans|independents|conservatives|"
    r"liberals|labou?r|tor(?:y|ies)|greens?|young(?:er)?|older|black|white|hispanics?|latinos?|evangelicals|"
    r"(?:voters|adults|people) (?:under|over|aged))\b|\bof whom\b|\b\d+-to-\d+-year-olds\b"
    r"|\b(?:voters|adults|people|respondents|[a-z]{3,}ers|[a-z]{3,}ents) (?:under|over|aged) \d+"
    # a group with its figures in brackets: "independents (85/12)", "women (41%)"
    r"|\b(?:women|men|democrats|republicans|independents|conservatives|liberals|young(?:er)? voters|older voters|"
    r"seniors|hispanics|latinos|evangelicals)\s*\(\s*\d",
    re.I,
)
# The poll's own sample named in the sentence ("a survey of 2,000 adults aged 18 to 29", "a poll of 600 likely
# Republican primary voters", "a poll of all registered Democrats"): the group it names is the whole sample, not a
# part of it.
_SAMPLE_RE: Final = re.compile(
    r"\b(?:survey|poll|sample|study|interviews?)(?: conducted)? (?:of|with|among) (?:(?:more than |about |nearly |"
    r"some )?[\d,]+ [^.;:]{0,50}|(?:all|every) [^.;:,]{1,40})",
    re.I,
)
# Words just before a percentage that make it a change rather than a poll result: "by", "a rise of".
_CHANGE_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:rais\w*|increas\w*|cut\w*|drop\w*|fell|fall\w*|rose|ris\w*|gr[eo]w\w*|shr[iau]nk\w*|declin\w*|"
    r"reduc\w*|lower\w*|hik\w*|jump\w*|up|down)\b,?(?: [\w$£€,.-]+){0,4} by|"
    r"(?:rise|increase|cut|drop|fall|hike|jump|decline|reduction|raise|growth) of)\s+"
    r"(?:about |nearly |almost |some |around |roughly |just |over |under )?$",
    re.I,
)
_LOCAL_BEFORE: Final = 70
_LOCAL_AFTER: Final = 40
_PEOPLE: Final = r"(?:voters|supporters|identifiers|respondents|members|leaners|adults|backers)\b"
# A party's name that, in the plural, names its voters ("Republicans back it"), unlike "the Conservatives on 31%".
_PARTY_PEOPLE: Final = frozenset({"democrat", "republican", "independent"})
_WORD_SET_RE: Final = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_NUMBER_RE: Final = re.compile(r"\d+(?:\.\d+)?")
# A poll's net rating or index told as a number ("the tracker's approval index sits at a new low of -17", "net favourability
# is minus 12", "a net approval rating ... is just six", "the index has dropped to 0"): the extractor counts no signed
# number, but this is the poll's reading. The number follows a word that gives a value (of, at, is, to), so a change
# ("the index dropped 2 points") is not one.
_NET_READING_RE: Final = re.compile(
    r"\b(?:net\s+(?:[a-z]+\s+){0,2}(?:approval|favou?rability|satisfaction|rating|score)|"
    r"(?:approval|popularity|satisfaction|favou?rability)\s+index)\b"
    r"[^.!?]*?\b(?:of|at|is|to|was|hit|reached)\s+(?:(?:just|only|now|still|currently)\s+)*"
    r"(?:an?\s+(?:[\w-]+\s+){0,2}(?:low|high)\s+of\s+)?"
    r"(?:[-+−–]\s?\d|minus\s+\d|plus\s+\d|\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b)",
    re.I,
)
# A number told as a share or a margin ("a 5% lead", "14 points ahead"), group 1.
_TOLD_AS_SHARE_RE: Final = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|[ -]points?\b)", re.I)


def change_amount(text: str, offset: int) -> bool:
    """The number at ``offset`` in ``text`` is a change ("raise council tax by 9 per cent", "a rise of 4%"), not a
    share of a poll's sample."""
    return offset > 0 and bool(_CHANGE_BEFORE_RE.search(text[max(0, offset - 40) : offset]))


def turnout_share(text: str, offset: int) -> bool:
    """The number at ``offset`` in ``text`` is an election's turnout ("27% of eligible electors voted", "turnout
    of 31%"), not a poll's result."""
    return bool(
        _TURNOUT_RE.match(text, offset)
        or _TURNOUT_BEFORE_RE.search(text, max(0, offset - RESPONSE_WINDOW), offset)
    )


def mentions_share(text: str) -> bool:
    """A share said in words: "8 in 10", "two-thirds of"."""
    return bool(_WORDS_SHARE_RE.search(text.lower()))


def topline_indexes(units: Sequence[Unit], figures: Sequence[Figure]) -> frozenset[int]:
    """The units holding a topline figure of the main poll: its whole sample, its current wave, not a "not sure"
    share (the candidates ``headline_unit`` picks from, before it orders them)."""
    holders = [u for u in units if u.prose or u.kind == "item" or (u.kind == "fragment" and u.terminal)]
    return frozenset(u.index for u in _topline_units(units, holders, figures, ()))


def headline_unit(
    units: Sequence[Unit], figures: Sequence[Figure], figure_offsets: Sequence[int], title: str
) -> Unit | None:
    """The unit with the main poll's topline figure, or None when the post quotes no poll.

    ``figures`` are the extractor's; ``figure_offsets`` are figure starts known without detail (each taken as a
    topline). Prose sentences and list items hold the headline; a table row only when no sentence holds a figure
    of the main poll (never a title), or when it opens the list of result lines the headline is in (below).
    """
    chosen = _headline_unit(units, figures, figure_offsets, title)
    if chosen is None or chosen.kind == "row":
        return chosen  # a poll told only in a table: its row was chosen by the title's or the writer's words
    return _first_result_line(units, figures, figure_offsets, chosen)


def _first_result_line(
    units: Sequence[Unit], figures: Sequence[Figure], figure_offsets: Sequence[int], chosen: Unit
) -> Unit:
    """The first line of a poll's results pasted one share a line (:mod:`bot.reading.share_lines`), in place of
    ``chosen`` when ``chosen`` is a later line of that list ("Unity Bloc 36% (NC)" under "Civic Party 38% (+2)", which
    the extractor or the unit's kind made the only holder), or when the list answers the question above it and
    ``chosen`` is a sentence after the list that repeats none of its first line's numbers ("That beats her
    predecessor's 47%." after "61% Approve"). Not when that first line is a "not sure" share, a subgroup's or an earlier
    reading's: the topline filters hold for it as for any holder."""
    lines = share_lines.runs(units)
    if not lines or chosen.index <= lines[0][0].index:
        return chosen
    holders = [u for u in units if u.prose or u.kind in share_lines.LINE_KINDS]
    toplines = {u.index for u in _topline_units(units, holders, figures, figure_offsets)}
    values = _values(units, figures)
    for run in lines:
        first = run[0]
        if first.index >= chosen.index:
            break
        inside = run[0].index < chosen.index <= run[-1].index
        after = chosen.index > run[-1].index and share_lines.under_question(units, run)
        if not (inside or after):
            continue
        if (first.index in values and first.index not in toplines) or _NOT_SURE_RE.search(first.text):
            continue
        if after:
            numbers = _numbers_of(first, values)
            held = _numbers_of(chosen, values)
            if numbers & held:
                continue  # the writer's sentence tells the list's numbers again: it is the headline
        return first
    return chosen


def _headline_unit(
    units: Sequence[Unit], figures: Sequence[Figure], figure_offsets: Sequence[int], title: str
) -> Unit | None:
    """The headline unit before the list rule of :func:`_first_result_line`."""
    # A short sentence is a holder too ("33 percent did."): a figure's whole sentence can be that short.
    holders = [u for u in units if u.prose or u.kind == "item" or (u.kind == "fragment" and u.terminal)]
    if not (figures or figure_offsets):
        # The extractor found nothing, but a share of the public said in words still reports a poll.
        return _told_in_words(holders)
    candidates = _topline_units(units, holders, figures, figure_offsets)
    title_only = _title_only(units, holders, figures)
    if title_only is not None:
        return title_only
    if not candidates:
        # The poll's figures are all in a table ("Coalition 51", "Option | Support | Oppose"): a row is the topline.
        rows = [u for u in units if u.kind == "row"]
        candidates = _topline_units(units, rows, figures, figure_offsets) if rows else []
        candidates = [u for u in candidates if not _doubtful(u)]  # not a table of rates or prices
        if not candidates:
            # Every figure found is a part of the sample ("Among seniors, 52%"): the whole sample's share may still
            # be told in words ("two out of three parents want it").
            return _told_in_words(holders)
        # A title that quotes the topline ("Harbour Poll: 57% Oppose ...") names its row ("Oppose 59%").
        # A title naming one party of a pasted list ("Greens slip in the latest Civic poll") names its row.
        return (
            _title_echo(candidates, title)
            or _title_subject(candidates, title)
            or _echoed_row(units, candidates)
        )
    # A sentence about an earlier wave, a figure inside someone's quotation, or a number that reads as a rate
    # or a price gives way to one in the writer's account of the poll.
    values = _values(units, figures)
    lead = next((u.index for u in holders if u.prose), -1)
    candidates = _current(candidates, values, lead)
    candidates = [u for u in candidates if not _doubtful(u)] or candidates
    # "62% say they've heard a lot about the plan. But 59% oppose it.": how many have heard of a plan prefaces what
    # they think of it, which is the topline when the poll asks it.
    candidates = _after_the_hook(holders, candidates, values)
    candidates = _one_poll_first(candidates)
    named = next((u for u in candidates if _NAMED_TOPLINE_RE.search(u.text)), None)
    if named is not None:
        return named  # "The overall top-line is ...", "The headline figure: ...": the writer says which it is
    heard = [u for u in candidates if _awareness_only(u, figures)]
    if heard and len(heard) < len(candidates):
        candidates = [*(u for u in candidates if u not in heard), *heard]
    # "Overall, ...", "Nationally, ...", "Province-wide, ...": the writer marks the whole sample's result, and the
    # figures told before it under a place or group of their own ("In the suburbs, ...", "Outside it, ...") are
    # its parts.
    overall = next((u for u in candidates if _OVERALL_LEAD_RE.match(u.text)), None)
    if overall is not None and all(
        _QUALIFIED_LEAD_RE.match(u.text) for u in candidates[: candidates.index(overall)]
    ):
        candidates = [overall, *(u for u in candidates if u is not overall)]
    independent = next((u for u in candidates[1:] if _INDEPENDENT_RE.search(u.text)), None)
    if independent is not None and not _INDEPENDENT_RE.search(candidates[0].text):
        candidates = [independent, *(u for u in candidates if u is not independent)]
    trusted = _named_as_trusted(units, candidates)
    if trusted is not None:
        candidates = [trusted, *(u for u in candidates if u is not trusted)]
    sound = None if trusted is not None else _sound_over_doubted(units, candidates)
    if sound is not None:
        candidates = [sound, *(u for u in candidates if u is not sound)]
    # A title that quotes a result names the writer's headline, even a part of the sample's ("Just 30% of the
    # party's own voters back her"): the sentence that repeats it is the topline the post is about.
    echo = _title_echo(candidates, title) or _title_echo([u for u in holders if u.index in values], title)
    if echo is not None:
        # A poll's lead told as a share before it ("YouGov gives Labour a 5% lead." under "Labour 5% ahead"): the
        # extractor reads no share there, but that sentence told the title's result first.
        told = [
            u
            for u in holders
            if u.index < echo.index and u.index not in values and _POLL_WORD_RE.search(u.text)
        ]
        return _title_echo(told, title, _TOLD_AS_SHARE_RE) or echo
    # A title that tells the result as a share in words ("Three in Four Riders Want Night Sailings") names it as a
    # number would.
    in_words = _title_share(candidates, title, values, holders)
    if in_words is not None:
        return in_words
    subject = _title_subject(candidates, title)
    if subject is not None:
        return _told_in_full(subject, candidates, values)
    answer = _title_answer(candidates, title, _questions(units, figures))
    if answer is not None:
        return _told_in_full(answer, candidates, values)
    first = candidates[0]
    for u in holders:  # a share said in words ahead of the first extracted figure
        if u.index >= first.index:
            break
        if (
            u.prose
            # a lead-in right before the first figure introduces it ("The issues backed by at least two-thirds
            # of respondents included:"): the topline is told in full after it
            and not (u.kind == "lead-in" and u.index + 1 == first.index)
            and mentions_share(u.text)
            and (_POLL_WORD_RE.search(u.text) or _poll_named_before(units, u))
            and not _share_not_sure(u.text)
            and not _earlier_words_share(units, u, first)
        ):
            # ... unless the first figure gives that share in digits ("Nearly two-thirds of nurses ... The survey
            # found 64 percent ..."): the topline is told in full there.
            share = _share_in_words(u.text)
            held = values.get(first.index, set())
            if share is not None and any(abs(v - share) <= SHARE_TOLERANCE for v in held):
                return first
            return u
        if u.index not in values and _missed_share(u):
            # The poll's own sentence gives a share the extractor did not read ("The latest Ipsos poll shows her
            # winning 47% of the vote ..."), ahead of the first share it did read: that sentence tells the result.
            return u
        if _poll_margin(u) and not _margin_of(u.text, values.get(first.index, set())):
            # A poll's margin told before any share ("showed residents against it by 24 points"), unless the first
            # figure's shares make that margin (the lead says "ahead by 6", the next sentence "48% to 42%").
            return u
    # A net rating or an index told before the first share is the reading the post leads with.
    net = _net_reading([u for u in holders if u.index < first.index])
    if net is not None:
        return net
    return _told_in_full(first, candidates, values)


def _pooled(u: Unit) -> bool:
    """A reading pooled from several polls (an average, a poll of polls, "the polls"), naming no one poll of its own."""
    if not _POOLED_RE.search(u.text):
        return False
    return not _ONE_POLL_RE.search(_POOLED_RE.sub(" ", u.text))


def _one_poll_first(candidates: Sequence[Unit]) -> list[Unit]:
    """The candidates with one poll's own result ahead of the pooled readings told before it.

    A post often sets the scene with the polling average or the run of recent polls ("The polling average has the
    senator up 4 points, 48% to 44%.") before the poll it is about ("Today's Marist poll gives her 51% to 43%."): the
    headline is that poll's figure. Only when a later candidate names one poll and no pooled reading; a post about an
    average alone keeps it."""
    pooled = list(itertools.takewhile(_pooled, candidates))
    if not pooled:
        return list(candidates)
    rest = candidates[len(pooled) :]
    single = next((u for u in rest if _ONE_POLL_RE.search(u.text) and not _POOLED_RE.search(u.text)), None)
    if single is None:
        return list(candidates)
    return [single, *(u for u in candidates if u is not single)]


def _after_the_hook(
    holders: Sequence[Unit], candidates: Sequence[Unit], values: dict[int, set[float]]
) -> list[Unit]:
    """The candidates with the writer's hook put last: figures told in the writer's own voice ("I would be amazed
    to find 90% of us agreeing about anything") before a later sentence that introduces the post's poll ("So the new
    Brightwater Institute survey caught my eye.") and holds no figure of its own. The poll's topline comes after
    its introduction; what came before was the writer's way in. Only when every candidate before the introduction
    speaks in the first person and names no poll of its own."""
    if not candidates:
        return list(candidates)
    intro = next(
        (
            u
            for u in holders
            if u.prose
            and u.index > candidates[0].index
            and u.index not in values
            and _INTRODUCED_POLL_RE.search(u.text)
        ),
        None,
    )
    if intro is None:
        return list(candidates)
    hook = [u for u in candidates if u.index < intro.index]
    after = [u for u in candidates if u.index > intro.index]
    if not after or not all(
        _FIRST_PERSON_RE.search(u.text) and not _INTRODUCED_POLL_RE.search(u.text) for u in hook
    ):
        return list(candidates)
    return [*after, *hook]


def _missed_share(u: Unit) -> bool:
    """A prose sentence that names its poll ("poll", "survey", "respondents") and holds a percentage that reads as the
    poll's result: not a change ("up 4%"), a turnout, a response rate, a margin of error, a "not sure" share, a
    threshold or a supposed share, a rate or a price, nor a subgroup's sentence ("Among women, ...") or one that opens
    in the past. The extractor read no figure in it (the caller checks), so these are the checks its figures get in
    :func:`_topline_units`, on the words alone."""
    if not (u.prose and _ONE_POLL_RE.search(u.text)) or _doubtful(u) or _SEVERAL_POLLS_RE.search(u.text):
        return False  # an average or a range of several polls is no one poll's result
    if (
        _SUBGROUP_LEAD_RE.match(u.text)
        or _EARLIER_LEAD_RE.match(u.text)
        or _MARGIN_OF_ERROR_RE.search(u.text)
    ):
        return False
    for m in _PERCENT_AT_RE.finditer(u.text):
        at = m.start()
        if (
            change_amount(u.text, at)
            or _CHANGE_AFTER_RE.match(u.text, m.end())
            or turnout_share(u.text, at)
            or _RESPONSE_RATE_RE.search(u.text, max(0, at - RESPONSE_WINDOW), at)
            or _NON_RESPONSE_RE.match(u.text, at)
            or _NOT_SURE_RE.search(u.text, m.end(), m.end() + 40)
            or _SUBGROUP_PHRASE_RE.search(u.text[max(0, at - _LOCAL_BEFORE) : m.end() + _LOCAL_AFTER])
            or _earlier_clause(u.text, at)
            or _RANGE_BEFORE_RE.search(u.text, max(0, at - 20), at)
        ):
            continue
        return True
    return False


def _earlier_words_share(units: Sequence[Unit], u: Unit, first: Unit) -> bool:
    """The share said in words in ``u`` is an earlier reading, as a figure's sentence would be
    (:data:`_EARLIER_LEAD_RE`): ``u``, or the sentence just before that names its poll, opens in the past ("Last
    spring, a survey claimed one in three ...", "Last year's big survey came from the Trust. Apparently one in five
    ...") while ``first``, the sentence of the first figure after it, does not. (A poll dated later in its sentence,
    "The Trust put out its survey last week.", is no earlier reading, as for a figure's sentence.)"""
    if _EARLIER_LEAD_RE.match(first.text):
        return False
    if _EARLIER_LEAD_RE.match(u.text):
        return True
    before = units[u.index - 1] if u.index > 0 else None
    return (
        before is not None
        and not _POLL_WORD_RE.search(u.text)
        and _poll_named_before(units, u)
        and bool(_EARLIER_LEAD_RE.match(before.text))
    )


def _poll_named_before(units: Sequence[Unit], u: Unit) -> bool:
    """The sentence just before, in the same paragraph, names the poll ("A new Orme Trust survey is out. Apparently one
    in four residents think ..."): the share that follows is its result."""
    before = units[u.index - 1] if u.index > 0 else None
    return (
        before is not None
        and before.prose
        and before.paragraph == u.paragraph
        and bool(_POLL_WORD_RE.search(before.text))
    )


def _told_in_words(holders: Sequence[Unit]) -> Unit | None:
    """The first sentence that tells a poll's result without a figure the extractor found: a share of the public in
    words ("8 in 10 voters"), a percentage and a verb of answering, or a margin."""
    return next(
        (
            u
            for u in holders
            if u.prose
            and (_PUBLIC_SHARE_RE.search(u.text) or _SHARE_ANSWERED_RE.search(u.text) or _poll_margin(u))
        ),
        None,
    ) or _net_reading(holders)


def _net_reading(holders: Sequence[Unit]) -> Unit | None:
    """The sentence that tells the poll's net rating or index (:data:`_NET_READING_RE`); of several, the one the
    writer marks as now ("Yesterday's index showed -20. Today's shows -21.")."""
    nets = [
        u
        for u in holders
        if u.prose
        and ("net" in (lower := u.text.lower()) or "index" in lower)
        and _NET_READING_RE.search(u.text)
    ]
    return next((u for u in nets if _NOW_RE.search(u.text)), nets[0] if nets else None)


_DOUBT_HINTS: Final = (
    "paid for",
    "commissioned",
    "sponsored",
    "internal",
    "own",
    "online",
    "opt-in",
    "self-select",
    "straw",
    "unscientific",
    "unweighted",
    "could",
    "push poll",
    "phone-in",
    "call-in",
    "text-in",
    "as often",
    "as many",
    "social media",
    "if you knew",
    " a poll",
    " a survey",
    " a real",
    " a proper",
    " a scientific",
)


@functools.lru_cache(maxsize=2048)
def _doubts(text: str) -> bool:
    """The words doubt a poll (:data:`_DOUBTED_POLL_RE`); a substring test first rules most sentences out."""
    low = text.lower()
    return any(h in low for h in _DOUBT_HINTS) and bool(_DOUBTED_POLL_RE.search(text))


@functools.lru_cache(maxsize=2048)
def _trusted_names(text: str) -> tuple[str, ...]:
    """The polls ``text`` says the writer believes, by name ("I trust the council's number": "council")."""
    low = text.lower()
    if not any(w in low for w in _TRUST_WORDS):
        return ()
    return tuple(m[1].lower() for m in _TRUSTS_RE.finditer(text) if m[1].lower() not in _NOT_A_NAME)


def _named_as_trusted(units: Sequence[Unit], candidates: Sequence[Unit]) -> Unit | None:
    """A later candidate naming the poll the writer says it believes ("I trust the council's number.") when the
    first candidate does not name it: the post rests on that poll."""
    if len(candidates) < 2:
        return None
    for u in units:
        for name in _trusted_names(u.text):
            named = re.compile(rf"\b{re.escape(name)}\b", re.I)
            if named.search(candidates[0].text):
                return None
            return next((c for c in candidates[1:] if named.search(c.text)), None)
    return None


def _sound_over_doubted(units: Sequence[Unit], candidates: Sequence[Unit]) -> Unit | None:
    """A later candidate whose poll the writer describes as sound ("samples 2,000 households at random", "a margin
    of error of three points"; its sentence or the one before) when the first candidate's poll is one the writer
    doubts ("paid for by the campaign", "a phone-in", "That is not a poll."; its sentence, the one before and the
    two after, up to the next candidate) and does not call sound itself: the post sets the two against each other
    and rests on the sound one."""
    if len(candidates) < 2:
        return None
    first, nxt = candidates[0], candidates[1]
    lead = max(0, first.index - 1)
    if not any(_doubts(u.text) for u in units[lead : min(first.index + 3, nxt.index)]):
        # The doubt may come later, naming the poll: "The Chamber's survey only asked its own members."
        owner = _OWNER_RE.search(first.text)
        if owner is None or not any(owner[1] in u.text and _doubts(u.text) for u in units[first.index + 1 :]):
            return None
    own = " ".join(u.text for u in units[lead : first.index + 1])
    if _SOUND_POLL_RE.search(_DOUBTED_POLL_RE.sub(" ", own)):
        return None
    for u in candidates[1:]:
        about = " ".join(x.text for x in units[max(u.index - 1, first.index + 1) : u.index + 1])
        if _SOUND_POLL_RE.search(_DOUBTED_POLL_RE.sub(" ", about)):
            return u
    return None


def _title_subject(candidates: Sequence[Unit], title: str) -> Unit | None:
    """The first topline naming the person, party, place or thing the title names, when the first topline is
    about another one.

    A title names what the post is about ("Governor Lindqvist's ratings hold up", "Manitoba sours on the rebate");
    a poll often rates more than that (the president beside the governor, the country beside a province), and a
    report may tell the other result first. When the first topline repeats none of the title's subject words (its
    words less function words and the words of any poll headline, :data:`_SUBJECT_STOPWORDS`), names someone or
    something of its own (a capitalised word that is not the pollster's: "President Marlow", "the Conservatives")
    and refers to no one by "he" or "she" (who may well be the title's subject), the first later topline that
    names the title's subject by a capitalised word ("Governor Elin Lindqvist fares much better ...") is the
    headline. Only forward in the text: a topline told earlier that the rules above put behind (an earlier wave, a
    doubted poll) stays behind. Not under a title that quotes numbers: it lists results, not one subject. A shared common word ("plan", "round", "change") is not enough: a second question
    or a second round often shares it."""
    words = _subject_words(title)
    if not words or len(candidates) < 2 or _title_numbers(title):
        # A title that quotes results ("Poll shows CON 27%, LAB 36%, UKIP 19%") names every party it lists: its
        # numbers, not its names, pick the headline (:func:`_title_echo`).
        return None
    first = candidates[0]
    if (
        _subject_words(first.text) & words
        or _PERSON_PRONOUN_RE.search(first.text)
        or not (_names(first.text, pollsters=False) - words)
    ):
        return None
    return next(
        (u for u in candidates[1:] if u.index > first.index and _names(u.text, opening=True) & words),
        None,
    )


def _subject_words(text: str) -> frozenset[str]:
    """The words of ``text`` that can name a subject (:func:`_subject_word`)."""
    return frozenset(w for w in map(_subject_word, _SUBJECT_WORD_RE.findall(text)) if w)


def _names(text: str, *, opening: bool = False, pollsters: bool = True) -> frozenset[str]:
    """The subject words (:func:`_subject_word`) of ``text`` written with a capital: names. A capital that opens
    the sentence, a quotation or what follows a colon counts only when ``opening``; a pollster's name ("a new
    Northstar poll", "by Lantern Research") only when ``pollsters``."""
    out = set()
    for m in _SUBJECT_WORD_RE.finditer(text):
        if not m.group()[0].isupper():
            continue
        before = text[: m.start()].rstrip(" \t\"'“‘(")
        if not opening and (not before or before.endswith(":")):
            continue
        if not pollsters and (_POLLSTER_AFTER_RE.match(text, m.end()) or _POLLSTER_BEFORE_RE.search(before)):
            continue
        if w := _subject_word(m.group()):
            out.add(w)
    return frozenset(out)


def _subject_word(word: str) -> str:
    """``word`` in lower case, a plural's or possessive's ending cut; "" for a word that names no subject
    (:data:`_SUBJECT_STOPWORDS`, in either form: "Americans" is the public)."""
    lower = _unaccented(word.lower()).removesuffix("'s").removesuffix("’s")
    stem = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3 else lower
    return "" if lower in _SUBJECT_STOPWORDS or stem in _stemmed_stopwords() else stem


def _unaccented(word: str) -> str:
    """``word`` without its accents: a title's "Sinn Fein" names the list's "Sinn Féin"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def _stemmed_stopwords() -> frozenset[str]:
    return frozenset(
        w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in _SUBJECT_STOPWORDS
    )


def _in_name(text: str, start: int, end: int) -> bool:
    """A number glued to letters: part of a name or a code ("GE2019 voters", "the M25", "Covid19"), not a result; or
    a number that heads a name in capitals after a lower-case word ("in the latest 1 NEWS poll", "on 9 NEWS
    tonight"; not "Poll: 57 OPPOSE", nor "Labour 40 SNP 35", where a name or a colon comes before it)."""
    if text[start - 1 : start].isalpha() or text[end : end + 1].isalpha():
        return True
    return bool(_CAPS_NAME_AFTER_RE.match(text, end)) and bool(_LOWER_WORD_BEFORE_RE.search(text, 0, start))


def _title_echo(candidates: Sequence[Unit], title: str, numbers: re.Pattern[str] = _NUMBER_RE) -> Unit | None:
    """The first candidate that repeats every number the title quotes, if the title quotes any (not a run of
    results counted, "11 Straight Losses For ...", nor a number that is part of a name, "GE2019", "M25").
    ``numbers`` finds the candidate's numbers (its first group, when it has one, is the number)."""
    title_numbers = _title_numbers(title)
    if not title_numbers:
        return None
    for u in candidates:
        held = {
            m.group(g): _moved(u.text, m.start(g))
            for m in numbers.finditer(u.text)
            for g in [m.lastindex or 0]
        }
        # A movement ("Greens: 15% (up 7)") repeats only a title's movement ("Greens up 7"), not a number of the
        # title's that is no change ("... the Latest 7 News Poll").
        readings = {n for n, moved in held.items() if not moved}
        if all(n in (held if moved else readings) for n, moved in title_numbers.items()):
            return u
    return None


def _title_share(
    candidates: Sequence[Unit], title: str, values: dict[int, set[float]], holders: Sequence[Unit]
) -> Unit | None:
    """The topline whose share is nearest the one the title tells in words ("Three in Four Ferry Riders ...": 75,
    "Half of County Voters ...": 50), within :data:`SHARE_TOLERANCE` ("Over Three in Five" is 63%); the first such
    when two are as near, or a sentence before it that tells the title's share in words too ("Three in four riders
    want ...", where the extractor reads no figure). None when the title tells no share in words, or when the first
    topline is as near as any: the usual order holds then."""
    share = _share_in_words(title.lower())
    if share is None or not candidates:
        return None

    def gap(u: Unit) -> float:
        return min((abs(v - share) for v in values.get(u.index, ())), default=float("inf"))

    nearest = min(candidates, key=lambda u: (gap(u), u.index))
    if gap(nearest) > SHARE_TOLERANCE or gap(nearest) >= gap(candidates[0]):
        return None
    for u in holders:
        if u.index >= nearest.index:
            break
        said = _share_in_words(u.text) if u.prose else None
        if said is not None and abs(said - share) <= SHARE_TOLERANCE:
            return u
    return nearest


def _title_answer(candidates: Sequence[Unit], title: str, questions: dict[int, set[str]]) -> Unit | None:
    """The first topline that reports the answer the title names, when the first topline reports another answer to
    the same question: "Mayor Okafor's Approval Hits a New Low" over "Sixty-one percent now disapprove ..." is the
    later "Her approval rating has slipped to 33 percent"; "Support for the Bypass Grows" over "Opposition has
    fallen to 34 percent" is "Fifty-three percent now support it". The same question by the extractor's figures, so
    a second question that happens to use the title's word does not take the headline. None when the title names
    no answer, or both sides of one ("approval and disapproval")."""
    named = [said for in_title, said in _TITLE_ANSWERS if in_title.search(title)]
    if len(named) != 1 or len(candidates) < 2:
        return None
    said = named[0]
    first = candidates[0]
    asked = questions.get(first.index, set())
    if said.search(first.text) or not asked:
        return None
    return next(
        (
            u
            for u in candidates[1:]
            if u.index > first.index and said.search(u.text) and questions.get(u.index, set()) & asked
        ),
        None,
    )


def _questions(units: Sequence[Unit], figures: Sequence[Figure]) -> dict[int, set[str]]:
    """The questions (the extractor's wording, when it gives one) of the figures each unit holds."""
    ends = [u.end for u in units]
    held: dict[int, set[str]] = {}
    for f in figures:
        i = bisect.bisect_right(ends, f.start)
        if i < len(units) and f.question:
            held.setdefault(units[i].index, set()).add(f.question)
    return held


def _title_numbers(title: str) -> dict[str, bool]:
    """The numbers a title quotes as results, each with whether it is told as a movement (:func:`_moved`): not a run
    of results counted ("11 Straight Losses For ..."), nor a number that is part of a name ("GE2019", "1 NEWS")."""
    return {
        m.group(): _moved(title, m.start())
        for m in _NUMBER_RE.finditer(title)
        if not _STREAK_RE.match(title, m.start()) and not _in_name(title, m.start(), m.end())
    }


def _moved(text: str, start: int) -> bool:
    """The number at ``start`` is told as a movement: "(up 7)", "(+2)", "fell 4"."""
    return bool(_MOVE_BEFORE_RE.search(text, max(0, start - 14), start))


def _poll_margin(u: Unit) -> bool:
    """A sentence that tells a poll's result as a margin ("Two new surveys showed residents against it by 24
    points."): it names the poll and gives the margin, and it is not the margin of error."""
    return (
        u.prose
        and bool(_POLL_WORD_RE.search(u.text) or _FOUND_RE.search(u.text))
        and any(
            not _MARGIN_OF_ERROR_RE.search(u.text, max(0, m.start() - 30), m.end())
            and not _OF_ERROR_RE.match(u.text, m.end())
            and not _DECIMAL_BEFORE_RE.search(u.text, 0, m.start())
            for m in _MARGIN_RE.finditer(u.text)
        )
    )


def _margin_of(text: str, held: set[float]) -> bool:
    """The margin the text gives in points is the gap between two of the shares held. (A ratio, "by 3 to 1", is
    too loose to match: a 71-25 split elsewhere in the post is not the same result.)"""
    gaps = {int(g) for m in _MARGIN_RE.finditer(text) for g in m.groups() if g}
    return any(abs(a - b - g) <= 1 for g in gaps for a in held for b in held if a > b)


def _share_in_words(text: str) -> float | None:
    """The percentage a share said in words stands for: "8 in 10" 80, "two-thirds" 66.7, "half" 50."""
    m = _WORDS_SHARE_RE.search(text.lower())
    if m is None:
        return None
    words = m[0].split()
    if words[1] in ("in", "out"):
        n = words[0]
        share = (int(n) if n.isdigit() else _SMALL_NUMBERS.index(n) + 1) / _DENOMINATORS[words[-1]]
        return round(100.0 * share, 1)
    return _FRACTIONS.get(" ".join(words[:-1]))


def _current(candidates: Sequence[Unit], values: dict[int, set[float]], lead: int = -1) -> list[Unit]:
    """The candidates without those that open in the past ("In March, Ortiz led ...") when a later one does not;
    but a sentence opening in the past whose numbers a later one repeats ("Last week a survey found that 41% ...
    Forty-one percent is not a mandate") told the current result: the time was when it came out."""
    dated = next(((u, m) for u in candidates[1:] if (m := _YEAR_LEAD_RE.match(u.text))), None)
    if dated is not None:
        # Readings told in time order by year ("... in polling from 1990, ... By 2020, 55 percent ..."): the
        # latest year's is the topline, when every reading before it is dated earlier.
        unit, year = dated[0], int(dated[1][1])
        if all(
            _TIME_LEAD_RE.match(u.text) or max(map(int, _YEAR_RE.findall(u.text)), default=year) < year
            for u in candidates[: candidates.index(unit)]
        ):
            return [unit, *(u for u in candidates if u is not unit)]
    now = next((u for u in candidates[1:] if _NOW_RE.search(u.text) or _NOW_LEAD_RE.match(u.text)), None)
    if (
        now is not None
        and all(
            (
                _TIME_LEAD_RE.match(u.text)
                # a reading dated inside its sentence, after the lead (a report's lead that compares with last month
                # tells the news in its own words, and stays the lead the figure sits beside)
                or (
                    u.index != lead
                    and (_NOW_LEAD_RE.match(now.text) or _NEW_POLL_RE.search(now.text))
                    and _DATED_INSIDE_RE.search(u.text)
                )
            )
            and not _NOW_RE.search(u.text)
            for u in candidates[: candidates.index(now)]
        )
    ):
        # Readings told in time order ("In May 2019, 41 percent said ... Today 62 percent agree.", "Right
        # after ..., 46%-30%. ... The levy is now down 49%-27%."): the one the writer marks as now is the topline.
        return [now, *(u for u in candidates if u is not now)]
    current = [u for u in candidates if not _EARLIER_LEAD_RE.match(u.text) or _runs_to_now(u.text)]
    if not current:
        return list(candidates)
    later = current[0]
    repeated = _numbers_of(later, values)
    for u in candidates:
        if u.index >= later.index:
            break
        held = _numbers_of(u, values)
        if repeated and repeated <= held:
            return [u, *current]
    return current


def _runs_to_now(text: str) -> bool:
    """A sentence that opens in the past and carries on to the reading now: "In 2004, 25 percent rated them good, and
    that rose to 39 percent this year." holds the current reading as well as the earlier one (a year-on-year pair
    told in one sentence)."""
    opening = _EARLIER_LEAD_RE.match(text)
    return opening is not None and bool(_NOW_LATER_RE.search(text, opening.end()))


def _share_not_sure(text: str) -> bool:
    """A share said in words that counts those without an answer: "nearly a quarter of voters have yet to pick"."""
    lower = text.lower()
    return any(_NOT_SURE_RE.search(lower, m.end(), m.end() + 60) for m in _WORDS_SHARE_RE.finditer(lower))


_TITLE_CHANGE_RE: Final = re.compile(
    r"\b(?:up|down|from|rises?|rose|falls?|fell|drops?|dropped|jumps?|jumped|slips?|slipped|lead|gap|swing)\b",
    re.I,
)


def _title_only(units: Sequence[Unit], holders: Sequence[Unit], figures: Sequence[Figure]) -> Unit | None:
    """The post's title line when it alone tells the main poll's topline ("61% Want A Third Party", "Harbour Poll
    48/39 Ortiz/Lee.") and no sentence, list item or row repeats any of its numbers: the post goes on to
    comment on a result it never restates (a later sentence's figures are then another question's or another
    match-up's, not the topline)."""
    title = next((u for u in units if u.kind != "boilerplate"), None)
    if (
        title is None
        or title.kind != "heading"
        or _TITLE_CHANGE_RE.search(title.text)  # "Tory lead down from 26% to 3%": a movement, not the result
        or not _topline_units(units, [title], figures, ())
    ):
        return None
    values = _values(units, figures)
    numbers = values.get(title.index, set())
    repeated = any(
        values.get(u.index, set()) & numbers or {float(n) for n in _NUMBER_RE.findall(u.text)} & numbers
        for u in (*holders, *(u for u in units if u.kind == "row"))
        if u.index != title.index
    )
    return None if repeated else title


def _told_in_full(first: Unit, candidates: Sequence[Unit], values: dict[int, set[float]]) -> Unit:
    """A bare figure line ("Metro Poll: Ruiz 47%, Kane 41%") or a headline opening the post ("Poll: 58% Back
    The Levy.") gives way to a later unit that repeats its numbers at more length: the topline is taken once, in
    the writer's own sentence. Numbers are the figures' values ("Fifty-four percent" is 54), else the digits."""
    if first.terminal and not (first.index == 0 and title_case(first.text)):
        return first
    numbers = _numbers_of(first, values)
    for u in candidates:
        held = _numbers_of(u, values)
        if u.index > first.index and numbers <= held and len(u.text) > len(first.text):
            return u
    return first


def _numbers_of(u: Unit, values: dict[int, set[float]]) -> set[float]:
    """The values of the figures ``u`` holds (``values``, from :func:`_values`), else the digits written in it."""
    return values.get(u.index) or {float(n) for n in _NUMBER_RE.findall(u.text)}


def figure_values(units: Sequence[Unit], figures: Sequence[Figure]) -> dict[int, list[float]]:
    """The values of the extracted figures each unit holds, by unit index, in the order they are written."""
    ends = [u.end for u in units]
    held: dict[int, list[float]] = {}
    for f in sorted(figures, key=lambda f: f.start):
        i = bisect.bisect_right(ends, f.start)
        if i < len(units):
            held.setdefault(units[i].index, []).append(float(f.value))
    return held


def _values(units: Sequence[Unit], figures: Sequence[Figure]) -> dict[int, set[float]]:
    """The values of the extracted figures each unit holds."""
    ends = [u.end for u in units]
    held: dict[int, set[float]] = {}
    for f in figures:
        i = bisect.bisect_right(ends, f.start)
        if i < len(units):
            held.setdefault(units[i].index, set()).add(float(f.value))
    return held


def _topline_units(
    units: Sequence[Unit], holders: Sequence[Unit], figures: Sequence[Figure], figure_offsets: Sequence[int]
) -> list[Unit]:
    """Units holding a figure of the main poll's whole sample (not a wave, subgroup or "not sure"), in order."""
    holder_indexes = {u.index for u in holders}
    placed: list[tuple[Unit, Figure | None]] = []
    detailed = [(f.start, f) for f in figures] + [(o, None) for o in figure_offsets]
    # The unit of the last share left out as "not sure" or as an earlier reading: "... and 68 percent said the same"
    # after it is one too.
    left_out_unit = -1
    for start, figure in sorted(detailed, key=lambda x: x[0]):
        unit = next((u for u in units if start < u.end), None)
        if unit is None or unit.index not in holder_indexes:
            continue
        if unit.index == left_out_unit and _SAME_ANSWER_RE.match(unit.text, start - unit.start):
            continue
        if _earlier_reading(unit, figure, start):
            left_out_unit = unit.index
            continue
        if (
            figure is not None
            and _NOT_SURE_RE.search(figure.answer)
            and (placed or not _aware(figure.answer))
        ):
            left_out_unit = unit.index
            continue
        if change_amount(unit.text, start - unit.start):
            continue  # "raise council tax by 9 per cent", "a rise of 4%": a change, not a share of the sample
        if _RESPONSE_RATE_RE.search(
            unit.text, max(0, start - unit.start - RESPONSE_WINDOW), start - unit.start
        ):
            continue  # "1,240 replied, about 45 percent of households": who answered, not what they answered
        if _NON_RESPONSE_RE.match(unit.text, start - unit.start):
            continue  # "95% of those sent the survey did not reply": who did not answer, not an answer
        if turnout_share(unit.text, start - unit.start):
            continue  # "27% of eligible electors voted": an election's turnout, not an answer
        if _STREAK_RE.match(unit.text, start - unit.start):
            continue  # "after 14 straight poll defeats": a run of results counted, not a share
        placed.append((unit, figure))
    main = _main_party(placed)
    candidates = _whole_sample(placed, main)
    if not candidates:
        # Every figure is a party's (or a sex or age group's): the poll is of that party's voters.
        party = next(
            (
                _party_words(f.population)
                for _, f in placed
                if f is not None and not _demographic(f.population)
            ),
            frozenset(),
        )
        candidates = _whole_sample(placed, party) if party else []
    return candidates


def _echoed_row(units: Sequence[Unit], rows: Sequence[Unit]) -> Unit:
    """The row whose label the writer's prose repeats ("Earlier first sailing | 58%" ... "The earlier-first-sailing
    option is clearly the islanders' choice."), else the first: the table's topline."""
    prose_words = {w for u in units if u.prose for w in _LABEL_WORD_RE.findall(u.text.lower())}
    for row in rows:
        head = _ROW_LABEL_RE.match(row.text)
        label = [
            w for w in _LABEL_WORD_RE.findall(head[0].lower() if head else "") if w not in _LABEL_STOPWORDS
        ]
        echoed = sum(w in prose_words for w in label)
        if (
            len(label) >= ROW_LABEL_WORDS
            and echoed >= ROW_ECHO_WORDS
            and echoed >= ROW_ECHO_SHARE * len(label)
        ):
            return row
    return rows[0]


HEARD_WINDOW: Final = 50
# Having heard or read of something, in a positive answer ("they've heard a lot about the plan", "are aware of it");
# "never heard of" is the not-sure share of :func:`_aware`.
_HEARD_RE: Final = re.compile(
    r"\b(?:heard|read)\s+(?:at least\s+)?(?:a lot|a great deal|a fair amount|quite a bit|much|some|something|a little|about|nothing|little)\b"
    r"|\b(?:aware of|familiar with)\b",
    re.I,
)


def _awareness_only(unit: Unit, figures: Sequence[Figure]) -> bool:
    """Every figure the unit holds says how many have heard of something, not what they think of it (the first not a
    "never heard of" share, which :func:`_aware` may make the topline)."""
    # Each figure's answer, or the words that follow it up to the next figure (the extractor may keep only a part).
    starts = sorted(f.start - unit.start for f in figures if unit.start <= f.start < unit.end)
    if not starts:
        return False
    ends = [*starts[1:], len(unit.text)]
    after = {s: unit.text[s : min(e, s + HEARD_WINDOW)] for s, e in zip(starts, ends, strict=True)}
    answers = [(f.answer, after[f.start - unit.start]) for f in figures if unit.start <= f.start < unit.end]
    return all(
        any(_HEARD_RE.search(t) or _NOT_SURE_RE.search(t) for t in a) for a in answers
    ) and not _NOT_SURE_RE.search(answers[0][0])


def _aware(answer: str) -> bool:
    """An answer about having heard of something ("had never heard of the plan"): a "not sure" share beside a
    rating, but the topline when the post's first figure gives it (the poll asked what people know). "Not heard
    enough" is a rating's "not sure" wherever it comes."""
    m = _NOT_SURE_RE.search(answer)
    return m is not None and m[0].lower().endswith("heard of")


def earlier_only_indexes(units: Sequence[Unit], figures: Sequence[Figure]) -> frozenset[int]:
    """The units whose every figure is an earlier reading (an earlier wave, or one told in passing in a clause of its
    own, and "... felt the same" after it): a report's lead that compares with earlier months holds no topline, yet
    it is still the report's news."""
    earlier: dict[int, bool] = {}
    last = -1
    for figure in sorted(figures, key=lambda f: f.start):
        unit = next((u for u in units if figure.start < u.end), None)
        if unit is None:
            continue
        was = _earlier_reading(unit, figure, figure.start) or (
            unit.index == last and _SAME_ANSWER_RE.match(unit.text, figure.start - unit.start) is not None
        )
        if was:
            last = unit.index
        earlier[unit.index] = earlier.get(unit.index, True) and was
    return frozenset(i for i, only in earlier.items() if only)


def _earlier_reading(unit: Unit, figure: Figure | None, start: int) -> bool:
    """The figure at ``start`` is an earlier wave's (the extractor's ``when``, an answer that is only a past time) or
    one told in passing in a clause of its own ("... before: in 2019, her levy sat at 31% ...", "... than in May,
    when only 18 percent ...")."""
    at = start - unit.start
    if figure is not None and _CHANGE_NOTE_RE.match(unit.text, figure.end - unit.start):
        return (
            False  # "28% (-5 from our last poll)": the change note compares this reading with the earlier one
        )
    if figure is not None and (figure.when or _past_answer(figure.answer, unit.text, at)):
        return True
    return _earlier_clause(unit.text, at)


def _earlier_clause(text: str, at: int) -> bool:
    """The figure at ``at`` sits in a clause of its own that opens in the past ("...: in 2019, her levy sat at 31% a
    month out", "... than in May, when only 18 percent called it acceptable"), not the sentence's opening (that is
    ``_EARLIER_LEAD_RE``'s) and not the poll now."""
    before = text[:at]
    if _PAST_WHEN_RE.search(before):
        return True
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(before)]
    return bool(starts) and _EARLIER_LEAD_RE.match(before[starts[-1] :]) is not None


def _past_answer(answer: str, text: str, at: int = 0) -> bool:
    """An answer that is only a past time said in the figure's own sentence ("in September", "last month"): the
    extractor's sign of an earlier wave it did not mark. A past time carried over from the sentence before
    ("Last year, 46% ... This year, that figure has risen to 57%") says nothing about this figure, nor does one
    told after another number ("58 percent waited, up from 41 percent two years ago": the time is the 41's).
    ``at`` is the figure's offset in ``text``."""
    answer = answer.strip()
    if not _PAST_TIME_RE.match(answer):
        return False
    where = text.lower().find(answer.lower())
    if where < 0:
        return False
    number_end = _NUMBER_AT_RE.match(text, at)
    after = number_end.end() if number_end else at
    return not (where > after and any(c.isdigit() for c in text[after:where]))


def _whole_sample(placed: Sequence[tuple[Unit, Figure | None]], main: frozenset[str]) -> list[Unit]:
    candidates: list[Unit] = []
    seen: set[int] = set()
    for unit, figure in placed:
        if unit.index in seen:
            continue
        seen.add(unit.index)
        if _SUBGROUP_LEAD_RE.match(unit.text) or _AGE_BAND_LEAD_RE.match(unit.text):
            continue  # the sentence is about a subgroup, whatever its figures say
        if figure is not None and _subgroup_figure(unit, figure, main):
            seen.discard(unit.index)  # a later figure of the same sentence may still be the topline's
            continue
        candidates.append(unit)
    return candidates


def _main_party(placed: Sequence[tuple[Unit, Figure | None]]) -> frozenset[str]:
    """The party words of the main poll's population when it polled a party's voters as a whole, else none."""
    for unit, figure in placed:
        if figure is None or _SUBGROUP_LEAD_RE.match(unit.text):
            continue
        if _demographic(figure.population):
            continue
        party = _party_words(figure.population)
        if party and (_WHOLE_PARTY_RE.search(figure.population) or _WHOLE_PARTY_RE.search(unit.text)):
            return party
        return frozenset()
    return frozenset()


@functools.lru_cache(maxsize=1024)
def _party_words(population: str) -> frozenset[str]:
    words = set()
    for w in _PARTY_RE.findall(population):
        w = w.lower()
        w = {"gop": "republican", "tories": "tory", "democratic": "democrat"}.get(w, w)
        words.add(w.removesuffix("s") if w not in ("labour", "labor") else w)
    return frozenset(words)


def _demographic(population: str) -> bool:
    return bool(_DEMOGRAPHIC_RE.search(_ALL_ADULTS_RE.sub(" ", population)))


def _subgroup(population: str, main: frozenset[str]) -> bool:
    return _demographic(population) or not _party_words(population) <= main


def _subgroup_figure(unit: Unit, figure: Figure, main: frozenset[str]) -> bool:
    """A figure of a part of the sample, by its own words first and its population label second.

    The words around the figure ("among women", "Republicans, 41% of whom") make it a subgroup's whatever the
    extractor's label says. A subgroup label counts only when those words bear it out (they name the group, as
    people: "women", "voters under 30", "among Labour supporters", "Republicans"): a label carried over from
    elsewhere or taken from the answer ("Labour is on 36%" read as Labour supporters) does not demote the
    topline."""
    offset = max(0, figure.start - unit.start)
    text = unit.text
    sample = _SAMPLE_RE.search(text)
    if sample is not None:  # blank out the poll's own sample: the group it names is the whole sample
        text = text[: sample.start()] + " " * len(sample[0]) + text[sample.end() :]
    if _SUBGROUP_PHRASE_RE.search(text[max(0, offset - _LOCAL_BEFORE) : offset + _LOCAL_AFTER]):
        return True
    if not _subgroup(figure.population, main):
        return False
    # The sentence up to the figure and a little past it: a list goes on naming its group.
    said = text[: offset + _LOCAL_AFTER]
    if _demographic(figure.population):
        return bool(_DEMOGRAPHIC_RE.search(_ALL_ADULTS_RE.sub(" ", said)))
    return any(_names_party_people(said, w) for w in _party_words(figure.population) - main)


def _names_party_people(text: str, party: str) -> bool:
    """The text names a party's voters as people: "among Labour supporters", "Republicans back it", "of
    Democrats" (not the party as an answer: "Labour is on 36%", "the Conservatives on 31%")."""
    return bool(_party_people_re(party).search(text))


@functools.lru_cache(maxsize=64)
def _party_people_re(party: str) -> re.Pattern[str]:
    stem = re.escape(party[:6])
    plural = rf"|(?<!the )\b{stem}\w*s\b" if party in _PARTY_PEOPLE else ""
    return re.compile(
        rf"\b(?:among|of|by|from)\s+(?:the\s+)?(?:\w+\s+)?{stem}\w*|\b{stem}\w*\s+(?:\w+\s+)?{_PEOPLE}{plural}",
        re.I,
    )


def _hypothetical(text: str) -> bool:
    """Every percentage in the text is in a condition ("I'd oppose it even if 99% approved", "if 60% of them turn
    out"): a supposed share, not one a poll found."""
    found = [m.start() for m in _PERCENT_AT_RE.finditer(text)]
    supposed = {m.start(1) for m in _HYPOTHETICAL_RE.finditer(text)}
    return bool(found) and all(x in supposed for x in found)


def _make_up(text: str) -> bool:
    """A share of a body of people's make-up (:data:`_COMPOSITION_RE`) in a sentence that names no poll: a
    survey's "share of students who are food insecure" is its finding."""
    return bool(_COMPOSITION_RE.search(text)) and not _POLL_WORD_RE.search(text)


def _doubtful(u: Unit) -> bool:
    """A quotation of someone else, a share the writer names as a threshold ("stopping it would require convincing
    35% of the people", "the measure needs 60% to pass") or supposes ("even if 90% approved"), or a number that
    reads as a rate or a price (or a body of people's make-up: "the share of its students who are black") rather than
    a poll result."""
    if u.quoted or _THRESHOLD_RE.search(u.text) or _hypothetical(u.text) or _make_up(u.text):
        return True
    words = {w.lower() for w in _WORD_SET_RE.findall(u.text)}
    reads_as_poll = bool(words & _POLL_RESULT_WORDS) or bool(_SHARE_SUBJECT_RE.search(u.text))
    return not reads_as_poll and bool(_RATE_RE.search(u.text))
