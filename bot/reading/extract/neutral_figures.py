"""Poll shares a post in another language writes the way every language does: "47%", "31 Prozent", "(62/38)".

The weighed extractor decides which numbers are poll figures by English cues: a passage with no English word
for a poll keeps nothing, so a German post's "31 Prozent der Wähler" or a French post's "41% des intentions
de vote" yield no figure. For a text the language check found not to be English
(:mod:`bot.reading.extract.other_languages`) this module finds the shares that need no English to read:

- a number with the percent sign or the language's own percent word ("Prozent", "por ciento", "procent"…),
  not one end of a range ("18 à 21%", "25-28%", "entre 30 et 33%": a range is no single reading);
- a pair written with a slash whose two sides sum to 100 ("(62/38)", "55/45"): a two-way split;

and only where the text names a poll in its own language ("Umfrage", "sondage", "encuesta"…), so an economic
story's inflation rate is not taken for a poll. Numbers up to twelve written as words before a percent word
("zwölf Prozent") are read in six languages.
Each share found is one figure with no label, grouped with the others of its sentence (a slash pair's two
sides by themselves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

# Each language's words for "per cent" after a number, and for a poll (a word's start: "Befragte" also reads
# "Befragten"). A language not listed is read by the percent sign alone.
PERCENT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("Prozent",),
    "fr": ("pour cent", "pourcent"),
    "es": ("por ciento",),
    "it": ("per cento",),
    "pt": ("por cento",),
    "nl": ("procent",),
    "sv": ("procent",),
    "da": ("procent",),
    "no": ("prosent",),
    "pl": ("procent", "proc."),
    "ro": ("la sută",),
    "id": ("persen",),
}
POLL_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": (
        "umfrage",
        "befragte",
        "meinungsforsch",
        "erhebung",
        "sonntagsfrage",
        "wähler",
    ),
    "fr": ("sondage", "enquête", "baromètre", "intentions de vote", "interrogés", "sondés"),
    "es": ("encuesta", "sondeo", "encuestados", "intención de voto", "aprobación"),
    "it": ("sondaggio", "intervistati", "intenzioni di voto"),
    "pt": ("pesquisa", "sondagem", "inquérito", "entrevistados", "intenção de voto"),
    "nl": ("peiling", "enquête", "ondervraagden", "kiezers"),
    "sv": ("mätning", "undersökning", "opinionsmätning", "tillfrågade", "väljarbarometer"),
    "da": ("måling", "meningsmåling", "undersøgelse", "adspurgte", "vælgere"),
    "no": ("måling", "meningsmåling", "undersøkelse", "spurte", "velgere"),
    "pl": ("sondaż", "badani", "badanie", "ankiet"),
    "ro": ("sondaj", "respondenți", "intenția de vot"),
    "tr": ("anket", "katılımcı"),
    "id": ("survei", "jajak pendapat", "responden"),
    "ru": ("опрос", "респондент"),
    "uk": ("опитування", "респондент"),
    "el": ("δημοσκόπηση", "ερωτηθέντ"),
}

# Numbers up to twelve written as words before a percent word, as German, French, Spanish, Italian,
# Portuguese and Dutch papers write small shares ("zwölf Prozent", "diez por ciento").
NUMBER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "it": (
        "uno",
        "due",
        "tre",
        "quattro",
        "cinque",
        "sei",
        "sette",
        "otto",
        "nove",
        "dieci",
        "undici",
        "dodici",
    ),
    "pt": ("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"),
    "nl": ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
}
_NUMBER = r"(\d{1,3}(?:[.,]\d{1,2})?)"
# A range's word or sign between its two ends, in the languages above.
_RANGE = r"(?:[-–—]|à|a|et|y|e|bis|und|tot|en|till|til|do|și|to|entre|zwischen)"
_RANGE_END = re.compile(r"\d\s*(?:%|\w+)?\s*" + _RANGE + r"\s*$", re.IGNORECASE)
_SLASH_PAIR = re.compile(r"(?<![\d/.,])(\d{1,2})\s?/\s?(\d{1,2})(?![\d/.,])")
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)|\n")


@dataclass(frozen=True, slots=True)
class Share:
    """One share the text writes: its value and where its number stands."""

    value: float
    start: int
    end: int
    # Where a two-way split was written with a slash, the offset of its first side: its two sides are one
    # group, apart from the other shares of its sentence ("(62/38) … (47/53)" are two age bands' splits).
    pair: int | None = None


def _percent_pattern(language: str) -> re.Pattern[str]:
    words = [re.escape(w).replace(r"\ ", r"\s+") for w in PERCENT_WORDS.get(language, ())]
    unit = "|".join(["%", *words])
    numbers = _NUMBER
    if words and language in NUMBER_WORDS:  # a word number only before the percent word, never before "%"
        spelled = "|".join(NUMBER_WORDS[language])
        numbers = r"(\d{1,3}(?:[.,]\d{1,2})?|(?:" + spelled + r")(?=\s+(?:" + "|".join(words) + r")))"
    return re.compile(r"(?<![\w.,-])" + numbers + r"\s?(?:" + unit + r")(?!\w)", re.IGNORECASE)


def names_a_poll(text: str, language: str) -> bool:
    """Whether the text names a poll in its language (or, in a language not listed, at all)."""
    words = POLL_WORDS.get(language)
    if words is None:
        return True
    low = text.lower()
    return any(w in low for w in words)


def _value(number: str, language: str) -> float:
    spelled = NUMBER_WORDS.get(language, ())
    if number.lower() in spelled:
        return float(spelled.index(number.lower()) + 1)
    return float(number.replace(",", "."))


def find_shares(text: str, language: str) -> list[Share]:
    """The percent shares and two-way splits ``text`` writes, in text order (none where it names no poll)."""
    if not names_a_poll(text, language):
        return []
    found: dict[int, Share] = {}
    for m in _percent_pattern(language).finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        if _RANGE_END.search(before):
            continue  # the upper end of a range ("18 à 21%")
        after = text[m.end() : m.end() + 3]
        if re.match(r"\s*[-–—]\s*\d", after):
            continue  # the lower end of a range written "25%-28%"
        value = _value(m.group(1), language)
        if 0 < value <= 100:
            found[m.start(1)] = Share(value, m.start(1), m.end(1))
    for m in _SLASH_PAIR.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if first + second == 100 and first and second:
            for g in (1, 2):
                found.setdefault(m.start(g), Share(float(m.group(g)), m.start(g), m.end(g), m.start(1)))
    return [found[k] for k in sorted(found)]


def sentence_of(text: str, offset: int) -> int:
    """The index of the sentence ``offset`` stands in (sentences end at ". ", "! ", "? " or a line break)."""
    return sum(1 for _ in _SENTENCE_END.finditer(text, 0, offset))
