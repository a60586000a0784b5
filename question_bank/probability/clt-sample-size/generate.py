"""Sample size for a 95 % normal-approximation margin: n = ⌈(1.96 σ/ε)²⌉, with decoys for common slips."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import numpy as np

Z95 = Fraction(196, 100)
Z90 = Fraction(1645, 1000)


def _ceil(value: Fraction) -> int:
    """Ceiling of an exact fraction (floats would misround at exact integers)."""
    return -((-value.numerator) // value.denominator)


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """σ and ε drawn so that the answer is a few dozen to a few thousand."""
    while True:
        sigma = int(rng.integers(2, 40))
        eps = Fraction(int(rng.integers(1, 20)), int(rng.choice([1, 2, 4, 10])))
        exact = (Z95 * sigma / eps) ** 2
        if 10 <= exact <= 20000 and exact.denominator != 1:
            break
    return {
        "sigma": sigma, "eps": f"{float(eps):g}", "answer": _ceil(exact), "exact": f"{float(exact):.2f}",
        "unsquared": _ceil(Z95 * sigma / eps), "one_sided": _ceil((Z90 * sigma / eps) ** 2),
        "ratio": f"{float(Z95 * sigma / eps):.4f}", "floor": math.floor(exact),
    }
