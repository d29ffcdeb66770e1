"""Last touches on chosen labels: the same option or people named the same way throughout a passage.

- Numbers, percent signs and stray punctuation never belong to a label ("women 53" → "women").
- A verb of calling and its object are not part of the option ("called it a threat" → "threat").
- A possessive is the person ("Caldwell's" → "Caldwell").
- A verb form or a rating noun is the option it names ("disapproving" → "disapprove").
- A party or option abbreviation written in capitals is the option it stands for ("LAB" → "Labour").
- A title or office before a name is not part of the answer ("Former Gov. Ana Ruiz" → "Ana Ruiz").
- A surname alone is the full name the passage gives elsewhere ("Reyes" → "Maria Reyes"), when exactly
  one full name ends with it, so every figure of one candidate carries one answer.
"""

from __future__ import annotations

import re
from functools import cached_property

from bot.reading.extract.label_cues import DEGREE_WORDS, TOPIC_NOUNS, expand, is_option, option_form
from bot.reading.extract.tables import names_a_column

# Words of degree before a verb form of an option ("strongly agreed", "fully agreed", "partly agreed").
_DEGREES = DEGREE_WORDS | {"fully", "partly", "partially", "mostly", "largely"}

# Punctuation at either edge, and a share left at the end ("women 53", "Reyes 45%"); a number that
# is part of the label ("aged 18-34", "2020 Trump voters", "over 65") stays.
_EDGE_PUNCT = re.compile(r"^[\s,;:.\-–—()\[\]|*•]+|[\s,;:\-–—()\[\]|*•]+$|\s*\.{2,}\s*$")
_TRAILING_SHARE = re.compile(
    r"(?<![-–/+])(?<!\baged)(?<!\bage)(?<!\bage of)(?<!\bages of)(?<!\bover)(?<!\bunder)(?<!\bthan)(?<!\bto)"
    r"(?<![Pp]roposition)(?<!\bProp)"
    r"\s+\d{1,2}(?:\.\d)?\s*(?:%|percent\b|per\s?cent\b)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?$")
# "Carney's Liberals", "Giorgia Meloni's Brothers of Italy", "Chancellor Stocker's ÖVP": a party written
# behind its leader's name is the party (the press's way of naming a party, in any country).
_LEADERS_PARTY = re.compile(
    r"^(?:[A-Z][\w.-]*\s+){0,3}(?P<owner>[A-Z][\w-]+)['’]s\s+"
    r"(?P<party>[^\W\d_][\w-]*(?:\s+(?:of\s+)?[^\W\d_][\w-]*){0,3})$"
)
# Owners that are not a person: "People's Party", "Women's Equality Party", "Workers' Party".
_NOT_LEADERS = frozenset(
    {"People", "Women", "Men", "Workers", "Citizens", "Voters", "Nation", "Country", "Party"}
)
# "Maria Reyes", "Gov. Ron DeSantis", "Jean-Luc O'Neil": two to four capitalised words.
# One line; a title's stop only after an abbreviation ("Gov. Tom Vale"), never a sentence's end
# ("... for the Greens. The Liberals stand at 12": no name "Greens. The Liberals").
_FULL_NAME = re.compile(
    r"\b(?:[A-Z][a-z]{1,3}\.[ \t]+|[A-Z][a-z]+[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}\b"
)
_MIDDLE_INITIAL = re.compile(r"\b(?P<first>[A-Z][a-z]+)[ \t]+[A-Z]\.[ \t]+(?=[A-Z][a-z])")
_TITLE = re.compile(r"^(?:Gov|Sen|Rep|Mr|Mrs|Ms|Dr|President|Governor|Senator|Former|Vice|Mayor|Prime)\.?\s+")
_PARTY_WORDS = frozenset(
    {"Democrat", "Democratic", "Republican", "GOP", "Labour", "Conservative", "Tory", "Liberal", "Green"}
    | {"Independent", "Libertarian", "Incumbent", "Challenger", "Candidate"}
)
_NOT_GIVEN = frozenset(
    {"The", "A", "An", "In", "On", "At", "And", "But", "If", "When", "While", "For", "With"}
)


