"""race_codes: the race a roundup line's code names (invented people and pollsters)."""

from __future__ import annotations

from bot.reading.extract.race_codes import RaceCode, _read, race_of
from bot.reading.extract.weighed import WeighedExtractor


def test_codes_read_state_office_district_and_party() -> None:
    assert _read("- NV-Sen: Fenwick: Dana Orr (D): 48") == RaceCode("Nevada", "Senate", "", "")
    assert _read("OH-GOV (Lantern, 9/2):") == RaceCode("Ohio", "governor", "", "")
    assert _read("SEN-NC: Suffolk: Hagan (D) 47%") == RaceCode("North Carolina", "Senate", "", "")
    assert _read("#AZSEN: Mesa poll says Ortiz 44") == RaceCode("Arizona", "Senate", "", "")
    assert _read("UT-Sen (R) (6/11-12, likely voters):") == RaceCode("Utah", "Senate", "", "Republican")
    assert _read("ND-AL'R (Mason Dixon): Lee 60, Park 21") == RaceCode(
        "North Dakota", "House", "at-large", "Republican"
    )
    assert _read("- WA-03 (Cedar Point): Trent (D) 46") == RaceCode("Washington", "House", "3rd", "")
    assert _read("10:05 AM PT: NM-Gov: Two new polls") == RaceCode("New Mexico", "governor", "", "")
    assert _read("Kansas Governor race: Prairie Polling: Colter (R) 47%") == RaceCode(
        "Kansas", "governor", "", ""
    )


def test_lines_that_are_no_race_code() -> None:
    for line in (
        "AZ: Ruiz 47, Lane 44",  # a state's row (state_scopes reads it)
        "SD-MAYOR (Harbor): Park 46, Hale 41",  # a city's race, not South Dakota's
        "ZZ-Sen: Lee 40",  # no state's code
        "Polls in the AZ-Sen race are tight.",  # a code inside prose
        "XX-00: nothing",
    ):
        assert _read(line) is None


def test_tagged_names_and_a_led_earlier_reading_answer() -> None:
    text = (
        "Polls: Any movement?\n"
        "- IA-Sen: Birchwood for the Ledger: Carla Dunn (D-inc): 46, Hal Petrie (R): 44 (July: 48-43 Dunn)\n"
        "- KS-Gov: Prairie: Colter (R-inc): 47, Lena Birch (D): 44\n"
        "Amy Colter has led every poll this year.\n"
    )
    figs = WeighedExtractor().extract(text).figures
    answers = {(f.start, f.answer) for f in figs}
    for needle, answer in (
        ("(July: ", "Carla Dunn"),
        ("(July: 48-", "Hal Petrie"),
        ("(R-inc): ", "Amy Colter"),
    ):
        at = text.index(needle) + len(needle)
        assert (at, answer) in answers


def test_race_wording() -> None:
    assert race_of(RaceCode("Ohio", "Senate", "", ""), "") == "Vote choice in the Ohio Senate race"
    assert (
        race_of(RaceCode("Ohio", "governor", "", ""), "2030")
        == "Vote choice in the 2030 Ohio governor's race"
    )
    assert (
        race_of(RaceCode("Utah", "Senate", "", "Republican"), "")
        == "Vote choice in the Utah Republican Senate primary"
    )
    assert (
        race_of(RaceCode("Montana", "House", "at-large", ""), "")
        == "Vote choice in the Montana at-large congressional district race"
    )


def test_each_line_its_race_and_state_and_a_block_row_its_earlier_wave() -> None:
    text = (
        "Polls: Will anyone catch up?\n"
        "- NV-Sen: Fenwick for the Courier: Dana Orr (D-inc): 48, Miles Lyle (R): 44\n"
        "- GA-Sen: Quarry Street (R): Tess Banks (R): 47, Ivo Marsh (D): 45\n"
        "OH-Gov: Lantern (8/1-3, likely voters, 7/1 in parens):\n"
        "Ruth Vale (R): 48 (45)\n"
        "Sam Ortega (D): 41 (43)\n"
    )
    figs = WeighedExtractor().extract(text).figures
    at = {text.index(k): k for k in ("NV-Sen", "GA-Sen", "OH-Gov")}
    race = {k: {f.question for f in figs if max(s for s in at if s < f.start) == s0} for s0, k in at.items()}
    assert race == {
        "NV-Sen": {"Vote choice in the Nevada Senate race"},
        "GA-Sen": {"Vote choice in the Georgia Senate race"},
        "OH-Gov": {"Vote choice in the Ohio governor's race"},
    }
    assert all(f.population.startswith(("Nevada", "Georgia", "Ohio")) for f in figs)
    ohio = [f for f in figs if f.start > text.index("OH-Gov")]
    now = {f.group for f in ohio if text[f.end] != ")"}
    then = {f.group for f in ohio if text[f.end] == ")"}
    assert len(now) == 1 and len(then) == 1 and now != then
    assert [f.answer for f in ohio if text[f.end] == ")"] == ["Ruth Vale", "Sam Ortega"]
