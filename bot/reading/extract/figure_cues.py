"""The figure stage's rule table: named patterns around a number that say "poll figure" or "not one".

Each row is a :class:`~bot.reading.extract.cues.Cue`. ``before`` cues match the end of the text just
before the number (they end in ``$``), ``after`` cues the start of the text just after it and its
percent sign (they start with ``^``); both windows stay inside the number's sentence and line.
``sentence``, ``line`` and ``passage`` cues are matched once per sentence, line or passage; ``label``
cues match the row label of a table row or the label text right before the number.

None of these decides by itself: the fitted ``figure`` model weighs them with the layout features of
:mod:`bot.reading.extract.layout`. The vocabulary follows the labelling rules of the corpora: margins
of error, sample sizes, changes, leads, nets, ratios, bounds, ranges, election results, rates and
numbers inside question wording are not figures; shares of respondents are. All patterns are matched
against lower-cased text.
"""

from __future__ import annotations

from dataclasses import replace

from bot.reading.extract.cues import Cue
from bot.reading.extract.vocab import MONTHS as _MONTHS_CASED
from bot.reading.extract.vocab import WEEKDAYS as _WEEKDAYS_CASED

# Every text these cues read is lower-cased first, so they are compiled without IGNORECASE (faster).
MONTHS = _MONTHS_CASED.lower()
WEEKDAYS = _WEEKDAYS_CASED.lower()

_POP = (
    r"(?:voters|adults|americans|residents|respondents|people|democrats|republicans|independents|"
    r"women|men|britons|canadians|australians|supporters|electors|the public|those|members|"
    r"parents|students|workers|households|citizens|latinos|hispanics|whites|blacks|"
    r"conservatives|liberals|moderates|evangelicals|catholics|youngsters|millennials|voters?|"
    # the electorates of polls outside the US, named by their nationality or province
    r"germans|austrians|spaniards|italians|the french|the dutch|swedes|norwegians|danes|finns|poles|"
    r"quebecers|ontarians|albertans|new zealanders|scots|the irish)"
)
# The groups a poll reports on (public for the figure stage's poll-sentence test).
POP_WORDS = _POP
_OPINION = (
    r"(?:say|says|said|think|thinks|thought|believe|believes|feel|feels|felt|agree|agreed|disagree|"
    r"support|supported|oppose|opposed|favou?r|favou?red|approve|approved|disapprove|disapproved|"
    r"prefer|preferred|expect|want|wanted|would|back|backed|identify|describe|trust|worry|worried|"
    r"blame|rate|view|consider|are undecided|were undecided|are unsure|are not sure|don't know|"
    r"plan to|intend to|will vote|would vote|chose|choose|picked|pick|named|selected|answered|"
    r"responded|indicated|reported|rated|gave|give|see|saw|"
    # the participle of a share's clause: "41% approve, with 57% disapproving", "30% saying it is worse"
    r"saying|thinking|believing|feeling|agreeing|disagreeing|supporting|opposing|favou?ring|approving|"
    r"disapproving|preferring|expecting|wanting|backing|choosing|picking|naming|rating|trusting|blaming)"
)

# "lead" as a verb after a modal or "to" ("would lead to higher rents", "likely to lead the field"): an
# answer's or a sentence's verb, not the noun of a lead between two shares.
_NOT_VERB_LEAD = r"(?<!would )(?<!will )(?<!could )(?<!might )(?<!may )(?<!can )(?<!to )"

