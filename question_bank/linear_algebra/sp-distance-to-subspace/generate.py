"""A plane W = span(w1, w2) in R^4 with non-orthogonal spanning vectors, and a point p off W."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix or vector as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Normal equations G c = b give the projection; the 'orthogonal basis' slip must give another value."""
    while True:
        w1 = sympy.Matrix(rng.integers(-2, 3, size=4).tolist())
        w2 = sympy.Matrix(rng.integers(-2, 3, size=4).tolist())
        point = sympy.Matrix(rng.integers(-3, 4, size=4).tolist())
        basis = w1.row_join(w2)
        if basis.rank() < 2 or w1.dot(w2) == 0:
            continue
        gram = basis.T * basis
        rhs = basis.T * point
        coeffs = gram.solve(rhs)
        residual = point - basis * coeffs
        squared = residual.dot(residual)
        naive = point.dot(point) - rhs[0] ** 2 / gram[0, 0] - rhs[1] ** 2 / gram[1, 1]
        if squared not in (0, 1) and naive != squared and naive > 0 and rhs[0] != 0 and rhs[1] != 0:
            break
    return {
        "w1": tex(w1), "w2": tex(w2), "p": tex(point), "G": tex(gram), "b": tex(rhs),
        "c1": sympy.latex(coeffs[0]), "c2": sympy.latex(coeffs[1]), "proj": tex(basis * coeffs),
        "r": tex(residual), "d2": sympy.latex(squared), "d": sympy.latex(sympy.sqrt(squared)),
        "answer": f"sqrt({squared})", "squared": str(squared), "naive": f"sqrt({naive})",
        "decimal": f"{float(sympy.sqrt(squared)):.6f}",
    }
