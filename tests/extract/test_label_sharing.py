"""The label stage shares work between the figures of a sentence or row (where a text is written, a row
label's people, a neighbour's proposals, the tidied labels): what is shared must not depend on which
figure asked first. The passages are written for the project (invented places and people)."""

from __future__ import annotations

from bot.reading.extract import figures
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.memo import text_scope
from bot.reading.extract.tidy import Tidy
from bot.reading.extract.weighed import WeighedExtractor, label

EXTRACTOR = WeighedExtractor()

PASSAGE = (
    "A Harbor Research poll of 812 likely voters in Westmoor finds Delgado at 44%, Okafor at 39% and "
    "12% undecided. Among women, Delgado leads 48% to 35%, while men split 40% for Delgado and 43% for "
    "Okafor.\n"
    "\n"
    "| Group | Delgado | Okafor |\n"
    "| Women | 48% | 35% |\n"
    "| Men | 40% | 43% |\n"
    "| Under 35 | 51% | 33% |\n"
)


def _labels(order: str) -> dict[int, tuple[str, str, str]]:
    """Every detected figure's (answer, population, question), labelled in one fresh analysis in the
    given order ("forward" or "backward")."""
    with text_scope():
        a = EXTRACTOR.analyse(PASSAGE)
        found = figures.detect(a)
        tidy = Tidy(PASSAGE)
        out: dict[int, tuple[str, str, str]] = {}
        for d in found if order == "forward" else list(reversed(found)):
            lab, _ = label(a, d.num, tidy, why=False)
            out[d.num.index] = (lab.answer, lab.population, lab.question)
    return out


def test_shared_label_work_does_not_depend_on_the_order_figures_ask() -> None:
    forward = _labels("forward")
    assert len(forward) >= 8  # the prose and the table's figures
    assert _labels("backward") == forward


def test_occurrences_are_every_place_a_text_is_written_in_the_span() -> None:
    a: Analysis = EXTRACTOR.analyse("Delgado leads; delgado, DELGADO and Delgado again. Delgado.")
    first_sentence_end = a.text.index(".") + 1
    found = a.occurrences("delgado", 0, first_sentence_end)
    assert found == (0, 15, 24, 36)
    assert a.occurrences("delgado", 0, first_sentence_end) is found  # asked again: read once
    assert a.occurrences("delgado", 1, first_sentence_end) == (15, 24, 36)
    assert a.occurrences("aa", 0, 0) == ()
    overlapping: Analysis = EXTRACTOR.analyse("Yes yes yes: 40% said yes.")
    assert overlapping.occurrences("yes yes", 0, 12) == (0, 4)
