"""Word lists shared by the extractor's modules: pollsters, populations, answer verbs, context words.

These are general vocabularies of the domain (who polls, whom they poll, how results are reported),
not lists keyed to any particular text.
"""

from __future__ import annotations

import re

POLLSTERS: tuple[str, ...] = (
    "The Economist/YouGov",
    "Economist/YouGov",
    "YouGov",
    "Pew Research Center",
    "Pew Research",
    "Pew",
    "Gallup",
    "Reuters/Ipsos",
    "Ipsos MORI",
    "Ipsos",
    "AP-NORC",
    "Associated Press-NORC",
    "NORC",
    "Quinnipiac",
    "Marist",
    "Monmouth",
    "Emerson",
    "Morning Consult",
    "CNN/SSRS",
    "SSRS",
    "Fox News",
    "Siena",
    "New York Times/Siena",
    "NYT/Siena",
    "SurveyUSA",
    "SurveyMonkey",
    "Angus Reid Institute",
    "Angus Reid",
    "Rasmussen Reports",
    "Rasmussen",
    "Research 2000",
    "Newspoll",
    "ComRes",
    "Opinium",
    "Survation",
    "Savanta",
    "Redfield & Wilton",
    "Redfield and Wilton",
    "Deltapoll",
    "BMG",
    "Kantar",
    "Harris Poll",
    "Harris Interactive",
    "Leger",
    "Léger",
    "Nanos",
    "Abacus Data",
    "Ekos",
    "Mainstreet",
    "Forum Research",
    "Essential",
    "Resolve Strategic",
    "Roy Morgan",
    "Galaxy",
    "Lowy Institute",
    "PPP",
    "Public Policy Polling",
    "Suffolk",
    "Data for Progress",
    "Civiqs",
    "Echelon Insights",
    "Trafalgar",
    "InsiderAdvantage",
    "Zogby",
    "Mason-Dixon",
    "Selzer",
    "Marquette",
    "Franklin & Marshall",
    "Elon",
    "Winthrop",
    "Hart Research",
    "Navigator Research",
    "Axios",
    "Harvard CAPS/Harris",
    "Harvard-Harris",
    "ABC News/Washington Post",
    "Washington Post-ABC News",
    "NBC News",
    "CBS News",
    "Wall Street Journal",
    "McClatchy-Marist",
    "Mississippi State University",
)

_POLLSTER_ALT = "|".join(re.escape(p) for p in sorted(POLLSTERS, key=len, reverse=True))
POLLSTER_RE = re.compile(rf"(?<![\w/])(?=[A-Z])(?:{_POLLSTER_ALT})(?![\w/])")

