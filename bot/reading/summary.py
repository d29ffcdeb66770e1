"""Extractive summaries for chat: what the post is about, in its own words, then its headline poll figure.

A summary is built in three steps, all on whole units of the post (``summary_units``):

1. **The point.** Every prose sentence gets a point score (``score_sentences`` shows it, with reasons)::

       centrality + title echo + position + stance - penalties

   - ``centrality``: LexRank over TF-IDF cosine (``centrality.py``): how much the sentence shares with the
     rest of the post;
   - ``title echo``: the share of the title's words (and numbers) the sentence repeats; the title is the one
     given, or the post's first line when it reads as a title;
   - ``position``: the lead (first prose sentence) of a report states its news; the closing sentence of an
     opinion post often states its conclusion. The more the post speaks in its own voice, the more weight
     moves from the lead to the close, but the lead keeps ``LEAD_FLOOR`` of it (opinion posts often open
     with their thesis too);
   - ``stance``: the author's own claim: an opinion verb in the first person ("I don't believe it", "I think",
     "I've long believed"), a judgement ("should", "must", "out of touch", "the problem is", "which means",
     "if only"), an exclamation; a judgement in someone else's reported words ("the mayor joked that ...
     should") is theirs, not the writer's;
     a colon lead-in that introduces the evidence ("They are out of step with voters:"); a sentence that only
     announces the claim ("Here's the thing.", "Let me be blunt.") hands its weight to the next one, which makes it;
   - penalties: someone else's claim reported without quotation marks ("the mayor says ..."; not a poll's
     respondents, "7 in 10 voters told the pollster ..."), which is never filler either; questions,
     sentences that point back ("That's ...", "It's also ..."; not a contrast, "But ...", "Yet ...", which
     is how an opinion post turns to its own claim), quotations and reported speech, methodology notes,
     very short sentences, sentences made of poll figures (those are the figure's job, step 2), a
     first-person aside ("I spent years in ...").

   Figures earn nothing here: a sentence with numbers is not the point for having numbers.
2. **The headline figure** (``headline.py``), when the extractor found poll figures: the first sentence with a
   topline result of the main poll: not an earlier wave, not a "not sure" share, not a subgroup, in the
   writer's own account, and, when the title quotes numbers, preferably the sentence that repeats them.
   It is taken once.
3. **Filling.** The best point sentence and the headline figure go in first (the next point candidate, then a
   title that restates the point sentence, are tried when the two do not fit together), then further sentences by point score while they fit, score at
   least ``MIN_EXTRA_SCORE`` and are not near-duplicates of one already chosen. At most ``MAX_SENTENCES``.

Units stay whole and in reading order. A lead-in ending in ":" comes only with what follows it; a quotation
that runs over several sentences comes whole, except that the headline figure's sentence may open one that
does not fit, which is then closed with "…" and the matching mark. A line without a full stop (a list item)
is put on its own line, never run into the next sentence. Headings, table rows and page furniture are never
part of a summary, except a title standing in for a point sentence too long to fit beside the figure, and the row
(with the line heading its table) that holds the headline figure of a poll told only in a table. Only when not one unit fits is the best one cut at a word boundary, with "…".
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

from bot.models import Figure
from bot.reading.centrality import lexrank
from bot.reading.headline import (
    change_amount,
    earlier_only_indexes,
    figure_values,
    headline_unit,
    mentions_share,
    topline_indexes,
    turnout_share,
)
from bot.reading.sentences import sentence_spans
from bot.reading.summary_units import (
    BACK_VERDICT_RE,
    EMPHASIS_RE,
    Unit,
    split_units,
    title_case,
    word_count,
)

ELLIPSIS: Final = "…"
# Units shown on a line of their own, and the lines that may head a table.
_OWN_LINE: Final = frozenset({"item", "row", "heading"})
# A sentence opening on a word that answers the sentence before it ("Still, I'd bet ...", "But the numbers
# ...", "However, ..."): shown without that sentence, the word dangles, so the summary drops it.
_BACK_CONNECTIVE: Final = re.compile(
    r"^(?:(?:Still|However|Even so|That said|Nonetheless|Nevertheless|Even then|All the same),|But\b,?|Yet\b,?(?![ \t]+(?:another|more|again)\b))[ \t]+"
    r"(?=[\"“‘']?\w)"
)
_ALNUM_RE: Final = re.compile(r"[^\W_]")
_TABLE_HEADERS: Final = frozenset({"item", "row", "heading", "fragment"})
MAX_SENTENCES: Final = 4
# A title shown above the point needs this many content words: a shorter one is a label ("Poll Results").
TITLE_TERMS: Final = 4
# A column's or a newsletter's label says when, not what ("District notes for the week of June 12", "Friday
# links", "Mailbag, issue 40"): never shown above the point.
_LABEL_TITLE_RE: Final = re.compile(
    r"\b(?:notes|links|round-?up|digest|newsletter|briefing|mailbag|open thread|podcast|episode|edition|issue \d+|"
    r"week \d+|week of|weekly|daily|live blog|live updates)\b",
    re.I,
)
MIN_EXTRA_SCORE: Final = 0.0
# A point sentence this far below the best one may stand in for it when the best does not fit beside
# the headline figure.
POINT_MARGIN: Final = 0.4
# When the point sentence and the headline figure's do not fit together in ``max_chars``, the two of them (and nothing
# else: no title line, no filler) may run this share over it: 400 -> 480, under the 500 a digest's reader still takes
# in at a glance. A summary that drops the poll's headline figure to save 40 characters serves nobody.
PAIR_STRETCH: Final = 0.2
# The reasons a sentence gets from where it stands and how central it is, not from anything it says.
PLACE_REASONS: Final = frozenset({"centrality", "lead", "second", "conclusion"})
# Share of the title's words the point sentence must repeat for the title to stand in for it (when the point
# sentence and the headline figure do not fit together).
TITLE_RESTATES: Final = 0.75
# A post whose voice is below this is a report (its lead keeps more than half the lead's bonus): its title is its
# news in a line.
REPORT_VOICE: Final = 1 / 6
# A report's deck gives the lead's bonus to the lead when the lead repeats this share of its words and this many
# more of the title's words (:func:`_deck_before_lead`).
DECK_SHARED: Final = 0.4
DECK_TITLE_MARGIN: Final = 2
# LexRank runs over at most this many prose sentences: the first HEAD and the last TAIL.
CENTRALITY_HEAD: Final = 90
CENTRALITY_TAIL: Final = 30

W_CENTRAL: Final = 0.6
W_TITLE: Final = 0.8
W_LEAD: Final = 0.7
W_SECOND: Final = 0.15
W_CONCLUSION: Final = 0.3
W_STANCE: Final = 0.45
W_LEAD_IN: Final = 0.45
# Someone else's claim reported without quotation marks ("the mayor says the stadium will pay for itself"): an
# opinion post often sets it up to argue against it, so it weighs less and is never filler.
W_REPORTED: Final = 0.2
W_REACTION: Final = 0.3
# A poll's question quoted as the pollster asked it ("20. As you may know, ... do you favor it or oppose it?").
W_WORDING: Final = 0.5
_QUESTION_NUMBER_RE: Final = re.compile(r"^\W{0,2}(?:Q\.?\s?)?\d{1,3}[a-z]?[.):]\s", re.I)
# A sentence that only announces the writer's claim ("Here's the thing.", "I will say what I say every year.")
# hands its weight to the sentence that makes it.
W_ANNOUNCED: Final = 0.45
# The sentence that answers a question the title asks ("Is the Surge Real?" ... "In a word, no.") is the thesis.
W_ANSWER: Final = 0.9
# The answer to a question the writer asks in the post ("So which is it? The Courier's, almost certainly.").
W_REPLY: Final = 0.6
ANSWER_WITHIN: Final = 6
# The closing sentences among which the writer's last judgement is looked for when the last one is a coda.
CLOSING_WITHIN: Final = 3
# Reasons that mark the writer taking a stance (see _point_parts: a stance cue, a line set in bold).
_STANCE_REASONS: Final = frozenset({"stance", "set in bold"})
# Reasons that make a sentence someone else's words, or not a claim at all.
_NOT_OWN_REASONS: Final = frozenset(
    {"quotation", "reported speech", "question", "poll figures", "method note"}
)
# The post's voice (0..1) moves weight from the lead to the closing sentence, but the lead keeps this share of
# its bonus: an opinion post often states its thesis at the top too.
LEAD_FLOOR: Final = 0.3

# A subgroup's result in a poll post ("Among voters under 35, her lead is 40 points."): not filler.
_SUBGROUP_OPENING_RE: Final = re.compile(r"^\W*among\b(?!\s+all\b)", re.I)
_SPACE_RE: Final = re.compile(r"\s+")
_TOKEN_RE: Final = re.compile(r"[a-z0-9]+")
_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+(?:\.\d+)?")
_OPINION_RE: Final = re.compile(
    r"\bI(?:['’]m|['’]d| am| do| did)?(?: not|n['’]t| n[o']t)?\s+"
    r"(?:really\s+|again\s+|still\s+|actually\s+|only\s+|also\s+|just\s+|simply\s+|genuinely\s+|firmly\s+|"
    r"fully\s+|strongly\s+|wholeheartedly\s+|heartily\s+|certainly\s+|definitely\s+)?"
    r"(?:think|bet|believe|argue|expect|predict|suspect|guess|doubt|reckon|fear|worry|hope|wonder|suppose|say|trust|"
    r"distrust|call|stand by|stick by|maintain|insist|support|oppose|reject|applaud|praise|commend|blame|object|regret|"
    r"endorse|recommend|urge|caution|warn|welcome|condemn|deplore|"
    r"feel|feeling|agree|disagree|buy|baffled|convinced|sure|afraid|worried|glad|sorry|hopeful|confident|angry|"
    r"tired|disappointed|frustrated|sceptical|skeptical|ashamed|appalled|happy|unhappy|pleased|displeased|dismayed|"
    r"troubled|concerned|encouraged|heartened|disgusted|proud)\b"
    # the writer's own vote, had they had one: "I would have voted no", "I'd have backed it"
    # an editorial board's verb of opinion: "We think the plan is sound", "we urge the council", "We do not believe"
    r"|\bwe(?: do| did)?(?: not|n['’]t)?\s+(?:(?:still|also|strongly|firmly|fully)\s+)?(?:think|believe|urge|caution|"
    r"warn|recommend|endorse|support|oppose|applaud|commend|condemn|reject|welcome|hope|fear|doubt|agree|disagree)\b"
    r"|\bI(?: would|['’]d) (?:not |never )?have (?:voted|backed|supported|opposed|rejected|chosen)\b"
    # "I am of the opinion that ...", "I have to agree with ...", "I must admit ..."
    r"|\bI(?:['’]m| am) of the (?:opinion|view|belief)\b"
    r"|\bI (?:have to|must|['’]ve got to|have got to) (?:agree|disagree|admit|conclude|say)\b"
    r"|\bI(?: (?:would|could|might|will|must|can)|['’]d)(?: not|n['’]t)? (?:guess|say|argue|bet|think|suggest|add|"
    r"submit|venture)\b"
    # the writer's disbelief: "I can't fathom why ...", "I cannot imagine anyone ...", "I just can't understand it"
    r"|\bI (?:just |simply |really |still )?(?:can(?:not|['’]t| not)|could(?:n['’]t| not)) (?:fathom|imagine|understand|"
    r"comprehend|believe|see (?:why|how))\b"
    r"|\bI(?:['’]ve| have)?(?: (?:long|often|always|never|just))? (?:thought|believed|said|argued|felt|maintained|"
    r"suspected|doubted|wondered|predicted|expected|feared)\b"
    r"|\bI(?:['’]ll| will|['’]m going to| am going to)? go out on a limb\b|\bmark my words\b|\bI['’]m calling it\b"
    r"|\bmy money(?:['’]s| is) on\b"
    r"|\bmethinks\b|\bin my (?:view|opinion)\b|\bfrankly\b|\bhonestly\b"
    # the writer reading the numbers: "to me it says that ...", "to me, this looks like ..."
    r"|\bto me,? (?:it|this|that) (?:says|seems|suggests|looks|means|reads|shows)\b"
    # the writer's reaction told in the passive: "I was shocked to see ...", "I'm stunned that ..."
    r"|\bI(?:['’]m| am| was)(?: (?:really|genuinely|frankly|honestly|just|quite|a bit|a little))? (?:shocked|"
    r"surprised|stunned|amazed|astonished|startled|staggered|dismayed|appalled|heartened|encouraged|relieved)\b"
    r"|\bmy (?:prediction|guess|bet|hunch|view|advice|answer|argument|verdict|conclusion)(?: is|:)"
    # the writer's standing belief named as such: "It is my theory that ...", "my long-held belief is that ..."
    r"|\bmy (?:(?:continuing|continued|long-held|longstanding|long-standing|firm|strong|own|honest|considered|"
    r"abiding)\s+)?(?:theory|belief|view|hunch|sense|suspicion|feeling|impression|contention|expectation|guess|"
    r"prediction|conviction) (?:is |remains |has always been )?that\b"
    # the writer's own reaction: "What surprised me most was ...", "it strikes me as typical", "caught my eye"
    r"|\b(?:startl|surpris|struck|strik|stun|shock|amaz|astonish|bother|worr|troubl|puzzl|baffl)\w* me\b"
    r"|\bcaught my (?:eye|attention)\b",
    re.I,
)
# Judgement: single words looked up in the sentence's word set, phrases by one lower-case pattern.
_JUDGEMENT_WORD_TEXT: Final = """should shouldn't must wrong absurd ridiculous foolish foolishly shameful depressing agenda
    irrelevant matter matters clearly obviously regardless"""
_JUDGEMENT_WORDS: Final = frozenset(_JUDGEMENT_WORD_TEXT.split())
_JUDGEMENT_PHRASE_RE: Final = re.compile(
    r"\b(?:ought to|needs? to|has to|have to|cannot afford|no wonder|"
    r"(?:the|their|our|his|her|my|a|one) (?:(?:real|whole|honest|simple|plain|obvious|only|fair|sensible|likeliest|bigger|"
    r"big|surprising|sad|hard|inconvenient|uncomfortable|awkward|harsh|[a-z]+(?:er|est)) )?(?:problem|point|lesson|truth|"
    r"reality|fact|irony|trouble|question|story|reading|conclusion|takeaway|upshot|"
    r"explanation|message)(?: (?:that |which )?(?:the|this|nobody|no one|i|we|you|they|it|everyone)\b[\w'’ ]{0,40}?)?"
    # "the problem is ...", and told in the past as the writer's diagnosis: "the problem wasn't X, the problem was that
    # nobody explained the new routes" (a verdict, where "the problem was fixed" is not)
    r"(?: is| (?:was|wasn['’]t|was not) that)|"
    r"(?:is|isn['’]t|is not|was|wasn['’]t|was not|are|aren['’]t|are not) (?:(?:very|really|any|so) )?(?:good|bad|great|terrible)"
    r" (?:news )?for|which means|(?:far|way|all) too (?:often|many|much|few|little|long|easily|quick(?:ly)?)|it (?:appears|seems)|in (?:short|other words|the end|sum)|taken together|all told|on balance|all in all|bottom line|out of touch|if only|"
    r"not required|of course|going to|will (?:have|need|be forced)|disgrace\w*|outrage\w*|hypocri\w*|"
    r"(?:cannot|can['’]t|can not) (?:keep|expect|pretend|ignore|go on|have it both ways)|and (?:then )?expect|"
    r"(?:would|['’]d) (?:have been |be |do )?(?:much |far |a lot )?(?:smarter|better(?: off)?|wiser|well advised) to|"
    r"had better|"
    # the writer's doubt told impersonally: "It is hard to see how they recover", "it's difficult to imagine a
    # deal", "it is impossible to ignore the trend"
    r"(?:hard|difficult|impossible|tough) to (?:see|imagine|believe|understand|ignore|escape|overstate|argue with)|"
    # a call to act: "It's time to rethink the budget.", "it is high time for the board to listen"
    # hedged: "it may soon be time to admit ...", "it might well be time for the board to ..."
    r"it(?:['’]s| is| (?:may|might|could) (?:soon |well |now |finally )?be) (?:high |about |long past |past )?time "
    r"(?:for [\w'’ -]{1,40}? )?to)\b"
)
_WORD_SET_RE: Final = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_FIRST_PERSON: Final = frozenset({"I", "I'm", "I've", "I'd", "I'll", "me", "Me", "my", "My", "mine", "Mine"})
_OPINION_HINTS: Final = frozenset(
    {
        "I",
        "I'm",
        "I'd",
        "I've",
        "we",
        "We",
        "methinks",
        "Methinks",
        "my",
        "My",
        "me",
        "frankly",
        "Frankly",
        "honestly",
        "Honestly",
    }
)
_VOICE: Final = _FIRST_PERSON | {"we", "We", "us", "our", "Our", "you", "You", "your", "Your"}
_WE: Final = frozenset({"we", "We", "us", "our", "Our"})
# A pollster telling its own work ("we polled 900 voters", "Our latest poll finds", "our second question"): the "we" of a
# release or a pollster's write-up is its byline, not an opinion post's voice. (A bare "our polls" is often a
# slogan in the page's furniture, and is left as voice.)
_POLLSTER_WE_RE: Final = re.compile(
    r"\b[Ww]e (?:also |then |first |recently |again )?(?:asked|polled|surveyed|interviewed|sampled|fielded|tested)\b|"
    r"\b[Oo]ur (?:(?:latest|newest|new|recent|last|first|second|third|final|monthly|weekly|quarterly|annual|"
    r"[A-Z][\w-]*) )+(?:poll|polls|polling|survey|surveys|question|questions|findings|results|respondents|sample)\b"
)
_QUOTED_RE: Final = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_QUESTION_RE: Final = re.compile(
    r"^(?:is|are|was|were|do|does|did|should|would|will|can|could|has|have|what|how|which|who|why)\b", re.I
)
_WH_STATEMENT_RE: Final = re.compile(r"^(?:what|how|which|who|why)\b[^?]*[.!][\"'”’)]*\s*$", re.I)
# "This year, ..." or "That week, ..." names a time, not something said before; "This poll ...", "This latest survey
# ..." names the poll it is about.
_POINTS_BACK_RE: Final = re.compile(
    r"^(?:\(|(?:[“\"'‘]\s*)?(?:that(?!\s+said)|this|these|those|it|they|he|she|and(?!,?\s+yet\b)|also|"
    r"then|or|because)\b(?!\s+(?:(?:past|coming|latest|new|newest|recent|same|fresh)\s+)?"
    r"(?:year|week|month|time|morning|afternoon|evening|weekend|spring|summer|autumn|"
    r"fall|winter|season|quarter|term|cycle|round|wave|poll|survey)\b))",
    re.I,
)
# "That is not a mandate.", "It is a divided public, not a firm one.": the writer's verdict on what came before,
# in its own words, not a sentence that only points back.
_DENIES_RE: Final = re.compile(
    r"^\W*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:not\b|[^.!?]{2,80}?,?\s+not\b)", re.I
)
# "That's troubling.", "This is a welcome development.", "It was a huge shift.": the writer's evaluative word
# predicated of what came before is a verdict, not a sentence that only points back (a stance, like "That is not a
# mandate.").
_EVALUATIVE_TEXT: Final = """troubling worrying worrisome alarming disturbing distressing depressing discouraging
    encouraging heartening reassuring welcome unwelcome good bad great terrible awful dreadful grim bleak ominous
    remarkable striking telling stunning shocking astonishing extraordinary huge big enormous massive dramatic
    interesting fascinating ironic sad tragic unfortunate dangerous rotten dismal lousy atrocious abysmal woeful
    pathetic ugly disastrous catastrophic embarrassing humiliating miserable brutal painful anxious impressive"""
_EVALUATIVE_ALT: Final = "|".join(_EVALUATIVE_TEXT.split())
# Before a noun, a word of size or plain praise names a thing ("This big budget", "that great state"), not a verdict.
_EVALUATIVE_NOUN_ALT: Final = "|".join(
    w
    for w in _EVALUATIVE_TEXT.split()
    if w not in {"big", "huge", "enormous", "massive", "great", "good", "welcome"}
)
# Up to three qualifiers before the evaluative word, a repeated one set off by a comma ("very, very grim").
_QUALIFIERS: Final = (
    r"(?:(?:a|an|quite|very|really|so|pretty|deeply|truly|genuinely|most|more|hugely|rather|not|no|needlessly)"
    r",?\s+){0,3}"
)
_EVALUATIVE_VERDICT_RE: Final = re.compile(
    r"^\W*(?:(?:and|but|so|now),?\s+)?(?:"
    r"(?:that|this|it)(?:['’]s|\s+is|\s+was|,[^,.!?]{1,30},\s+is)\s+"
    + _QUALIFIERS
    + r"(?:"
    + _EVALUATIVE_ALT
    + r")"
    # the writer's word for what came before, as its subject: "These dismal figures land ...", "This ugly
    # result ...", "That woeful showing ..."
    r"|(?:these|this|that|those)\s+" + _QUALIFIERS + r"(?:" + _EVALUATIVE_NOUN_ALT + r")\s+(?!of\b)[a-z]+"
    r")\b",
    re.I,
)
# "should" or "must" that is no one's verdict: the item a poll asked about, told as an indirect question after "on",
# "about" or "asked" ("leads by five points on who should run the council", "asked whether the town should
# ..."; not the writer's own "Whether they should ... is a different question"), or a guess ("must be hoping", "must
# have known").
_NOT_OBLIGATION_RE: Final = re.compile(
    r"\b(?:on|about|over|asked|asking|asks)\s+(?:which|whether|who)\b(?:\s+[\w'’-]+){0,3}?\s+should\b|\bmust (?:be \w+ing|have \w+(?:ed|wn|en))\b",
    re.I,
)
BACK_VERDICT_WORDS: Final = 8
W_BACK_VERDICT: Final = 0.3
# The writer conceding in the first person and then turning to a claim that is not about themselves, in one sentence
# ("I like the mayor, but this plan is a mistake.", "We covered the turnout last week, but the new numbers change the
# picture."), or a sentence opening on "And yet": the turn is where an opinion post states what it holds. Not "but
# because" or "but to" (a reason corrected: "I mention it not to gloat, but because ..."), not a turn back to the
# writer ("I have my doubts, but I will vote for it": the writer's own life), not a question, not someone else's words.
W_TURN: Final = 0.3
_OWN_TURN_RE: Final = re.compile(
    r"^\W*(?:(?:now|sure|look|listen|yes|ok(?:ay)?|true|granted|and|so|well),?\s+)?(?:I|we)\b(?:['’][a-z]+)?"
    r"[^.!?;:]{3,200}?[,;]\s*but\s+(?!because\b|to\b|(?:I|we|me|my|our|us)\b)"
    r"|^\W*(?:and|but),?\s+yet\b",
    re.I,
)
# The writer telling the reader what to do or not to do: "Don't write a story about 60 people.", "Stop piloting and
# pass the rule.", "Let's stop pretending ..."
_IMPERATIVE_RE: Final = re.compile(
    r"^\W*(?:(?:so|and|but|now|please),?\s+)?(?:don['’]t|do not|never|stop|quit|(?:let['’]s|let us)"
    # "Let's start with the good news.", "Let us look at the numbers.": the writer guiding the reader, not a verdict.
    r"(?!\s+(?:start|begin|look|turn|take a look|recap|review|see|go through|consider)\b))\b",
    re.I,
)
# A short sentence that announces the claim the next one makes, with a full stop where a lead-in has a colon.
# A report's lead that names a new poll, and the next sentence that tells what it finds (:func:`_announces_poll`).
_POLL_NAMED_RE: Final = re.compile(r"\b(?:poll|survey)\b", re.I)
_FINDING_RE: Final = re.compile(
    r"\b(?:shows?|showed|showing|finds?|found|finding|suggests?|suggested|indicates?|indicated|reveals?|revealed|puts?|"
    r"gives?|leads?|ahead|behind|majority|most)\b",
    re.I,
)
_FINDING_OPENS_RE: Final = re.compile(
    r"^(?:it|the (?:new )?(?:poll|survey)|this (?:poll|survey))\s+(?:also\s+)?(?:suggests|shows|finds|found|showed|"
    r"suggested|indicates|indicated|reveals|revealed)\b",
    re.I,
)
_ANNOUNCE_RE: Final = re.compile(
    r"^\W*(?:(?:so|and|but|well|now),?\s+)?(?:"
    r"here(?:['’]s| is) (?:the thing|the (?:problem|point|truth|lesson)|my (?:take|view|point|answer|advice)|"
    r"what (?:I (?:actually |really )?think|matters|I (?:actually |really )?know|I (?:would|will|['’]d) say)|"
    r"why\b[^.!?]*)"
    r"|I(?:['’]ll| will| would| must| have to| want to|['’]d like to| can only)? (?:say|repeat|admit|confess|"
    r"put it|tell you)\b(?: (?:this|it|what|again|plainly|simply|bluntly|once more|one thing)\b[^.!?]*)?"
    r"|I have (?:a confession|something to say|one thing to say)\b[^.!?]*"
    r"|let me (?:say|be (?:clear|blunt|honest|frank)|put it|repeat)\b[^.!?]*"
    r"|(?:the|my) (?:point|lesson|truth|thing|bottom line|takeaway|view|answer) is (?:this|simple|obvious)"
    r"|to be (?:clear|blunt|honest|frank)"
    r")\W*$",
    re.I,
)
# An answer's opening words: "The short answer is ...", "In a word, no.", "No.", "Probably not, and here is why."
_ANSWER_RE: Final = re.compile(
    r"^\W*(?:a:\s*)?(?:(?:the|my) (?:short|simple|quick|honest|real|plain|blunt)?\s*answer\b|short answer\b|"
    r"in a word\b|(?:simple|easy|short version)\s*:|"
    r"(?:(?:much |far |a lot |a little )?(?:less|more|fewer) than\b|not much|very little|not (?:really|yet|quite|"
    r"likely|necessarily|at all|in this \w+|by much|so fast|exactly))\b\W|"
    # a bare yes or no, or a hedge, then a stop: "No, not yet.", "Probably not.", not "No one expected ..."
    r"(?:yes|no|nope|probably|possibly|maybe|perhaps|likely|unlikely|almost certainly)(?: not)?\s*[,.!;:—–-])",
    re.I,
)
# A short answer that hedges: "The Courier's, almost certainly.", "Most of them, probably."
_HEDGED_ANSWER_RE: Final = re.compile(
    r"^\W*(?:a:\s*)?[^.!?,]{1,50},\s*(?:almost certainly|probably|of course|certainly|surely|definitely|mostly|"
    r"not really|yes|no)[.!]?\W*$",
    re.I,
)
# A label the writer puts on a claim of their own: "TL;DR: ...", "Bottom line: ...", "My take: ...".
_CLAIM_LABEL_RE: Final = re.compile(
    r"^\W*(?:tl;? ?dr|bottom line|the (?:short )?version|my (?:take|view|verdict|two cents)|the upshot|"
    r"the takeaway|the lesson|the point|in short|in sum|the verdict)\s*:",
    re.I,
)
_SAID_RE: Final = re.compile(
    r"[”\"]\s*,?\s*(?:he|she|they|[A-Z][a-z]+)\s+(?:said|says|told|added)\b|\bsaid:\s*[“\"]"
)
# Someone else's words reported without quotation marks ("the mayor joked that ... should"): their judgement,
# not the writer's.
_REPORTING_VERB_TEXT: Final = """said say says told joked jokes quipped argue argued argues claim claimed claims insist insisted insists
    warned warns added complained boasted declared reckons reckoned contends contended"""
_REPORTING_VERBS: Final = tuple(_REPORTING_VERB_TEXT.split())
_REPORTED_RE: Final = re.compile(
    r"\b(?!I\b|we\b|We\b|have\b)([A-Za-z]+),?\s+(?:" + "|".join(_REPORTING_VERBS) + r")\b"
)
# Who answers a poll, or what reports one: "7 in 10 voters told the pollster ...", "the poll says so plainly" give a
# result, not someone's claim.
_RESPONDENT_TEXT: Final = """americans britons voters adults people respondents residents parents citizens members
    public percent cent majority minority most many half third quarter poll polls survey surveys study studies
    report data numbers figures results pollster pollsters"""
_RESPONDENTS: Final = frozenset(_RESPONDENT_TEXT.split())
# Idioms with a reporting verb that report nobody: "All told, ...", "Needless to say, ...", "That said, ...".
_SAYING_IDIOM_RE: Final = re.compile(
    r"\b(?:all told|needless to say|that said|so to say|truth be told|(?:final|last|a|any|no|more|real|equal) say|"
    # "That, as people say, is bad news.", "to me it says that ...": a saying, or the writer reading the numbers
    r"as (?:they|people|folks) say|as the saying goes|to me,? (?:it|this|that) says)\b",
    re.I,
)
# A modal or "to" before the verb says what should or would be said, not what someone said: "the county should
# say no", "nobody will say so", "it is too early to say"; and a relative clause ("press releases that say
# otherwise") is part of the writer's own sentence.
_WRONG_TRACK_RE: Final = re.compile(r"\bwrong (?:direction|track)\b", re.I)
# A verb of answering a poll, after a share of people: "71 percent say", "a majority of adults believe".
_ANSWERING_RE: Final = re.compile(
    r"\b(?:say|says|said|think|thinks|thought|believe|believes|believed|feel|feels|felt|agree|agrees|agreed|"
    r"consider|considers|considered|call|calls|called)\b"
)
# What a poll found, told as its finding: "the survey also found that ...", "the poll shows".
_POLL_FOUND_RE: Final = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|pollsters?)\b(?:\s+\w+){0,2}?\s+(?:also\s+)?(?:found|finds|shows|showed|"
    r"revealed|reveals|suggests|suggested)\b",
    re.I,
)
# "they think the site is wrong": a group's view (the respondents', the other side's), told in the third person.
_THEY_BEFORE_RE: Final = re.compile(r"\b[Tt]hey(?:\s+(?:all|both|also|still|really|clearly))?\s+$")
_NOT_SAID_TEXT: Final = "should would will could might must can cannot shall may to not never that which"
_NOT_SAID: Final = frozenset(_NOT_SAID_TEXT.split())
# A view set up to be answered: "One might think ...", "You'd think ...", "Some would say ...".
_SUPPOSED_VIEW_RE: Final = re.compile(
    r"^\W*(?:(?:and|so|now),?\s+)?(?:one|you|some|many|people|others)(?:\s+(?:might|may|could|would|will)|['’]d)"
    r"(?:\s+well)?\s+(?:think|say|argue|expect|assume|suppose|believe|conclude)\b",
    re.I,
)
_ANSWERED_IN_PLACE_RE: Final = re.compile(r"\b(?:but|yet|wrong)\b", re.I)
# A relative clause without "that": "everything they say they back", "what she says": the clause names what
# is said, inside the writer's own sentence, rather than reporting it.
_PRONOUNS: Final = frozenset({"he", "she", "they", "it"})
_RELATIVE_HEAD_RE: Final = re.compile(
    r"\b(?:what|whatever|things?|everything|anything|something|nothing|words|way)\s+$", re.I
)
# The writer's own contraction just before the verb: "I'll say it plainly", "we'd say", "you'll hear it said".
_OWN_CONTRACTION_RE: Final = re.compile(r"\b(?:I|we|We|you|You)['’]$")
# An adverb between the subject and the verb ("I'd rather say so", "we also said"): the subject is the word before.
_ADVERB_TEXT: Final = "rather also just only even then once still simply openly always never already"
_ADVERBS: Final = frozenset(_ADVERB_TEXT.split())
_OWN_SUBJECT_RE: Final = re.compile(r"\b(?:I|we|We|you|You)(?:['’][a-z]+)?\s+$")
# "Fewer than half of the people who ride say ...", "most of those asked said ...", "the majority said ...".
_CLAUSE_BREAK_RE: Final = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|though|although)\b")
_SHARE_SUBJECT_RE: Final = re.compile(
    r"\b(?:(?:fewer|less|more) than half|half|most|the majority|a majority|a minority|nearly all|almost all)\s+of\b"
    r"|\b(?:the|a) (?:(?:large|small|clear|slim|narrow|big|vast|bare|solid|sizeable|overwhelming) )?"
    r"(?:majority|minority)\b"
    # "Most residents agree the plan ...", "most voters think ...": a poll's respondents, not named by a figure
    r"|\bmost (?:people|voters|adults|americans|britons|canadians|australians|respondents|residents|parents|citizens)\b",
    re.I,
)
_METHOD_RE: Final = re.compile(
    r"\bmargin of (?:sampling )?error\b[^.;]{0,25}?(?:\+|±|plus or minus|\d)|\bsurveyed [\d,]+\b|\binterviews? (?:were )?conducted\b"
    r"|\bsample of [\d,]+\b|\b(?:was|were) conducted\b|\bfieldwork\b|\bweighted\b|\b(?:questioned|interviewed) [\w ]{0,20}between\b"
    r"|\bN\s*=|^\W*(?:the|this|its|our)\s+(?:[\w-]+\s+){0,3}?(?:poll|survey|sample)\b[^.;]{0,80}?\b(?:was|were)\s+"
    r"(?:taken|carried out|fielded|completed|done)\b",
    re.I,
)
# Cheap substring checks that rule a pattern out before it is searched (most sentences have none of them).
_METHOD_WORDS: Final = (
    "margin",
    "surveyed",
    "interview",
    "sample",
    "fieldwork",
    "weighted",
    "questioned",
    "conducted",
    "=",
    "taken",
    "carried out",
    "fielded",
    "completed",
    "done",
)
_PERCENT_RE: Final = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)|\b(?:[A-Z][a-z]+-)?[a-z]+ (?:percent|per cent)\b", re.I
)
# A percentage followed by the change it measures: "a 5% increase", "a 2 percent pay rise", "the 15.2% cuts".
_CHANGE_AFTER_RE: Final = re.compile(
    r"\s*(?:(?:pay|tax|rate|price|fee|fare|rent|budget|spending)\s+)?(?:increase|rise|raise|hike|cut|reduction|drop|"
    r"decline|jump|fall|boost)s?\b",
    re.I,
)
_OPEN_TO_CLOSE: Final = {"“": "”", '"': '"'}

_STOPWORD_TEXT: Final = """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for from
    further get got had has have having he her here hers him his how however i if in into is it its itself
    just least less like made make many may me might more most much must my never new no nor not now of off
    on once one only or other our out over own per rather really said same say says she should since so some
    still such than that the their them then there these they this those through thus to too under until up
    upon us very via was we were what when where whether which while who whom whose why will with within
    without would yet you your percent cent"""
_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """One unit as the summarizer saw it: for explaining (and tuning) a summary."""

    start: int
    end: int
    text: str
    eligible: bool
    score: float
    reasons: tuple[str, ...]


def summarize(
    text: str,
    *,
    max_chars: int = 400,
    figures: Sequence[Figure] = (),
    figure_offsets: Sequence[int] = (),
    title: str = "",
    quotes: Sequence[str] = (),
) -> str:
    """A few whole sentences of ``text`` (at most ``max_chars``): the post's point, then its headline figure.

    ``figures`` are the extractor's poll figures (their answer, population and wave pick the topline);
    ``figure_offsets`` are figure starts known without that detail (each taken as a topline). ``title``
    (optional) is the post's title; without it a first line that reads as a title plays its part. ``quotes`` are
    the words of the post's block quotes (see :func:`bot.reading.html_text.html_to_text_quoted`): someone else's.
    """
    if max_chars <= 0:
        return ""
    plan = _plan(text, figures, figure_offsets, title, quotes)
    if not plan.ranked and plan.headline is None:
        return ""
    chosen, open_quote = _choose(plan, max_chars)
    if not chosen:
        best = plan.headline if plan.headline is not None else plan.ranked[0]
        return _cut(_clean(best.text), max_chars)
    return _render(plan.units, chosen, open_quote)


def score_sentences(
    text: str,
    *,
    figures: Sequence[Figure] = (),
    figure_offsets: Sequence[int] = (),
    title: str = "",
    quotes: Sequence[str] = (),
) -> list[ScoredSentence]:
    """Every unit of ``text`` with the point score and the reasons ``summarize`` would give it."""
    plan = _plan(text, figures, figure_offsets, title, quotes)
    out = []
    for u in plan.units:
        parts = plan.reasons.get(u.index)
        reasons = tuple(f"{name} {v:+.2f}" for name, v in parts) if parts is not None else (u.kind,)
        if plan.headline is not None and u.index == plan.headline.index:
            reasons = (*reasons, "headline figure")
        out.append(
            ScoredSentence(
                u.start, u.end, u.text, u.index in plan.scores, plan.scores.get(u.index, 0.0), reasons
            )
        )
    return out


def lead_n(text: str, n: int = 3, max_chars: int = 400) -> str:
    """The lead-n baseline: the first ``n`` sentences as they come, within ``max_chars``.

    No filtering at all (a "top of page" line counts as a sentence), which is what makes it
    the honest baseline for ``summarize``.
    """
    parts: list[str] = []
    for start, end in sentence_spans(text)[: max(n, 0)]:
        sentence = _clean(text[start:end])
        if len(" ".join([*parts, sentence])) > max_chars:
            break
        parts.append(sentence)
    if not parts:
        spans = sentence_spans(text)
        return _cut(_clean(text[spans[0][0] : spans[0][1]]), max_chars) if spans and n > 0 else ""
    return " ".join(parts)


# --- planning -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Plan:
    units: list[Unit]
    ranked: list[Unit]  # point candidates, best first
    scores: dict[int, float]
    reasons: dict[int, list[tuple[str, float]]]  # the parts of each score (formatted only when asked)
    headline: Unit | None
    figure_units: frozenset[int]  # units holding any extracted figure
    toplines: frozenset[int]  # units holding a topline of the main poll (whole sample, current wave)
    title: Unit | None  # the post's title as a unit (its first line, or the title given), when it has one
    announcers: dict[
        int, int
    ]  # a poll's finding -> the lead that announced the poll (:func:`_announces_poll`)
    voice: float = 0.0  # how much the post speaks in a voice of its own (:func:`_voice`)
    earlier_only: frozenset[int] = frozenset()  # units whose figures are all earlier readings
    # the values of the figures each unit holds, in the order they are written
    values: dict[int, list[float]] = field(default_factory=dict)


def _plan(
    text: str,
    figures: Sequence[Figure],
    figure_offsets: Sequence[int],
    title: str,
    quotes: Sequence[str] = (),
) -> _Plan:
    units = split_units(text, title, quotes)
    title_unit = _title_unit(units, title)
    if not title and units and units[0].kind == "heading":
        title = _first_line_title(text, units)
    prose = [u for u in units if u.prose]
    scores: dict[int, float] = {}
    reasons: dict[int, list[tuple[str, float]]] = {}
    unit_terms = {u.index: _terms(u.text) for u in prose}
    central = _centrality(prose, unit_terms)
    title_terms = set(_terms(title))
    last_paragraph = prose[-1].paragraph if prose else -1
    owns = {u.index: _own_words(u.text) for u in prose}
    voice = _voice(prose, owns, sum(_asks(u) for u in units if not u.prose))
    lead_weight = W_LEAD * max(LEAD_FLOOR, 1 - 3 * voice)
    conclusion_weight = W_CONCLUSION * min(1.0, 3 * voice)
    announced = _announced(prose)
    answer = _answers_title(prose, title)
    replies = _replies(prose)
    # Without a poll figure the numbers are vote tallies, counts or economic data ("more than half of the members",
    # "the rate fell to 4.8 per cent"): the sentence after them is more of the report, not a reaction to a poll.
    reactions = {announced.get(i, i) for i in _reactions(prose)} if figures or figure_offsets else set()
    wording = _questionnaire(prose)
    # A post that opens with a question ("Is the council listening?") leads with the sentence after it: the lead's
    # place goes to that sentence, as it does past a report's deck.
    swap = (
        _deck_before_lead(prose, unit_terms, title_terms, voice)
        or _opens_with_question(prose)
        or _opens_with_headline(prose)
    )
    for rank, (u, c) in enumerate(zip(prose, central, strict=True)):
        parts = _point_parts(
            u,
            owns,
            set(unit_terms[u.index]),
            {0: 1, 1: 0}.get(rank, rank) if swap else rank,
            c,
            title_terms,
            units,
            last_paragraph,
            prose[-1].index,
            lead_weight,
            conclusion_weight,
        )
        if u.index in reactions:
            parts.append(("reacts to the figures", W_REACTION))
        if u.index in wording:
            parts.append(("poll question wording", -W_WORDING))
        if u.index == answer or u.index in replies:
            # An answer is short by nature: not a throwaway line.
            parts = [p for p in parts if p[0] != "short"]
            if u.index == answer:
                parts.append(("answers the title", W_ANSWER))
            else:
                parts.append(("answers the post's question", W_REPLY))
        if u.index in announced:
            parts = [("announces what follows", -W_ANNOUNCED), *(p for p in parts if p[0] == "centrality")]
        elif u.index in announced.values():
            parts.append(("announced", W_ANNOUNCED))
        reasons[u.index] = parts
    # A report's closing sentences are more of its news; an opinion post's are where it judges.
    closing = _closing_judgement(prose, units, reasons) if voice >= REPORT_VOICE else None
    if closing is not None:
        reasons[closing].append(("closing judgement", W_CONCLUSION))
    for u in prose:
        scores[u.index] = round(sum(v for _, v in reasons[u.index]), 4)
    ranked = sorted(prose, key=lambda u: (-scores[u.index], u.index))
    headline = headline_unit(units, figures, figure_offsets, title)
    ends = [u.end for u in units]
    holding = ((bisect.bisect_right(ends, x), x) for x in [f.start for f in figures] + list(figure_offsets))
    # A unit whose only numbers are changes ("raise the tax by 9 per cent") holds no poll result.
    figure_units = frozenset(
        i
        for i, x in holding
        if i < len(units) and units[i].start <= x and not change_amount(units[i].text, x - units[i].start)
    )
    toplines = topline_indexes(units, figures) if figures else frozenset()
    announcers = (
        {prose[1].index: prose[0].index} if len(prose) > 1 and _announces_poll(prose[0], prose[1]) else {}
    )
    earlier = earlier_only_indexes(units, figures) if figures else frozenset()
    return _Plan(
        units,
        ranked,
        scores,
        reasons,
        headline,
        figure_units,
        toplines,
        title_unit,
        announcers,
        voice,
        earlier,
        figure_values(units, figures),
    )


def _closing_judgement(
    prose: Sequence[Unit], units: Sequence[Unit], reasons: dict[int, list[tuple[str, float]]]
) -> int | None:
    """The writer's closing judgement when the post ends on a coda: a last paragraph of one sentence that takes no
    stance (a fact from history, an aside: "The last time they lost, they stayed out for a decade.") after the
    paragraph that judges ("It is hard to see how they recover before the election."). The last sentence of the
    paragraph before the coda that takes a stance in the writer's own words, among the closing ``CLOSING_WITHIN``,
    gets the conclusion's weight too."""
    last = prose[-1] if prose else None
    if (
        last is None
        or len(prose) <= CLOSING_WITHIN
        or last.kind != "sentence"  # a lead-in to a list or a table introduces it: no coda
        or not (last.paragraph_first and last.paragraph_last)
        or any(u.kind in ("item", "row") for u in units[last.index + 1 :])
        or _takes_stance(reasons[last.index])
    ):
        return None
    for u in reversed(prose[-CLOSING_WITHIN:-1]):
        if u.paragraph != prose[-2].paragraph:
            break
        parts = reasons[u.index]
        if _takes_stance(parts) and not {name for name, _ in parts} & _NOT_OWN_REASONS:
            return u.index
    return None


