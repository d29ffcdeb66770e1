"""A person's approval pair in a digest row or an aside asks about that person (listed_approval.py).

Passages written for these tests, with invented places, people and figures."""

from __future__ import annotations

from bot.reading.extract import listed_approval
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.question) for f in WeighedExtractor().extract(text).figures]


def _job(name: str, office: str | None = None) -> str:
    return f"Do you approve or disapprove of the job {name} is doing{' as ' + office if office else ''}?"


def test_rows_under_a_legend() -> None:
    got = _questions(
        "GOVERNORS: STATEHOUSE REPORT CARD\nAmong registered voters in each state\n\n(% approve / % disapprove)\n\nRuritania, Marta Ellison (R): 64%/22%\nCarovia, Dane Whitlock (D): 58%/31%\nWestmark, Ida Ferreira (D): 51%/40%"
    )
    assert got[:4] == [
        (64, _job("Marta Ellison", "governor")),
        (22, _job("Marta Ellison", "governor")),
        (58, _job("Dane Whitlock", "governor")),
        (31, _job("Dane Whitlock", "governor")),
    ]


def test_asides_name_each_pair() -> None:
    got = dict(
        _questions(
            "Leaders' ratings this month: Varga (29% approve, 41% disapprove), Holloway (27% approve, 38% disapprove)."
        )
    )
    assert got[29] == got[41] == _job("Varga")
    assert got[27] == got[38] == _job("Holloway")


def test_a_net_in_brackets_is_no_lead() -> None:
    got = dict(
        _questions(
            "Quarterly governor approval:\n\nTessa Moreau (D-RU): 57/23 (+34)\nIvo Santos (R-CV): 49/41 (+8)"
        )
    )
    assert got[57] == _job("Tessa Moreau", "governor")
    assert got[41] == _job("Ivo Santos", "governor")


def test_a_race_row_with_a_signed_lead_is_left_alone() -> None:
    got = _questions("Senate polls:\nRU: President's job approval (+4)\nRU: ELLISON (R) +6 (48/42)")
    assert all("Ellison" not in q for v, q in got if v in (48, 42))


def test_a_list_of_single_shares_is_no_approval() -> None:
    got = _questions(
        "The president's approval rating stands at 45% today.\n\nDEMOCRATIC NOMINATION\n\nAna Petrov: 18%\nLeo Vance: 12%"
    )
    assert all("approve" not in q for v, q in got if v in (18, 12))


def test_off_leaves_the_rows(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listed_approval, "LISTED_APPROVAL", False)
    got = _questions("(% approve / % disapprove)\n\nRuritania, Marta Ellison (R): 64%/22%")
    assert all("Marta Ellison" not in q for _, q in got)
