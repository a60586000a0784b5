"""A joint probability table of (X, Y) on {0, 1} × {0, 1, 2} with a non-zero covariance."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np

DENOMINATOR = 20


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Integer weights summing to 20 (probabilities k/20); E[X]E[Y] and the covariance are both non-zero."""
    while True:
        cuts = np.sort(rng.choice(np.arange(1, DENOMINATOR), size=5, replace=False))
        weights = np.diff(np.concatenate(([0], cuts, [DENOMINATOR]))).reshape(2, 3)
        probs = [[Fraction(int(w), DENOMINATOR) for w in row] for row in weights]
        ex = sum(probs[1])
        ey = sum(y * (probs[0][y] + probs[1][y]) for y in range(3))
        exy = sum(y * probs[1][y] for y in range(3))
        cov = exy - ex * ey
        if cov != 0 and ex * ey != 0 and exy != cov:
            break
    cells = [[f"{int(w)}/{DENOMINATOR}" for w in row] for row in weights]
    return {
        "row0": " | ".join(cells[0]), "row1": " | ".join(cells[1]),
        "ex": str(ex), "ey": str(ey), "exy": str(exy), "cov": str(cov),
        "ex_tex": _tex(ex), "ey_tex": _tex(ey), "exy_tex": _tex(exy), "cov_tex": _tex(cov),
        "p11": cells[1][1], "p12": cells[1][2], "minus_cov": str(-cov),
    }


def _tex(value: Fraction) -> str:
    """A fraction in LaTeX."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"
