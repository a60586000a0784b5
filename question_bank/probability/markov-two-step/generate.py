"""A 3-state transition matrix in tenths; the two-step probability differs from the naive slips."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np


def random_stochastic_tenths(rng: np.random.Generator) -> np.ndarray:
    """A 3×3 stochastic matrix whose entries are multiples of 1/10 (stored as integers 0..10)."""
    rows = []
    for _ in range(3):
        cuts = np.sort(rng.integers(0, 11, size=2))
        rows.append([int(cuts[0]), int(cuts[1] - cuts[0]), int(10 - cuts[1])])
    return np.array(rows)


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Draw P and states i, j; the answer is (P²)_{ij} in hundredths."""
    while True:
        tenths = random_stochastic_tenths(rng)
        i, j = (int(v) for v in rng.integers(0, 3, size=2))
        two_step = int((tenths @ tenths)[i, j])  # in hundredths
        one_step = int(tenths[i, j])
        if 0 < one_step < 10 and two_step not in (0, 10 * one_step, one_step * one_step):
            break
    terms = " + ".join(f"{tenths[i, m] / 10:g}\\cdot {tenths[m, j] / 10:g}" for m in range(3))
    rows = " \\\\ ".join(" & ".join(f"{v / 10:g}" for v in row) for row in tenths)
    return {
        "matrix_tex": "\\begin{pmatrix} " + rows + " \\end{pmatrix}", "i": i + 1, "j": j + 1,
        "answer": str(Fraction(two_step, 100)), "answer_dec": f"{two_step / 100:g}", "terms": terms,
        "one_step": f"{one_step / 10:g}", "squared": f"{one_step * one_step / 100:g}",
    }
