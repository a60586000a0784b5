"""A covariance matrix Σ = L Lᵀ (integer, positive definite) and a map A with AΣAᵀ ≠ AᵀΣA."""

from __future__ import annotations

from typing import Any

import numpy as np


def _latex(matrix: np.ndarray) -> str:
    """A matrix as a LaTeX pmatrix."""
    rows = [" & ".join(str(int(v)) for v in row) for row in matrix]
    return "\\begin{pmatrix} " + " \\\\ ".join(rows) + " \\end{pmatrix}"


def _typed(matrix: np.ndarray) -> str:
    """A matrix as the applicant types it: [[1,2],[3,4]]."""
    return "[" + ",".join("[" + ",".join(str(int(v)) for v in row) + "]" for row in matrix) + "]"


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Draw Σ, A and a shift b; return the matrices in LaTeX and typed forms."""
    while True:
        lower = np.array([[rng.integers(1, 4), 0], [rng.integers(-2, 3), rng.integers(1, 4)]])
        sigma = lower @ lower.T
        a = rng.integers(-3, 4, size=(2, 2))
        if np.linalg.matrix_rank(a) < 2:
            continue
        right, transposed, half = a @ sigma @ a.T, a.T @ sigma @ a, a @ sigma
        if not np.array_equal(right, transposed) and not np.array_equal(right, half):
            break
    shift = rng.integers(-5, 6, size=2)
    return {
        "sigma_tex": _latex(sigma), "a_tex": _latex(a), "b_tex": _latex(shift.reshape(2, 1)),
        "answer": _typed(right), "answer_tex": _latex(right), "transposed": _typed(transposed),
        "half": _typed(half), "half_tex": _latex(half), "with_shift": _typed(right + np.outer(shift, shift)),
        "negated": _typed(-right),
    }