def _takes_stance(parts: Sequence[tuple[str, float]]) -> bool:
    """The writer takes a stance here: a stance cue, or a sentence set in bold on a line of its own."""
    return any(name in _STANCE_REASONS for name, _ in parts)


def _opens_with_question(prose: Sequence[Unit]) -> bool:
    """The post's first unit is a question and a sentence follows it."""
    return len(prose) > 1 and prose[0].index == 0 and prose[0].text.rstrip("\"'”’) ").endswith("?")


def _opens_with_headline(prose: Sequence[Unit]) -> bool:
    """The post's first prose unit is a headline ending in a colon, title-cased on a line of its own ("Harbor Levy
    Leads By 9 Points; Most Renters Undecided:", a pollster's release): its lead is the sentence after it."""
    if (
        len(prose) < 2
        or prose[0].kind != "lead-in"
        or not (prose[0].paragraph_first and prose[0].paragraph_last)
    ):
        return False
    return title_case(prose[0].text)


def _deck_before_lead(
    prose: Sequence[Unit], unit_terms: dict[int, list[str]], title_terms: set[str], voice: float
) -> bool:
    """A report's deck: a one-sentence paragraph under the title whose news the next paragraph's first sentence
    tells again, closer to the title. The lead is that sentence."""
    if voice >= REPORT_VOICE or len(prose) < 2 or not title_terms:
        return False
    deck, lead = prose[0], prose[1]
    if lead.paragraph == deck.paragraph or not lead.paragraph_first:
        return False
    deck_terms, lead_terms = set(unit_terms[deck.index]), set(unit_terms[lead.index])
    if not deck_terms or len(deck_terms & lead_terms) < DECK_SHARED * len(deck_terms):
        return False
    return len(lead_terms & title_terms) >= len(deck_terms & title_terms) + DECK_TITLE_MARGIN


