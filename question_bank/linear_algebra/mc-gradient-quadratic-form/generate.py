"""A non-symmetric 2×2 matrix M, a vector c and a point p, for the gradient of xᵀMx + cᵀx."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix or vector as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def typed(vector: sympy.Matrix) -> str:
    """A vector as the applicant types it: ``[1, -2]``."""
    return "[" + ", ".join(str(x) for x in vector) + "]"


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """The answer (M + Mᵀ)p + c must differ from both slips 2Mp + c and Mp + c (and from each other)."""
    while True:
        matrix = sympy.Matrix(rng.integers(-5, 6, size=(2, 2)).tolist())
        linear = sympy.Matrix(rng.integers(-6, 7, size=2).tolist())
        point = sympy.Matrix(rng.integers(-3, 4, size=2).tolist())
        gradient = (matrix + matrix.T) * point + linear
        slips = [2 * matrix * point + linear, matrix * point + linear, 2 * matrix.T * point + linear]
        if matrix != matrix.T and len({tuple(gradient), *(tuple(s) for s in slips)}) == 4:
            break
    m = matrix
    x, y = sympy.symbols("x y")
    expanded = sympy.expand((sympy.Matrix([[x, y]]) * m * sympy.Matrix([x, y]))[0] + linear[0] * x + linear[1] * y)
    return {
        "f": sympy.latex(expanded, order="lex"), "M": tex(m), "Msym": tex(m + m.T), "c": tex(linear),
        "p": tex(point), "p1": int(point[0]), "p2": int(point[1]),
        "dfx": sympy.latex(sympy.diff(expanded, x)), "dfy": sympy.latex(sympy.diff(expanded, y)),
        "grad": tex(gradient), "answer": typed(gradient),
        "tuple_form": "(" + ", ".join(str(v) for v in gradient) + ")",
        "twice_m": typed(slips[0]), "once_m": typed(slips[1]), "g0": int(gradient[0]),
    }
