"""Wilson score interval against independently computed and published values."""

from __future__ import annotations

import math

import pytest

from bot.polls.stats import Z95, leaders, share, shares, wilson_interval


def quadratic_wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson interval derived independently of the implementation's closed form: the two roots p of
    (p̂ - p)² = z² p (1 - p) / n, i.e. (1 + z²/n) p² - (2p̂ + z²/n) p + p̂² = 0 (Wilson 1927)."""
    p_hat = successes / n
    a = 1 + z * z / n
    b = -(2 * p_hat + z * z / n)
    c = p_hat * p_hat
    disc = math.sqrt(max(0.0, b * b - 4 * a * c))
    return ((-b - disc) / (2 * a), (-b + disc) / (2 * a))


# Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
# methods", Statistics in Medicine 17:857-872, Table II, method 3 (score interval without continuity
# correction), printed to four decimals.
NEWCOMBE_1998 = [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0000, 0.1611),
    (1, 29, 0.0061, 0.1718),
]


@pytest.mark.parametrize(("successes", "n", "low", "high"), NEWCOMBE_1998)
def test_matches_newcombe_table(successes: int, n: int, low: float, high: float) -> None:
    got = wilson_interval(successes, n)
    assert got[0] == pytest.approx(low, abs=5e-5)
    assert got[1] == pytest.approx(high, abs=5e-5)


@pytest.mark.parametrize(
    ("successes", "n"), [(0, 10), (10, 10), (5, 10), (60, 100), (1, 1), (3, 7), (999, 1000)]
)
def test_matches_quadratic_roots(successes: int, n: int) -> None:
    got = wilson_interval(successes, n)
    want = quadratic_wilson(successes, n)
    assert got == pytest.approx(want, abs=1e-12)


def test_boundaries_are_exact() -> None:
    z2 = Z95 * Z95
    # At 0 successes the interval is [0, z²/(n+z²)]; at n it is [n/(n+z²), 1].
    assert wilson_interval(0, 10) == (0.0, pytest.approx(z2 / (10 + z2)))
    assert wilson_interval(0, 10)[1] == pytest.approx(0.27753, abs=1e-5)
    assert wilson_interval(10, 10) == (pytest.approx(10 / (10 + z2)), 1.0)
    assert wilson_interval(1, 1) == (pytest.approx(1 / (1 + z2)), 1.0)
    assert wilson_interval(1, 1)[0] == pytest.approx(0.20655, abs=1e-5)


def test_known_midpoints() -> None:
    low, high = wilson_interval(5, 10)
    assert (low, high) == (pytest.approx(0.23659, abs=1e-5), pytest.approx(0.76341, abs=1e-5))
    assert low + high == pytest.approx(1.0)  # symmetric at p̂ = 1/2
    assert wilson_interval(60, 100) == (pytest.approx(0.50200, abs=1e-5), pytest.approx(0.69060, abs=1e-5))


def test_no_votes_is_total_uncertainty() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_wider_z_gives_wider_interval() -> None:
    low95, high95 = wilson_interval(30, 50)
    low99, high99 = wilson_interval(30, 50, z=2.5758293035489)
    assert low99 < low95 < 0.6 < high95 < high99


@pytest.mark.parametrize(("successes", "n"), [(-1, 5), (6, 5), (0, -1)])
def test_rejects_impossible_counts(successes: int, n: int) -> None:
    with pytest.raises(ValueError):
        wilson_interval(successes, n)


def test_rejects_non_positive_z() -> None:
    with pytest.raises(ValueError):
        wilson_interval(1, 2, z=0)


def test_shares_and_leaders() -> None:
    assert share(0, 0) is None
    assert share(1, 4) == 0.25
    assert shares({0: 1, 1: 3}) == {0: 0.25, 1: 0.75}
    assert leaders({0: 2, 1: 5, 2: 5}) == [1, 2]
    assert leaders({0: 0, 1: 0}) == []
    assert leaders({0: 1, 1: 0}) == [0]
