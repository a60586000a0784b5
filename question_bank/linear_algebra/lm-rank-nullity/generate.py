"""A matrix A (m×n) of drawn rank r, built as B·C with B m×r and C r×n, for a rank–nullity question."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Draw shapes and rank so that nullity, rank and m − r are three different numbers (mistakes stay wrong)."""
    while True:
        rows = int(rng.integers(3, 5))
        cols = int(rng.integers(4, 6))
        rank = int(rng.integers(1, min(rows, cols)))
        nullity = cols - rank
        if len({nullity, rank, rows - rank}) < 3:
            continue
        left = sympy.Matrix(rng.integers(-2, 3, size=(rows, rank)).tolist())
        right = sympy.Matrix(rng.integers(-2, 3, size=(rank, cols)).tolist())
        matrix = left * right
        if matrix.rank() == rank and max(abs(x) for x in matrix) <= 9 and all(any(matrix[i, :]) for i in range(rows)):
            break
    reduced, pivots = matrix.rref()
    return {
        "rows": rows, "cols": cols, "rank": rank, "nullity": nullity,
        "A": tex(matrix), "rref": tex(reduced),
        "pivot_columns": ", ".join(str(p + 1) for p in pivots),
        "free_count": nullity,
    }
