"""Frames that make a share no poll's: a count of votes told as it comes in, and a prediction of a vote.

Issue 11 (figure precision). An election-night report quotes the parties' shares of the votes counted
("the electoral board has the Union in front on 39.2% of the ballots tallied") and may mention the
polls only in passing ("whatever the exit polls had forecast"); a forecast quotes shares nobody was asked
for ("our tipsters think the Union will land on 41", "the model projects her at 50.4%", "is tipped to
keep 46%"), sometimes as a table under a caption ("Their combined forecast:").
Both are written with percent signs, party names and a pollster's name nearby, which is what the
figure model otherwise takes for a poll.

This module describes the frames; :mod:`figures` turns them into features the fitted figure model
weighs, and :func:`figures.ruled_out` rules out a number that one of the first four marks unless a share
holds an opinion after it ("54% think ..."): the training part has too few such texts for the fit to
outweigh a percent sign and a party's name (in it these features mark no labelled figure at all). The
frames written next to a poll (``count_after_poll``, ``forecast_in_poll``) are only weighed.

- ``count_clause``: the number's sentence, or the caption a table row sits under, names the count as
  its source or its process (an electoral body, votes counted, results so far, precincts reporting,
  seats led) and no poll, and no poll is told in the two sentences before it;
- ``p_count_report``: the passage names the count somewhere and no poll share: no percent figure
  stands in or up to two sentences after one that may report a poll, or under a table caption with a
  poll word (a sentence with no share of its own that tells a prediction or the count mentions the
  polls in passing: "whatever the exit polls had forecast");
- ``p_forecast_report``: at least two shares stand in prediction frames and no poll reports a share
  outside one;
- ``forecast_clause``: the number's sentence, or its table's caption, predicts ("reckon", "expected
  to", "tipped to", "forecast", "odds", "guesses", a model's projection) and the share is not the people
  who hold the expectation ("52% expect the Alliance to win" is a poll's answer), nor a poll's own
  projection ("an MRP poll ... projects Labour at 36%", "the predicted share of the vote"), and the
  frame names no poll.

A real poll that also mentions the count keeps its figures: a sentence that reports a poll is never a
count clause, and a passage with one poll share is no count report.
"""

from __future__ import annotations

import re
from typing import cast

from bot.reading.extract.analysis import Analysis, Num

_MISSING = object()

# The count as a source or a process (lower-cased text).
_COUNT = re.compile(
    r"\b(?:count(?:ing)? of (?:the )?(?:votes|ballots)|(?:votes?|ballots?) (?:counted|tallied)|counting|"
    r"the count (?:is|was|continues|continued|went|goes|ended|finished|resumed|stood)|"
    r"election commission|electoral (?:commission|board|office|council|authority)|board of elections|"
    r"returning officers?|election officials|(?:county|city|town) clerk'?s?|"
    r"(?:official|provisional|preliminary|partial|final|early|unofficial|latest) (?:results?|returns|count|tally)|"
    r"results so far|precincts reporting|"
    # seats led as the count goes on ("won 37 seats" is as often a past election cited beside a poll)
    r"(?:leads?|leading|ahead) (?:in |on )?\d+ (?:of the \d+ )?"
    r"(?:seats|constituencies|districts|ridings|electorates))\b"
)
# A poll word (a tally's "polled 12 per cent" is none) and an exit poll, which is a poll of voters.
_POLL = re.compile(
    r"\b(?:poll|polls|polling|pollsters?|surveys?|surveyed|respondents|interviewed|mrp|voting intentions?|"
    r"newspoll|sample|would (?:vote|win|take|get|receive|back|support))\b"
)
_TALLY_POLLED = re.compile(r"\bpolled\s+(?:about|around|some|just|only|nearly|almost|over|under|\d)")
_EXIT = re.compile(r"\bexit[- ]polls?\b")
_MARK = re.compile(r"\s*(?:%|per ?cent|percent|pc\b)")