def _centrality(prose: Sequence[Unit], unit_terms: dict[int, list[str]]) -> list[float]:
    """LexRank over the prose sentences; in a very long post, over its first and last ones only (the rest
    get 0: the cost grows with the square of the count, and a post's point sits near its top or its end)."""
    if len(prose) <= CENTRALITY_HEAD + CENTRALITY_TAIL:
        return lexrank([unit_terms[u.index] for u in prose])
    kept = [*prose[:CENTRALITY_HEAD], *prose[-CENTRALITY_TAIL:]]
    ranks = lexrank([unit_terms[u.index] for u in kept])
    middle = [0.0] * (len(prose) - len(kept))
    return [*ranks[:CENTRALITY_HEAD], *middle, *ranks[CENTRALITY_HEAD:]]


def _point_parts(
    u: Unit,
    owns: dict[int, tuple[str, frozenset[str]]],
    terms: set[str],
    rank: int,
    centrality: float,
    title_terms: set[str],
    units: Sequence[Unit],
    last_paragraph: int,
    last_prose: int,
    lead_weight: float,
    conclusion_weight: float,
) -> list[tuple[str, float]]:
    text = u.text
    parts = [("centrality", W_CENTRAL * centrality)]
    if title_terms:
        parts.append(("title echo", W_TITLE * len(terms & title_terms) / max(3, len(title_terms))))
    if rank == 0:
        parts.append(("lead", lead_weight))
    elif rank == 1:
        parts.append(("second", W_SECOND))
    own, words = owns[u.index]  # cues inside quotation marks are someone else's words
    opinion = (bool(words & _OPINION_HINTS) and bool(_OPINION_RE.search(own))) or _labels_own_claim(own)
    reported = _reports_others(own)
    # A question asks ("Where should the line end?"): its judgement words are not the writer's claim.
    asks = text.rstrip("\"'”’)").endswith("?")
    stance = (
        opinion
        or (not reported and not asks and _judgement(own, words))
        or own.rstrip("\"'”’) ").endswith("!")
    )
    if u.index == last_prose or (u.paragraph == last_paragraph and u.paragraph_first and rank > 2):
        # A closing sentence that takes a stance is the post's conclusion, however neutral the rest reads.
        parts.append(("conclusion", W_CONCLUSION if stance else conclusion_weight))
    if stance:
        parts.append(("stance", W_STANCE))
    emphasis = bool(EMPHASIS_RE.match(text))
    if emphasis:
        parts.append(("set in bold", W_STANCE))  # a sentence the writer stresses on a line of its own
    if reported:
        parts.append(("reported speech", -W_REPORTED))
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    if u.kind == "lead-in" and nxt is not None and (_percents(nxt.text) or nxt.kind == "item"):
        parts.append(("introduces the evidence", W_LEAD_IN))
    if text.rstrip("\"'”’)").endswith("?"):
        parts.append(("question", -0.5))
    if u.kind == "lead-in":
        return parts
    back_verdict = _back_verdict(u, units)
    if back_verdict:
        parts.append(("verdict on the sentence before", W_BACK_VERDICT))
    elif (
        _POINTS_BACK_RE.match(text)
        and rank > 0
        and not stance
        and not _DENIES_RE.match(text)
        and not BACK_VERDICT_RE.match(text)
    ):
        parts.append(("points back", -0.25))
    # A quotation: part of one over several units, reported speech, or a unit that opens with a quotation
    # and is mostly inside it (a quoted slogan the writer then judges is the writer's sentence).
    quoted = (
        u.blockquote
        or u.quote_span != (u.index, u.index)
        or (u.quoted and 2 * word_count(own) < word_count(text))
    )
    if quoted or (('"' in text or "”" in text) and _SAID_RE.search(text)):
        parts.append(("quotation", -0.4))
    if _method_note(text):
        parts.append(("method note", -0.5))
    if word_count(text) < 7 and not back_verdict:
        parts.append(("short", -0.3))
    if _percents(text) >= 2:
        parts.append(("poll figures", -0.25))
    turn = (
        not (stance or asks or reported)
        and bool(_OWN_TURN_RE.search(own))
        and not _POLLSTER_WE_RE.search(own)
    )
    if turn:
        parts.append(("turns to the writer's claim", W_TURN))
    if words & _FIRST_PERSON and not (stance or emphasis or turn):
        # "I spent years in ...": the writer's life, not a claim. A first-person sentence that judges ("it seems to
        # me", "that is absurd, I know") is the writer's stance, not an aside.
        parts.append(("first-person aside", -0.2))
    return parts