# Head nouns that name who was asked. Lower-case matched; display keeps the text's casing.
POP_HEADS: frozenset[str] = frozenset(
    [
        "adults",
        "voters",
        "americans",
        "republicans",
        "democrats",
        "independents",
        "respondents",
        "residents",
        "britons",
        "brits",
        "canadians",
        "australians",
        "europeans",
        "californians",
        "texans",
        "floridians",
        "georgians",
        "mississippians",
        "ohioans",
        "scots",
        "welsh",
        "people",
        "women",
        "men",
        "liberals",
        "conservatives",
        "moderates",
        "progressives",
        "blacks",
        "whites",
        "hispanics",
        "latinos",
        "latinas",
        "asians",
        "evangelicals",
        "catholics",
        "protestants",
        "christians",
        "muslims",
        "jews",
        "millennials",
        "boomers",
        "seniors",
        "parents",
        "mothers",
        "fathers",
        "students",
        "graduates",
        "workers",
        "veterans",
        "supporters",
        "sympathisers",
        "sympathizers",
        "backers",
        "loyalists",
        "electors",
        "members",
        "public",
        "electorate",
        "citizens",
        "households",
        "homeowners",
        "renters",
        "leavers",
        "remainers",
        "tories",
        "trumpers",
        "gen-zers",
        "zoomers",
        "americans'",
        "partisans",
        "identifiers",
        "leaners",
        "base",
        "participants",
        "caucus-goers",  # "400 likely Iowa Republican caucus-goers": a caucus poll's sample
        "caucusgoers",
        # Generations, faiths and regions' people a crosstab or a list of shares names ("52% of baby
        # boomers; 27% of Gen Z", "the Silent Generation", "Mormons", "White Southerners").
        "gen z",
        "gen x",
        "generation z",
        "generation x",
        "silent generation",
        "greatest generation",
        "baby boomers",
        "mormons",
        "southerners",
        "northerners",
        "midwesterners",
    ]
)
# Population words that only restate the poll's universe ("41% of residents"): resolved to the
# passage's main population when it has one.
GENERIC_POPS: frozenset[str] = frozenset(
    {"residents", "respondents", "people", "participants", "public", "those surveyed", "those polled"}
)
# Words that can precede a population head noun as part of its name.
POP_MODS: frozenset[str] = frozenset(
    [
        "registered",
        "likely",
        "eligible",
        "self-described",
        "self-identified",
        "self-identifying",
        "white",
        "black",
        "hispanic",
        "latino",
        "asian",
        "young",
        "younger",
        "older",
        "old",
        "college-educated",
        "non-college",
        "suburban",
        "rural",
        "urban",
        "evangelical",
        "catholic",
        "independent",
        "undecided",
        "swing",
        "first-time",
        "female",
        "male",
        "gop",
        "republican",
        "democratic",
        "labour",
        "conservative",
        "tory",
        "liberal",
        "green",
        "reform",
        "snp",
        "leave",
        "remain",
        "u.s.",
        "us",
        "american",
        "british",
        "canadian",
        "australian",
        "general-election",
        "primary",
        "all",
        "other",
        "very",
        "strong",
        "weak",
        "lean",
        "leaning",
        "republican-leaning",
        "democratic-leaning",
        "born-again",
        "working-class",
        "middle-class",
        "low-income",
        "high-income",
        "jewish",
        "muslim",
        "christian",
        "protestant",
        "mormon",
        "religious",
        "secular",
        "unaffiliated",
        "non-white",
        "nonwhite",
        "married",
        "single",
        "unmarried",
        "gay",
        "lesbian",
        "lgbt",
        "lgbtq",
        "military",
        "union",
        "trade",  # "trade union members"
        "party",  # "Conservative party members", "Labour party supporters"
        "religiously",  # "religiously unaffiliated adults"
        "non-union",
        "employed",
        "unemployed",
        "retired",
        "adult",
        "city",
        "county",
        "state",
        "statewide",
        "local",
        "town",
        "district",
        "national",
        "post-graduate",
        "postgraduate",
        "graduate",
        "decided",  # "Among decided voters, the PCs have 44%": vote intention with undecideds set aside
        "committed",
        "definite",
        "probable",
    ]
)

# Party words that, capitalised and plural, are answer options in UK/Canadian/Australian usage.
PARTY_PLURALS: frozenset[str] = frozenset({"Conservatives", "Liberals", "Tories", "Greens", "Nationals"})

OPINION_VERBS = (
    "say|says|said|think|thinks|thought|believe|believes|believed|feel|feels|felt|agree|agreed|"
    "disagree|disagreed|support|supported|supports|oppose|opposed|opposes|favor|favored|favour|favoured|"
    "approve|approved|disapprove|disapproved|prefer|preferred|expect|expected|want|wanted|back|backed|"
    "choose|chose|pick|picked|consider|considered|view|viewed|see|saw|rate|rated|trust|trusted|like|"
    "liked|dislike|plan|planned|intend|describe|described|identify|identified|realize|realise|reject|"
    "rejected|would|will|are|were|is|was|have|had|remain|remained|worry|worried|fear|feared|"
    "blame|blamed|doubt|doubted|offering|having|giving|gave|give|responded|answered|chose|selected|"
    "named|cited|call|called|rank|ranked|know|knew|hold|held|claim|claimed|admit|admitted|report|"
    "reported|use|used|turn|turned|get|got|watch|watched|read|trusts|prefers|wants|expects|feels"
)
OPINION_VERB_RE = re.compile(rf"(?:{OPINION_VERBS})\b", re.IGNORECASE)

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Party words, lower-cased, written before a person's name or standing for a side: never the person.
PARTY_WORDS: frozenset[str] = frozenset(
    [
        "conservative",
        "democrat",
        "democratic",
        "democrats",
        "gop",
        "green",
        "independent",
        "labour",
        "liberal",
        "libertarian",
        "republican",
        "republicans",
    ]
)
# The months and weekdays written in full, lower-cased: capitalised words that name no side or option.
CALENDAR_NAMES: frozenset[str] = frozenset(w.lower() for w in (*MONTHS.split("|")[:12], *WEEKDAYS.split("|")))
# The same words as written, capitalised, abbreviated months too ("Tuesday", "Sept"): a modifier before a head word
# never names people with them ("Tuesday voters" are voters).
DAY_WORDS: frozenset[str] = frozenset((MONTHS + "|" + WEEKDAYS).split("|"))