# Titles and offices before a name, with the place or party they are of ("Ohio Gov. Ann Lee"): an
# answer is the person ("Former Vice President Mike Pence" →
# "Mike Pence", "Mr Shorten" → "Shorten", then the full name the passage gives).
_TITLES = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,2}?(?:(?:former|ex|then|vice|deputy|acting|prime|minister|president|presidential|candidate|governor|"
    r"gov|sen|senator|rep|representative|congressman|congresswoman|mayor|mr|mrs|ms|dr|premier|chancellor|"
    r"opposition|leader|secretary\s+of\s+state|secretary|u\.s\.|entrepreneur|businessman|businesswoman|"
    r"treasurer|comptroller|councilman|councilwoman|councillor|councilor|commissioner)\.?\s+)+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$)",
    re.IGNORECASE,
)
# "Labour leader Jane Roe", "NZ First leader Winston Peters": the leader named is the answer.
_LEADER = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}(?i:leader)\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$)")


# A verb of calling or describing and its object before the option ("called it a risk", "see him as
# dishonest", "rate it as excellent"): the option is what they called it.
_CALLED = re.compile(
    r"^(?:call|calls|called|calling|describe|describes|described|consider|considers|considered|rate|rates|"
    r"rated|see|sees|saw|view|views|viewed|regard|regards|regarded|deem|deems|deemed|perceive|perceives|"
    r"perceived)\s+"
    r"(?:it|them|him|her|this|that|these|those)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?=\w)",
    re.IGNORECASE,
)


# "would say Yes", "would now vote No again": a referendum's option after the verb that gives it.
_SAY_YES_NO = re.compile(
    r"^(?:(?:would|will|could)\s+)?(?:(?:now|still|again|probably|definitely)\s+)?(?:say|says|said|vote|votes|voted|"
    r"answer|answered|answering|saying|voting)\s+(?P<option>yes|no)\b.*$",
    re.IGNORECASE,
)
# "identify as conservative", "describe themselves as moderate": the option is what they identify as.
_IDENTIFY_AS = re.compile(
    r"^(?:identify|identifies|identified|identifying|describe|describes|described|describing)\s+"
    r"(?:(?:themselves|himself|herself)\s+)?as\s+(?:(?:a|an)\s+)?(?=\w)",
    re.IGNORECASE,
)
# The plural an ideology question's option takes after "identify as" ("liberals" → "liberal").
_IDEOLOGIES = frozenset({"liberals", "moderates", "conservatives", "progressives"})
# "approve of him", "satisfied with them": an option and a pronoun for what it is about.
_OPTION_OF_PRONOUN = re.compile(
    r"^(?P<option>\w+(?:\s\w+)?)\s+(?:of|with)\s+(?:him|her|them|it)$", re.IGNORECASE
)
# "Ann Lee of Ohio": the person, without the state or country they are from.
_NAME_OF_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$"
)
# "OHIO: Lee": a table's or list's heading before the option it lists.
_HEADING = re.compile(r"^[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*:\s+(?=[A-Z])")
# A preposition left alone as the answer names the option it stands for ("41% are against").
_BARE_OPTIONS = {
    "against": "oppose",
    # "view him favorably": the adverb names the rating
    "favorably": "favorable",
    "unfavorably": "unfavorable",
    "favourably": "favourable",
    "unfavourably": "unfavourable",
}


