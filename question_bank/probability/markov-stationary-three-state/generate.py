"""An irreducible, aperiodic 3-state chain (entries in tenths, not doubly stochastic) and its stationary law."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np


def stationary(tenths: np.ndarray) -> list[Fraction]:
    """Solve π P = π, Σπ = 1 exactly (Gauss–Jordan on fractions)."""
    size = len(tenths)
    # Unknowns π_0..π_{n-1}: equations (Pᵀ − I)π = 0 with the last one replaced by Σπ = 1.
    rows = [[Fraction(int(tenths[m][s]), 10) - (1 if m == s else 0) for m in range(size)] + [Fraction(0)]
            for s in range(size - 1)]
    rows.append([Fraction(1)] * size + [Fraction(1)])
    for col in range(size):
        pivot = next(r for r in range(col, size) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        rows[col] = [v / rows[col][col] for v in rows[col]]
        for r in range(size):
            if r != col and rows[r][col] != 0:
                rows[r] = [a - rows[r][col] * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [row[-1] for row in rows]


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Positive diagonal (aperiodic), all off-diagonal entries of one cycle positive (irreducible)."""
    while True:
        tenths = np.zeros((3, 3), dtype=int)
        for s in range(3):
            cuts = np.sort(rng.integers(1, 10, size=2))
            tenths[s] = [cuts[0], cuts[1] - cuts[0], 10 - cuts[1]]
            tenths[s] = np.roll(tenths[s], s)  # the diagonal gets the first piece, which is ≥ 1
        cycle_ok = tenths[0, 1] > 0 and tenths[1, 2] > 0 and tenths[2, 0] > 0
        doubly = all(tenths[:, c].sum() == 10 for c in range(3))
        if cycle_ok and not doubly:
            break
    pi = stationary(tenths)
    rows = " \\\\ ".join(" & ".join(f"{v / 10:g}" for v in row) for row in tenths)
    equations = []
    for s in range(3):
        terms = " + ".join(f"{tenths[m, s] / 10:g}\\,\\pi_{m + 1}" for m in range(3) if tenths[m, s])
        equations.append(f"\\pi_{s + 1} &= {terms}")
    return {
        "matrix_tex": "\\begin{pmatrix} " + rows + " \\end{pmatrix}",
        "answer": "[[" + ", ".join(str(p) for p in pi) + "]]",
        "unreduced": "[[" + ", ".join(f"{2 * p.numerator}/{2 * p.denominator}" for p in pi) + "]]",
        "column": "[[" + "], [".join(str(p) for p in pi) + "]]",
        "pi_tex": ", ".join(_tex(p) for p in pi), "equations": " \\\\ ".join(equations),
        "unnormalised": "[[" + ", ".join(str(p / pi[0]) for p in pi) + "]]",
    }


def _tex(value: Fraction) -> str:
    """A fraction in LaTeX."""
    return str(value.numerator) if value.denominator == 1 else f"\\frac{{{value.numerator}}}{{{value.denominator}}}"
