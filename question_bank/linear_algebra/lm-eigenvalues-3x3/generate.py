"""A 3×3 matrix A = P D P⁻¹ with distinct integer eigenvalues and a unimodular P (so A has integer entries)."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def unimodular(rng: np.random.Generator, n: int) -> sympy.Matrix:
    """L·U with unit triangular integer factors, columns permuted: det ±1, so the inverse is an integer matrix."""
    lower, upper = sympy.eye(n), sympy.eye(n)
    for i in range(n):
        for j in range(i):
            lower[i, j] = int(rng.integers(-1, 2))
            upper[j, i] = int(rng.integers(-1, 2))
    return (lower * upper)[:, [int(k) for k in rng.permutation(n)]]


def as_set(values: list[int]) -> str:
    """A finite set as the applicant types it."""
    return "{" + ", ".join(str(v) for v in values) + "}"


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Eigenvalues distinct in [-4, 5]; the matrix is not triangular and its diagonal is not its spectrum."""
    lam = sympy.Symbol("lambda")
    while True:
        eigen = sorted(int(v) for v in rng.choice(np.arange(-4, 6), size=3, replace=False))
        basis = unimodular(rng, 3)
        matrix = basis * sympy.diag(*eigen) * basis.inv()
        diagonal = sorted(int(matrix[i, i]) for i in range(3))
        negated = sorted(-v for v in eigen)
        upper_zero = all(matrix[i, j] == 0 for i in range(3) for j in range(i + 1, 3))
        lower_zero = all(matrix[i, j] == 0 for i in range(3) for j in range(i))
        if (max(abs(x) for x in matrix) <= 12 and len(set(diagonal)) == 3 and diagonal != eigen
                and negated != eigen and not upper_zero and not lower_zero):
            break
    charpoly = (matrix - lam * sympy.eye(3)).det().expand()
    factored = " ".join(f"(\\lambda {'-' if v > 0 else '+'} {abs(v)})" if v else "\\lambda" for v in eigen)
    return {
        "A": tex(matrix), "P": tex(basis), "D": tex(sympy.diag(*eigen)),
        "eigen": eigen, "answer": as_set(eigen), "reordered": as_set([eigen[2], eigen[0], eigen[1]]),
        "diagonal": as_set(diagonal), "negated": as_set(negated),
        "charpoly": sympy.latex(charpoly), "factored": factored,
        "trace": int(matrix.trace()), "det": int(matrix.det()),
    }