# Capitalised words that are never a candidate, option or population name.
NOT_NAMES: frozenset[str] = frozenset(
    MONTHS.split("|")
    + WEEKDAYS.split("|")
    + [
        "The",
        "A",
        "An",
        "And",
        "But",
        "Or",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "To",
        "By",
        "With",
        "From",
        "As",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Just",
        "Only",
        "Among",
        "While",
        "When",
        "Where",
        "After",
        "Before",
        "Since",
        "Even",
        "Yet",
        "So",
        "Also",
        "Then",
        "Than",
        "Still",
        "Some",
        "Most",
        "Many",
        "More",
        "Fewer",
        "Less",
        "All",
        "Both",
        "Each",
        "Either",
        "Neither",
        "Nearly",
        "Almost",
        "About",
        "Around",
        "Roughly",
        "Overall",
        "Total",
        "Poll",
        "Survey",
        "New",
        "Latest",
        "Former",
        "Gov",
        "Sen",
        "Rep",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Senator",
        "Governor",
        "Speaker",
        "Secretary",
        "Vice",
        "Mayor",
        "Foolishly",
        "However",
        "Meanwhile",
        "Yes",
        "No",
        "Not",
        "None",
        "Another",
        "Other",
        "His",
        "Her",
        "Their",
        "Our",
        "Your",
        "My",
        "We",
        "They",
        "He",
        "She",
        "I",
        "You",
        "Who",
        "What",
        "Which",
        "Why",
        "How",
        "If",
        "Whether",
        "Percent",
        "Per",
        "Cent",
        "Among",
        "Within",
        "Only",
        "Just",
        "Some",
        "Half",
        # Quantity adverbs that open a sentence before a figure ("Fully 54% ...", "Nearly 60% ...").
        "Fully",
        "Nearly",
        "Roughly",
        "Approximately",
        "Almost",
        "About",
        "Around",
        "Over",
        "Under",
        "Exactly",
        "Barely",
        "Merely",
        "Another",
        "Fewer",
        "More",
        "Most",
        "Less",
        "Also",
    ]
)

# Titles written abbreviated with a full stop before a name ("Lt. Gov. Ana Ruiz", "Sen. Tom Vale", "Mr. Lee"):
# that stop ends no sentence and no answer. ("St." is left out: a street or a saint as often as a title.)
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"Gov", "Sen", "Rep", "Reps", "Sens", "Lt", "Atty", "Gen", "Sec", "Supt", "Del", "Assemb", "Cllr", "Hon"}
    | {"Mr", "Mrs", "Ms", "Dr", "Rev", "Prof", "Col", "Capt", "Sgt", "Adm", "Pres", "Cmdr", "Maj", "Gens"}
)

TITLES: frozenset[str] = frozenset(
    [
        "Gov",
        "Gov.",
        "Sen",
        "Sen.",
        "Rep",
        "Rep.",
        "Governor",
        "Senator",
        "Representative",
        "President",
        "Speaker",
        "Secretary",
        "Mayor",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Rev",
        "Rev.",
        "Gen",
        "Gen.",
        "Former",
        "former",
        "State",
        "Vice",
        "Leader",
        "Minister",
        "Prime",
        "Chancellor",
        "Premier",
        "Attorney",
        "General",
        "Congressman",
        "Congresswoman",
        "Businessman",
        "Businesswoman",
    ]
)

REGIONS: frozenset[str] = frozenset(
    [
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
        "Midwest",
        "West",
        "East",
        "North",
        "South",
        "Scotland",
        "Wales",
        "England",
        "London",
        "Quebec",
        "Ontario",
        "Alberta",
        "Prairies",
        "Atlantic",
    ]
)