# A choice verb caught before the side it takes ("44 percent name the Republicans"): the side is the answer.
_CHOICE_VERB = re.compile(
    r"^(?:name|names|named|pick|picks|picked|choose|chooses|chose|prefer|prefers|preferred|trust|trusts|"
    r"back|backs|backed|favou?r|favou?rs|favou?red|support|supports|supported|"
    r"(?:(?:would|will)\s+)?(?:vote|votes|voted|voting)\s+for)\s+(?:the\s+)?(?=[A-Z])"
)
# "the national economy is getting worse": the subject is the question's, the option is what it is doing.
_SUBJECT_IS = re.compile(r"^(?:the|this|that|it)\b[^,;]{0,40}?\s(?:is|are)\s+(?=[a-z]+ing\b)")
# "a recession within the next year is likely", "the country is on the wrong track": a clause whose
# predicate is an option answers with the option (the subject belongs to the question). Not after a verb
# of saying: "say the levy is fair" is a statement, kept whole.
_CLAUSE_OPTION = re.compile(
    r"^(?!(?:say|says|said|think|thinks|thought|believe|believes|feel|feels)\b)(?:[\w'’-]+\s+){1,8}?(?:is|are|was|were|be)\s+(?:(?:on|in)\s+the\s+)?(?P<option>[\w' -]+)$",
    re.IGNORECASE,
)
# "would be less likely to vote for a candidate who ...": the option is "less likely" (the question's words
# name the candidate).
_LIKELY_TO_VOTE = re.compile(
    r"^(?:(?:would|will)\s+)?(?:be\s+)?(?P<option>(?:much\s+|somewhat\s+)?(?:more|less)\s+likely)\s+to\s+"
    r"(?:vote\s+for|support|back|elect)\b.*$",
    re.IGNORECASE,
)
# "opting for neither", "voting for none": a verb of choosing before an option.
_OPTED_FOR = re.compile(
    r"^(?:opt|opts|opted|opting|go|goes|went|going|plump|plumped|plumping)\s+for\s+(?P<option>.+)$",
    re.IGNORECASE,
)
# "13% yet undecided", "9% still unsure": a time adverb before a no-view or other option is no part of it.
_ADVERB_OPTION = re.compile(r"^(?:yet|still|now|already|currently)\s+(?P<option>.+)$", re.IGNORECASE)
# "the Democrats", "the Greens": a party is named without its article.
_PARTY_ARTICLE = re.compile(r"^the\s+(?=[A-Z][a-z]+s$)")


# Names that share one figure, as the joint-names proposal writes them: "Jeb Bush; Scott Walker (13% each)".
_JOINT = re.compile(r"^(?P<names>[^;()]+(?:; [^;()]+)+) \((?P<share>\d+(?:\.\d+)?% each)\)$")


