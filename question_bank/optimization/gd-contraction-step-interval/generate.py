"""Draw a symmetric positive definite 2x2 integer matrix with integer eigenvalues and a target contraction factor."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

TARGETS = [Fraction(1, 3), Fraction(2, 5), Fraction(1, 2), Fraction(3, 5), Fraction(2, 3), Fraction(3, 4),
           Fraction(4, 5), Fraction(5, 6), Fraction(7, 8), Fraction(9, 10)]


def tex(value: Fraction) -> str:
    """A positive rational as LaTeX: ``\\frac{3}{4}`` or ``2``."""
    return str(value.numerator) if value.denominator == 1 else f"\\frac{{{value.numerator}}}{{{value.denominator}}}"


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return A = [[p, s], [s, r]], its eigenvalues 0 < lo < hi and a target factor q with (hi-lo)/(hi+lo) < q < 1.

    The steps with max_i |1 - eta lambda_i| <= q then form the interval [(1-q)/lo, (1+q)/hi], of positive length.
    Fractions are returned as strings: typed (``3/4``) for answers, LaTeX (``_tex``) for the texts.
    """
    while True:
        p = int(rng.integers(1, 16))
        r = int(rng.integers(1, 16))
        s = int(rng.integers(-8, 9))
        discriminant = (p - r) ** 2 + 4 * s * s
        root = math.isqrt(discriminant)
        lo, hi = (p + r - root) // 2, (p + r + root) // 2
        if s == 0 or root * root != discriminant or lo <= 0:
            continue
        best = Fraction(hi - lo, hi + lo)
        q = TARGETS[int(rng.integers(len(TARGETS)))]
        if q > best:
            break
    values = {
        "q": q, "best": best, "eta_opt": Fraction(2, lo + hi),
        "left": (1 - q) / lo, "right": (1 + q) / hi,        # the answer
        "left_hi": (1 - q) / hi, "right_lo": (1 + q) / lo,  # the other ends (union instead of intersection)
        "one_minus_q": 1 - q, "one_plus_q": 1 + q, "two_over_hi": Fraction(2, hi),
    }
    out: dict[str, Any] = {"p": p, "r": r, "s": s, "lo": lo, "hi": hi, "trace": p + r, "det": p * r - s * s}
    for name, value in values.items():
        out[name] = str(value)
        out[name + "_tex"] = tex(value)
    return out