_WRITTEN: tuple[Cue, ...] = (
    # --- not a share of respondents ---------------------------------------------------------------
    Cue(
        "moe",
        "figure",
        "before",
        r"(?:margin of (?:sampling )?error|error margin|sampling error|plus or minus|plus-or-minus|±|\+/-|"
        r"\+-|\bmoe\b|credibility interval)[^.;]{0,30}$",
        note="margins of error",
    ),
    Cue(
        "moe_after",
        "figure",
        "after",
        r"^\s*(?:margin of error|error|either way|sampling error|confidence|(?:level|degree) of confidence)",
    ),
    # A margin of error or confidence level named right at the number, by its name or its abbreviation ("a 3%
    # MoE", "Confidence level: 90%", "MOE: 3.5%"): never a share (the labelling rules), so a fixed rule
    # (figures._NEVER_SHARE); the looser ``moe`` and ``moe_after`` above are only weighed.
    Cue(
        "moe_named_after",
        "figure",
        "after",
        r"^\s*(?:moe|m\.o\.e|margin of (?:sampling )?error|error margin|sampling error|confidence (?:level|interval)|"
        r"(?:level|degree) of confidence)\b",
    ),
    Cue(
        "moe_named_before",
        "figure",
        "before",
        r"(?:\bmoe|\bm\.o\.e\.?|margin of (?:sampling )?error|error margin|sampling error|confidence (?:level|interval))"
        r"(?:\s|of|is|was|at|:|[-–—=(~]|\+/-|±|plus or minus)*$",
    ),
    Cue("points_after", "figure", "after", r"^\s*(?:-\s*)?(?:percentage[ -])?(?:points?|pts?|pp)\b"),
    Cue(
        "change_before",
        "figure",
        "before",
        r"\b(?:up|down|gained|gains?|gaining|lost|loses|losing|dropped|drops?|dropping|fell|falls|rose|rises|"
        r"increased|decreased|jumped|climbed|slipped|declined|grew|shrank|surged|plunged|slumped|tumbled|"
        r"widened|narrowed|up by|down by|net)(?:\s+(?:about|roughly|nearly|almost|around|some|just|only|a))?\s*[(\[]?\s*$",
        note="'up 6', 'fell by 3%': a change",
    ),
    Cue(
        "change_after",
        "figure",
        "after",
        r"^\s*\)?\s*(?:increase|decrease|drop|rise|jump|decline|gain|lead|margin|advantage|edge|swing|shift|"
        r"hit|boost|bump|dip|fall|slide|surge|lift|deficit|gap|improvement|cut|more|less|fewer|higher|lower)\b",
        note="'a 3% lead', '16 percent more'",
    ),
    Cue(
        "lead_before",
        "figure",
        "before",
        r"\b(?:lead|leads|leading|led|ahead|behind|trails?|trailing)\s+(?:of|by)\s*$",
    ),
    Cue(
        "bound_before",
        "figure",
        "before",
        r"\b(?:more|less|fewer|greater|higher|lower|bigger|smaller)\s+than\s*$|\b(?:over|under|above|below|"
        r"beyond|exceeds?|exceeding|exceeded|tops?|topped|north of|south of|upwards of|in excess of|at least|"
        r"at most|nearly|almost|approaching|close to|shy of|short of|just over|just under|"
        r"cracks?|cracked|needs?|requires?|required|clears?|cleared|threshold of|barely)\s*$|"
        # a named threshold: "short of the 60% bar", "below the 4 per cent threshold", "tops the 10% mark"
        r"\b(?:over|under|above|below|beyond|exceeds?|exceeding|exceeded|tops?|topped|short of|shy of|"
        r"cracks?|cracked|clears?|cleared|eclipsed?|breaks?|broke|passe[sd]|surpass(?:es|ed)?|hits?|reach(?:es|ed)?)\s+"
        r"the\s*$",
        note="'more than 40%', 'nearly 90%', 'below the 4% threshold': a bound",
    ),
    Cue(
        "range_before",
        "figure",
        "before",
        r"\b(?:between|ranging from|ranges? from|anywhere from)\s*$|"
        # "between 24 and", "between 24 percent and": the top of a span
        r"\bbetween\s+\S{1,12}(?:\s*(?:%|per ?cent|percent))?\s+and\s*$",
    ),
    Cue(
        "range_after",
        "figure",
        "after",
        r"^\s*(?:to|-|–)\s*\d+\s*(?:%|per ?cent|percent)?\s+(?:range|of the|of all)|"
        # a band a share sits in, not a share: "in the 30% range", "the 40 percent bracket"
        r"^\s*-?\s*(?:range|bracket|band|territory|zone)\b",
    ),
    Cue(
        "rate_after",
        "figure",
        "after",
        # (the words between a rate and its noun are its kind, "a 25 percent import tariff"; a clause word
        # ends the phrase: "70pc despite tariff fight" is a share)
        # ("past the 40%-bar": the noun joined to the share by a hyphen)
        r"^\s*-?\s*(?:(?:(?!despite\b|amid\b|after\b|as\b|and\b|but\b|while\b|with\b|for\b|in\b|on\b|over\b|"
        r"of\b|to\b|from\b|by\b|against\b|since\b)[\w-]+\s+){0,2}?(?:tariffs?|tax(?:es)?|bracket|rate|levy|"
        r"surcharge|fee)|interest|discount|"
        r"threshold|hurdle|barrier|bar|mark|benchmark|cut-?off|stake|hike|raise|return|growth|chance|probability|"
        r"likelihood|odds|"
        r"cap|limit|target|win|victory|"
        r"requirement|plus one|\+\s*1|abv|apr|apy|solution|alcohol|capacity|inflation|unemployment)\b",
        note="'a 3% tariff', '50 per cent plus one'",
    ),
    Cue(
        "rate_before",
        "figure",
        "before",
        # "the approval rate rose to 34.5 percent", "support rate" (a poll's share, as Japanese and Korean
        # outlets write it) is no economic rate
        r"\b(?<!approval )(?<!support )(?<!response )(?:tax|taxes|rate|rates|levy|fee|fees|tariffs?|surcharge|"
        r"interest|vat|inflation|unemployment|gdp|growth|yield|mortgage|odds|chances?|probability|likelihood)\b"
        r"(?:\s+[\w-]+){0,3}?\s+(?:of|at|to|from|is|was|by|hit|stood at|stands at)\s*$",
        note="'inflation rose to 2.9%', 'puts their odds at 58 percent'",
    ),
    Cue(
        "of_thing_after",
        "figure",
        "after",
        r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:gdp|budget|precincts|votes? cast|ballots|income|salary|"
        r"revenue|capacity|market|economy|population growth|workforce|seats|delegates|homes|land|time)\b",
    ),
    Cue(
        "unit_after",
        "figure",
        "after",
        # (a count's noun may follow one word that sorts it: "12 swing states", "40 key counties")
        r"^\s*(?:(?:key|swing|battleground|contested|competitive|target|early|other|more|u\.s\.)\s+"
        r"(?=states|counties|districts|seats|constituencies|ridings|precincts|countries)|)"
        r"(?:years?|yrs?|year-olds?|-year|months?|weeks?|days?|hours?|minutes?|miles?|km|votes|seats|times|"
        r"millions?|billions?|trillions?|bn|m|k|cents?|dollars|pounds|euros|electoral|"
        r"delegates|interviews|completes|cases|candidates|parties|states|countries|counties|districts|"
        r"constituencies|ridings|precincts|pollsters|questions|and (?:older|over|up)|or (?:older|over)|\+|st|nd|"
        r"rd|th|a\.m|p\.m|[ap]m)(?![^\W\d_])",
        # whole words only: a party named after a share is no unit ("Isamaa 26.5 Centre 22.9" is not "cent")
        note="counts, ages, times: '1000 Adults', '65 and older'",
    ),
    Cue(
        "sample_before",
        "figure",
        "before",
        r"\b(?:n|n size|sample(?: size)?|base|asked of|surveyed|interviewed|poll of|survey of|among|"
        r"sample of|polled|questioned)\s*[=:]?\s*$",
    ),
    Cue(
        "date_before",
        "figure",
        "before",
        rf"\b(?:{MONTHS}|{WEEKDAYS})\.?,?\s*$|\b(?:aged?|ages|age group|proposition|prop\.?|no\.|number|page|"
        r"district|question|q|route|highway|chapter|section|article|item|figure|table|wave|measure|initiative|"
        r"amendment|bill|issue|"
        r"grade|class|rank(?:ed)?|#)\s*\.?\s*$"
        # a date written as "10/6" after the words that date a row: "Week of 10/6: 19 approve / 72 disapprove"
        r"|\b(?:(?:weeks?|weekend|fortnight|month) (?:of|ending|beginning|starting)|as of|dated)\s*$",
    ),
    Cue(
        "people_after",
        "figure",
        "after",
        r"^\s*(?:people|persons|registered|likely|adults|respondents|voters|members|participants|households|americans|residents)\b",
    ),
    Cue("score_before", "figure", "before", r"\b(?:score|scored|won|beat|defeated|top|of the top)\s*$"),
    Cue("date_after", "figure", "after", rf"^\s*(?:[-–/]\s*\d+\s*)?(?:{MONTHS})\b"),
    Cue(
        "ratio_after",
        "figure",
        "after",
        r"^\s*(?:-\s*)?in\s*-?\s*(?:\d{1,2}|ten|five|four|three|two|every)\b|^\s*:\s*1\b|^\s*(?:out )?of (?:\d+|ten|every)\b",
    ),
    Cue(
        "ratio_before",
        "figure",
        "before",
        # "1-in-4", "three out of ten", "7 of 10 voters" (the "of" form only after a number under a hundred)
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s*-?\s*(?:in|out of)\s*-?\s*$|"
        r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s*-?\s*of\s*-?\s*$",
    ),
    Cue("money_before", "figure", "before", r"[$£€¥]\s*$|\b(?:usd|eur|gbp|aud|cad|rs|inr)\s*$"),
    Cue(
        "decimal_context",
        "figure",
        "after",
        r"^\s*(?:per cent|percent|%)?\s*(?:a year|per year|annually|year[- ]on[- ]year|year over year|y/y|m/m|q/q)\b",
    ),
    Cue(
        "certainty_after",
        "figure",
        "after",
        r"^\s*(?:%|per ?cent|percent)?\s*(?:sure|certain|convinced)\b(?!\s+to\b)",
        note="'I'm 100% sure', 'ninety percent certain': a degree of certainty, not a share of anyone "
        "('45% certain to vote' is a share)",
    ),
    Cue(
        "mode_after",
        "figure",
        "after",
        r"^\s*(?:of (?:the )?(?:interviews|calls|completes|sample)\b|(?:were|was) (?:reached|interviewed|"
        r"contacted|completed|conducted|recruited|sampled|drawn)\b|(?:were |was )?(?:by|via|on|through) "
        r"(?:landlines?|cell(?:ular)?|cell ?phones?|mobiles?|mobile phones?|text|sms|live (?:callers?|"
        r"interviewers?)|ivr|an online panel)\b)",
        note="'62% were reached on cell phones', '21% by landline': how the sample was drawn",
    ),
    Cue(
        "weighted_before",
        "figure",
        "before",
        r"\b(?:weight(?:ed|ing)\s+(?:to|by|on|for)|weighting targets?|targets? of)\b(?:[^.;]|\.\d){0,60}$",
        note="'weighted to match the 2024 vote (Trump 50.3%': a weighting target",
    ),
    Cue(
        "average_before",
        "figure",
        "before",
        r"\b(?:poll(?:ing|s)? averages?|average of (?:the |recent |all |the latest )?(?:polls|surveys)|"
        r"polls? of polls|polling aggregates?|aggregate of (?:the )?polls)\b(?:[^.;]|\.\d){0,90}$",
        note="'Polling average: 42.4% approve': a summary across polls",
    ),
    Cue(
        "stat_before",
        "figure",
        "before",
        r"\b(?:median|the mean|mean (?:perceived|expected|estimated?|score|rating|value|response|answer))\b"
        r"(?:[^.;%]|\.\d){0,80}$",
        note="'median expectations rose to 3.2 percent': a statistic of the answers, not a share of them",
    ),
    Cue(
        "voted_after",
        "figure",
        "after",
        r"^\s*(?:of\s+(?:the\s+)?(?:popular\s+)?(?:vote|ballots)\s+)?(?:in|at)\s+the\s+(?:\d{4}\s+)?"
        r"(?:general |last |previous |federal |state )?(?:election|referendum|primary|caucus)",
        note="'34% at the last election': a result",
    ),
    Cue(
        "won_before",
        "figure",
        "before",
        r"\b(?:won|took|achieved|secured|received|got|polled|garnered|captured|carried)\s+(?:just\s+|only\s+|a\s+)?$",
    ),
    Cue(
        "lead_noun_before",
        "figure",
        "before",
        _NOT_VERB_LEAD
        + r"\blead\s+(?:[\w’']+\s+){0,3}?(?:down|up|of|at|to|from|is|was|has|stands|stood|narrow\w*|widen\w*|shr[iu]nk\w*|"
        r"gr[oe]w\w*|cut|fell|rose|over)\b[^.;:%]{0,30}$",
        note="'the lead is down from 26%': a lead, not a share",
    ),
    Cue(
        "voted_verb_after",
        "figure",
        "after",
        r"^\s*(?:of\s+(?:the\s+)?(?:(?!who\b|that\b)[\w'’-]+\s+){0,2})?(?:voted|cast\s+(?:their\s+)?(?:ballots?|votes?))\b",
        note="'52% of people voted to leave': a result, not a poll ('52% of those who voted ...' is one)",
    ),
    Cue(
        "votes_before",
        "figure",
        "before",
        r"\d[\d,.]*\s+(?:votes|ballots)\s*(?:,|\(|or|and|for|—|–|-)?\s*$",
        note="'752 votes or 20.83 percent', '12,418 votes (51%)': a count of votes and its share, a result",
    ),
    Cue(
        "seats_before",
        "figure",
        "before",
        r"\bseats?\b[^.;:%]{0,60}$",
        note="'24 of the 120 seats, ahead of Likud on 23': a bare number after seat talk in its clause is a seat count",
    ),
    Cue(
        "won_with_before",
        "figure",
        "before",
        r"\b(?:won|elected|re-?elected|carried|returned)\b[\w\s-]{0,24}\bwith\s*(?:just\s+|only\s+)?"
        # and the loser's share written after the winner's: "won the run-off with 58.2% against 41.8%"
        r"(?:\d{1,2}(?:\.\d)?\s*(?:%|per ?cent|percent)\s+(?:against|to|versus|vs\.?)\s+)?$",
        note="'won re-election with 54%', 'won with 58.2% against 41.8%': a result",
    ),
    Cue(
        "ballot_result_before",
        "figure",
        "before",
        # a ballot measure's passage or defeat told in the past, its two sides after it: "voters approved the
        # bond issue 58% to 42%", "the levy passed 51.2% to 48.8%" (an opinion is "approved of ...")
        r"\b(?:(?:voters|the electorate|residents)\s+(?:\w+ly\s+)?(?:approved|rejected|passed|defeated|"
        r"legali[sz]ed|endorsed|turned down|voted down)\s+(?!of\b)|"
        # a state or town's past vote on a thing: "Oregon approved the new fuel tax 63% to 37%"
        r"(?:approved|rejected|passed|defeated|legali[sz]ed|voted down)\s+(?:the|a|an|its|their)\s|(?:measure|levy|proposition|prop\.|"
        r"initiative|amendment|referendum|bond|question \d+)\b[^.;%\d]{0,30}\b(?:passed|failed|carried|"
        r"was (?:approved|rejected|defeated))\b)[^.;%\d]{0,60}?"
        r"(?:\b(?:with|by)\s+)?(?:\d{1,2}(?:\.\d)?\s*(?:%|per ?cent|percent)\s*(?:to|-|–|against)\s*)?$",
        note="'voters approved the measure 63% to 37%': a past ballot's result",
    ),
    Cue(
        "year_share_before",
        "figure",
        "before",
        # a party's share at a named past election: "its 2021 vote share of 41%", "2017's 28% vote share"
        r"\b(?:19|20)\d\d(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:vote share|share of (?:the )?votes?|"
        r"result|tally)\s+(?:of|at|was|stood at)\s*$",
        note="'its 2021 vote share of 41%', '2017's 28% vote share': a past election's share",
    ),
    Cue(
        "target_before",
        "figure",
        "before",
        # a share a party needs, aims for or would have to reach: "unless one list wins 50%", "if the
        # Union does not reach 44%", "aiming at a 47% result", "a target of 45%" ("if the election were held
        # today, Labour would get 34%" is a poll's share: no "would" or "will" before the verb)
        r"\b(?:if|unless)\b(?:[^.;,]|,\d){0,60}?\b(?<!would )(?<!will )(?:gets?|receives?|wins?|reach(?:es)?|"
        r"secures?|polls|falls? (?:below|under)|drops? (?:below|under)|(?:does|do|did) not (?:get|reach|win)|"
        r"doesn'?t (?:get|reach|win)|fails? to (?:get|reach|win))\s+(?:only\s+|just\s+|at least\s+)?$|"
        r"\b(?:aim(?:s|ing|ed)? (?:for|at)|target(?:s|ing|ed)?|hop(?:es|ing|ed) for|goal of|set (?:a|its|their) "
        r"sights on|(?:target|goal|aim) (?:is|was|of)|needs? to (?:reach|win|get|hit|take)|needed to (?:reach|"
        r"win|get|hit|take))\s+(?:(?:a|an|the|of)\s+)?$",
        note="'unless one list wins 50%', 'aiming at a 47% result': a threshold or target",
    ),
    Cue(
        "result_verb_before",
        "figure",
        "before",
        r"\b(?:won|took|came (?:first|second|third|fourth|top|last)|finished(?: (?:first|second|third|fourth|top|last))?|"
        r"secured|garnered|captured|polled|received)(?:\s+(?:[\w'’()-]+\s+){0,5}?with)?\s*(?:just\s+|only\s+|a\s+|about\s+)?$",
        note="'Labour won', 'the PP came first with': a party's past tally (a result when the vote or a past "
        "election is named too, see figures.past_result)",
    ),
    Cue(
        "vote_after",
        "figure",
        "after",
        r"^\s*\)?\s*of\s+the\s+(?:[\w-]+\s+){0,2}?(?:vote|votes|ballots)\b|^\s*\)?\s*(?:in|at)\s+(?:19|20)\d\d\b",
        note="'36.2 per cent of the regional vote', '51% in 2024': the whole a party's tally is a share of",
    ),
    Cue(
        "date_range_before",
        "figure",
        "before",
        r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[-–—]\s*$",
        note="'10/1 - 10/10', 'fielded 5/2–5/6': the end of a field period written as month/day",
    ),
    Cue(
        "name_num_before",
        "figure",
        "before",
        r"\b(?:week|wk|channel|wave|round|episode|chapter|section|article|page|question|no\.|district|ward|"
        r"route|phase|stage|season|vol\.|volume|item|step|day|game|box|precinct|highway|interstate)\s*$",
        note="'week 46', 'Channel 12', 'Ward 4': a number that names a thing (bare only, see figures)",
    ),
    # --- a share of respondents -------------------------------------------------------------------
    Cue(
        "of_pop_after",
        "figure",
        "after",
        rf"^\s*\)?\s*of\s+(?:the\s+|all\s+|these\s+)?(?:[\w.'’-]+\s+){{0,4}}?{_POP}\b",
    ),
    Cue(
        "opinion_by_before",
        "figure",
        "before",
        r"\b(?:named|cited|chosen|picked|selected|backed|supported|opposed|favou?red|preferred|mentioned|rated|"
        r"seen|viewed|considered|described|identified|ranked|rejected|endorsed|trusted|approved|blamed)\b"
        r"[^.;:%\d]{0,50}\bby\s*(?:just\s+|only\s+|some\s+|about\s+|roughly\s+|a\s+further\s+)?$",
        note="'named as a serious concern by 44 per cent', 'backed by 61%': the share that holds the opinion",
    ),
    Cue(
        "rating_at_before",
        "figure",
        "before",
        r"\b(?:approval|disapproval|favou?rability|satisfaction|dissatisfaction)(?: ratings?| scores?)?\b"
        r"[^.;:%\d]{0,30}\b(?:at|to|of|is|was|on|hits?|holds|stands|sits)\s*$",
        note="'approval holds at 70pc', 'her approval rating is 41%': a rating's level is a share",
    ),
    Cue(
        "opinion_after",
        "figure",
        "after",
        rf"^\s*+\)?\s*+,?\s*+(?:of\s+(?:[\w.'’-]+\s+){{1,5}}?)?(?:also\s+|still\s+|now\s+|only\s+|just\s+)?{_OPINION}\b",
    ),
    Cue(
        "support_after",
        "figure",
        "after",
        r"^\s*(?:support|approval|disapproval|backing|favou?rability|of (?:the )?(?:support|vote|respondents|those polled|the sample))\b",
    ),
    Cue(
        "yes_no_after",
        "figure",
        "after",
        r"^\s*(?:\)\s*)?(?:voting\s+|vote\s+|said\s+|say\s+)?(?:yes|no|in favou?r|against|undecided|unsure|not sure|don'?t know|approve|disapprove|agree|disagree|oppose|support)\b",
    ),
    Cue(
        "at_before",
        "figure",
        "before",
        r"\b(?:at|on|with|has|had|have|gets?|got|takes?|took|receives?|scores?|sits?|sitting|stands?|stood|polls?|polling|attracts?|draws?|registers?|hold|holds|of)\s*$",
    ),
    Cue(
        "level_before",
        "figure",
        "before",
        r"\b(?:rises?|rose|risen|falls?|fell|fallen|slips?|slipped|slides?|slid|drops?|dropped|climbs?|climbed|"
        r"jumps?|jumped|edges?|edged|ticks?|ticked|moves?|moved|sinks?|sank|dips?|dipped|grows?|grew|"
        r"increases?|increased|decreases?|decreased|recovers?|recovered|falls? back|bounces?|bounced)"
        r"(?:\s+[\w.-]+){0,3}?\s+to\s*$",
        note="'slips to 23pc', 'rises one point to 20%': the level a change led to is a share",
    ),
    Cue("was_before", "figure", "before", r"\b(?:is|was|are|were|to|from|reached|hit)\s*$"),
    Cue("colon_before", "figure", "before", r"[:=]\s*$"),
    Cue("paren_before", "figure", "before", r"\(\s*$"),
    Cue("pop_paren_before", "figure", "before", rf"\b{_POP}\s*[(\[,:]?\s*$"),
    Cue(
        "earlier_before",
        "figure",
        "before",
        r"\b(?:from|compared (?:with|to)|previously|last (?:week|month|year|time)|earlier|prior|was|were)\s*$",
    ),
    Cue(
        "earlier_after",
        "figure",
        "after",
        r"^\s*+\)?\s*+(?:in|at|from)?\s*+(?:the\s+)?(?:last|previous|prior|earlier|a (?:week|month|year|fortnight) ago|\w+ (?:weeks|months|years) ago)",
    ),
    Cue("each_after", "figure", "after", r"^\s*(?:each|apiece|respectively)\b"),
    # --- sentence cues ----------------------------------------------------------------------------
    Cue(
        "s_poll",
        "figure",
        "sentence",
        r"\b(?:poll(?:s|ed|ing|ster|sters)?|survey(?:s|ed|ing)?|respondents|interviewed|questioned|"
        r"fieldwork|voting intentions?|vote intentions?|barometers?|tracking|crosstabs?|topline|newspoll|two-party|2pp|tpp|"
        r"approval|approve|disapprove|favou?rable|unfavou?rable|favou?rability)\b",
    ),
    Cue("s_opinion", "figure", "sentence", rf"\b{_OPINION}\b"),
    Cue("s_voters", "figure", "sentence", rf"\b{_POP}\b"),
    Cue(
        "s_election",
        "figure",
        "sentence",
        r"\b(?:precincts?|ballots counted|votes? counted|vote count|official results?|certified|"
        r"won the (?:election|seat|race|state|primary)|election results?|actual result|turnout|"
        r"electoral college|seats? (?:won|gained)|swing|result of the|elected|re-?elected|re-?election|popular vote)\b",
    ),
    Cue(
        "s_result",
        "figure",
        "sentence",
        r"\b(?:(?:at|in|of) the (?:[a-z]+ )?(?:(?:19|20)\d\d|last|previous) (?:[a-z-]+ ){0,2}(?:elections?|referendum)\b"
        r"[^.;]{0,80}\b(?:won|took|came (?:first|second|third)|finished|secured|received|achieved|polled|got)\b|"
        r"(?:won|took|came (?:first|second|third)|finished|secured|received|achieved)\b[^.;]{0,60}\b(?:in|at) "
        r"(?:the )?(?:(?:19|20)\d\d|last|previous)\b)",
        note="'At the 2023 election the PP came first with 33.1 per cent': a past result cited for comparison",
    ),
    Cue(
        "s_summary",
        "figure",
        "sentence",
        r"\b(?:poll(?:ing|s)? averages?|average of|polls? of polls|aggregate|median|mean)\b",
        note="a sentence that may report a summary of polls or of answers (see figures.summary_clause)",
    ),
    Cue("s_seats", "figure", "sentence", r"\bseats?\b", note="seat counts and projections beside shares"),
    Cue("s_exit", "figure", "sentence", r"\bexit[- ]poll"),
    Cue(
        "s_econ",
        "figure",
        "sentence",
        r"\b(?:unemployment|jobless|inflation|gdp|gross domestic|interest rates?|mortgage|tariffs?|tax rates?|"
        r"bracket|stock market|bond|yields?|wages?|salar(?:y|ies)|growth rate|cpi|deficit|budget|shooting|"
        r"free throws?|field goals?|batting|three-pointers?|market share|profit|revenue|earnings|dividend|"
        r"price index|consumer prices|labou?r force|rebounds|assists|statistics|census|per capita|"
        r"quarter|fiscal|economy grew|sales)\b",
    ),
    Cue(
        "s_moe",
        "figure",
        "sentence",
        r"\b(?:margin of (?:sampling )?error|error margin|plus or minus|confidence level|credibility interval)\b|±",
    ),
    Cue(
        "s_sample",
        "figure",
        "sentence",
        r"\b(?:sample of|surveyed|interviewed|conducted|n\s*=|n size|weighted|fieldwork|polled)\b",
    ),
    Cue(
        "s_change",
        "figure",
        "sentence",
        r"\b(?:up|down|gain(?:ed|s)?|lost|fell|rose|dropped|jumped|increase|decrease|change|since|from)\b",
    ),
    Cue("s_question", "figure", "sentence", r"\?\s*$"),
    Cue(
        "s_ballot",
        "figure",
        "sentence",
        r"\b(?:proposition|prop\.?|measure|amendment|initiative|referendum|ballot question)\b",
    ),
    Cue("s_quote", "figure", "sentence", r"[“\"][^”\"]{0,200}$|^[^“\"]*[”\"]"),
    Cue(
        "s_method",
        "figure",
        "sentence",
        r"\b(?:rounding|rounded|rounds? (?:up|down|off|to)|methodology|weighted to|may not (?:add|sum)|add up to|"
        r"is shown as|for example)\b",
        note="rounding and methodology notes",
    ),
    # --- line cues --------------------------------------------------------------------------------
    Cue("l_headline", "figure", "line", r"^[^.!?]{0,110}$"),
    Cue(
        "l_asked",
        "figure",
        "line",
        r"^\s*(?:asked of|based on|base:|n\s*=|sample|total respondents|unweighted)",
    ),
    Cue("l_moe", "figure", "line", r"margin of error|±|\+/-|moe"),
    # --- row labels and labels right before the number ------------------------------------------------
    Cue(
        "lab_not_poll",
        "figure",
        "label",
        r"\b(?:election|result|results|seats?|votes|turnout|swing|gain|gains|change|net|"
        + _NOT_VERB_LEAD
        + r"lead|margin|error|"
        r"sample|base|weighted|unweighted|n|electorate|population|frequency|count|number|rank|difference|"
        r"diff|spread|mean|median|average|composition|share of (?:the )?sample)\b",
    ),
    Cue("lab_total", "figure", "label", r"^\s*(?:total|net|sub-?total)\b"),
    Cue(
        "lab_answer",
        "figure",
        "label",
        r"\b(?:approve|disapprove|favou?rable|unfavou?rable|support|oppose|yes|no|agree|disagree|not sure|don'?t know|undecided|other|someone else|right direction|wrong track|better|worse|same|likely|unlikely|satisfied|dissatisfied|positive|negative|neutral|very|somewhat)\b",
    ),
    # --- the passage ------------------------------------------------------------------------------
    Cue(
        "p_poll",
        "figure",
        "passage",
        r"\b(?:poll(?:s|ed|ing|ster|sters)?|survey(?:s|ed|ing)?|respondents|interviewed|interviews|mrp|questioned|"
        r"fieldwork|voting intentions?|vote intentions?|barometers?|topline|crosstabs?|margin of error|sample)\b",
    ),
    Cue(
        "p_asked",
        "figure",
        "passage",
        r"\b(?:asked|approve|approval|favou?rable|vote intention|would vote|undecided|(?:right|wrong) (?:direction|track)|"
        r"don'?t know|not sure|no opinion|refused|strongly (?:agree|disagree|support|oppose)|"
        r"(?:likely|registered|decided|eligible) voters|percent each|per cent each|dk/na|dk/ref\w*|volunteered|"
        r"(?:do|would|did|will|should) you (?:think|say|approve|support|favou?r|agree|prefer|rate|trust)|"
        r"(?:percent|per cent|%) (?:who (?:say|said|think|rate|approve|expect|believe)|saying))\b|"
        r"\(vol\.?\)|(?m:^\s*q\.?\s?\d{1,3}[.:)])",
    ),
    Cue(
        "p_econ",
        "figure",
        "passage",
        r"\b(?:unemployment|inflation|gdp|interest rates?|tariffs?|tax rates?|stock market|earnings|revenue|"
        r"shooting|batting|rebounds|per cent a year|box office)\b",
    ),
    Cue(
        "p_election",
        "figure",
        "passage",
        r"\b(?:precincts reporting|election results?|votes counted|official results?|seats won|turnout)\b",
    ),
)

FIGURE_CUES: tuple[Cue, ...] = tuple(replace(c, flags=0) for c in _WRITTEN)

# How far back (in characters) a ``before`` cue may need to look; the rest look SHORT_REACH back.
SHORT_REACH = 28
REACH: dict[str, int] = {
    "lead_noun_before": 60,
    "won_with_before": 60,
    "target_before": 60,
    "ballot_result_before": 60,
    "result_verb_before": 56,
    "opinion_by_before": 72,
    "rating_at_before": 56,
    "moe": 60,
    "range_before": 40,
    "rate_before": 60,
    "weighted_before": 90,
    "average_before": 130,
    "stat_before": 100,
    "seats_before": 72,
    "change_before": 40,
    "bound_before": 32,
    "level_before": 48,
}