# A prediction: its verbs and nouns ("predicted" only as a verb: "the predicted share of the vote" is
# how an MRP poll reports its own figures).
_FORECAST = re.compile(
    r"\b(?:predict(?:s|ing|ions?)?|predicted(?! (?:share|vote|votes|seats))|forecast(?:s|ed|ing|ers?)?|"
    r"reckons?|tipped to|(?:is|are|was|were) expected to|"
    r"expects?\s+(?:[\w'’-]+\s+){1,4}?to (?:win|finish|get|take|lead|poll|score|receive|end up)|"
    # (not "projection" alone: German pollsters call their voting intention a "Projektion")
    r"projects?\s+(?:[\w'’-]+\s+){0,3}?(?:at|on|to (?:win|take|get|finish))|projected (?:to|at)|"
    r"bookmakers?|bookies|punters|betting (?:markets?|odds|exchanges?|sites?)|odds|guess(?:es|ed|ing)?|"
    r"tipsters?|pundits?|(?:prediction|guessing|tipping|forecasting) (?:contests?|competitions?|games?)|"
    r"entrants|prediction markets?)\b"
)
# A poll as the one that projects or predicts: "an MRP poll of 11,000 people by X projects ...".
_POLL_PROJECTS = re.compile(
    r"\b(?:poll|survey|mrp)\b[^.;]{0,60}?\b(?P<verb>projects?|projected|predicts?|predicted|forecasts?)\b"
)
# The share that holds the prediction, written right after it: "29% predict a National victory".
_HOLDER_AFTER = re.compile(
    r"\s*(?:%|per ?cent|percent)?\s*(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:also\s+|now\s+)?"
    r"(?:predict|expect|forecast|reckon|guess|bet)"
)
# The share holds the expectation ("52% of voters expect ...", "29% predict ...").
_HOLDERS = frozenset({"cue:opinion_after", "cue:of_pop_after", "cue:opinion_by_before", "cue:people_after"})


def _sentence_text(a: Analysis, i: int) -> str:
    s = a.sentences[i]
    return a.lower[s.start : min(s.end, s.start + 600)]


def _row_like(text: str) -> bool:
    """A sentence that is a table row or a table's label, not prose: short, at most two lower-case words
    ("Alliance 38%", "Two Party Preferred |", "Don't know 5")."""
    return len(text) <= 48 and len(re.findall(r"(?<![\w'’])[a-z][a-z'’]{2,}", text)) <= 2


def caption(a: Analysis, i: int) -> str | None:
    """The caption a table row's sentence sits under: the nearest earlier sentence that is not a row
    itself, where it ends with a colon ("The readers' average guesses:"); ``None`` for prose."""
    if not a.sentences or not _row_like(_cased(a, i)):
        return None
    j = i - 1
    while j >= 0 and i - j <= 60:
        t = _cased(a, j)
        if t and not _row_like(t):
            return _sentence_text(a, j).strip() if t.endswith(":") else None
        j -= 1
    return None


def _cased(a: Analysis, i: int) -> str:
    s = a.sentences[i]
    return a.text[s.start : min(s.end, s.start + 200)].strip()


def _frames(a: Analysis, i: int) -> str:
    """The text whose frame a number of sentence ``i`` takes: its sentence, and its table's caption."""
    own = _sentence_text(a, i)
    cap = caption(a, i)
    return own if cap is None else own + " " + cap


def _poll_told(text: str) -> bool:
    return any(not _TALLY_POLLED.match(text, m.start()) for m in _POLL.finditer(text))


def count_clause(a: Analysis, n: Num) -> str | None:
    """Whether the number's sentence (or table caption) names the count and reports no poll:
    ``"count_clause"``, or ``"count_after_poll"`` where a poll is told just before it ("The exit poll was
    out at ten. Labour 38%, ..., as counting began"), which is weighed apart; ``None`` where it does not."""
    if not a.sentences:
        return None
    # Once per sentence: the frame is the sentence's (and its caption's), whichever of its figures asks.
    key = ("not_poll_frames.count_clause", n.sentence)
    got = a.memo.get(key, _MISSING)
    if got is _MISSING:
        got = a.memo[key] = _count_clause(a, n.sentence)
    return cast("str | None", got)


def _count_clause(a: Analysis, i: int) -> str | None:
    text = _frames(a, i)
    if not _COUNT.search(text) or _poll_told(text) or _EXIT.search(text):
        return None
    return "count_after_poll" if _poll_share(a, i, _reports(a)) else "count_clause"


def _reports(a: Analysis) -> list[bool]:
    """Which sentences may report a poll (:func:`_poll_report`), once per analysis."""
    key = ("not_poll_frames.reports", None)
    got = a.memo.get(key)
    if got is None:
        shares = {n.sentence for n in a.numbers if n.cand.marked}
        got = a.memo[key] = [_poll_report(_sentence_text(a, i), i in shares) for i in range(len(a.sentences))]
    return cast("list[bool]", got)


def count_report(a: Analysis) -> bool:
    """Whether the passage names the count and quotes no poll share (see the module doc)."""
    if not a.sentences or not _COUNT.search(a.lower[:20_000]):
        return False
    polled = _reports(a)
    return not any(n.cand.marked and _poll_share(a, n.sentence, polled) for n in a.numbers)