@functools.lru_cache(maxsize=4096)
def _method_note(text: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in _METHOD_WORDS) and bool(_METHOD_RE.search(text))


@functools.lru_cache(maxsize=4096)
def _reports_others(text: str) -> bool:
    """Someone else's words reported without quotation marks: "the mayor says the stadium will pay for itself"; or
    a view the writer only supposes in order to answer it ("One might suppose the cut helps them.")."""
    own = _QUOTED_RE.sub(" ", text)
    if _SUPPOSED_VIEW_RE.match(own) and not _ANSWERED_IN_PLACE_RE.search(own):
        return True  # (unless it answers the view itself: "You'd think so, but you'd be wrong.")
    if not any(v in own for v in _REPORTING_VERBS):
        return False
    own = _SAYING_IDIOM_RE.sub(" ", own)
    return any(
        m.group(1).lower() not in _RESPONDENTS
        and m.group(1).lower() not in _NOT_SAID
        and not _OWN_CONTRACTION_RE.search(own, 0, m.start(1))
        and not (m.group(1).lower() in _ADVERBS and _OWN_SUBJECT_RE.search(own, 0, m.start(1)))
        and not _answered_share(own[: m.start(1)])
        and not (m.group(1).lower() in _PRONOUNS and _RELATIVE_HEAD_RE.search(own, 0, m.start(1)))
        for m in _REPORTED_RE.finditer(own)
    )


