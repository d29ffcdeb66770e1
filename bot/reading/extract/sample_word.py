"""The passage's own word for its whole sample, where its prose gives figures that word more than once.

Some reports abroad write the people of their figures with the survey's word for them rather than a
country's people: "40 per cent of the respondents agreed", "a further 21 per cent of
respondents were against", "64% of the public say so". The labels keep that word for every figure of such a passage that
names nobody else ("respondents", "the public"; the shared README: the text's own wording), while the
rankers give those figures the country's people ("Indians", "Britons") or the sample line's ("Canadians"),
as they do where the passage writes the word once only (then the labels too write the country's people).

So where the prose writes one such word as a share's people at least twice ("NN% of (the) respondents",
"NN per cent respondents"), every figure whose population is only an assumed default (the passage's
universe, its country's or region's voters, the sample line's people) takes it. A table's "Base: 1,084
respondents" line is no share's people and does not count. Only abroad: US releases have conventions of
their own ("registered voters"). A fixed step after the rankers, like :mod:`sample_people`.

Where the word is written with who among the respondents right after a figure ("49 per cent of
respondents from rural areas", "of respondents in the top income band"), those are the figure's
people (:func:`qualified_word`): the rankers' proposals stop at "respondents".
"""

from __future__ import annotations

import re
from collections import Counter

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.vocab import OPINION_VERBS, SAMPLE_WORDS

# A share whose people are written as the sample's word: "64% of the public", "29 per cent of respondents",
# "13 per cent respondents said".
_SHARE_OF = re.compile(
    rf"(?:%|\bper[ \t]?cent\b|\bpercent\b)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?P<word>{SAMPLE_WORDS})\b"
    r"(?![ \t-]+(?:support|backing|opinion|approval|trust|confidence|sector|service|spending|money|vote))",
    re.IGNORECASE,
)  # ("26 per cent of public support" is a party's share of the vote, not the public's people)
_MENTIONS = 2  # written once, the labels give the country's people; twice or more, the word


def sample_word(a: Analysis) -> str:
    """The word the passage's prose writes as its shares' people at least twice, as the labels write it
    ("respondents", "the public"), else ""."""
    key = ("sample_word", 0)
    got = a.memo.get(key)
    if isinstance(got, str):
        return got
    counts = Counter(m.group("word").lower() for m in _SHARE_OF.finditer(a.text))
    word, n = counts.most_common(1)[0] if counts else ("", 0)
    out = SAMPLE_WORD_LABELS.get(word, word) if n >= _MENTIONS else ""
    a.memo[key] = out
    return out


# Words that end a qualifier written after "respondents": the clause's verb, a relative, a conjunction.
_STOP = rf"{OPINION_VERBS}|who|that|and|or|while|but|than"
# The sample's word with who among them right after a figure: "49 per cent of respondents from rural areas",
# "of the respondents in the top income band", "of respondents belonging to a community", up to the
# clause's verb, a relative, a conjunction or a punctuation mark (at most six words).
_QUALIFIED = re.compile(
    r"[ \t]*(?:%|per[ \t]?cent\b|percent\b)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<who>respondents[ \t]+"
    r"(?:from|in|belonging[ \t]+to|living[ \t]+in|aged)[ \t]+"
    rf"(?:(?!(?:{_STOP})\b)[\w/'’-]+[ \t]+){{0,5}}?(?!(?:{_STOP})\b)[\w/'’-]+)"
    rf"(?=[ \t]*[,;.:)–—-]|[ \t]+(?:{_STOP})\b)",
    re.IGNORECASE,
)


def qualified_word(a: Analysis, end: int) -> str:
    """The sample's word with the qualifier written right after a figure ending at ``end`` ("respondents
    from rural areas"), else "": those respondents are the figure's people, not the whole sample."""
    m = _QUALIFIED.match(a.text, end)
    if m is None or _WHOSE_POLL.match(a.text, m.start("who") + len("respondents")) is not None:
        return ""  # "of respondents in the <Pollster> 'State of the Nation' survey": whose poll, not who
    return m.group("who")


# "in the <Name ...> survey": the poll the respondents answered, named by capitalised and quoted words.
_WHOSE_POLL = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:['‘’\"“]?[A-Z][\w.'’/-]*['’\"”]?[ \t]+|of[ \t]+|the[ \t]+){1,8}"
    r"(?:poll|survey|sample|panel|study)\b"
)


# How the labels write each word: a collective noun keeps its article.
SAMPLE_WORD_LABELS = {"public": "the public", "electorate": "the electorate"}