def _poll_report(text: str, has_share: bool) -> bool:
    """Whether a sentence may report a poll: a poll word, where a sentence with no share of its own that
    tells the count or a prediction mentions the polls only in passing ("whatever the exit poll
    forecasts", "for all the surveys had predicted")."""
    if not _poll_told(text):
        return False
    # (an exit poll is published as the count begins: "the exit poll, out as counting began, ...")
    return has_share or not (
        _FORECAST.search(text) or _FOIL.search(text) or (_COUNT.search(text) and not _EXIT.search(text))
    )


# The polls named as what the count proved right or wrong: "whatever the exit polls had suggested",
# "despite the surveys", "the polls had pointed the other way".
_FOIL = re.compile(
    r"\b(?:whatever|despite|defying|defied|contrary to|unlike|against|confounding|confounded|upsetting)\b"
    r"[^.;]{0,40}\b(?:exit[- ])?(?:polls|surveys|pollsters)\b|\b(?:polls|surveys|pollsters) had\b"
)


def _poll_share(a: Analysis, i: int, polled: list[bool]) -> bool:
    """Whether a share of sentence ``i`` may be a poll's: its sentence or one of the two before it has a
    poll word, or the caption of its table does."""
    if any(polled[max(0, i - 2) : i + 1]):
        return True
    cap = caption(a, i)
    return cap is not None and _poll_told(cap)


# A poll's own vote-intention question: "if there were a federal election next Sunday", "if the election
# were held today" (a frame that asks it is a poll's, whatever it calls its figures).
# (not every population word: "Liberals", "Conservatives" are parties as often)
_PEOPLE = re.compile(
    r"\b(?:voters|adults|respondents|electors|residents|supporters|the public|citizens|americans|britons|"
    r"canadians|australians)\b"
)
_ASKED = re.compile(
    r"\bif (?:there (?:were|was) an?|the|an?) (?:[\w-]+ ){0,3}?(?:election|vote|referendum)\b"
)


def _forecast_frame(a: Analysis, i: int) -> bool:
    """Whether sentence ``i``'s frame predicts the vote (once per sentence: each of its figures asks)."""
    key = ("not_poll_frames.forecast_frame", i)
    got = a.memo.get(key)
    if got is None:
        got = a.memo[key] = _predicts(a, i)
    return bool(got)


def _predicts(a: Analysis, i: int) -> bool:
    text = _frames(a, i)
    if _ASKED.search(text) or _PEOPLE.search(text):
        return False  # a poll's question, or the people whose expectation it is ("Labour voters expect")
    spared = {m.start("verb") for m in _POLL_PROJECTS.finditer(text)}
    return any(m.start() not in spared for m in _FORECAST.finditer(text))


def forecast_report(a: Analysis) -> bool:
    """Whether the passage's shares are predictions: at least two percent numbers stand in prediction
    frames, and none that a poll reports does not (a share that holds the expectation, "52% expect ...",
    is a poll's; so is one in or right after a sentence with a poll word, unless its own frame predicts)."""
    if not a.sentences or not _FORECAST.search(a.lower[:20_000]):
        return False
    framed = 0
    polled = [_poll_told(_sentence_text(a, i)) for i in range(len(a.sentences))]
    for n in a.numbers:
        if not n.cand.marked:
            continue
        i = n.sentence
        if _forecast_frame(a, i) and not _HOLDER_AFTER.match(a.lower, n.end):
            framed += 1
            continue
        if _poll_share(a, i, polled):
            return False
    return framed >= 2


def forecast_clause(a: Analysis, n: Num, fired: dict[str, float] | set[str]) -> str | None:
    """Whether the number's sentence (or table caption) predicts the vote and the number is not the share
    of people who hold the expectation, nor a poll's own projection: ``"forecast_clause"``, or
    ``"forecast_in_poll"`` where the frame also has a poll word ("tipsters in our Guess the Poll
    game think ...", "Labour is expected to win, with the poll giving it 41%"), which is weighed
    apart; ``None`` where it does not predict."""
    held = fired & _HOLDERS if isinstance(fired, set) else fired.keys() & _HOLDERS
    if not a.sentences or held or _HOLDER_AFTER.match(a.lower, n.end) or not _forecast_frame(a, n.sentence):
        return None
    return "forecast_in_poll" if _poll_told(_frames(a, n.sentence)) else "forecast_clause"