def _answered_share(head: str) -> bool:
    """A share of people before the verb: "64 percent of 18-to-34-year-olds said", "Fewer than half of the riders
    say": a poll's respondents answering, whoever they are, not someone's claim. Only the verb's own clause counts
    ("... with 41 percent of the vote, and backers say ..." is the backers' claim)."""
    head = _CLAUSE_BREAK_RE.split(head)[-1]
    return bool(_percents(head) or mentions_share(head) or _SHARE_SUBJECT_RE.search(head))


@functools.lru_cache(maxsize=4096)
def _percents(text: str) -> int:
    """How many percentages the text gives ("62%", "55 percent", "Forty percent")."""
    if "%" not in text:
        lower = text.lower()
        if "percent" not in lower and "per cent" not in lower:
            return 0
    return len(_PERCENT_RE.findall(text))


def _poll_percent(text: str) -> bool:
    """A percentage that may be a poll's result: not a change ("a 5% rise in the rate", "raise it by 9 per
    cent"), which a council post or a jobs report gives without any poll."""
    return any(
        not change_amount(text, m.start())
        and not _CHANGE_AFTER_RE.match(text, m.end())
        and not turnout_share(text, m.start())
        for m in _PERCENT_RE.finditer(text)
    )


def _word_set(text: str) -> set[str]:
    return {w.replace("’", "'") for w in _WORD_SET_RE.findall(text)}


def _own_words(text: str) -> tuple[str, frozenset[str]]:
    """The sentence without what it quotes, and that text's words (as written)."""
    own = _QUOTED_RE.sub(" ", text)
    return own, frozenset(_word_set(own))


def _labels_own_claim(text: str) -> bool:
    """A sentence that announces its own claim before a colon: "I'll say it plainly: ...", "TL;DR: ...", "My take:
    ...", "Here's the thing: ..." (the announcement and the claim in one sentence)."""
    colon = text.find(":")
    if colon < 0 or colon > 60:
        return False
    head = text[: colon + 1]
    return bool(_CLAIM_LABEL_RE.match(head) or _ANNOUNCE_RE.match(head))


