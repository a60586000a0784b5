"""Two 3-dimensional subspaces U, V of R^5 sharing a drawn k-dimensional subspace S (k = 1 or 2).

U = span(S, E) and V = span(S, F) with random complements; each spanning family is then mixed by a unimodular
3×3 matrix so that the shared vectors are not visible in the prompt.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix or vector as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def unimodular(rng: np.random.Generator) -> sympy.Matrix:
    """A 3×3 integer matrix of determinant ±1 (product of unit triangular factors, columns permuted)."""
    lower, upper = sympy.eye(3), sympy.eye(3)
    for i in range(3):
        for j in range(i):
            lower[i, j] = int(rng.integers(-1, 2))
            upper[j, i] = int(rng.integers(-1, 2))
    return (lower * upper)[:, [int(k) for k in rng.permutation(3)]]


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Draw k, S, the complements and the mixing; check the dimensions with exact ranks."""
    while True:
        shared = int(rng.integers(1, 3))
        columns = sympy.Matrix(rng.integers(-2, 3, size=(5, shared + 2 * (3 - shared))).tolist())
        common, extra_u, extra_v = columns[:, :shared], columns[:, shared:3], columns[:, 3:]
        span_u = common.row_join(extra_u) * unimodular(rng)
        span_v = common.row_join(extra_v) * unimodular(rng)
        both = span_u.row_join(span_v)
        if (span_u.rank() == 3 and span_v.rank() == 3 and both.rank() == 6 - shared
                and max(abs(x) for x in both) <= 6 and all(any(both[:, j]) for j in range(6))):
            break
    return {
        **{f"u{j + 1}": tex(span_u[:, j]) for j in range(3)},
        **{f"v{j + 1}": tex(span_v[:, j]) for j in range(3)},
        "both": tex(both), "rref": tex(both.rref()[0]), "k": shared, "sum_dim": 6 - shared,
        "common": ",\\ ".join(tex(common[:, j]) for j in range(shared)),
    }
