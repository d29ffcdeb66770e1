"""Where a population's noun phrase ends (:mod:`population_spans`, read by :func:`labels.population_in` and
:func:`labels.comma_label`): a day word, a contest after "in the", a relative clause that tells the answer
and a comma label's verb end the people; a defining clause and a place stay."""

from __future__ import annotations

import pytest

from bot.reading.extract.labels import comma_label, population_in
from bot.reading.extract.population_spans import predicate_clause, runs_on


@pytest.mark.parametrize(
    ("chunk", "people"),
    [
        ("Independents in the Senate race are breaking for Pell ", "Independents"),
        ("likely voters in the Democratic primary", "likely voters"),
        ("Tuesday voters", "voters"),
        ("Independents who disapprove by a whopping ", "Independents"),
        ("likely voters that shows Ferrante ahead", "likely voters"),
    ],
)
def test_a_runaway_span_ends_at_the_people(chunk: str, people: str) -> None:
    found = population_in(chunk, prefer_last=True)
    assert found is not None and found[0] == people


@pytest.mark.parametrize(
    "chunk",
    [
        "voters who backed Lane in 2022",
        "voters in New York City",
        "adults who know someone who is a refugee",
        "Georgians likely to vote in the fall election",
    ],
)
def test_a_defining_qualifier_stays(chunk: str) -> None:
    found = population_in(chunk, prefer_last=False)
    assert found is not None and found[0] == chunk


def test_a_comma_label_ends_before_its_verb() -> None:
    left = "For the first time, more voters now rate the mayor unfavorably, "
    assert comma_label(left, ", than rate her favorably") == ("pop", "voters")
    assert comma_label("Among them, women under 30, ", ", and men") == ("pop", "women under 30")
    assert comma_label("Just under half of voters in the province, ", ", told the pollster") == (
        "pop",
        "voters in the province",
    )


def test_what_tells_the_answer() -> None:
    assert predicate_clause(" who do not disapprove by")
    assert predicate_clause(" that found Ruiz ahead")
    assert not predicate_clause(" who backed Ruiz in 2020")
    assert not predicate_clause(" likely to vote in November is")  # no relative clause
    assert not predicate_clause(" who call themselves very liberal with")  # "with 34%": no dangling verb
    assert runs_on(" in the Carver poll say")
    assert runs_on(" now view her unfavorably") and not runs_on(" 18-34") and not runs_on("")