def _judgement(text: str, words: frozenset[str]) -> bool:
    lower = {w.lower() for w in words}
    if "wrong" in lower and _WRONG_TRACK_RE.search(text):
        lower.discard(
            "wrong"
        )  # "the wrong direction", "wrong track": a poll's answer, not the writer's verdict
    if lower & {"should", "must"} and _NOT_OBLIGATION_RE.search(text):
        # "who should run the council" (the item a poll asked about), "she must be hoping" (a guess)
        text = _NOT_OBLIGATION_RE.sub(" ", text)
        lower -= {"should", "must"} - {w.lower() for w in _word_set(text)}
    if _IMPERATIVE_RE.match(text) or _EVALUATIVE_VERDICT_RE.match(text):
        return True
    if not (lower & _JUDGEMENT_WORDS or _JUDGEMENT_PHRASE_RE.search(text.lower())):
        return False
    return not _respondents_judgement(text)


@functools.lru_cache(maxsize=4096)
def _respondents_judgement(text: str) -> bool:
    """Every judgement in the sentence comes after a share of people and their verb of answering ("71 percent say
    the board is out of touch", "most riders asked say it should go"): the respondents' answer, reported,
    not the writer's verdict (like "wrong track")."""
    answer = next(
        (
            m.start()
            for m in _ANSWERING_RE.finditer(text)
            if _answered_share(text[: m.start()]) or _THEY_BEFORE_RE.search(text, 0, m.start())
        ),
        None,
    )
    # "The survey also found most residents thought the board out of touch": the poll's finding, told.
    finding = _POLL_FOUND_RE.search(text)
    if finding is not None and (answer is None or finding.start() < answer):
        answer = finding.start()
    if answer is None:
        return False
    head = text[:answer]
    head_words = {w.lower() for w in _word_set(head)}
    return not (head_words & _JUDGEMENT_WORDS or _JUDGEMENT_PHRASE_RE.search(head.lower()))


def _asks(u: Unit) -> bool:
    """A title or a short line that asks a question ("Do Britons Really Want a Four-Day Week?", "Do they?")."""
    return u.kind in ("heading", "fragment") and u.text.rstrip("\"'”’) ").endswith("?")


def _voice(prose: Sequence[Unit], owns: dict[int, tuple[str, frozenset[str]]], questions: int = 0) -> float:
    """How much the post speaks in a voice of its own (first or second person, ! and ?, a judgement in its own
    words that is not a poll's result: "The council should drop the plan"), 0..1.

    Reports rarely do, so their lead carries their point; opinion posts do, and their lead is often a
    warm-up (the lead's bonus shrinks as the voice grows). ``questions`` counts the title and short lines
    that ask one: a rhetorical question is the writer's voice too."""
    if not prose:
        return 0.0
    voiced = questions
    for u in prose:
        if u.quote_span == (u.index, u.index) and not u.blockquote:
            own, words = owns[u.index]
            voiced += (
                bool(words & _VOICE and not (words & _VOICE <= _WE and _POLLSTER_WE_RE.search(own)))
                or own.rstrip("\"'”’) ").endswith(("!", "?"))
                or (_judgement(own, words) and not _reports_others(own) and not _percents(own))
            )
    return min(1.0, voiced / (len(prose) + questions))


def _announced(prose: Sequence[Unit]) -> dict[int, int]:
    """Each sentence that only announces a claim ("Here's the thing.", "Let me be blunt."), mapped to the next
    prose sentence, which makes it: the announcement is the writer's sign of where the point is."""
    out: dict[int, int] = {}
    for u, nxt in itertools.pairwise(prose):
        if u.kind == "sentence" and word_count(u.text) <= 12 and _ANNOUNCE_RE.match(u.text):
            out[u.index] = nxt.index
    if len(prose) > 1 and _announces_poll(prose[0], prose[1]):
        out[prose[0].index] = prose[1].index
    return out


def _announces_poll(lead: Unit, nxt: Unit) -> bool:
    """A report's lead that only says a poll is out ("A pollster has a fresh survey out in a paper today,
    done after the vote."), with what it finds in the next sentence, in words ("It shows the public turning on the
    plan ..."): that sentence is the news."""
    return (
        lead.kind == "sentence"
        and nxt.paragraph == lead.paragraph
        and bool(_POLL_NAMED_RE.search(lead.text))
        and not _FINDING_RE.search(lead.text)
        and not _percents(lead.text)
        and bool(_FINDING_OPENS_RE.match(nxt.text))
        and not _percents(nxt.text)
    )


def _answers_title(prose: Sequence[Unit], title: str) -> int | None:
    """The sentence that answers the title's question ("Are Young Men Really Moving Right?" ... "The short
    answer is: not in this poll, no."): the first of the opening sentences that reads as an answer."""
    if not title.rstrip("\"'”’) ").endswith("?"):
        return None
    for u in prose[:ANSWER_WITHIN]:
        if u.kind == "sentence" and _ANSWER_RE.match(u.text):
            return u.index
    return None


def _replies(prose: Sequence[Unit]) -> set[int]:
    """Sentences that answer the writer's own question just before them, in an answer's words: "So which is it?
    The Courier's, almost certainly.", "So what's going on? Simple: ...". (Any sentence after a question is not
    enough: most go on with the story.)"""
    out = set()
    for q, u in itertools.pairwise(prose):
        if (
            q.text.rstrip("\"'”’) ").endswith("?")
            and not q.quoted
            and u.kind == "sentence"
            and (_ANSWER_RE.match(u.text) or _HEDGED_ANSWER_RE.match(u.text))
        ):
            out.add(u.index)
    return out


def _questionnaire(prose: Sequence[Unit]) -> set[int]:
    """The sentences of a poll's question quoted as the pollster asked it: a paragraph that opens with the
    question's number ("20. As you may know, ...", "Q7. ...") and ends in a question mark. The pollster's words,
    not the writer's."""
    out: set[int] = set()
    for _, group in itertools.groupby(prose, key=lambda u: u.paragraph):
        sentences = list(group)
        asks = sentences[-1].text.rstrip("\"'”’) ").endswith("?")
        if asks and _QUESTION_NUMBER_RE.match(sentences[0].text):
            out.update(u.index for u in sentences)
    return out


def _reactions(prose: Sequence[Unit]) -> set[int]:
    """The first sentence after the post's first run of poll-figure sentences: the writer's reaction. (Asked only
    of a post with poll figures: a share in words or a percentage alone may be a count or a rate.)"""
    seen_figures = False
    for u in prose:
        has_figure = _poll_percent(u.text) or mentions_share(u.text)
        if has_figure:
            seen_figures = True
        elif (
            seen_figures
            and word_count(u.text) >= 6
            and not _method_note(u.text)
            and not u.quoted
            and not u.text.rstrip("\"'”’)").endswith("?")
        ):
            return {u.index}
    return set()


# --- choosing -----------------------------------------------------------------------------------


def _choose(plan: _Plan, max_chars: int) -> tuple[list[Unit], int | None]:
    """The chosen units in text order, and the unit (if any) whose open quotation is closed with "…"."""
    units = plan.units
    # Ways to show the headline figure, fullest first: with all that must come with it, or (when its
    # sentence opens a long quotation) alone, the quotation closed with "…".
    shows: list[tuple[list[Unit], int | None]] = []
    if plan.headline is not None:
        shows.append((_block(units, plan.headline), None))
        if plan.headline.quote_span[0] == plan.headline.index < plan.headline.quote_span[1]:
            shows.append(([plan.headline], plan.headline.index))
    chosen: list[Unit] = []
    open_quote: int | None = None
    # In a poll post the headline figure is given once: another figure sentence (a subgroup, an earlier
    # wave, a second question) does not take the point's place.
    # Someone else's words set off as a block are never the post's point, however well they echo the title.
    points = [
        u
        for u in plan.ranked
        if not u.blockquote
        and not _dangling(_block(units, u))
        and (
            plan.headline is None
            or u.index == plan.headline.index
            or u.index not in plan.figure_units
            or _judges_figure(plan.reasons.get(u.index, ()))
            or (u.index in plan.toplines and _report_lead(u, plan.reasons.get(u.index, ())))
            # a report's lead that compares with earlier readings ("... less sour than in May, when only 18 percent
            # called it acceptable") is its news, though it holds no topline
            or (u.index in plan.earlier_only and _report_lead(u, plan.reasons.get(u.index, ()), earlier=True))
        )
    ] or plan.ranked
    best = plan.scores[points[0].index] if points else 0.0
    chosen, open_quote = _pair(plan, points, shows, max_chars)
    if (
        not chosen
        and plan.title is not None
        and points
        and (
            _restates(plan.title, points[0], plan.headline)
            or (plan.voice < REPORT_VOICE and _news_title(plan.title, units))
        )
    ):
        # The title says what the point sentence says, in fewer words: it stands in for it, on a line of its own.
        # A report's title is its news in a line ("Labor still trails in the latest poll"): it stands in for a
        # lead too long to sit beside the headline figure, whatever words the lead uses.
        chosen, open_quote = _with_title(units, plan.title, shows, max_chars)
    if (
        not chosen
        and plan.headline is not None
        and points
        and plan.scores.get(plan.headline.index, best - 2 * POINT_MARGIN) >= best - POINT_MARGIN
        and _placed_only(plan.reasons.get(points[0].index, ()))
    ):
        # No point sentence fits beside the headline figure's, and the best one ranks only by its place (a lead
        # explaining how the tracker works), while the figure's sentence is a point candidate of nearly its score
        # ("Today's tracker shows a record low, 26% ..."): that sentence states both, and it fits alone. A stance or
        # verdict of the writer's stays first, and the figure waits.
        for show, elided in shows:
            if _length(units, show, elided) <= max_chars:
                chosen, open_quote = show, elided
                break
    if not chosen and plan.headline is not None and points:
        # The point and the headline figure together run a little over the length: the pair is shown, up to
        # PAIR_STRETCH over, rather than the point without the figure; else the point with a shorter sentence of the
        # post that gives the same topline ("That 38% is her lowest yet." after a 330-character survey sentence).
        stretched = pair_limit(max_chars)
        chosen, open_quote = _pair(plan, points, shows, stretched, drop_questions=True)
        if not chosen:
            chosen, open_quote = _pair(plan, points, [([u], None) for u in _same_figure(plan)], stretched)
    if not chosen and points:  # the point comes first: without room for both, the figure waits
        point = _block(units, points[0])
        chosen = point if _length(units, point) <= max_chars else []
    if not chosen:
        for show, elided in shows:
            if _length(units, show, elided) <= max_chars:
                chosen, open_quote = show, elided
                break
    if not chosen:
        # Neither the best point nor the headline figure fits, each with what must come with it (a long quotation
        # left open, a lead-in and its list). The headline figure's sentence on its own, when it fits and is not a
        # lead-in left hanging, and beside it the best point candidate that fits whole; else that candidate alone.
        bare = (
            [plan.headline]
            if plan.headline is not None
            and not _dangling([plan.headline])
            and _length(units, [plan.headline]) <= max_chars
            else []
        )
        in_points = {u.index for u in points}
        rest = [u for u in plan.ranked if u.index not in in_points]
        fits = [b for b in _whole_blocks(units, [*points, *rest]) if _length(units, b) <= max_chars]
        chosen = next(
            (_merge(b, bare) for b in fits if _length(units, _merge(b, bare)) <= max_chars),
            bare or (fits[0] if fits else []),
        )
    chosen = _title_first(plan, chosen, open_quote, max_chars)
    for finding, lead in plan.announcers.items():
        # The poll's finding told as "It suggests ...": the lead that names the poll comes with it when it fits.
        block = _merge(chosen, [units[lead]])
        if any(u.index == finding for u in chosen) and _length(units, block, open_quote) <= max_chars:
            chosen = block
    for candidate in plan.ranked:
        if sum(u.prose or u.kind == "item" for u in chosen) >= MAX_SENTENCES:
            break
        if plan.scores[candidate.index] < MIN_EXTRA_SCORE:
            break
        if candidate in chosen or any(_near_duplicate(candidate.text, u.text) for u in chosen):
            continue
        if (
            plan.headline is not None
            and (
                candidate.index in plan.figure_units
                or _percents(candidate.text)
                or _SUBGROUP_OPENING_RE.match(candidate.text)
            )
            and not (
                candidate.index > plan.headline.index
                and _verdict_after(candidate, plan.reasons.get(candidate.index, ()))
            )
        ):
            # The headline figure is given once; other results, waves and subgroups are not filler. The writer's
            # verdict on the results that holds a number ("I'd say 80% of the win belongs to ...") is the writer's,
            # not a result (before the results, a number is a premise: "it would take 40% to block it").
            continue
        if _reports_others(candidate.text):
            continue  # someone else's claim, reported: the post may be arguing against it
        if _not_filler(plan.reasons.get(candidate.index, ())):
            continue  # a personal aside or a question says nothing the reader needs
        extra = _block(units, candidate)
        if any(u.blockquote for u in extra):
            continue  # someone else's words set off as a block, or the lead-in that brings them
        if any(u is not candidate and _not_filler(plan.reasons.get(u.index, ())) for u in extra):
            continue  # a sentence that needs its question (or an aside) to make sense is not worth both as filler
        if _dangling(extra):
            continue
        if plan.headline is not None and any(
            u is not candidate and u.index != plan.headline.index and u.index in plan.figure_units
            for u in extra
        ):
            continue  # a lead-in that brings another result with it ("By state:" and its first row) is not filler
        block = _merge(chosen, extra)
        if _length(units, block, open_quote) <= max_chars:
            chosen = block
    if open_quote is not None and any(u.index == open_quote + 1 for u in chosen):
        open_quote = None
    return chosen, open_quote


