"""A state poll's state where the figure's own cues name none (:mod:`poll_states`, read by
:func:`state_scopes.apply`): the passage's one state, named twice or in its lead, and the state a race's
people were named with before the figure; only a placeless sample takes either."""

from __future__ import annotations

from tests.extract.test_state_scopes import _after as state_after

ONE_STATE = (
    "Kansas: Oyelaran gains on Ferrante\n\nOyelaran has cut into Ferrante's lead in the Kansas governor's race, "
    "a new Prairie Research poll finds.\n\nComplete October poll of Kansas\n\nPoll points:\n\n"
    "  \u2022 Among likely voters, Ferrante receives 46% to 43% for Oyelaran.\n"
    "  \u2022 Among women, Ferrante receives 49%."
)
TWO_RACES = (
    "Reyes leads Park in Ohio; Kentucky race tied\n\nMaria Reyes narrowly leads Republican Sen. Alan Park in Ohio, "
    "according to a new Castell Research survey.\n\nMeanwhile, Jon Dunmore and Edie Vail are tied in Kentucky "
    "and in West Virginia the race is open.\n\nReyes leads Park, 47 percent to 44 percent, with 7 percent "
    "of voters undecided."
)
NICKNAME = (
    "Senate race still close\n\nQuill 44, Barrow 43 among all voters in the Senate race. The race has barely "
    "moved since the spring. Neither side has spent much on television yet. Barrow runs up his totals in the "
    '"Georgia" end of the state.'
)


def _after(text: str, figure: str, population: str) -> str:
    return state_after(text, figure, population, passage_states=True)


def test_a_one_state_poll_named_in_its_lead_gives_its_samples_the_state() -> None:
    assert _after(ONE_STATE, "46%", "likely voters") == "Kansas likely voters"


def test_a_subgroup_stays_bare() -> None:
    assert _after(ONE_STATE, "49%", "women") == "women"


def test_a_race_told_by_its_people_takes_the_state_they_were_named_with() -> None:
    assert _after(TWO_RACES, "47 percent", "voters") == "Ohio voters"


def test_a_state_named_once_late_is_no_poll_place() -> None:
    assert _after(NICKNAME, "44", "voters") == "voters"
