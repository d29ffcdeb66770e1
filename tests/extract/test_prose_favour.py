"""A named person's favourability written in prose asks about that person (prose_favour.py).

Passages written for these tests, with invented people, places and figures."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

_FAV = "Do you have a favorable or unfavorable opinion of {}?"


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_a_verb_of_viewing_with_an_adverb() -> None:
    got = _questions(
        "The Corbel poll finds 41% of voters view Gov. Enid Varley favorably and 44% unfavorably."
    )
    assert got[41] == _FAV.format("Enid Varley")


def test_a_pronoun_stands_for_the_person_named_before() -> None:
    got = _questions(
        "Mayor Otto Brennan leads the field on name recognition, a new Quarry poll shows. He is viewed "
        "unfavorably by 48 percent of residents and favorably by 37 percent."
    )
    assert set(got.values()) == {_FAV.format("Otto Brennan")}


def test_each_clause_names_its_own_person() -> None:
    got = _questions(
        "In the new Quarry poll, voters are cool on both: 51 percent have a negative impression of Ida Marsh, "
        "and 46 percent have a negative impression of Leon Pryce."
    )
    assert got[51] == "Do you have a favorable or unfavorable impression of Ida Marsh?"
    assert got[46] == "Do you have a favorable or unfavorable impression of Leon Pryce?"


def test_a_passage_spelling_favourable_asks_as_labels_abroad_do() -> None:
    got = _questions("Some 36 per cent of Canadians view Opposition Leader Rhea Dunmore favourably.")
    assert got[36] == "Do you have a favourable or unfavourable view of Rhea Dunmore?"


def test_a_horse_race_beside_a_rating_keeps_its_vote() -> None:
    got = _questions(
        "In the Senate race, a new Quarry poll finds Vera Holt leads Sam Dace 48% to 40% among likely voters. "
        "Holt is viewed favorably by 52% of them."
    )
    assert "favorable" not in got[48] and "favorable" not in got[40]
    assert got[52] == _FAV.format("Vera Holt")


def test_an_approval_rating_beside_a_favourability_keeps_its_approval() -> None:
    got = _questions(
        "A new Quarry poll finds Governor Tess Okafor has a 57 percent approval rating among registered "
        "voters, and 50 percent have a favorable opinion of her."
    )
    assert "approve" in got[57]
    assert got[50] == _FAV.format("Tess Okafor")