def pair_limit(max_chars: int) -> int:
    """The most a summary may take to show both its point and its headline figure (``max_chars`` is the length for
    everything else): ``max_chars`` and :data:`PAIR_STRETCH` of it."""
    return max_chars + int(max_chars * PAIR_STRETCH)


def _pair(
    plan: _Plan,
    points: Sequence[Unit],
    shows: Sequence[tuple[list[Unit], int | None]],
    limit: int,
    *,
    drop_questions: bool = False,
) -> tuple[list[Unit], int | None]:
    """The best point sentence (or one within :data:`POINT_MARGIN` of it) with the headline figure shown one of the
    ways of ``shows``, fullest first, within ``limit``; nothing when no pair fits.

    With ``drop_questions`` (the last try before the figure is dropped), a point or a figure sentence that does not
    fit with the question asked just before it is tried without that question, before a lesser point: the writer's
    question ("Or are we just tired of the subject?") or the one a poll result follows ("... did either party have
    a plan?") is what the pair can best spare. Not for a sentence that answers in an answer's words ("Not yet,
    ..."), which means nothing without its question."""
    units = plan.units
    best = plan.scores[points[0].index] if points else 0.0
    for candidate in points:
        if plan.scores[candidate.index] < best - POINT_MARGIN:
            break
        if plan.headline is not None and candidate.index == plan.headline.index != points[0].index:
            continue  # the point comes first: a lesser sentence that is only the figure does not take its place
        tries = [(_block(units, candidate), show, elided) for show, elided in shows]
        if drop_questions:
            lean = _question_free(plan, candidate)
            tries += [(lean, show, elided) for show, elided in shows]
            if plan.headline is not None:
                tries.append((lean, _question_free(plan, plan.headline), None))
        for point, show, elided in tries:
            block = point
            if any(_near_duplicate(candidate.text, u.text) for u in show):
                block = []  # the headline figure's sentence says it already
            block = _merge(block, show)
            if _length(units, block, elided) <= limit:
                return block, elided
    return [], None


def _question_free(plan: _Plan, unit: Unit) -> list[Unit]:
    """``unit``'s block (:func:`_block`) without the question asked just before it, unless ``unit`` answers it in an
    answer's words."""
    parts = {name for name, _ in plan.reasons.get(unit.index, ())}
    if parts & {"answers the title", "answers the post's question"}:
        return _block(plan.units, unit)
    return _block(plan.units, unit, with_question=False)


def _same_figure(plan: _Plan) -> list[Unit]:
    """Shorter sentences of the post that give the headline figure's topline again, shortest first: a topline
    unit (prose or a list line, never the title, which a digest drops) holding the headline unit's first value and
    no value the headline unit does not hold ("That 38% is her lowest yet." after "... found that just 38% approve
    ..., while 54% disapprove ..."). Not any sentence with a number: a subgroup's, an earlier wave's or another
    question's share is another figure."""
    headline = plan.headline
    if headline is None:
        return []
    held = plan.values.get(headline.index, [])
    if not held:
        return []
    same = [
        u
        for u in plan.units
        if u.index != headline.index
        and u.index in plan.toplines
        and (u.prose or u.kind == "item")
        and not u.blockquote
        and len(u.clean) < len(headline.clean)
        and held[0] in plan.values.get(u.index, [])
        and set(plan.values.get(u.index, [])) <= set(held)
        and not _dangling(_block(plan.units, u))
    ]
    return sorted(same, key=lambda u: len(u.clean))


def _whole_blocks(units: Sequence[Unit], candidates: Sequence[Unit]) -> Iterator[list[Unit]]:
    """Each candidate's block (:func:`_block`), in order, leaving out one that would end in a dangling lead-in."""
    for candidate in candidates:
        block = _block(units, candidate)
        if not _dangling(block):
            yield block


def _title_first(plan: _Plan, chosen: list[Unit], open_quote: int | None, max_chars: int) -> list[Unit]:
    """The point and the headline figure with the post's title above them, on a line of its own, when it fits.

    An opinion post's title is often its thesis in a line ("The rate fight has gone on long enough"), and a report's
    is its news: on real posts it is often among the sentences labelled as the point, and where the body's point
    sentence is not the one the summary shows, the title still says it. It comes before any filler,
    which is what it takes room from. Not a question, not a label of fewer than four words or a column's dated
    label, not a lead-in or a method note, nor one the chosen sentences already say. A digest shows the title as
    its heading and drops this line (:func:`bot.digest.without_title`).
    """
    title = plan.title
    if (
        title is None
        or not chosen
        or any(u.kind == "heading" for u in chosen)
        or title.text.rstrip("\"'”’) ").endswith("?")
        or len(_terms(title.text)) < TITLE_TERMS
        or _LABEL_TITLE_RE.search(title.text)
        or title.text.rstrip().endswith(":")  # a lead-in to what follows it, not a title
        or _method_note(title.text)
        or any(_near_duplicate(title.text, u.text) for u in chosen)
    ):
        return chosen
    block = _merge([title], chosen)
    return block if _length(plan.units, block, open_quote) <= max_chars else chosen


def _with_title(
    units: Sequence[Unit], title: Unit, shows: Sequence[tuple[list[Unit], int | None]], max_chars: int
) -> tuple[list[Unit], int | None]:
    """The title on a line of its own with the headline figure (the fullest way of showing it that fits), or
    nothing when none fits."""
    for show, elided in shows:
        block = _merge([title], show)
        if _length(units, block, elided) <= max_chars:
            return block, elided
    return [], None


def _placed_only(parts: Sequence[tuple[str, float]]) -> bool:
    """A sentence ranked only by where it stands and how central it is: no stance, verdict or title echo."""
    return {name for name, _ in parts} <= PLACE_REASONS


def _judges_figure(parts: Sequence[tuple[str, float]]) -> bool:
    """A sentence that holds a figure but is the writer's verdict on it ("My view is simple: a three-point lead with
    nine percent undecided is not a lead."): a stance, and not a run of poll figures."""
    names = {name for name, _ in parts}
    return "stance" in names and "poll figures" not in names and "reported speech" not in names


def _first_person_verdict(u: Unit, parts: Sequence[tuple[str, float]]) -> bool:
    """A sentence with a number in it that is the writer's own verdict, said in the first person ("I think 95% of
    the credit goes to the bloggers", "What startled me was that 2% ..."): the writer's point, not another result.
    (A judgement without the first person may be a poll's answer: "48 percent said the party was out of touch".)"""
    own, words = _own_words(u.text)
    return _judges_figure(parts) and bool(words & _OPINION_HINTS) and bool(_OPINION_RE.search(own))


def _verdict_after(u: Unit, parts: Sequence[tuple[str, float]]) -> bool:
    """A sentence after the headline figure that judges it, though it holds numbers: the writer's verdict in the first
    person, or one that opens by judging what came before ("That's remarkable next to her predecessor's 47%.",
    "This is a dismal showing for a party on 31%."): the writer's point, not another result."""
    return _first_person_verdict(u, parts) or (
        any(name == "stance" for name, _ in parts) and bool(_EVALUATIVE_VERDICT_RE.match(u.text))
    )


def _first_line_title(text: str, units: Sequence[Unit]) -> str:
    """The title the post's first line gives: its heading units on that line ("Rents Are Up. Stop Blaming X.")."""
    end = units[0].end
    for u in units[1:]:
        if u.kind != "heading" or "\n" in text[end : u.start]:
            break
        end = u.end
    return text[units[0].start : end]


def _not_filler(parts: Sequence[tuple[str, float]]) -> bool:
    """A question, a method note, or a first-person aside that takes no stance ("I spent the weekend cleaning my
    garage")."""
    names = {name for name, _ in parts}
    return bool(names & {"question", "method note", "poll question wording"}) or (
        "first-person aside" in names and not _takes_stance(parts)
    )


