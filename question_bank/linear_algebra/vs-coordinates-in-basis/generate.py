"""A basis of R^3 with an integer inverse (unimodular matrix) and a vector with integer coordinates in it."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix or column vector as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def typed(vector: sympy.Matrix) -> str:
    """A vector as the applicant types it: ``[1, -2, 3]``."""
    return "[" + ", ".join(str(x) for x in vector) + "]"


def unimodular(rng: np.random.Generator, n: int) -> sympy.Matrix:
    """L·U with unit triangular integer factors, columns permuted: det ±1, so the inverse is an integer matrix."""
    lower, upper = sympy.eye(n), sympy.eye(n)
    for i in range(n):
        for j in range(i):
            lower[i, j] = int(rng.integers(-2, 3))
            upper[j, i] = int(rng.integers(-2, 3))
    product = lower * upper
    return product[:, [int(k) for k in rng.permutation(n)]]


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Basis matrix P (columns b1, b2, b3), coordinates c, vector w = P c, and two wrong recipes."""
    while True:
        basis = unimodular(rng, 3)
        coords = sympy.Matrix(rng.integers(-4, 5, size=3).tolist())
        target = basis * coords
        applied = basis * target  # multiplying by P instead of solving P c = w
        transposed = basis.T.inv() * target  # solving with the basis vectors as rows
        if (max(abs(x) for x in basis) <= 4 and max(abs(x) for x in target) <= 15 and all(coords)
                and applied != coords and transposed != coords and basis != basis.T):
            break
    augmented = basis.row_join(target)
    return {
        **{f"b{k + 1}": tex(basis[:, k]) for k in range(3)},
        "w": tex(target),
        "augmented": tex(augmented),
        "reduced": tex(augmented.rref()[0]),
        "c": [int(x) for x in coords],
        "answer": typed(coords),
        "tuple_form": "(" + ", ".join(str(x) for x in coords) + ")",
        "applied": typed(applied),
        "transposed": typed(transposed),
    }
