"""A diagonalisable 2×2 matrix A = P D P⁻¹ (unimodular P, small integer eigenvalues) and a power k."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def typed(matrix: sympy.Matrix) -> str:
    """A matrix as the applicant types it: ``[[1, 2], [3, 4]]``."""
    return "[" + ", ".join("[" + ", ".join(str(x) for x in matrix.row(i)) + "]" for i in range(matrix.rows)) + "]"


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Eigenvalues from {-2, ..., 3}, distinct; k in 4..7; Aᵏ differs from A, from Dᵏ and from the entrywise power."""
    while True:
        first, second = (int(v) for v in rng.choice([-2, -1, 0, 1, 2, 3], size=2, replace=False))
        p, q = (int(v) for v in rng.integers(-3, 4, size=2))
        basis = sympy.Matrix([[1, q], [p, p * q + int(rng.choice([-1, 1]))]])  # det = ±1
        matrix = basis * sympy.diag(first, second) * basis.inv()
        power = int(rng.integers(4, 8))
        result = matrix**power
        entrywise = matrix.applyfunc(lambda x, k=power: x**k)
        if (max(abs(x) for x in matrix) <= 9 and p != 0 and q != 0 and result != entrywise
                and not matrix.is_diagonal() and max(abs(x) for x in result) < 5000
                and result != matrix and result != sympy.diag(first**power, second**power)):
            break
    lam = sympy.Symbol("lambda")
    return {
        "charpoly": sympy.latex(lam**2 - matrix.trace() * lam + matrix.det()),
        "A": tex(matrix), "k": power, "l1": first, "l2": second, "P": tex(basis), "Pinv": tex(basis.inv()),
        "D": tex(sympy.diag(first, second)), "Dk": tex(sympy.diag(first**power, second**power)),
        "l1k": first**power, "l2k": second**power,
        "result": tex(result), "answer": typed(result), "entrywise": typed(entrywise),
        "v1": tex(basis[:, 0]), "v2": tex(basis[:, 1]), "trace": int(matrix.trace()), "det": int(matrix.det()),
        "spaced": typed(result).replace(" ", ""),
    }
