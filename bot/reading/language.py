"""Which language a post is written in: English, or which other one, told by its function words and script.

Pollwatch reads English: its cues, templates and fitted weights are English words. A post in another
language still has its figures ("47%"), but every label assembled around them (a question template, an
answer taken from the words after a figure) would be English scaffolding around foreign words. The reader
asks this module first, and a post in another language keeps only what stays honest
(:mod:`bot.reading.extract.other_languages`).

How it decides. Every language's most frequent words are its function words (articles, prepositions,
conjunctions, auxiliaries); any running text of a few dozen words holds many of them, whatever its topic.
The text's letter-only words are counted against a short list per language (no list shares a word with the
English one), and the text is another language's only when that language's words are both many and far more
than English ones. Text in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, CJK) is
told by its script. Anything less sure is English: the answer that leaves the extractor's output as it was,
so a table of names and numbers, an English post quoting a foreign slogan or an English page from abroad
full of foreign names read exactly as before.

Why not a library (langdetect, lingua-language-detector, gcld3; measured in the twenty-sixth round, see
``docs/extraction.md``): the question asked here is narrow (English or not, and which language to name to a
moderator), a function-word count answers it with no false alarm on any English text the project can reach,
in a few microseconds per post, with no model file, no random seed and nothing to install; langdetect is
random unless seeded, loads 55 profiles on first use and is no longer kept; lingua and gcld3 bring large
native models for a distinction this coarse.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Final

ENGLISH: Final = "en"


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.split())


@dataclass(frozen=True, slots=True)
class Language:
    """A language as pollwatch names it: an ISO 639-1 code (``und`` where only the script is known) and the
    English name a moderator reads ("Spanish", "a language in Cyrillic script")."""

    code: str
    name: str

    @property
    def is_english(self) -> bool:
        return self.code == ENGLISH


ENGLISH_LANGUAGE: Final = Language(ENGLISH, "English")

# English function words. A foreign list below never repeats one of these.
_ENGLISH_WORDS: Final = _words(
    """the of and to in a is that for it as was with be by on not he i this are or his from at which but
    have an they you were her she there been their has will would one all we who more if its can than
    about when what some these into them said do so up out no did could other new also our how after most
    those only over such any should both two many then because being where while much very"""
)

# Function words of the languages pollwatch's feeds most often bring, none of them an English word nor a
# word English poll text carries often ("per", "men", "plus", "care", "come", "non", "Dem", "na" and "co" are
# out); "de", "la" and "el" stay in, since a page's "de la Cruz" is a few words among hundreds.
_FUNCTION_WORDS: Final[dict[str, tuple[str, frozenset[str]]]] = {
    "de": (
        "German",
        _words("""der die das und ist nicht mit den des von zu sich auf für im sind eine ein einer einen eines
            auch noch nach bei aus wie oder über vom zum zur werden wurde wurden haben sie er wir ich aber
            nur dass mehr bis schon damit vor weiter sowie zwischen gegen seit sein seine ihre ihr diese
            dieser dieses wenn unter durch laut prozent befragten"""),
    ),
    "fr": (
        "French",
        _words("""le la les des une est dans pour avec sur qui que pas par du au aux ce cette sont été mais ou
            leur selon entre nous elle il ils se son sa ses et un à ne lui été être avoir fait comme
            deux après avant sans chez dont même aussi très sondage pourcent"""),
    ),
    "es": (
        "Spanish",
        _words("""el los las del que y en un una por para es se su sus al lo como más pero sobre este esta
            también fue ha han muy sin ya según hay cuando desde porque mientras entre ni cual quienes
            encuesta otros otras ese esa estos estas donde"""),
    ),
    "it": (
        "Italian",
        _words("""il di che e la le una del della dei delle sono si da nel nella al alla gli ha è più
            anche ma questo questa secondo tra fra sul sulla dal dalla loro essere stato hanno degli
            sondaggio cui ancora dopo"""),
    ),
    "pt": (
        "Portuguese",
        _words("""o os da dos das que e de em um uma para não nos nas por mais se ao à é foi são ele ela
            pelo pela sobre também segundo mas seu sua entre já pesquisa isso ainda"""),
    ),
    "nl": (
        "Dutch",
        _words("""de het een en van dat die niet op te zijn met voor er aan ook als bij maar om naar dan nog
            wordt worden uit heeft hebben tot door deze wel meer werd zich onder peiling volgens"""),
    ),
    "sv": (
        "Swedish",
        _words("""och att det som en på är av för med till den har inte om ett de var jag han hon sig från vi
            så kan eller när efter procent också enligt"""),
    ),
    "da": (
        "Danish",
        _words("""og i at det er en til på som de med af ikke den har et var om fra kan vil efter eller
            også blev meget procent ifølge"""),
    ),
    "no": (
        "Norwegian",
        _words("""og i at det er en til på som de med av ikke den har et var om fra kan vil etter eller
            også ble mye prosent ifølge"""),
    ),
    "pl": (
        "Polish",
        _words("""w z na się nie że jest od po jak ale za dla tak czy przez jego już tylko oraz są być był
            była procent proc tym który która które według"""),
    ),
    "ro": (
        "Romanian",
        _words("""și în de la cu pe din nu este sunt ca pentru mai o un fost dintre sondaj potrivit"""),
    ),
    "tr": (
        "Turkish",
        _words("""ve bir bu da de için ile olarak gibi daha çok olan yüzde göre anket"""),
    ),
    "id": (
        "Indonesian",
        _words("""yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah oleh survei
            persen"""),
    ),
}

# Each listed word and the languages whose list holds it (English alone for an English word).
_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {word: (ENGLISH,) for word in _ENGLISH_WORDS}
for _code, (_name, _vocabulary) in _FUNCTION_WORDS.items():
    for _word in _vocabulary - _ENGLISH_WORDS:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)

# A text is another language's when that language's function words are at least this many, this share of
# its words, and this many times the English ones (measured on every English text the project can reach,
# where no foreign list comes near, and on the project's own passages in eleven languages).
MIN_WORDS: Final = 6
MIN_SHARE: Final = 0.12
MIN_RATIO: Final = 3.0

# Scripts, by the first word of a letter's Unicode name, and the language each names.
_SCRIPTS: Final[dict[str, Language]] = {
    "GREEK": Language("el", "Greek"),
    "ARABIC": Language("ar", "Arabic"),
    "HEBREW": Language("he", "Hebrew"),
    "DEVANAGARI": Language("hi", "Hindi"),
    "THAI": Language("th", "Thai"),
    "HANGUL": Language("ko", "Korean"),
    "HIRAGANA": Language("ja", "Japanese"),
    "KATAKANA": Language("ja", "Japanese"),
    "CJK": Language("zh", "Chinese"),
    "CYRILLIC": Language("und", "a language in Cyrillic script"),
}
# Letters only one Cyrillic language writes: Ukrainian's і ї є ґ, Russian's ы э ё.
_UKRAINIAN: Final = frozenset("іїєґ")
_RUSSIAN: Final = frozenset("ыэё")
# A text is in a script when this share of its letters are.
MIN_SCRIPT_SHARE: Final = 0.5

_LETTER = re.compile(r"[^\W\d_]")
# A letter outside the Latin blocks (Basic Latin to Latin Extended-B, Latin Extended Additional).
_OTHER_SCRIPT_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def _script(letter: str) -> str:
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0]


def _by_script(text: str) -> Language | None:
    others = _OTHER_SCRIPT_LETTER.findall(text)
    if not others:  # every letter Latin: the common case, decided without a look at each letter
        return None
    counts: dict[str, int] = {}
    for c in others:
        script = _script(c)
        if script in _SCRIPTS:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n < MIN_SCRIPT_SHARE * len(_LETTER.findall(text)):
        return None
    if script == "CYRILLIC":
        lower = set(text.lower())
        if lower & _UKRAINIAN:
            return Language("uk", "Ukrainian")
        if lower & _RUSSIAN:
            return Language("ru", "Russian")
    if script in ("HIRAGANA", "KATAKANA", "CJK") and ("HIRAGANA" in counts or "KATAKANA" in counts):
        return _SCRIPTS["HIRAGANA"]
    return _SCRIPTS[script]


@dataclass(frozen=True, slots=True)
class WordCounts:
    """The function-word counts a decision was made on (what ``pollwatch extract --explain`` shows)."""

    words: int
    english: int
    best: str | None
    best_count: int


def word_counts(text: str) -> WordCounts:
    """How many of the text's words (its space-separated tokens) are English function words, and which other
    language's are most. A function word is counted where it stands alone, between spaces; one with
    punctuation attached ("der,") is not, which a text's many others make up for."""
    tokens = text.lower().split()
    seen = Counter(tokens)
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    english = 0
    for word in seen.keys() & _LANGUAGES_OF.keys():
        n = seen[word]
        for code in _LANGUAGES_OF[word]:
            if code == ENGLISH:
                english += n
            else:
                counts[code] += n
    best = max(counts, key=lambda code: counts[code])
    return WordCounts(len(tokens), english, best if counts[best] else None, counts[best])


def detect(text: str) -> Language:
    """The language ``text`` is written in; English unless another language is clearly shown."""
    scripted = _by_script(text)
    if scripted is not None:
        return scripted
    counts = word_counts(text)
    if counts.best is None or counts.words == 0:
        return ENGLISH_LANGUAGE
    if (
        counts.best_count >= MIN_WORDS
        and counts.best_count >= MIN_SHARE * counts.words
        and counts.best_count >= MIN_RATIO * counts.english
    ):
        return Language(counts.best, _FUNCTION_WORDS[counts.best][0])
    return ENGLISH_LANGUAGE


def name_of(code: str) -> str:
    """The English name of a language code pollwatch gives (the code itself for one it does not name)."""
    if code == ENGLISH:
        return "English"
    if code in _FUNCTION_WORDS:
        return _FUNCTION_WORDS[code][0]
    for language in (*_SCRIPTS.values(), Language("uk", "Ukrainian"), Language("ru", "Russian")):
        if language.code == code:
            return language.name
    return "another language"
