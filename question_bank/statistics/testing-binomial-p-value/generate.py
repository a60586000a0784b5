"""Draw n tosses and a number of heads above n/2; compute the exact one-sided binomial p-value."""

from __future__ import annotations

from fractions import Fraction
from math import comb
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return n, k, the binomial coefficients of the tail and the p-value, with the tempting wrong tails."""
    n = int(rng.integers(8, 25))
    k = int(rng.integers(n // 2 + 2, n))
    total = 2**n
    upper = sum(comb(n, j) for j in range(k, n + 1))
    return {
        "n": n,
        "k": k,
        "numbers": " + ".join(str(comb(n, j)) for j in range(k, n + 1)),
        "upper": upper,
        "total": total,
        "p": str(Fraction(upper, total)),
        "p_float": upper / total,
        "point": str(Fraction(comb(n, k), total)),
        "strict": str(Fraction(upper - comb(n, k), total)),
        "two_sided": str(Fraction(2 * upper, total)),
    }