def _title_unit(units: Sequence[Unit], title: str) -> Unit | None:
    """The title as a unit: the post's first line when it is a heading, else the title given (index -1)."""
    first = next((u for u in units if u.kind != "boilerplate"), None)
    if first is not None and first.kind == "heading" and (not title or _same_title(first.text, title)):
        following = units[first.index + 1] if first.index + 1 < len(units) else None
        if following is not None and following.kind == "heading" and following.paragraph == first.paragraph:
            return None  # a title of two sentences or more, or a title and its deck: not one to stand in
        return first
    if not title.strip():
        return None
    clean = _clean(title)
    terminal = clean.rstrip("\"'”’)]").endswith((".", "!", "?", "…"))
    return Unit(-1, 0, 0, clean, "heading", -1, True, True, (-1, -1), clean, terminal, False)


def _same_title(line: str, title: str) -> bool:
    """The post's first line is the title given, or says it in more or fewer words: a page's ``<title>`` is often its
    headline cut short ("The depot plan") or with the site's name added ("The depot plan deserves a hearing | The
    Ledger"). Either way the line in the text is the title, so a page read whole or read as its main text under
    its ``<title>`` gives the same summary."""
    if line == title.strip():
        return True
    line_terms, title_terms = set(_terms(line)), set(_terms(title))
    return bool(line_terms and title_terms) and (line_terms <= title_terms or title_terms <= line_terms)


def _restates(title: Unit, point: Unit, figure: Unit | None = None) -> bool:
    """The title makes the point sentence's claim: most of its words are the sentence's, and it asks nothing.
    Shown beside the headline figure's sentence, the title may take the rest of its words from that sentence
    ("Americans Split on the Ruling, Gallup Poll Finds" for a long lead saying a new poll finds Americans evenly
    split, shown with "According to a Gallup poll, 46 percent agree ..."), as long as half come from the point."""
    title_terms = set(_terms(title.text))
    if len(title_terms) < 4 or title.text.rstrip().endswith("?"):
        return False
    from_point = title_terms & set(_terms(point.text))
    if len(from_point) >= TITLE_RESTATES * len(title_terms):
        return True
    if figure is None or 2 * len(from_point) < len(title_terms):
        return False
    return len(from_point | (title_terms & set(_terms(figure.text)))) >= TITLE_RESTATES * len(title_terms)


def _news_title(title: Unit, units: Sequence[Unit]) -> bool:
    """A title that tells the news in the third person ("Greens hold their lead despite a bruising week"): four words
    or more, not a question, not a writer's quip in the first or second person ("You're Out, I'm Off"), and on the
    story (at least half of its words are in the post's sentences, which a column's label, "Harbor notes, week
    12", is not)."""
    title_terms = set(_terms(title.text))
    if len(title_terms) < 4 or title.text.rstrip().endswith("?") or _word_set(title.text) & _VOICE:
        return False
    story = {t for u in units if u.prose for t in _terms(u.text)}
    return 2 * len(title_terms & story) >= len(title_terms)


def _back_verdict(u: Unit, units: Sequence[Unit]) -> bool:
    """A short verdict on the sentence just before it in the same paragraph ("It does not show that.")."""
    return (
        u.index > 0
        and not u.paragraph_first
        and word_count(u.text) < BACK_VERDICT_WORDS
        and units[u.index - 1].kind == "sentence"
        and bool(BACK_VERDICT_RE.match(u.text))
    )


def _report_lead(u: Unit, parts: Sequence[tuple[str, float]], *, earlier: bool = False) -> bool:
    """The lead of a report (a post told in the third person keeps most of the lead's weight): its news, even
    when it holds a figure of the main poll ("The debut reading for the new party in this week's poll is 5%.");
    but not a run of results ("In the north, the Greens lead 41 percent to 29 percent.") or a subgroup's
    ("Among voters under 30, ..."), which are the figures' job. (The caller checks that the figure is a topline
    of the main poll, not an earlier wave's or a party's voters'.) With ``earlier``, the unit's figures are all earlier
    readings told beside the news ("... less sour than in May, when 18 percent ..., and 15 percent in March"):
    not a run of results, however many there are."""
    names = {name for name, _ in parts}
    return (
        (earlier or "poll figures" not in names)
        and not _SUBGROUP_OPENING_RE.match(u.text)
        and any(name == "lead" and v > W_LEAD / 2 for name, v in parts)
    )


def _block(units: Sequence[Unit], unit: Unit, *, with_question: bool = True) -> list[Unit]:
    """What must come with ``unit``: its whole quotation, what a lead-in introduces, a question it answers (unless
    not ``with_question``), the sentence a short verdict judges."""
    if unit.kind == "row":
        # A table row (the headline figure of a poll told only in a table) comes with the line heading its table:
        # the first row of its run of rows, or the line just above the run when the row opens it.
        start = unit.index
        while (
            start > 0
            and units[start - 1].paragraph == unit.paragraph
            and (units[start - 1].kind == "row" or not _ALNUM_RE.search(units[start - 1].text))
        ):
            start -= 1  # back over the table's rows and rule lines ("|---|---|")
        while start < unit.index and not _ALNUM_RE.search(units[start].text):
            start += 1
        if start == unit.index and start > 0:
            start -= 1
        header = units[start]
        same_table = header.paragraph == unit.paragraph and not header.terminal
        return (
            [header, unit] if start < unit.index and same_table and header.kind in _TABLE_HEADERS else [unit]
        )
    if (
        unit.kind == "heading"
        and unit.text.rstrip().endswith(":")
        and unit.index + 1 < len(units)
        and units[unit.index + 1].prose
    ):
        # A title that ends in a colon ("Poll slides again for the premier, 47-53:") introduces what follows it, like
        # a lead-in: when it holds the headline figure, the sentence it introduces comes with it.
        return [unit, units[unit.index + 1]]
    first, last = unit.quote_span
    if first == last == unit.index and _back_verdict(unit, units):
        first = unit.index - 1
    block = list(units[first : last + 1])
    while block[-1].kind == "lead-in" and block[-1].index + 1 < len(units):
        block.append(units[block[-1].index + 1])
    head = block[0]
    if with_question and head.index > 0 and not head.paragraph_first:
        previous = units[head.index - 1]
        # A question, or one whose mark was lost ("Is the plan a threat to the city."); a statement that opens
        # with a wh-word ("Which makes the poll a puzzle.", "How they voted is no secret.") stands apart.
        if previous.prose and (
            previous.text.rstrip("\"'”’) ").endswith("?")
            or (_QUESTION_RE.match(previous.text) and not _WH_STATEMENT_RE.match(previous.text))
        ):
            block.insert(0, previous)
    if any(u.kind in ("boilerplate", "row", "heading") for u in block):
        return [unit]
    return block


def _dangling(block: Sequence[Unit]) -> bool:
    """A block that ends in a lead-in: what the colon introduces is missing (the post ends there, or a table, chart
    or heading follows), so the lead-in would be left hanging ("Here is what the poll found:" and nothing)."""
    return bool(block) and block[-1].kind == "lead-in"


def _merge(a: Sequence[Unit], b: Sequence[Unit]) -> list[Unit]:
    return sorted({u.index: u for u in (*a, *b)}.values(), key=lambda u: u.index)


def _length(units: Sequence[Unit], chosen: Sequence[Unit], open_quote: int | None = None) -> int:
    if not chosen:
        return 0
    total = sum(len(u.clean) for u in chosen) + len(chosen) - 1
    if open_quote is not None and any(u.index == open_quote for u in chosen):
        total += 3  # " …" and the closing mark
    return total


def _render(units: Sequence[Unit], chosen: Sequence[Unit], open_quote: int | None) -> str:
    out = ""
    previous: Unit | None = None
    for u in sorted(chosen, key=lambda u: u.index):
        if previous is not None:
            # A list item, a row, a heading or a line set in bold stands on a line of its own.
            inline = (
                (previous.terminal or previous.kind == "lead-in")
                and previous.kind not in _OWN_LINE
                and not previous.bulleted
                and not EMPHASIS_RE.match(previous.text)
            )
            # ... and so does a short line without a full stop ("61% Approve", a result line under its question),
            # unless it completes a lead-in ("Turnout: 61%").
            own_line = (
                u.bulleted
                or u.kind in _OWN_LINE
                or (u.kind == "fragment" and not u.terminal and previous.kind != "lead-in")
                or EMPHASIS_RE.match(u.text)
            )
            out += " " if inline and not own_line else "\n"
        out += _without_back_connective(u) if previous is None or previous.index != u.index - 1 else u.clean
        if u.index == open_quote:
            out += " " + ELLIPSIS + _closing_mark(u.text)
        previous = u
    return out


def _without_back_connective(u: Unit) -> str:
    """A sentence shown without the one before it loses an opening word that answered that sentence: "Still,
    I'd bet my lunch on a deal" reads as a non sequitur where the sentence it concedes to is left out."""
    m = _BACK_CONNECTIVE.match(u.clean) if u.kind == "sentence" else None
    if m is None:
        return u.clean
    rest = u.clean[m.end() :]
    first = next((i for i, ch in enumerate(rest) if ch.isalnum()), None)
    if first is None:
        return u.clean
    # "But 59% say ..." reads "59% say ...": only a word that now opens the sentence takes a capital.
    return rest[:first] + rest[first].upper() + rest[first + 1 :]


def _closing_mark(text: str) -> str:
    opening = max(("“", '"'), key=lambda m: text.rfind(m))
    return _OPEN_TO_CLOSE[opening]


def _near_duplicate(a: str, b: str) -> bool:
    ta, tb = _token_set(a), _token_set(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.8


@functools.lru_cache(maxsize=4096)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(_TOKEN_RE.findall(text.lower()))


def _terms(text: str) -> list[str]:
    terms = [_term(raw) for raw in _WORD_RE.findall(text)]
    return [t for t in terms if t]


@functools.lru_cache(maxsize=16384)
def _term(raw: str) -> str:
    """A word as a LexRank and title-echo term ("" for a stopword or a word under three letters)."""
    w = raw.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _stem(w)
    return w if (len(w) >= 3 or w.isdigit()) and w not in _STOPWORDS else ""


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A light suffix strip so that "passes", "passed" and "passing" meet (not a linguistic stemmer)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def _clean(sentence: str) -> str:
    return _SPACE_RE.sub(" ", sentence).strip()


def _cut(sentence: str, max_chars: int) -> str:
    """Cut at the last word boundary that leaves room for the ellipsis."""
    if len(sentence) <= max_chars:
        return sentence
    if max_chars <= len(ELLIPSIS):
        return ELLIPSIS[:max_chars]
    room = max_chars - len(ELLIPSIS)
    head = sentence[: room + 1]
    cut = head.rfind(" ")
    head = head[:cut] if cut > 0 else sentence[:room]
    return head.rstrip(" ,;:–—-") + ELLIPSIS