# Pollsters that poll one country only: whom a release asked, where it writes several peoples (an Angus
# Reid poll of Canadians about the British monarchy writes "Britons" too; populations.universe).
# Pollsters that poll several countries (YouGov, Ipsos, Morgan) are not listed.
POLLSTERS_OF_BRITAIN = (
    r"Opinium|Survation|Panelbase|Deltapoll|Savanta|ComRes|Ipsos\s+MORI|Techne|Redfield\s+(?:&|and)\s+Wilton|"
    r"Lord\s+Ashcroft|ICM"
)
POLLSTERS_OF_IRELAND = (
    r"Red\s+C|Ipsos\s+MRBI|Ipsos\s+B&A|Behaviour\s+(?:&|and)\s+Attitudes|Ireland\s+Thinks|Amárach"
)
POLLSTERS_OF_CANADA = (
    r"Angus\s+Reid|Ipsos\s+Reid|Leger|Léger|Abacus(?:\s+Data)?|Nanos|EKOS|Mainstreet|Forum\s+Research|Pollara|"
    r"Innovative\s+Research|Campaign\s+Research"
)
POLLSTERS_OF_AUSTRALIA = (
    r"Newspoll|Essential\s+(?:Research|Report|poll)|Resolve\s+Strategic|RedBridge|Freshwater\s+Strategy"
)

# The people of a country whose passage names none, by the words (places, parties, leaders, pollsters) that
# place a passage there. populations.universe counts each country's words and takes the country named most
# (ties: the first here): "Labour" is British and New Zealand's, "Coalition" Australia's and Ireland's
# government, so one word alone must not decide. Northern Ireland's words count as the UK's. (New Zealand's
# passages keep the fallback: their vote-intention figures take passage_cues' "New Zealand voters".)
COUNTRY_UNIVERSE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:Britain|British|Britons|UK|Labour|Tory|Tories|Brexit|Westminster|NHS|Lib Dems?|SNP|"
            r"Northern Ireland|Stormont|DUP|Unionists?|unionists?)\b"
        ),
        "Britons",
    ),
    (
        re.compile(
            r"\b(?:Republic of Ireland|Fianna F[áa]il|Fine Gael|Taoiseach|Tánaiste|Tanaiste|Dáil|Dail|Oireachtas|"
            r"Red C|Irish voters|Irish electorate)\b"
        ),
        "Irish voters",
    ),
    (re.compile(r"\b(?:Canada|Canadians?|NDP|CPC|Bloc|Trudeau|Poilievre|Ottawa)\b"), "Canadians"),
    (re.compile(r"\b(?:Australia|Australians?|Coalition|Albanese|Newspoll|two-party)\b"), "Australians"),
    (
        re.compile(
            r"\b(?:America|Americans|U\.S\.|US|United States|Congress|Senate|White House|Trump|Biden|"
            r"Obama|Republicans?|Democrats?|GOP)\b"
        ),
        "Americans",
    ),
)

# Words that name an answer option ("Approve 44", "Not sure: 5"): a label, never a person's name.
LABEL_WORDS: frozenset[str] = frozenset(
    [
        "approve",
        "disapprove",
        "yes",
        "no",
        "support",
        "oppose",
        "agree",
        "disagree",
        "favorable",
        "unfavorable",
        "favourable",
        "unfavourable",
        "right",
        "wrong",
        "direction",
        "track",
        "satisfied",
        "dissatisfied",
        "strongly",
        "somewhat",
        "total",
        "net",
        "don't",
        "dont",
        "unsure",
        "undecided",
        "other",
        "none",
        "neither",
        "both",
    ]
)

# A run of capitalised words (a name, with "of"/"de"/"van" inside): "Gov. Gavin Newsom".
CAPSEQ = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|du|de|van))*")

# Words that carry no label content: the scorer drops them, and so do the stages that compare labels.
LABEL_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "that",
        "this",
        "with",
        "as",
        "by",
        "at",
        "from",
    }
)

# A share's sign after its number, if written: "44%", "44 percent", "44 per cent", "44pc".
SHARE_SIGN = r"[ \t]*(?:%|percent\b|per[ \t]?cent\b|pc\b)?"

# The words that name the part of a sample that made a choice, as a party list's base is written
# ("decided voters", "committed voters", "decided and leaning voters"; see list_bases).
LIST_BASES = r"(?:decided|committed|certain)(?:\s+(?:and|or|&)\s+(?:leaning|leaners))?"

# The words a report may use for its whole sample as the people of its shares ("64% of the public",
# "29 per cent of respondents"; see sample_word).
SAMPLE_WORDS = r"respondents|public|electorate"
