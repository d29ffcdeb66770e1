"""Small, pure statistics for reader polls (no numpy/scipy needed)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

# Two-sided 95%: the 0.975 quantile of the standard normal distribution.
Z95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion, as proportions in 0..1.

    Chosen over the textbook "p ± z·SE" (Wald) interval because it behaves at 0 and n successes and for
    small n, which chat polls often have: Wald gives a zero-width interval at 0/10, Wilson gives 0-28%.

    Conventions: ``n == 0`` returns ``(0.0, 1.0)`` — no votes, no information, any share is possible.
    At ``successes == 0`` the low end is exactly 0.0 and at ``successes == n`` the high end is exactly 1.0
    (the closed form gives them only up to rounding).

    Raises ``ValueError`` for negative counts, ``successes > n`` or a non-positive ``z``.
    """
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"need 0 <= successes <= n, got successes={successes}, n={n}")
    if not z > 0:
        raise ValueError(f"z must be positive, got {z}")
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = (z / denom) * math.sqrt(p * (1.0 - p) / n + z2 / (4 * n * n))
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return (low, high)


def share(count: int, n: int) -> float | None:
    """``count`` of ``n`` as a proportion, ``None`` when ``n == 0``."""
    if n < 0 or count < 0 or count > n:
        raise ValueError(f"need 0 <= count <= n, got count={count}, n={n}")
    return None if n == 0 else count / n


def shares(counts: Mapping[int, int]) -> dict[int, float | None]:
    """Each count as a proportion of the total (``None`` for all when there are no votes)."""
    n = sum(counts.values())
    return {k: share(v, n) for k, v in counts.items()}


def leaders(counts: Mapping[int, int]) -> list[int]:
    """The keys sharing the highest non-zero count (several = a tie); empty when nobody voted."""
    top = max(counts.values(), default=0)
    if top == 0:
        return []
    return sorted(k for k, v in counts.items() if v == top)


def total(values: Iterable[float | None]) -> float:
    """Sum of the known values."""
    return sum(v for v in values if v is not None)