class Tidy:
    """Label touches that need the passage (the full names it gives)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._answers: dict[str, str] = {}  # answer() by label: the steps tidy the same labels again

    @cached_property
    def _full_names(self) -> dict[str, set[str]]:
        """Surname → the full names ending with it."""
        out: dict[str, set[str]] = {}
        # "Donald J. Trump", "Joseph R. Biden": the name without its middle initial
        text = _MIDDLE_INITIAL.sub(r"\g<first> ", self._text[:200_000])
        for m in _FULL_NAME.finditer(text):
            name = re.sub(r"['’]s?$", "", _TITLE.sub("", m.group()))
            bare = _TITLES.sub("", name)  # "Texas Congressman Ron Paul", "Former President Ann Lee"
            if bare != name and _TITLES.sub("", bare + " Xy") == bare + " Xy":
                name = bare
            words = name.split()
            if len(words) == 3 and text[max(0, m.start() - 3) : m.start()] == "of ":
                words = words[1:]  # "Secretary of State Mike Roe": "State" ends the office
                name = " ".join(words)
            if len(words) == 3 and words[0] in _PARTY_WORDS:
                words = words[1:]  # "Democrat Maria Lopez": the party is not part of her name
                name = " ".join(words)
            if len(words) < 2 or words[0] in _NOT_GIVEN or not words[0][:1].isupper() or names_a_column(name):
                continue
            out.setdefault(words[-1], set()).add(name)
        return out

    def answer(self, label: str) -> str:
        got = self._answers.get(label)
        if got is None:
            got = self._answers[label] = self._answer(label)
        return got

    def _answer(self, label: str) -> str:
        joint = _JOINT.match(label.strip())
        if joint is not None:  # "Gov. Jeb Bush; Walker (13% each)": each name tidied on its own
            each = [self.answer(x) for x in joint.group("names").split("; ")]
            return f"{'; '.join(each)} ({joint.group('share')})"
        label = _PARTY_ARTICLE.sub("", _CHOICE_VERB.sub("", clean(label)))
        label = _SUBJECT_IS.sub("", label)
        label = _LIKELY_TO_VOTE.sub(r"\g<option>", label)
        for pattern in (_CLAUSE_OPTION, _OPTED_FOR, _ADVERB_OPTION):
            m = pattern.match(label)
            if m is not None and is_option(m.group("option")):
                label = m.group("option")
        label = _CALLED.sub("", label)
        label = _SAY_YES_NO.sub(r"\g<option>", label)
        identified = _IDENTIFY_AS.sub("", label)
        if identified != label and identified.lower() in _IDEOLOGIES:
            identified = identified[:-1]  # "identify as moderates": the option is "moderate"
        label = _HEADING.sub("", identified)
        m = _LEADERS_PARTY.match(label)
        if (
            m
            and m.group("owner") not in _NOT_LEADERS
            and all(w[:1].isupper() or w == "of" for w in m.group("party").split())
        ):
            return m.group("party")  # (not then read as a surname: "Carney's Liberals" is a run of names)
        m = _OPTION_OF_PRONOUN.match(label)
        if m and is_option(m.group("option")):
            label = m.group("option")
        m = _NAME_OF_PLACE.match(label)
        if m and not is_option(label):
            label = m.group("name")
        option = _option_named(label)
        if option is not None:
            return option
        if label.isupper() and len(label) >= 2:
            full = expand(label)
            if full is not None:
                return full  # "LAB", "CON", "DK": a table's abbreviation is the option it stands for
        m = _POSSESSIVE.match(label)
        if m:
            label = m.group("name")
        named = _TITLES.sub("", _LEADER.sub("", label))
        if _TITLES.sub("", named + " Xy") == named + " Xy":  # "Vice President" stays an office
            label = named
        if label and " " not in label and label[:1].isupper():
            names = self._full_names.get(label, set())
            if len(names) == 1:
                return next(iter(names))
        return label


def without_title(name: str) -> str:
    """A name without the title or office before it ("Wisconsin Gov. Scott Walker" → "Scott Walker")."""
    named = _TITLES.sub("", _LEADER.sub("", name))
    return named if _TITLES.sub("", named + " Xy") == named + " Xy" else name


def _option_named(label: str) -> str | None:
    """The option a verb form or a rating noun names: "disapproving" → "disapprove", "approval rating" →
    "approve" (one option, one wording, whichever way the sentence put it)."""
    words = label.lower().split()
    if len(words) == 1:
        return option_form(words[0]) or _BARE_OPTIONS.get(words[0])
    if len(words) == 2 and words[0] in _DEGREES and option_form(words[1]) is not None:
        return f"{words[0]} {option_form(words[1])}"  # "strongly agreed" → "strongly agree"
    if len(words) == 2 and words[1] in ("rating", "ratings") and words[0] in TOPIC_NOUNS:
        return TOPIC_NOUNS[words[0]]
    return None


def clean(label: str) -> str:
    """The label without numbers, percent signs or punctuation at its edges."""
    out = _EDGE_PUNCT.sub("", label)
    out = _TRAILING_SHARE.sub("", out)
    out = _EDGE_PUNCT.sub("", out)
    return " ".join(out.split())


# An initialism closing a question lost its last dot to the question mark ("a threat to the U.S?").
_CUT_INITIALISM = re.compile(r"(?<![\w.])((?:[A-Z]\.)+[A-Z])\?$")


def close_initialism(question: str) -> str:
    """ "... a threat to the U.S?" -> "... a threat to the U.S.?": a sentence ending in "U.S." gives its
    question "U.S" and a question mark; the initialism keeps its full stop."""
    return _CUT_INITIALISM.sub(r"\1.?", question)
