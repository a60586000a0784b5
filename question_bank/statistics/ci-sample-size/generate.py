"""Draw sigma and a margin so that (1.96 sigma / E)^2 is not an integer; the answer is its ceiling."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return sigma, the margin E and the minimal n with the tempting wrong values."""
    while True:
        sigma = int(rng.integers(2, 41))
        margin = Fraction(int(rng.integers(2, 21)), 2)
        exact = (Fraction(196, 100) * sigma / margin) ** 2
        one_sided = (Fraction(1645, 1000) * sigma / margin) ** 2
        if exact.denominator != 1 and exact > 4 and math.ceil(exact) != math.ceil(one_sided):
            break
    n = math.ceil(exact)
    return {
        "sigma": sigma,
        "margin": f"{float(margin):g}",
        "ratio": f"{float(Fraction(196, 100) * sigma / margin):.6g}",
        "exact": f"{float(exact):.6g}",
        "n": n,
        "floor": n - 1,
        "one_sided": math.ceil(one_sided),
        "no_square": math.ceil(Fraction(196, 100) * sigma / margin),
    }
