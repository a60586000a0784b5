"""Draw a symmetric positive definite 2x2 integer matrix with integer eigenvalues 0 < lo < hi."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the entries p, s, r of A = [[p, s], [s, r]] and its eigenvalues 0 < lo < hi."""
    while True:
        p = int(rng.integers(1, 16))
        r = int(rng.integers(1, 16))
        s = int(rng.integers(-8, 9))
        discriminant = (p - r) ** 2 + 4 * s * s
        root = math.isqrt(discriminant)
        lo, hi = (p + r - root) // 2, (p + r + root) // 2
        if s == 0 or root * root != discriminant or lo <= 0:
            continue
        # The answer and the three listed mistakes must be four different numbers.
        values = {Fraction(hi - lo, hi + lo), Fraction(2, lo + hi), Fraction(hi - lo, hi), Fraction(lo, hi)}
        if len(values) == 4:
            return {"p": p, "r": r, "s": s, "lo": lo, "hi": hi}
